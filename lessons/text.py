"""Accent folding for search: visitors type Vietnamese with or without accents."""

import re

from anyascii import anyascii

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
_TERM = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII: “Lừa đảo” becomes “lua dao” (đ becomes d, as in URLs)."""
    return anyascii(text or "").lower()


def search_terms(query: str) -> list[str]:
    """The words of a query as folded ASCII terms, without duplicates; symbols are dropped."""
    terms = _TERM.findall(fold((query or "")[:MAX_QUERY_LENGTH]))
    return list(dict.fromkeys(term[:40] for term in terms))[:MAX_TERMS]
