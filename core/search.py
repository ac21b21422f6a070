"""Search in Vietnamese with or without accents, as villagers type it.

Pure functions, no database: the portal hands in the pages' folded words and the editors'
synonyms, so every database gives the same results in the same order.

How a query is read (``read_query``):

1. Folded to ASCII words (“Lừa đảo!” → ``lua dao``); English words lose their endings
   (“scams” → ``scam``).
2. A term editors listed as a synonym (“cccd”, “qr code”) becomes one *concept* that also
   matches what it means (“thẻ căn cước”).
3. The filler words of a question (“làm sao để”, “tôi muốn”, “ở đâu”) need not be found: they
   only count where a page holds them (“báo ở đâu?” in a title).
4. A word that no page holds is completed (the last word, “vne” → ``vneid``) or, when one
   letter away from a word of the titles, summaries or tags, read as that word too and offered
   as “Did you mean”.

A concept's forms compare with their spaces removed, so “wifi”, “wi-fi” and “wi fi” match each
other, as do “vneid” and “vne id”. Ranking (``rank``): where each concept is found (title above
tags above summary above the topic's title above the body, and neighbours side by side count
again), scaled by how many of the concepts are found.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from wagtail.models import Page
from wagtail.search import index

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
_TERM = re.compile(r"[a-z0-9]+")
_WORD = re.compile(r"\w+")

# Where a word is found, and what that is worth; in the order a concept is looked for.
FIELD_WEIGHTS = (("title", 10), ("tags", 5), ("summary", 4), ("topic", 3), ("body", 1))
FIELDS = tuple(name for name, _weight in FIELD_WEIGHTS)

# Words of a question that say nothing about the subject (folded). Phrases are tried first.
# Not here on purpose: “the” (thẻ), “ma” (mã), “tai” (tài khoản), “thi” (cuộc thi), “co”
# (cỡ chữ), “can” (cán bộ), “chau” and “con” (a grandchild's phone).
_FILLER_PHRASES = {
    "vi": (
        "lam the nao de",
        "lam the nao",
        "lam sao de",
        "lam sao",
        "nhu the nao",
        "the nao",
        "bang cach nao",
        "cach nao",
        "o dau",
        "la gi",
        "duoc khong",
        "hay khong",
        "co phai",
        "huong dan",
        "xin hoi",
        "cho hoi",
    ),
    "en": ("how do i", "how to", "how can i", "what is", "where do i", "where can i"),
}
_FILLER_WORDS = {
    "vi": frozenset(
        [
            "cach",
            "toi",
            "minh",
            "em",
            "muon",
            "phai",
            "de",
            "la",
            "gi",
            "sao",
            "nao",
            "ve",
            "cua",
            "va",
            "voi",
            "cho",
            "nhu",
            "nhung",
            "hay",
            "nen",
            "duoc",
            "khong",
            "o",
            "a",
            "oi",
            "nhe",
        ]
    ),
    "en": frozenset(
        [
            "how",
            "do",
            "does",
            "i",
            "my",
            "me",
            "we",
            "you",
            "to",
            "a",
            "an",
            "the",
            "what",
            "is",
            "are",
            "can",
            "where",
            "when",
            "why",
            "which",
            "of",
            "for",
            "in",
            "on",
            "with",
            "it",
            "and",
            "or",
        ]
    ),
}
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def fold(text: str) -> str:
    """Lower-case ASCII words: “Lừa đảo!” becomes “lua dao” (đ becomes d, as in URLs).

    Punctuation becomes a space, so that SQLite's and PostgreSQL's tokenizers see the same
    words (PostgreSQL would otherwise keep “dichvucong.gov.vn” as one token).
    """
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(_TERM.findall(ascii_text.lower()))


def stem(word: str) -> str:
    """A light English stemmer, the same for pages and queries: “scams” and “scam” meet."""
    if len(word) <= 3 or not word.isalpha():
        return word
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh")):
        if word.endswith(suffix):
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    elif word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]
    return word


def words_of(text: str, language: str) -> list[str]:
    """The words search compares: folded, and stemmed on English pages."""
    words = fold(text).split()
    return [stem(word) for word in words] if language == "en" else words


def search_terms(query: str) -> list[str]:
    """The words of a query as folded ASCII terms, without duplicates; symbols are dropped."""
    terms = _TERM.findall(fold((query or "")[:MAX_QUERY_LENGTH]))
    return list(dict.fromkeys(term[:40] for term in terms))[:MAX_TERMS]


# Pages ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One field of a page as search compares it."""

    padded: str  # " word word word "
    words: frozenset[str]  # its words, and each two or three neighbours written together

    @classmethod
    def of(cls, words: list[str]) -> Field:
        joined = {"".join(words[i : i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}
        return cls(padded=f" {' '.join(words)} ", words=frozenset(words) | joined)

    def has(self, form: tuple[str, ...]) -> bool:
        """Whether the words appear here, written together, apart or with a hyphen."""
        if "".join(form) in self.words:
            return True
        return len(form) > 1 and f" {' '.join(form)} " in self.padded

    def count(self, form: tuple[str, ...]) -> int:
        return self.padded.count(f" {' '.join(form)} ")


@dataclass(frozen=True)
class Document:
    """A page's searchable fields (``FIELDS``), folded, with what orders equal results."""

    pk: int
    path: str
    depth: int
    fields: dict[str, Field]
    title_length: int

    @classmethod
    def of(cls, pk: int, path: str, depth: int, language: str, **texts: str) -> Document:
        words = {name: words_of(texts.get(name, ""), language) for name in FIELDS}
        return cls(
            pk=pk,
            path=path,
            depth=depth,
            fields={name: Field.of(words[name]) for name in FIELDS},
            title_length=max(len(words["title"]), 1),
        )


@dataclass
class Vocabulary:
    """The words of the pages: every word known, and those a correction may offer."""

    known: set[str] = field(default_factory=set)  # words, and neighbours written together
    tokens: set[str] = field(default_factory=set)  # words as the pages write them
    frequency: Counter = field(default_factory=Counter)  # in titles, tags, summaries, topics
    surface: dict[str, str] = field(default_factory=dict)  # folded word → as written

    def add(self, document: Document, texts: dict[str, str], language: str) -> None:
        for name in FIELDS:
            self.known |= document.fields[name].words
            self.tokens.update(document.fields[name].padded.split())
        for name in ("title", "tags", "summary", "topic"):
            text = texts.get(name, "")
            seen = set()
            for written in _WORD.findall(text):
                folded = words_of(written, language)
                if len(folded) != 1 or not folded[0].isalpha() or len(folded[0]) < 3:
                    continue
                word = folded[0]
                seen.add(word)
                # “Lừa” is written “lừa”; “VNeID” and “QR” keep their capitals.
                self.surface.setdefault(word, written.lower() if written[1:].islower() else written)
            self.frequency.update(seen)

    def complete(self, prefix: str) -> list[tuple[str, ...]]:
        """Up to three words starting with ``prefix``, the most common first."""
        words = sorted(
            (word for word in self.frequency if word.startswith(prefix) and word != prefix),
            key=lambda word: (-self.frequency[word], word),
        )
        return [(word,) for word in words[:3]]

    def correct(self, word: str) -> str:
        """A word of the titles, summaries or tags one letter away, or ``""``."""
        candidates = {edit for edit in _edits(word) if len(edit) >= 3 and edit in self.frequency}
        if not candidates:
            return ""
        return min(candidates, key=lambda candidate: (-self.frequency[candidate], candidate))


def _edits(word: str) -> set[str]:
    """Every word one deletion, swap, change or insertion away (Damerau, distance 1)."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    swaps = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    changes = {left + c + right[1:] for left, right in splits if right for c in _ALPHABET}
    inserts = {left + c + right for left, right in splits for c in _ALPHABET}
    return (deletes | swaps | changes | inserts) - {word}


def build_index(
    pages: Iterable[tuple[int, str, int, dict[str, str]]], language: str
) -> tuple[list[Document], Vocabulary]:
    """Documents and vocabulary from (pk, path, depth, {field: text}) rows."""
    documents, vocabulary = [], Vocabulary()
    for pk, path, depth, texts in pages:
        document = Document.of(pk, path, depth, language, **texts)
        documents.append(document)
        vocabulary.add(document, texts, language)
    return documents, vocabulary


# Queries ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    """One thing the visitor asked for, and the forms that count as finding it."""

    forms: tuple[tuple[str, ...], ...]  # the first is what was typed
    optional: bool = False  # a filler word: counts when found, never missed


@dataclass(frozen=True)
class Query:
    concepts: tuple[Concept, ...]  # in the order typed
    corrections: dict[str, str]  # a typed word → the word of the pages it was read as

    @property
    def required(self) -> tuple[Concept, ...]:
        return tuple(concept for concept in self.concepts if not concept.optional)


Synonyms = dict[tuple[str, ...], tuple[tuple[str, ...], ...]]


def synonym_table(rows: Iterable[tuple[str, str]], language: str) -> Synonyms:
    """Editors' (term, meanings separated by commas) as folded word tuples."""
    table: Synonyms = {}
    for term, meaning in rows:
        key = tuple(words_of(term, language))
        meanings = tuple(
            tuple(words) for part in meaning.split(",") if (words := words_of(part, language))
        )
        if key and meanings:
            table[key] = tuple(dict.fromkeys(table.get(key, ()) + meanings))
    return table


def read_query(query: str, language: str, synonyms: Synonyms, vocabulary: Vocabulary) -> Query:
    """What the visitor asked for, as concepts (see the module's docstring)."""
    words = [word[:40] for word in words_of((query or "")[:MAX_QUERY_LENGTH], language)]
    concepts = _join_split_words(_concepts(words[: MAX_TERMS * 3], language, synonyms), vocabulary)
    if concepts and all(concept.optional for concept in concepts):
        concepts = [Concept(concept.forms) for concept in concepts]  # only filler words
    corrections: dict[str, str] = {}
    last = len(concepts) - 1
    for n, concept in enumerate(concepts):
        if concept.optional or len(concept.forms) > 1 or len(concept.forms[0]) > 1:
            continue  # a synonym, a filler or words found written together
        word = concept.forms[0][0]
        if word in vocabulary.known or not word.isalpha():
            continue
        completions = vocabulary.complete(word) if n == last and len(word) >= 2 else []
        if completions:
            concepts[n] = Concept(((word,), *completions))
        elif len(word) >= 3 and (corrected := vocabulary.correct(word)):
            concepts[n] = Concept(((word,), (corrected,)))
            corrections[word] = corrected
    unique = list({concept.forms: concept for concept in concepts}.values())
    required = [concept for concept in unique if not concept.optional][:MAX_TERMS]
    kept = [c for c in unique if c.optional or c in required]
    return Query(concepts=tuple(kept), corrections=corrections)


def _concepts(words: list[str], language: str, synonyms: Synonyms) -> list[Concept]:
    """Synonyms first (the longest term), then filler phrases and words, then plain words."""
    longest = max((len(key) for key in synonyms), default=1)
    phrases = sorted(
        (tuple(p.split()) for p in _FILLER_PHRASES.get(language, ())), key=len, reverse=True
    )
    fillers = _FILLER_WORDS.get(language, frozenset())
    concepts: list[Concept] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + size])
            if key in synonyms:
                concepts.append(Concept((key, *synonyms[key])))
                i += size
                break
        else:
            phrase = next((p for p in phrases if tuple(words[i : i + len(p)]) == p), None)
            if phrase:
                concepts.append(Concept((phrase,), optional=True))
                i += len(phrase)
            else:
                concepts.append(Concept(((words[i],),), optional=words[i] in fillers))
                i += 1
    return concepts


def _join_split_words(concepts: list[Concept], vocabulary: Vocabulary) -> list[Concept]:
    """“vne id” is one concept when the pages write “vneid”."""

    def plain(concept: Concept) -> bool:
        return not concept.optional and len(concept.forms) == 1 and len(concept.forms[0]) == 1

    joined: list[Concept] = []
    n = 0
    while n < len(concepts):
        pair = concepts[n : n + 2]
        if len(pair) == 2 and all(map(plain, pair)):
            form = pair[0].forms[0] + pair[1].forms[0]
            if "".join(form) in vocabulary.tokens:
                joined.append(Concept((form,)))
                n += 2
                continue
        joined.append(concepts[n])
        n += 1
    return joined


def rank(documents: Iterable[Document], query: Query) -> list[int]:
    """The primary keys of the pages that match, best first (see the module's docstring).

    A page must hold at least half of the concepts: a whole question still finds its lesson
    when a word or two of it are not in the lesson. Of one or two words, both must be found
    when some page has both.
    """
    count = len(query.required)
    if not count:
        return []
    scored = [(_score(document, query), document.path, document.pk) for document in documents]
    every = [row for row in scored if row[0][1] == count] if count <= 2 else []
    found = every or [row for row in scored if row[0][1] >= math.ceil(count / 2)]
    found.sort(key=lambda row: row[1])
    found.sort(key=lambda row: row[0], reverse=True)
    return [pk for _key, _path, pk in found]


def _best_weight(document: Document, forms: Iterable[tuple[str, ...]]) -> int:
    forms = tuple(forms)
    for name, weight in FIELD_WEIGHTS:
        found = document.fields[name]
        if any(found.has(form) for form in forms):
            return weight
    return 0


def _score(document: Document, query: Query) -> tuple[int, ...]:
    concepts = query.concepts
    weights = [_best_weight(document, concept.forms) for concept in concepts]
    # Neighbouring concepts found side by side (“cong an” in one title) count again.
    together = sum(
        _best_weight(document, (a + b for a in left.forms for b in right.forms))
        for left, right in zip(concepts, concepts[1:], strict=False)
        if len(left.forms) * len(right.forms) <= 16
    )
    matched = sum(
        weight > 0
        for weight, concept in zip(weights, concepts, strict=True)
        if not concept.optional
    )
    title = document.fields["title"]
    in_title = sum(any(title.has(form) for form in concept.forms) for concept in concepts)
    body = document.fields["body"]
    body_hits = sum(min(body.count(concept.forms[0]), 5) for concept in query.required)
    return (
        # Where the words are found, scaled by how many of them are: the title's words weigh
        # more than a long body that happens to hold every syllable of the question.
        (sum(weights) + together) * 100 * matched // len(query.required),
        matched,
        document.depth,  # a lesson before its topic when both match as well
        1000 * in_title // document.title_length,  # the shorter title that says it
        body_hits,
    )


def suggestion(query: str, language: str, corrections: dict[str, str], surface: dict) -> str:
    """The query as typed, with each corrected word replaced: “Did you mean …”."""
    if not corrections:
        return ""
    written = (query or "")[:MAX_QUERY_LENGTH].split()
    out = []
    for word in written:
        folded = words_of(word, language)
        if len(folded) == 1 and folded[0] in corrections:
            corrected = corrections[folded[0]]
            out.append(surface.get(corrected, corrected))
        else:
            out.append(word)
    return " ".join(out)


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
