"""Shared fixtures: the test database holds the real demo content, seeded once per run.

Tests run in transactions on top of it, so they can change anything and leave it as it was.
"""

import os
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115


def pytest_configure(config):
    # A fresh database gets fresh media; a reused one (--reuse-db) keeps the files it points to.
    if not config.getoption("reuse_db", False) and not os.environ.get("PYTEST_XDIST_WORKER"):
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)


@pytest.fixture
def home(db):
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="vi")


@pytest.fixture
def lesson(db):
    """The demo's VNeID log-in lesson."""
    from lessons.models import LessonPage

    return LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")


def pytest_collection_modifyitems(config, items):
    """Run the browser tests last: they share the seeded database with a server process."""
    items.sort(key=lambda item: "tests/browser/" in str(item.path).replace(os.sep, "/"))
