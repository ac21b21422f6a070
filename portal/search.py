"""Site search: the live lessons and topics of a language, read into ``core.search``.

The pages' folded words are kept in memory per process and language, and read again when a
page of that language is published, unpublished, moved or deleted: one small query per
search (the pages' published revisions) tells. The same code ranks on SQLite and PostgreSQL,
so both give the same results in the same order.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from django.db.models import QuerySet
from wagtail.models import Locale, Page

from core.models import SearchSynonym
from core.search import (
    Document,
    Vocabulary,
    build_index,
    rank,
    read_query,
    search_terms,
    suggestion,
    synonym_table,
)
from lessons.models import LessonPage, TopicPage


@dataclass(frozen=True)
class SearchIndex:
    version: tuple
    documents: list[Document]
    vocabulary: Vocabulary


@dataclass(frozen=True)
class SearchOutcome:
    page_ids: list[int]  # best first
    suggestion: str  # the query with a slip corrected, or ""


_INDEXES: dict[int, SearchIndex] = {}
_LOCK = threading.Lock()


def searchable_pages(locale: Locale) -> QuerySet:
    return Page.objects.live().public().type(LessonPage, TopicPage).filter(locale=locale)


def search_index(locale: Locale) -> SearchIndex:
    """The language's index, read again when one of its pages changed."""
    version = tuple(
        searchable_pages(locale)
        .order_by("pk")
        .values_list("pk", "live_revision_id", "last_published_at", "url_path")
    )
    current = _INDEXES.get(locale.pk)
    if current is not None and current.version == version:
        return current
    ids = [row[0] for row in version]
    documents, vocabulary = build_index(page_texts(ids), locale.language_code)
    index = SearchIndex(version=version, documents=documents, vocabulary=vocabulary)
    with _LOCK:
        _INDEXES[locale.pk] = index
    return index


def page_texts(ids: list[int]) -> list[tuple[int, str, int, dict[str, str]]]:
    """(pk, path, depth, {field: text}) for each page: a lesson also carries its topic's title,
    its tags and the names of the skills it teaches."""
    topics = {topic.path: topic for topic in TopicPage.objects.filter(pk__in=ids)}
    lessons = LessonPage.objects.filter(pk__in=ids).prefetch_related("tags", "skills")
    rows = [
        (topic.pk, topic.path, topic.depth, {"title": topic.title, "summary": topic.intro})
        for topic in topics.values()
    ]
    for lesson in lessons:
        topic = topics.get(lesson.path[: -Page.steplen])
        tags = [tag.name for tag in lesson.tags.all()] + [s.name for s in lesson.skills.all()]
        texts = {
            "title": lesson.title,
            "tags": " · ".join(tags),
            "summary": lesson.summary,
            "topic": topic.title if topic else "",
            "body": lesson.body_text(),
        }
        rows.append((lesson.pk, lesson.path, lesson.depth, texts))
    return rows


def find(query: str, locale: Locale | None = None) -> SearchOutcome:
    """The pages that answer ``query`` in the active language, best first."""
    if not search_terms(query):
        return SearchOutcome(page_ids=[], suggestion="")
    locale = locale or Locale.get_active()
    language = locale.language_code
    index = search_index(locale)
    synonyms = synonym_table(SearchSynonym.objects.values_list("term", "meaning"), language)
    parsed = read_query(query, language, synonyms, index.vocabulary)
    return SearchOutcome(
        page_ids=rank(index.documents, parsed),
        suggestion=suggestion(query, language, parsed.corrections, index.vocabulary.surface),
    )


def specific_pages(ids: list[int]) -> list[Page]:
    """The pages of ``ids``, specific, in the same order (the ones still live and public)."""
    by_id = {page.pk: page for page in Page.objects.live().public().filter(pk__in=ids).specific()}
    return [by_id[pk] for pk in ids if pk in by_id]
