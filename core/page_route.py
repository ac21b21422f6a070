"""Wagtail's page routing in three queries instead of one or two per level.

Wagtail routes ``/vneid/kiem-tra/nop-bai/`` by walking down the tree: the site root in the
visitor's language, then each child by its slug, each made specific (a query or two per level),
then the view restrictions of the page and every page above it (two more). A quiz submission
spent 9 of its queries there, every page as many.

``PageRouteMiddleware`` does the same walk on rows it reads at once, just before Wagtail's
``serve`` view runs: one query for the site (Wagtail's own, kept on the request), one for the
pages the path names (by their URL paths under the site root), the pages above the site root and
whether each has a view restriction, one for the page found (specific). It hands Wagtail the
result where Wagtail keeps its own (``request._wagtail_route_for_request``), so the view, its
hooks and the page are Wagtail's; only the lookup is different. When the path's pages carry no
view restriction, the page found answers ``get_view_restrictions()`` with no query.

Anything the walk does not know how to prove — a page type with its own ``route()``, a site root
without a translation in the visitor's language, or one not yet seen by this process (the first
request in each other language learns where it is) — leaves the request to Wagtail's own
routing, unchanged. An alias on the way keeps Wagtail's check of view restrictions.
``tests/portal/test_page_route.py`` checks both routes give the same page, arguments and
restrictions, for every address of the demo site in both languages and their 404s.

A stopgap: branch i12-queries routes in one query (``core/routing.py``, its own view on
Wagtail's pattern, the site from the cache). Where that is merged, this module, its line in
``MIDDLEWARE`` and its test go (its middleware only acts on Wagtail's own ``serve`` view).
"""

from __future__ import annotations

import contextlib

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.http import Http404, HttpRequest
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult

STEP = Page.steplen

_PLAIN_ROUTE = Page.route
_ROUTABLE_ROUTE = RoutablePageMixin.route


class _Unsure(Exception):
    """The walk cannot prove Wagtail would route the same: let Wagtail route."""


def _no_restrictions():
    return PageViewRestriction.objects.none()


def _active_language() -> str:
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        raise _Unsure from None


# The site root's translation in each language, as (pk, path, url_path), learnt from the rows
# of earlier requests: only a hint, checked against the same query's rows every time.
_localized_roots: dict[tuple[int, str], tuple[int, str, str]] = {}


def route(request: HttpRequest, path: str) -> RouteResult | None:
    """Wagtail's ``Page.route_for_request(request, path)``, in at most three queries.

    Returns the route (``None`` for a 404, as Wagtail does); raises ``_Unsure`` when only
    Wagtail's own walk can tell.
    """
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    components = [component for component in path.split("/") if component]
    language = _active_language() if getattr(settings, "WAGTAIL_I18N_ENABLED", False) else ""
    above = root.path[:-STEP]
    hint = _localized_roots.get((root.pk, language))
    bases = [(root.path, root.url_path), *([hint[1:]] if hint else [])]
    wanted = Q(path__in=[above[:end] for end in range(STEP, len(above) + 1, STEP)])
    wanted |= Q(translation_key=root.translation_key, depth=root.depth, path__startswith=above)
    for tree_path, url_path in bases:
        # The pages the path names below this root, by their URL paths (one per component).
        urls = [
            url_path + "".join(f"{c}/" for c in components[:end])
            for end in range(1, len(components) + 1)
        ]
        wanted |= Q(path__startswith=tree_path, url_path__in=urls)
    rows = list(
        Page.objects.filter(wanted)
        .select_related("locale")
        .annotate(restricted=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk"))))
        .order_by("path")
    )
    by_path = {row.path: row for row in rows}
    node = by_path.get(root.path)
    if node is None:
        raise _Unsure
    if language and node.locale.language_code != language:
        # ``root.localized``: its live translation in the visitor's language, else itself.
        translated = [
            row
            for row in rows
            if row.depth == root.depth
            and row.translation_key == root.translation_key
            and row.locale.language_code == language
        ]
        if not translated:
            raise _Unsure  # no translation, or a language without a locale: Wagtail decides
        found = (translated[0].pk, translated[0].path, translated[0].url_path)
        if hint != found:  # first seen in this process, or moved: learn it, let Wagtail route
            _localized_roots[root.pk, language] = found
            raise _Unsure
        if translated[0].live:
            node = translated[0]
    chain = [by_path.get(above[:end]) for end in range(STEP, len(above) + 1, STEP)]
    if None in chain:
        raise _Unsure
    remaining = components
    while True:
        model = node.specific_class
        if model is None:
            raise _Unsure
        chain.append(node)
        if model.route is _ROUTABLE_ROUTE:
            if node.live:
                subpath = "/" + "".join(f"{component}/" for component in remaining)
                try:
                    model.get_resolver().resolve(subpath)
                except Http404:  # not one of its routes (Resolver404)
                    pass
                else:
                    page = _specific(node, chain)
                    match = page.resolve_subpage(subpath)
                    request.routable_resolver_match = match
                    view, args, kwargs = match
                    return RouteResult(page, args=(view, args, kwargs))
        elif model.route is not _PLAIN_ROUTE:
            raise _Unsure  # a route of its own
        if not remaining:
            return RouteResult(_specific(node, chain)) if node.live else None
        child = by_path_child(rows, node, remaining[0])
        if child is None:
            return None  # no such page: Wagtail's route raises Http404
        node, remaining = child, remaining[1:]


def by_path_child(rows: list[Page], parent: Page, slug: str) -> Page | None:
    for row in rows:
        if row.depth == parent.depth + 1 and row.slug == slug and row.path.startswith(parent.path):
            return row
    return None


def _specific(node: Page, chain: list[Page]) -> Page:
    page = node.specific
    if not any(row.restricted or row.alias_of_id for row in chain):
        # Nothing above it or on it restricts who may see it (no alias to ask about either):
        # Wagtail's check, and any other, reads that without a query.
        page.get_view_restrictions = _no_restrictions
    return page


class PageRouteMiddleware:
    """Routes the requests Wagtail's ``serve`` view is about to route (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_args[0] if view_args else view_kwargs.get("path", "")
        with contextlib.suppress(_Unsure):  # Wagtail's own routing then
            request._wagtail_route_for_request = route(request, path)
        return None
