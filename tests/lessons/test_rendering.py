"""What citizens see on each page kind."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from lessons.models import LessonPage, TopicPage

pytestmark = pytest.mark.django_db


def print_url(page) -> str:
    return page.url + page.reverse_subpage("print")


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en"))


def text(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_home_lists_topics_with_pictures_newest_lessons_and_search(client, home):
    html = text(client.get(home.url))
    assert '<html lang="vi">' in html
    topics = TopicPage.objects.child_of(home).live()
    assert topics.count() >= 8
    for topic in topics:
        assert f'href="{topic.url}"' in html
    assert html.count('class="card"') >= 8 + 6
    assert f'action="{reverse("search")}"' in html and 'name="q"' in html
    assert "Bài học mới" in html and "Chủ đề" in html
    assert re.search(r'srcset="/media/images/[^" ]+\.webp 320w, [^" ]+\.webp 640w"', html)


def test_topic_lists_its_lessons_in_order_with_duration_and_level(client):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    html = text(client.get(topic.url))
    lessons = list(LessonPage.objects.child_of(topic).live())
    positions = [html.index(lesson.title) for lesson in lessons]
    assert positions == sorted(positions), "lessons must appear in page-tree order"
    for lesson in lessons:
        assert f"{lesson.duration_minutes} phút" in html
    # Citizens read the level in words; its framework code is for staff.
    assert "Mức độ: Cơ bản" in html
    assert not re.search(r"\b(CB|TC|NC|CS)[12]\b", html)
    assert f'href="{print_url(topic)}"' in html


def test_lesson_shows_numbered_steps_pictures_callouts_skills_and_print_link(client, lesson):
    html = text(client.get(lesson.url))
    steps = [block for block in lesson.body if block.block_type == "step"]
    assert 3 <= len(steps) <= 7
    numbers = re.findall(r'<span class="step-number" aria-hidden="true">(\d+)</span>', html)
    assert numbers == [str(n) for n in range(1, len(steps) + 1)]
    for step in steps:
        assert f'alt="{step.value["alt"]}"' in html.replace("&quot;", '"')
    assert html.count("<img") >= len(steps)
    assert 'srcset="' in html and 'sizes="' in html and 'width="' in html and 'height="' in html
    assert 'loading="lazy"' in html
    assert 'class="callout callout-' in html
    assert "Kỹ năng bạn rèn luyện" in html and "Quản lý danh tính số" in html  # skill 2.6
    assert not re.search(r"2\.6\s*(</strong>)?\s*Quản lý", html)  # by name, without its code
    assert f'href="{print_url(lesson)}"' in html
    assert "Học tiếp" in html  # related lessons
    # Language switch to the English translation, and hreflang links.
    assert 'hreflang="en" lang="en"' in html and english(lesson).url in html
    assert '<link rel="alternate" hreflang="vi"' in html


def test_lesson_with_video_has_poster_captions_and_transcript(client):
    page = LessonPage.objects.get(slug="kich-hoat-tai-khoan-vneid", locale__language_code="vi")
    html = text(client.get(page.url))
    assert re.search(
        r'<video controls preload="none" playsinline poster="/media/[^"]+\.webp"', html
    )
    assert re.search(r'<source src="/media/media/[^"]+\.mp4"', html)
    assert re.search(r'<track kind="captions" src="/documents/\d+/[^"]+\.vtt" srclang="vi"', html)
    assert "Đọc lời trong video" in html


def test_english_lesson_is_served_under_en(client):
    page = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="en")
    assert page.url.startswith("/en/")
    html = text(client.get(page.url))
    assert '<html lang="en">' in html
    assert page.title in html and "Skills you practise" in html
    assert "Managing digital identity" in html  # the skills are shown in English too
    assert "Step 1:" in html


def test_lesson_print_view_is_a_handout(client, lesson):
    html = text(client.get(print_url(lesson)))
    assert "print.css" in html and "portal.css" not in html
    assert "<svg" in html and 'class="qr"' in html
    assert "0000 000 000" in html  # the commune hotline from the site settings
    assert html.count('class="print-step"') == lesson.step_count
    assert "Quét mã để mở bài học trên điện thoại" in html


def test_print_view_of_a_lesson_with_video_has_a_second_qr_code(client):
    page = LessonPage.objects.get(slug="kich-hoat-tai-khoan-vneid", locale__language_code="vi")
    html = text(client.get(print_url(page)))
    assert html.count('class="qr"') == 2
    assert "Quét mã để xem video" in html


def test_topic_print_view_has_every_lesson_one_sheet_each(client):
    topic = TopicPage.objects.get(slug="phong-chong-lua-dao", locale__language_code="vi")
    html = text(client.get(print_url(topic)))
    lessons = LessonPage.objects.child_of(topic).live()
    assert html.count('<article class="sheet">') == lessons.count() >= 2
    for lesson in lessons:
        assert lesson.title in html


def test_unknown_page_gives_a_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html and "Về trang chủ" in html
    assert 'name="q"' in html


def test_server_error_page_is_vietnamese_and_standalone(client):
    from portal.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Xin lỗi, trang đang gặp lỗi" in html and '<html lang="vi">' in html


def test_unpublished_lesson_is_not_served(client, lesson):
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404
    html = text(client.get(lesson.get_parent().url))
    assert lesson.title not in html


def test_interface_strings_follow_the_locale(client, home):
    with translation.override("vi"):
        assert Locale.get_active().language_code == "vi"
    assert "Tìm kiếm" in text(client.get(home.url))
    assert ">Search<" in text(client.get(english(home).url))
