"""The read replica (``DATABASE_REPLICA_URL``): only the reads that asked for it go there.

Installed by the production settings when a replica is configured. Reads inside
``core.replica.replica_reads()`` (the staff reports and dashboards) go to the ``replica``
alias; every other read, and every write, to ``default``, so a learner or an editor always
reads what they have just written. Without a ``replica`` alias, everything stays on
``default``. Migrations run on ``default`` only (the replica follows it by replication).
"""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS, connections

from core.replica import reading_replica

REPLICA = "replica"
ALIASES = {DEFAULT_DB_ALIAS, REPLICA}


def replica_configured() -> bool:
    return REPLICA in connections.settings


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if reading_replica() and replica_configured():
            return REPLICA
        return None  # Django's default: the instance's own database, else ``default``

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The replica holds the primary's rows: an object read from one may point to the other.
        if obj1._state.db in ALIASES and obj2._state.db in ALIASES:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS
