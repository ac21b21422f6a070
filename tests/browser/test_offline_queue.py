"""Forms kept on the phone without a connection (static/js/queue.js), at 360 px with the
browser context's offline switch: a trainer's visits recorded offline are sent once each, even
when the same queue goes twice (answers lost on the way back) or from two tabs; a record the
server refuses stays with its Vietnamese reason; a quiz submitted offline is recorded once.

The server runs on the seeded test database; the trainer and the household are this module's
own (``test_trainer.make_field``, committed through ``outside``).
"""

from __future__ import annotations

import re
import secrets
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

from tests.live.conftest import outside

from .conftest import PHONE, new_page
from .test_quizzes import SCAM_TOPIC, answer_first_choices, open_quiz_from_topic
from .test_trainer import Field, make_field, trainer_signs_in

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"
SAVED = "Đã lưu trên máy, sẽ gửi khi có mạng ({n} bản ghi chờ gửi)"


@pytest.fixture
def field(django_db_blocker, live_url) -> Field:
    tag = "Q" + secrets.token_hex(3).upper()
    return outside(django_db_blocker, lambda: make_field(tag))


@pytest.fixture
def trainer(browser, live_url, field):
    context, page = new_page(browser, live_url, **PHONE)
    trainer_signs_in(page, field)
    yield context, page
    context.close()


def visits(django_db_blocker, field: Field) -> list[str]:
    def read():
        from community.models import Visit

        return list(
            Visit.objects.filter(household__display_name=field.household)
            .order_by("pk")
            .values_list("remaining", flat=True)
        )

    return outside(django_db_blocker, read)


def until(page, script: str, arg=None, tries: int = 30) -> None:
    """Poll an async script until it is true (``wait_for_function`` takes the promise an async
    function returns as true at once)."""
    for _poll in range(tries):
        if page.evaluate(script, arg):
            return
        page.wait_for_timeout(500)
    raise AssertionError(f"still false after {tries / 2:.0f} s: {script}")


def open_visit_form(page, field: Field) -> None:
    page.goto(field.household_path)
    page.get_by_role("link", name="Ghi nhận lần đến").tap()
    expect(page.locator("main h1")).to_have_text("Ghi nhận lần đến")


def fill_visit(page, field: Field, note: str, day: date | None = None) -> None:
    if day:
        page.locator("input[name=visited_on]").fill(day.isoformat())
    page.get_by_label(field.grandpa.name, exact=True).check()
    page.get_by_label("Việc còn phải làm (không bắt buộc)").fill(note)
    page.get_by_role("button", name="Lưu lần đến").tap()


def queue_offline(page, field: Field, notes: list[str]) -> None:
    """Offline on the visit form: each visit is kept on the phone, the form made fresh."""
    page.context.set_offline(True)
    for n, note in enumerate(notes, start=1):
        fill_visit(page, field, note)
        expect(page.locator("#queue [role=status]")).to_have_text(SAVED.format(n=n))
        expect(page.get_by_label("Việc còn phải làm (không bắt buộc)")).to_have_value("")
    expect(page.locator("#queue li")).to_have_count(len(notes))
    expect(page.locator("#queue li").first).to_contain_text("chờ gửi")


def test_two_visits_offline_sent_twice_with_lost_answers_make_two_visits(
    trainer, field, django_db_blocker
):
    context, page = trainer
    open_visit_form(page, field)
    queue_offline(page, field, ["Lần một", "Lần hai"])
    ids = set(
        page.evaluate("""() => new Promise(ok => { const o = indexedDB.open('queue', 1);
        o.onsuccess = () => { const q = o.result.transaction('r').objectStore('r').getAll();
        q.onsuccess = () => ok(q.result.map(r => r.id)) } })""")
    )
    assert len(ids) == 2  # a fresh client id for each form filled on the same page
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "offline-queue-two-visits-360.png"))
    assert visits(django_db_blocker, field) == []

    # Back online, but the first answer to each record is lost on the way back: the server
    # has recorded it, the phone heard nothing, so it keeps the record and sends it again.
    reached = []  # (client id, status the server answered, answer lost?)

    def lose_first_answers(route):
        if route.request.method != "POST":
            return route.continue_()
        client_id = parse_qs(route.request.post_data)["client_id"][0]
        lost = client_id not in {sent for sent, _status, _lost in reached}
        response = route.fetch()  # the request reaches the server
        reached.append((client_id, response.status, lost))
        return route.abort("connectionreset") if lost else route.fulfill(response=response)

    page.route("**/ghi-nhan/", lose_first_answers)
    context.set_offline(False)
    for _try in range(6):  # "online" sent once already; the trainer taps "Gửi ngay" again
        page.wait_for_timeout(500)
        if page.locator("#queue").is_hidden():
            break
        page.get_by_role("button", name="Gửi ngay").tap()
    expect(page.locator("#queue")).to_be_hidden()
    assert sorted(visits(django_db_blocker, field)) == ["Lần hai", "Lần một"]
    assert {client_id for client_id, _status, _lost in reached} == ids
    assert [(status, lost) for _id, status, lost in reached] == [
        (200, True),
        (409, False),
        (200, True),
        (409, False),
    ]
    print(f"replay: {len(reached)} sends reached the server {reached}; visits: 2")

    # The household's page (kept for offline use) shows both.
    page.goto(field.household_path)
    expect(page.locator("article.visit")).to_have_count(2)


def test_two_tabs_sending_the_same_queue_record_each_visit_once(trainer, field, django_db_blocker):
    context, page = trainer
    open_visit_form(page, field)
    queue_offline(page, field, ["Tab một", "Tab hai"])
    other = context.new_page()
    context.set_offline(False)  # both tabs send: this one on "online", the other on loading
    other.goto(field.household_path)
    expect(other.locator("#queue")).to_be_hidden()
    expect(page.locator("#queue")).to_be_hidden()
    assert sorted(visits(django_db_blocker, field)) == ["Tab hai", "Tab một"]


def test_a_refused_record_stays_with_its_reason_and_can_be_corrected(
    trainer, field, django_db_blocker
):
    context, page = trainer
    open_visit_form(page, field)
    context.set_offline(True)
    fill_visit(page, field, "Ngày sai", day=date.today() + timedelta(days=1))
    expect(page.locator("#queue [role=status]")).to_have_text(SAVED.format(n=1))
    context.set_offline(False)
    page.get_by_role("button", name="Gửi ngay").tap()
    record = page.locator("#queue li")
    expect(record).to_contain_text("tương lai")  # the server's reason, in Vietnamese
    page.reload()
    expect(record).to_contain_text("tương lai")  # still there: nothing typed is lost
    assert visits(django_db_blocker, field) == []

    record.get_by_role("link", name="Mở lại để sửa").tap()
    expect(page.get_by_label("Việc còn phải làm (không bắt buộc)")).to_have_value("Ngày sai")
    expect(page.get_by_label(field.grandpa.name, exact=True)).to_be_checked()
    page.locator("input[name=visited_on]").fill(date.today().isoformat())
    page.get_by_role("button", name="Lưu lần đến").tap()
    expect(page).to_have_url(re.compile(re.escape(field.household_path) + "$"))
    expect(page.locator(".message-success")).to_contain_text("Đã ghi nhận lần đến")
    expect(page.locator("#queue")).to_be_hidden()
    assert visits(django_db_blocker, field) == ["Ngày sai"]


def test_a_record_for_a_removed_household_is_refused_and_can_be_discarded(
    trainer, field, django_db_blocker
):
    context, page = trainer
    open_visit_form(page, field)
    queue_offline(page, field, ["Hộ đã xin rút"])

    def remove():
        from community import services
        from community.models import Household

        household = Household.objects.get(display_name=field.household)
        services.remove_household(household.created_by, household)

    outside(django_db_blocker, remove)
    context.set_offline(False)
    record = page.locator("#queue li")
    # The first page after the connection comes back may still be the kept copy (the worker's
    # network lags the switch by a moment); the trainer opens the list again.
    for _try in range(10):
        page.goto("/to-cong-nghe-so/")
        page.wait_for_timeout(500)
        if record.count():
            break
    expect(record).to_contain_text("Hộ này không còn trong danh sách của bạn.")
    page.screenshot(path=str(ARTIFACTS / "offline-queue-refused-360.png"))
    page.once("dialog", lambda dialog: dialog.accept())
    record.get_by_role("button", name="Bỏ").tap()
    expect(page.locator("#queue")).to_be_hidden()


def test_signing_out_with_unsent_records_asks_and_clears_the_kept_pages(trainer, field):
    context, page = trainer
    open_visit_form(page, field)  # the household page and this form are kept on the phone
    keys = "() => caches.keys()"
    until(page, "async () => (await caches.keys()).some(k => k.startsWith('personal-trainer-'))")
    kept = page.evaluate("""async () => { const k = (await caches.keys())
        .find(k => k.startsWith('personal-trainer-'));
        return (await (await caches.open(k)).keys()).map(r => new URL(r.url).pathname) }""")
    assert {field.household_path, field.household_path + "ghi-nhan/"} <= set(kept), kept
    queue_offline(page, field, ["Chưa gửi"])
    page.route(
        "**/ghi-nhan/",
        lambda route: route.abort() if route.request.method == "POST" else route.continue_(),
    )
    context.set_offline(False)  # online, but the portal does not answer
    page.get_by_role("button", name="Đăng xuất").tap()
    expect(page.locator("#queue [role=status]")).to_contain_text("Còn 1 bản ghi trên máy chưa gửi")
    page.screenshot(path=str(ARTIFACTS / "offline-queue-sign-out-360.png"))
    page.get_by_role("button", name="Bỏ đi và đăng xuất").tap()
    expect(page).to_have_url(re.compile("/to-cong-nghe-so/dang-nhap/"))
    assert not [k for k in page.evaluate(keys) if k.startswith("personal-trainer-")]
    count = page.evaluate("""() => new Promise(ok => { const o = indexedDB.open('queue', 1);
        o.onsuccess = () => { const q = o.result.transaction('r').objectStore('r').count();
        q.onsuccess = () => ok(q.result) } })""")
    assert count == 0


def test_a_quiz_submitted_offline_is_recorded_once_when_back_online(phone, django_db_blocker):
    page = phone
    open_quiz_from_topic(page, SCAM_TOPIC)
    token = page.locator("input[name=form_token]").input_value()

    def attempts() -> int:
        from learners.models import QuizAttempt
        from quizzes.submission import read_form_token

        return QuizAttempt.objects.filter(token=read_form_token(token)["n"]).count()

    answer_first_choices(page)
    page.context.set_offline(True)
    page.get_by_role("button", name="Nộp bài").tap()
    expect(page.locator("#queue [role=status]")).to_have_text(SAVED.format(n=1))
    assert outside(django_db_blocker, attempts) == 0
    page.context.set_offline(False)
    page.get_by_role("button", name="Gửi ngay").tap()
    result = page.locator("#queue li a", has_text="Xem kết quả")
    expect(result).to_be_visible()
    page.get_by_role("button", name="Gửi ngay").tap()  # nothing waits: nothing sent again
    assert outside(django_db_blocker, attempts) == 1
    result.tap()
    expect(page).to_have_url(re.compile(r"/hoc-vien/ket-qua/[0-9a-f-]{36}/$"))


def test_a_visit_started_offline_from_the_household_pages_kept_on_the_phone(
    trainer, field, django_db_blocker
):
    """In a courtyard without data: the household page the trainer opened earlier, and its
    visit form, open from the phone; the visit waits on the phone and is recorded once."""
    context, page = trainer
    page.goto(field.household_path)
    kept = """async (path) => Boolean(navigator.serviceWorker && navigator.serviceWorker.controller
        && await caches.match(path, { ignoreVary: true })
        && await caches.match(path + 'ghi-nhan/', { ignoreVary: true }))"""
    until(page, kept, field.household_path)  # kept in the background
    context.set_offline(True)
    page.goto(field.household_path)
    expect(page.locator("main h1")).to_contain_text(field.household)
    page.get_by_role("link", name="Ghi nhận lần đến").tap()
    expect(page.locator("main h1")).to_have_text("Ghi nhận lần đến")
    fill_visit(page, field, "Ngoài sân, không có sóng")
    expect(page.locator("#queue [role=status]")).to_have_text(SAVED.format(n=1))
    assert visits(django_db_blocker, field) == []

    context.set_offline(False)
    for _try in range(6):
        page.wait_for_timeout(500)
        if page.locator("#queue").is_hidden():
            break
        page.get_by_role("button", name="Gửi ngay").tap()
    expect(page.locator("#queue")).to_be_hidden()
    assert visits(django_db_blocker, field) == ["Ngoài sân, không có sóng"]
