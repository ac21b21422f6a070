"""axe-core finds no WCAG 2.1 A/AA violations on any public page kind.

The quiz and learner pages are reached by doing what a learner does (the helpers of
``test_quizzes``): answering a quiz, saving a record, signing in, checking a certificate.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import PHONE
from .test_quizzes import (
    answer_first_choices,
    new_pin,
    open_quiz_from_topic,
    other_pin,
    pass_quiz,
    save_profile,
    sign_in,
    tap_submit,
    typed_like_a_person,
    unique_name,
)

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_OPTIONS = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
PAGES = {
    "home": ("/", 200),
    "topic": ("/vneid/", 200),
    "lesson": ("/vneid/dang-nhap-vneid/", 200),
    "lesson with video": ("/vneid/kich-hoat-tai-khoan-vneid/", 200),
    "search results": ("/tim-kiem/?q=vneid", 200),
    "search, nothing found": ("/tim-kiem/?q=xyzxyz", 200),
    "search, a one-letter slip": ("/tim-kiem/?q=vneld", 200),
    "lesson print": ("/vneid/dang-nhap-vneid/in/", 200),
    "topic print": ("/vneid/in/", 200),
    "English lesson": ("/en/vneid/dang-nhap-vneid/", 200),
    "quiz": ("/vneid/kiem-tra/", 200),
    "not found": ("/khong-co-trang-nay/", 404),
}
MAX_NODES = 3


@pytest.fixture(scope="module")
def axe() -> Axe:
    return Axe()


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        nodes = violation["nodes"]
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"[{len(nodes)} element(s)] {violation['helpUrl']}"
        )
        for node in nodes[:MAX_NODES]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    {target}\n      {node['html'][:300]}")
            if node.get("failureSummary"):
                summary = " ".join(node["failureSummary"].split())
                lines.append(f"      {summary[:300]}")
    return "\n".join(lines)


def axe_violations(page, axe) -> list[dict]:
    return axe.run(page, options=AXE_OPTIONS).response["violations"]


def assert_no_violations(label: str, violations: list[dict]) -> None:
    assert not violations, (
        f"{label}: {len(violations)} axe violation(s) of {', '.join(WCAG_TAGS)}:\n"
        + describe(violations)
    )


def axe_context(browser, live_url, **options):
    # axe.min.js is injected through the DevTools protocol; bypass_csp keeps the page's strict
    # Content-Security-Policy from getting in its way without changing how the page renders.
    return browser.new_context(base_url=live_url, bypass_csp=True, **PHONE, **options)


@pytest.mark.parametrize(("path", "status"), PAGES.values(), ids=PAGES.keys())
def test_no_axe_violations(browser, live_url, axe, path, status):
    context = axe_context(browser, live_url)
    try:
        page = context.new_page()
        response = page.goto(path)
        assert response.status == status, f"{path} answered {response.status}"
        violations = axe_violations(page, axe)
    finally:
        context.close()
    assert_no_violations(path, violations)


# Pages reached by taking a quiz and keeping a record ------------------------------------------


@dataclass
class LearnerRecord:
    """A learner made for these checks: passed the scam topic's quiz, saved a record."""

    name: str
    pin: str
    code: str
    result_path: str
    certificate_path: str
    print_path: str
    signed_in: dict  # the signed-in phone's storage state (its session cookie)


@pytest.fixture(scope="module")
def learner_record(browser, live_url) -> LearnerRecord:
    context = axe_context(browser, live_url)
    try:
        page = context.new_page()
        run = pass_quiz(page)
        name, _masked = unique_name()
        pin = new_pin()
        code = save_profile(page, name, pin)
        item = page.locator(
            "section[aria-labelledby=certificates-heading] li", has_text=run.topic_title
        )
        certificate_path = urlsplit(
            item.locator("a", has_text="Trang kiểm tra công khai").get_attribute("href")
        ).path
        print_path = urlsplit(item.locator("a[href$='/in/']").get_attribute("href")).path
        return LearnerRecord(
            name=name,
            pin=pin,
            code=code,
            result_path=urlsplit(run.result_url).path,
            certificate_path=certificate_path,
            print_path=print_path,
            signed_in=context.storage_state(),
        )
    finally:
        context.close()


def anonymous_result(page, record):
    """A result page as a learner without a record sees it (with “Lưu kết quả”)."""
    open_quiz_from_topic(page)
    answer_first_choices(page)
    return tap_submit(page)


def blank_answer(page, record):
    """The quiz form sent back with one question left blank and marked."""
    open_quiz_from_topic(page)
    answer_first_choices(page, skip=0)
    return tap_submit(page)


def empty_profile_form(page, record):
    page.goto("/hoc-vien/luu-ket-qua/")
    with page.expect_navigation() as navigation:
        page.locator("main form button[type=submit]").tap()
    return navigation.value.status


def wrong_pin(page, record):
    page.goto("/hoc-vien/dang-nhap/")
    with page.expect_navigation() as navigation:
        sign_in(page, typed_like_a_person(record.code), other_pin(record.pin))
    return navigation.value.status


def visit(path: str):
    def go(page, record):
        return page.goto(path.format(record=record)).status

    return go


# name: (signed in?, how to get there, expected status)
FLOW_PAGES = {
    "quiz, a question left blank": (False, blank_answer, 400),
    "quiz result": (False, anonymous_result, 200),
    "quiz result, signed in": (True, visit("{record.result_path}"), 200),
    "learner welcome": (False, visit("/hoc-vien/"), 200),
    "profile form": (False, visit("/hoc-vien/luu-ket-qua/"), 200),
    "profile form with errors": (False, empty_profile_form, 400),
    "sign-in": (False, visit("/hoc-vien/dang-nhap/"), 200),
    "sign-in, wrong PIN": (False, wrong_pin, 400),
    "learner record": (True, visit("/hoc-vien/"), 200),
    "certificate print": (True, visit("{record.print_path}"), 200),
    "certificate check": (False, visit("{record.certificate_path}"), 200),
    "certificate check, unknown code": (False, visit("/chung-nhan/AAAA-AAAA/"), 404),
}


@pytest.mark.parametrize(
    ("signed_in", "reach", "status"), FLOW_PAGES.values(), ids=FLOW_PAGES.keys()
)
def test_no_axe_violations_on_quiz_and_learner_pages(
    browser, live_url, axe, learner_record, signed_in, reach, status
):
    state = learner_record.signed_in if signed_in else None
    context = axe_context(browser, live_url, storage_state=state)
    try:
        page = context.new_page()
        answered = reach(page, learner_record)
        assert answered == status, f"{page.url} answered {answered}, expected {status}"
        path = urlsplit(page.url).path
        violations = axe_violations(page, axe)
    finally:
        context.close()
    assert_no_violations(path, violations)
