"""Levels: plain words for citizens, the framework code for staff."""

from __future__ import annotations

import pytest

from skills.models import Level

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def basic():
    return Level.objects.get(code="CB1", locale__language_code="vi")


def test_a_citizen_reads_the_level_in_words(client, tree, basic):
    lesson = tree.lessons[0]
    lesson.level = basic
    lesson.save_revision().publish()
    for url in (lesson.url, tree.topic.url):
        html = client.get(url).content.decode()
        assert "Mức độ: Cơ bản" in html, url
        assert "CB1" not in html, url


def test_staff_still_see_the_code(admin_client, basic):
    assert str(basic) == "Cơ bản (CB1)"
    listing = admin_client.get("/admin/snippets/skills/level/").content.decode()
    assert "CB1" in listing
