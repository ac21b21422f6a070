"""Demo content: the lessons a commune would publish on day one, built from Python data."""
