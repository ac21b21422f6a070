"""A topic's list says which lesson has a video and how long; the lesson leads to it from the top."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtailmedia.models import get_media_model

from lessons.models import LessonPage, TopicPage

pytestmark = pytest.mark.django_db

VIDEO_LESSON = "kich-hoat-tai-khoan-vneid"


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_topic_list_marks_the_lesson_with_a_video_and_its_length(client):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    html = html_of(client, topic.url)
    items = re.findall(r"<li>\s*<a href=\"([^\"]+)\".*?</li>", html, flags=re.S)
    marks = {
        href: "Có video" in chunk
        for href, chunk in zip(
            items, re.findall(r"<li>\s*<a href=.*?</li>", html, flags=re.S), strict=True
        )
    }
    video_url = LessonPage.objects.get(slug=VIDEO_LESSON, locale__language_code="vi").url
    assert marks[video_url], marks
    assert sum(marks.values()) == 1, marks
    assert "Có video 0:20" in html


def test_a_lesson_with_a_video_links_to_it_from_the_top(client):
    lesson = LessonPage.objects.get(slug=VIDEO_LESSON, locale__language_code="vi")
    html = html_of(client, lesson.url)
    link = re.search(r'<a href="#(video-[^"]+)">.*?Xem video \(0:20\)</a>', html)
    assert link, "no “Xem video” link"
    anchor = link.group(1)
    assert f'<section class="video" id="{anchor}">' in html
    assert html.index(link.group(0)) < html.index('class="step"')


def test_every_lesson_offers_its_handout_from_the_top(client, lesson):
    html = html_of(client, lesson.url)
    print_url = lesson.url + lesson.reverse_subpage("print")
    top = html.index(f'<a href="{print_url}">In tờ hướng dẫn</a>')
    assert top < html.index('class="step"')
    assert "Xem video" not in html  # this lesson has none


def test_cards_mark_videos_too(client, lesson):
    """The related lessons under a lesson are cards; the VNeID log-in lesson's include the video one."""
    html = html_of(client, lesson.url)
    cards = re.findall(r'<li class="card">.*?</li>', html, flags=re.S)
    video_cards = [card for card in cards if VIDEO_LESSON in card]
    assert video_cards and all("Có video 0:20" in card for card in video_cards), cards


def add_video_lesson(topic: TopicPage, slug: str) -> LessonPage:
    image = get_image_model().objects.order_by("pk").first()
    media = get_media_model().objects.filter(type="video").first()
    body = [
        {
            "type": "step",
            "value": {
                "title": "Bước",
                "image": image.pk,
                "alt": "Hình",
                "text": "Chạm.",
                "tip": "",
            },
        },
        {
            "type": "video",
            "value": {
                "title": "Video thử",
                "video": media.pk,
                "poster": image.pk,
                "captions": None,
                "captions_language": "vi",
                "transcript": "",
            },
        },
    ]
    page = LessonPage(title=f"Bài có video {slug}", slug=slug, summary="Thử.", body=body)
    topic.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_video_marks_cost_no_query_per_lesson(client):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")

    def count() -> int:
        assert client.get(topic.url).status_code == 200
        with CaptureQueriesContext(connection) as captured:
            html = html_of(client, topic.url)
        return len(captured.captured_queries), html.count("Có video 0:20")

    before, marks = count()
    for n in range(3):
        add_video_lesson(topic, f"bai-co-video-{n}")
    after, more_marks = count()
    assert (after, more_marks) == (before, marks + 3)
