"""Shared fixtures: the test database holds the real demo content, seeded once per run.

Tests run in transactions on top of it, so they can change anything and leave it as it was.
Tests that talk to a real server process (``live_url``, ``app_server``) run last, add rows
that stay, and never use the ``db`` fixture.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.servers import free_port, gunicorn, runserver, serving, test_database_url

LIVE_FOLDERS = ("tests/live/", "tests/browser/")


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database, seeded with the demo content, also when no collected test uses ``db``.

    pytest-django creates test databases only for the aliases that collected tests ask for
    through ``db``; server tests never do, so run on their own they would get no test database
    at all (and the seeding would go to the development database).
    """
    from django.db import DEFAULT_DB_ALIAS
    from django.test.utils import setup_databases, teardown_databases

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


def pytest_configure(config):
    # A fresh database gets fresh media; a reused one (--reuse-db) keeps the files it points to.
    if not config.getoption("reuse_db", False) and not os.environ.get("PYTEST_XDIST_WORKER"):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)


@pytest.fixture(autouse=True)
def _vietnamese_first():
    """Every test starts in the site's language, whatever language a test before it used."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="vi")


@pytest.fixture
def lesson(db):
    """The demo's VNeID log-in lesson."""
    from lessons.models import LessonPage

    return LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")


@pytest.fixture(scope="session")
def live_url(django_db_setup) -> str:
    """Base URL (no trailing slash) of a runserver process on the seeded test database."""
    port = free_port()
    with serving("browser", runserver(port), port, {"DATABASE_URL": test_database_url()}) as url:
        yield url


@pytest.fixture(scope="session")
def app_server(django_db_setup) -> str:
    """Base URL of gunicorn with two workers of eight threads on the seeded test database.

    It trusts ``X-Forwarded-For`` from 127.0.0.1, as production trusts its proxy: the race
    tests give each phone an address of its own.
    """
    port = free_port()
    env = {"DATABASE_URL": test_database_url(), "TRUSTED_PROXIES": "127.0.0.1"}
    with serving("app", gunicorn(port), port, env) as url:
        yield url


def pytest_collection_modifyitems(config, items):
    """Run the server tests last: they share the seeded database with a server process."""
    items.sort(
        key=lambda item: any(
            folder in str(item.path).replace(os.sep, "/") for folder in LIVE_FOLDERS
        )
    )
