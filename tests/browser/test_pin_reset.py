"""A citizen who forgot their PIN, on a 360 px phone with JavaScript off (issue 10): save a
record, see the learner card with its recovery code, sign out, “Quên mã PIN?”, set a new PIN
with the card, and be signed in to the same record (what was learned is kept). axe finds
nothing on the card and the “Quên mã PIN?” page.
"""

from __future__ import annotations

import re
import secrets
from pathlib import Path

from playwright.sync_api import expect

from tests.live.conftest import outside

from .helpers import assert_no_horizontal_scroll
from .test_accessibility import assert_no_violations, axe_context, axe_violations
from .test_quizzes import typed_like_a_person

LESSON = "/vneid/cai-dat-ung-dung-vneid/"
CARD = re.compile(r"/hoc-vien/the-hoc-vien/$")
RECORD = re.compile(r"/hoc-vien/$")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


def learner_record(code: str) -> dict:
    """What the database holds for a learner code (read outside the server, committed)."""
    from wagtail.models import ModelLogEntry

    from learners.models import Learner

    learner = Learner.objects.get(code=code)
    return {
        "pk": learner.pk,
        "completions": learner.completions.count(),
        "recovered": ModelLogEntry.objects.for_instance(learner)
        .filter(action="learners.pin_recovered")
        .count(),
        "hash": learner.recovery_hash,
    }


def read_card(page) -> tuple[str, str]:
    card = page.locator(".learner-card")
    expect(card).to_be_visible()
    code = card.locator(".code-box").first.inner_text().strip()
    recovery = card.locator(".recovery-code").inner_text().strip()
    assert re.fullmatch(r"[0-9A-Z]{3}-[0-9A-Z]{3}", code), code
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", recovery), recovery
    return code, recovery


def test_a_forgotten_pin_is_reset_with_the_learner_card(live_url, django_db_blocker, nojs_phone):
    page = nojs_phone
    name = f"Bà Nguyễn Thị Quên {secrets.token_hex(2)}"
    # Something learned before saving, to find again after the reset.
    page.goto(LESSON)
    page.get_by_role("button", name="Tôi đã học xong").tap()
    expect(page.locator("#xong")).to_contain_text("Bạn đã học xong bài này")

    page.goto("/hoc-vien/luu-ket-qua/")
    expect(page.locator("main")).to_contain_text("Chỉ cần họ tên và một mã PIN")
    page.get_by_label("Họ tên của bạn", exact=True).fill(name)
    page.get_by_label("Chọn mã PIN (4 đến 6 chữ số)", exact=True).fill("2468")
    page.get_by_label("Nhập lại mã PIN", exact=True).fill("2468")
    page.locator("main form button[type=submit]").tap()

    expect(page).to_have_url(CARD)
    code, recovery = read_card(page)
    expect(page.locator(".learner-card")).to_contain_text(name)
    expect(page.locator("main")).to_contain_text("chỉ hiện một lần")
    assert_no_horizontal_scroll(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.locator(".learner-card").screenshot(path=str(ARTIFACTS / "learner-card-360.png"))
    before = outside(django_db_blocker, lambda: learner_record(code))
    assert before["completions"] == 1 and before["hash"] and recovery not in before["hash"]

    page.get_by_role("link", name="Tôi đã lưu thẻ").tap()
    expect(page).to_have_url(RECORD)
    page.get_by_role("button", name="Đăng xuất trên điện thoại này").tap()
    expect(page.locator(".messages")).to_contain_text("Đã đăng xuất")
    expect(page.locator("main")).to_contain_text("Chưa đăng nhập")

    # The PIN is forgotten: from the sign-in page, “Quên mã PIN?”.
    page.get_by_role("link", name="Mở hồ sơ học tập").tap()
    page.get_by_role("link", name="Đặt mã PIN mới bằng thẻ học viên").tap()
    expect(page.locator("main h1")).to_have_text("Quên mã PIN?")
    assert_no_horizontal_scroll(page)
    page.get_by_label("Mã học viên", exact=True).fill(typed_like_a_person(code))
    page.get_by_label("Mã khôi phục", exact=True).fill(recovery.lower())
    page.get_by_label("Chọn mã PIN (4 đến 6 chữ số)", exact=True).fill("975310")
    page.get_by_label("Nhập lại mã PIN", exact=True).fill("975310")
    page.locator("main form button[type=submit]").tap()

    expect(page).to_have_url(CARD)
    expect(page.locator(".messages")).to_contain_text("Đã đặt mã PIN mới")
    same_code, new_recovery = read_card(page)
    assert same_code == code and new_recovery != recovery
    assert_no_horizontal_scroll(page)
    page.get_by_role("link", name="Tôi đã lưu thẻ").tap()
    expect(page).to_have_url(RECORD)
    expect(page.locator("main h1")).to_contain_text(name)
    expect(page.locator(".code-box")).to_have_text(code)
    expect(page.locator(".progress-list")).to_contain_text("Đã học 1/")

    after = outside(django_db_blocker, lambda: learner_record(code))
    assert after["pk"] == before["pk"] and after["completions"] == 1  # the same record
    assert after["recovered"] == 1 and after["hash"] != before["hash"]

    # The used recovery code opens nothing; the new PIN opens the record.
    page.get_by_role("button", name="Đăng xuất trên điện thoại này").tap()
    expect(page.locator(".messages")).to_contain_text("Đã đăng xuất")
    page.goto("/hoc-vien/quen-ma-pin/")
    page.get_by_label("Mã học viên", exact=True).fill(code)
    page.get_by_label("Mã khôi phục", exact=True).fill(recovery)
    page.get_by_label("Chọn mã PIN (4 đến 6 chữ số)", exact=True).fill("1111")
    page.get_by_label("Nhập lại mã PIN", exact=True).fill("1111")
    page.locator("main form button[type=submit]").tap()
    expect(page.locator("[role=alert]")).to_contain_text("mã khôi phục chưa đúng")
    page.goto("/hoc-vien/dang-nhap/")
    page.get_by_label("Mã học viên", exact=True).fill(code)
    page.get_by_label("Mã PIN", exact=True).fill("975310")
    page.locator("main form button[type=submit]").tap()
    expect(page).to_have_url(RECORD)
    expect(page.locator(".code-box")).to_have_text(code)


def test_no_axe_violations_on_the_card_and_the_forgot_pin_page(live_url, browser):
    from axe_playwright_python.sync_playwright import Axe

    context = axe_context(browser, live_url)
    try:
        page = context.new_page()
        page.goto("/hoc-vien/quen-ma-pin/")
        page.locator("main form button[type=submit]").tap()  # every field missing
        expect(page.locator(".errorlist").first).to_be_visible()
        forgot = axe_violations(page, Axe())
        page.goto("/hoc-vien/luu-ket-qua/")
        page.get_by_label("Họ tên của bạn", exact=True).fill("Trần Văn Thẻ")
        page.get_by_label("Chọn mã PIN (4 đến 6 chữ số)", exact=True).fill("2468")
        page.get_by_label("Nhập lại mã PIN", exact=True).fill("2468")
        page.locator("main form button[type=submit]").tap()
        expect(page).to_have_url(CARD)
        card = axe_violations(page, Axe())
    finally:
        context.close()
    assert_no_violations("/hoc-vien/quen-ma-pin/", forgot)
    assert_no_violations("/hoc-vien/the-hoc-vien/", card)
