"""The installable, offline-capable shell: web app manifest, icons drawn by code, the service
worker served from the site's root, and the page shown offline for a page not kept.

The worker's source is the static files named in ``settings.SERVICE_WORKER_PARTS``, joined in
order after two constants: ``VERSION`` (a hash of the source and of what it precaches, so a
deploy that changes either replaces the worker's cache) and ``SHELL`` (the URLs precached).
"""

from __future__ import annotations

import hashlib
import io
import json
from functools import cache

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from PIL import Image, ImageDraw

from portal.models import CommuneSettings

THEME_COLOUR = "#0b4f9c"  # --brand in static/css/portal.css
ACCENT = "#f5b700"  # the focus ring
# name -> (size, maskable)
ICONS = {"icon-192": (192, False), "icon-512": (512, False), "icon-maskable-512": (512, True)}
SHELL_STATIC = ("css/portal.css", "css/print.css")


def draw_icon(size: int, maskable: bool) -> bytes:
    """An open book on the brand blue. A maskable icon fills the square and keeps its drawing
    inside the central 80 % circle that launchers may cut out."""
    scale = 4  # drawn larger, then reduced: smooth edges without anti-aliasing primitives
    big = size * scale
    image = Image.new("RGB", (big, big), "white")
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=THEME_COLOUR)
        inner = 0.56
    else:
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=big // 5, fill=THEME_COLOUR)
        inner = 0.7
    unit = big * inner
    left, top = (big - unit) / 2, (big - unit * 0.78) / 2
    middle = big / 2
    bottom = top + unit * 0.78
    dip = unit * 0.08
    # Two pages, each a quadrilateral rising from the spine.
    for edge in (left, left + unit):
        draw.polygon(
            [(middle, top + dip), (edge, top), (edge, bottom - dip), (middle, bottom)],
            fill="white",
        )
    # Lines of text on each page.
    for row in range(1, 5):
        y = top + unit * 0.14 * row
        for start, end in (
            (left + unit * 0.08, middle - unit * 0.06),
            (middle + unit * 0.06, left + unit * 0.92),
        ):
            draw.line((start, y, end, y), fill=THEME_COLOUR, width=max(scale, big // 64))
    # The spine.
    draw.line((middle, top + dip, middle, bottom), fill=ACCENT, width=big // 40)
    image = image.resize((size, size), Image.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@cache
def icon_png(name: str) -> bytes:
    size, maskable = ICONS[name]
    return draw_icon(size, maskable)


@require_safe
def icon(request: HttpRequest, name: str) -> HttpResponse:
    if name not in ICONS:
        raise Http404
    response = HttpResponse(icon_png(name), content_type="image/png")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_safe
def manifest(request: HttpRequest) -> HttpResponse:
    """The web app manifest: “Thêm vào màn hình chính” opens the portal full screen."""
    commune = CommuneSettings.for_request(request)
    with translation.override("vi"):
        short_name = _("Digital skills")
    data = {
        "name": f"{settings.WAGTAIL_SITE_NAME} – {commune.commune_name}",
        "short_name": short_name,
        "lang": "vi",
        "dir": "ltr",
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": THEME_COLOUR,
        "background_color": "#ffffff",
        "icons": [
            {
                "src": reverse("icon", args=[name]),
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": "maskable" if maskable else "any",
            }
            for name, (size, maskable) in ICONS.items()
        ],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/manifest+json"
    response["Cache-Control"] = "public, max-age=3600"
    return response


def static_source(name: str) -> bytes:
    """A static file's bytes, from the collected files or, in development, the finders."""
    try:
        with staticfiles_storage.open(name) as handle:
            return handle.read()
    except (OSError, ValueError):
        path = finders.find(name)
        if not path:
            raise
        with open(path, "rb") as handle:
            return handle.read()


def shell_files() -> list[str]:
    """Static files precached with the offline page: the stylesheets and every page script
    (not the worker's own parts)."""
    scripts = sorted(
        f"js/{path.name}"
        for path in (settings.BASE_DIR / "static" / "js").glob("*.js")
        if f"js/{path.name}" not in settings.SERVICE_WORKER_PARTS
    )
    return [*SHELL_STATIC, *scripts]


@cache
def worker_source() -> str:
    parts = b"\n".join(static_source(name) for name in settings.SERVICE_WORKER_PARTS)
    files = shell_files()
    shell = [reverse("offline"), *(static(name) for name in files)]
    digest = hashlib.sha256(parts)
    for name in files:
        digest.update(name.encode() + static_source(name))
    template = get_template("offline.html").template.source
    digest.update(template.encode())
    digest.update(json.dumps(shell).encode())
    head = f"const VERSION={json.dumps(digest.hexdigest()[:12])},SHELL={json.dumps(shell)};\n"
    return head + parts.decode()


@require_safe
def service_worker(request: HttpRequest) -> HttpResponse:
    """The worker at /sw.js, so that its scope is the whole site."""
    response = HttpResponse(worker_source(), content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    response["Cache-Control"] = "no-cache"
    return response


@require_safe
def offline(request: HttpRequest) -> HttpResponse:
    """What a phone shows for a page it has not kept, when there is no connection."""
    return render(request, "offline.html")
