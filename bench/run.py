"""Print the portal's size and speed table: ``make bench`` or ``python -m bench.run``.

1. Builds a separate seeded database (``portal.settings.bench``): migrate + seed_demo.
2. Per page kind, in-process with Django's test client: HTML bytes, gzip bytes, the gzip bytes
   of the CSS and JS the page links, SQL queries, median server time.
3. Starts gunicorn (2 sync workers, DEBUG off, WhiteNoise) on loopback and measures requests
   per second for the page kinds marked ``load`` with a bounded keep-alive load generator.

Numbers depend on the machine and on what else runs on it; see bench/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

SETTINGS = "portal.settings.bench"
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class PageKind:
    """One row of the table. ``data`` makes it a POST (e.g. a quiz submission)."""

    name: str
    path: str
    data: dict | None = field(default=None, hash=False)
    load: bool = False  # also measure requests per second under gunicorn


# Add rows here (e.g. PageKind("quiz", "/vneid/kiem-tra/"), and a quiz submission with data=...).
PAGE_KINDS = [
    PageKind("home", "/"),
    PageKind("topic", "/vneid/"),
    PageKind("lesson", "/vneid/dang-nhap-vneid/", load=True),
    PageKind("search", "/tim-kiem/?q=lua+dao"),
    PageKind("print", "/vneid/dang-nhap-vneid/in/"),
]
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


def request(client, kind: PageKind):
    if kind.data is not None:
        return client.post(kind.path, kind.data)
    return client.get(kind.path)


def measure_in_process(kind: PageKind, repeats: int) -> dict:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    for _ in range(2):  # warm-up: renditions, template and URL caches
        response = request(client, kind)
        if response.status_code not in (200, 302):
            raise SystemExit(f"{kind.name} {kind.path} answered HTTP {response.status_code}")
    html = response.content
    parser = AssetParser()
    parser.feed(html.decode("utf-8", "replace"))
    assets = sum(asset_gzip_bytes(client, url) for url in dict.fromkeys(parser.urls))
    with CaptureQueriesContext(connection) as queries:
        request(client, kind)
    query_count = len(queries)  # now: the next request_started signal empties the log
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        request(client, kind)
        times.append(time.perf_counter() - start)
    return {
        "html": len(html),
        "html_gz": gz(html),
        "assets_gz": assets,
        "assets": len(parser.urls),
        "queries": query_count,
        "median_ms": statistics.median(times) * 1000,
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


def hammer(port: int, kind: PageKind, clients: int, seconds: float) -> dict:
    """``clients`` threads requesting one after another for ``seconds``; counts 200 answers.

    Each thread keeps its connection open when the server allows (gunicorn's sync workers
    do not, so http.client simply reconnects).
    """
    if kind.data is not None:
        raise ValueError("load generation is for GET pages")
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    start_line = threading.Barrier(clients + 1)
    deadline = [0.0]

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        failures: list[str] = []
        start_line.wait()
        while time.perf_counter() < deadline[0]:
            started = time.perf_counter()
            try:
                conn.request("GET", kind.path)  # reconnects by itself when the server closed
                response = conn.getresponse()
                response.read()
                if response.status == 200:
                    mine.append(time.perf_counter() - started)
                else:
                    failures.append(f"HTTP {response.status}")
            except (OSError, http.client.HTTPException) as error:
                failures.append(type(error).__name__)
                conn.close()
        conn.close()
        with lock:
            latencies.extend(mine)
            errors.extend(failures)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    began = time.perf_counter()
    deadline[0] = began + seconds
    start_line.wait()
    for thread in threads:
        thread.join(seconds + 60)
    elapsed = time.perf_counter() - began
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50_ms": latencies[len(latencies) // 2] * 1000 if latencies else float("nan"),
        "p95_ms": latencies[int(len(latencies) * 0.95)] * 1000 if latencies else float("nan"),
        "errors": len(errors),
        "error_kinds": sorted(set(errors)),
    }


# Report ---------------------------------------------------------------------------------------


def environment(args) -> list[str]:
    import django
    import gunicorn
    import wagtail
    from django.db import connection

    if connection.vendor == "sqlite":
        import sqlite3

        database = f"SQLite {sqlite3.sqlite_version}"
    else:
        version = connection.cursor().connection.info.server_version
        database = f"PostgreSQL {version // 10000}.{version % 10000}"
    return [
        f"- database: {database} ({connection.settings_dict['NAME']})",
        f"- CPUs: {os.cpu_count()}; {platform.platform()}",
        f"- Python {platform.python_version()}, Django {django.get_version()}, "
        f"Wagtail {wagtail.__version__}, gunicorn {gunicorn.__version__}",
        f"- server time: median of {args.requests} in-process requests (Django test client) "
        f"after warm-up; gzip level {GZIP_LEVEL}",
        f"- req/s: gunicorn, {args.workers} sync workers; {args.clients} clients (Python threads "
        f"with http.client on the same machine, sharing its CPUs; the sync workers close each "
        f"connection, so every request is a new loopback connection); {args.seconds:g} s after "
        f"a 2 s warm-up",
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
        lines.append(
            f"| {kind.name} | `{kind.path}` | {kb(m['html'])} | {kb(m['html_gz'])} "
            f"| {kb(m['assets_gz'])} ({m['assets']} file{'s' if m['assets'] != 1 else ''}) "
            f"| {kb(m['html_gz'] + m['assets_gz'])} | {m['queries']} | {m['median_ms']:.1f} "
            f"| {rps} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page kind")
    parser.add_argument("--clients", type=int, default=8, help="concurrent load clients")
    parser.add_argument("--seconds", type=float, default=10, help="length of the load run")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
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

    measured = {}
    for kind in PAGE_KINDS:
        progress(f"measuring {kind.name} {kind.path} ({args.requests} requests) …")
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
                progress(f"warming up gunicorn on {kind.path} …")
                hammer(server.port, kind, args.clients, 2)
                progress(f"load: {kind.path}, {args.clients} clients, {args.seconds:g} s …")
                loads[kind] = hammer(server.port, kind, args.clients, args.seconds)
        progress("gunicorn stopped")

    rows = [(kind, measured[kind], loads.get(kind)) for kind in PAGE_KINDS]
    print()
    print(table(rows))
    print()
    for kind, load in loads.items():
        errors = f", errors: {load['errors']} {load['error_kinds']}" if load["errors"] else ""
        print(
            f"Under load, {kind.name}: {load['requests']} requests, {load['rps']:.0f} req/s, "
            f"latency p50 {load['p50_ms']:.0f} ms, p95 {load['p95_ms']:.0f} ms{errors}"
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
