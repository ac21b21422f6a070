"""The public certificate check: a code typed at /chung-nhan/ the way people write it, and a
limit on wrong codes so the check is no way to find certificates by trying."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from core.models import Counter
from learners.models import Certificate
from learners.services.checks import MISSES_PER_ADDRESS
from tests.learners.factories import LearnerFactory
from tests.learners.helpers import make_profile, pass_quiz

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

LOOKUP = reverse("learners:certificate_lookup")
CODE = "K7MQ-4DPX"


def check_url(code: str) -> str:
    return reverse("learners:certificate_check", args=[code])


@pytest.fixture
def certificate():
    Counter.objects.filter(key__startswith=MISSES_PER_ADDRESS.scope).delete()
    return Certificate.objects.create(
        code=CODE,
        learner=LearnerFactory(display_name="Trần Thị Bình"),
        kind=Certificate.BASIC,
        title="Hoàn thành mức độ phổ cập kỹ năng số cơ bản",
        masked_name="Trần T. B.",
    )


def test_the_check_page_is_a_form_to_type_a_code(client):
    response = client.get(LOOKUP)
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(rf'<form method="get" action="{LOOKUP}"', html)
    assert 'name="ma"' in html and "Mã chứng nhận" in html and "Kiểm tra" in html
    assert "<script" not in html.split("<main", 1)[-1]  # nothing to run on a cheap phone


@pytest.mark.parametrize("typed", [CODE, "k7mq-4dpx", "K7MQ4DPX", "k7mq4dpx", " k7mq 4dpx "])
def test_a_code_is_found_in_any_case_with_or_without_the_dash(client, certificate, typed):
    response = client.get(LOOKUP, {"ma": typed})
    assert response.status_code == 302 and response.url == check_url(CODE)
    html = client.get(response.url).content.decode()
    assert "Giấy chứng nhận này còn hiệu lực." in html and "Trần T. B." in html
    assert "Trần Thị Bình" not in html


@pytest.mark.parametrize("path", ["k7mq-4dpx", "K7MQ4DPX"])
def test_the_printed_address_takes_any_case_too(client, certificate, path):
    response = client.get(check_url(path))
    assert response.status_code == 302 and response.url == check_url(CODE)


@pytest.mark.parametrize(
    "typed", ["12", "K7MQ-4DP", "K7MQ-4DPXX", "ABCD-EFGH", "đ", "--", "K7MQ-4DPX" * 50]
)
def test_what_is_no_certificate_code_gets_a_clear_message_and_no_lookup(client, typed):
    response = client.get(LOOKUP, {"ma": typed})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Đây không phải mã chứng nhận: mã gồm 8 chữ cái và chữ số" in html
    assert 'name="ma"' in html  # the form again, to correct it
    assert not Counter.objects.filter(key__startswith=MISSES_PER_ADDRESS.scope).exists()


def test_an_empty_code_asks_for_one(client):
    response = client.get(LOOKUP, {"ma": ""})
    assert response.status_code == 400
    assert "Vui lòng nhập mã chứng nhận." in response.content.decode()


def test_an_unknown_code_says_so_and_offers_the_form(client, certificate):
    response = client.get(LOOKUP, {"ma": "k7mq-4dpy"}, follow=True)
    html = response.content.decode()
    assert response.status_code == 404
    assert "Không có giấy chứng nhận nào mang mã “K7MQ-4DPY”" in html
    assert 'name="ma"' in html and 'value="K7MQ-4DPY"' in html


def test_wrong_codes_are_limited_per_address_right_ones_are_not(certificate):
    phone = Client(REMOTE_ADDR="203.0.113.9")
    for _ in range(MISSES_PER_ADDRESS.tries + 10):  # a room checking its certificates
        assert phone.get(check_url(CODE)).status_code == 200
    for n in range(MISSES_PER_ADDRESS.tries):
        code = f"K7MQ-{'34679ACD'[n % 8]}{'EFGH'[n % 4]}{'JKMN'[n // 8 % 4]}X"
        assert phone.get(check_url(code)).status_code == 404, code
    refused = phone.get(check_url(CODE))  # past the limit even a right code waits
    assert refused.status_code == 429
    assert "thử lại sau 15 phút" in refused.content.decode()
    assert "Trần T. B." not in refused.content.decode()
    other = Client(REMOTE_ADDR="198.51.100.4")
    assert other.get(check_url(CODE)).status_code == 200


def test_a_printed_certificate_says_where_to_type_its_code(client, tree):
    make_profile(client)
    pass_quiz(client, tree.quiz)
    certificate = Certificate.objects.filter(learner__isnull=False).latest("issued_at")
    html = client.get(reverse("learners:certificate_print", args=[certificate.code])).content
    assert f"hoặc nhập mã tại testserver{LOOKUP}" in html.decode()
