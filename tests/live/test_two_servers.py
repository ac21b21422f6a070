"""Two app servers behind one (imaginary) load balancer: one database, one Redis, no state of
their own.

Two gunicorn processes on different loopback ports run the production settings
(``tests/live/production_settings.py``) against the test database and Redis database 4, under a
key prefix of this run's own. A phone that talks to one and then the other must not notice:
its session, its PIN limit and (on server B, which also has the replica configured) the staff
reports are the same on both. Needs Redis at ``REDIS_URL_FOR_TESTS`` (default
``redis://127.0.0.1:6379/4``); skipped without it, unless ``REQUIRE_REDIS=1`` (CI) makes that
a failure.
"""

from __future__ import annotations

import contextlib
import html
import os
import re
import secrets

import pytest
import redis

from learners.models import QuizAttempt
from lessons.models import LessonPage
from portal.models import User
from tests.servers import free_port, gunicorn, serving, test_database_url

from .conftest import outside
from .phone import Answer, Phone
from .test_races import make_profile

REDIS_URL = os.environ.get("REDIS_URL_FOR_TESTS", "redis://127.0.0.1:6379/4")
CODE = re.compile(r'class="code-box">([A-Z0-9-]+)<')
SESSION_KEY = "django.contrib.sessions.cached_db"


@pytest.fixture(scope="module")
def shared_redis():
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        if os.environ.get("REQUIRE_REDIS") == "1":
            pytest.fail(f"Redis does not answer at {REDIS_URL}: {error}")
        pytest.skip(f"Redis does not answer at {REDIS_URL}")
    prefix = f"two-servers-{secrets.token_hex(4)}"
    yield client, prefix
    # Only this run's keys: other people's databases and prefixes are left alone.
    for key in client.scan_iter(match=f"{prefix}*", count=500):
        client.delete(key)
    client.close()


@pytest.fixture(scope="module")
def two_servers(demo_site, shared_redis):
    """(A, B): base URLs of two gunicorn servers sharing the test database and one Redis.

    B also has ``DATABASE_REPLICA_URL``, pointing to the same test database, so that its
    staff reports and dashboards go through the replica router as on a real replica.
    """
    _client, prefix = shared_redis
    database = test_database_url()
    common = {
        "DJANGO_SETTINGS_MODULE": "tests.live.production_settings",
        "SECRET_KEY": "two-servers-" + "s" * 50,  # the same on every server
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": database,
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": prefix,
        "TRUSTED_PROXIES": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DB_CONN_MAX_AGE": "0",  # the test database is dropped at the end of the session
    }
    port_a, port_b = free_port(), free_port()
    with contextlib.ExitStack() as stack:
        a = stack.enter_context(
            serving("two-a", gunicorn(port_a, workers=1, threads=4), port_a, common)
        )
        b = stack.enter_context(
            serving(
                "two-b",
                gunicorn(port_b, workers=1, threads=4),
                port_b,
                {**common, "DATABASE_REPLICA_URL": database},
            )
        )
        yield a, b


def phone_on(base: str, address: str) -> Phone:
    return Phone(base, headers={"X-Forwarded-For": address})


def switched(phone: Phone, base: str) -> Phone:
    """The same phone (cookies, CSRF token), its next request sent to another server."""
    other = phone.copy()
    other.base = base
    return other


def learner_code(page: str) -> str | None:
    match = CODE.search(page)
    return html.unescape(match.group(1)) if match else None


def test_both_servers_answer_with_the_shared_cache(two_servers, shared_redis):
    client, prefix = shared_redis
    for base in two_servers:
        answer = phone_on(base, "203.0.113.1").get("/healthz")
        assert answer.status == 200 and answer.body.strip() == "ok"
    # /healthz wrote its key through the cache both servers use: this run's Redis prefix.
    assert any(client.scan_iter(match=f"{prefix}:*portal:healthz", count=500))


def test_a_learner_signed_in_on_one_server_is_known_on_the_other(two_servers, shared_redis):
    a, b = two_servers
    client, prefix = shared_redis
    phone = phone_on(a, "203.0.113.10")
    code = make_profile(phone)  # the profile is made, and the phone signed in, on A
    session = phone.cookies["sessionid"]
    assert client.exists(f"{prefix}:1:{SESSION_KEY}{session}")  # kept in the shared Redis

    on_b = switched(phone, b)
    page = on_b.get("/hoc-vien/")
    assert page.status == 200 and learner_code(page.body) == code
    # Redis loses it (a restart, an eviction): the session was written through to the
    # database, so the learner is still known, and Redis has it again after that read.
    client.delete(f"{prefix}:1:{SESSION_KEY}{session}")
    page = on_b.get("/hoc-vien/")
    assert page.status == 200 and learner_code(page.body) == code
    assert client.exists(f"{prefix}:1:{SESSION_KEY}{session}")

    # Another phone signs in with the code and PIN on B; A knows it at once.
    second = phone_on(b, "203.0.113.11")
    assert second.get("/hoc-vien/dang-nhap/").status == 200
    signed_in = second.post("/hoc-vien/dang-nhap/", {"code": code, "pin": "2468"})
    assert signed_in.status == 302, signed_in.body[:2000]
    page = switched(second, a).get("/hoc-vien/")
    assert page.status == 200 and learner_code(page.body) == code

    # Signed out on A: B no longer knows it either.
    first_on_a = switched(on_b, a)
    first_on_a.get("/hoc-vien/")
    assert first_on_a.post("/hoc-vien/dang-xuat/", {}).status == 302
    page = switched(first_on_a, b).get("/hoc-vien/")
    assert learner_code(page.body) is None


def test_wrong_pins_are_counted_across_both_servers(two_servers):
    """Five wrong PINs spread over the two servers lock the code on both.

    Counted per server, A would have seen three and B two, and the right PIN would open the
    record on either.
    """
    a, b = two_servers
    code = make_profile(phone_on(a, "203.0.113.20"), pin="2468")
    thief = {base: phone_on(base, "203.0.113.21") for base in (a, b)}
    for phone in thief.values():
        assert phone.get("/hoc-vien/dang-nhap/").status == 200
    for n, base in enumerate([a, b, a, b, a]):
        reply = thief[base].copy().post("/hoc-vien/dang-nhap/", {"code": code, "pin": f"{n:04d}"})
        assert "chưa đúng" in reply.body, (n, reply.status)
    for base in (b, a):
        reply = thief[base].copy().post("/hoc-vien/dang-nhap/", {"code": code, "pin": "2468"})
        assert reply.status == 400 and "quá nhiều lần" in reply.body, base
    # The owner too, on either server: the code is locked, not the thief's phone.
    for base in (a, b):
        owner = phone_on(base, "203.0.113.22")
        owner.get("/hoc-vien/dang-nhap/")
        reply = owner.post("/hoc-vien/dang-nhap/", {"code": code, "pin": "2468"})
        assert "quá nhiều lần" in reply.body, base


@pytest.fixture(scope="module")
def staff_password(django_db_blocker):
    """A superuser of this test run, committed so that both servers can read it."""
    username, password = f"quantri-{secrets.token_hex(3)}", secrets.token_urlsafe(12)
    outside(
        django_db_blocker,
        lambda: User.objects.create_superuser(username, f"{username}@example.org", password),
    )
    return username, password


def staff_phone(base: str, username: str, password: str, address: str) -> Phone:
    phone = phone_on(base, address)
    assert phone.get("/admin/login/").status == 200
    answer = phone.post("/admin/login/", {"username": username, "password": password})
    assert answer.status == 302, answer.body[:2000]
    return phone


TABLE_ROW = re.compile(r"<tr[ >].*?</tr>", re.S)


def report_rows(page: str) -> list[str]:
    """The rows of a report's table, tags and spacing aside."""
    rows = []
    for row in TABLE_ROW.findall(page):
        text = " ".join(re.sub(r"<[^>]+>", " ", row).split())
        if text:
            rows.append(text)
    return rows


def test_staff_reports_are_the_same_on_the_server_with_a_replica(
    two_servers, staff_password, django_db_blocker
):
    """B reads the reports and dashboards through the replica router (its replica is the
    test database itself): the same figures as A, and a staff session from A holds on B."""
    a, b = two_servers
    attempts = outside(django_db_blocker, QuizAttempt.objects.count)
    staff = staff_phone(a, *staff_password, address="203.0.113.30")
    for path in (
        "/admin/reports/learners/",
        "/admin/reports/learners/questions/",
        "/admin/campaign/dashboard/",
        "/admin/campaign/report/",
    ):
        on_a, on_b = staff.get(path), switched(staff, b).get(path)
        assert on_a.status == on_b.status == 200, (path, on_a.status, on_b.status)
        rows = report_rows(on_a.body)
        assert len(rows) > 1 and rows == report_rows(on_b.body), path  # headings and figures
    assert attempts > 0  # the reports had attempts to count


def kept_on(phone: Phone, path: str) -> Answer:
    """GET ``path`` until the answer comes from the page cache (the first render of a fresh
    Redis prefix only starts its generation)."""
    for _attempt in range(6):
        answer = phone.get(path)
        assert answer.status == 200, (path, answer.status)
        if answer.headers.get("x-page-cache") == "hit":
            return answer
    raise AssertionError(f"{path} never comes from the page cache")


def bulk_publish(staff: Phone, page_id: int) -> None:
    """Publish a page's latest revision from the admin, as an editor does (bulk action)."""
    path = f"/admin/bulk/wagtailcore/page/publish/?id={page_id}"
    assert staff.get(path).status == 200
    answer = staff.post(path, {})
    assert answer.status == 302, answer.body[:2000]


def test_a_publish_on_one_server_purges_the_kept_page_on_the_other(
    two_servers, staff_password, django_db_blocker
):
    a, b = two_servers
    lesson = outside(
        django_db_blocker,
        lambda: LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi"),
    )
    path, topic_path = outside(
        django_db_blocker, lambda: (lesson.get_url(), lesson.get_parent().get_url())
    )
    # Behind one load balancer, both servers are asked for the same host.
    visitor_a, visitor_b = (
        Phone(base, headers={"X-Forwarded-For": address, "Host": "127.0.0.1"})
        for base, address in ((a, "203.0.113.40"), (b, "203.0.113.41"))
    )
    kept_on(visitor_a, path)
    # Kept by A, served by B from the same Redis.
    assert visitor_b.get(path).headers.get("x-page-cache") == "hit"
    kept_on(visitor_b, topic_path)

    def draft(title: str) -> None:
        page = LessonPage.objects.get(pk=lesson.pk)
        page.title = title
        page.save_revision()

    edited = f"{lesson.title} (sửa trên máy A)"
    outside(django_db_blocker, lambda: draft(edited))
    assert edited not in visitor_b.get(path).body  # a draft changes nothing
    bulk_publish(staff_phone(a, *staff_password, address="203.0.113.42"), lesson.pk)
    for page in (path, topic_path):  # published on A: B renders it again at once
        answer = visitor_b.get(page)
        assert answer.headers.get("x-page-cache") == "miss" and edited in answer.body, page

    # And back, published on B: A sees it.
    kept_on(visitor_a, path)
    outside(django_db_blocker, lambda: draft(lesson.title))
    bulk_publish(staff_phone(b, *staff_password, address="203.0.113.43"), lesson.pk)
    answer = visitor_a.get(path)
    assert answer.headers.get("x-page-cache") == "miss" and edited not in answer.body
