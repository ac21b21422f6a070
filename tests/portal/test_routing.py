"""Pages routed in one query (core.routing) route exactly as Wagtail does, and what is kept in
the cache to do it (site, locales, restrictions, commune settings, chosen pictures) is forgotten
when it changes."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale, Page, PageViewRestriction, Site

from core import routing
from lessons.models import LessonPage, TopicPage
from portal.models import CommuneSettings
from quizzes.models import QuizPage

pytestmark = pytest.mark.django_db


def both_ways(path: str, language: str = "vi"):
    """(ours, Wagtail's) route results for one path, each on a fresh request."""
    with translation.override(language):
        ours = routing.route(RequestFactory().get("/" + path), path)
        theirs = Page.route_for_request(RequestFactory().get("/" + path), path)
    return ours, theirs


def same(ours, theirs) -> bool:
    if theirs is None or ours is None:
        return ours is theirs
    page, args, kwargs = ours
    their_page, their_args, their_kwargs = theirs
    if type(page) is not type(their_page) or page.pk != their_page.pk or kwargs != their_kwargs:
        return False
    if args and their_args:  # a routable page's view: (view, args, kwargs)
        return (args[0].__name__, *args[1:]) == (their_args[0].__name__, *their_args[1:])
    return list(args) == list(their_args)


def relative(page, language: str) -> str:
    root = next(
        entry.root_path for entry in Site.get_site_root_paths() if entry.language_code == language
    )
    return page.url_path[len(root) :]


def test_every_page_and_sub_url_routes_as_wagtail_routes_it():
    paths = [("", "vi"), ("", "en"), ("khong-co/", "vi"), ("vneid/khong-co/", "vi")]
    for page in [*TopicPage.objects.all(), *LessonPage.objects.all(), *QuizPage.objects.all()]:
        language = page.locale.language_code
        path = relative(page, language)
        paths += [(path, language), (path + "in/", language), (path + "nop-bai/", language)]
        paths += [(path + "khong-co/", language), (path, "en" if language == "vi" else "vi")]
    assert len(paths) > 150
    for _kept in (False, True):  # read from the database, then from the copy kept
        for path, language in paths:
            ours, theirs = both_ways(path, language)
            assert ours is not routing.FALLBACK, path
            assert same(ours, theirs), (path, language, ours and ours[0], theirs and theirs[0])


def test_a_draft_page_is_not_found_and_a_live_page_below_a_draft_is(lesson):
    topic = lesson.get_parent().specific
    topic.unpublish()
    path = relative(lesson, "vi")
    ours, theirs = both_ways(path)
    assert same(ours, theirs) and ours.page.pk == lesson.pk
    lesson.unpublish()
    assert both_ways(path) == (None, None)


def routed_queries(path: str, method: str = "get") -> tuple[object, int]:
    request = getattr(RequestFactory(), method)("/" + path)
    with translation.override("vi"), CaptureQueriesContext(connection) as queries:
        result = routing.route(request, path)
    return result, len(queries)


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_route_is_kept_until_a_page_is_published_unpublished_moved_or_saved(lesson, method):
    path = relative(lesson, "vi")
    routed_queries("")  # the site and the locales, kept for every page
    first, cold = routed_queries(path, method)
    again, warm = routed_queries(path, method)
    assert (cold, warm) == (1, 0) and again.page.pk == first.page.pk == lesson.pk
    assert again.page.title == lesson.title

    lesson.unpublish()
    assert routed_queries(path, method)[0] is None
    lesson.title = "Bài mới đặt lại tên"
    lesson.slug = "bai-moi-dat-lai-ten"
    lesson.save_revision().publish()
    assert routed_queries(path, method)[0] is None  # the old address is gone at once
    lesson.refresh_from_db()
    moved, _ = routed_queries(relative(lesson, "vi"), method)
    assert moved.page.pk == lesson.pk and moved.page.title == "Bài mới đặt lại tên"

    lesson.refresh_from_db()
    other_topic = TopicPage.objects.live().exclude(pk=lesson.get_parent().pk).first()
    lesson.move(other_topic, pos="last-child")
    lesson.refresh_from_db()
    assert routed_queries(path, method)[0] is None
    assert routed_queries(relative(lesson, "vi"), method)[0].page.pk == lesson.pk

    Page.objects.get(pk=lesson.pk).save()  # a write by code, without publishing
    assert routed_queries(relative(lesson, "vi"), method)[1] == 1


def test_a_path_that_reaches_no_page_is_not_kept(lesson):
    path = relative(lesson, "vi") + "khong-co/"
    routed_queries("")
    for _ in range(2):
        result, queries = routed_queries(path)
        assert result is None and queries == 1  # read each time: probing fills no cache


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_password_on_a_topic_protects_its_lessons_at_once_and_lifting_it_opens_them(
    client, lesson
):
    assert client.get(lesson.url).status_code == 200  # what is cached now says: no restriction
    topic = lesson.get_parent()
    restriction = PageViewRestriction.objects.create(
        page=topic, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200 and b'name="password"' in response.content
    assert lesson.title.encode() not in response.content
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]
    # Given the password, the lesson shows, marked private so no shared cache keeps it.
    form_action = f"/_util/authenticate_with_password/{restriction.pk}/{topic.pk}/"
    sent = client.post(form_action, {"password": "matkhau", "return_url": lesson.url})
    assert sent.status_code == 302
    opened = client.get(lesson.url)
    assert lesson.title.encode() in opened.content and "private" in opened["Cache-Control"]
    restriction.delete()
    assert b'name="password"' not in client.get(lesson.url).content


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_new_commune_name_shows_on_the_next_page(client, home):
    settings = CommuneSettings.for_site(Site.objects.get(is_default_site=True))
    assert settings.commune_name in client.get(home.url).content.decode()  # now in the cache
    settings.commune_name = "Xã Thử Nghiệm"
    settings.save()
    assert "Xã Thử Nghiệm" in client.get(home.url).content.decode()


@override_settings(PAGE_CACHE_ENABLED=False)
def test_a_new_site_for_this_host_is_routed_at_once(client, home):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    assert f"<h1>{home.title}</h1>" in client.get("/").content.decode()  # sites now cached
    other = Site.objects.create(hostname="testserver", port=80, root_page=topic)
    assert f"<h1>{topic.title}</h1>" in client.get("/").content.decode()
    other.delete()
    assert f"<h1>{home.title}</h1>" in client.get("/").content.decode()


def test_a_picture_is_read_from_the_cache_until_it_is_saved(lesson):
    from core.memo import objects_by_id

    image = next(block.value["image"] for block in lesson.body if block.block_type == "step")
    model = type(image)
    objects_by_id(model, [image.pk])
    with CaptureQueriesContext(connection) as captured:
        assert objects_by_id(model, [image.pk])[image.pk].title == image.title
    assert not captured.captured_queries
    model.objects.filter(pk=image.pk).update(title="Ảnh mới")  # no signal: the copy stays
    assert objects_by_id(model, [image.pk])[image.pk].title == image.title
    image.title = "Ảnh mới"
    image.save()
    assert objects_by_id(model, [image.pk])[image.pk].title == "Ảnh mới"


def test_the_english_home_uses_the_english_locale_without_a_query():
    from core import memo

    with translation.override("en"):
        memo.active_locale()
        with CaptureQueriesContext(connection) as captured:
            assert memo.active_locale() == Locale.objects.get(language_code="en")
            assert memo.default_locale().language_code == "vi"
    assert len(captured.captured_queries) == 1  # the comparison's own query only


@override_settings(PAGE_CACHE_ENABLED=False)
def test_an_alias_routes_as_wagtail_routes_it_and_keeps_its_sources_restriction(client, lesson):
    other = TopicPage.objects.get(slug="phong-chong-lua-dao", locale__language_code="vi")
    alias = lesson.create_alias(parent=other, update_slug="dang-nhap-vneid-ban-sao")
    path = relative(alias, "vi")
    ours, theirs = both_ways(path)
    assert same(ours, theirs) and ours.page.pk == alias.pk
    assert client.get(alias.url).status_code == 200
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    assert b'name="password"' in client.get(alias.url).content
