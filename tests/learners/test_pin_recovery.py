"""A forgotten PIN without losing the record (issue 10, part 4): the learner card with its
one-time recovery code, “Quên mã PIN?”, staff resetting a PIN with the learner present, and
the per-address PIN limit that no longer locks a class on one Wi-Fi out."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.timezone import localtime
from wagtail.models import ModelLogEntry

from core.models import Counter
from learners.codes import ALPHABET, new_recovery_code
from learners.models import Learner
from learners.services import sessions
from tests.learners.factories import LearnerFactory
from tests.learners.helpers import make_profile, pass_quiz
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

CREATE, SIGN_IN = reverse("learners:create"), reverse("learners:sign_in")
CARD, NEW_CARD = reverse("learners:card"), reverse("learners:new_card")
FORGOT, INDEX = reverse("learners:forgot_pin"), reverse("learners:index")
RECOVERY = re.compile(r'class="code-box recovery-code">([A-Z0-9-]+)<')

LEARNER_OFFICERS = "Cán bộ theo dõi học viên"
CAMPAIGN_OFFICERS = "Cán bộ phụ trách chiến dịch"


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def text(response) -> str:
    return response.content.decode()


def recovery_code_on(response) -> str | None:
    found = RECOVERY.search(text(response))
    return found.group(1) if found else None


def all_rows_text() -> str:
    chunks = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            chunks.extend(" ".join(str(value) for value in row) for row in cursor.fetchall())
    return "\n".join(chunks)


def recover(client, code, recovery_code, pin="9753", **extra):
    data = {"code": code, "recovery_code": recovery_code, "pin": pin, "pin_again": pin}
    return client.post(FORGOT, data, **extra)


# The learner card --------------------------------------------------------------------------


def test_recovery_codes_are_long_and_easy_to_read_aloud():
    codes = {new_recovery_code() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
        assert set(code.replace("-", "")) <= set(ALPHABET)


def test_a_new_profile_shows_its_learner_card_once_and_keeps_only_a_hash(client):
    response = client.post(
        CREATE, {"display_name": "Nguyễn Văn An", "pin": "2468", "pin_again": "2468"}
    )
    assert response.status_code == 302 and response["Location"] == CARD
    learner = Learner.objects.get()
    card = client.get(CARD)
    assert card.status_code == 200 and "no-store" in card["Cache-Control"]
    code = recovery_code_on(card)
    assert code and learner.code in text(card) and "Nguyễn Văn An" in text(card)
    assert "chỉ hiện một lần" in text(card)
    assert FORGOT in text(card)  # where to use it, printed on the card

    learner.refresh_from_db()
    assert learner.check_recovery_code(code) and learner.recovery_issued_at
    assert code not in learner.recovery_hash
    # Shown once: neither the page again nor any table (sessions included) holds it.
    again = client.get(CARD)
    assert recovery_code_on(again) is None and "Tạo mã khôi phục mới" in text(again)
    stored = all_rows_text()
    assert code not in stored and code.replace("-", "") not in stored


def test_a_card_not_opened_is_shown_once_on_the_record_page_instead(client):
    """A phone that goes straight to /hoc-vien/ after saving sees its code there, once."""
    learner = make_profile(client)
    page = client.get(INDEX)
    code = recovery_code_on(page)
    assert code and learner.code in text(page)
    learner.refresh_from_db()
    assert learner.check_recovery_code(code)
    assert recovery_code_on(client.get(INDEX)) is None
    assert recovery_code_on(client.get(CARD)) is None
    assert code not in all_rows_text()


def test_the_card_is_for_the_learner_signed_in_only():
    assert Client().get(CARD)["Location"] == SIGN_IN
    assert Client().post(NEW_CARD)["Location"] == SIGN_IN


def test_a_learner_without_a_card_makes_one_from_their_page(client):
    learner = LearnerFactory()  # saved before the cards existed
    assert not learner.has_recovery_code
    client.post(SIGN_IN, {"code": learner.code, "pin": "2468"})
    page = text(client.get(INDEX))
    assert "Bạn chưa có mã khôi phục" in page and f'action="{NEW_CARD}"' in page
    response = client.post(NEW_CARD)
    assert response["Location"] == CARD
    code = recovery_code_on(client.get(CARD))
    learner.refresh_from_db()
    assert code and learner.check_recovery_code(code)
    assert "Bạn chưa có mã khôi phục" not in text(client.get(INDEX))
    # A new card replaces the old code.
    client.post(NEW_CARD)
    newer = recovery_code_on(client.get(CARD))
    learner.refresh_from_db()
    assert newer != code and learner.check_recovery_code(newer)
    assert not learner.check_recovery_code(code)


# “Quên mã PIN?” ----------------------------------------------------------------------------


def test_a_forgotten_pin_is_replaced_with_the_card_and_the_record_kept(client, tree):
    learner = make_profile(client)
    code = recovery_code_on(client.get(CARD))
    pass_quiz(client, tree.quiz)
    certificates = list(learner.certificates.values_list("code", flat=True))
    assert certificates
    client.post(reverse("learners:sign_out"))

    phone = Client()
    assert "Quên mã PIN?" in text(phone.get(SIGN_IN)) and FORGOT in text(phone.get(SIGN_IN))
    response = recover(phone, learner.code.lower(), code.lower().replace("-", " "))
    assert response.status_code == 302 and response["Location"] == CARD
    card = phone.get(CARD)
    new_code = recovery_code_on(card)
    assert new_code and new_code != code
    assert "Đã đặt mã PIN mới" in text(card)
    # Signed in, the same record: attempts and certificates are there.
    assert learner.code in text(phone.get(INDEX))
    learner.refresh_from_db()
    assert list(learner.certificates.values_list("code", flat=True)) == certificates
    assert learner.check_pin("9753") and not learner.check_pin("2468")
    assert learner.check_recovery_code(new_code) and not learner.check_recovery_code(code)
    # The used code opens nothing any more.
    assert recover(Client(), learner.code, code, "1111").status_code == 400
    assert Client().post(SIGN_IN, {"code": learner.code, "pin": "9753"}).status_code == 302
    history = ModelLogEntry.objects.for_instance(learner).values_list("action", flat=True)
    assert "learners.pin_recovered" in history


def test_wrong_recovery_codes_are_limited_like_pins(client):
    learner = make_profile(client)
    code = recovery_code_on(client.get(CARD))
    phone = Client(REMOTE_ADDR="10.4.4.4")
    for _ in range(5):
        response = recover(phone, learner.code, "AAAA-AAAA-AAAA")
        assert response.status_code == 400 and "mã khôi phục chưa đúng" in text(response)
    locked = recover(Client(REMOTE_ADDR="10.5.5.5"), learner.code, code)
    assert locked.status_code == 400 and "quá nhiều lần" in text(locked)
    learner.refresh_from_db()
    assert learner.check_pin("2468")  # nothing changed
    # A person who forgot their PIN and tried five still has their card (its own count).
    other_phone = Client()
    other = make_profile(other_phone, name="Trần Thị Bình")
    other_code = recovery_code_on(other_phone.get(CARD))
    for _ in range(5):
        Client().post(SIGN_IN, {"code": other.code, "pin": "0000"})
    assert "quá nhiều lần" in text(Client().post(SIGN_IN, {"code": other.code, "pin": "2468"}))
    assert recover(Client(), other.code, other_code).status_code == 302


def test_guesses_spread_over_addresses_and_windows_stop_for_the_day(client):
    """Five wrong PINs per 15 minutes from ever new addresses would be 480 a day on one code:
    after 15 wrong in a day the code opens only with the learner card (or a staff reset)."""
    learner = make_profile(client)
    card = recovery_code_on(client.get(CARD))
    checked = 0
    for window in range(4):
        for n in range(5):
            phone = Client(REMOTE_ADDR=f"198.51.{window}.{n + 1}")
            checked += "chưa đúng" in text(
                phone.post(SIGN_IN, {"code": learner.code, "pin": f"{window}{n}00"})
            )
        # The 15-minute window passes (the day's count stays).
        Counter.objects.filter(key__startswith="pin:code:").update(expires_at=timezone.now())
    assert checked == 15
    right = Client(REMOTE_ADDR="198.51.9.9").post(SIGN_IN, {"code": learner.code, "pin": "2468"})
    assert right.status_code == 400 and "hôm nay" in text(right)
    # The card still opens it, and a right PIN then clears the day's count.
    assert recover(Client(), learner.code, card, pin="8642").status_code == 302
    assert Client().post(SIGN_IN, {"code": learner.code, "pin": "8642"}).status_code == 302
    assert not Counter.objects.filter(key=sessions.PIN.per_code_day.key(learner.code)).exists()


def test_an_unknown_code_costs_the_same_check_as_a_wrong_recovery_code(client, monkeypatch):
    learner = make_profile(client)
    checks = []
    verify = MD5PasswordHasher.verify

    def counting_verify(self, password, encoded):
        checks.append(password)
        return verify(self, password, encoded)

    monkeypatch.setattr(MD5PasswordHasher, "verify", counting_verify)
    wrong = recover(Client(), learner.code, "AAAA-AAAA-AAAA")
    for_wrong = len(checks)
    unknown = recover(Client(), "XXX-XXX", "AAAA-AAAA-AAAA")
    no_card = LearnerFactory()
    without_card = recover(Client(), no_card.code, "AAAA-AAAA-AAAA")
    assert for_wrong == 1 and len(checks) == 3
    assert wrong.status_code == unknown.status_code == without_card.status_code == 400
    assert text(wrong).count("chưa đúng") == text(unknown).count("chưa đúng")


def test_the_forgot_pin_form_asks_for_no_personal_datum(client):
    html = text(client.get(FORGOT))
    fields = set(re.findall(r'<input[^>]* name="([a-z_]+)"', html))
    assert fields == {"csrfmiddlewaretoken", "code", "recovery_code", "pin", "pin_again"}
    assert "số căn cước" in html  # the warning never to type one


# Staff reset, the learner present ----------------------------------------------------------


def reset_url(learner) -> str:
    return reverse("learner:reset_pin", args=[learner.pk])


def staff_client(*groups, **extra) -> tuple[Client, object]:
    user = UserFactory(groups=list(groups), **extra)
    client = Client()
    client.force_login(user)
    return client, user


@pytest.mark.parametrize("group", [LEARNER_OFFICERS, CAMPAIGN_OFFICERS])
def test_an_officer_resets_a_pin_with_the_learner_present_and_it_is_recorded(group):
    learner = LearnerFactory()
    for _ in range(5):  # the learner locked their code trying
        Client().post(SIGN_IN, {"code": learner.code, "pin": "0000"})
    officer, user = staff_client(group, is_staff=True)
    inspect = text(officer.get(reverse("learner:inspect", args=[learner.pk])))
    assert reset_url(learner) in inspect
    assert reset_url(learner) in text(officer.get(reverse("learner:index")))
    assert officer.get(reset_url(learner)).status_code == 200
    refused = officer.post(
        reset_url(learner), {"action": "pin", "pin": "1357", "pin_again": "1357"}
    )
    assert refused.status_code == 400  # not ticked: the learner present
    learner.refresh_from_db()
    assert learner.check_pin("2468")

    data = {"action": "pin", "pin": "1357", "pin_again": "1357", "present": "on"}
    response = officer.post(reset_url(learner), data)
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_pin("1357") and learner.pin_reset_by == user and learner.pin_reset_at
    # The code opens at once (its wrong tries are dropped).
    assert Client().post(SIGN_IN, {"code": learner.code, "pin": "1357"}).status_code == 302
    # Who and when: on the inspect view (the last reset, and every reset and card).
    entry = ModelLogEntry.objects.for_instance(learner).get(action="learners.pin_reset")
    assert entry.user == user
    inspect = text(officer.get(reverse("learner:inspect", args=[learner.pk])))
    assert inspect.count(user.get_username()) >= 2
    assert "Cán bộ đặt lại mã PIN khi học viên có mặt" in inspect
    assert localtime(learner.pin_reset_at).strftime("%d/%m/%Y") in inspect


def test_an_officer_prints_a_new_card_for_a_learner_present():
    learner = LearnerFactory()
    officer, user = staff_client(LEARNER_OFFICERS, is_staff=True)
    refused = officer.post(reset_url(learner), {"action": "card"})
    assert refused.status_code == 400 and not Learner.objects.get().has_recovery_code
    response = officer.post(reset_url(learner), {"action": "card", "card_present": "yes"})
    assert response.status_code == 200
    code = recovery_code_on(response)
    learner.refresh_from_db()
    assert code and learner.check_recovery_code(code) and learner.code in text(response)
    entry = ModelLogEntry.objects.for_instance(learner).get(action="learners.recovery_code_issued")
    assert entry.user == user
    assert code not in all_rows_text()
    # The hash stays on the server too, like the PIN's.
    digest = learner.recovery_hash.rsplit("$", 1)[-1]
    for url in (
        reverse("learner:inspect", args=[learner.pk]),
        reverse("learner:index"),
        reverse("learner:index") + "?export=csv",
    ):
        response = officer.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert response.status_code == 200 and digest not in body.decode(), url


@pytest.mark.parametrize("groups", [["Editors"], ["Moderators"], []])
def test_staff_who_may_not_see_learners_may_not_reset_a_pin(groups):
    learner = LearnerFactory()
    editor, _user = staff_client(*groups, is_staff=True)
    assert editor.get(reset_url(learner)).status_code in (302, 403)
    for data in (
        {"action": "pin", "pin": "1357", "pin_again": "1357", "present": "on"},
        {"action": "card", "card_present": "yes"},
    ):
        response = editor.post(reset_url(learner), data)
        assert response.status_code in (302, 403)
        assert not RECOVERY.search(text(response))
    learner.refresh_from_db()
    assert learner.check_pin("2468") and not learner.has_recovery_code
    assert learner.pin_reset_by is None


def test_the_reset_records_no_pin_or_code_in_the_history(admin_client):
    learner = LearnerFactory()
    admin_client.post(
        reset_url(learner),
        {"action": "pin", "pin": "864209", "pin_again": "864209", "present": "on"},
    )
    entries = ModelLogEntry.objects.for_instance(learner)
    assert entries.exists()
    assert all("864209" not in str(entry.data) for entry in entries)
    assert "864209" not in all_rows_text()


# One address, many people ------------------------------------------------------------------


def test_a_class_on_one_wifi_that_mistypes_is_never_locked_out(client):
    """Thirty people at the commune hall, one address: each types a wrong PIN once, then the
    right one; five mistype their learner code. Everyone gets in."""
    hall = "10.20.30.40"
    learners = [LearnerFactory() for _ in range(30)]
    for n in range(5):
        Client(REMOTE_ADDR=hall).post(SIGN_IN, {"code": f"QQQ-{n:03d}", "pin": "2468"})
    opened = 0
    for learner in learners:
        phone = Client(REMOTE_ADDR=hall)
        assert phone.post(SIGN_IN, {"code": learner.code, "pin": "1111"}).status_code == 400
        opened += phone.post(SIGN_IN, {"code": learner.code, "pin": "2468"}).status_code == 302
    assert opened == 30
    # The typos put right were given back: only the five unknown codes count.
    address = Counter.objects.get(key=sessions.PIN_TRIES_PER_ADDRESS.key(hall))
    assert address.count == 5


def guess_all(address: str, victims) -> tuple[int, int]:
    """Five wrong PINs on each victim's code from one address: (checked, refused)."""
    checked = refused = 0
    for victim in victims:
        for pin in ("0000", "1111", "2222", "3333", "4444"):
            response = Client(REMOTE_ADDR=address).post(SIGN_IN, {"code": victim.code, "pin": pin})
            checked += "chưa đúng" in text(response)
            refused += "quá nhiều lần" in text(response)
    return checked, refused


def test_a_guesser_behind_one_address_gets_twenty_tries_then_one_per_code_a_day(client):
    """Before: twenty tries per 15 minutes, then every code refused (the owner's too). Now:
    twenty wrong tries, then one try on each code that nobody got wrong since it last opened."""
    victims = [LearnerFactory() for _ in range(10)]
    guesser = "203.0.113.66"
    checked, refused = guess_all(guesser, victims)
    assert checked == 20 + 6  # four codes tried five times each, then one try on six more
    assert refused == 50 - 26
    # (Those ten codes are locked for 15 minutes by the per-code rule, as before.) A classmate
    # behind the guesser's address, whose code nobody tried, still opens their record.
    neighbour = LearnerFactory()
    response = Client(REMOTE_ADDR=guesser).post(SIGN_IN, {"code": neighbour.code, "pin": "2468"})
    assert response.status_code == 302
    # Fifteen minutes later: twenty tries again, but no second free try on the same codes.
    Counter.objects.exclude(key__contains="since-right").update(expires_at=timezone.now())
    assert guess_all(guesser, victims) == (20, 30)
    # A code that opens again is a code like any other.
    Counter.objects.exclude(key__contains="since-right").update(expires_at=timezone.now())
    last = victims[-1]
    assert Client().post(SIGN_IN, {"code": last.code, "pin": "2468"}).status_code == 302
    for _ in range(20):
        Client(REMOTE_ADDR=guesser).post(SIGN_IN, {"code": "ZZZ-ZZZ", "pin": "0000"})
    first = Client(REMOTE_ADDR=guesser).post(SIGN_IN, {"code": last.code, "pin": "2468"})
    assert first.status_code == 302


# The save form's words, its labels and links; signing out ---------------------------------


class References(HTMLParser):
    """Every id on a page, and every id a label, an aria attribute or a #link points to."""

    def __init__(self):
        super().__init__()
        self.ids, self.wanted = set(), []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "id":
                self.ids.add(value)
            elif name in ("aria-describedby", "aria-labelledby", "aria-controls"):
                self.wanted.extend((name, ref) for ref in value.split())
            elif name == "for" and tag == "label":
                self.wanted.append((name, value))
            elif name == "href" and value.startswith("#") and len(value) > 1:
                self.wanted.append((name, value[1:]))


def broken_references(html: str) -> list[tuple[str, str]]:
    parser = References()
    parser.feed(html)
    return [(name, ref) for name, ref in parser.wanted if ref not in parser.ids]


def test_every_label_and_aria_reference_on_the_learner_pages_points_to_an_element(client):
    visitor = Client()
    pages = {
        "welcome": visitor.get(INDEX),
        "create": visitor.get(CREATE),
        "create with errors": visitor.post(CREATE, {"display_name": "", "pin": "12"}),
        "sign in": visitor.get(SIGN_IN),
        "sign in refused": visitor.post(SIGN_IN, {"code": "XXX-XXX", "pin": "1234"}),
        "sign in with errors": visitor.post(SIGN_IN, {}),
        "forgot": visitor.get(FORGOT),
        "forgot with errors": visitor.post(FORGOT, {"pin": "1"}),
        "forgot refused": recover(visitor, "XXX-XXX", "AAAA-AAAA-AAAA"),
    }
    learner = make_profile(client)
    pages["card"] = client.get(CARD)
    pages["card again"] = client.get(CARD)
    pages["my record"] = client.get(INDEX)
    pages["delete"] = client.get(reverse("learners:delete"))
    client.post(reverse("learners:sign_out"))
    pages["switch"] = client.get(reverse("learners:switch") + f"?nguoi={learner.pk}")
    pages["switch with errors"] = client.post(
        reverse("learners:switch") + f"?nguoi={learner.pk}", {}
    )
    described = 0
    for name, response in pages.items():
        html = text(response)
        assert not broken_references(html), (name, broken_references(html))
        described += html.count("aria-describedby=")
    assert described >= 10  # the help texts and errors are announced, not just present
    form = text(pages["create with errors"])
    assert 'aria-describedby="id_pin_helptext id_pin_error"' in form
    assert 'id="id_pin_helptext"' in form and 'id="id_pin_error"' in form


def test_the_save_form_says_a_name_and_a_pin_are_needed(client):
    html = text(client.get(CREATE))
    assert "Chỉ cần họ tên và một mã PIN" in html
    assert "Chỉ cần họ tên." not in html
    assert 'name="pin"' in html


def test_signing_out_says_so_and_the_page_says_no_one_is_signed_in(client):
    assert "Chưa đăng nhập" in text(client.get(INDEX))
    make_profile(client)
    assert "Chưa đăng nhập" not in text(client.get(INDEX))
    response = client.post(reverse("learners:sign_out"), follow=True)
    html = text(response)
    assert "Đã đăng xuất" in html and "Chưa đăng nhập" in html
    # Signing out when no one was signed in says nothing false.
    again = Client().post(reverse("learners:sign_out"), follow=True)
    assert "Đã đăng xuất" not in text(again)
