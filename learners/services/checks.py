"""The public certificate check: what a certificate's QR code opens, or a code typed in.

The check is public on purpose, so it must not become a way to try codes until one hits:
codes that match no certificate are counted per address (``core.throttle``), and past the
limit nothing is looked up. A code that is found gives its count back, so a trainer checking
a room's certificates from the commune hall's one Wi-Fi is never held up by right codes.
"""

from __future__ import annotations

from datetime import timedelta

from core import throttle

from ..codes import normalise, well_formed
from ..models import Certificate

CERTIFICATE_LENGTH, CERTIFICATE_GROUP = 8, 4  # “ABCD-EFGH”
MISSES_PER_ADDRESS = throttle.Limit("certificate:address", 30, timedelta(minutes=15))


class TooManyMisses(Exception):
    """Too many codes from this address matched no certificate: try again later."""


def certificate_code(typed: str) -> str:
    """What a person typed (any case, with or without the dash or spaces), as printed."""
    return normalise(typed, group=CERTIFICATE_GROUP)


def is_certificate_code(code: str) -> bool:
    return well_formed(code, CERTIFICATE_LENGTH)


def find_certificate(code: str, address: str) -> Certificate | None:
    """The certificate with this printed code, or None; ``TooManyMisses`` past the limit."""
    if not throttle.take_turn([(MISSES_PER_ADDRESS, address)]):
        raise TooManyMisses
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is not None:
        throttle.give_back(MISSES_PER_ADDRESS, address)
    return certificate
