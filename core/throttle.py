"""Limits on tries (wrong PINs, staff sign-ins): count first, atomically, then check.

Reading a counter, checking a slow hash and only then adding one lets thirty requests sent at
the same moment all be checked. Here each try first takes its number in one transaction (a
locked row on PostgreSQL, an immediate write transaction on SQLite); only the tries numbered
within the limit go on to be checked. The counts live in the database, which every worker
process and every app server shares, so the limit does not multiply with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Value
from django.db.models.functions import Greatest
from django.utils import timezone

from .models import Counter


@dataclass(frozen=True)
class Limit:
    """At most ``tries`` under one key within ``window``."""

    scope: str  # e.g. "pin:code"
    tries: int
    window: timedelta

    def key(self, value: str) -> str:
        return f"{self.scope}:{value}"[:200]


def hit(key: str, window: timedelta) -> int:
    """Count one try under ``key``; return its number within the current window."""
    now = timezone.now()
    while True:
        with transaction.atomic():
            Counter.objects.bulk_create(
                [Counter(key=key, count=0, expires_at=now + window)], ignore_conflicts=True
            )
            counter = Counter.objects.select_for_update().filter(key=key).first()
            if counter is None:  # deleted (a right PIN, an expired window) since: again
                continue
            if counter.expires_at <= now:  # a new window
                counter.count, counter.expires_at = 0, now + window
            counter.count += 1
            counter.save(update_fields=["count", "expires_at"])
            return counter.count


def count_tries(limits: Sequence[tuple[Limit, str]]) -> list[int]:
    """Count a try under every (limit, value); return its number under each, in order."""
    purge_expired()
    return [hit(limit.key(value), limit.window) for limit, value in limits]


def take_turn(limits: Sequence[tuple[Limit, str]]) -> bool:
    """Count a try under every (limit, value); True if it is within every limit."""
    numbers = count_tries(limits)
    return all(
        number <= limit.tries for number, (limit, _value) in zip(numbers, limits, strict=True)
    )


def forget(limit: Limit, value: str) -> None:
    """Drop the count of a key (after a right PIN, or when the key must not be kept)."""
    Counter.objects.filter(key=limit.key(value)).delete()


def forget_starting(limit: Limit, prefix: str) -> None:
    """Drop the counts of every key of ``limit`` whose value starts with ``prefix``."""
    Counter.objects.filter(key__startswith=limit.key(prefix)).delete()


def give_back(limit: Limit, value: str) -> None:
    """Take back one counted try (a try that turned out right does not count)."""
    Counter.objects.filter(key=limit.key(value), count__gt=0).update(count=F("count") - 1)


def redeem(source: Limit, source_value: str, target: Limit, target_value: str) -> int:
    """Take the tries counted under ``source`` back from ``target`` and drop ``source``'s count.

    E.g. a person who mistyped their PIN twice and then typed it right: the address they used
    gets those three tries back. Returns how many were taken back.
    """
    with transaction.atomic():
        counter = Counter.objects.select_for_update().filter(key=source.key(source_value)).first()
        if counter is None:
            return 0
        taken = counter.count
        counter.delete()
        Counter.objects.filter(key=target.key(target_value)).update(
            count=Greatest(F("count") - taken, Value(0))
        )
    return taken


def purge_expired() -> int:
    """Drop counters whose window has passed; returns how many."""
    deleted, _ = Counter.objects.filter(expires_at__lte=timezone.now()).delete()
    return deleted
