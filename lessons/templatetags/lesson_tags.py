"""Template tags for lessons and their printouts."""

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
    """HTML that higher layers add to a lesson or topic page (quiz link, “I have learned this”).

    Lessons know nothing of quizzes or learners: those apps register a Wagtail hook instead.
    """
    request, page = context["request"], context["page"]
    return mark_safe("".join(fn(request, page) for fn in hooks.get_hooks(hook_name)))  # noqa: S308
