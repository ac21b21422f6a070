"""Search in Vietnamese with or without accents: folding, a deterministic ranking, and the
mixin that indexes a page's folded words."""

import re
import unicodedata

from wagtail.models import Page
from wagtail.search import index

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
_TERM = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower-case ASCII words: “Lừa đảo!” becomes “lua dao” (đ becomes d, as in URLs).

    Punctuation becomes a space, so that SQLite's and PostgreSQL's tokenizers see the same
    words (PostgreSQL would otherwise keep “dichvucong.gov.vn” as one token).
    """
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_TERM.findall(ascii_text.lower()))


def rank(terms: list[str], title: str, summary: str, body: str) -> tuple[int, int, int]:
    """A deterministic relevance key (higher is better), the same on every database."""
    title_words, summary_words = set(fold(title).split()), set(fold(summary).split())
    body_words = fold(body).split()
    return (
        sum(term in title_words for term in terms),
        sum(term in summary_words for term in terms),
        sum(min(body_words.count(term), 5) for term in terms),
    )


def search_terms(query: str) -> list[str]:
    """The words of a query as folded ASCII terms, without duplicates; symbols are dropped."""
    terms = _TERM.findall(fold((query or "")[:MAX_QUERY_LENGTH]))
    return list(dict.fromkeys(term[:40] for term in terms))[:MAX_TERMS]


class FoldedSearchMixin:
    """Index accent-folded words, so that “lua dao” and “lừa đảo” find the same pages."""

    search_fields = [
        *Page.search_fields,
        index.SearchField("search_text"),
        index.AutocompleteField("search_title"),
        index.FilterField("locale"),
    ]

    def search_title(self) -> str:
        return fold(self.title)

    def search_summary(self) -> str:
        raise NotImplementedError

    def search_body(self) -> str:
        raise NotImplementedError

    def search_text(self) -> str:
        raise NotImplementedError
