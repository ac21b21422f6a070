"""Real server processes on the seeded test database, for tests that talk HTTP only.

``live_url`` (``manage.py runserver``, threaded) serves the browser tests; ``app_server``
(gunicorn with several workers and threads, as in production) serves the race tests. Both read
the test database that ``django_db_setup`` created and ``demo_site`` seeded; the tests that use
them must not use the ``db`` fixture (a test transaction is invisible to another process).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

SERVER_START_TIMEOUT = 60  # seconds
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url(db: dict) -> str:
    """A DATABASE_URL for the test database described by a Django ``settings_dict``."""
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        name = str(db["NAME"])
        if name == ":memory:" or name.startswith("file:"):
            raise RuntimeError(
                "Server tests need a file-based SQLite test database "
                "(see DATABASES['default']['TEST'] in portal/settings/test.py)."
            )
        return f"sqlite:///{Path(name).resolve()}"  # an absolute path gives sqlite:////...
    if "postgresql" in engine:
        user = quote(db.get("USER") or "", safe="")
        password = quote(str(db.get("PASSWORD") or ""), safe="")
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = db.get("HOST") or "localhost"
        if host.startswith("/"):  # a Unix socket directory
            host = quote(host, safe="")
        port = f":{db['PORT']}" if db.get("PORT") else ""
        return f"postgres://{auth}{host}{port}/{quote(db['NAME'], safe='')}"
    raise RuntimeError(f"Server tests do not know how to share a {engine} database.")


def test_database_url() -> str:
    from django.db import connection

    return database_url(connection.settings_dict)


test_database_url.__test__ = False  # not a test, whatever its name says


def wait_until_answering(url: str, process: subprocess.Popen, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            break
        try:
            with urllib.request.urlopen(url, timeout=5):  # noqa: S310 (our own loopback server)
                return
        except urllib.error.HTTPError:
            return  # it answered, even if not with 200: the tests will say what is wrong
        except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
            last_error = error
            time.sleep(0.25)
    state = (
        f"exited with code {process.returncode}"
        if process.poll() is not None
        else f"did not answer within {SERVER_START_TIMEOUT} s"
    )
    log = log_path.read_text(errors="replace")[-4000:] if log_path.exists() else "(no log)"
    raise RuntimeError(
        f"The test server at {url} {state} (last error: {last_error}).\n"
        f"Server log ({log_path}):\n{log}"
    )


@contextlib.contextmanager
def serving(
    name: str, command: list[str], port: int, env: dict[str, str], probe: str = "/healthz"
) -> Iterator[str]:
    """Run ``command`` until the block ends; yield its base URL (no trailing slash)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log_path = ARTIFACTS / f"{name}-server-{worker}.log"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "PYTHONUNBUFFERED": "1",
        **env,
    }
    with open(log_path, "wb") as log:
        process = subprocess.Popen(  # noqa: S603 (fixed arguments)
            command, cwd=settings.BASE_DIR, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(base + probe, process, log_path)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def runserver(port: int) -> list[str]:
    return [
        sys.executable,
        "manage.py",
        "runserver",
        f"127.0.0.1:{port}",
        "--noreload",
        "--skip-checks",
    ]


def gunicorn(port: int, workers: int = 2, threads: int = 8) -> list[str]:
    """gunicorn as production runs it: several worker processes, each with threads."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "portal.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--threads={threads}",
        "--worker-class=gthread",
        "--timeout=60",
        "--graceful-timeout=5",
    ]
