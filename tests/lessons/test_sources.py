"""Facts with a date: every lesson names its sources and when it was last checked, and editors
see which lessons must be checked again."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.admin.panels import get_edit_handler
from wagtail.blocks import StreamBlockValidationError
from wagtail.models import Locale

from lessons.models import RECHECK_AFTER, LessonPage, recheck_reason

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
    html = client.get(f"{lesson.url}in/").content.decode()
    assert "Nguồn: " in html
    assert f"Kiểm tra lần cuối: {lesson.last_checked:%d/%m/%Y}" in html
    for source in lesson.sources:
        assert source.value["publisher"] in html


@pytest.mark.parametrize(
    ("checked_days_ago", "app_changed", "reason"),
    [
        (None, False, "Chưa kiểm tra lần nào"),
        (10, False, ""),
        (RECHECK_AFTER.days, False, ""),
        (RECHECK_AFTER.days + 1, False, "Quá 6 tháng chưa kiểm tra"),
        (10, True, "Ứng dụng đã đổi giao diện"),
    ],
)
def test_recheck_reasons(checked_days_ago, app_changed, reason):
    today = date(2026, 11, 29)
    checked = None if checked_days_ago is None else today - timedelta(days=checked_days_ago)
    assert recheck_reason(checked, app_changed, today) == reason


def editor():
    user = get_user_model().objects.create_user("bientap-nguon", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


def test_editors_see_the_lessons_to_check_again_with_export(client):
    today = timezone.localdate()
    vi = LessonPage.objects.filter(locale__language_code="vi")
    vi.update(last_checked=today, app_changed=False)
    stale, changed, fresh = vi.order_by("path")[:3]
    LessonPage.objects.filter(pk=stale.pk).update(last_checked=today - timedelta(days=200))
    LessonPage.objects.filter(pk=changed.pk).update(app_changed=True)
    client.force_login(editor())

    html = client.get("/admin/reports/lessons-to-recheck/").content.decode()

    assert stale.title in html and changed.title in html and fresh.title not in html
    assert "Quá 6 tháng chưa kiểm tra" in html and "Ứng dụng đã đổi giao diện" in html
    assert f"/admin/pages/{stale.pk}/edit/" in html
    export = client.get("/admin/reports/lessons-to-recheck/", {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert {row[0] for row in rows[1:]} == {stale.title, changed.title}
    assert (
        "Reports" in client.get("/admin/").content.decode()
        or "Báo cáo" in client.get("/admin/").content.decode()
    )


def test_the_report_is_for_editors_only(client):
    officer = get_user_model().objects.create_user("canbo-nguon", password="x")
    officer.groups.add(Group.objects.get(name="Cán bộ theo dõi học viên"))
    client.force_login(officer)
    assert client.get("/admin/reports/lessons-to-recheck/").status_code in (302, 403)


def test_editors_must_name_a_source():
    form_class = get_edit_handler(LessonPage).get_form_class()
    assert {"sources", "last_checked", "app_changed"} <= set(form_class.base_fields)
    block = form_class.base_fields["sources"].block
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python([]))
    source = {"title": "Tin", "publisher": "Báo", "url": "https://example.vn/", "published": None}
    assert len(block.clean(block.to_python([{"type": "source", "value": source}]))) == 1
