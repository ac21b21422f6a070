"""The read replica: only the staff reports and dashboards read it, never a learner or an editor.

The integration tests give the test database a second alias, ``replica``: a connection of its
own to the same database. A row written in the test's transaction is not committed, so the
primary connection sees it and the replica connection does not; that tells which connection a
read went to (and shows why a learner's reads must never go to a replica that lags).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys

import pytest
from django.conf import settings as django_settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.utils import load_backend
from django.urls import reverse

from core.replica import on_replica, primary_reads, reading_replica, replica_reads
from learners.models import Learner
from portal.db_router import REPLICA, ReplicaRouter
from tests.learners.factories import LearnerFactory, QuizAttemptFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def replica(db, settings):
    """A ``replica`` alias on the test database (a second connection), and the router.

    The connection's own alias is not ``replica``: Django's test case refuses connections to
    the aliases it was not told about when it began, and this one is added after.
    """
    alias = copy.deepcopy(connections[DEFAULT_DB_ALIAS].settings_dict)
    wrapper = load_backend(alias["ENGINE"]).DatabaseWrapper(alias, "replica-for-tests")
    connections.settings[REPLICA] = alias
    connections[REPLICA] = wrapper
    settings.DATABASE_ROUTERS = ["portal.db_router.ReplicaRouter"]
    try:
        yield wrapper
    finally:
        wrapper.close()
        del connections[REPLICA]
        del connections.settings[REPLICA]


def test_scopes_nest_and_end():
    assert not reading_replica()
    with replica_reads():
        assert reading_replica()
        with primary_reads():
            assert not reading_replica()
        assert reading_replica()
    assert not reading_replica()

    @on_replica
    def inside():
        return reading_replica()

    assert inside() is True
    assert not reading_replica()


def test_without_a_replica_everything_stays_on_the_primary():
    router = ReplicaRouter()
    assert REPLICA not in connections.settings
    with replica_reads():
        assert router.db_for_read(Learner) is None  # Django's default: ``default``
        assert Learner.objects.all().db == DEFAULT_DB_ALIAS


def test_the_router_sends_only_scoped_reads_to_the_replica(replica):
    router = ReplicaRouter()
    assert router.db_for_read(Learner) is None
    assert Learner.objects.all().db == DEFAULT_DB_ALIAS
    with replica_reads():
        assert router.db_for_read(Learner) == REPLICA
        assert router.db_for_write(Learner) == DEFAULT_DB_ALIAS
        assert Learner.objects.all().db == REPLICA
    assert router.allow_migrate(DEFAULT_DB_ALIAS, "learners")
    assert not router.allow_migrate(REPLICA, "learners")


def test_a_scoped_read_goes_to_the_other_connection(replica):
    learner = LearnerFactory()  # written in the test's transaction, not committed
    assert Learner.objects.filter(pk=learner.pk).exists()
    with replica_reads():
        assert not Learner.objects.filter(pk=learner.pk).exists()  # the replica's view
        with primary_reads():
            assert Learner.objects.filter(pk=learner.pk).exists()
        # Writes inside the scope still go to the primary.
        learner.display_name = "Tên mới"
        learner.save()
    assert Learner.objects.get(pk=learner.pk).display_name == "Tên mới"


def test_the_quiz_report_reads_the_replica_and_the_sign_in_the_primary(
    replica, admin_client, tree, settings
):
    QuizAttemptFactory(quiz=tree.quiz)
    url = reverse("learner_reports:quizzes")
    # The admin's user and session were written in this transaction: they are read from the
    # primary, or the page would answer with the sign-in form.
    response = admin_client.get(url)
    assert response.status_code == 200
    # The report's rows come from the replica, which does not see the uncommitted attempt.
    assert tree.quiz.title not in response.content.decode()

    settings.DATABASE_ROUTERS = []  # no router: the same page reads the primary
    response = admin_client.get(url)
    assert tree.quiz.title in response.content.decode()


def run_with_replica(env: dict) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")}
    clean.update(
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="portal.example",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        **env,
    )
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(sorted(s.DATABASES), s.DATABASE_ROUTERS, s.DATABASES.get('replica', {}).get('NAME'))"
    )
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=django_settings.BASE_DIR,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_settings_add_the_replica_only_when_asked():
    primary = "postgres://portal@10.0.0.1:5432/portal"
    with_replica = run_with_replica(
        {"DATABASE_URL": primary, "DATABASE_REPLICA_URL": "postgres://portal@10.0.0.2/portal"}
    )
    assert with_replica.returncode == 0, with_replica.stderr
    assert with_replica.stdout.split() == [
        "['default',",
        "'replica']",
        "['portal.db_router.ReplicaRouter']",
        "portal",
    ]
    without = run_with_replica({"DATABASE_URL": primary})
    assert without.returncode == 0, without.stderr
    assert without.stdout.split()[:2] == ["['default']", "[]"]
    mixed = run_with_replica(
        {"DATABASE_URL": primary, "DATABASE_REPLICA_URL": "sqlite:///tmp/replica.sqlite3"}
    )
    assert mixed.returncode != 0 and "same kind of database" in mixed.stderr
