"""The timing half of ``make scale``: every view a person waits for, on the province's database.

In-process with the Django test client (``DEBUG = False``; the production password hasher, see
``portal.settings.scale``). Each view: 2 warm-up requests, then ``requests`` timed ones over a
sample of learners, certificates, villages or communes; p50 and p95 (nearest rank); the SQL
queries of one request; and ``EXPLAIN (ANALYZE, BUFFERS)`` of each of its distinct queries in
``explain.txt`` (inside a transaction rolled back: nothing an EXPLAIN runs is kept).
"""

from __future__ import annotations

import gc
import math
import os
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PAGE_GOAL_MS = 300
REPORT_GOAL_MS = 5000


@dataclass
class Row:
    view: str
    goal_ms: int
    times: list[float] = field(default_factory=list)
    queries: list[dict] = field(default_factory=list)
    note: str = ""

    @property
    def p50(self) -> float:
        return statistics.median(self.times)

    @property
    def p95(self) -> float:
        ordered = sorted(self.times)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]


def timed(
    row: Row, requests: int, make: Callable[[int], tuple[Callable, int]], warmup: int = 2
) -> Row:
    """``make(i)`` prepares request i (untimed) and returns (send, expected status). The SQL
    queries are those of the last timed request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for i in range(warmup):
        send, expected = make(-1 - i)
        check(row, send(), expected)
    # As a gunicorn worker does once it has loaded the portal (``post_worker_init`` in
    # portal/gunicorn.conf.py): what is loaded by now lives as long as the process, so it is
    # put out of the garbage collector's sight and a full collection does not walk it again.
    gc.collect()
    gc.freeze()
    for i in range(requests):
        send, expected = make(i)
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = send()
            row.times.append((time.perf_counter() - started) * 1000)
        check(row, response, expected)
    row.queries = list(captured.captured_queries)
    print(
        f"  {row.view}: p50 {row.p50:.0f} ms, p95 {row.p95:.0f} ms, {len(row.queries)} queries",
        flush=True,
    )
    return row


def village_url(dashboard: str, village: tuple[int, int]) -> str:
    return f"{dashboard}?xa={village[1]}&thon={village[0]}"


def check(row: Row, response, expected: int) -> None:
    if response.status_code != expected:
        raise SystemExit(f"{row.view}: status {response.status_code}, expected {expected}")


def run(requests: int, out: Path) -> list[Row]:
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.urls import reverse

    from bench.scale import PIN, progress, refuse_sqlite
    from learners.models import Certificate, Learner, QuizAttempt
    from places.models import Commune, Village
    from portal.models import User
    from quizzes.models import QuizPage

    refuse_sqlite()
    if settings.DEBUG:
        raise SystemExit("make scale times with DEBUG = False")
    rng = random.Random(12)  # noqa: S311 (a repeatable sample, not a secret)
    progress(f"load average (the machine is shared): {os.getloadavg()}")
    progress(
        f"timing on {settings.DATABASES['default']['NAME']}: {requests} requests per view, "
        f"password hasher {settings.PASSWORD_HASHERS[0].rsplit('.', 1)[-1]}"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT (SELECT count(*) FROM learners_learner), "
            "(SELECT count(*) FROM learners_quizattempt), "
            "(SELECT count(*) FROM learners_questionoutcome), "
            "(SELECT count(*) FROM learners_lessoncompletion), "
            "(SELECT count(*) FROM community_household), "
            "(SELECT count(*) FROM community_visit), "
            "(SELECT count(*) FROM learners_certificate), "
            "(SELECT count(*) FROM places_commune), (SELECT count(*) FROM places_village)"
        )
        sizes = cursor.fetchone()
    progress(
        "rows: {:,} learners, {:,} attempts, {:,} question outcomes, {:,} completions, "
        "{:,} households, {:,} visits, {:,} certificates, {:,} communes, {:,} villages".format(
            *sizes
        )
    )
    # Samples: ordinary learners, the ten with the most attempts, certificates, places.
    synthetic = Learner.objects.filter(display_name__startswith="Học viên ")
    first = synthetic.order_by("pk").values_list("pk", flat=True).first()
    last = synthetic.order_by("-pk").values_list("pk", flat=True).first()
    ids = rng.sample(range(first, last + 1), min(200, last - first + 1))
    codes = list(Learner.objects.filter(pk__in=ids).values_list("code", flat=True))
    heavy = list(
        Learner.objects.filter(pk__in=range(first, first + 10)).values_list("code", flat=True)
    )
    heavy_attempts = QuizAttempt.objects.filter(learner__code=heavy[0]).count()
    certificate_ids = Certificate.objects.order_by("-pk").values_list("pk", flat=True)[:1]
    top = certificate_ids[0]
    certificates = list(
        Certificate.objects.filter(
            pk__in=rng.sample(range(max(1, top - 100_000), top + 1), 200)
        ).values_list("code", flat=True)
    )
    communes = list(Commune.objects.values_list("pk", flat=True))
    villages = list(Village.objects.filter(commune__isnull=False).values_list("pk", "commune_id"))
    admin, _created = User.objects.get_or_create(
        username="scale-officer", defaults={"is_staff": True, "is_superuser": True}
    )
    staff = Client()
    staff.force_login(admin)
    quiz = QuizPage.objects.live().filter(locale__language_code="vi").order_by("pk").first()
    submit_url = quiz.url + quiz.reverse_subpage("submit")
    answers = [
        (f"q-{key.id}", choice) for key in quiz.key.values() for choice in sorted(key.correct)
    ]

    def signed_in(code: str) -> Client:
        client = Client()
        response = client.post(reverse("learners:sign_in"), {"code": code, "pin": PIN})
        if response.status_code != 302:
            raise SystemExit(f"sign-in of {code}: status {response.status_code}")
        return client

    rows: list[Row] = []

    # What a sign-in cannot do without: one check of a PIN with the production hasher.
    from django.contrib.auth.hashers import check_password, get_hasher

    from learners.hashers import pin_hasher

    hasher = get_hasher(pin_hasher())
    pin_hash = Learner.objects.filter(code=codes[0]).values_list("pin_hash", flat=True).get()
    alone = Row(
        f"(PIN check alone: {hasher.algorithm}, {getattr(hasher, 'iterations', '?'):,} "
        "iterations; no request)",
        PAGE_GOAL_MS,
    )
    for _ in range(10):
        started = time.perf_counter()
        if not check_password(PIN, pin_hash):
            raise SystemExit("the synthetic learners' PIN does not match")
        alone.times.append((time.perf_counter() - started) * 1000)
    print(f"  {alone.view}: p50 {alone.p50:.0f} ms, p95 {alone.p95:.0f} ms", flush=True)

    def sign_in(i: int):
        client = Client()
        code = codes[i % len(codes)]
        return (
            lambda: client.post(reverse("learners:sign_in"), {"code": code, "pin": PIN}),
            302,
        )

    rows.append(timed(Row("sign-in with code and PIN", PAGE_GOAL_MS), requests, sign_in))
    rows.append(alone)

    heavy_clients = [signed_in(code) for code in heavy[:3]]

    def learner_page(i: int):
        client = heavy_clients[i % len(heavy_clients)]
        return (lambda: client.get(reverse("learners:index")), 200)

    rows.append(
        timed(
            Row(f"learner's page ({heavy_attempts} attempts)", PAGE_GOAL_MS),
            requests,
            learner_page,
        )
    )

    public = Client()

    def certificate(i: int):
        code = certificates[i % len(certificates)]
        return (lambda: public.get(reverse("learners:certificate_check", args=[code])), 200)

    rows.append(timed(Row("certificate check (public)", PAGE_GOAL_MS), requests, certificate))

    submitter = signed_in(codes[0])

    def submission(i: int):
        from quizzes.submission import new_form_token

        data: dict[str, list[str]] = {"form_token": [new_form_token(quiz)[0]]}
        for name, choice in answers:
            data.setdefault(name, []).append(choice)
        return (lambda: submitter.post(submit_url, data), 302)

    rows.append(timed(Row("quiz submission", PAGE_GOAL_MS), requests, submission))

    def staff_get(url: str):
        return lambda: staff.get(url)

    staff_pages = [
        ("report: quiz results (pass rates)", reverse("learner_reports:quizzes")),
        ("report: hardest questions", reverse("learner_reports:questions")),
        ("report: lessons to check again", reverse("lesson_reports:recheck")),
    ]
    for label, url in staff_pages:
        rows.append(
            timed(Row(label, PAGE_GOAL_MS), requests, lambda i, url=url: (staff_get(url), 200))
        )

    # Before the running tallies: the same reports counting every attempt and answer.
    from unittest import mock

    before = max(3, requests // 10)
    with mock.patch("learners.stats.tallied", return_value=False):
        for label, url in staff_pages[:2]:
            rows.append(
                timed(
                    Row(
                        f"{label}, counted from every record (before; {before} requests)",
                        PAGE_GOAL_MS,
                    ),
                    before,
                    lambda i, url=url: (staff_get(url), 200),
                    warmup=1,
                )
            )

    dashboard = reverse("campaign_dashboard:index")
    report = reverse("campaign_report:index")
    rows.append(
        timed(
            Row("dashboard: one village (of its commune)", PAGE_GOAL_MS),
            requests,
            lambda i: (
                staff_get(village_url(dashboard, rng.choice(villages))),
                200,
            ),
        )
    )
    rows.append(
        timed(
            Row("dashboard: one commune", PAGE_GOAL_MS),
            requests,
            lambda i: (staff_get(f"{dashboard}?xa={rng.choice(communes)}"), 200),
        )
    )
    rows.append(
        timed(
            Row("quarterly report XLSX: one commune", REPORT_GOAL_MS),
            requests,
            lambda i: (staff_get(f"{report}?xa={rng.choice(communes)}&export=xlsx"), 200),
        )
    )
    # A province's whole dashboard (a row per commune) and the admin's home (the summary of
    # every village): both read the summary tables (community 0004), no household's records.
    rows.append(
        timed(
            Row("dashboard: whole province (a row per commune)", PAGE_GOAL_MS),
            requests,
            lambda i: (staff_get(dashboard), 200),
        )
    )
    rows.append(
        timed(
            Row("admin home, officer's summary of every village", PAGE_GOAL_MS),
            requests,
            lambda i: (staff_get(reverse("wagtailadmin_home")), 200),
        )
    )

    explain(rows, out / "explain.txt")
    table = markdown(rows, out / "explain.txt")
    (out / "table.md").write_text(table + "\n")
    print()
    print(table)
    return rows


def markdown(rows: list[Row], explain_path: Path) -> str:
    lines = [
        "| view | p50 ms | p95 ms | queries | goal | OK/over |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        verdict = "OK" if row.p95 <= row.goal_ms else "over"
        goal = f"≤ {row.goal_ms / 1000:g} s" if row.goal_ms >= 1000 else f"≤ {row.goal_ms} ms"
        lines.append(
            f"| {row.view} | {row.p50:.0f} | {row.p95:.0f} | {len(row.queries)} | {goal} "
            f"| {verdict} |"
        )
    lines.append("")
    lines.append(f"EXPLAIN (ANALYZE, BUFFERS) of each view's queries: {explain_path}")
    return "\n".join(lines)


def explain(rows: list[Row], path: Path) -> None:
    """Each view's distinct SELECTs, slowest first, explained; a transaction rolled back."""
    from django.db import connection, transaction

    with path.open("w") as out, transaction.atomic():
        for row in rows:
            out.write(f"\n\n######## {row.view}: {len(row.queries)} queries\n")
            seen = set()
            ordered = sorted(row.queries, key=lambda q: -float(q["time"] or 0))
            for query in ordered:
                sql = query["sql"]
                if sql in seen:
                    continue
                seen.add(sql)
                out.write(f"\n---- {float(query['time']) * 1000:.1f} ms: {sql[:2000]}\n")
                if not sql.lstrip().upper().startswith("SELECT"):
                    out.write("(not a SELECT: not explained)\n")
                    continue
                with connection.cursor() as cursor:
                    try:
                        with transaction.atomic():
                            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
                            plan = "\n".join(line for (line,) in cursor.fetchall())
                    except Exception as error:  # noqa: BLE001 (a query that cannot be replayed)
                        plan = f"(could not explain: {error})"
                out.write(plan + "\n")
        transaction.set_rollback(True)
