"""Print the portal's size and speed table: ``make bench`` or ``python -m bench.run``.

1. Builds a separate seeded database (``portal.settings.bench``): migrate + seed_demo.
2. Per page kind, in-process with Django's test client: HTML bytes, gzip bytes, the gzip bytes
   of the CSS and JS the page links, SQL queries, median server time.
3. Starts gunicorn (2 sync workers, DEBUG off, WhiteNoise) on loopback and measures requests
   per second for the page kinds marked ``load`` with a bounded keep-alive load generator.
4. Quiz submissions (``submit``): every POST is a new submission with its own single-use form
   token, answering every question right; attempts are counted before and after to check that
   each accepted submission was recorded.

Numbers depend on the machine and on what else runs on it; see bench/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit

SETTINGS = "portal.settings.bench"
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class PageKind:
    """One row of the table. ``data`` makes it a POST of that data.

    ``submit``: ``path`` is a quiz page, and every request is a new submission of its form,
    POSTed to the quiz's submit URL with a fresh form token and every answer right.
    """

    name: str
    path: str
    data: dict | None = field(default=None, hash=False)
    load: bool = False  # also measure requests per second under gunicorn
    submit: bool = False
    user: str = ""  # signed in as this staff account (in-process rows only)
    visit: bool = False  # ``path`` is a household page: each request records a new visit there
    # The list a phone asks for to keep the biggest demo topic offline (``path`` is found at run
    # time); the sizes are what the “Lưu để xem khi không có mạng” button then downloads.
    offline: bool = False


QUIZ_PATH = "/vneid/kiem-tra/"
# Add rows here: a GET page, a POST with data=..., or submit=True for a quiz page's submissions.
PAGE_KINDS = [
    PageKind("home", "/"),
    PageKind("topic", "/vneid/"),
    PageKind("lesson", "/vneid/dang-nhap-vneid/", load=True),
    PageKind("search", "/tim-kiem/?q=lua+dao"),
    PageKind("print", "/vneid/dang-nhap-vneid/in/"),
    PageKind("quiz", QUIZ_PATH, load=True),
    PageKind("quiz submission", QUIZ_PATH, load=True, submit=True),
    # The door-to-door campaign at demo scale (5 villages, 1 334 households): a trainer's list of
    # households (the first 30 of ~470), recording a visit, the officer's dashboard.
    PageKind("trainer's households", "/to-cong-nghe-so/", user="totruong-dong"),
    PageKind("visit recorded", "/to-cong-nghe-so/ho/", user="totruong-dong", visit=True),
    PageKind("campaign dashboard", "/admin/campaign/dashboard/", user="canbo-vhxh"),
    PageKind("save a topic offline", "", offline=True),
]
OFFLINE_SCREEN = "vw=360&dpr=2"  # a 360 px phone at 2x, as the browser tests use
TEXT_TYPES = ("text/", "application/javascript", "application/json")
MAX_SUBMISSIONS = 20_000  # per load run: the form tokens minted beforehand (--max-submissions)
RESULT_PATH = re.compile(r"^/(?:[a-z]{2}/)?hoc-vien/ket-qua/[0-9a-f-]{36}/$")
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
BUDGET_KIND = "lesson"
BUDGET_FIRST_VISIT_BYTES = 30 * 1024  # DESIGN.md: lesson page, HTML + CSS + JS, gzip
GZIP_LEVEL = 6

_started = time.monotonic()


def progress(message: str) -> None:
    print(f"[{time.monotonic() - _started:6.1f}s] {message}", flush=True)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Building -------------------------------------------------------------------------------------


def recreate_database() -> None:
    from django.conf import settings
    from django.db import connection

    db = settings.DATABASES["default"]
    if connection.vendor == "sqlite":
        path = Path(db["NAME"]).resolve()
        if settings.BENCH_DIR.resolve() not in path.parents:
            raise SystemExit(f"Refusing to delete {path}: not under {settings.BENCH_DIR}")
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        progress(f"database: new SQLite file {path.relative_to(ROOT)}")
    elif connection.vendor == "postgresql":
        name = db["NAME"]
        if name != settings.BENCH_DATABASE:
            raise SystemExit(f"Refusing to drop database {name!r}")
        connection.close()
        with connection._nodb_cursor() as cursor:
            try:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            except Exception:  # PostgreSQL before 13 has no FORCE
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}"')
        progress(
            f"database: re-created PostgreSQL database {name} on {db.get('HOST') or 'localhost'}"
        )
    else:
        raise SystemExit(f"Unsupported database vendor {connection.vendor}")


def build() -> None:
    from django.conf import settings
    from django.core.management import call_command

    recreate_database()
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    Path(settings.MEDIA_ROOT).mkdir(parents=True)
    progress("migrate …")
    call_command("migrate", interactive=False, verbosity=0)
    progress("seed_demo …")
    call_command("seed_demo", verbosity=1)
    progress("database ready")


# In-process measurements ----------------------------------------------------------------------


class AssetParser(HTMLParser):
    """Stylesheets and scripts a page links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        rel = (attrs.get("rel") or "").lower().split()
        if tag == "link" and "stylesheet" in rel and attrs.get("href"):
            self.urls.append(attrs["href"])
        elif tag == "script" and attrs.get("src"):
            self.urls.append(attrs["src"])


_asset_sizes: dict[str, int] = {}


def asset_gzip_bytes(client, url: str) -> int:
    """Gzip size of one linked stylesheet or script, fetched like a browser would (cached)."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    if url in _asset_sizes:
        return _asset_sizes[url]
    parts = urlsplit(url)
    if parts.netloc:
        raise SystemExit(f"A page links {url} on another host: the budget allows none.")
    response = client.get(parts.path)
    if response.status_code == 200:
        body = b"".join(response.streaming_content) if response.streaming else response.content
    else:  # not served (e.g. WhiteNoise off): read it where the finders find it
        found = finders.find(parts.path.removeprefix(settings.STATIC_URL))
        if not found:
            raise SystemExit(f"Cannot find {url} (HTTP {response.status_code}, not in finders)")
        body = Path(found).read_bytes()
    _asset_sizes[url] = gz(body)
    return _asset_sizes[url]


class QuizForms:
    """Right answers to one quiz, each time with a new single-use form token.

    Tokens are minted here with ``quizzes.submission.new_form_token()``, exactly as the quiz page does on
    every GET: same settings, so the same SECRET_KEY as the gunicorn server, which accepts them
    as its own. Each names a new nonce, so each submission records a new attempt.
    """

    def __init__(self, quiz_path: str) -> None:
        from quizzes.models import QuizPage

        quizzes = QuizPage.objects.live().public()
        quiz = next((q for q in quizzes if urlsplit(q.get_url()).path == quiz_path), None)
        if quiz is None:
            raise SystemExit(f"No live quiz at {quiz_path}")
        self.quiz = quiz
        self.path = quiz.url + quiz.reverse_subpage("submit")
        self.answers = [
            (f"q-{key.id}", choice) for key in quiz.key.values() for choice in sorted(key.correct)
        ]

    def token(self) -> str:
        from quizzes.submission import new_form_token

        return new_form_token(self.quiz)[0]

    def data(self) -> dict[str, list[str]]:
        """For the test client (which skips the CSRF check)."""
        data: dict[str, list[str]] = {"form_token": [self.token()]}
        for name, choice in self.answers:
            data.setdefault(name, []).append(choice)
        return data

    def body(self, token: str, csrf: str) -> bytes:
        """The form as a browser sends it."""
        fields = [("csrfmiddlewaretoken", csrf), ("form_token", token), *self.answers]
        return urlencode(fields).encode()

    def attempts(self) -> tuple[int, int]:
        """Attempts recorded on this quiz: all of them, and those passed."""
        from learners.models import QuizAttempt

        attempts = QuizAttempt.objects.filter(quiz=self.quiz)
        return attempts.count(), attempts.filter(passed=True).count()


_quiz_forms: dict[str, QuizForms] = {}


def quiz_forms(kind: PageKind) -> QuizForms:
    if kind.path not in _quiz_forms:
        _quiz_forms[kind.path] = QuizForms(kind.path)
    return _quiz_forms[kind.path]


class VisitForms:
    """A visit to one household of the trainer's village, each time with a new client id."""

    def __init__(self, username: str) -> None:
        from django.contrib.auth import get_user_model
        from django.urls import reverse
        from wagtail.models import Locale

        from community.access import households_for
        from community.models import Outcome
        from lessons.models import LessonPage

        user = get_user_model().objects.get(username=username)
        household = households_for(user).filter(members__isnull=False).order_by("pk").first()
        self.household = household
        self.path = reverse("community:visit_add", args=[household.pk])
        self.member = household.members.order_by("pk").first()
        default = Locale.get_default()
        self.lessons = list(
            LessonPage.objects.live().filter(locale=default).values_list("pk", flat=True)[:2]
        )
        self.outcomes = list(
            Outcome.objects.filter(locale=default).values_list("pk", flat=True)[:2]
        )

    def data(self) -> dict:
        import uuid

        from django.utils import timezone

        return {
            "client_id": str(uuid.uuid4()),
            "visited_on": timezone.localdate().isoformat(),
            "present": [str(self.member.pk)],
            "lessons": [str(pk) for pk in self.lessons],
            f"outcome-{self.member.pk}": [str(pk) for pk in self.outcomes],
            "remaining": "",
            "problem_kind": "",
            "problem_note": "",
        }


_visit_forms: dict[str, VisitForms] = {}


def visit_forms(kind: PageKind) -> VisitForms:
    if kind.user not in _visit_forms:
        _visit_forms[kind.user] = VisitForms(kind.user)
    return _visit_forms[kind.user]


def method_and_path(kind: PageKind) -> str:
    if kind.submit:
        return f"POST {quiz_forms(kind).path}"
    if kind.visit:
        return f"POST {visit_forms(kind).path}"
    return f"POST {kind.path}" if kind.data is not None else kind.path


def request_data(kind: PageKind) -> dict | None:
    """What one request sends; made before the clock starts (minting a token is not served)."""
    if kind.visit:
        return visit_forms(kind).data()
    return quiz_forms(kind).data() if kind.submit else kind.data


def request(client, kind: PageKind, data: dict | None):
    if kind.submit:
        return client.post(quiz_forms(kind).path, data)
    if kind.visit:
        return client.post(visit_forms(kind).path, data)
    if data is not None:
        return client.post(kind.path, data)
    return client.get(kind.path)


def check_response(kind: PageKind, response) -> None:
    if kind.submit:
        location = urlsplit(response.headers.get("Location", "")).path
        if response.status_code != 302 or not RESULT_PATH.match(location):
            raise SystemExit(
                f"{kind.name} {method_and_path(kind)} answered HTTP {response.status_code} "
                f"{location!r}, not a redirect to a result"
            )
    elif kind.visit:
        if response.status_code != 302:
            raise SystemExit(f"{kind.name} answered HTTP {response.status_code}, not a redirect")
    elif response.status_code not in (200, 302):
        raise SystemExit(f"{kind.name} {kind.path} answered HTTP {response.status_code}")


def biggest_topic_list() -> str:
    """The offline list (``/api/offline/<id>.json``) of the demo topic that weighs most."""
    from django.test import Client
    from django.urls import reverse

    from lessons.models import TopicPage

    client, sizes = Client(), {}
    for topic in TopicPage.objects.live().filter(locale__language_code="vi"):
        path = reverse("offline_bundle", args=[topic.pk]) + "?" + OFFLINE_SCREEN
        sizes[path] = client.get(path).json()["bytes"]
    return max(sizes, key=sizes.get)


def offline_download(client, listing: bytes) -> dict:
    """What saving the topic downloads: every file of the list, as served, and gzipped where a
    server compresses text (pages, stylesheets, scripts); pictures as they are."""
    import json

    data = json.loads(listing)
    raw = wire = 0
    for url, _size in data["items"]:
        response = client.get(url)
        if response.status_code != 200:
            raise SystemExit(f"save a topic offline: {url} answered HTTP {response.status_code}")
        body = b"".join(response.streaming_content) if response.streaming else response.content
        raw += len(body)
        text = response.headers.get("Content-Type", "").startswith(TEXT_TYPES)
        wire += gz(body) if text else len(body)
    return {
        "title": data["title"],
        "files": len(data["items"]),
        "raw": raw,
        "wire": wire,
        "listed": data["bytes"],
        "videos": len(data["videos"]),
        "video_bytes": data["video_bytes"],
    }


def measure_in_process(kind: PageKind, repeats: int) -> dict:
    """Sizes, queries and server time; a submit kind's client is one phone (one session)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    if kind.user:
        from django.contrib.auth import get_user_model

        client.force_login(get_user_model().objects.get(username=kind.user))
    before = quiz_forms(kind).attempts()[0] if kind.submit else 0
    for _ in range(2):  # warm-up: renditions, template and URL caches
        response = request(client, kind, request_data(kind))
        check_response(kind, response)
    html = b"" if kind.submit or kind.visit else response.content
    parser = AssetParser()
    parser.feed(html.decode("utf-8", "replace"))
    assets = sum(asset_gzip_bytes(client, url) for url in dict.fromkeys(parser.urls))
    data = request_data(kind)
    with CaptureQueriesContext(connection) as queries:
        check_response(kind, request(client, kind, data))
    query_count = len(queries)  # now: the next request_started signal empties the log
    times = []
    for _ in range(repeats):
        data = request_data(kind)
        start = time.perf_counter()
        response = request(client, kind, data)
        times.append(time.perf_counter() - start)
        check_response(kind, response)
    saved = offline_download(client, html) if kind.offline else None
    if kind.submit:
        recorded = quiz_forms(kind).attempts()[0] - before
        if recorded != repeats + 3:
            raise SystemExit(f"{kind.name}: {repeats + 3} submissions recorded {recorded} attempts")
    return {
        "html": len(html),
        "html_gz": gz(html),
        "assets_gz": assets,
        "assets": len(parser.urls),
        "queries": query_count,
        "median_ms": statistics.median(times) * 1000,
        "saved": saved,
    }


# Under gunicorn -------------------------------------------------------------------------------


class Gunicorn:
    def __init__(self, workers: int) -> None:
        from django.conf import settings

        self.port = free_port()
        self.log_path = Path(settings.BENCH_DIR) / "gunicorn.log"
        self.workers = workers
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Gunicorn:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "PYTHONUNBUFFERED": "1"}
        self.log = open(self.log_path, "wb")  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603 (fixed arguments)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                "--workers",
                str(self.workers),
                "--bind",
                f"127.0.0.1:{self.port}",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                conn.request("GET", "/")
                conn.getresponse().read()
                conn.close()
                progress(f"gunicorn: {self.workers} workers on 127.0.0.1:{self.port}")
                return self
            except OSError:
                time.sleep(0.25)
        self.__exit__()
        log = self.log_path.read_text(errors="replace")[-3000:]
        raise SystemExit(f"gunicorn did not start; its log ({self.log_path}):\n{log}")

    def __exit__(self, *exc_info) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def other_cpu_use(seconds: float = 1.0) -> float | None:
    """How many cores other processes keep busy while this one sleeps (Linux only)."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:]]
        return values[3] + values[4], sum(values)  # idle + iowait, total

    try:
        idle1, total1 = sample()
        time.sleep(seconds)
        idle2, total2 = sample()
    except (OSError, ValueError, IndexError):
        return None
    total = total2 - total1
    return (1 - (idle2 - idle1) / total) * (os.cpu_count() or 1) if total else None


STOP = object()  # what a load client's ``send`` returns when it has nothing left to send


def drive(port: int, clients: int, seconds: float, prepare, send) -> dict:
    """``clients`` threads sending one request after another for ``seconds``.

    ``prepare(conn)`` runs in each thread before the start (e.g. opening a form) and returns
    its state; ``send(conn, state)`` makes one request and returns ``None`` when it was a
    success, an error description otherwise, or ``STOP`` when there is nothing left to send.
    Each thread keeps its connection open when the server allows (gunicorn's sync workers do
    not, so http.client simply reconnects). Bounded by ``seconds`` (and by what ``send`` has).
    """
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    clock = {"began": 0.0, "deadline": 0.0}

    def start() -> None:  # run once, when every client has prepared
        clock["began"] = time.perf_counter()
        clock["deadline"] = clock["began"] + seconds

    start_line = threading.Barrier(clients + 1, action=start)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        failures: list[str] = []
        try:
            state = prepare(conn)
        except Exception as error:  # reported as an error; the run goes on
            state, failures = STOP, [f"setup: {type(error).__name__}: {error}"]
            conn.close()
        start_line.wait()
        while state is not STOP and time.perf_counter() < clock["deadline"]:
            started = time.perf_counter()
            try:
                failure = send(conn, state)
            except (OSError, http.client.HTTPException) as error:
                failure = type(error).__name__
                conn.close()
            if failure is STOP:
                break
            if failure is None:
                mine.append(time.perf_counter() - started)
            else:
                failures.append(failure)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(failures)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    start_line.wait()
    for thread in threads:
        thread.join(seconds + 60)
    elapsed = time.perf_counter() - clock["began"]
    latencies.sort()
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "rps": len(latencies) / elapsed,
        "p50_ms": latencies[len(latencies) // 2] * 1000 if latencies else float("nan"),
        "p95_ms": latencies[int(len(latencies) * 0.95)] * 1000 if latencies else float("nan"),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
    }


def hammer(port: int, kind: PageKind, clients: int, seconds: float) -> dict:
    """GET ``kind.path`` again and again; a success is a 200."""
    if kind.data is not None or kind.submit:
        raise ValueError("hammer is for GET pages; see hammer_submissions")

    def send(conn, _state) -> str | None:
        conn.request("GET", kind.path)  # reconnects by itself when the server closed
        response = conn.getresponse()
        response.read()
        return None if response.status == 200 else f"HTTP {response.status}"

    return drive(port, clients, seconds, lambda conn: None, send)


def cookies_from(response, jar: dict[str, str]) -> None:
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, rest = header.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]


def hammer_submissions(port: int, kind: PageKind, clients: int, seconds: float, limit: int) -> dict:
    """Each client is a phone: it opens the quiz page once (CSRF cookie and form field), then
    sends submission after submission, each with its own pre-minted form token, keeping its
    cookies (its first submission starts its session). A success is a redirect to a new result.
    At most ``limit`` submissions in all, and at most ``seconds``.
    """
    forms = quiz_forms(kind)
    tokens = deque(forms.token() for _ in range(limit))
    results: list[str] = []

    def prepare(conn) -> dict:
        jar: dict[str, str] = {}
        conn.request("GET", kind.path)
        response = conn.getresponse()
        html = response.read().decode("utf-8", "replace")
        cookies_from(response, jar)
        field = CSRF_FIELD.search(html)
        if response.status != 200 or not field or "csrftoken" not in jar:
            raise ValueError(f"{kind.path} gave no CSRF cookie and field (HTTP {response.status})")
        return {"jar": jar, "csrf": field.group(1)}

    def send(conn, state) -> str | None:
        try:
            token = tokens.popleft()
        except IndexError:
            return STOP
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(f"{name}={value}" for name, value in state["jar"].items()),
        }
        conn.request("POST", forms.path, forms.body(token, state["csrf"]), headers)
        response = conn.getresponse()
        response.read()
        location = urlsplit(response.getheader("Location") or "").path
        if response.status != 302 or not RESULT_PATH.match(location):
            return f"HTTP {response.status} {location}".strip()
        cookies_from(response, state["jar"])
        results.append(location)  # list.append is atomic in CPython
        return None

    outcome = drive(port, clients, seconds, prepare, send)
    outcome["distinct_results"] = len(set(results))
    outcome["exhausted"] = not tokens
    return outcome


# Report ---------------------------------------------------------------------------------------


def database() -> str:
    """Which database the benchmark uses, e.g. “SQLite 3.46.1 (…/bench.sqlite3)”."""
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        name = f"SQLite {sqlite3.sqlite_version}"
    else:
        version = connection.cursor().connection.info.server_version
        host = connection.settings_dict.get("HOST") or "localhost"
        name = f"PostgreSQL {version // 10000}.{version % 10000} on {host}"
    return f"{name} ({connection.settings_dict['NAME']})"


def environment(args) -> list[str]:
    import django
    import gunicorn
    import wagtail

    return [
        f"- database: {database()}",
        f"- CPUs: {os.cpu_count()}; {platform.platform()}",
        f"- Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, gunicorn {gunicorn.__version__}",
        f"- server time: median of {args.requests} in-process requests (Django test client) "
        f"after warm-up; gzip level {GZIP_LEVEL}",
        f"- req/s: gunicorn, {args.workers} sync workers; {args.clients} clients (Python threads "
        f"with http.client on the same machine, sharing its CPUs; the sync workers close each "
        f"connection, so every request is a new loopback connection); {args.seconds:g} s after "
        f"a 2 s warm-up",
        f"- submissions/s: the same clients, each one phone (its own CSRF cookie and session) "
        f"POSTing new submissions with pre-minted form tokens, every answer right; at most "
        f"{args.max_submissions} per run; the redirect to the result is not followed",
    ]


def kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def table(rows: list[tuple[PageKind, dict, dict | None]]) -> str:
    header = (
        "| page | path | HTML | HTML gz | CSS+JS gz | first visit gz | SQL queries "
        "| median server ms | req/s |"
    )
    lines = [header, "| " + " | ".join(["---"] * 9) + " |"]
    for kind, m, load in rows:
        rps = f"{load['rps']:.0f}" if load else "–"
        if kind.submit or kind.visit:  # a 302 to the next page: no page of its own
            sizes = "– (302) | – | – | –"
        elif kind.offline:  # what the save downloads, in the HTML columns; videos apart
            saved = m["saved"]
            sizes = f"{kb(saved['raw'])} ({saved['files']} files) | {kb(saved['wire'])} | – | –"
        else:
            sizes = (
                f"{kb(m['html'])} | {kb(m['html_gz'])} "
                f"| {kb(m['assets_gz'])} ({m['assets']} file{'s' if m['assets'] != 1 else ''}) "
                f"| {kb(m['html_gz'] + m['assets_gz'])}"
            )
        lines.append(
            f"| {kind.name} | `{method_and_path(kind)}` | {sizes} | {m['queries']} "
            f"| {m['median_ms']:.1f} | {rps} |"
        )
    return "\n".join(lines)


def load_submissions(server: Gunicorn, kind: PageKind, args) -> dict:
    """Warm-up and load run of a submit kind, with the attempts counted before and after."""
    from django.db import connections

    forms = quiz_forms(kind)
    before = forms.attempts()
    connections.close_all()
    progress(f"warming up gunicorn on {method_and_path(kind)} …")
    warm = hammer_submissions(server.port, kind, args.clients, 2, min(args.max_submissions, 2000))
    progress(
        f"load: {method_and_path(kind)}, {args.clients} clients, {args.seconds:g} s, "
        f"at most {args.max_submissions} submissions …"
    )
    load = hammer_submissions(server.port, kind, args.clients, args.seconds, args.max_submissions)
    after = forms.attempts()
    connections.close_all()
    accepted = warm["requests"] + load["requests"]
    load["check"] = {
        "before": before[0],
        "after": after[0],
        "accepted": accepted,
        "passed": after[1] - before[1],
        "ok": (
            after[0] - before[0] == accepted
            and after[1] - before[1] == accepted
            and warm["distinct_results"] == warm["requests"]
            and load["distinct_results"] == load["requests"]
        ),
    }
    return load


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page kind")
    parser.add_argument("--clients", type=int, default=8, help="concurrent load clients")
    parser.add_argument("--seconds", type=float, default=10, help="length of the load run")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument(
        "--max-submissions",
        type=int,
        default=MAX_SUBMISSIONS,
        help="most quiz submissions per load run (form tokens minted beforehand)",
    )
    parser.add_argument("--reuse", action="store_true", help="keep the database built last time")
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn load run")
    args = parser.parse_args(argv)

    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)  # WhiteNoise warns without it

    if args.reuse:
        progress("reusing the benchmark database built last time")
    else:
        build()
    progress(f"database: {database()}")

    for index, kind in enumerate(PAGE_KINDS):
        if kind.offline and not kind.path:
            PAGE_KINDS[index] = replace(kind, path=biggest_topic_list())
    measured = {}
    for kind in PAGE_KINDS:
        progress(f"measuring {kind.name} {method_and_path(kind)} ({args.requests} requests) …")
        measured[kind] = measure_in_process(kind, args.requests)

    loads: dict[PageKind, dict] = {}
    if not args.no_load and any(kind.load for kind in PAGE_KINDS):
        from django.db import connections

        connections.close_all()
        busy = other_cpu_use()
        if busy is not None:
            note = " (other work is using the CPUs: req/s will be low)" if busy > 0.3 else ""
            progress(f"CPU busy with other work before the load run: {busy:.1f} cores{note}")
        with Gunicorn(args.workers) as server:
            for kind in (kind for kind in PAGE_KINDS if kind.load):
                if kind.submit:
                    loads[kind] = load_submissions(server, kind, args)
                    continue
                progress(f"warming up gunicorn on {kind.path} …")
                hammer(server.port, kind, args.clients, 2)
                progress(f"load: {kind.path}, {args.clients} clients, {args.seconds:g} s …")
                loads[kind] = hammer(server.port, kind, args.clients, args.seconds)
        progress("gunicorn stopped")

    rows = [(kind, measured[kind], loads.get(kind)) for kind in PAGE_KINDS]
    print()
    print(f"Database: {database()}")
    print()
    print(table(rows))
    print()
    all_recorded = True
    for kind, load in loads.items():
        errors = f", errors: {load['errors']} {load['error_kinds']}" if load["errors"] else ""
        what = "submissions" if kind.submit else "requests"
        print(
            f"Under load, {kind.name}: {load['requests']} {what}, {load['rps']:.0f} {what}/s, "
            f"latency p50 {load['p50_ms']:.0f} ms, p95 {load['p95_ms']:.0f} ms{errors}"
            + (
                f" (stopped at --max-submissions after {load['seconds']:.1f} s)"
                if load.get("exhausted")
                else ""
            )
        )
        if "check" in load:
            check = load["check"]
            all_recorded = all_recorded and check["ok"]
            print(
                f"  Recorded: attempts on the quiz {check['before']} → {check['after']} "
                f"(+{check['after'] - check['before']}, {check['passed']} passed) for "
                f"{check['accepted']} accepted submissions, warm-up included: "
                + ("each recorded once, OK" if check["ok"] else "MISMATCH")
            )
    for kind in PAGE_KINDS:
        if kind.offline:
            saved = measured[kind]["saved"]
            print(
                f"Save a topic offline: “{saved['title']}” ({OFFLINE_SCREEN}), the biggest demo "
                f"topic: {saved['files']} files, {kb(saved['raw'])} as stored on the phone, "
                f"{kb(saved['wire'])} downloaded with text gzipped (the button showed "
                f"{kb(saved['listed'])}); its {saved['videos']} video file(s), "
                f"{kb(saved['video_bytes'])}, only when asked. The SQL and ms columns are the list's."
            )
    budget_kind = next(kind for kind in PAGE_KINDS if kind.name == BUDGET_KIND)
    first_visit = measured[budget_kind]["html_gz"] + measured[budget_kind]["assets_gz"]
    verdict = "within" if first_visit <= BUDGET_FIRST_VISIT_BYTES else "OVER"
    print(
        f"Budget: {BUDGET_KIND} first visit {kb(first_visit)} gz, {verdict} the "
        f"{kb(BUDGET_FIRST_VISIT_BYTES)} budget (images and video apart)."
    )
    print()
    print("Environment:")
    print("\n".join(environment(args)))
    return 0 if all_recorded else 1


if __name__ == "__main__":
    sys.exit(main())
