"""The cache of the pages anonymous visitors read: rendered once, served until what they show
changes, with a few personal lines filled in for each visitor.

How it works
------------

- **What is kept.** A page whose ``serve`` marks its response (``CachedPageMixin``: topics,
  lessons and their handouts, quizzes, the home page; only when no view restriction applies)
  is kept under its host, language and path, for GET requests without a query string from a
  visitor not signed in to the admin. Nothing else is ever kept.
- **Holes.** The few personal lines (a message, “Tôi đã học xong” or its tick, the quiz form's
  single-use token and the CSRF token) are rendered through ``hole()``: on the first render
  they are written between two markers; a copy served from the cache has each hole rendered
  again for this request by the function registered under its name (``register_hole``). A
  hole takes only what its markers carry (ids, a URL), so filling it costs the visitor's own
  session and at most one query, never the page. No hole, no personal data, is kept.
- **Purges by tag.** Each kept page lists what it shows as tags (``path:<tree path>`` of
  itself and each page above it, ``tree:<tree path>`` for a list of a page's children,
  ``tk:<translation key>`` for its language links, ``settings``, ``skill:<key>``,
  ``image:<id>`` …), each with the version the tag had when it was rendered. ``purge(tags)``
  gives those tags new versions: a kept page whose tags have moved on is rendered again on its
  next visit. A version is a random token kept without expiry, so purging is one write in
  the shared cache and every app server sees it at once (Redis in production; the local
  memory cache of one process in development). What bumps which tags: ``purge_page`` and the
  receivers in ``portal/cache_purge.py``.
- **No stale copy after a race.** Every purge also moves a global generation. A render that
  started before a purge is not kept (the generation it started with has changed), and every
  purge is done again when its transaction commits, so a page rendered from the old rows in
  between is not kept either.
"""

from __future__ import annotations

import base64
import json
import random
import re
import secrets
from collections.abc import Callable, Iterable
from functools import lru_cache

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import salted_hmac
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from .http import is_restricted

KEY_PREFIX = "pagecache:page:"
TAG_PREFIX = "pagecache:tag:"
GENERATION = "pagecache:generation"

HOLES: dict[str, Callable[..., str]] = {}


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "default")]


def timeout() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 60 * 60 * 24)


# Tags ---------------------------------------------------------------------------------------


def path_tags(path: str, steplen: int = 4) -> set[str]:
    """``path:`` tags of a page and every page above it (their titles and URLs show here)."""
    return {f"path:{path[:end]}" for end in range(steplen, len(path) + 1, steplen)}


def _new_version() -> str:
    return secrets.token_hex(8)


def purge(*tags: str) -> None:
    """Give ``tags`` new versions now, and again when the current transaction commits."""
    tags = tuple(tag for tag in tags if tag)
    if not tags or not enabled():
        return
    _bump(tags)
    transaction.on_commit(lambda: _bump(tags))


def _bump(tags: Iterable[str]) -> None:
    values = {TAG_PREFIX + tag: _new_version() for tag in tags}
    values[GENERATION] = _new_version()
    cache().set_many(values, timeout=None)


def purge_page(page, *, old_path: str = "") -> None:
    """What changes when a page is published, unpublished, moved or deleted: the page and
    every page below it (their breadcrumbs and URLs), the lists it appears in (its parent's
    children), and the language links of its translations."""
    tags = {f"path:{page.path}", f"tree:{page.path[: -page.steplen]}"}
    if old_path:
        tags |= {f"path:{old_path}", f"tree:{old_path[: -page.steplen]}"}
    if getattr(page, "translation_key", None):
        tags.add(f"tk:{page.translation_key}")
    purge(*tags)


def depends_on(request: HttpRequest | None, *tags: str) -> None:
    """Say that the page being rendered for ``request`` shows what ``tags`` name."""
    found = getattr(request, "page_cache_tags", None)
    if found is not None:
        found.update(tag for tag in tags if tag)


# Holes --------------------------------------------------------------------------------------


def register_hole(name: str):
    """Register ``fn(request, **kwargs) -> str``: the personal lines of a kept page."""

    def decorator(fn):
        HOLES[name] = fn
        return fn

    return decorator


@register_hole("messages")
def messages_hole(request: HttpRequest) -> str:
    """The messages waiting for this visitor (“Đã lưu …”), shown once."""
    from django.contrib.messages import get_messages

    messages = get_messages(request)
    if not messages:
        return ""
    return render_hole(request, "includes/messages.html", {"messages": messages}, reuse=False)


def render_hole(request: HttpRequest, template: str, context: dict, reuse: bool = True) -> str:
    """A hole's template with only what it is given and this visitor's CSRF token: none of
    the page's context processors run for a few lines, and (``reuse``, for values that are
    plain data: ids, URLs, flags) lines already rendered once in this language with the same
    values are reused with the token put in."""
    from django.middleware.csrf import get_token

    frozen = tuple(sorted(context.items())) if reuse else ()
    try:
        hash(frozen)
    except TypeError:  # not plain data: rendered each time
        reuse = False
    if not reuse:
        from django.template.loader import render_to_string

        return render_to_string(template, {**context, "csrf_token": get_token(request)})
    html = _rendered_once(template, frozen, get_language())
    return html.replace(_CSRF_SLOT, get_token(request)) if _CSRF_SLOT in html else html


_CSRF_SLOT = "csrf-slot-4f1c2b9e"


@lru_cache(maxsize=4096)
def _rendered_once(template: str, frozen: tuple, language: str) -> str:
    from django.template.loader import render_to_string

    return render_to_string(template, {**dict(frozen), "csrf_token": _CSRF_SLOT})


@lru_cache(maxsize=1)
def _marker_secret() -> str:
    # Markers an editor could type into a page body must not be taken for holes.
    return salted_hmac("core.pagecache", "hole-marker").hexdigest()[:12]


@lru_cache(maxsize=1)
def _hole_re() -> re.Pattern:
    secret = _marker_secret()
    return re.compile(
        rf"<!--hole:{secret}:([a-z_]+):([A-Za-z0-9_=-]*)-->(.*?)<!--/hole:{secret}-->", re.S
    )


def hole(request: HttpRequest, name: str, **kwargs) -> SafeString:
    """Render hole ``name`` now; on a page being kept, mark it so each visitor gets their own.

    Arguments whose names start with ``_`` are for this render only and are not kept (the
    quiz form's token when a form comes back with its answers)."""
    html = HOLES[name](request, **kwargs)
    if getattr(request, "page_cache_tags", None) is None:
        return mark_safe(html)  # noqa: S308  rendered by the hole's own template
    kept = {key: value for key, value in kwargs.items() if not key.startswith("_")}
    encoded = base64.urlsafe_b64encode(json.dumps(kept).encode()).decode()
    secret = _marker_secret()
    return mark_safe(f"<!--hole:{secret}:{name}:{encoded}-->{html}<!--/hole:{secret}-->")  # noqa: S308


def strip_holes(html: str) -> str:
    """The page as this visitor sees it: the holes' markers gone, their lines kept."""
    return _hole_re().sub(lambda match: match.group(3), html)


def empty_holes(html: str) -> str:
    """The page as kept: every hole's markers, none of the first visitor's lines."""
    secret = _marker_secret()
    return _hole_re().sub(
        lambda match: (
            f"<!--hole:{secret}:{match.group(1)}:{match.group(2)}--><!--/hole:{secret}-->"
        ),
        html,
    )


@lru_cache(maxsize=256)
def _pieces(html: str) -> tuple:
    """A kept page cut once per process into its fixed text and its holes (name, arguments)."""
    bits = _hole_re().split(html)  # text, name, arguments, lines (none kept), text, …, text
    pieces = []
    for index in range(0, len(bits) - 1, 4):
        kwargs = json.loads(base64.urlsafe_b64decode(bits[index + 2]))
        pieces += [bits[index], (bits[index + 1], kwargs)]
    pieces.append(bits[-1])
    return tuple(pieces)


def fill_holes(request: HttpRequest, html: str) -> str:
    """A kept page for this visitor: each hole rendered again for ``request``."""
    return "".join(
        piece if isinstance(piece, str) else HOLES[piece[0]](request, **piece[1])
        for piece in _pieces(html)
    )


# Pages --------------------------------------------------------------------------------------


class CachedPageMixin:
    """A page type anonymous visitors get from the page cache (see the module's docstring).

    ``cache_tags(context)`` names what the page shows beyond itself, the pages above it, its
    language links and the commune's settings, from the context it was rendered with (its own
    view's or a sub-route's, the handout's); ``cache_variants`` keeps several renders of one URL
    (a quiz that shuffles its questions).
    """

    cache_variants = 1

    def cache_tags(self, context: dict) -> set[str]:
        return set()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        tags = getattr(request, "page_cache_tags", None)
        if tags is not None and response.status_code == 200 and not is_restricted(self):
            tags |= {"settings", f"tk:{self.translation_key}", *path_tags(self.path, self.steplen)}
            tags |= self.cache_tags(getattr(response, "context_data", None) or {})
            response.page_cache_variants = self.cache_variants
        return response


def image_tags(images: Iterable) -> set[str]:
    return {f"image:{image.pk}" for image in images if image is not None}


# The middleware -----------------------------------------------------------------------------


def page_key(request: HttpRequest) -> str:
    language = getattr(request, "LANGUAGE_CODE", "")
    return f"{KEY_PREFIX}{request.get_host()}:{language}:{request.path}"


def _candidate(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


class PageCacheMiddleware:
    """Serve kept pages, keep new ones.

    In ``MIDDLEWARE`` after the session, CSRF, authentication and messages middleware (the
    holes use them, and the CSRF cookie a hole asked for is set on the way out) and before the
    ones that only add headers (``XFrameOptions``, CSP): a kept page keeps the headers they
    added to it, and a copy served skips them. Kept copies are checked cheaply: a copy kept
    at the current generation has seen no purge at all; after a purge, its tags are compared,
    and a copy still fresh is marked with the new generation.
    """

    HEADERS_NOT_KEPT = {"content-length", "x-page-cache", "vary", "set-cookie"}

    def __init__(self, get_response):
        self.get_response = get_response
        from wagtail import hooks

        hooks.search_for_hooks()  # every hole is registered before the first kept page

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not enabled() or not _candidate(request):
            return self.get_response(request)
        key = page_key(request)
        store = cache()
        found = store.get_many([key, GENERATION])
        entry, generation = found.get(key), found.get(GENERATION)
        if entry and len(entry["variants"]) >= entry["wanted"]:
            if entry["generation"] == generation and generation is not None:
                return self._serve(request, entry)
            if self._fresh(store, entry):
                store.set(key, {**entry, "generation": generation}, timeout=timeout())
                return self._serve(request, entry)
        request.page_cache_tags = set()
        response = self.get_response(request)
        wanted = getattr(response, "page_cache_variants", 0)
        if wanted and request.method == "GET" and not response.streaming:
            self._keep(store, request, response, key, entry, wanted, generation)
        return response

    @staticmethod
    def _fresh(store, entry: dict) -> bool:
        versions = store.get_many(list(entry["tags"]))
        return all(versions.get(key) == value for key, value in entry["tags"].items())

    @staticmethod
    def _serve(request: HttpRequest, entry: dict) -> HttpResponse:
        html = random.choice(entry["variants"])  # noqa: S311  not security: which shuffle
        response = HttpResponse(fill_holes(request, html))
        for header, value in entry["headers"]:
            response[header] = value
        response["X-Page-Cache"] = "hit"
        return response

    def _keep(self, store, request, response, key, entry, wanted, generation) -> None:
        html = response.content.decode(response.charset)
        response.content = strip_holes(html).encode(response.charset)
        response["X-Page-Cache"] = "miss"
        if response.cookies or generation is None:
            # A page that set a cookie of its own is not the same for everyone; with no
            # generation yet, a purge may be running: keep the next render instead.
            if generation is None:
                store.add(GENERATION, _new_version(), timeout=None)
            return
        keys = [TAG_PREFIX + tag for tag in sorted(request.page_cache_tags)]
        versions = store.get_many(keys)
        missing = {k: _new_version() for k in keys if k not in versions}
        for missing_key, version in missing.items():
            store.add(missing_key, version, timeout=None)
        if missing:
            versions = store.get_many(keys)
        if store.get(GENERATION) != generation or len(versions) != len(keys):
            return  # a purge ran while this page was rendered
        variants = list(entry["variants"]) if entry and entry["tags"] == versions else []
        variants = [*variants, empty_holes(html)][-wanted:]
        headers = [
            (name, value)
            for name, value in response.items()
            if name.lower() not in self.HEADERS_NOT_KEPT
        ]
        kept = {
            "variants": variants,
            "wanted": wanted,
            "tags": versions,
            "generation": generation,
            "headers": headers,
        }
        store.set(key, kept, timeout=timeout())
