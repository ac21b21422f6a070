"""Small page helpers shared by the browser tests."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

PHONE_WIDTH = 360


def scroll_through(page, step: int = 500) -> None:
    """Scroll to the bottom in viewport-sized steps so lazy pictures start loading."""
    position = 0
    while True:
        height = page.evaluate("document.documentElement.scrollHeight")
        if position >= height:
            break
        position += step
        page.evaluate(f"window.scrollTo(0, {position})")
        page.wait_for_timeout(60)
    page.wait_for_load_state("load")


def images_state(page) -> list[dict]:
    return page.evaluate(
        """() => Array.from(document.images, img => ({
            src: img.currentSrc || img.src,
            complete: img.complete,
            width: img.naturalWidth,
        }))"""
    )


def assert_images_loaded(page, timeout: float = 10) -> None:
    """Every picture of the page has arrived and decoded (naturalWidth > 0)."""
    deadline = time.monotonic() + timeout
    while True:
        images = images_state(page)
        pending = [image for image in images if not image["complete"]]
        if not pending or time.monotonic() > deadline:
            break
        time.sleep(0.1)
    broken = [image["src"] or "(no src)" for image in images if image["width"] == 0]
    assert not broken, f"{page.url}: {len(broken)} of {len(images)} pictures did not load: {broken}"


def assert_no_horizontal_scroll(page) -> None:
    widths = page.evaluate(
        """() => {
            const wide = [];
            for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.right > window.innerWidth + 0.5 && box.width > 0) {
                    wide.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '') + ' right=' + Math.round(box.right));
                }
            }
            return {scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 5)};
        }"""
    )
    assert widths["scroll"] <= PHONE_WIDTH, (
        f"{page.url} scrolls sideways on a {PHONE_WIDTH} px phone: scrollWidth={widths['scroll']}; "
        f"too wide: {widths['wide']}"
    )


def same_host(url: str, live_url: str) -> bool:
    return urlsplit(url).netloc == urlsplit(live_url).netloc


def listed_lessons(page, topic: str) -> list[str]:
    """Paths of the lessons a topic page lists (its ``.lesson-list``), in order."""
    hrefs = page.eval_on_selector_all(
        ".lesson-list > li > a[href]", "links => links.map(a => new URL(a.href).pathname)"
    )
    return [href for href in dict.fromkeys(hrefs) if href.startswith(topic) and href != topic]
