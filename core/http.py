"""Request helpers every app may use."""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from functools import cache, wraps

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

from .errors import explain


@cache
def _networks(trusted: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(item, strict=False) for item in trusted)


def _is_trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request: HttpRequest) -> str:
    """The address of the phone or PC that sent the request.

    ``X-Forwarded-For`` is believed only when the connection comes from a configured proxy
    (``TRUSTED_PROXIES``), and then only from its right end: each trusted proxy appends the
    address it saw, so the first address from the right that is not a trusted proxy is the
    client. Anything further left was written by the client and may be made up.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not _is_trusted(remote):
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([hop for hop in hops if hop]):
        if not _is_trusted(hop):
            return hop[:64]
    return remote


def may_view(request: HttpRequest, page) -> bool:
    """Whether this visitor may open a page: live, and every view restriction on it (its own
    and its ancestors') accepts the request (a password given, a group, a login)."""
    return page.live and all(
        restriction.accept_request(request) for restriction in page.get_view_restrictions()
    )


def personal(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A page about one person: ``private, no-store`` on every answer, a 404 included, so
    neither a shared phone's browser nor a proxy keeps it."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        try:
            response = view(request, *args, **kwargs)
        except Http404:
            response = explain(request, 404)
        add_never_cache_headers(response)
        return response

    return wrapped


def is_restricted(page) -> bool:
    """Whether a view restriction applies to ``page`` (its own or a page's above it); asked
    of the database once per page object."""
    if not hasattr(page, "_restricted"):
        page._restricted = page.get_view_restrictions().exists()
    return page._restricted


class PrivateWhenRestrictedMixin:
    """A page behind a password, a group or a login answers ``private``: a phone's offline
    copy (the service worker keeps public answers only) or a proxy never keeps it for the
    next person."""

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)
        if is_restricted(self):
            patch_cache_control(response, private=True)
        return response
