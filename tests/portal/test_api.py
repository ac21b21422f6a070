"""The read-only Wagtail API."""

import pytest

pytestmark = pytest.mark.django_db


def test_pages_endpoint_lists_lessons_with_fields(client):
    response = client.get(
        "/api/v2/pages/",
        {"type": "lessons.LessonPage", "fields": "summary,duration_minutes", "limit": 50},
    )
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] >= 20
    first = data["items"][0]
    assert first["summary"] and first["duration_minutes"] > 0


def test_pages_endpoint_filters_by_locale_and_shows_detail(client, lesson):
    data = client.get("/api/v2/pages/", {"locale": "en", "type": "lessons.LessonPage"}).json()
    assert data["meta"]["total_count"] >= 6
    detail = client.get(f"/api/v2/pages/{lesson.pk}/").json()
    assert detail["title"] == lesson.title
    assert any(block["type"] == "step" for block in detail["body"])


def test_images_endpoint(client):
    data = client.get("/api/v2/images/").json()
    assert data["meta"]["total_count"] > 50


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_api_is_read_only(client, lesson, method):
    response = getattr(client, method)(
        f"/api/v2/pages/{lesson.pk}/", data={}, content_type="application/json"
    )
    assert response.status_code == 405
    assert client.get(f"/api/v2/pages/{lesson.pk}/").json()["title"] == lesson.title


def test_drafts_are_not_in_the_api(client, lesson):
    lesson.unpublish()
    assert client.get(f"/api/v2/pages/{lesson.pk}/").status_code == 404
