"""Print the portal's size and speed table: ``make bench`` or ``python -m bench.run``.

1. Builds a separate seeded database (``portal.settings.bench``): migrate + seed_demo.
2. Per page kind, in-process with Django's test client: HTML bytes, gzip bytes, the gzip bytes
   of the CSS and JS the page links, SQL queries, median server time.
3. Starts gunicorn (``portal/gunicorn.conf.py``, DEBUG off, WhiteNoise) on loopback and
   measures requests per second for the page kinds marked ``load`` with Debian's ``wrk``
   (``bench/loadgen.py``), a static file among them.
4. Quiz submissions (``submit``): every POST is a new submission with its own single-use form
   token, answering every question right (``bench/wrk_submit.lua``); the attempts made with the
   tokens sent are read back to check that each accepted submission was recorded once.

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
import tempfile
import time
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

from bench.loadgen import GET_SCRIPT, SUBMIT_SCRIPT, Wrk, run_wrk, wrk_path, wrk_version

SETTINGS = "portal.settings.bench"
ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONFIG = ROOT / "portal" / "gunicorn.conf.py"


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
    # The first stylesheet the lesson page links, served by WhiteNoise (``path`` found at run
    # time): the fastest thing the server can answer, beside the pages.
    static: bool = False
    # Served by a second gunicorn with the page cache off (PAGE_CACHE_ENABLED=false): the
    # same page, every request rendered.
    uncached: bool = False


QUIZ_PATH = "/vneid/kiem-tra/"
# Add rows here: a GET page, a POST with data=..., or submit=True for a quiz page's submissions.
PAGE_KINDS = [
    PageKind("home", "/"),
    PageKind("topic", "/vneid/"),
    PageKind("lesson", "/vneid/dang-nhap-vneid/", load=True),
    PageKind("lesson, page cache off", "/vneid/dang-nhap-vneid/", load=True, uncached=True),
    PageKind("stylesheet (static)", "", load=True, static=True),
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
# Phones the submissions come from, in turn: many more than wrk's connections, so that no phone
# has two submissions in flight (a person sends one at a time; their tallies are one row).
PHONES = 200
MAX_SUBMISSIONS = 30_000  # per load run: the form tokens minted beforehand (--max-submissions)
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


def body_of(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def lesson_stylesheet() -> str:
    """The path of the first stylesheet the lesson page links (served by WhiteNoise)."""
    from django.test import Client

    lesson = next(kind for kind in PAGE_KINDS if kind.name == BUDGET_KIND)
    parser = AssetParser()
    parser.feed(Client().get(lesson.path).content.decode("utf-8", "replace"))
    return next(urlsplit(url).path for url in parser.urls if url.endswith(".css"))


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
    html = b"" if kind.submit or kind.visit else body_of(response)
    parser = AssetParser()
    if not kind.static:
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
    """gunicorn with the production configuration (``portal/gunicorn.conf.py``) on loopback.

    ``workers`` and ``threads`` override the configuration's when given (0: keep them).
    """

    def __init__(self, workers: int = 0, threads: int = 0, page_cache: bool = True) -> None:
        from django.conf import settings

        self.port = free_port()
        self.page_cache = page_cache
        name = "gunicorn.log" if page_cache else "gunicorn-page-cache-off.log"
        self.log_path = Path(settings.BENCH_DIR) / name
        self.config = gunicorn_config(workers, threads)
        self.process: subprocess.Popen | None = None

    def describe(self) -> str:
        c = self.config
        return f"{c['workers']} {c['worker_class']} workers × {c['threads']} thread(s)"

    def __enter__(self) -> Gunicorn:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
            "PYTHONUNBUFFERED": "1",
            "PAGE_CACHE_ENABLED": "true" if self.page_cache else "false",
        }
        self.log = open(self.log_path, "wb")  # noqa: SIM115
        self.process = subprocess.Popen(  # noqa: S603 (fixed arguments)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                str(GUNICORN_CONFIG),
                "portal.wsgi:application",
                "--workers",
                str(self.config["workers"]),
                "--threads",
                str(self.config["threads"]),
                "--worker-class",
                self.config["worker_class"],
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
                progress(f"gunicorn: {self.describe()} on 127.0.0.1:{self.port}")
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


def gunicorn_config(workers: int = 0, threads: int = 0) -> dict:
    """The workers, threads and worker class ``portal/gunicorn.conf.py`` gives (as gunicorn
    reads it: a Python file), with ``workers``/``threads`` instead when given."""
    import runpy

    config = runpy.run_path(str(GUNICORN_CONFIG))
    threads = threads or config["threads"]
    return {
        "workers": workers or config["workers"],
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
    }


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


def hammer(port: int, kind: PageKind, how: Wrk, seconds: float) -> dict:
    """wrk GETs ``kind.path`` for ``seconds``; a success is a 2xx or 3xx (wrk's own count)."""
    if kind.data is not None or kind.submit:
        raise ValueError("hammer is for GET pages; see hammer_submissions")
    run = run_wrk(f"http://127.0.0.1:{port}{kind.path}", seconds, how, GET_SCRIPT)
    run["accepted"] = run["requests"] - run["status"]
    run["errors"] = run["status"] + run["socket_errors"]
    run["error_kinds"] = error_kinds(run)
    return run


def error_kinds(run: dict) -> list[str]:
    kinds = [f"HTTP {code}: {count}" for code, count in sorted(run.get("other", {}).items())]
    if run["status"] and "other" not in run:
        kinds.append(f"HTTP not 2xx/3xx: {run['status']}")
    kinds += [
        f"{kind}: {run[kind]}" for kind in ("connect", "read", "write", "timeout") if run[kind]
    ]
    return kinds


def csrf_pair(port: int, path: str) -> tuple[str, str]:
    """The ``csrftoken`` cookie and the form's ``csrfmiddlewaretoken``, from one GET of the quiz."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        html = response.read().decode("utf-8", "replace")
        cookies = {}
        for header in response.headers.get_all("Set-Cookie") or []:
            name, _, rest = header.partition("=")
            cookies[name.strip()] = rest.split(";", 1)[0]
    finally:
        conn.close()
    field = CSRF_FIELD.search(html)
    if response.status != 200 or not field or "csrftoken" not in cookies:
        raise SystemExit(f"{path} gave no CSRF cookie and field (HTTP {response.status})")
    return f"csrftoken={cookies['csrftoken']}", field.group(1)


def phone_sessions(count: int) -> list[str]:
    """``count`` phones' sessions, made the way a first submission makes one (an empty
    session saved by the session engine); each as its cookie, ``sessionid=…``."""
    from importlib import import_module

    from django.conf import settings

    store = import_module(settings.SESSION_ENGINE).SessionStore
    keys = []
    for _ in range(count):
        session = store()
        session.create()
        keys.append(f"{settings.SESSION_COOKIE_NAME}={session.session_key}")
    return keys


def hammer_submissions(
    port: int, kind: PageKind, how: Wrk, seconds: float, limit: int, phones: int
) -> dict:
    """wrk POSTs new submissions for ``seconds``, each with its own pre-minted form token.

    The csrftoken cookie and field come from one GET of the quiz page; each request carries
    one of ``phones`` phones' sessions in turn (more phones than connections: a phone sends
    one submission at a time, as a person does). At most ``limit`` submissions (the
    tokens minted). Returns wrk's summary with the tokens sent (``sent``: their nonces) and
    the result ids of the submissions answered with a redirect to a result (``results``).
    """
    from quizzes.submission import read_form_token

    forms = quiz_forms(kind)
    cookie, csrf = csrf_pair(port, kind.path)
    tokens = [forms.token() for _ in range(limit)]
    prefix, suffix = forms.body("TOKEN", csrf).decode().split("TOKEN")
    with tempfile.TemporaryDirectory(prefix="bench-submit-") as folder:
        spec = Path(folder) / "spec.txt"
        lines = [f"path {forms.path}", f"cookie {cookie}", f"prefix {prefix}", f"suffix {suffix}"]
        lines += [f"session {session}" for session in phone_sessions(phones)]
        lines += [f"token {quote(token, safe='')}" for token in tokens]
        spec.write_text("\n".join(lines) + "\n")
        run = run_wrk(
            f"http://127.0.0.1:{port}{forms.path}",
            seconds,
            how,
            SUBMIT_SCRIPT,
            {"BENCH_SUBMIT_SPEC": str(spec)},
        )
    # Thread k (from 1) of n sent tokens k, k + n, k + 2n …: its first ``sent`` of them.
    sent = []
    for k, thread in enumerate(run["threads"]):
        sent += tokens[k :: how.threads][: thread["sent"]]
    run["sent"] = [read_form_token(token)["n"] for token in sent]
    run["accepted"] = len(run["results"])
    run["exhausted"] = any(thread["exhausted"] for thread in run["threads"])
    run["other"] = {int(code): count for code, count in run["other"].items()}
    if run["exhausted"]:  # the request sent when the tokens ran out: a 400 by design
        run["other"][400] = run["other"].get(400, 0) - sum(
            thread["exhausted"] for thread in run["threads"]
        )
        run["other"] = {code: count for code, count in run["other"].items() if count > 0}
    run["errors"] = sum(run["other"].values()) + run["socket_errors"]
    run["error_kinds"] = error_kinds(run)
    return run


def settle(forms: QuizForms, quiet: float = 1.0, most: float = 30.0) -> None:
    """Wait until the requests wrk left in flight are done: the quiz's attempts stop growing."""
    deadline = time.monotonic() + most
    count = forms.attempts()[0]
    while time.monotonic() < deadline:
        time.sleep(quiet)
        now = forms.attempts()[0]
        if now == count:
            return
        count = now


def recorded(kind: PageKind, run: dict, before: int, in_flight: int) -> dict:
    """What the database holds for one run's submissions; ``ok`` when each was recorded once.

    Every redirect wrk counted leads to its own attempt, made with a token the run sent,
    passed (every answer was right); the quiz gained no other attempt; and the attempts
    recorded exceed the redirects by at most the requests in flight when wrk stopped (at
    most one per connection: sent, and recorded by the server, but not awaited).
    """
    from learners.models import QuizAttempt

    forms = quiz_forms(kind)
    settle(forms)
    found: dict[str, bool] = {}
    for start in range(0, len(run["sent"]), 2000):
        chunk = run["sent"][start : start + 2000]
        rows = QuizAttempt.objects.filter(quiz=forms.quiz, token__in=chunk)
        found.update(
            (str(public_id), passed)
            for public_id, passed in rows.values_list("public_id", "passed")
        )
    results = set(run["results"])
    after = forms.attempts()[0]
    unanswered = len(found) - run["accepted"]
    return {
        "before": before,
        "after": after,
        "sent": len(run["sent"]),
        "accepted": run["accepted"],
        "recorded": len(found),
        "passed": sum(found.values()),
        "unanswered": unanswered,
        "ok": (
            len(results) == run["accepted"]  # no result page twice
            and results <= set(found)  # each redirect's attempt is there
            and 0 <= unanswered <= in_flight
            and after - before == len(found)  # nothing else recorded
            and all(found.values())
        ),
    }


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


def environment(args, server: str) -> list[str]:
    import django
    import gunicorn
    import wagtail
    from django.conf import settings

    how = Wrk(args.threads, args.connections)
    return [
        f"- database: {database()}; connections kept {settings.DATABASES['default']['CONN_MAX_AGE']} s "
        "between requests, as in production",
        f"- CPUs: {os.cpu_count()}; {platform.platform()}",
        f"- Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, gunicorn {gunicorn.__version__}",
        f"- server time: median of {args.requests} in-process requests (Django test client) "
        f"after warm-up; gzip level {GZIP_LEVEL}",
        f"- req/s: gunicorn ({server}, portal/gunicorn.conf.py) on loopback; load by "
        f"{wrk_version() if not args.no_load else 'wrk'}, `{how.describe()}` (one process in "
        f"C on the same machine, not pinned to a core), {args.seconds:g} s after a 2 s warm-up, "
        "the same settings for every row; latency from wrk (request sent → response read)",
        f"- page cache: {page_cache_note()}",
        f"- submissions/s: the same wrk settings with bench/wrk_submit.lua: every POST a new "
        f"submission with its own pre-minted form token, every answer right, the CSRF cookie "
        f"and field of one GET, and {args.phones} phones' sessions in turn; at most "
        f"{args.max_submissions} per run; the redirect to the result is not followed",
    ]


def page_cache_note() -> str:
    import importlib.util

    if importlib.util.find_spec("core.pagecache") is None:
        return "none in this code (PAGE_CACHE_ENABLED is set but nothing reads it)"
    return (
        "off for the in-process columns (every request rendered); on for the gunicorn rows, "
        "but for the row that says “page cache off” (a second server)"
    )


def kb(n: int) -> str:
    return f"{n / 1024:.1f} KB"


def table(rows: list[tuple[PageKind, dict, dict | None]]) -> str:
    header = (
        "| page | path | HTML | HTML gz | CSS+JS gz | first visit gz | SQL queries "
        "| median server ms | req/s |"
    )
    lines = [header, "| " + " | ".join(["---"] * 9) + " |"]
    for kind, m, load in rows:
        rps = f"{load['accepted'] / load['seconds']:.0f}" if load else "–"
        if kind.submit or kind.visit:  # a 302 to the next page: no page of its own
            sizes = "– (302) | – | – | –"
        elif kind.static:  # the file itself, in the HTML columns
            sizes = f"{kb(m['html'])} | {kb(m['html_gz'])} | – | –"
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


def load_submissions(server: Gunicorn, kind: PageKind, how: Wrk, args) -> dict:
    """Warm-up and load run of a submit kind; each checked against the database."""
    from django.db import connections

    forms = quiz_forms(kind)
    progress(f"warming up gunicorn on {method_and_path(kind)} …")
    before = forms.attempts()[0]
    connections.close_all()
    warm = hammer_submissions(
        server.port, kind, how, 2, min(args.max_submissions, 2000), args.phones
    )
    warm_check = recorded(kind, warm, before, how.connections)
    progress(
        f"load: {method_and_path(kind)}, {how.describe()}, {args.seconds:g} s, "
        f"at most {args.max_submissions} submissions …"
    )
    before = forms.attempts()[0]
    connections.close_all()
    load = hammer_submissions(
        server.port, kind, how, args.seconds, args.max_submissions, args.phones
    )
    load["check"] = recorded(kind, load, before, how.connections)
    load["check"]["warm_ok"] = warm_check["ok"]
    load["check"]["ok"] = load["check"]["ok"] and warm_check["ok"]
    connections.close_all()
    return load


def alternated(server, kinds, loads, how, args) -> list[tuple[float, float]]:
    """More rounds of the lesson then the stylesheet on the same server: (lesson req/s,
    stylesheet req/s) per round. One pair of runs can differ by chance (another process, the
    CPU's clock); the median of alternated rounds is the figure to read."""
    lesson = next((k for k in kinds if k.name == BUDGET_KIND and k.load), None)
    static = next((k for k in kinds if k.static and k.load), None)
    if not lesson or not static or lesson not in loads or static not in loads:
        return []
    rounds = []
    for number in range(1, args.pairs + 1):
        progress(f"alternated round {number}/{args.pairs}: lesson, then stylesheet …")
        page, css = (hammer(server.port, kind, how, args.seconds) for kind in (lesson, static))
        rounds.append((page["accepted"] / page["seconds"], css["accepted"] / css["seconds"]))
    return rounds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page kind")
    parser.add_argument("--seconds", type=float, default=10, help="length of each load run")
    parser.add_argument("--connections", type=int, default=8, help="wrk's open connections")
    parser.add_argument("--threads", type=int, default=1, help="wrk's threads")
    parser.add_argument(
        "--workers", type=int, default=0, help="gunicorn workers (default: gunicorn.conf.py's)"
    )
    parser.add_argument(
        "--server-threads",
        type=int,
        default=0,
        help="threads per gunicorn worker (default: gunicorn.conf.py's)",
    )
    parser.add_argument(
        "--max-submissions",
        type=int,
        default=MAX_SUBMISSIONS,
        help="most quiz submissions per load run (form tokens minted beforehand)",
    )
    parser.add_argument(
        "--phones",
        type=int,
        default=PHONES,
        help="phones (sessions) the quiz submissions come from, in turn",
    )
    parser.add_argument("--reuse", action="store_true", help="keep the database built last time")
    parser.add_argument("--no-load", action="store_true", help="skip the gunicorn load run")
    parser.add_argument(
        "--only-load", action="store_true", help="skip the in-process rows (with --reuse)"
    )
    parser.add_argument(
        "--pairs",
        type=int,
        default=3,
        help="rounds of lesson then stylesheet, alternated, for their ratio (0: none)",
    )
    args = parser.parse_args(argv)
    if not args.no_load:
        wrk_path()  # before anything is built: say how to install it

    os.environ["DJANGO_SETTINGS_MODULE"] = SETTINGS
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings

    Path(settings.STATIC_ROOT).mkdir(parents=True, exist_ok=True)  # WhiteNoise warns without it
    # In-process columns: every request rendered (the cost of a page's first visit); the
    # gunicorn servers get PAGE_CACHE_ENABLED themselves (see ``Gunicorn``).
    settings.PAGE_CACHE_ENABLED = False

    if args.reuse:
        progress("reusing the benchmark database built last time")
    else:
        build()
    progress(f"database: {database()}")

    for index, kind in enumerate(PAGE_KINDS):
        if kind.offline and not kind.path:
            PAGE_KINDS[index] = replace(kind, path=biggest_topic_list())
        if kind.static and not kind.path:
            PAGE_KINDS[index] = replace(kind, path=lesson_stylesheet())
    kinds = [kind for kind in PAGE_KINDS if kind.load or not args.only_load]
    measured = {}
    for kind in kinds:
        progress(f"measuring {kind.name} {method_and_path(kind)} ({args.requests} requests) …")
        measured[kind] = measure_in_process(kind, args.requests)

    loads: dict[PageKind, dict] = {}
    pairs: list[tuple[float, float]] = []
    server = Gunicorn(args.workers, args.server_threads)
    how = Wrk(args.threads, args.connections)
    if not args.no_load and any(kind.load for kind in kinds):
        from django.db import connections

        connections.close_all()
        busy = other_cpu_use()
        if busy is not None:
            note = " (other work is using the CPUs: req/s will be low)" if busy > 0.3 else ""
            progress(f"CPU busy with other work before the load run: {busy:.1f} cores{note}")
        with server:
            for kind in (kind for kind in kinds if kind.load and not kind.uncached):
                if kind.submit:
                    loads[kind] = load_submissions(server, kind, how, args)
                    continue
                progress(f"warming up gunicorn on {kind.path} …")
                hammer(server.port, kind, how, 2)
                progress(f"load: {kind.path}, {how.describe()}, {args.seconds:g} s …")
                loads[kind] = hammer(server.port, kind, how, args.seconds)
            pairs = alternated(server, kinds, loads, how, args)
        progress("gunicorn stopped")
        uncached = [kind for kind in kinds if kind.load and kind.uncached]
        if uncached:
            with Gunicorn(args.workers, args.server_threads, page_cache=False) as other:
                for kind in uncached:
                    progress(f"warming up gunicorn (page cache off) on {kind.path} …")
                    hammer(other.port, kind, how, 2)
                    progress(f"load: {kind.path} (page cache off), {how.describe()} …")
                    loads[kind] = hammer(other.port, kind, how, args.seconds)
            progress("gunicorn (page cache off) stopped")

    rows = [(kind, measured[kind], loads.get(kind)) for kind in kinds]
    print()
    print(f"Database: {database()}")
    print()
    print(table(rows))
    print()
    all_recorded = True
    for kind, load in loads.items():
        errors = (
            f", errors: {load['errors']} ({', '.join(load['error_kinds'])})"
            if load["errors"]
            else ""
        )
        what = "submissions" if kind.submit else "requests"
        print(
            f"Under load, {kind.name}: {load['accepted']} {what} in {load['seconds']:.1f} s, "
            f"{load['accepted'] / load['seconds']:.0f} {what}/s, latency p50 "
            f"{load['p50_us'] / 1000:.1f} ms, p95 {load['p95_us'] / 1000:.1f} ms{errors}; "
            f"wrk used {load['cpu_share']:.1%} of a core"
            + (
                " (stopped: the pre-minted tokens ran out, see --max-submissions)"
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
                f"{check['accepted']} redirects to a result, each its own, "
                f"+ {check['unanswered']} in flight when wrk stopped (sent, recorded, not "
                f"awaited), {check['sent']} tokens sent; the warm-up's checked the same way: "
                + ("each recorded once, OK" if check["ok"] else "MISMATCH")
            )
    for kind in kinds:
        if kind.offline:
            saved = measured[kind]["saved"]
            print(
                f"Save a topic offline: “{saved['title']}” ({OFFLINE_SCREEN}), the biggest demo "
                f"topic: {saved['files']} files, {kb(saved['raw'])} as stored on the phone, "
                f"{kb(saved['wire'])} downloaded with text gzipped (the button showed "
                f"{kb(saved['listed'])}); its {saved['videos']} video file(s), "
                f"{kb(saved['video_bytes'])}, only when asked. The SQL and ms columns are the list's."
            )
    budget_kind = next((kind for kind in kinds if kind.name == BUDGET_KIND), None)
    static = next((kind for kind in kinds if kind.static), None)
    if budget_kind and static and budget_kind in loads and static in loads:
        lesson, css = (loads[k]["accepted"] / loads[k]["seconds"] for k in (budget_kind, static))
        print(
            f"Lesson page vs static file under the same load: {lesson:.0f} / {css:.0f} req/s = "
            f"{lesson / css:.0%} (the lesson's req/s are repeated anonymous GETs of one URL: "
            "what a page cache serves)"
        )
    if pairs:
        shares = [page / css for page, css in pairs]
        rounds = ", ".join(f"{page:.0f}/{css:.0f} = {page / css:.0%}" for page, css in pairs)
        print(
            f"Lesson vs static file, {len(pairs)} more rounds of {args.seconds:g} s each, "
            f"alternated (lesson, then the stylesheet) so that drift in the machine's speed "
            f"falls on both: {rounds}; median {statistics.median(shares):.0%}"
        )
    if budget_kind:
        first_visit = measured[budget_kind]["html_gz"] + measured[budget_kind]["assets_gz"]
        verdict = "within" if first_visit <= BUDGET_FIRST_VISIT_BYTES else "OVER"
        print(
            f"Budget: {BUDGET_KIND} first visit {kb(first_visit)} gz, {verdict} the "
            f"{kb(BUDGET_FIRST_VISIT_BYTES)} budget (images and video apart)."
        )
    print()
    print("Environment:")
    print("\n".join(environment(args, server.describe())))
    return 0 if all_recorded else 1


if __name__ == "__main__":
    sys.exit(main())
