"""Printed handouts, measured on paper: Chromium's A4 print of every demo lesson and topic pack.

Each lesson prints on one or two A4 sheets; a second sheet starts before the last row of steps,
so it never holds only the tail (the warnings, the checklist and the hotline); every phone
picture prints at least 45 mm wide, wide enough to read the screen's words. A topic pack starts
each lesson on a fresh sheet. On a phone's screen the same pages fit 360 px.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from tests.servers import ARTIFACTS

from .helpers import PHONE_WIDTH, assert_no_horizontal_scroll, listed_lessons
from .pdf import PrintedPage, printed_pages

TOPIC = "/vneid/"
LESSON = "/vneid/dang-nhap-vneid/"
MAX_LESSON_PAGES = 2
MIN_PICTURE_MM = 45
# A last sheet must hold a step; and be more than a stub: its lowest words or picture at least
# this far down the sheet (0 top edge, 1 bottom edge; the 10 mm margin is 0.04).
MIN_LAST_PAGE_FILL = 0.3


@pytest.fixture
def a4_page(live_url, browser):
    context = browser.new_context(base_url=live_url, locale="vi-VN")
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()


def printed(page, path: str) -> list[PrintedPage]:
    """Open ``path``, print it to an A4 PDF as Chromium does, and measure each sheet."""
    response = page.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    return printed_pages(page.pdf(format="A4", print_background=True, prefer_css_page_size=True))


def pdf_pages(page, path: str) -> int:
    return len(printed(page, path))


def listed_pages(page, page_type: str) -> list[str]:
    """Paths of every live page of ``page_type``, in every language, from the read API."""
    paths, offset = [], 0
    while True:
        response = page.request.get(
            f"/api/v2/pages/?type={page_type}&limit=50&offset={offset}&fields=-title"
        )
        assert response.ok, response.status
        data = response.json()
        paths += ["/" + item["meta"]["html_url"].split("/", 3)[3] for item in data["items"]]
        offset += 50
        if offset >= data["meta"]["total_count"]:
            return paths


def handout_faults(sheets: list[PrintedPage]) -> list[str]:
    faults = []
    if len(sheets) > MAX_LESSON_PAGES:
        faults.append(f"{len(sheets)} pages")
    narrow = [w for sheet in sheets for w in sheet.picture_widths_mm if w < MIN_PICTURE_MM]
    if narrow:
        faults.append(f"pictures {narrow} mm wide")
    if not any(sheet.picture_widths_mm for sheet in sheets):
        faults.append("no picture")
    if len(sheets) > 1:
        last = sheets[-1]
        if not last.picture_widths_mm:
            faults.append("the last page holds no step, only the tail")
        if last.fill < MIN_LAST_PAGE_FILL:
            faults.append(f"the last page is {last.fill:.0%} full")
    return faults


def test_every_demo_handout_prints_on_two_full_pages_with_readable_pictures(a4_page):
    lessons = listed_pages(a4_page, "lessons.LessonPage")
    assert len(lessons) >= 40, lessons
    measured = {path: printed(a4_page, path + "in/") for path in lessons}

    summary = {
        "lessons": len(measured),
        "pages": dict(sorted(Counter(len(sheets) for sheets in measured.values()).items())),
        "min_picture_mm": min(
            w for sheets in measured.values() for sheet in sheets for w in sheet.picture_widths_mm
        ),
        "last_page_fill": sorted(sheets[-1].fill for sheets in measured.values()),
        "sheets": {
            path: [[sheet.fill, list(sheet.picture_widths_mm)] for sheet in sheets]
            for path, sheets in measured.items()
        },
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "handouts.json").write_text(json.dumps(summary, indent=1))

    faults = {path: handout_faults(sheets) for path, sheets in measured.items()}
    faults = {path: fault for path, fault in faults.items() if fault}
    assert not faults, (
        f"{len(faults)} of {len(measured)} handouts print badly: {faults}; "
        f"pages per handout: {summary['pages']}"
    )


def test_lesson_handout_fits_on_two_pages(a4_page):
    pages = pdf_pages(a4_page, LESSON + "in/")
    assert pages <= MAX_LESSON_PAGES, f"{LESSON}in/ prints on {pages} A4 pages"


def test_topic_pack_starts_each_lesson_on_a_fresh_sheet(a4_page):
    topics = listed_pages(a4_page, "lessons.TopicPage")
    assert TOPIC in topics, topics
    mismatched = {}
    for topic in topics:
        a4_page.goto(topic)
        lessons = listed_lessons(a4_page, topic)
        assert lessons, f"{topic} lists no lesson"
        each = [pdf_pages(a4_page, lesson + "in/") for lesson in lessons]
        pack = printed(a4_page, topic + "in/")
        if len(pack) != sum(each) or len(pack) > MAX_LESSON_PAGES * len(lessons):
            mismatched[topic] = (len(pack), each)
    assert not mismatched, f"topic packs (pages, pages of each lesson alone): {mismatched}"


def test_handout_has_a_qr_code_and_the_hotline(a4_page):
    a4_page.goto(LESSON)
    hotline = a4_page.locator('footer a[href^="tel:"]').first.inner_text().strip()
    assert hotline, "the lesson page shows no hotline"

    a4_page.goto(LESSON + "in/")
    qr = a4_page.locator(".qr-box svg")
    assert qr.count() >= 1, "no inline <svg> QR code in the handout"
    box = qr.first.bounding_box()
    assert box and box["width"] >= 80, f"the QR code is too small to scan: {box}"
    text = a4_page.locator("body").inner_text()
    assert hotline in text, f"the hotline {hotline!r} is not on the handout"


def test_print_pages_fit_a_phone_screen(live_url, phone):
    """A trainer opens the handout on a phone first: no sideways scrolling at 360 px."""
    phone.goto(LESSON)
    phone.get_by_role("link", name="In tờ hướng dẫn").first.click()
    phone.wait_for_load_state("networkidle")
    assert phone.url.endswith(LESSON + "in/"), phone.url
    for path in (
        LESSON + "in/",
        "/phong-chong-lua-dao/lua-dao-gia-danh-cong-an-vneid/in/",
        TOPIC + "in/",
    ):
        phone.goto(path)
        phone.wait_for_load_state("networkidle")
        width = phone.evaluate("document.scrollingElement.scrollWidth")
        assert width <= PHONE_WIDTH, f"{path}: scrollWidth {width} on a {PHONE_WIDTH} px phone"
        assert_no_horizontal_scroll(phone)
        pictures = phone.eval_on_selector_all(
            ".print-step-picture", "images => images.map(i => i.getBoundingClientRect().width)"
        )
        assert pictures and min(pictures) >= 120, f"{path}: pictures {pictures} px wide"
