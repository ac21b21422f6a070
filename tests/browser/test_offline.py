"""Offline on a phone (issue 11): a lesson read once opens again without a connection, a saved
topic opens lesson by lesson with its handouts, a page never opened shows the offline page,
and the saved list on /hoc-vien/ removes what the person chooses. Nothing asks another host."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import expect

from .helpers import assert_images_loaded, listed_lessons, same_host, scroll_through

LESSON = "/vneid/dang-nhap-vneid/"
TOPIC = "/vneid/"
NEVER_OPENED = "/phong-chong-lua-dao/"


@pytest.fixture
def watched(phone, live_url):
    """The phone, with every request it makes (the worker's included) written down."""
    requests: list[str] = []
    phone.context.on("request", lambda request: requests.append(request.url))
    phone.requests = requests
    yield phone
    foreign = [
        url for url in requests if not same_host(url, live_url) and not url.startswith("data:")
    ]
    assert not foreign, f"requests to another host: {foreign}"


def until(page, expression: str, arg, timeout: float = 30) -> None:
    """Poll ``expression`` (a function of ``arg`` that may return a promise) until truthy."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        assert time.monotonic() < deadline, f"timed out: {expression} ({arg})"
        time.sleep(0.2)


IS_KEPT = """path => caches.keys()
    .then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.match(path)))))
    .then(rs => rs.some(Boolean))"""


def wait_kept(page, path: str) -> None:
    """Until the worker holds ``path`` in its cache."""
    until(page, IS_KEPT, path)


def show_every_picture(page) -> None:
    """Lazy pictures load now: each must come from what the phone kept."""
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    scroll_through(page)
    assert_images_loaded(page)


def back_online(page, load, loaded, tries: int = 10) -> None:
    """The first page after the connection comes back may still be answered offline (the
    worker's network lags the switch by a moment): load again until it is the network's."""
    for _try in range(tries):
        load()
        page.wait_for_timeout(300)
        if loaded():
            return


def test_a_lesson_read_once_opens_again_offline_with_its_date(watched):
    page = watched
    page.goto(LESSON)
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    wait_kept(page, LESSON)
    scroll_through(page)  # the step pictures, at the size this phone shows them
    assert_images_loaded(page)
    for src in page.evaluate("Array.from(document.images, i => new URL(i.currentSrc).pathname)"):
        wait_kept(page, src)
    page.context.set_offline(True)
    page.reload()
    expect(page.locator("h1")).to_have_text("Đăng nhập VNeID an toàn")
    note = page.locator("[data-kept-note]")
    expect(note).to_be_visible()
    expect(note).to_have_text(re.compile(r"^Bản lưu ngày \d{2}/\d{2}/\d{4}$"))
    assert page.locator(".step").count() >= 3
    assert page.locator(".done-box").count() == 0  # the personal box is never kept
    scroll_through(page)
    assert_images_loaded(page)
    page.context.set_offline(False)
    back_online(page, lambda: page.reload(), lambda: note.is_hidden())
    expect(note).to_be_hidden()  # online: the page itself, fresh


# Two offline lists of one topic made at once by the server's threads used to make one
# picture's renditions twice under two names (tests/portal/test_renditions.py); the phone then
# kept one file and the page asked for the other.
def test_a_saved_topic_opens_lesson_by_lesson_offline(watched):
    page = watched
    page.goto(TOPIC)
    box = page.locator(".offline-save")
    # The box shows once the topic's list has come: the server renders the topic, its lessons
    # and handouts for it the first time (seconds on a busy two-core machine running the suite).
    expect(box).to_be_visible(timeout=30_000)
    button = box.locator("button")
    expect(button).to_have_text(re.compile(r"^Lưu để xem khi không có mạng \([\d.]+ KB\)$"))
    lessons = listed_lessons(page, TOPIC)
    assert len(lessons) >= 3
    button.tap()
    expect(box.locator("[role=status]")).to_have_text(
        "Đã lưu trên máy: bạn có thể xem khi không có mạng.", timeout=60_000
    )
    page.context.set_offline(True)
    for lesson in lessons:
        page.goto(lesson)
        expect(page.locator("h1")).to_be_visible()
        expect(page.locator("[data-kept-note]")).to_be_visible()
        show_every_picture(page)
    page.goto(lessons[0] + "in/")  # the printable handout
    expect(page.locator(".print-lesson, main, body").first).to_contain_text(
        page.locator("h1").first.inner_text()
    )
    show_every_picture(page)

    # A page never opened: the offline page, listing what can be read.
    page.goto(NEVER_OPENED)
    expect(page.locator("h1")).to_have_text("Không có mạng")
    kept = page.locator("[data-kept-list] li a")
    expect(kept.first).to_be_visible()
    hrefs = set(kept.evaluate_all("links => links.map(a => new URL(a.href).pathname)"))
    assert set(lessons) | {TOPIC} <= hrefs

    # Back online, the saved list on /hoc-vien/ shows the topic; removing it empties the phone.
    page.context.set_offline(False)
    saved = page.locator("[data-kept-list]")
    back_online(page, lambda: page.goto("/hoc-vien/"), lambda: saved.locator("h2").count() > 0)
    expect(saved.locator("h2")).to_have_text("Bài đã lưu trên máy")
    item = saved.locator("li", has_text="VNeID").first
    expect(item).to_contain_text("KB")
    titles = saved.locator("li a").all_inner_texts()
    item.locator("button").tap()
    expect(saved.locator("li")).to_have_count(len(titles) - 1)
    gone = page.evaluate(
        "path => caches.keys().then(ks => Promise.all(ks.map(k => caches.open(k).then(c => c.match(path))))).then(rs => !rs.some(Boolean))",
        lessons[-1] + "in/",
    )
    assert gone


def test_without_javascript_nothing_offline_shows(nojs_phone):
    page = nojs_phone
    page.goto(LESSON)
    expect(page.locator(".offline-save")).to_be_hidden()
    expect(page.locator("[data-kept-note]")).to_be_hidden()
    page.goto("/hoc-vien/")
    expect(page.locator("[data-kept-list]")).to_be_hidden()


KEPT_HEADERS = """path => caches.keys().then(async ks => {
    for (const k of ks) { const r = await (await caches.open(k)).match(path);
        if (r) return {at: r.headers.get('x-kept-at'), src: r.headers.get('x-kept-src')}; }
    return null; })"""


def test_a_saved_lesson_changed_since_is_downloaded_again_once_online(watched):
    """The list's version names the published revisions: a saved lesson whose version differs
    (an editor published it again) is fetched anew on the next visit with a connection."""
    page = watched
    page.goto(LESSON)
    box = page.locator(".offline-save")
    box.locator("button").tap()
    expect(box.locator("[role=status]")).to_have_text(re.compile("Đã lưu"), timeout=60_000)
    kept = page.evaluate(KEPT_HEADERS, LESSON)
    assert kept["src"].startswith("/api/offline/") and "#" in kept["src"]
    # As if an editor had published the lesson since: the version kept no longer matches.
    page.evaluate(
        """path => caches.keys().then(async ks => { for (const k of ks) {
            const c = await caches.open(k), r = await c.match(path); if (!r) continue;
            const h = new Headers(r.headers); h.set('x-kept-src', h.get('x-kept-src').split('#')[0] + '#old');
            await c.put(path, new Response(await r.blob(), {headers: h})); } })""",
        LESSON,
    )
    page.evaluate("sessionStorage.clear()")
    page.goto("/")  # the next visit with a connection
    until(page, f"p => ({KEPT_HEADERS})(p).then(k => k && !k.src.endsWith('#old'))", LESSON)
    assert page.evaluate(KEPT_HEADERS, LESSON)["src"] == kept["src"]


VIDEO_LESSON = "/vneid/kich-hoat-tai-khoan-vneid/"


def test_a_video_is_saved_only_when_asked_and_plays_from_the_phone(watched):
    page = watched
    page.goto(VIDEO_LESSON)
    box = page.locator(".offline-save")
    video = box.locator("label")
    expect(video).to_have_text(re.compile(r"^\s*Lưu cả video \([\d.]+ KB\)$"))
    source = page.locator("video source").first.get_attribute("src")
    box.locator("button").tap()
    expect(box.locator("[role=status]")).to_have_text(re.compile("Đã lưu"), timeout=60_000)
    assert not page.evaluate(IS_KEPT, source)  # not without asking
    video.locator("input").check()
    box.locator("button").tap()
    until(page, IS_KEPT, source)
    page.context.set_offline(True)
    page.reload()
    answer = page.evaluate(
        "src => fetch(src, {headers: {Range: 'bytes=0-99'}}).then(async r => [r.status, (await r.arrayBuffer()).byteLength, r.headers.get('Content-Range')])",
        source,
    )
    assert answer[0] == 206 and answer[1] == 100 and answer[2].startswith("bytes 0-99/")


def test_past_25_mb_the_oldest_pages_only_opened_go_first_never_saved_ones(watched):
    page = watched
    page.goto(LESSON)
    box = page.locator(".offline-save")
    box.locator("button").tap()
    until(page, IS_KEPT, LESSON + "in/")
    wait_kept(page, LESSON)
    # Two pages opened long ago (as the worker stores them), 13 MB each by their headers.
    page.evaluate(
        """() => caches.keys().then(async ks => {
            const c = await caches.open(ks.find(k => k.startsWith('site-')));
            for (const [path, at] of [['/cu-nhat/', 1], ['/cu-thu-hai/', 2]])
                await c.put(path, new Response('x', {headers: {'x-kept-at': String(at), 'x-kept-size': '13000000', 'x-kept-for': ''}}));
        })"""
    )
    page.goto(TOPIC)  # opening a page keeps it, then trims
    until(page, f"p => ({IS_KEPT})(p).then(kept => !kept)", "/cu-nhat/")
    assert page.evaluate(IS_KEPT, "/cu-thu-hai/")  # within the cap again after the oldest
    for path in (LESSON, LESSON + "in/", TOPIC):
        assert page.evaluate(IS_KEPT, path), path
