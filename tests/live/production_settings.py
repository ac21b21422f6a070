"""The production settings as the two-server test runs them (``test_two_servers``).

Everything comes from ``portal.settings.production`` and the environment the test gives
(``DATABASE_URL``, ``REDIS_URL``, ``CACHE_KEY_PREFIX``, ``DATABASE_REPLICA_URL``...), but for
what a test machine cannot or should not do: static files are read from the finders (no
``collectstatic`` manifest to build), the test media folder, and the test suite's fast password
and PIN hashers, so that a PIN checked on a server matches one made by the test process.
"""

from portal.settings.production import *  # noqa: F403
from portal.settings.test import (  # noqa: F401
    MEDIA_ROOT,
    PASSWORD_HASHERS,
    PIN_HASHER,
    STATIC_ROOT,
    STORAGES,
)

WHITENOISE_USE_FINDERS = True
SERVE_MEDIA = True
