"""Short codes people read aloud and write on paper: no 0/O, 1/I/L, 2/Z, 5/S, 8/B."""

import secrets

ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"


def new_code(length: int = 6, group: int = 3) -> str:
    """E.g. “K7M-4QP”: 25⁶ ≈ 244 million codes."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return "-".join(chars[i : i + group] for i in range(0, length, group))


def new_recovery_code() -> str:
    """E.g. “K7M4-QPAC-D9EF”: 25¹² ≈ 6 × 10¹⁶ codes, for a card kept at home. Guessing is
    counted like a PIN's (five wrong tries per learner code in 15 minutes)."""
    return new_code(length=12, group=4)


def normalise(code: str, group: int = 3) -> str:
    """What a person typed, as stored: upper case, spaces and dashes ignored, dashes restored."""
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())[:24]
    return "-".join(cleaned[i : i + group] for i in range(0, len(cleaned), group))


def well_formed(code: str, length: int) -> bool:
    """Whether a normalised code could have been made by ``new_code(length)``."""
    chars = code.replace("-", "")
    return len(chars) == length and all(ch in ALPHABET for ch in chars)
