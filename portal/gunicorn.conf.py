"""gunicorn's settings for the portal: ``gunicorn -c portal/gunicorn.conf.py portal.wsgi``.

Workers: ``WEB_CONCURRENCY``, else one per core (at least 2). Threads: ``GUNICORN_THREADS``,
else 4 per worker (the gthread worker; 1 gives the sync worker). A request spends part of its
time waiting for PostgreSQL, and the threads of a worker overlap those waits while its one
running thread keeps a core busy; the gthread worker also keeps connections alive (a proxy in
front with upstream keep-alive reuses them).

Measured with ``make bench`` on PostgreSQL, on two cores shared with other work
(bench/README.md), back to back, 8 s each, ``wrk -t1 -c8``:

- 5 sync workers (gunicorn's “2 × cores + 1”): 44 quiz submissions/s, lesson 9 req/s;
- 2 gthread workers × 4 threads: 103 submissions/s, lesson 32 req/s;
- 3 gthread workers × 4 threads: 83 submissions/s, lesson 36 req/s.

Everything can be overridden on the command line (``--workers``, ``--threads``).
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count())))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread" if threads > 1 else "sync"
# A request that takes longer than this is stuck: its worker is restarted. (The quarterly XLSX
# of a large commune takes seconds: docs/deploy.md.)
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "60"))
graceful_timeout = 20
keepalive = 5  # seconds an idle connection from the proxy is kept (gthread workers only)
# Restarting each worker after so many requests guards against a slow leak, but a restart
# stalls a worker's requests while the new one loads Django (a second or so). At 2000 static
# files/s a limit of 5000 would restart each worker every few seconds (`make bench` saw a p95 of
# 1.8 s on that row with it, most likely this). Off unless GUNICORN_MAX_REQUESTS is set.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10


def post_worker_init(worker) -> None:
    """Once the worker has loaded Django, Wagtail and every model and template it imports,
    move all those objects out of the garbage collector's sight (``gc.freeze()``): they live as
    long as the worker, and a full collection would otherwise walk all of them again, pausing
    whichever request is running (at full scale the province dashboard's p95 fell from 227 to
    135 ms with its p50 unchanged; bench/SCALE.md)."""
    import gc

    gc.collect()
    gc.freeze()
