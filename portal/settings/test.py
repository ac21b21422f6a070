"""Fast, deterministic settings for the test suite."""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
PIN_HASHER = "md5"
SERVE_MEDIA = True
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
STATIC_ROOT = BASE_DIR / "test-artifacts" / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_AUTOREFRESH = True
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
}
# Tests run in transactions rolled back at their end, which a kept page would outlive: the page
# cache is off unless a test turns it on (tests/portal/test_page_cache.py) or a server the
# suite starts is given PAGE_CACHE_ENABLED=true.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "false").lower() == "true"
# One process reads and changes (signals forget the copies at once): copies of the site, the
# locales, restrictions and chosen pictures (core.memo) do not time out within a test.
MEMO_TIMEOUT = 3600

# `make test-fast` keeps two test databases: the seeded one, and an empty one for the tests that
# build their own data (``own_data``), which must not see the demo (TEST_DATABASE_SUFFIX="_own").
_SUFFIX = os.environ.get("TEST_DATABASE_SUFFIX", "")
# A file, not memory, so that the browser tests' server process reads the same seeded database.
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / "test-artifacts" / f"test{_SUFFIX}.sqlite3")
    }
elif _SUFFIX:
    DATABASES["default"]["TEST"] = {"NAME": f"test_{DATABASES['default']['NAME']}{_SUFFIX}"}  # noqa: F405
