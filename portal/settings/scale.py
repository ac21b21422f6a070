"""Settings of ``make scale`` (``python -m bench.scale``): a synthetic province on PostgreSQL.

The benchmark settings (``bench``), but on a database of its own, ``portal_scale``, on the server
of ``DATABASE_URL`` (``postgres://postgres@127.0.0.1:5432`` when unset), which the build drops and
re-creates; and the production password hashers (Django's default PBKDF2 for staff, the PIN
hasher of ``learners.hashers`` for PINs), not the test settings' fast MD5, so that a sign-in
with code and PIN costs what it costs in production.
"""

import os

import dj_database_url
from django.conf import global_settings

from .bench import *  # noqa: F403
from .bench import BASE_DIR

SCALE_DIR = BASE_DIR / "test-artifacts" / "scale"
SCALE_DATABASE = "portal_scale"
SCALE_SERVER = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/postgres"

DATABASES = {"default": dj_database_url.parse(SCALE_SERVER)}
DATABASES["default"]["NAME"] = SCALE_DATABASE
MEDIA_ROOT = SCALE_DIR / "media"
PASSWORD_HASHERS = [*global_settings.PASSWORD_HASHERS, "learners.hashers.PinHasher"]
PIN_HASHER = "pbkdf2_sha256_pin"
