"""Page routing in one query, or none.

Wagtail routes ``/a/b/c/`` by asking the database for the site, the active locale, the
localized home page and its specific page, then one child per path segment and the specific
page again. Here the site and the locale come from the cache (``core.memo``) and one query reads
every page whose URL path is a prefix of the request's, each as its specific model (the page
types' tables joined), together with the translations of those pages (for the language
links). Those rows, for a path that reached a page, are kept in the cache until any page is
written (``memo.tree_key``): a path routed before costs no query. Wagtail's rules are then applied to that chain in Python: a routable page answers the
rest of the path when one of its sub-URLs matches (``in/``, ``nop-bai/``), a missing or draft
page is a 404, the parent of each page is known without a query, and the view restrictions
that apply are read from the cached list of restricted pages.

Whatever does not fit that (a page type with its own ``route``, an alias in the chain, two
pages with the same URL path, a home page not live in the active language) is routed by
Wagtail itself, so the answer is always Wagtail's.
"""

from __future__ import annotations

import hashlib
from functools import cache

from django.db.models import Q
from django.http import Http404
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageManager, PageViewRestriction, Site, get_page_models
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult

from . import memo

# ``route`` answers this when Wagtail must route the request itself.
FALLBACK = object()


@cache
def _child_links() -> dict[type, str]:
    """Each page type directly under ``Page`` → the name that joins its table from ``Page``."""
    links = {}
    for model in get_page_models():
        link = model._meta.parents.get(Page)
        if link is not None and model is not Page:
            links[model] = link.remote_field.get_accessor_name()
    return links


def _select_related() -> list[str]:
    names = ["locale", "content_type"]
    for model, accessor in _child_links().items():
        names.append(accessor)
        names.extend(f"{accessor}__{name}" for name in getattr(model, "route_select_related", ()))
    return names


def _specific(row: Page):
    """The row as its own page type, from the joined tables (no query); ``None`` if unknown."""
    model = row.content_type.model_class()
    if model is Page:
        return row
    accessor = _child_links().get(model)
    if accessor is None:
        return None
    return getattr(row, accessor, None)


def _root_path(site: Site) -> str | None:
    """The URL path of the site's home page in the active language (Wagtail's cached list)."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return None
    for entry in Site.get_site_root_paths():
        if entry.site_id == site.pk and entry.language_code == language:
            return entry.root_path
    return None


def route(request, path: str):
    """A ``RouteResult``, ``None`` for a 404, or ``FALLBACK``."""
    site = memo.site_for_request(request)
    if site is None:
        return None
    root_path = _root_path(site)
    if root_path is None:
        return FALLBACK
    components = [component for component in path.split("/") if component]
    prefixes = [
        root_path + "".join(f"{c}/" for c in components[:n]) for n in range(len(components) + 1)
    ]
    ancestors = ["/", *prefixes]
    wanted = Q(url_path__in=ancestors)
    # A page shown also reads its translations (its language links); a form sent (a quiz's
    # answers) never shows them unless it comes back, which then asks for them itself.
    reads_translations = request.method in ("GET", "HEAD")
    if reads_translations:
        family = Page.objects.filter(url_path__in=ancestors).values("translation_key")
        wanted |= Q(translation_key__in=family)
    # The rows of a path that led to a page are kept until the tree changes (``memo``): a copy
    # costs far less than compiling and reading the query with every page type's table joined.
    key = memo.tree_key(_route_key(site, reads_translations, root_path + path))
    rows = memo.kept_on_tree(key)
    fresh = rows is None
    if fresh:
        rows = list(Page.objects.filter(wanted).select_related(*_select_related()).order_by("path"))
    by_url = {}
    for row in rows:
        if row.url_path in ancestors:
            if row.url_path in by_url:
                return FALLBACK
            by_url[row.url_path] = row
    chain = []
    for prefix in prefixes:
        row = by_url.get(prefix)
        if row is None:
            break
        if chain and (row.depth != chain[-1].depth + 1 or not row.path.startswith(chain[-1].path)):
            return FALLBACK
        chain.append(row)
    if not chain or not chain[0].live:
        # No home page here, or a draft one in this language: Wagtail falls back on the site's.
        return FALLBACK
    above = [row for row in rows if row.url_path == "/" and row.depth == 1]
    try:
        result = _walk(request, chain, components)
    except Http404:
        return None
    if result is FALLBACK:
        return result
    page = result.page
    depth = next(i for i, row in enumerate(chain) if row.pk == page.pk)
    lineage = above + chain[: depth + 1]
    if [row.depth for row in lineage] != list(range(1, len(lineage) + 1)):
        return result  # a home page deeper in the tree: its ancestors were not all read
    if not any(row.alias_of_id for row in lineage):
        page._restriction_page_ids = {row.pk for row in lineage}
    if reads_translations:
        keys = {row.translation_key for row in lineage}
        request._page_family = (page.pk, [row for row in rows if row.translation_key in keys])
    if fresh:
        memo.keep_on_tree(key, rows)  # only paths that reach a page: no 404 fills the cache
    return result


def _route_key(site: Site, reads_translations: bool, path: str) -> str:
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return f"route:{site.pk}:{int(reads_translations)}:{digest}"


def _walk(request, chain: list[Page], components: list[str]):
    """Wagtail's ``Page.route`` and ``RoutablePageMixin.route``, over the chain already read."""
    parent = None
    for depth, row in enumerate(chain):
        page = _specific(row)
        if page is None:
            return FALLBACK
        if parent is not None:
            page._cached_parent_obj = parent
        remaining = components[depth:]
        kind = type(page)
        if kind.route is RoutablePageMixin.route:
            if page.live:
                subpath = "/" + "".join(f"{c}/" for c in remaining)
                try:
                    kind.get_resolver().resolve(subpath)
                except Http404:
                    pass
                else:
                    return page.route(request, remaining)
        elif kind.route is not Page.route:
            return FALLBACK
        if not remaining:
            if page.live:
                return RouteResult(page)
            raise Http404
        if depth + 1 >= len(chain):
            raise Http404
        parent = page
    raise Http404


def serve(request, path):
    """Wagtail's ``serve`` view (its hooks, restriction checks and all), routed in one query."""
    from wagtail import views as wagtail_views  # loads the page model: not at import time

    if not hasattr(request, "_wagtail_route_for_request"):
        result = route(request, path)
        if result is not FALLBACK:
            request._wagtail_route_for_request = result
    return wagtail_views.serve(request, path)


def page_family(request, page) -> list[Page] | None:
    """The pages read while routing to ``page``: its ancestors, itself and their translations
    (as plain ``Page`` rows with locale and content type), or ``None`` if it was not routed here."""
    family = getattr(request, "_page_family", None)
    if family and family[0] == page.pk:
        return family[1]
    return None


class KnownRestrictionsMixin:
    """A page routed by ``route`` knows which pages above it might restrict it; when none of
    them has a view restriction (the cached list), checking costs no query."""

    def get_view_restrictions(self):
        ids = getattr(self, "_restriction_page_ids", None)
        if ids is None:
            return super().get_view_restrictions()
        found = getattr(self, "_view_restrictions", None)
        if found is None:
            restricted = {page_id for page_id, _path, _depth in memo.restricted_pages()}
            if ids & restricted:
                found = PageViewRestriction.objects.filter(page_id__in=ids)
                list(found)  # evaluated once: later checks reuse the rows
            else:
                found = PageViewRestriction.objects.none()
            self._view_restrictions = found
        return found


class KnownRestrictionsQuerySet(PageQuerySet):
    """``public()`` and ``not_public()`` from the cached list of restricted pages (Wagtail reads
    every restriction from the database each time)."""

    def private_q(self):
        return memo.private_q()


KnownRestrictionsPageManager = PageManager.from_queryset(KnownRestrictionsQuerySet)


def localized_root(request) -> Page:
    """``Site.find_for_request(request).root_page.localized`` in one query: the site's home
    page in the active language when that translation is live, else the site's own."""
    site = memo.site_for_request(request)
    locale = memo.active_locale()
    root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
    pages = list(
        Page.objects.filter(Q(pk=site.root_page_id) | Q(translation_key=root_key, locale=locale))
    )
    root = next(page for page in pages if page.pk == site.root_page_id)
    if root.locale_id == locale.pk:
        return root
    translated = next((page for page in pages if page.locale_id == locale.pk), None)
    return translated if translated is not None and translated.live else root
