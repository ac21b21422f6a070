"""Size and speed benchmarks, kept apart from the tests: ``make bench`` prints a table."""
