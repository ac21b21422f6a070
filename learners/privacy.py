"""How much of a name the public may see."""

from __future__ import annotations

import unicodedata


def _initial(word: str) -> str:
    """The first character a reader sees (a letter with its marks, an emoji), upper-cased."""
    return unicodedata.normalize("NFC", word)[0].upper()


def mask_name(name: str) -> str:
    """“Nguyễn Văn An” → “Nguyễn V. A.”, “Lan” → “L.”: enough to recognise, not to find.

    The family name is kept only when given names follow it; a name of one word (which may be
    a whole name written without spaces) shows its initial only.
    """
    words = name.split()
    if not words:
        return ""
    if len(words) == 1:
        return f"{_initial(words[0])}."
    return " ".join([words[0], *(f"{_initial(word)}." for word in words[1:])])
