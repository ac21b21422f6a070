"""Template tags every app uses: QR codes for printouts, and the hooks through which higher
apps add to a lower app's page."""

import segno
from django import template
from django.utils.safestring import mark_safe
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def qr_code(context, url: str, label: str = "") -> str:
    """An inline SVG QR code for an absolute URL built from ``url`` (no image request)."""
    absolute = context["request"].build_absolute_uri(url)
    svg = segno.make(absolute, error="m").svg_inline(
        scale=4, border=2, dark="#000", title=label or absolute, svgclass="qr", lineclass=None
    )
    return mark_safe(svg)  # noqa: S308  segno escapes the title; the rest is generated markup


@register.simple_tag(takes_context=True)
def page_extras(context, hook_name: str) -> str:
    """HTML that higher layers add to a page of a lower one (quiz link, “I have learned this”).

    Lessons know nothing of quizzes or learners: those apps register a Wagtail hook instead
    (``lesson_page_extras``, ``topic_page_extras``; see docs/architecture.md).
    """
    request, page = context["request"], context["page"]
    return mark_safe("".join(fn(request, page) for fn in hooks.get_hooks(hook_name)))  # noqa: S308


@register.simple_tag(takes_context=True)
def hole(context, name: str, **kwargs) -> str:
    """Personal lines of a page anonymous visitors get from the page cache: rendered for each
    visitor (``core.pagecache.hole``)."""
    from core.pagecache import hole as page_hole

    return page_hole(context["request"], name, **kwargs)
