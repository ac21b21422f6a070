"""Several members of a household on one phone: each record opens with its own PIN.

The phone keeps the ids of the learners who signed in or saved a record on it; switching to
one of them asks for THAT learner's PIN (with the sign-in's counted limits), and nothing of a
record shows before its PIN."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from learners.models import Learner
from learners.services import records
from tests.learners.factories import LearnerFactory
from tests.learners.helpers import make_profile

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

RECORD = reverse("learners:index")
SIGN_IN = reverse("learners:sign_in")


def switch_url(learner) -> str:
    return reverse("learners:switch") + f"?nguoi={learner.pk}"


def page(phone, url=RECORD) -> str:
    return phone.get(url).content.decode()


@pytest.fixture
def family(tree):
    """Grandma saved her record on this phone; grandson Nam signs in on it with his code."""
    phone = Client()
    grandma = make_profile(phone, "Trần Thị Bà", "1357")
    phone.get(RECORD)  # her welcome message (with her code) is read on her own record
    records.record_completion(tree.lessons[0], learner=grandma)
    nam = LearnerFactory(display_name="Lê Văn Nam", pin="8642")
    assert phone.post(SIGN_IN, {"code": nam.code, "pin": "8642"}).status_code == 302
    return {"phone": phone, "grandma": grandma, "nam": nam, "lessons": tree.lessons}


def test_the_record_lists_the_phones_other_learners_without_showing_their_records(family):
    phone, grandma, nam = family["phone"], family["grandma"], family["nam"]
    record = page(phone)
    assert nam.code in record and "Đổi người học" in record
    assert "Tôi là Trần Thị Bà" in record and switch_url(grandma) in record
    assert grandma.code not in record  # her name to choose, nothing of her record
    ask = phone.get(switch_url(grandma))
    assert ask.status_code == 200 and "no-store" in ask["Cache-Control"]
    assert grandma.code not in ask.content.decode()
    assert "Đã học 1/" not in ask.content.decode()


def test_switching_asks_for_the_chosen_learners_own_pin(family):
    phone, grandma, nam = family["phone"], family["grandma"], family["nam"]
    wrong = phone.post(switch_url(grandma), {"pin": "8642"})  # Nam's PIN does not open hers
    assert wrong.status_code == 400 and "chưa đúng" in wrong.content.decode()
    assert nam.code in page(phone)  # still Nam's record

    right = phone.post(switch_url(grandma), {"pin": "1357"})
    assert right.status_code == 302
    record = page(phone)
    assert grandma.code in record and nam.code not in record
    assert f"Đã học 1/{len(family['lessons'])} bài" in record
    # Back to Nam: his PIN again.
    assert phone.post(switch_url(nam), {"pin": "1357"}).status_code == 400
    assert phone.post(switch_url(nam), {"pin": "8642"}).status_code == 302
    assert nam.code in page(phone)


def test_switching_counts_wrong_pins_like_the_sign_in(family):
    phone, grandma = family["phone"], family["grandma"]
    for _ in range(5):
        phone.post(switch_url(grandma), {"pin": "0000"})
    locked = phone.post(switch_url(grandma), {"pin": "1357"})
    assert locked.status_code == 400 and "15 phút" in locked.content.decode()
    assert grandma.code not in page(phone)


def test_only_the_phones_own_learners_can_be_chosen(family):
    phone = family["phone"]
    stranger = LearnerFactory(display_name="Người Lạ", pin="2468")
    assert phone.get(switch_url(stranger)).status_code == 404
    assert phone.post(switch_url(stranger), {"pin": "2468"}).status_code == 404
    assert family["nam"].code in page(phone)
    for odd in ("", "?nguoi=abc", "?nguoi=" + "9" * 30):
        response = phone.get(reverse("learners:switch") + odd)
        assert response.status_code == 302 and response["Location"].endswith("#doi-nguoi-hoc")
    # A phone nobody used has nobody to switch to.
    assert Client().get(switch_url(family["grandma"])).status_code == 404


def test_signing_out_forgets_only_who_signs_out(family):
    phone, grandma, nam = family["phone"], family["grandma"], family["nam"]
    phone.post(reverse("learners:sign_out"))
    welcome = page(phone)
    assert nam.code not in welcome and "Tôi là Trần Thị Bà" in welcome
    assert "Tôi là Lê Văn Nam" not in welcome
    assert phone.post(switch_url(nam), {"pin": "8642"}).status_code == 404
    assert phone.post(switch_url(grandma), {"pin": "1357"}).status_code == 302
    assert grandma.code in page(phone)


def test_someone_else_saves_a_new_record_on_a_phone_in_use(family):
    phone, nam = family["phone"], family["nam"]
    create = reverse("learners:create")
    assert phone.get(create).status_code == 302  # Nam's own form is done
    form = phone.get(create + "?nguoi-khac=1")
    assert form.status_code == 200 and "Hồ sơ riêng của bạn" in form.content.decode()
    response = phone.post(
        create + "?nguoi-khac=1",
        {"display_name": "Lê Thị Út", "pin": "9753", "pin_again": "9753"},
    )
    assert response.status_code == 302
    ut = Learner.objects.get(display_name="Lê Thị Út")
    assert not ut.completions.exists()  # nothing of Nam's or the phone's is carried over
    record = page(phone)
    assert ut.code in record and "Tôi là Lê Văn Nam" in record and "Tôi là Trần Thị Bà" in record
    assert phone.post(switch_url(nam), {"pin": "8642"}).status_code == 302
