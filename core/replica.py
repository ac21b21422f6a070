"""Reads that may go to the read replica: the staff reports and dashboards, nothing else.

A router that sent every read to a replica would break read-after-write: a learner who signs
in and opens their page, an editor who publishes and reloads, could read a replica a moment
behind. So reads go to the replica only inside ``replica_reads()`` (or a function decorated
with ``@on_replica``): heavy, read-only aggregates whose figures may be a second old. The
router that honours it is ``portal.db_router.ReplicaRouter``, installed only when
``DATABASE_REPLICA_URL`` is set; without it these scopes change nothing.

Code inside a scope must only read: writes still go to the primary, but a read that follows a
write in the same scope could miss it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

_reading_replica: ContextVar[bool] = ContextVar("reading_replica", default=False)

P = ParamSpec("P")
R = TypeVar("R")


def reading_replica() -> bool:
    """Whether the code running now asked for the replica."""
    return _reading_replica.get()


@contextmanager
def replica_reads() -> Iterator[None]:
    """Reads in this block may go to the replica (when one is configured)."""
    token = _reading_replica.set(True)
    try:
        yield
    finally:
        _reading_replica.reset(token)


@contextmanager
def primary_reads() -> Iterator[None]:
    """Reads in this block go to the primary, even inside ``replica_reads``."""
    token = _reading_replica.set(False)
    try:
        yield
    finally:
        _reading_replica.reset(token)


def on_replica(function: Callable[P, R]) -> Callable[P, R]:
    """Run ``function`` inside ``replica_reads()``."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with replica_reads():
            return function(*args, **kwargs)

    return wrapper
