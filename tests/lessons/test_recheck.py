"""Editors see which lessons must be checked again, and must name a lesson's sources."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.panels import get_edit_handler
from wagtail.blocks import StreamBlockValidationError

from lessons.models import RECHECK_AFTER, LessonPage, recheck_reason
from tests.lessons.factories import LessonPageFactory, TopicPageFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


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


def test_editors_see_the_lessons_to_check_again_with_export(client):
    today = timezone.localdate()
    topic = TopicPageFactory()
    stale, changed, fresh = (LessonPageFactory(parent=topic) for _ in range(3))
    # Every other lesson the database may hold is checked and current.
    LessonPage.objects.update(last_checked=today, app_changed=False)
    LessonPage.objects.filter(pk=stale.pk).update(last_checked=today - timedelta(days=200))
    LessonPage.objects.filter(pk=changed.pk).update(app_changed=True)
    client.force_login(UserFactory(groups=["Editors"]))
    report = reverse("lesson_reports:recheck")

    html = client.get(report).content.decode()

    assert stale.title in html and changed.title in html and fresh.title not in html
    assert "Quá 6 tháng chưa kiểm tra" in html and "Ứng dụng đã đổi giao diện" in html
    assert reverse("wagtailadmin_pages:edit", args=[stale.pk]) in html
    export = client.get(report, {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert {row[0] for row in rows[1:]} == {stale.title, changed.title}
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert report in dashboard  # the sidebar's Reports menu leads to it


def test_the_report_is_for_editors_only(client):
    client.force_login(UserFactory(groups=["Cán bộ theo dõi học viên"]))
    assert client.get(reverse("lesson_reports:recheck")).status_code in (302, 403)


def test_editors_must_name_a_source():
    form_class = get_edit_handler(LessonPage).get_form_class()
    assert {"sources", "last_checked", "app_changed"} <= set(form_class.base_fields)
    block = form_class.base_fields["sources"].block
    with pytest.raises(StreamBlockValidationError):
        block.clean(block.to_python([]))
    source = {"title": "Tin", "publisher": "Báo", "url": "https://example.vn/", "published": None}
    assert len(block.clean(block.to_python([{"type": "source", "value": source}]))) == 1
