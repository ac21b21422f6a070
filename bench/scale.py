"""A million learners: build a synthetic province on PostgreSQL and time the pages people wait for.

``make scale`` (``python -m bench.scale``). See bench/SCALE.md.

1. Build (unless ``--reuse``): the database ``portal_scale`` on the server of ``DATABASE_URL``
   (``postgres://postgres@127.0.0.1:5432`` when unset) is dropped and re-created, then ``migrate``
   and ``seed_demo`` give the real pages, quizzes, skills and outcomes; then ``scale_build.sql``
   adds the province in set-based SQL (INSERT … SELECT over generate_series), secondary indexes
   and foreign keys dropped during the load and re-created after it, then ``ANALYZE``.
2. Time (unless ``--no-time``): each view a person waits for, ``--requests`` times, in-process
   with the Django test client (``DEBUG = False``, production password hasher), p50 and p95;
   then ``EXPLAIN (ANALYZE, BUFFERS)`` of each view's queries into
   ``test-artifacts/scale/explain.txt``.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.scale"

ROOT = Path(__file__).resolve().parent.parent
SQL = Path(__file__).resolve().parent / "scale_build.sql"
OUT = ROOT / "test-artifacts" / "scale"

# Full-scale counts (``--scale`` multiplies the rows, never the communes and villages).
COMMUNES = 200
VILLAGES_PER_COMMUNE = 20
FULL = {
    "learners": 1_000_000,
    "attempts": 10_000_000,
    "completions": 3_000_000,
    "achievements": 2_000_000,
    "certificates": 400_000,
    "topic_certificates": 300_000,
    "households": 300_000,
    "members": 900_000,
    "visits": 600_000,
    "seen": 1_350_000,
    "recognitions": 30_000,
    "problems": 6_000,
    "sessions": 100_000,
}
# Tables loaded in bulk: their secondary indexes and foreign keys are dropped first.
BULK_TABLES = [
    "learners_learner",
    "learners_quizattempt",
    "learners_questionoutcome",
    "learners_lessoncompletion",
    "learners_skillachievement",
    "learners_certificate",
    "community_household",
    "community_member",
    "community_visit",
    "community_outcomeseen",
    "community_recognition",
    "community_problem",
    "learners_quizpersontally",  # a row per person and quiz, made by the tallies stage
]
PIN = "2468"
# Connections that load a split stage, and that make the indexes again, at once (this
# machine: 2 cores).
LOAD_JOBS = 2
INDEX_JOBS = 2
INDEX_WORKERS = 1  # parallel workers of each index build
START = time.monotonic()


def progress(message: str) -> None:
    print(f"[{time.monotonic() - START:7.1f} s] {message}", flush=True)


def refuse_sqlite() -> None:
    from django.conf import settings

    if not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        raise SystemExit(
            "make scale runs on PostgreSQL only: set DATABASE_URL to a PostgreSQL server "
            "(e.g. postgres://postgres@127.0.0.1:5432/portal); it builds portal_scale there."
        )


def recreate_database() -> None:
    from django.conf import settings
    from django.db import connection

    name = settings.DATABASES["default"]["NAME"]
    if name != settings.SCALE_DATABASE:
        raise SystemExit(f"Refusing to drop database {name!r}")
    connection.close()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        cursor.execute(f'CREATE DATABASE "{name}"')
    progress(f"database: re-created {name} on {settings.DATABASES['default'].get('HOST')}")


def manage(*args: str) -> None:
    started = time.monotonic()
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, check=True)  # noqa: S603
    progress(f"manage.py {' '.join(args)}: {time.monotonic() - started:.1f} s")


def code_shift(existing: list[str], count: int, length: int) -> int:
    """A shift for ``code((g * 48271 + shift) % 25**length)`` that makes none of the existing
    codes for g in 1..count (a bijection: 48271 is prime to 25)."""
    alphabet = "34679ACDEFGHJKMNPQRTUVWXY"
    modulus = 25**length
    inverse = pow(48271, -1, modulus)
    numbers = []
    for code in existing:
        chars = code.replace("-", "")
        if len(chars) == length and all(ch in alphabet for ch in chars):
            n = 0
            for ch in chars:
                n = n * 25 + alphabet.index(ch)
            numbers.append(n)
    shift = 7
    while any(1 <= ((n - shift) * inverse) % modulus <= count for n in numbers):
        shift += 1
    return shift


def facts(scale: float) -> dict:
    """The demo's foreign keys (quizzes and their questions, lessons, skills, topics, outcomes),
    loaded into temporary tables, and the numbers the SQL is filled with."""
    from django.db import connection
    from wagtail.models import Locale

    from community.models import Outcome
    from learners.hashers import hash_pin
    from learners.models import Certificate
    from lessons.models import LessonPage, TopicPage
    from portal.models import User
    from quizzes.models import QuizPage
    from skills.models import Skill

    counts = {name: max(1, round(value * scale)) for name, value in FULL.items()}
    counts["members"] = min(counts["members"], counts["learners"])
    counts["certificates"] = min(counts["certificates"], counts["learners"])
    counts["topic_certificates"] = min(counts["topic_certificates"], counts["certificates"])
    counts["recognitions"] = min(counts["recognitions"], counts["households"] // 10)
    counts["problems"] = min(counts["problems"], counts["households"] // 50)
    quizzes = list(QuizPage.objects.live().order_by("pk"))
    rows = {
        "scale_quiz": [
            (n, quiz.pk, quiz.live_revision_id, len(quiz.key), quiz.pass_mark)
            for n, quiz in enumerate(quizzes)
        ],
        "scale_question": [
            (quiz.pk, position, question_id, key.skill_id)
            for quiz in quizzes
            for position, (question_id, key) in enumerate(quiz.key.items())
        ],
        "scale_lesson": list(
            enumerate(
                LessonPage.objects.live()
                .filter(locale=Locale.get_default())
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        ),
        "scale_skill": list(
            enumerate(
                Skill.objects.filter(locale=Locale.get_default())
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        ),
        "scale_topic": [
            (n, pk, title)
            for n, (pk, title) in enumerate(
                TopicPage.objects.live()
                .filter(locale=Locale.get_default())
                .order_by("pk")
                .values_list("pk", "title")
            )
        ],
        "scale_outcome": list(
            enumerate(
                Outcome.objects.filter(locale=Locale.get_default())
                .order_by("pk")
                .values_list("pk", flat=True)
            )
        ),
    }
    columns = {
        "scale_quiz": "n int, quiz_id bigint, revision_id bigint, total int, pass_mark int",
        "scale_question": "quiz_id bigint, position int, question_id text, skill_id bigint",
        "scale_lesson": "n int, lesson_id bigint",
        "scale_skill": "n int, skill_id bigint",
        "scale_topic": "n int, topic_id bigint, title text",
        "scale_outcome": "n int, outcome_id bigint",
    }
    tables = [(table, columns[table], values) for table, values in rows.items()]
    with connection.cursor() as cursor:
        temp_tables(cursor, tables)
        cursor.execute("CREATE TEMP TABLE scale_taken AS SELECT code FROM learners_learner")
        bases = {}
        for name, table in [
            ("commune", "places_commune"),
            ("village", "places_village"),
            ("learner", "learners_learner"),
            ("attempt", "learners_quizattempt"),
            ("outcome", "learners_questionoutcome"),
            ("completion", "learners_lessoncompletion"),
            ("achievement", "learners_skillachievement"),
            ("certificate", "learners_certificate"),
            ("household", "community_household"),
            ("member", "community_member"),
            ("visit", "community_visit"),
            ("seen", "community_outcomeseen"),
            ("recognition", "community_recognition"),
            ("problem", "community_problem"),
        ]:
            cursor.execute(f"SELECT coalesce(max(id), 0) FROM {table}")  # noqa: S608
            bases[f"{name}_base"] = cursor.fetchone()[0]
    trainer = (
        User.objects.filter(trainer__isnull=False).order_by("pk").values_list("pk", flat=True)
    ).first()
    start = "2025-10-11 07:00:00+07"
    import datetime as dt

    begin = dt.datetime.fromisoformat(start)
    now = dt.datetime.now(dt.UTC)
    villages = COMMUNES * VILLAGES_PER_COMMUNE
    return {
        **counts,
        **bases,
        "tables": tables,
        "communes": COMMUNES,
        "villages": villages,
        "villages_per_commune": VILLAGES_PER_COMMUNE,
        "village_households": max(1, round(counts["households"] / villages * 1.1)),
        "village_residents": max(1, round(counts["learners"] / villages * 1.2)),
        "heavy": min(2000, counts["attempts"] // 2),
        "heavy_each": min(2000, counts["attempts"] // 2) // 10,
        "outcome_attempts": counts["attempts"],
        "quizzes": len(rows["scale_quiz"]),
        "lessons": len(rows["scale_lesson"]),
        "skills": len(rows["scale_skill"]),
        "topics": len(rows["scale_topic"]),
        "outcomes": len(rows["scale_outcome"]),
        "trainer": trainer if trainer is not None else "NULL",
        "pin_hash": hash_pin(PIN),
        "certificate_code_shift": code_shift(
            list(Certificate.objects.values_list("code", flat=True)), counts["certificates"], 8
        ),
        "start": start,
        "start_day": begin.date().isoformat(),
        "seconds": int((now - begin).total_seconds()),
        "days": (now.date() - begin.date()).days + 1,
    }


@dataclass
class Remake:
    """What makes the dropped indexes and constraints again: the indexes (those behind the
    unique constraints too), then the constraints, in order."""

    indexes: list[str] = field(default_factory=list)  # CREATE [UNIQUE] INDEX
    constraints: list[str] = field(default_factory=list)  # ALTER TABLE … ADD CONSTRAINT
    dropped: int = 0  # indexes and constraints

    def __len__(self) -> int:
        return self.dropped


def temp_tables(cursor, tables: list[tuple[str, str, list]]) -> None:
    """The demo's foreign keys as temporary tables of this connection."""
    for table, columns, values in tables:
        cursor.execute(f"CREATE TEMP TABLE {table} ({columns})")
        marks = ", ".join(["%s"] * len(columns.split(",")))
        cursor.executemany(f"INSERT INTO {table} VALUES ({marks})", values)  # noqa: S608


def load_settings(cursor) -> None:
    """The session of a bulk load."""
    cursor.execute("SET synchronous_commit = off")
    cursor.execute("SET maintenance_work_mem = '2GB'")
    cursor.execute("SET work_mem = '256MB'")
    cursor.execute("SET max_parallel_maintenance_workers = 2")
    # No trigger during the load (the tallies are counted once at the end).
    cursor.execute("SET session_replication_role = replica")


def run_parts(body: str, values: dict, helpers: str, total: int, jobs: int) -> int:
    """A stage split in ``jobs`` ranges of ordinals ``{lo}``–``{hi}`` of ``total``, each on a
    connection of its own at once (an INSERT … SELECT runs in one process; this machine has
    two cores). Each connection gets the temporary tables and helper functions."""
    from django.db import connection

    rows: list[int] = []

    def work(part: int, _stop: threading.Event) -> None:
        lo, hi = 1 + total * part // jobs, total * (part + 1) // jobs
        with connection.cursor() as cursor:  # this thread's own connection
            load_settings(cursor)
            temp_tables(cursor, values["tables"])
            for statement in split_statements(helpers.format(**values)):
                cursor.execute(statement)
            for statement in split_statements(body.format(**values, lo=lo, hi=hi)):
                cursor.execute(statement)
                rows.append(max(cursor.rowcount, 0))

    on_own_connections(work, jobs)
    return sum(rows)


def on_own_connections(work, jobs: int) -> None:
    """``work(i, stop)`` for i in 0 … jobs − 1 at once, each in a thread with its own database
    connection (closed at its end); ``stop`` is set when one fails, whose error is raised."""
    from django.db import connections

    failures: list[BaseException] = []
    stop = threading.Event()

    def run(index: int) -> None:
        try:
            work(index, stop)
        except BaseException as error:  # noqa: BLE001 (raised again below)
            failures.append(error)
            stop.set()
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        raise failures[0]


def drop_secondary(cursor) -> Remake:
    """Drop the bulk tables' foreign keys, unique constraints and indexes (the primary keys
    stay); return what makes them again. A unique constraint comes back as its index, made
    like the others, then ``ADD CONSTRAINT … UNIQUE USING INDEX`` (the same constraint, but its
    index can be made alongside others: ``CREATE INDEX`` lets other index builds run on the
    table, ``ADD CONSTRAINT … UNIQUE`` would not)."""
    tables = ", ".join(f"'{t}'::regclass" for t in BULK_TABLES)
    cursor.execute(
        f"""SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype,
               CASE WHEN contype = 'u' AND NOT condeferrable THEN pg_get_indexdef(conindid) END
        FROM pg_constraint WHERE conrelid IN ({tables}) AND contype IN ('f', 'u')
        ORDER BY contype DESC"""  # noqa: S608 (our table names); unique first, then foreign keys
    )
    constraints = cursor.fetchall()
    cursor.execute(
        f"""SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
        FROM pg_index i WHERE i.indrelid IN ({tables}) AND NOT i.indisprimary
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid
                        AND c.contype IN ('u', 'p'))"""  # noqa: S608 (our table names)
    )
    indexes = cursor.fetchall()
    for table, name, _definition, _kind, _index in constraints:
        cursor.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
    for name, _definition in indexes:
        cursor.execute(f"DROP INDEX {name}")
    remake = Remake(dropped=len(constraints) + len(indexes))
    for _name, definition in indexes:
        remake.indexes.append(definition)
    for table, name, definition, _kind, index in constraints:
        if index:
            remake.indexes.append(index)
            definition = f'UNIQUE USING INDEX "{name}"'
        remake.constraints.append(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
    return remake


def remake_indexes(remake: Remake, jobs: int, workers: int) -> None:
    """Make the indexes again on ``jobs`` connections at once, the biggest tables' first (a
    parallel build still writes each index in one process), then the constraints in order on
    this connection (a foreign key is checked against every row here)."""
    from django.db import connection

    with connection.cursor() as cursor:
        sized = []
        for statement in remake.indexes:
            table = re.search(r" ON (\S+) USING ", statement).group(1)
            cursor.execute("SELECT pg_relation_size(%s::regclass)", [table])
            sized.append((cursor.fetchone()[0], statement))
    queue = sorted(sized, key=lambda item: -item[0])
    lock = threading.Lock()

    def work(_job: int, stop: threading.Event) -> None:
        with connection.cursor() as cursor:  # this thread's own connection
            cursor.execute("SET maintenance_work_mem = '1GB'")
            cursor.execute(f"SET max_parallel_maintenance_workers = {workers}")
            while not stop.is_set():
                with lock:
                    if not queue:
                        return
                    _size, statement = queue.pop(0)
                one = time.monotonic()
                cursor.execute(statement)
                if time.monotonic() - one >= 1:
                    progress(f"  {time.monotonic() - one:6.1f} s  {statement[:100]}")

    on_own_connections(work, jobs)
    with connection.cursor() as cursor:
        for statement in remake.constraints:
            one = time.monotonic()
            cursor.execute(statement)
            if time.monotonic() - one >= 1:
                progress(f"  {time.monotonic() - one:6.1f} s  {statement[:100]}")


def build(scale: float, keep_indexes: bool) -> None:
    import django

    django.setup()
    refuse_sqlite()
    recreate_database()
    manage("migrate", "--no-input", "-v", "0")
    manage("seed_demo")
    from django.db import connection

    values = facts(scale)
    progress(
        "province: {communes} communes, {villages} villages, {learners:,} learners, "
        "{attempts:,} attempts, {completions:,} completions, {households:,} households".format(
            **values
        )
    )
    with connection.cursor() as cursor:
        load_settings(cursor)
        again = Remake() if keep_indexes else drop_secondary(cursor)
        if again:
            progress(f"dropped {len(again)} secondary indexes and constraints of the bulk tables")
        text = SQL.read_text()
        helpers = ""
        for part in re.split(r"^-- stage: ", text, flags=re.MULTILINE)[1:]:
            label, _newline, body = part.partition("\n")
            helpers = helpers or body  # the first stage: the helper functions
            started = time.monotonic()
            rows = 0
            split = re.search(r"^-- split: (\w+)$", body, flags=re.MULTILINE)
            if split:
                rows = run_parts(body, values, helpers, values[split.group(1)], LOAD_JOBS)
            else:
                for statement in split_statements(body.format(**values)):
                    cursor.execute(statement)
                    rows += max(cursor.rowcount, 0)
            progress(f"{label}: {rows:,} rows in {time.monotonic() - started:.1f} s")
        cursor.execute("SET session_replication_role = DEFAULT")
        started = time.monotonic()
        if again:
            remake_indexes(again, INDEX_JOBS, INDEX_WORKERS)
        if again:
            progress(f"indexes and constraints made again: {time.monotonic() - started:.1f} s")
        for table in [*BULK_TABLES, "places_commune", "places_village"]:
            top = f"(SELECT coalesce(max(id), 1) FROM {table})"  # noqa: S608 (our table names)
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {top})")
        started = time.monotonic()
        cursor.execute("ANALYZE")
        progress(f"ANALYZE: {time.monotonic() - started:.1f} s")
        cursor.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        progress(f"database size: {cursor.fetchone()[0]}")


def split_statements(body: str) -> list[str]:
    """Statements separated by ``;`` at the end of a line (function bodies are $$-quoted)."""
    statements, current, quoted = [], [], False
    for line in body.splitlines():
        if line.startswith("--") and not quoted:
            continue
        current.append(line)
        quoted ^= line.count("$$") % 2 == 1
        if line.rstrip().endswith(";") and not quoted:
            statements.append("\n".join(current).strip())
            current = []
    if "".join(current).strip():
        statements.append("\n".join(current).strip())
    return statements


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="share of the full row counts")
    parser.add_argument("--requests", type=int, default=30, help="timed requests per view")
    parser.add_argument("--reuse", action="store_true", help="time the database built last time")
    parser.add_argument("--no-time", action="store_true", help="build only")
    parser.add_argument(
        "--keep-indexes", action="store_true", help="load with every index in place"
    )
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    if not args.reuse:
        build(args.scale, args.keep_indexes)
        progress("build done")
    if not args.no_time:
        from bench import scale_timing

        scale_timing.run(args.requests, OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
