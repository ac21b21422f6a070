"""The database is down: every page answers 503 with Retry-After, and the health check says so.

gunicorn runs with a DATABASE_URL pointing at a port where nothing listens, the way a
database server looks to the app while it restarts.
"""

from __future__ import annotations

import json

import pytest

from tests.servers import free_port, gunicorn, serving

from .phone import Phone

PAGES = [
    "/",
    "/vneid/",
    "/vneid/dang-nhap-vneid/",
    "/vneid/dang-nhap-vneid/in/",
    "/vneid/kiem-tra/",
    "/tim-kiem/?q=vneid",
    "/hoc-vien/",
    "/hoc-vien/dang-nhap/",
    "/chung-nhan/ABCD-EFGH/",
    "/en/",
]
API = ["/api/v2/pages/", "/api/v2/pages/3/", "/api/v2/images/"]


@pytest.fixture(scope="module")
def server_without_database():
    port = free_port()
    env = {"DATABASE_URL": f"postgres://postgres@127.0.0.1:{free_port()}/nothing"}
    with serving("outage", gunicorn(port, workers=1, threads=2), port, env) as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_pages_answer_503_with_retry_after(server_without_database, path):
    answer = Phone(server_without_database).get(path)
    assert answer.status == 503
    assert int(answer.headers["retry-after"]) > 0
    assert '<html lang="vi">' in answer.body and "thử lại" in answer.body
    assert "OperationalError" not in answer.body and "5432" not in answer.body


@pytest.mark.parametrize("path", API)
def test_the_api_answers_503_in_json(server_without_database, path):
    answer = Phone(server_without_database).get(path)
    assert answer.status == 503
    assert int(answer.headers["retry-after"]) > 0
    assert answer.headers["content-type"].startswith("application/json")
    assert json.loads(answer.body)["message"]


def test_the_health_check_takes_the_server_out_without_details(server_without_database):
    answer = Phone(server_without_database).get("/healthz")
    assert answer.status == 503
    assert int(answer.headers["retry-after"]) > 0
    assert answer.body.strip() == "unavailable"
    assert "no-store" in answer.headers["cache-control"]
