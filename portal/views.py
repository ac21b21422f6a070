"""Site-wide views: search and the error pages."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import prefetch_related_objects
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from lessons.models import CARD_IMAGE_SPECS, LessonPage, TopicPage, prefetch_renditions
from lessons.text import MAX_QUERY_LENGTH, rank, search_terms

RESULTS_PER_PAGE = 10


def search_pages(query: str):
    """Live lessons and topics of the active locale matching every word, accents or not."""
    terms = search_terms(query)
    if not terms:
        return []
    pages = (
        Page.objects.live().public().type(LessonPage, TopicPage).filter(locale=Locale.get_active())
    )
    matches = pages.search(" ".join(terms), operator="and", order_by_relevance=False)
    ids = [page.pk for page in matches]
    if not ids:
        # Let a half-typed last word still find something (“dang nhap vne”).
        ids = [page.pk for page in pages.autocomplete(" ".join(terms), operator="and")]
    # The backends rank differently (BM25 on SQLite, ts_rank on PostgreSQL); our own ranking
    # keeps the results and their order the same on both.
    results = sorted(Page.objects.filter(pk__in=ids).specific(), key=lambda page: page.path)
    results.sort(
        key=lambda page: (
            rank(terms, page.title, page.search_summary(), page.search_body()),
            page.depth,  # a lesson before its topic when both match as well
        ),
        reverse=True,
    )
    return results


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    too_long = len(query) > MAX_QUERY_LENGTH
    results = search_pages(query) if query else []
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("trang", 1))
    except (PageNotAnInteger, EmptyPage):
        page_obj = paginator.page(1)
    specific = list(page_obj.object_list)
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
        },
    )


def page_not_found(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "404.html", status=404)


def problem(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    return render(request, "problem.html", {"title": title, "message": message}, status=status)


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


def server_error(request: HttpRequest) -> HttpResponse:
    # No context processors here: the database may be what failed.
    return HttpResponse(loader.get_template("500.html").render(), status=500)
