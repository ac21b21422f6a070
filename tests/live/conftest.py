from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connections


def outside(django_db_blocker, function):
    """Run ``function`` with database access in a thread of its own, then close its connection.

    A thread of its own: once the browser tests have started Playwright, this process's main
    thread runs an event loop, where Django refuses database calls. Autocommit, outside any
    test transaction, so it sees what the server processes committed.
    """

    def run():
        try:
            with django_db_blocker.unblock():
                return function()
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(run).result()


@pytest.fixture
def records(django_db_blocker):
    """Count committed rows as the server sees them."""

    def count(model, **filters) -> int:
        return outside(django_db_blocker, lambda: model.objects.filter(**filters).count())

    return count


@pytest.fixture
def orm(django_db_blocker):
    """Run a function with database access (reads only), as the server sees the database."""

    def run(function):
        return outside(django_db_blocker, function)

    return run
