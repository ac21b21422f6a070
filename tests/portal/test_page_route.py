"""``core.page_route`` finds the same page as Wagtail's own walk, in at most three queries.

On the demo content (both languages): every page of the site, each page's own routes (a
quiz's ``nop-bai/``, a lesson's ``in/``), addresses that name nothing, a page made a draft, and
a topic behind a password (its pages keep their view restrictions).
"""

import pytest
from django.db import connection
from django.http import Http404
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page, PageViewRestriction, Site

from core import page_route as routing
from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage

pytestmark = pytest.mark.django_db


def wagtail_route(path: str):
    request = RequestFactory().get("/" + path)
    site = Site.find_for_request(request)
    try:
        return site.root_page.localized.specific.route(request, [c for c in path.split("/") if c])
    except Http404:
        return None


UNSURE = "left to Wagtail"


def fast_route(path: str):
    request = RequestFactory().get("/" + path)
    with CaptureQueriesContext(connection) as captured:
        try:
            found = routing.route(request, path)
        except routing._Unsure:
            found = UNSURE
    return found, len(captured.captured_queries)


def described(found) -> tuple | None:
    """What a route names: the page, its type, the view and arguments, the restrictions."""
    if found is None:
        return None
    page, args, kwargs = found
    view = (args[0].__name__, tuple(args[1]), tuple(sorted(args[2].items()))) if args else None
    restrictions = sorted(r.pk for r in page.get_view_restrictions())
    return (page.pk, type(page).__name__, view, kwargs, restrictions)


def paths(language: str) -> list[str]:
    """Every page of the site in ``language`` (relative to its root), its routes, and misses."""
    site = Site.objects.get(is_default_site=True)
    with translation.override(language):
        root = site.root_page.localized
    found = []
    for page in Page.objects.descendant_of(root, inclusive=True).specific():
        path = page.url_path[len(root.url_path) :]
        found.append(path)
        if isinstance(page, QuizPage):
            found += [path + "nop-bai/", path + "nop-bai/khong-co/"]
        if isinstance(page, LessonPage):
            found += [path + "in/"]
        found.append(path + "khong-co-trang-nay/")
    return found + ["khong-co/", "khong-co/ca/hai/"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_address_routes_to_the_same_page_as_wagtail(home, language):
    checked = 0
    routing._localized_roots.clear()
    with translation.override(language):
        for number, path in enumerate(paths(language)):
            fast, queries = fast_route(path)
            if fast == UNSURE:  # the first request in English learns where its root is
                assert (language, number) == ("en", 0), path
                continue
            assert described(fast) == described(wagtail_route(path)), path
            assert queries <= 3, (path, queries)
            checked += fast is not None
    assert checked > 30  # the demo: 40 lessons in Vietnamese, fewer in English


def test_a_draft_page_and_a_restricted_topic_route_as_with_wagtail(home):
    topic = TopicPage.objects.live().filter(locale__language_code="vi").first()
    lesson = LessonPage.objects.child_of(topic).live().first()
    quiz = QuizPage.objects.child_of(topic).live().first()
    root_url = Site.objects.get(is_default_site=True).root_page.url_path
    lesson_path = lesson.url_path[len(root_url) :]
    quiz_path = quiz.url_path[len(root_url) :] + "nop-bai/"
    PageViewRestriction.objects.create(
        page=topic, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    lesson.unpublish()
    for path in (lesson_path, quiz_path, lesson_path + "in/"):
        fast, _queries = fast_route(path)
        assert described(fast) == described(wagtail_route(path)), path
    assert fast_route(lesson_path)[0] is None  # a draft: not found
    assert described(fast_route(quiz_path)[0])[-1]  # the password still applies


def test_the_middleware_hands_wagtail_the_route(client, quiz):
    response = client.get(quiz.url)
    assert response.status_code == 200
    page = response.wsgi_request._wagtail_route_for_request.page
    assert page.pk == quiz.pk
    # Routed here (Wagtail's own walk leaves the method as it is): restrictions known already.
    assert "get_view_restrictions" in vars(page)
    with CaptureQueriesContext(connection) as captured:
        assert not page.get_view_restrictions()
    assert not captured.captured_queries
