"""“Đại sứ số” mentors on the learner's own page: a mentor asks by learner code, sees a
mentee's progress only once the mentee agreed, and no longer once they withdraw."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from community.models import Mentorship
from learners.services import records
from tests.learners.factories import LearnerFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

RECORD = reverse("learners:index")
ASK = reverse("community:mentor_ask")


def phone_of(learner) -> Client:
    phone = Client()
    response = phone.post(reverse("learners:sign_in"), {"code": learner.code, "pin": "2468"})
    assert response.status_code == 302
    return phone


def mentors_box(phone) -> str:
    page = phone.get(RECORD).content.decode()
    return page.split('id="dong-hanh"')[1].split("</section>")[0]


@pytest.fixture
def people(tree):
    mentor = LearnerFactory(display_name="Đại Sứ Số Hà")
    mentee = LearnerFactory(display_name="Cụ Nguyễn Văn Tư")
    records.record_completion(tree.lessons[0], learner=mentee)
    return {"mentor": mentor, "mentee": mentee, "lessons": tree.lessons}


def test_a_mentor_sees_a_mentee_only_after_they_agree_and_not_after_they_withdraw(people):
    mentor, mentee = people["mentor"], people["mentee"]
    mentor_phone, mentee_phone = phone_of(mentor), phone_of(mentee)
    box = mentors_box(mentor_phone)
    assert "ít nhất 5 người học" in box and "0 người" in box

    response = mentor_phone.post(ASK, {"code": mentee.code.lower()})
    assert response.status_code == 302 and response["Location"].endswith("#dong-hanh")
    page = mentor_phone.get(response["Location"]).content.decode()
    assert f"Đã gửi lời mời tới học viên có mã {mentee.code}" in page
    box = mentors_box(mentor_phone)
    assert "Cụ Nguyễn Văn Tư" not in box  # asked, not agreed: a code, no name, no progress
    assert mentee.code in box and "Đang chờ trả lời" in box

    # The mentee sees who asks, and agrees.
    request_box = mentors_box(mentee_phone)
    assert "Đại Sứ Số Hà" in request_box
    mentorship = Mentorship.objects.get()
    mentee_phone.post(reverse("community:mentor_agree", args=[mentorship.pk]))
    box = mentors_box(mentor_phone)
    assert "Cụ Nguyễn Văn Tư" in box and f"Đã học 1/{len(people['lessons'])} bài" in box
    assert "1 người" in box

    # …then withdraws: the mentor no longer sees anything.
    assert "Đại Sứ Số Hà" in mentors_box(mentee_phone)
    mentee_phone.post(reverse("community:mentor_withdraw", args=[mentorship.pk]))
    box = mentors_box(mentor_phone)
    assert "Cụ Nguyễn Văn Tư" not in box and "0 người" in box
    assert "Đại Sứ Số Hà" not in mentors_box(mentee_phone)


def test_only_the_mentee_answers_a_request(people):
    mentor, mentee = people["mentor"], people["mentee"]
    mentorship = Mentorship.objects.create(mentor=mentor, mentee=mentee)
    # The mentor cannot agree in the mentee's place; nor can anyone else.
    for phone in (phone_of(mentor), phone_of(LearnerFactory()), Client()):
        response = phone.post(reverse("community:mentor_agree", args=[mentorship.pk]))
        assert response.status_code in (302, 404)
    mentorship.refresh_from_db()
    assert mentorship.agreed_at is None
    assert Client().post(ASK, {"code": mentee.code}).status_code == 302  # to the sign-in
    assert not Mentorship.objects.exclude(pk=mentorship.pk).exists()


def test_asking_with_a_wrong_code_says_so_in_vietnamese_and_asks_are_counted(people):
    phone = phone_of(people["mentor"])
    phone.post(ASK, {"code": "AAA-AAA"})
    assert "Không có học viên nào khác có mã này" in phone.get(RECORD).content.decode()
    phone.post(ASK, {"code": people["mentor"].code})  # oneself
    assert not Mentorship.objects.exists()
    for _ in range(10):
        phone.post(ASK, {"code": "AAA-AAA"})
    phone.post(ASK, {"code": people["mentee"].code})
    assert not Mentorship.objects.exists()
    assert "quá nhiều lời mời" in phone.get(RECORD).content.decode()


def test_the_mentor_routes_take_posts_only(people):
    phone = phone_of(people["mentee"])
    mentorship = Mentorship.objects.create(mentor=people["mentor"], mentee=people["mentee"])
    assert phone.get(reverse("community:mentor_agree", args=[mentorship.pk])).status_code == 405
    assert phone.get(ASK).status_code == 405
