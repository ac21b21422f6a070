"""Facts with a date: every demo lesson names its sources and when it was last checked, and
shows them. (Which lessons must be checked again: ``test_recheck.py``.)"""

from __future__ import annotations

import pytest
from django.utils import timezone
from wagtail.models import Locale

from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def test_every_lesson_has_a_source_and_a_check_date():
    lessons = LessonPage.objects.all()
    assert lessons.count() >= 30
    for lesson in lessons:
        assert len(lesson.sources) >= 1, lesson.url_path
        for source in lesson.sources:
            assert source.value["title"] and source.value["publisher"], lesson.url_path
            assert source.value["url"].startswith("https://"), source.value["url"]
        assert lesson.last_checked is not None, lesson.url_path
        assert lesson.last_checked <= timezone.localdate()


def test_the_lesson_ends_with_its_sources_and_check_date(client, lesson):
    html = client.get(lesson.url).content.decode()
    assert '<h2 id="sources-heading">Nguồn</h2>' in html
    assert f'Kiểm tra lần cuối: <time datetime="{lesson.last_checked:%Y-%m-%d}">' in html
    for source in lesson.sources:
        assert f'href="{source.value["url"]}"' in html
        assert source.value["publisher"] in html
    english = lesson.get_translation(Locale.objects.get(language_code="en"))
    html = client.get(english.url).content.decode()
    assert ">Sources</h2>" in html and "Last checked:" in html
    assert english.last_checked == lesson.last_checked  # one check, both languages


def test_the_handout_names_the_sources_and_the_check_date(client, lesson):
    html = client.get(lesson.url + lesson.reverse_subpage("print")).content.decode()
    assert "Nguồn: " in html
    assert f"Kiểm tra lần cuối: {lesson.last_checked:%d/%m/%Y}" in html
    for source in lesson.sources:
        assert source.value["publisher"] in html
