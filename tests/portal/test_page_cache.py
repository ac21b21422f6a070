"""The page cache (core/pagecache.py): anonymous visitors get kept pages, each with their own
personal lines; every change a visitor could see purges exactly the pages that show it."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction, Site

from core.pagecache import KEY_PREFIX
from home.models import HomePage
from learners.models import QuizAttempt
from lessons.models import LessonPage, TopicPage
from portal.models import CommuneSettings
from skills.models import Skill
from tests.learners.helpers import answers_for, make_profile, submit_url

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    yield
    cache.clear()


def kept(client, url: str):
    """GET ``url`` until it comes from the cache (the first render of all only starts the
    cache's generation); return the kept copy's answer."""
    for _attempt in range(6):
        response = client.get(url)
        assert response.status_code == 200, url
        if response["X-Page-Cache"] == "hit":
            return response
    raise AssertionError(f"{url} is never served from the cache")


def state(client, url: str) -> str:
    return client.get(url).get("X-Page-Cache", "none")


def text(response) -> str:
    return response.content.decode()


def vneid_topic() -> TopicPage:
    return TopicPage.objects.get(slug="vneid", locale__language_code="vi")


def other_topic() -> TopicPage:
    return TopicPage.objects.get(slug="phong-chong-lua-dao", locale__language_code="vi")


def publish_title(page, title: str):
    page = page.specific
    page.title = title
    page.save_revision().publish()
    return page


def test_a_kept_page_is_the_page_and_costs_no_query(client, lesson, home, quiz):
    for url in (home.url, lesson.get_parent().url, lesson.url, lesson.url + "in/", quiz.url):
        fresh = Client().get(url)
        copy = kept(client, url)
        assert copy["Content-Type"] == fresh["Content-Type"]
        with CaptureQueriesContext(connection) as queries:
            assert Client().get(url)["X-Page-Cache"] == "hit"
        # A phone with no session at all: nothing to read from the database.
        assert len(queries) == 0, [q["sql"] for q in queries.captured_queries]
    # The lesson as kept is the lesson as rendered, but for the CSRF token in its form.
    mask = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    fresh = mask.sub("", text(Client().get(lesson.url)))
    assert mask.sub("", text(kept(client, lesson.url))) == fresh


def test_no_personal_line_is_kept_and_markers_never_reach_the_phone(client, lesson):
    learner_phone = Client()
    make_profile(learner_phone, name="Trần Thị Bích")
    learner_phone.post(reverse("learners:complete_lesson", args=[lesson.pk]))
    assert "✓" in text(learner_phone.get(lesson.url))
    html = text(kept(learner_phone, lesson.url))
    assert "<!--hole:" not in html and "✓" in html
    for key in [k for k in cache._cache if KEY_PREFIX in k]:  # locmem: what is stored
        entry = cache.get(key.split(":", 2)[-1])
        for variant in entry["variants"]:
            assert "csrfmiddlewaretoken" not in variant
            assert "✓" not in variant and "Trần Thị Bích" not in variant


def test_two_learners_one_cache_each_see_their_own_lesson_state(lesson):
    first, second, visitor = Client(), Client(), Client()
    make_profile(first, name="Lê Văn Một", pin="1357")
    make_profile(second, name="Phạm Thị Hai", pin="2468")
    assert first.post(reverse("learners:complete_lesson", args=[lesson.pk])).status_code == 302
    kept(visitor, lesson.url)
    for _round in range(2):
        mine, theirs, nobody = (c.get(lesson.url) for c in (first, second, visitor))
        assert {r["X-Page-Cache"] for r in (mine, theirs, nobody)} == {"hit"}
        assert "✓" in text(mine)
        assert "✓" not in text(theirs) and "✓" not in text(nobody)
        assert reverse("learners:complete_lesson", args=[lesson.pk]) in text(theirs)
        # Each form carries its own phone's CSRF token.
        tokens = {
            re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text(r)).group(1)
            for r in (theirs, nobody)
        }
        assert len(tokens) == 2
    # A phone with no profile yet, served the kept page, completes the lesson from its form.
    form_phone = Client(enforce_csrf_checks=True)
    html = text(form_phone.get(lesson.url))
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    done = form_phone.post(
        reverse("learners:complete_lesson", args=[lesson.pk]), {"csrfmiddlewaretoken": token}
    )
    assert done.status_code == 302
    after = form_phone.get(lesson.url, follow=True)
    assert "✓" in text(after)
    assert "✓" not in text(visitor.get(lesson.url))


def test_a_message_shows_once_to_its_visitor_on_a_kept_page(client, lesson):
    kept(Client(), lesson.url)
    phone = Client()
    make_profile(phone)
    response = phone.post(reverse("learners:complete_lesson", args=[lesson.pk]), follow=True)
    messages = re.findall(r'class="message[^"]*">([^<]+)<', text(response))
    assert messages  # the redirect lands on the kept lesson with this phone's message
    again = phone.get(lesson.url)
    assert again["X-Page-Cache"] == "hit"
    assert not re.findall(r'class="message ', text(again))
    assert not re.findall(r'class="message ', text(Client().get(lesson.url)))


def test_each_visitor_of_a_kept_quiz_gets_a_token_of_their_own_and_can_submit(quiz):
    kept(Client(), quiz.url)
    before = QuizAttempt.objects.filter(quiz=quiz).count()
    phones = [Client(enforce_csrf_checks=True) for _ in range(3)]
    tokens = set()
    for phone in phones:
        response = phone.get(quiz.url)
        html = text(response)
        assert "private" in response["Cache-Control"]  # no shared cache keeps a token
        form_token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
        csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        tokens.add(form_token)
        answer = phone.post(
            submit_url(quiz),
            {"form_token": form_token, "csrfmiddlewaretoken": csrf, **answers_for(quiz)},
        )
        assert answer.status_code == 302, text(answer)[:500]
    assert len(tokens) == 3
    assert QuizAttempt.objects.filter(quiz=quiz).count() == before + 3


def test_publishing_a_lesson_purges_it_its_topic_and_home_not_another_topic(client, lesson, home):
    topic, unrelated = lesson.get_parent(), other_topic()
    neighbour = LessonPage.objects.child_of(unrelated).live().first()
    urls = [lesson.url, topic.url, home.url, unrelated.url, neighbour.url, lesson.url + "in/"]
    for url in urls:
        kept(client, url)
    publish_title(lesson, "Đăng nhập VNeID bằng mật khẩu (bản mới)")
    assert state(client, lesson.url) == "miss"
    assert "(bản mới)" in text(client.get(lesson.url))
    assert "(bản mới)" in text(client.get(topic.url))
    assert "(bản mới)" in text(client.get(lesson.url + "in/"))
    assert state(client, unrelated.url) == "hit"
    assert state(client, neighbour.url) == "hit"


def test_unpublishing_and_deleting_take_the_page_out_at_once(client, lesson):
    topic = lesson.get_parent()
    kept(client, lesson.url)
    kept(client, topic.url)
    title = lesson.title
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404
    assert title not in text(client.get(topic.url))
    other = LessonPage.objects.child_of(topic).live().exclude(pk=lesson.pk).first()
    kept(client, other.url)
    url = other.url
    other.delete()
    assert client.get(url).status_code == 404


def test_moving_a_lesson_purges_both_topics_and_its_old_address(client, lesson):
    old_topic, new_topic = lesson.get_parent(), other_topic()
    old_url = lesson.url
    for url in (old_url, old_topic.url, new_topic.url):
        kept(client, url)
    lesson.move(new_topic, pos="last-child")
    lesson.refresh_from_db()
    moved = client.get(old_url)  # Wagtail's automatic redirect, not the kept copy
    assert moved.status_code == 301 and moved["Location"].endswith(lesson.url)
    assert lesson.title not in text(client.get(old_topic.url))
    assert lesson.title in text(client.get(new_topic.url))
    assert client.get(lesson.url).status_code == 200


def test_a_restricted_page_is_never_served_from_the_cache(client, lesson):
    topic = lesson.get_parent()
    kept(client, lesson.url)
    kept(client, topic.url)
    PageViewRestriction.objects.create(
        page=lesson, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    response = client.get(lesson.url)
    assert response.status_code == 200 and response.get("X-Page-Cache") != "hit"
    assert "password" in text(response).lower() or "mật khẩu" in text(response).lower()
    assert lesson.title not in text(client.get(topic.url))
    assert client.get(lesson.url).get("X-Page-Cache") != "hit"


def test_the_communes_settings_purge_every_kept_page(client, lesson, home):
    for url in (lesson.url, home.url):
        kept(client, url)
    settings_row = CommuneSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.commune_name = "Xã Thử Nghiệm Mới"
    settings_row.save()
    for url in (lesson.url, home.url):
        assert "Xã Thử Nghiệm Mới" in text(client.get(url))


def test_a_skill_purges_the_pages_that_list_it_and_no_other(client, lesson):
    skill = lesson.skills.first()
    without = (
        LessonPage.objects.live()
        .filter(locale__language_code="vi")
        .exclude(skills__translation_key=skill.translation_key)
        .first()
    )
    for url in (lesson.url, without.url):
        kept(client, url)
    Skill.objects.filter(pk=skill.pk).update(name="Kỹ năng đổi tên")  # no signal: nothing yet
    assert state(client, lesson.url) == "hit"
    skill.refresh_from_db()
    skill.save()
    assert "Kỹ năng đổi tên" in text(client.get(lesson.url))
    assert state(client, without.url) == "hit"


def test_a_new_topic_appears_on_the_kept_home_page(client, home):
    kept(client, home.url)
    topic = TopicPage(title="Chủ đề mới toanh", slug="chu-de-moi-toanh", intro="Thử.")
    home.add_child(instance=topic)
    topic.save_revision().publish()
    assert "Chủ đề mới toanh" in text(client.get(home.url))


def test_staff_and_query_strings_never_use_the_cache(client, admin_client, lesson):
    kept(client, lesson.url)
    assert "X-Page-Cache" not in admin_client.get(lesson.url)
    assert "X-Page-Cache" not in client.get(lesson.url + "?x=1")


def test_a_page_changed_without_a_signal_is_not_purged_proving_the_tags_matter(client, lesson):
    # The self-test of the cache tests: a change no receiver sees stays unseen until purged.
    kept(client, lesson.url)
    Page.objects.filter(pk=lesson.pk).update(title="Không ai thấy")
    assert "Không ai thấy" not in text(client.get(lesson.url))
    HomePage.objects.first()  # nothing else changes anything
    lesson.refresh_from_db()
    lesson.save_revision().publish()
    assert "Không ai thấy" in text(client.get(lesson.url))


def test_a_picture_purges_the_pages_that_show_it_and_no_other(client, lesson):
    image = lesson.body_images()[0]
    without = next(
        page
        for page in LessonPage.objects.live().filter(locale__language_code="vi")
        if image.pk not in {i.pk for i in page.body_images()}
        and page.hero_image_id != image.pk
        and page.get_parent().pk != lesson.get_parent().pk
    )
    for url in (lesson.url, without.url):
        kept(client, url)
    image.title = "Hình đã thay"
    image.save()
    assert state(client, lesson.url) == "miss"
    assert state(client, without.url) == "hit"
