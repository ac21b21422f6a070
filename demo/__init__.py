"""Demo content: the lessons a commune would publish on day one, built from Python data.

The top layer: it may import every other app of the portal, and no other app imports it.
``manage.py seed_demo`` builds the demo site from it.
"""
