"""gunicorn's settings for the portal: ``gunicorn -c portal/gunicorn.conf.py portal.wsgi``.

Workers: ``WEB_CONCURRENCY``, else gunicorn's documented starting point, 2 × cores + 1 (5 on
two cores): a request spends much of its time waiting for PostgreSQL, so more processes than
cores keep the cores busy. Threads: ``GUNICORN_THREADS`` (default 1: the sync worker, as
gunicorn recommends behind a buffering reverse proxy); above 1 the gthread worker, which also
keeps connections alive. ``make bench`` starts gunicorn with this file; its table says what it
measured with (bench/README.md). Everything can be overridden on the command line.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
# A request that takes longer than this is stuck: its worker is restarted.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5  # the proxy in front reuses its connections (gthread workers only)
# Restart each worker now and then, so that a slow leak never grows without end.
max_requests = 5000
max_requests_jitter = 500
