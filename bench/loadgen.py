"""The load generator of ``make bench``: Debian's ``wrk`` (written in C), with Lua scripts.

wrk runs as one process on the same machine as gunicorn; ``run_wrk`` reports, besides wrk's
own summary, the CPU time wrk itself used, so that the table can say how much of the machine
the client took. GET rows use ``wrk_get.lua`` (a summary only, no Lua per request); quiz
submissions use ``wrk_submit.lua`` (a new form token per request, statuses counted).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
GET_SCRIPT = HERE / "wrk_get.lua"
SUBMIT_SCRIPT = HERE / "wrk_submit.lua"
INSTALL = "sudo apt-get install wrk   (Debian/Ubuntu: the package is named wrk)"


@dataclass(frozen=True)
class Wrk:
    """How wrk loads the server: ``threads`` event loops sharing ``connections``."""

    threads: int = 1
    connections: int = 8

    def describe(self) -> str:
        return f"wrk -t{self.threads} -c{self.connections}"


def wrk_path() -> str:
    """The wrk binary, or exit saying how to install it."""
    found = shutil.which("wrk")
    if not found:
        raise SystemExit(
            "The load rows of the benchmark need wrk (a load generator in C) and it is not "
            f"installed.\nInstall it:  {INSTALL}\nor run `make bench` (it installs it), or skip "
            "the load rows with --no-load."
        )
    return found


def wrk_version() -> str:
    result = subprocess.run(  # noqa: S603 (fixed arguments)
        [wrk_path(), "-v"], capture_output=True, text=True, check=False
    )
    first = (
        (result.stdout or result.stderr).splitlines()[0] if (result.stdout or result.stderr) else ""
    )
    return first.split(" Copyright")[0].strip()


def run_wrk(url: str, seconds: float, how: Wrk, script: Path, env: dict | None = None) -> dict:
    """Run wrk on ``url`` for ``seconds``; its summary (``script``'s ``done()`` JSON) and more.

    Adds ``seconds`` (measured by wrk), ``rps`` (all responses per second), ``cpu_s`` (CPU
    time wrk used, user + system) and ``cpu_share`` (of one core, over the run).
    """
    with tempfile.TemporaryDirectory(prefix="bench-wrk-") as folder:
        out = Path(folder) / "summary.json"
        run_env = {
            **os.environ,
            **(env or {}),
            "BENCH_WRK_OUT": str(out),
            "BENCH_WRK_THREADS": str(how.threads),
        }
        command = [
            wrk_path(),
            f"--threads={how.threads}",
            f"--connections={how.connections}",
            f"--duration={max(1, round(seconds))}s",
            "--timeout=30s",
            f"--script={script}",
            url,
        ]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        result = subprocess.run(  # noqa: S603 (fixed arguments)
            command, env=run_env, capture_output=True, text=True, timeout=seconds + 120
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0 or not out.exists():
            raise SystemExit(f"wrk failed ({' '.join(command)}):\n{result.stdout}\n{result.stderr}")
        summary = json.loads(out.read_text())
        results = out.with_name(out.name + ".results")
        if results.exists():
            summary["results"] = results.read_text().split()
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    summary["seconds"] = summary["duration_us"] / 1e6
    summary["rps"] = summary["requests"] / summary["seconds"]
    summary["cpu_s"] = cpu
    summary["cpu_share"] = cpu / summary["seconds"]
    summary["socket_errors"] = sum(
        summary[kind] for kind in ("connect", "read", "write", "timeout")
    )
    return summary
