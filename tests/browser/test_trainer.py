"""A trainer on a 360 px phone, JavaScript off: sign in, find a household, record a visit with
two lessons and two outcomes; the member's own record then shows them as confirmed by the
team. Two members switch records on one phone. axe finds nothing on the trainer's pages.

The server runs on the seeded test database: the trainer's account, a village and a household
of two members are made once for the module through ``outside`` (committed ORM code, as
``tests/live`` does); browser tests never use the ``db`` fixture.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.live.conftest import outside

from .conftest import PHONE, new_page
from .helpers import assert_no_horizontal_scroll
from .test_accessibility import assert_no_violations, axe_context, axe_violations
from .test_quizzes import sign_in as learner_sign_in

SIGN_IN = "/to-cong-nghe-so/dang-nhap/"
LIST = "/to-cong-nghe-so/"
RECORD = "/hoc-vien/"


@dataclass(frozen=True)
class Person:
    name: str
    code: str
    pin: str


@dataclass(frozen=True)
class Field:
    username: str
    password: str
    household: str  # its display name
    household_path: str
    grandpa: Person
    grandma: Person


def make_field(tag: str) -> Field:
    """A village of this run, its trainer, and a household of two members (committed)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from community import services
    from community.campaign import TRAINERS_GROUP
    from community.models import Household, TrainerProfile
    from places.models import Village

    village = Village.objects.create(name=f"Thôn Thử {tag}", households=150, residents_15_plus=400)
    username, password = f"tnt-{tag.lower()}", f"Mat-khau-{tag}-2026"
    user = get_user_model().objects.create_user(
        username, password=password, first_name="Hà", last_name="Trần Thu"
    )
    user.groups.add(Group.objects.get(name=TRAINERS_GROUP))
    TrainerProfile.objects.create(user=user).villages.add(village)
    name = f"Hộ ông Đặng Văn Thử {tag}"
    household = Household.objects.create(
        village=village,
        display_name=name,
        groups=["elderly"],
        has_smartphone_online=True,
        consented_on=date.today() - timedelta(days=30),
        created_by=user,
    )
    people = []
    for member_name, year in ((f"Đặng Văn Ông {tag}", 1950), (f"Lê Thị Bà {tag}", 1953)):
        pin = f"{secrets.randbelow(10**6):06d}"
        learner = services.add_member(user, household, member_name, pin, year).learner
        people.append(Person(member_name, learner.code, pin))
    return Field(
        username, password, name, f"/to-cong-nghe-so/ho/{household.pk}/", people[0], people[1]
    )


@pytest.fixture(scope="module")
def field(django_db_blocker, live_url) -> Field:
    tag = "T" + secrets.token_hex(3).upper()
    return outside(django_db_blocker, lambda: make_field(tag))


def trainer_signs_in(page, field: Field) -> None:
    page.goto(LIST)
    expect(page).to_have_url(re.compile(re.escape(SIGN_IN) + r"\?next="))
    page.get_by_label("Tên đăng nhập", exact=True).fill(field.username)
    page.get_by_label("Mật khẩu", exact=True).fill(field.password)
    page.locator("main form button[type=submit]").tap()
    expect(page).to_have_url(re.compile(re.escape(LIST) + "$"))
    expect(page.locator("main h1")).to_have_text("Các hộ của tôi")


def record_a_visit(page, field: Field) -> list[str]:
    """From the list: search, open the household, tick two lessons and two outcomes; the
    titles of the lessons ticked."""
    page.get_by_label("Tên", exact=True).fill(field.household.lower().replace("đ", "d"))
    page.locator("form[role=search] button[type=submit]").tap()
    rows = page.locator("section[aria-labelledby=list-heading] .household-list > li")
    expect(rows).to_have_count(1)
    rows.get_by_role("link").tap()
    expect(page.locator("main h1")).to_have_text(field.household)
    assert_no_horizontal_scroll(page)

    page.get_by_role("link", name="Ghi nhận lần đến").tap()
    expect(page.locator("main h1")).to_have_text("Ghi nhận lần đến")
    assert_no_horizontal_scroll(page)
    page.get_by_label(field.grandpa.name, exact=True).check()
    page.get_by_label(field.grandma.name, exact=True).check()
    first_topic = page.locator("details.topic-choices").first
    expect(first_topic.locator("summary")).to_contain_text("phù hợp với hộ")  # fitting first
    first_topic.locator("summary").tap()
    lessons = first_topic.locator("label.choice")
    titles = []
    for n in range(2):
        label = lessons.nth(n)
        label.locator("input").check()
        titles.append(label.inner_text().split(" (phù hợp")[0].strip())
    grandpa = page.locator("details.member-outcomes", has_text=field.grandpa.name)
    grandpa.locator("summary").tap()
    grandpa.get_by_label("Kích hoạt tài khoản định danh điện tử mức 2").check()
    grandma = page.locator("details.member-outcomes", has_text=field.grandma.name)
    grandma.locator("summary").tap()
    grandma.get_by_label("Thanh toán bằng mã QR, ví điện tử hoặc ứng dụng ngân hàng").check()
    page.get_by_label("Việc còn phải làm (không bắt buộc)").fill("Cài VNeID cho bà")
    page.get_by_role("button", name="Lưu lần đến").tap()
    expect(page).to_have_url(re.compile(re.escape(field.household_path) + "$"))
    expect(page.locator(".message-success")).to_contain_text("Đã ghi nhận lần đến")
    return titles


def test_a_trainer_records_a_visit_and_the_member_sees_it_confirmed(field, browser, live_url):
    context, page = new_page(browser, live_url, **PHONE, java_script_enabled=False)
    try:
        trainer_signs_in(page, field)
        titles = record_a_visit(page, field)
        visit = page.locator("article.visit").first
        for title in titles:
            expect(visit).to_contain_text(title)
        expect(visit).to_contain_text("Thanh toán bằng mã QR")
        # A smartphone and paying without cash at least (safety too if a lesson taught it).
        criteria = page.locator("section[aria-labelledby=criteria-heading] h2").inner_text()
        assert int(re.search(r"(\d)/5", criteria).group(1)) >= 2, criteria
    finally:
        context.close()

    # The grandfather opens his own record on his own phone.
    context, page = new_page(browser, live_url, **PHONE, java_script_enabled=False)
    try:
        page.goto("/hoc-vien/dang-nhap/")
        learner_sign_in(page, field.grandpa.code, field.grandpa.pin)
        expect(page).to_have_url(re.compile(re.escape(RECORD) + "$"))
        confirmed = page.locator("section[aria-labelledby=confirmed-heading]")
        today = date.today().strftime("%d/%m/%Y")
        for title in titles:
            item = confirmed.locator("li", has_text=title)
            expect(item).to_contain_text(f"Tổ công nghệ số cộng đồng xác nhận ngày {today}")
        # The skill the VNeID level 2 outcome shows (2.6), by its name: no code for citizens.
        expect(confirmed).to_contain_text("Quản lý danh tính số")
        expect(page.locator("a[href^='/to-cong-nghe-so/']")).to_have_count(0)
        assert_no_horizontal_scroll(page)
    finally:
        context.close()


def test_two_members_switch_records_on_one_phone(field, nojs_phone):
    page = nojs_phone
    page.goto("/hoc-vien/dang-nhap/")
    learner_sign_in(page, field.grandpa.code, field.grandpa.pin)
    expect(page.locator(".code-box")).to_have_text(field.grandpa.code)

    # The grandmother opens hers on the same phone with her own code and PIN.
    page.get_by_role("link", name="Người khác mở hồ sơ của mình (mã học viên và mã PIN)").tap()
    learner_sign_in(page, field.grandma.code, field.grandma.pin)
    expect(page.locator(".code-box")).to_have_text(field.grandma.code)
    assert_no_horizontal_scroll(page)

    # Back to the grandfather: his name to choose, then HIS PIN; hers does not open his record.
    page.get_by_role("link", name=f"Tôi là {field.grandpa.name}").tap()
    expect(page.locator("main h1")).to_contain_text(field.grandpa.name)
    expect(page.locator("main")).not_to_contain_text(field.grandpa.code)
    page.get_by_label("Mã PIN", exact=True).fill(field.grandma.pin)
    page.get_by_role("button", name="Mở hồ sơ này").tap()
    expect(page.locator(".error")).to_contain_text("chưa đúng")
    page.get_by_label("Mã PIN", exact=True).fill(field.grandpa.pin)
    page.get_by_role("button", name="Mở hồ sơ này").tap()
    expect(page).to_have_url(re.compile(re.escape(RECORD) + "$"))
    expect(page.locator(".code-box")).to_have_text(field.grandpa.code)
    expect(page.get_by_role("link", name=f"Tôi là {field.grandma.name}")).to_be_visible()


# axe on the trainer's pages -------------------------------------------------------------------


@pytest.fixture(scope="module")
def trainer_state(browser, live_url, field) -> dict:
    context = axe_context(browser, live_url)
    try:
        page = context.new_page()
        trainer_signs_in(page, field)
        return context.storage_state()
    finally:
        context.close()


def future_visit(page, field: Field) -> int:
    page.goto(field.household_path + "ghi-nhan/")
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    page.locator("input[name=visited_on]").fill(tomorrow)
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Lưu lần đến").tap()
    return navigation.value.status


def empty_household_form(page, field: Field) -> int:
    page.goto("/to-cong-nghe-so/them-ho/")
    with page.expect_navigation() as navigation:
        page.get_by_role("button", name="Lưu hộ").tap()
    return navigation.value.status


def go(path: str):
    def visit(page, field: Field) -> int:
        return page.goto(path.format(field=field)).status

    return visit


TRAINER_PAGES = {
    "sign-in": (False, go(SIGN_IN), 200),
    "my households": (True, go(LIST), 200),
    "households, searched": (True, go(LIST + "?q=khong-co-ai&chua-den=1"), 200),
    "household": (True, go("{field.household_path}"), 200),
    "visit form": (True, go("{field.household_path}ghi-nhan/"), 200),
    "visit form, refused": (True, future_visit, 400),
    "add a household": (True, go("/to-cong-nghe-so/them-ho/"), 200),
    "add a household, errors": (True, empty_household_form, 400),
    "add a member": (True, go("{field.household_path}them-nguoi/"), 200),
    "print pack": (True, go("{field.household_path}in/"), 200),
    "another village's household": (True, go("/to-cong-nghe-so/ho/999999999/"), 404),
}


@pytest.mark.parametrize(
    ("signed_in", "reach", "status"), TRAINER_PAGES.values(), ids=TRAINER_PAGES.keys()
)
def test_no_axe_violations_on_the_trainers_pages(
    browser, live_url, field, trainer_state, signed_in, reach, status
):
    from axe_playwright_python.sync_playwright import Axe

    context = axe_context(browser, live_url, storage_state=trainer_state if signed_in else None)
    try:
        page = context.new_page()
        answered = reach(page, field)
        assert answered == status, f"{page.url} answered {answered}, expected {status}"
        if not page.url.endswith("/in/"):  # the print pack is laid out for A4 paper
            assert_no_horizontal_scroll(page)
        violations = axe_violations(page, Axe())
    finally:
        context.close()
    assert_no_violations(page.url, violations)


def test_no_axe_violations_on_the_learners_new_parts(browser, live_url, field):
    """The record with what the team confirmed, the mentors' box, the switch page."""
    from axe_playwright_python.sync_playwright import Axe

    context = axe_context(browser, live_url)
    try:
        page = context.new_page()
        page.goto("/hoc-vien/dang-nhap/")
        learner_sign_in(page, field.grandma.code, field.grandma.pin)
        expect(page.locator(".code-box")).to_have_text(field.grandma.code)
        page.goto("/hoc-vien/dang-nhap/")
        learner_sign_in(page, field.grandpa.code, field.grandpa.pin)
        expect(page.locator(".code-box")).to_have_text(field.grandpa.code)
        expect(page.locator("#dong-hanh")).to_be_visible()
        record = axe_violations(page, Axe())
        page.get_by_role("link", name=f"Tôi là {field.grandma.name}").tap()
        expect(page.get_by_label("Mã PIN", exact=True)).to_be_visible()
        switch = axe_violations(page, Axe())
    finally:
        context.close()
    assert_no_violations(RECORD, record)
    assert_no_violations("/hoc-vien/doi-nguoi-hoc/", switch)
