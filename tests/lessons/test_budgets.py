"""Deterministic budgets from DESIGN.md: bytes, query counts, no requests to other hosts.

Query budgets (issue 12) are for a page rendered, not served from the page cache: a lesson,
a topic and the home page at most 6 queries each, whatever their number of steps or lessons.
"""

import gzip
import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest
from django.contrib.staticfiles import finders
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.models import Locale

from lessons.models import LessonPage, TopicPage

pytestmark = pytest.mark.django_db

PAGE_BUDGET = 30 * 1024  # HTML + CSS + JS, gzip, first visit
LESSON_QUERIES = TOPIC_QUERIES = HOME_QUERIES = 6  # rendered, not from the page cache


class Resources(HTMLParser):
    """Every URL the browser would fetch by itself (links to click are not requests)."""

    ATTRS = {
        "link": ("href",),
        "script": ("src",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "video": ("src", "poster"),
        "audio": ("src",),
        "track": ("src",),
        "iframe": ("src",),
        "embed": ("src",),
        "object": ("data",),
        "form": ("action",),
    }

    def __init__(self):
        super().__init__()
        self.urls, self.stylesheets, self.scripts = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in self.ATTRS.get(tag, ()):
            value = attrs.get(name) or ""
            urls = (
                [part.strip().split(" ")[0] for part in value.split(",")]
                if "srcset" in name
                else [value]
            )
            self.urls.extend(url for url in urls if url)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        if tag == "script" and attrs.get("src"):
            self.scripts.append(attrs["src"])
        if "style" in attrs:
            self.urls.extend(re.findall(r"url\(([^)]+)\)", attrs["style"]))


def parse(html: str) -> Resources:
    parser = Resources()
    parser.feed(html)
    return parser


def static_gzip_size(url: str) -> int:
    path = finders.find(url.removeprefix("/static/"))
    assert path, f"{url} is not a static file"
    with open(path, "rb") as handle:
        return len(gzip.compress(handle.read(), compresslevel=6))


def page_weight(client, url: str) -> tuple[int, Resources]:
    response = client.get(url)
    assert response.status_code == 200
    html = response.content
    resources = parse(html.decode())
    assets = sum(static_gzip_size(u) for u in resources.stylesheets + resources.scripts)
    return len(gzip.compress(html, compresslevel=6)) + assets, resources


def test_every_lesson_page_fits_the_weight_budget(client):
    weights = {}
    for lesson in LessonPage.objects.live():
        weights[lesson.url], _resources = page_weight(client, lesson.url)
    heaviest = max(weights, key=weights.get)
    assert weights[heaviest] <= PAGE_BUDGET, f"{heaviest}: {weights[heaviest]} bytes"


def print_url(page) -> str:
    return page.url + page.reverse_subpage("print")


def test_the_quiz_page_fits_the_weight_budget(client, quiz):
    weight, resources = page_weight(client, quiz.url)
    # Scripts only enhance (offline): our own, deferred, none needed to answer.
    assert all(url.startswith("/static/js/") for url in resources.scripts)
    assert weight <= PAGE_BUDGET, f"{quiz.url}: {weight} bytes"


def test_no_page_loads_anything_from_another_host(client, home, lesson, quiz):
    topic = lesson.get_parent().specific
    english_home = home.get_translation(Locale.objects.get(language_code="en")).url
    urls = [
        home.url,
        topic.url,
        lesson.url,
        print_url(lesson),
        print_url(topic),
        quiz.url,
        reverse("search") + "?q=lua+dao",
        english_home,
        "/khong-co/",  # no such page: the 404
        LessonPage.objects.get(slug="kich-hoat-tai-khoan-vneid", locale__language_code="vi").url,
    ]
    for url in urls:
        response = client.get(url)
        resources = parse(response.content.decode())
        assert resources.urls, url
        foreign = [u for u in resources.urls if urlparse(u).netloc or u.startswith("//")]
        assert not foreign, f"{url} loads {foreign}"
    assert "Content-Security-Policy" in client.get(lesson.url).headers


def make_lesson(topic: TopicPage, steps: int, images, slug: str = "") -> LessonPage:
    body = [
        {
            "type": "step",
            "value": {
                "title": f"Bước thử {n}",
                "image": images[n % len(images)].pk,
                "alt": f"Hình bước {n}",
                "text": "Chạm vào nút.",
                "tip": "Mẹo nhỏ." if n % 2 else "",
            },
        }
        for n in range(steps)
    ]
    body.insert(
        1,
        {"type": "callout", "value": {"kind": "danger", "title": "OTP", "text": "Không đưa OTP."}},
    )
    page = LessonPage(
        title=f"Bài thử {steps} bước", slug=slug or f"bai-thu-{steps}", summary="Thử.", body=body
    )
    topic.add_child(instance=page)
    page.skills.set(list(lesson_skills()))
    page.save_revision().publish()
    return page


def lesson_skills():
    from skills.models import Skill

    return Skill.objects.filter(locale__language_code="vi", code__in=["2.6", "4.2"])


def queries_for(client, url: str) -> int:
    assert client.get(url).status_code == 200  # first view makes the renditions
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@override_settings(PAGE_CACHE_ENABLED=False)
def test_lesson_query_count_does_not_grow_with_steps(client):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    images = list(get_image_model().objects.order_by("pk")[:12])
    assert len(images) == 12
    small = make_lesson(topic, 3, images)
    large = make_lesson(topic, 12, images)
    small_count, large_count = queries_for(client, small.url), queries_for(client, large.url)
    assert small_count == large_count, (small_count, large_count)
    assert small_count <= LESSON_QUERIES


@override_settings(PAGE_CACHE_ENABLED=False)
def test_every_demo_lesson_and_topic_keeps_to_its_query_budget_in_both_languages(client):
    """Videos, figures, chosen related lessons, a quiz beside: still within the budget."""
    for page in [*LessonPage.objects.live(), *TopicPage.objects.live()]:
        budget = LESSON_QUERIES if isinstance(page, LessonPage) else TOPIC_QUERIES
        count = queries_for(client, page.url)
        assert count <= budget, f"{page.url}: {count} queries"


@override_settings(PAGE_CACHE_ENABLED=False)
def test_topic_and_home_query_counts_do_not_grow_with_lessons(client, home):
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    images = list(get_image_model().objects.order_by("pk")[:3])
    before_topic, before_home = queries_for(client, topic.url), queries_for(client, home.url)
    assert before_topic <= TOPIC_QUERIES and before_home <= HOME_QUERIES
    for n in range(3):
        make_lesson(topic, 3, images, slug=f"bai-them-{n}")
    assert queries_for(client, topic.url) == before_topic
    assert queries_for(client, home.url) == before_home
    english_home = home.get_translation(Locale.objects.get(language_code="en"))
    assert queries_for(client, english_home.url) <= HOME_QUERIES


def test_step_pictures_served_to_phones_are_small(client, lesson):
    html = client.get(lesson.url).content.decode()
    pictures = re.findall(r'srcset="([^"]+)"', html)
    assert pictures
    for srcset in pictures:
        for candidate in srcset.split(","):
            url = candidate.strip().split(" ")[0]
            response = client.get(url)
            size = (
                len(b"".join(response.streaming_content))
                if response.streaming
                else len(response.content)
            )
            assert size <= 60 * 1024, f"{url}: {size} bytes"
