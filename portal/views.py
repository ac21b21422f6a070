"""Site-wide views: search, the health check and the error pages."""

import logging
import sys

from django.conf import settings
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import InterfaceError, OperationalError, connection
from django.db.models import prefetch_related_objects
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from django.views.static import serve
from wagtail.models import Page

from core.errors import problem_response, wants_json
from core.images import CARD_IMAGE_SPECS, prefetch_renditions
from core.search import MAX_QUERY_LENGTH
from lessons.models import LessonPage
from portal.search import SearchOutcome, find, specific_pages

RESULTS_PER_PAGE = 10


def search_pages(query: str) -> list[Page]:
    """Live lessons and topics of the active locale that answer ``query``, best first."""
    return specific_pages(find(query).page_ids)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    too_long = len(query) > MAX_QUERY_LENGTH
    outcome = find(query) if query else SearchOutcome(page_ids=[], suggestion="")
    paginator = Paginator(outcome.page_ids, RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("trang", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    specific = specific_pages(list(page_obj.object_list))
    prefetch_related_objects(
        [page for page in specific if isinstance(page, LessonPage)], "hero_image"
    )
    prefetch_renditions(
        [getattr(page, "hero_image", None) or getattr(page, "image", None) for page in specific],
        CARD_IMAGE_SPECS,
    )
    return render(
        request,
        "search/search.html",
        {
            "query": query[:MAX_QUERY_LENGTH],
            "too_long": too_long,
            "max_length": MAX_QUERY_LENGTH,
            "results": specific,
            "page_obj": page_obj,
            "paginator": paginator,
            "suggestion": outcome.suggestion,
        },
    )


logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = 30
HEALTH_KEY = "portal:healthz"


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """For the load balancer: “ok” when the database and the cache answer, else 503.

    No details: what failed goes to the log, not to whoever asks.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        cache.set(HEALTH_KEY, "1", timeout=5)
        healthy = cache.get(HEALTH_KEY) == "1"
    except Exception:  # noqa: BLE001 (any failure means "take me out of the pool")
        healthy = False
        logger.exception("Health check failed")
    if healthy:
        return HttpResponse("ok\n", content_type="text/plain")
    response = HttpResponse("unavailable\n", content_type="text/plain", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@require_safe
def serve_media(request: HttpRequest, path: str) -> HttpResponse:
    """Uploaded files, where no web server sits in front (dev, tests, the demo)."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError) as error:  # a name too long for the disk, and the like
        raise Http404 from error


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    if wants_json(request):
        return JsonResponse({"message": _("Not found.")}, status=404)
    return render(request, "404.html", status=404)


def problem(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    return problem_response(request, status, title, message)


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    return problem(
        request,
        400,
        _("The request could not be read"),
        _("What was sent was too large or damaged. Go back, check the form and send it again."),
    )


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return problem(
        request, 403, _("Not allowed"), _("You do not have permission to open this page.")
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return problem(
        request,
        403,
        _("The form has expired"),
        _(
            "For your safety the form could not be accepted. Go back with your browser's Back "
            "button: your answers are usually still there. Reload the page, then send it again."
        ),
    )


OUTAGES = (OperationalError, InterfaceError)


def server_error(request: HttpRequest) -> HttpResponse:
    """500, or 503 with Retry-After when the database cannot be reached (try again soon).

    No context processors here: the database may be what failed.
    """
    outage = isinstance(sys.exc_info()[1], OUTAGES)
    status = 503 if outage else 500
    if request is not None and wants_json(request):
        message = (
            _("The service is busy or under maintenance. Try again in a minute.")
            if outage
            else _("Something went wrong on our side. Try again in a few minutes.")
        )
        response = JsonResponse({"message": message}, status=status)
    else:
        template = "503.html" if outage else "500.html"
        response = HttpResponse(loader.get_template(template).render(), status=status)
    if outage:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
