"""An editor types a Vietnamese title in the admin: the slug field fills with plain ASCII words
(Wagtail's own JavaScript would drop "ấ" and turn "đ" into "dj"), and the admin's screen is in
Vietnamese."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import new_page

OFFICE_PC = {"viewport": {"width": 1280, "height": 900}, "locale": "vi-VN"}
PASSWORD = "mat-khau-bien-tap-duong-dan-2026"


@pytest.fixture(scope="module")
def editor_account(demo_site, django_db_blocker) -> tuple[str, int]:
    """An editor, and the topic a new lesson goes under (committed: the server reads them)."""
    from concurrent.futures import ThreadPoolExecutor

    with django_db_blocker.unblock(), ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_make_editor).result()


def _make_editor() -> tuple[str, int]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import connection

    from lessons.models import TopicPage

    try:
        editor, _ = get_user_model().objects.get_or_create(username="bientap-duong-dan")
        editor.set_password(PASSWORD)
        editor.save()
        editor.groups.add(Group.objects.get(name="Editors"))
        topic = TopicPage.objects.filter(locale__language_code="vi").order_by("path").first()
        return editor.username, topic.pk
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Lấy lại mật khẩu VNeID đã quên", "lay-lai-mat-khau-vneid-da-quen"),
        ("Đăng ký", "dang-ky"),
    ],
)
def test_the_slug_follows_the_title_in_ascii(live_url, browser, editor_account, title, slug):
    username, topic_id = editor_account
    context, page = new_page(browser, live_url, **OFFICE_PC)
    try:
        page.goto("/admin/login/")
        assert page.get_by_role("button", name="Đăng nhập").is_visible()
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url("**/admin/")
        page.goto(f"/admin/pages/add/lessons/lessonpage/{topic_id}/")
        assert page.get_by_role("button", name="Lưu nháp").first.is_visible()
        page.locator("#id_title").click()
        page.locator("#id_title").press_sequentially(title)
        page.locator("#id_title").blur()
        # The title syncs to the slug a moment after each key (debounced): wait for the last.
        expect(page.locator("#id_slug")).to_have_value(slug)
    finally:
        context.close()
