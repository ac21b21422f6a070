"""Printed handouts: Chromium's A4 print of a lesson fits on two pages."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from .helpers import listed_lessons

TOPIC = "/vneid/"
LESSON = "/vneid/dang-nhap-vneid/"
MAX_LESSON_PAGES = 2


@pytest.fixture
def a4_page(browser, live_url):
    context = browser.new_context(base_url=live_url, locale="vi-VN")
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()


def pdf_pages(page, path: str) -> int:
    """Open ``path``, print it to an A4 PDF as Chromium does, and count the sheets."""
    response = page.goto(path)
    assert response.ok, f"{path} answered {response.status}"
    page.wait_for_load_state("networkidle")
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
    return len(PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def vneid_lessons(a4_page) -> list[str]:
    a4_page.goto(TOPIC)
    lessons = listed_lessons(a4_page, TOPIC)
    assert LESSON in lessons, f"{TOPIC} does not list {LESSON}: {lessons}"
    return lessons


def test_lesson_handout_fits_on_two_pages(a4_page):
    pages = pdf_pages(a4_page, LESSON + "in/")
    assert pages <= MAX_LESSON_PAGES, f"{LESSON}in/ prints on {pages} A4 pages"


def test_every_vneid_handout_fits_on_two_pages(a4_page, vneid_lessons):
    counts = {lesson: pdf_pages(a4_page, lesson + "in/") for lesson in vneid_lessons}
    too_long = {lesson: n for lesson, n in counts.items() if n > MAX_LESSON_PAGES}
    assert not too_long, (
        f"handouts longer than {MAX_LESSON_PAGES} A4 pages: {too_long} (all: {counts})"
    )


def test_topic_handout_has_a_page_per_lesson(a4_page, vneid_lessons):
    one_lesson = pdf_pages(a4_page, LESSON + "in/")
    topic = pdf_pages(a4_page, TOPIC + "in/")
    assert topic > one_lesson, f"topic print: {topic} pages, one lesson: {one_lesson}"
    assert topic >= len(vneid_lessons), (
        f"topic print: {topic} pages for {len(vneid_lessons)} lessons {vneid_lessons}"
    )


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
