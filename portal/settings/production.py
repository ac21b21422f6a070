"""Production: everything from the environment; fail fast when something vital is missing."""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def require_env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable (see README).")
    return value


DEBUG = False
SECRET_KEY = require_env("SECRET_KEY")
ALLOWED_HOSTS = [h.strip() for h in require_env("ALLOWED_HOSTS").split(",") if h.strip()]
require_env("DATABASE_URL")  # read by base.py; production must never fall back to SQLite
# Keep connections between requests (measured: +30-50 % requests/s on PostgreSQL, bench/README).
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")  # noqa: F405
if os.environ.get("TRUSTED_PROXY_COUNT"):
    # A count of proxies let anyone reaching the app port choose their address.
    raise ImproperlyConfigured(
        "TRUSTED_PROXY_COUNT is gone: set TRUSTED_PROXIES to the proxies' addresses (see README)."
    )

# Several app servers: nothing is kept in a server's memory that another server must see.
# The cache (pages, renditions, Wagtail's site paths) and the sessions are in the one Redis,
# the sign-in counters in the one database (core.throttle: an atomic count in a locked row,
# which Redis would not make safer and would lose on a restart), so a purge, a sign-in or a
# wrong PIN on one server holds on every other. Every server needs the same SECRET_KEY.
if os.environ.get("REDIS_URL"):
    # Short socket timeouts: a Redis that hangs fails a request (and /healthz) within a second
    # instead of holding every worker thread.
    REDIS_OPTIONS = {
        "SOCKET_CONNECT_TIMEOUT": 2,
        "SOCKET_TIMEOUT": 2,
        "CONNECTION_POOL_KWARGS": {"max_connections": 100, "retry_on_timeout": True},
    }
    # One prefix per portal sharing a Redis (another commune, a test run).
    CACHE_KEY_PREFIX = os.environ.get("CACHE_KEY_PREFIX", "")
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": CACHE_KEY_PREFIX,
            "OPTIONS": REDIS_OPTIONS,
        },
        "renditions": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "TIMEOUT": 60 * 60 * 24,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:renditions" if CACHE_KEY_PREFIX else "renditions",
            "OPTIONS": REDIS_OPTIONS,
        },
    }
    # Sessions read from Redis and written through to the database: a Redis restart, a flush
    # or an eviction under memory pressure signs nobody out and keeps an anonymous phone's
    # quiz attempts (they belong to its session until it saves a profile). The cost is one
    # database write when a session changes (sign-in, a result to show), not on every read.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    # Without a shared cache each worker process has its own memory: a purge made by one
    # would not reach the pages another keeps, so pages are not kept at all (core.pagecache).
    PAGE_CACHE_ENABLED = False

# An optional read replica for the staff reports and dashboards (portal.db_router): only the
# reads inside core.replica.replica_reads() go there, never a learner's or an editor's.
if os.environ.get("DATABASE_REPLICA_URL", "").strip():
    DATABASES["replica"] = dj_database_url.parse(  # noqa: F405
        os.environ["DATABASE_REPLICA_URL"].strip(),
        conn_max_age=DATABASES["default"]["CONN_MAX_AGE"],  # noqa: F405
        conn_health_checks=True,
    )
    if DATABASES["replica"]["ENGINE"] != DATABASES["default"]["ENGINE"]:  # noqa: F405
        raise ImproperlyConfigured(
            "DATABASE_REPLICA_URL must be the same kind of database as DATABASE_URL."
        )
    # Tests (were they run on these settings) read the test database through the alias.
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}  # noqa: F405
    DATABASE_ROUTERS = ["portal.db_router.ReplicaRouter"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # load balancers check over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Wagtail's live preview shows pages in a same-origin frame; base.py sets SAMEORIGIN for it.
SILENCED_SYSTEM_CHECKS = ["security.W019"]
