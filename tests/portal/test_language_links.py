"""The language switch on a page that is not translated: it leads to the nearest translated
page above it and says so, in the language the reader is looking for."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from home.models import HomePage
from lessons.models import LessonPage, TopicPage
from tests.lessons.factories import LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.fixture
def vneid(english):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    return topic, topic.get_translation(english)


def queries_for(client, url: str) -> int:
    client.get(url)  # warm the caches a second visitor would find warm
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_a_lesson_not_in_english_leads_to_the_english_topic_and_says_so(client, vneid):
    topic, english_topic = vneid
    lesson = LessonPageFactory(parent=topic, slug="bai-moi-chua-dich", title="Bài mới chưa dịch")
    html = client.get(lesson.url).content.decode()
    assert f'<a href="{english_topic.url}" hreflang="en" lang="en">English</a>' in html
    note = f"This lesson is not yet in English — go to the English topic “{english_topic.title}”."
    assert f'<p class="language-note" lang="en"><a href="{english_topic.url}"' in html
    assert note in html
    # hreflang names only the same page in another language, never the page above it.
    assert '<link rel="alternate" hreflang="en"' not in html
    assert '<link rel="alternate" hreflang="vi"' in html


def test_a_topic_not_in_english_leads_to_the_english_home(client, english):
    topic = TopicPage.objects.get(slug="dien-thoai-thong-minh", locale__language_code="vi")
    assert not topic.has_translation(english)
    home = HomePage.objects.get(locale=english)
    html = client.get(topic.url).content.decode()
    assert f'<a href="{home.url}" hreflang="en" lang="en">English</a>' in html
    assert f"This topic is not yet in English — go to the English home page “{home.title}”." in html


def test_an_english_page_not_in_vietnamese_says_so_in_vietnamese(client, vneid):
    topic, english_topic = vneid
    lesson = LessonPageFactory(parent=english_topic, slug="english-only", title="English only")
    assert lesson.locale.language_code == "en"
    html = client.get(lesson.url).content.decode()
    assert f'<a href="{topic.url}" hreflang="vi" lang="vi">Tiếng Việt</a>' in html
    assert (
        f"Hiện chưa có bài học này bằng tiếng Việt — mời bạn xem chủ đề “{topic.title}” "
        "bằng tiếng Việt."
    ) in html


def test_a_translated_page_links_to_its_translation_without_a_note(client, vneid, english):
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    html = client.get(lesson.url).content.decode()
    assert f'href="{lesson.get_translation(english).url}" hreflang="en" lang="en"' in html
    assert "language-note" not in html


def test_the_way_to_the_nearest_translation_costs_no_query(client, vneid, english):
    """The same lesson before and after it is translated: the same number of queries."""
    topic, _english_topic = vneid
    lesson = LessonPageFactory(parent=topic, slug="bai-se-dich", title="Bài sẽ dịch")
    untranslated = queries_for(client, lesson.url)
    translation = lesson.copy_for_translation(english)
    translation.save_revision().publish()
    translated_html = client.get(lesson.url).content.decode()
    assert f'href="{translation.url}" hreflang="en"' in translated_html
    assert queries_for(client, lesson.url) == untranslated
