"""Browser tests: the system Chromium (never a downloaded one) reading the seeded demo portal.

``live_url`` runs ``manage.py runserver`` in a separate process on the test database that
``django_db_setup`` created and seeded, so the browser sees exactly what the other tests see.
Browser tests talk HTTP only: they must not use the ``db`` fixture.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings

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
SERVER_START_TIMEOUT = 60  # seconds
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(db: dict) -> str:
    """A DATABASE_URL for the test database described by a Django ``settings_dict``."""
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        name = str(db["NAME"])
        if name == ":memory:" or name.startswith("file:"):
            raise RuntimeError(
                "The browser tests need a file-based SQLite test database "
                "(see DATABASES['default']['TEST'] in portal/settings/test.py)."
            )
        return f"sqlite:///{Path(name).resolve()}"  # an absolute path gives sqlite:////...
    if "postgresql" in engine:
        user = quote(db.get("USER") or "", safe="")
        password = quote(str(db.get("PASSWORD") or ""), safe="")
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = db.get("HOST") or "localhost"
        if host.startswith("/"):  # a Unix socket directory
            host = quote(host, safe="")
        port = f":{db['PORT']}" if db.get("PORT") else ""
        return f"postgres://{auth}{host}{port}/{quote(db['NAME'], safe='')}"
    raise RuntimeError(f"The browser tests do not know how to share a {engine} database.")


def wait_until_answering(url: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (our own loopback server)
                return
        except urllib.error.HTTPError:
            return  # it answered, even if not with 200: the tests will say what is wrong
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            last_error = error
            time.sleep(0.25)
    state = (
        f"exited with code {process.returncode}"
        if process.poll() is not None
        else f"did not answer within {SERVER_START_TIMEOUT} s"
    )
    log = log_path.read_text(errors="replace")[-4000:] if log_path.exists() else "(no log)"
    raise RuntimeError(
        f"The test server at {url} {state} (last error: {last_error}).\n"
        f"Server log ({log_path}):\n{log}"
    )


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The seeded test database, also when no collected test uses ``db``.

    pytest-django creates test databases only for the aliases that collected tests ask for
    through ``db``; browser tests never do, so run on their own they would get no test database
    at all (and the suite's seeding would go to the development database). In a full run the
    other tests have already set it up and this does nothing.
    """
    from django.core.management import call_command
    from django.db import DEFAULT_DB_ALIAS, connection
    from django.test.utils import setup_databases, teardown_databases

    expected = connection.creation._get_test_db_name()
    if connection.settings_dict["NAME"] == expected:
        yield  # already set up and seeded by the suite's own django_db_setup
        return
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={DEFAULT_DB_ALIAS},
            keepdb=keepdb,
        )
        with open(os.devnull, "w") as devnull:
            call_command("seed_demo", verbosity=0, stdout=devnull)
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=request.config.option.verbose)


@pytest.fixture(scope="session")
def live_url(django_db_setup) -> str:
    """Base URL (no trailing slash) of a runserver process on the seeded test database."""
    from django.db import connection

    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(connection.settings_dict),
        "PYTHONUNBUFFERED": "1",
    }
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / f"browser-server-{worker}.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen(  # noqa: S603 (fixed arguments)
            [
                sys.executable,
                "manage.py",
                "runserver",
                f"127.0.0.1:{port}",
                "--noreload",
                "--skip-checks",
            ],
            cwd=settings.BASE_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base + "/", process, log_path)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def browser(django_db_setup):
    """Headless system Chromium. Depends on the database setup so it stops before teardown."""
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
