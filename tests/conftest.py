"""Shared fixtures: a test database per process, the demo content only where a test needs it.

Tests marked ``own_data`` (``pytestmark = pytest.mark.own_data``) build the few pages and
records they need with the factories in ``tests/<app>/factories.py`` (one tree for a test:
the ``tree`` fixture), and assume neither an empty nor a seeded database. Every other module
that uses the database reads the real demo content: ``demo_site`` seeds it once per
database, the first time such a module (or ``home``, ``lesson``, ``quiz``, a server) needs it.

Tests run in transactions, so they can change anything and leave it as it was. The order is:
own-data tests (and tests without a database), then the seeded ones, then the tests that talk
to a real server process (``live_url``, ``app_server``): those add rows that stay, and never
use the ``db`` fixture.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.servers import free_port, gunicorn, runserver, serving, test_database_url

LIVE_FOLDERS = ("tests/live/", "tests/browser/")
OWN_DATA = "own_data"


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_keepdb,
    django_db_createdb,
    django_db_modify_db_settings,
):
    """The test database (migrated: locales, the skills framework, groups), also when no
    collected test uses ``db``.

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
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=request.config.option.verbose)


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content (``seed_demo``), seeded once per test database, committed.

    Session-scoped, so it is set up before any test's transaction begins.
    """
    from wagtail.models import Site

    with django_db_blocker.unblock():
        with open(os.devnull, "w") as devnull:
            call_command("seed_demo", verbosity=0, stdout=devnull)
        Site.clear_site_root_paths_cache()


def uses_database(item) -> bool:
    """Whether a test asks for the database (a marker, a fixture, or Django's own TestCase)."""
    test_class = getattr(item, "cls", None)
    if test_class is not None and getattr(test_class, "databases", None):
        return True
    return bool(item.get_closest_marker("django_db")) or "_django_db_helper" in getattr(
        item, "fixturenames", ()
    )


def is_live(item) -> bool:
    return any(folder in str(item.path).replace(os.sep, "/") for folder in LIVE_FOLDERS)


@pytest.fixture(scope="module", autouse=True)
def _demo_content(request):
    """A module that uses the database and is not marked ``own_data`` reads the demo content.

    Module-scoped, so the seed (the first time) happens before the module's first test opens
    its transaction.
    """
    if request.node.get_closest_marker(OWN_DATA):
        return
    if any(item.module is request.module and uses_database(item) for item in request.session.items):
        request.getfixturevalue("demo_site")


@pytest.fixture(autouse=True)
def _site_root_paths_forgotten():
    """Wagtail caches the sites' root paths; a test that moved a site's root (a factory's home)
    is rolled back, its cached paths must go too."""
    yield
    from wagtail.models import Site

    Site.clear_site_root_paths_cache()


def pytest_configure(config):
    # A fresh database gets fresh media; a reused one (--reuse-db) keeps the files it points to.
    if not config.getoption("reuse_db", False) and not os.environ.get("PYTEST_XDIST_WORKER"):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: ids are reused after a rolled-back test, and a
    quiz revision's scoring key is cached by id."""
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _vietnamese_first():
    """Every test starts in the site's language, whatever language a test before it used."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


# The demo content ------------------------------------------------------------------------------


@pytest.fixture
def home(demo_site, db):
    """The demo's Vietnamese home page."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="vi")


@pytest.fixture
def lesson(demo_site, db):
    """The demo's VNeID log-in lesson."""
    from lessons.models import LessonPage

    return LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")


@pytest.fixture
def quiz(demo_site, db):
    """The demo's VNeID quiz."""
    from lessons.models import TopicPage
    from quizzes.models import QuizPage

    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    return QuizPage.objects.child_of(topic).get()


# A test's own data -----------------------------------------------------------------------------


@pytest.fixture
def tree(db):
    """A small site of the test's own: home → topic → two lessons and a quiz, all published."""
    from tests.quizzes.factories import build_tree

    return build_tree()


# Servers ---------------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def live_url(demo_site) -> str:
    """Base URL (no trailing slash) of a runserver process on the seeded test database."""
    port = free_port()
    with serving("browser", runserver(port), port, {"DATABASE_URL": test_database_url()}) as url:
        yield url


@pytest.fixture(scope="session")
def app_server(demo_site) -> str:
    """Base URL of gunicorn with two workers of eight threads on the seeded test database.

    It trusts ``X-Forwarded-For`` from 127.0.0.1, as production trusts its proxy: the race
    tests give each phone an address of its own.
    """
    port = free_port()
    env = {"DATABASE_URL": test_database_url(), "TRUSTED_PROXIES": "127.0.0.1"}
    with serving("app", gunicorn(port), port, env) as url:
        yield url


def pytest_collection_modifyitems(config, items):
    """Own data (and no database) first, then the seeded tests, then the server tests: those
    share the seeded database with a server process."""

    def group(item) -> int:
        if is_live(item):
            return 2
        if item.get_closest_marker(OWN_DATA) or not uses_database(item):
            return 0
        return 1

    items.sort(key=group)
