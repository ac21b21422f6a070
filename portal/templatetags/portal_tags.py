"""Site-wide template tags: language links for the current page."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


@register.inclusion_tag("includes/language_links.html", takes_context=True)
def language_links(context, head: bool = False) -> dict:
    """Links to this page in the other languages: the page's live translations, else the URL."""
    request = context["request"]
    page = context.get("page")
    return {
        "links": _links(request, page),
        "current": get_language(),
        "head": head,
        "request": request,
    }


def _links(request, page) -> list[tuple[str, str, str]]:
    """(language code, name, URL) per language, worked out once per request and page."""
    cached = getattr(request, "_language_links", None)
    if cached and cached[0] is page:
        return cached[1]
    names = dict(settings.LANGUAGES)
    if isinstance(page, Page):
        # Only translations a visitor may open: a private one is not offered.
        pages = list(page.get_translations(inclusive=True).live().public().select_related("locale"))
        if page.pk not in {other.pk for other in pages}:
            pages.append(page)  # itself, private, opened with its password
        links = [
            (p.locale.language_code, names.get(p.locale.language_code), p.get_url(request))
            for p in pages
        ]
    else:
        links = [
            (code, name, translate_url(request.get_full_path(), code))
            for code, name in settings.LANGUAGES
        ]
    links.sort(key=lambda link: [code for code, _ in settings.LANGUAGES].index(link[0]))
    request._language_links = (page, links)
    return links
