"""Site-wide template tags: language links for the current page."""

from __future__ import annotations

from typing import NamedTuple

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.translation import get_language, gettext, pgettext
from wagtail.models import Page

from core import memo
from core.routing import page_family

register = template.Library()


class LanguageLink(NamedTuple):
    """Where the language switch leads: the page in that language, or (``note`` set) the
    nearest page above it that has one."""

    code: str
    name: str
    url: str
    note: str = ""

    @property
    def exact(self) -> bool:
        return not self.note


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context, head: bool = False) -> dict:
    """Links to this page in the other languages: its live translations, else the nearest
    translated page above it (said so), else the URL."""
    request = context["request"]
    page = context.get("page")
    links = _links(request, page)
    return {
        # hreflang names the same page in another language, never a page above it.
        "links": [link for link in links if link.exact] if head else links,
        "current": get_language(),
        "head": head,
        "request": request,
    }


def _links(request, page) -> list[LanguageLink]:
    """One link per language, worked out once per request and page."""
    cached = getattr(request, "_language_links", None)
    if cached and cached[0] is page:
        return cached[1]
    names = dict(settings.LANGUAGES)
    if isinstance(page, Page):
        links = _page_links(request, page, names)
    else:
        links = [
            LanguageLink(code, name, translate_url(request.get_full_path(), code))
            for code, name in settings.LANGUAGES
        ]
    order = [code for code, _name in settings.LANGUAGES]
    links.sort(key=lambda link: order.index(link.code))
    request._language_links = (page, links)
    return links


def _page_links(request, page: Page, names: dict[str, str]) -> list[LanguageLink]:
    """In one query: the page's translations and its ancestors' (live, public), so a language
    the page is missing leads to the nearest translated page above it."""
    routed = page_family(request, page)
    if routed is not None:
        # Read with the page when it was routed (core.routing): the same rows, no query.
        candidates = [row for row in routed if row.live and memo.is_public_path(row.path)]
    else:
        family = Page.objects.ancestor_of(page, inclusive=True).values("translation_key")
        # Only translations a visitor may open: a private one is not offered.
        candidates = list(
            Page.objects.filter(translation_key__in=family)
            .live()
            .public()
            .select_related("locale", "content_type")
        )
    best: dict[str, Page] = {}
    for candidate in candidates:
        code = candidate.locale.language_code
        if code not in best or _closeness(candidate, page) > _closeness(best[code], page):
            best[code] = candidate
    # Itself in its own language, even when private and opened with its password (its locale
    # is read from the query when it is among the results, at no cost).
    itself = next((c for c in candidates if c.pk == page.pk), None)
    best[(itself or page).locale.language_code] = page
    links = []
    for code, found in best.items():
        note = "" if found.translation_key == page.translation_key else _note(page, found, code)
        links.append(LanguageLink(code, names.get(code, code), found.get_url(request), note))
    return links


def _closeness(candidate: Page, page: Page) -> tuple[bool, int]:
    return candidate.translation_key == page.translation_key, candidate.depth


def _kind(page: Page) -> str:
    """“lesson”, “topic”…: a specific page's model, else the model its content type names
    (loaded with the page, so no query)."""
    model = type(page) if type(page) is not Page else page.content_type.model_class()
    return str((model or Page)._meta.verbose_name)


# The language each language's note speaks of, mid-sentence, in that language.
def _language_in_sentence(code: str) -> str:
    return {
        "vi": pgettext("language, mid-sentence", "Vietnamese"),
        "en": pgettext("language, mid-sentence", "English"),
    }.get(code, dict(settings.LANGUAGES).get(code, code))


def _note(page: Page, found: Page, code: str) -> str:
    """“This lesson is not yet in English — go to the English topic “Scams”.”, written in
    the language the reader is looking for."""
    with translation.override(code):
        return gettext(
            "This %(kind)s is not yet in %(language)s — go to the %(language)s %(target)s "
            "“%(title)s”."
        ) % {
            "kind": _kind(page),
            "language": _language_in_sentence(code),
            "target": _kind(found),
            "title": found.title,
        }
