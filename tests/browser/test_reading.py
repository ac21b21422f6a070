"""Reading on a phone: find a lesson, follow its steps, search without accents."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .helpers import (
    assert_images_loaded,
    assert_no_horizontal_scroll,
    listed_lessons,
    same_host,
    scroll_through,
)

LESSON = "/vneid/dang-nhap-vneid/"
VIDEO_LESSON = "/vneid/kich-hoat-tai-khoan-vneid/"
SCAM_TOPIC = "/phong-chong-lua-dao/"
PAGES = {
    "home": "/",
    "topic": "/vneid/",
    "lesson": LESSON,
    "video lesson": VIDEO_LESSON,
    "search": "/tim-kiem/?q=vneid",
    "print": LESSON + "in/",
    "topic print": "/vneid/in/",
}


def check_page(page) -> None:
    scroll_through(page)
    assert_images_loaded(page)
    assert_no_horizontal_scroll(page)


def test_read_a_lesson_without_javascript(nojs_phone):
    page = nojs_phone
    response = page.goto("/")
    assert response.ok, f"home answered {response.status}"
    check_page(page)

    page.locator(".cards.topics a", has_text="VNeID").first.tap()
    expect(page).to_have_url(re.compile(r"/vneid/$"))
    check_page(page)

    page.locator("main a", has_text="Đăng nhập VNeID").first.tap()
    expect(page).to_have_url(re.compile(re.escape(LESSON) + "$"))
    steps = page.locator("section.step")
    expect(steps.first).to_be_visible()
    numbers = steps.locator(".step-number").all_inner_texts()
    assert len(numbers) >= 3, f"expected a few numbered steps, saw {numbers}"
    assert numbers == [str(n) for n in range(1, len(numbers) + 1)], numbers
    for step in steps.all():
        expect(step.locator("h2")).not_to_be_empty()
        expect(step.locator(".step-text")).not_to_be_empty()
    check_page(page)

    page.goto("/tim-kiem/?q=vneid")
    check_page(page)


def search_from_home(page, words: str) -> list[tuple[str, str]]:
    """Type ``words`` into the home page's search box, submit, return (path, title) results."""
    page.goto("/")
    page.locator("form[role=search] input[name=q]").fill(words)
    page.locator("form[role=search] button[type=submit]").tap()
    expect(page).to_have_url(re.compile(r"/tim-kiem/\?"))
    expect(page.locator(".result-count")).to_be_visible()
    return page.eval_on_selector_all(
        ".results li > a",
        "links => links.map(a => [new URL(a.href).pathname, a.innerText.trim()])",
    )


def test_search_without_accents_finds_the_scam_lessons(phone):
    page = phone
    response = page.goto(SCAM_TOPIC)
    assert response.ok, f"the scam topic {SCAM_TOPIC} answered {response.status}"
    scam_lessons = listed_lessons(page, SCAM_TOPIC)
    assert scam_lessons, f"no lessons listed on {SCAM_TOPIC}"

    results = search_from_home(page, "lua dao")
    found = [path for path, _title in results]
    missing = [path for path in scam_lessons if path not in found]
    assert not missing, f"“lua dao” did not find {missing}; results: {results}"


def test_search_without_accents_finds_the_vneid_login_lesson(phone):
    results = search_from_home(phone, "dang nhap vneid")
    assert results, "“dang nhap vneid” found nothing"
    assert any(path == LESSON and "Đăng nhập VNeID" in title for path, title in results), (
        f"“dang nhap vneid” did not find the log-in lesson: {results}"
    )


@pytest.mark.parametrize("path", PAGES.values(), ids=PAGES.keys())
def test_no_request_leaves_the_server(phone, live_url, path):
    requests: list[str] = []
    phone.on("request", lambda request: requests.append(request.url))
    response = phone.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    scroll_through(phone)
    phone.wait_for_load_state("networkidle")
    assert_images_loaded(phone)  # lazy pictures too, with JavaScript on
    outside = [
        url
        for url in requests
        if not url.startswith(("data:", "blob:")) and not same_host(url, live_url)
    ]
    assert not outside, f"{path} made requests to other hosts: {outside}"
    assert requests, "no request was recorded"


def test_text_is_big_and_tap_targets_are_tall(phone):
    page = phone
    page.goto(LESSON)
    sizes = page.eval_on_selector_all(
        "section.step .step-text",
        "els => els.map(el => parseFloat(getComputedStyle(el).fontSize))",
    )
    assert sizes, "no step text found"
    assert min(sizes) >= 18, f"step text font sizes (px): {sizes}"

    page.goto("/")
    targets = {
        "search button": "form[role=search] button[type=submit]",
        "header search link": "header .header-search",
        "language switch": "nav.languages a, nav.languages [aria-current]",
        "topic card link": ".cards.topics .card > a",
    }
    short = []
    for name, selector in targets.items():
        elements = page.locator(selector).all()
        assert elements, f"no {name} ({selector}) on the home page"
        for element in elements:
            box = element.bounding_box()
            if box is None or box["height"] < 48:
                short.append(f"{name} {element.inner_text()!r}: {box}")
    assert not short, "tap targets shorter than 48 px: " + "; ".join(short)
