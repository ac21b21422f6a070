"""Browser tests: the system Chromium (never a downloaded one) reading the seeded demo portal.

``live_url`` (``tests/conftest.py``) runs ``manage.py runserver`` in a separate process on the
test database that ``django_db_setup`` created and ``demo_site`` seeded, so the browser sees what
the seeded tests see. Browser tests talk HTTP only: they must not use the ``db`` fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {
    "viewport": {"width": 360, "height": 740},
    "device_scale_factor": 2,
    "is_mobile": True,
    "has_touch": True,
    "locale": "vi-VN",
}


@pytest.fixture(scope="session")
def browser(django_db_setup, demo_site):
    """Headless system Chromium. Depends on the database setup so it stops before teardown, and
    on the demo seed so the seed runs before Playwright's event loop starts (Django refuses
    database work inside a running loop)."""
    if not Path(CHROMIUM).exists():
        message = f"{CHROMIUM} is missing: install Debian's chromium package to run browser tests."
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (REQUIRE_BROWSER=1 is set)", pytrace=False)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            yield chromium
        finally:
            chromium.close()


def new_page(browser, live_url: str, **options):
    context = browser.new_context(base_url=live_url, **options)
    context.set_default_timeout(15_000)
    return context, context.new_page()


@pytest.fixture
def phone(browser, live_url):
    """A page in a fresh phone-sized context (360x740, 2x, touch, Vietnamese)."""
    context, page = new_page(browser, live_url, **PHONE)
    yield page
    context.close()


@pytest.fixture
def nojs_phone(browser, live_url):
    """The same phone with JavaScript switched off."""
    context, page = new_page(browser, live_url, **PHONE, java_script_enabled=False)
    yield page
    context.close()
