"""What a phone downloads to read a lesson or a topic without a connection.

``/api/offline/<page id>.json?vw=360&dpr=2`` lists every URL the pages need (the lesson, its
printable handout, the pictures at the size this phone shows them, the stylesheets and
scripts) with its bytes, and the videos apart: they are kept only when the person asks. A
topic lists itself and each of its lessons with their handouts. The pages are rendered once per
publication (cached), so the sizes are the real ones; pictures and files are measured on disk.
"""

from __future__ import annotations

import hashlib
import os
import re
from html.parser import HTMLParser
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.core.files.storage import default_storage
from django.db.models import Count, Max
from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.http import require_safe
from wagtail.models import Page

from .models import LessonPage, TopicPage

CACHE_SECONDS = 24 * 3600
DEFAULT_VW, DEFAULT_DPR = 360, 2.0
ROOT_FONT_PX = 16


class Resources(HTMLParser):
    """What a browser fetches by itself to show a page: pictures (with their srcset and
    sizes), stylesheets, scripts; videos and captions apart."""

    def __init__(self):
        super().__init__()
        self.pictures: list[tuple[str, str, str]] = []  # src, srcset, sizes
        self.files: list[str] = []
        self.videos: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "img":
            self.pictures.append(
                (attrs.get("src") or "", attrs.get("srcset") or "", attrs.get("sizes") or "")
            )
        elif tag == "video" and attrs.get("poster"):
            self.pictures.append((attrs["poster"], "", ""))
        elif tag == "link" and attrs.get("rel") == "stylesheet":
            self.files.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.files.append(attrs["src"])
        elif tag in ("source", "track") and attrs.get("src"):
            self.videos.append(attrs["src"])


def css_length(text: str, vw: float) -> float:
    """A length of a ``sizes`` attribute in CSS pixels: px, rem, vw or calc(a - b)."""
    text = text.strip()
    subtraction = re.fullmatch(r"calc\((.+?)\s+-\s+(.+)\)", text)
    if subtraction:
        return css_length(subtraction[1], vw) - css_length(subtraction[2], vw)
    number = re.fullmatch(r"([\d.]+)(px|rem|vw)", text)
    if not number:
        return vw
    unit = {"px": 1, "rem": ROOT_FONT_PX, "vw": vw / 100}[number[2]]
    return float(number[1]) * unit


def slot_width(sizes: str, vw: float) -> float:
    """The width a picture takes on a screen ``vw`` CSS pixels wide (max-width conditions)."""
    for part in sizes.split(","):
        part = part.strip()
        condition = re.match(r"\(max-width:\s*([\d.]+)(px|rem)\)\s*(.+)", part)
        if condition:
            limit = float(condition[1]) * (ROOT_FONT_PX if condition[2] == "rem" else 1)
            if vw > limit:
                continue
            part = condition[3]
        if part:
            return css_length(part, vw)
    return vw


def chosen_picture(src: str, srcset: str, sizes: str, vw: float, dpr: float) -> str:
    """The candidate a browser takes: the narrowest at least as wide as the slot needs."""
    candidates = []
    for candidate in srcset.split(","):
        bits = candidate.split()
        if len(bits) == 2 and bits[1].endswith("w"):
            candidates.append((int(bits[1][:-1]), bits[0]))
    if not candidates:
        return src
    need = slot_width(sizes, vw) * dpr
    candidates.sort()
    return next((url for width, url in candidates if width >= need), candidates[-1][1])


def file_bytes(url: str) -> int:
    """Bytes of a static or uploaded file named by its URL (0 if it cannot be found)."""
    path = unquote(urlparse(url).path)
    try:
        if path.startswith(settings.STATIC_URL):
            name = path.removeprefix(settings.STATIC_URL)
            if staticfiles_storage.exists(name):
                return staticfiles_storage.size(name)
            found = finders.find(name)
            return os.path.getsize(found) if found else 0
        if path.startswith(settings.MEDIA_URL):
            return default_storage.size(path.removeprefix(settings.MEDIA_URL))
    except (OSError, ValueError, NotImplementedError):
        return 0
    return 0


def pages_of(page: Page) -> list[LessonPage | TopicPage]:
    if isinstance(page, TopicPage):
        return [page, *page.lessons()]
    return [page]


def rendered(request: HttpRequest, page: LessonPage | TopicPage) -> list[dict]:
    """The page and, for a lesson, its handout: URL, bytes, what each loads."""
    views = [(page.url, page.serve)]
    if isinstance(page, LessonPage):
        views.append((page.url + page.reverse_subpage("print"), page.print_view))
    documents = []
    for url, view in views:
        response = view(request)
        if hasattr(response, "render"):
            response.render()
        resources = Resources()
        resources.feed(response.content.decode())
        documents.append(
            {
                "url": url,
                "bytes": len(response.content),
                "pictures": resources.pictures,
                "files": resources.files,
                "videos": resources.videos,
            }
        )
    return documents


def stamp(page: Page) -> str:
    """Changes whenever the page, or for a topic one of its lessons, is published again."""
    latest = (
        Page.objects.filter(path__startswith=page.path, depth__lte=page.depth + 1)
        .live()
        .aggregate(latest=Max("last_published_at"), newest=Max("id"), count=Count("id"))
    )
    return hashlib.sha256(repr(sorted(latest.items())).encode()).hexdigest()[:16]


def bundle(request: HttpRequest, page: LessonPage | TopicPage, vw: float, dpr: float) -> dict:
    key = f"offline:{page.pk}:{page.locale_id}:{stamp(page)}"
    documents = cache.get(key)
    if documents is None:
        documents = [document for item in pages_of(page) for document in rendered(request, item)]
        cache.set(key, documents, CACHE_SECONDS)
    items: dict[str, int] = {}
    videos: dict[str, int] = {}
    for document in documents:
        items[document["url"]] = document["bytes"]
    for document in documents:
        for url in document["files"]:
            items.setdefault(url, file_bytes(url))
        for src, srcset, sizes in document["pictures"]:
            url = chosen_picture(src, srcset, sizes, vw, dpr)
            if url and not urlparse(url).netloc:
                items.setdefault(url, file_bytes(url))
        for url in document["videos"]:
            if not urlparse(url).netloc:
                videos.setdefault(url, file_bytes(url))
    version = hashlib.sha256(repr((key, sorted(items.items()))).encode()).hexdigest()[:12]
    return {
        "url": page.url,
        "title": page.title,
        "version": version,
        "bytes": sum(items.values()),
        "items": list(items.items()),
        "video_bytes": sum(videos.values()),
        "videos": list(videos.items()),
    }


def number(text: str | None, default: float, low: float, high: float) -> float:
    try:
        value = float(text or default)
    except ValueError:
        return default
    return min(max(value, low), high) if value == value else default  # NaN


@require_safe
def bundle_view(request: HttpRequest, page_id: int) -> JsonResponse:
    """The list of what to keep for one lesson or topic, for the page's “save” button."""
    page = Page.objects.filter(pk=page_id).live().public().specific().first()
    if not isinstance(page, LessonPage | TopicPage):
        raise Http404
    vw = number(request.GET.get("vw"), DEFAULT_VW, 200, 2000)
    dpr = number(request.GET.get("dpr"), DEFAULT_DPR, 1, 4)
    response = JsonResponse(
        bundle(request, page, vw, dpr), json_dumps_params={"ensure_ascii": False}
    )
    response["Cache-Control"] = "no-cache"
    return response
