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
    current = get_language()
    names = dict(settings.LANGUAGES)
    links = []
    if isinstance(page, Page):
        # Only translations a visitor may open (a private translation is not offered).
        translations = page.get_translations(inclusive=False).live().public()
        for translation in [page, *translations.select_related("locale")]:
            code = translation.locale.language_code
            links.append((code, names.get(code, code), translation.get_url(request)))
    else:
        links = [
            (code, name, translate_url(request.get_full_path(), code))
            for code, name in settings.LANGUAGES
        ]
    links.sort(key=lambda link: [code for code, _ in settings.LANGUAGES].index(link[0]))
    return {"links": links, "current": current, "head": head, "request": request}
