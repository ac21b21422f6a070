"""What nearly every page reads and nearly nobody changes, kept in Django's cache.

The site, the locales, the pages behind a view restriction and the translations of small
framework tables (skills, levels) are read from the ``default`` cache (local memory in
development and tests, Redis in production, so every app server sees the same copy) and
forgotten as soon as one of them is saved or deleted (``post_save``/``post_delete``, connected
in ``CoreConfig.ready``); facts about where live pages sit in the tree are kept until any page
is published, unpublished, moved or deleted (``from_tree``). Nothing here is a process-global that another server could leave
stale.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

SITES_KEY = "core:memo:sites"
LOCALES_KEY = "core:memo:locales"
RESTRICTIONS_KEY = "core:memo:restrictions"
TRANSLATIONS_KEY = "core:memo:translations:{}"
TREE_VERSION_KEY = "core:memo:tree"


def timeout() -> int:
    """How long a copy is kept. A change deletes it at once in the shared cache (Redis); a
    local-memory cache is one process's own, so a change made by another worker reaches it only
    when its copy times out: a minute there (``MEMO_TIMEOUT`` overrides both)."""
    if getattr(settings, "MEMO_TIMEOUT", None) is not None:
        return settings.MEMO_TIMEOUT
    local = settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    return 60 if local else 24 * 3600


def _remember(key: str, compute):
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, timeout())
    return found


# Sites --------------------------------------------------------------------------------------


def _sites() -> list[Site]:
    def compute():
        sites = list(Site.objects.all())
        for site in sites:  # the root page is read where needed, never kept stale here
            site._state.fields_cache.clear()
        return sites

    return _remember(SITES_KEY, compute)


def site_for_request(request) -> Site | None:
    """``Site.find_for_request`` without a query: Wagtail's own matching rules (hostname and
    port, then hostname on the default site, then the default site) over the cached sites.
    The answer is kept on the request where Wagtail looks for it."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = match_site(_sites(), hostname, request.get_port())
    return request._wagtail_site


def match_site(sites: list[Site], hostname: str, port) -> Site | None:
    """``wagtail.models.sites.get_site_for_hostname`` over a list instead of a query."""
    try:
        port = int(port)
    except (TypeError, ValueError):
        port = None

    def rank(site: Site) -> int:
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        if site.is_default_site:
            return 2
        return 3

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=rank
    )
    if not candidates:
        return None
    if len(candidates) == 1 or rank(candidates[0]) in (0, 1):
        return candidates[0]
    if rank(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


# Locales ------------------------------------------------------------------------------------


def _locales() -> dict[str, Locale]:
    return _remember(
        LOCALES_KEY, lambda: {locale.language_code: locale for locale in Locale.objects.all()}
    )


def locale_for(language_code: str) -> Locale:
    """``Locale.objects.get_for_language`` without a query (raises like it)."""
    code = get_supported_content_language_variant(language_code)
    try:
        return _locales()[code]
    except KeyError:
        raise Locale.DoesNotExist(code) from None


def active_locale() -> Locale:
    """``Locale.get_active()`` without a query."""
    try:
        return locale_for(translation.get_language())
    except (Locale.DoesNotExist, LookupError):
        return default_locale()


def default_locale() -> Locale:
    """``Locale.get_default()`` without a query."""
    return locale_for(settings.LANGUAGE_CODE)


def locale_by_id(locale_id: int) -> Locale | None:
    return next((loc for loc in _locales().values() if loc.pk == locale_id), None)


# View restrictions --------------------------------------------------------------------------


def restricted_pages() -> list[tuple[int, str, int]]:
    """``(page id, tree path, depth)`` of every page with a view restriction of its own."""
    return _remember(
        RESTRICTIONS_KEY,
        lambda: [
            (page_id, path, depth)
            for page_id, path, depth in PageViewRestriction.objects.values_list(
                "page_id", "page__path", "page__depth"
            ).order_by("page__path")
        ],
    )


def private_q() -> Q:
    """``PageQuerySet.private_q()`` without its query: pages in a restricted section."""
    q = Q()
    for _page_id, path, depth in restricted_pages():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def is_public_path(path: str) -> bool:
    """Whether a page at this tree path is outside every restricted section."""
    return not any(path.startswith(restricted) for _id, restricted, _depth in restricted_pages())


# Translations of small tables ---------------------------------------------------------------

_translated_models: set = set()


def cache_translations(*models) -> None:
    """Keep every row of these translatable models in the cache, by locale and translation key
    (for the small framework tables that every lesson shows: skills, levels)."""
    for model in models:
        _translated_models.add(model)
        post_save.connect(_forget_translations, sender=model, weak=False)
        post_delete.connect(_forget_translations, sender=model, weak=False)


def translations_cached(model) -> bool:
    return model in _translated_models


def translations_of(model) -> dict[int, dict]:
    """``{locale id: {translation key: object}}`` for a model given to ``cache_translations``."""

    def compute():
        table: dict[int, dict] = {}
        for obj in model._default_manager.all():
            table.setdefault(obj.locale_id, {})[obj.translation_key] = obj
        return table

    return _remember(TRANSLATIONS_KEY.format(model._meta.label_lower), compute)


def _forget_translations(sender, **kwargs) -> None:
    cache.delete(TRANSLATIONS_KEY.format(sender._meta.label_lower))


# Objects chosen in stream blocks (pictures, videos, documents) -------------------------------

OBJECT_KEY = "core:memo:object:{}:{}"
_object_models: set = set()


def _object_key(model, pk) -> str:
    return OBJECT_KEY.format(model._meta.label_lower, pk)


def cache_objects(*models) -> None:
    """Keep single rows of these models in the cache by id (``objects_by_id``), each forgotten
    when it is saved or deleted."""
    for model in models:
        _object_models.add(model)
        post_save.connect(_forget_object, sender=model, weak=False)
        post_delete.connect(_forget_object, sender=model, weak=False)


def objects_by_id(model, ids) -> dict:
    """``{id: object}`` for these ids: from the cache, the rest in one query (then kept)."""
    wanted = {int(pk) for pk in ids if pk is not None}
    if not wanted:
        return {}
    if model not in _object_models:
        return model._default_manager.in_bulk(wanted)
    keys = {_object_key(model, pk): pk for pk in wanted}
    found = {keys[key]: obj for key, obj in cache.get_many(list(keys)).items()}
    missing = wanted - found.keys()
    if missing:
        fetched = model._default_manager.in_bulk(missing)
        cache.set_many({_object_key(model, pk): obj for pk, obj in fetched.items()}, timeout())
        found.update(fetched)
    return found


def _forget_object(sender, instance, **kwargs) -> None:
    cache.delete(_object_key(sender, instance.pk))


# The page tree --------------------------------------------------------------------------------


def _tree_version() -> str:
    version = cache.get(TREE_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex[:12]
        cache.add(TREE_VERSION_KEY, version, None)
        version = cache.get(TREE_VERSION_KEY, version)
    return version


def from_tree(name: str, compute):
    """A fact read from the live page tree (which pages are where), kept until any page is
    published, unpublished, moved or deleted: all such copies are forgotten at once by moving
    one version number, read from the cache with the copy."""
    return _remember(tree_key(name), compute)


def tree_key(name: str) -> str:
    """The cache key of a fact about the live tree, at the tree's current version."""
    return f"core:memo:tree:{_tree_version()}:{name}"


def kept_on_tree(key: str):
    return cache.get(key)


def keep_on_tree(key: str, value) -> None:
    cache.set(key, value, timeout())


def _forget_tree(sender, **kwargs) -> None:
    instance = kwargs.get("instance")
    if instance is None or isinstance(instance, Page):
        cache.delete(TREE_VERSION_KEY)


# Forgetting ---------------------------------------------------------------------------------


def _forget(key: str):
    def receiver(sender, **kwargs) -> None:
        cache.delete(key)

    return receiver


_forget_sites = _forget(SITES_KEY)
_forget_locales = _forget(LOCALES_KEY)
_forget_restrictions = _forget(RESTRICTIONS_KEY)


def connect() -> None:
    """Forget a copy when what it copies changes (called from ``CoreConfig.ready``)."""
    for signal in (post_save, post_delete):
        signal.connect(_forget_sites, sender=Site, dispatch_uid="core.memo.sites")
        signal.connect(_forget_locales, sender=Locale, dispatch_uid="core.memo.locales")
        signal.connect(
            _forget_restrictions, sender=PageViewRestriction, dispatch_uid="core.memo.restr"
        )
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtailmedia.models import get_media_model

    cache_objects(get_image_model(), get_media_model(), get_document_model())
    # A restricted section that moves keeps its restriction under a new tree path.
    post_page_move.connect(_forget_restrictions, dispatch_uid="core.memo.restr.moved")
    page_published.connect(_forget_tree, dispatch_uid="core.memo.tree.published")
    page_unpublished.connect(_forget_tree, dispatch_uid="core.memo.tree.unpublished")
    post_page_move.connect(_forget_tree, dispatch_uid="core.memo.tree.moved")
    post_delete.connect(_forget_tree, dispatch_uid="core.memo.tree.deleted")
    # Any other write to a page's row (a draft saved, a field changed by code) too.
    post_save.connect(_forget_tree, dispatch_uid="core.memo.tree.saved")
