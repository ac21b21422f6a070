"""Benchmark settings (``python -m bench.run``): the test settings on a database of its own.

SQLite: ``test-artifacts/bench/bench.sqlite3``. PostgreSQL (``DATABASE_URL`` points to a server):
a database named ``portal_bench`` on that server (``BENCH_DB_NAME``: another name that starts with
``portal_bench``), which the benchmark drops and re-creates. Database connections are kept
between requests as in production (``DB_CONN_MAX_AGE``, 60 s, with health checks).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import CACHES as PRODUCTION_CACHES
from .test import *  # noqa: F403
from .test import BASE_DIR, DATABASES

BENCH_DIR = BASE_DIR / "test-artifacts" / "bench"
BENCH_DATABASE = os.environ.get("BENCH_DB_NAME", "portal_bench")
if not BENCH_DATABASE.startswith("portal_bench"):
    # The benchmark drops this database: never one of another name.
    raise ImproperlyConfigured("BENCH_DB_NAME must start with portal_bench")

DEBUG = False
MEDIA_ROOT = BENCH_DIR / "media"
STATIC_ROOT = BENCH_DIR / "staticfiles"  # stays empty: WhiteNoise finds files with the finders
DATABASES["default"].pop("TEST", None)
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    DATABASES["default"]["NAME"] = str(BENCH_DIR / "bench.sqlite3")
else:
    DATABASES["default"]["NAME"] = BENCH_DATABASE
# As in production (settings/production.py).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# As in production without Redis: renditions are cached (the test settings switch that off).
CACHES = PRODUCTION_CACHES
# WhiteNoise serves static files straight from the finders, scanned once at start-up.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = False
