"""How a learner's PIN is kept: hashed, never stored, with a work factor fit for a PIN.

A PIN has 4 to 6 digits: at most a million values. Stretching its hash 1,000,000 times
(Django's default for passwords) does not protect it against someone who has stolen the
database (every PIN of a learner is found in seconds on one graphics card whatever the work
factor); what protects it is that wrong PINs are counted online (``core.throttle``: five per
learner code in 15 minutes) and that the learner code itself is one of 244 million. The default
factor would cost each sign-in about a quarter of a second of a core here (a village meeting of
a hundred people signing in on two cores), so PINs get their own hasher with 100,000
iterations (≈ 25 ms). Staff passwords and the recovery codes on the printed cards (12 letters,
≈ 56 bits) keep Django's default.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password, make_password


class PinHasher(PBKDF2PasswordHasher):
    algorithm = "pbkdf2_sha256_pin"
    iterations = 100_000


def pin_hasher() -> str:
    """The algorithm new PINs get (``PIN_HASHER``; the tests use a fast one)."""
    return getattr(settings, "PIN_HASHER", PinHasher.algorithm)


def hash_pin(pin: str) -> str:
    return make_password(pin, hasher=pin_hasher())


def pin_is(pin: str, encoded: str, setter=None) -> bool:
    """Whether ``pin`` opens ``encoded``; a PIN kept with another hasher (or other iterations)
    is kept again with the PIN hasher by ``setter`` when it matches."""
    return check_password(pin, encoded, setter, preferred=pin_hasher())
