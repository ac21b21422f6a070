"""A member who forgot their PIN: a trainer of their village resets it on the phone pages,
with the member present (issue 10). Recorded: who and when."""

from __future__ import annotations

import re

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import ModelLogEntry

from tests.community.factories import HouseholdFactory, member, officer, trainer
from tests.places.factories import VillageFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

SIGN_IN = reverse("learners:sign_in")
RECOVERY = re.compile(r'class="code-box recovery-code">([A-Z0-9-]+)<')


@pytest.fixture
def commune():
    dong, tay = VillageFactory(name="Thôn Đông"), VillageFactory(name="Thôn Tây")
    household = HouseholdFactory(village=dong, display_name="Hộ ông Nguyễn Văn Ba")
    ba = member(household, "Nguyễn Văn Ba", 1955)
    elsewhere = HouseholdFactory(village=tay, display_name="Hộ bà Lê Thị Tây")
    tay_member = member(elsewhere, "Lê Thị Tây", 1962)
    return {"household": household, "ba": ba, "elsewhere": elsewhere, "tay": tay_member}


def pin_url(household, person) -> str:
    return reverse("community:member_pin", args=[household.pk, person.pk])


def signed_in(user) -> Client:
    phone = Client()
    phone.force_login(user)
    return phone


def test_a_trainer_resets_a_members_pin_with_them_present(commune):
    household, ba = commune["household"], commune["ba"]
    user = trainer("tnt-dong", [household.village])
    phone = signed_in(user)
    page = phone.get(reverse("community:household", args=[household.pk])).content.decode()
    assert pin_url(household, ba) in page
    assert phone.get(pin_url(household, ba)).status_code == 200
    not_ticked = phone.post(
        pin_url(household, ba), {"action": "pin", "pin": "1357", "pin_again": "1357"}
    )
    assert not_ticked.status_code == 400
    response = phone.post(
        pin_url(household, ba),
        {"action": "pin", "pin": "1357", "pin_again": "1357", "present": "on"},
    )
    assert response.status_code == 302
    learner = ba.learner
    learner.refresh_from_db()
    assert learner.check_pin("1357") and learner.pin_reset_by == user and learner.pin_reset_at
    entry = ModelLogEntry.objects.for_instance(learner).get(action="learners.pin_reset")
    assert entry.user == user
    assert Client().post(SIGN_IN, {"code": learner.code, "pin": "1357"}).status_code == 302


def test_a_trainer_makes_a_new_card_shown_once(commune):
    household, ba = commune["household"], commune["ba"]
    phone = signed_in(trainer("tnt-dong", [household.village]))
    response = phone.post(pin_url(household, ba), {"action": "card", "card_present": "yes"})
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    code = RECOVERY.search(response.content.decode()).group(1)
    ba.learner.refresh_from_db()
    assert ba.learner.check_recovery_code(code)
    again = phone.get(pin_url(household, ba)).content.decode()
    assert code not in again


def test_only_a_trainer_of_the_village_or_an_officer_may_reset(commune):
    household, ba = commune["household"], commune["ba"]
    elsewhere, tay = commune["elsewhere"], commune["tay"]
    data = {"action": "pin", "pin": "1357", "pin_again": "1357", "present": "on"}
    dong_trainer = signed_in(trainer("tnt-dong", [household.village]))
    # Another village's member: not found (its existence is not told).
    assert dong_trainer.post(pin_url(elsewhere, tay), data).status_code == 404
    # A member of another household through this household's address: not found either.
    assert dong_trainer.post(pin_url(household, tay), data).status_code == 404
    for groups in (["Editors"], ["Cán bộ theo dõi học viên"], []):
        refused = signed_in(UserFactory(groups=groups)).post(pin_url(household, ba), data)
        assert refused.status_code == 403
    assert Client().post(pin_url(household, ba), data).status_code == 302  # to the sign-in
    for person in (ba, tay):
        person.learner.refresh_from_db()
        assert person.learner.check_pin("2468") and person.learner.pin_reset_by is None
    # The campaign's officer sees the whole commune.
    assert signed_in(officer()).post(pin_url(elsewhere, tay), data).status_code == 302
    tay.learner.refresh_from_db()
    assert tay.learner.check_pin("1357")
