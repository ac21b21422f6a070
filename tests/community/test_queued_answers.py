"""The answers the phone's offline queue reads: a form sent by the script (``X-Queued: 1``)
is answered in JSON, and each client id records once, however many times it comes back."""

from __future__ import annotations

import uuid
from unittest import mock

import pytest
from django.test import Client
from django.utils import timezone

from community import services
from community.models import Household, Member, Visit
from learners.models import LessonCompletion
from tests.community import test_trainer_pages
from tests.community.factories import trainer
from tests.community.test_trainer_pages import (
    ADD_HOUSEHOLD,
    household_form,
    member_form,
    url,
    visit_form,
)

field = test_trainer_pages.field  # the same commune as the trainer pages' tests

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

QUEUED = {"HTTP_X_QUEUED": "1", "HTTP_ACCEPT": "application/json"}


def send(phone, target, data):
    response = phone.post(target, data, **QUEUED)
    assert response["Content-Type"] == "application/json"
    return response.status_code, response.json()


def test_a_visit_replayed_from_the_queue_is_recorded_once(field):
    phone, household = field["phone"], field["household"]
    data = visit_form(field)
    code, first = send(phone, url("visit_add", household), data)
    assert (code, first["status"]) == (200, "recorded")
    assert first["url"] == url("household", household) and "Cảm ơn" in first["reason"]
    for _replay in range(3):  # the answer was lost: the queue sends it again
        code, again = send(phone, url("visit_add", household), data)
        assert (code, again["status"]) == (409, "already")
    assert Visit.objects.count() == 1 and LessonCompletion.objects.count() == 4


def test_any_well_formed_uuid_made_by_the_phone_is_taken(field):
    phone, household = field["phone"], field["household"]
    for made in (uuid.uuid4(), uuid.uuid4()):  # two visits from one form page kept offline
        data = visit_form(field, client_id=str(made))
        assert send(phone, url("visit_add", household), data)[1]["status"] == "recorded"
    assert Visit.objects.count() == 2


def test_two_tabs_sending_the_same_record_at_the_same_moment_record_it_once(field):
    """The second request finds no visit yet (the first one has not committed): the database's
    unique client id makes it answer “already” instead of a second visit."""
    phone, household = field["phone"], field["household"]
    data = visit_form(field)
    assert send(phone, url("visit_add", household), data)[1]["status"] == "recorded"
    with mock.patch.object(services, "_previous", return_value=None):
        code, again = send(Client(), url("visit_add", household), data)
        code, again = send(phone, url("visit_add", household), data)
    assert (code, again["status"]) == (409, "already")
    assert Visit.objects.count() == 1 and LessonCompletion.objects.count() == 4


@pytest.mark.parametrize(
    ("case", "code", "reason"),
    [
        ("removed", 404, "không còn trong danh sách"),
        ("unassigned", 404, "không còn trong danh sách"),
        ("signed_out", 403, "Đăng nhập lại"),
        ("left_team", 403, "không còn trong Tổ"),
        ("future", 400, "tương lai"),
    ],
)
def test_a_refused_record_says_why_in_vietnamese(field, case, code, reason):
    phone, household = field["phone"], field["household"]
    data = visit_form(field)
    if case == "removed":
        services.remove_household(field["trainer"], household)
    elif case == "unassigned":
        field["trainer"].trainer.villages.clear()
        field["trainer"].trainer.villages.add(field["tay"])
    elif case == "signed_out":
        phone.logout()
    elif case == "left_team":
        field["trainer"].trainer.delete()
    else:
        data["visited_on"] = (timezone.localdate() + timezone.timedelta(days=1)).isoformat()
    got, answer = send(phone, url("visit_add", household), data)
    assert (got, answer["status"]) == (code, "refused")
    assert reason.lower() in answer["reason"].lower()
    assert not Visit.objects.exists()


def test_another_trainers_client_id_is_refused_not_told(field):
    phone, household = field["phone"], field["household"]
    data = visit_form(field)
    send(phone, url("visit_add", household), data)
    other = trainer("tnt-dong-2", [field["dong"]])
    second = Client()
    second.force_login(other)
    code, answer = send(second, url("visit_add", household), data)
    assert (code, answer["status"]) == (400, "refused") and "tài khoản khác" in answer["reason"]
    assert Visit.objects.get().trainer == field["trainer"]


def test_a_household_and_a_member_replayed_are_added_once(field):
    phone, household = field["phone"], field["household"]
    data = household_form(phone, village=str(field["dong"].pk))
    assert send(phone, ADD_HOUSEHOLD, data)[1]["status"] == "recorded"
    assert send(phone, ADD_HOUSEHOLD, data)[1]["status"] == "already"
    assert Household.objects.filter(client_id=data["client_id"]).count() == 1
    data = member_form(phone, household)
    assert send(phone, url("member_add", household), data)[1]["status"] == "recorded"
    assert send(phone, url("member_add", household), data)[1]["status"] == "already"
    # The id is kept on the member, not in the session: another sign-in replays it too.
    fresh = Client()
    fresh.force_login(field["trainer"])
    assert send(fresh, url("member_add", household), data)[1]["status"] == "already"
    assert Member.objects.filter(client_id=data["form_id"]).count() == 1
    assert household.members.count() == 3


def test_a_form_without_the_header_still_gets_the_page(field):
    phone, household = field["phone"], field["household"]
    response = phone.post(url("visit_add", household), visit_form(field))
    assert response.status_code == 302 and response["Location"] == url("household", household)
