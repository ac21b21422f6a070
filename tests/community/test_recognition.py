"""“Gia đình số”: an officer recognises a household that meets all five criteria, prints its
certificate, and anyone checks it with the QR code, seeing no name beyond the masked one."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from community import services
from community.models import Recognition
from learners.codes import ALPHABET
from tests.community.test_admin import commune, make_digital, office  # noqa: F401  fixtures

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


def check_page(code: str) -> str:
    return reverse("community:recognition_check", args=[code])


def test_a_household_meeting_all_five_is_recognised_and_printed(office, commune):  # noqa: F811
    household = commune["ba_household"]
    url = reverse("campaign_household:recognise", args=[household.pk])
    # Not yet: the page says what is missing, and nothing is made.
    page = office.get(url).content.decode()
    assert "còn thiếu" in page and "chưa đạt đủ năm tiêu chí" in page
    refused = office.post(url)
    assert refused.status_code == 400 and not Recognition.objects.exists()

    make_digital(commune["trainer_a"], household, commune["ba"])
    listing = office.get(reverse("campaign_household:index")).content.decode()
    assert listing.count(url) == 1  # the list offers it for this household only
    inspect = office.get(reverse("campaign_household:inspect", args=[household.pk]))
    assert "5/5" in inspect.content.decode() and url in inspect.content.decode()
    response = office.post(url)
    recognition = Recognition.objects.get(household=household)
    assert response.status_code == 302
    assert response.url == reverse("campaign_recognition:print", args=[recognition.pk])
    assert recognition.recognised_by == commune["officer"]
    assert recognition.masked_name == "Hộ ông Nguyễn V. B."

    sheet = office.get(response.url).content.decode()
    assert "Hộ ông Nguyễn Văn Ba" in sheet and "Thôn Đông" in sheet
    assert recognition.code in sheet and "<svg" in sheet  # the QR code, inline
    assert "print.css" in sheet and "Giấy công nhận" in sheet
    # Recognising again returns the same certificate.
    office.post(url)
    assert Recognition.objects.count() == 1


def test_the_public_check_page_shows_only_the_masked_name(office, commune):  # noqa: F811
    household = commune["ba_household"]
    make_digital(commune["trainer_a"], household, commune["ba"])
    recognition = services.recognise(commune["officer"], household)
    response = Client().get(check_page(recognition.code.lower().replace("-", "")))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Hộ ông Nguyễn V. B." in page and "Nguyễn Văn Ba" not in page
    assert "Thôn Đông" in page and "được công nhận là “Gia đình số”" in page
    assert "Thanh toán không dùng tiền mặt" in page  # the five criteria
    assert timezone.localdate().strftime("%d/%m/%Y") in page


def test_a_revoked_recognition_shows_as_revoked(office, commune):  # noqa: F811
    household = commune["ba_household"]
    make_digital(commune["trainer_a"], household, commune["ba"])
    recognition = services.recognise(commune["officer"], household)
    edit = reverse("campaign_recognition:edit", args=[recognition.pk])
    today = timezone.localdate().isoformat()
    no_reason = office.post(edit, {"revoked_on": today, "revoke_reason": ""})
    assert "Hãy ghi lý do thu hồi" in no_reason.content.decode()
    assert (
        office.post(edit, {"revoked_on": today, "revoke_reason": "Bán điện thoại"}).status_code
        == 302
    )
    page = Client().get(check_page(recognition.code)).content.decode()
    assert "đã bị thu hồi" in page
    listing = office.get(reverse("campaign_recognition:index")).content.decode()
    assert "thu hồi ngày" in listing


def test_a_removed_household_shows_as_withdrawn_without_a_name(office, commune):  # noqa: F811
    household = commune["ba_household"]
    make_digital(commune["trainer_a"], household, commune["ba"])
    recognition = services.recognise(commune["officer"], household)
    services.remove_household(commune["officer"], household)
    page = Client().get(check_page(recognition.code)).content.decode()
    assert "đã bị rút" in page
    assert "Nguyễn" not in page and "Hộ ông" not in page
    # Nor can the office print it any more.
    printed = office.get(reverse("campaign_recognition:print", args=[recognition.pk]))
    assert printed.status_code == 404


def test_an_unknown_code_is_a_vietnamese_404(db):
    response = Client().get(check_page("ABCD-EFGH"))
    assert response.status_code == 404
    assert "Không có giấy công nhận “Gia đình số” nào mang mã" in response.content.decode()


def test_only_officers_recognise_and_print(client, commune):  # noqa: F811
    household = commune["ba_household"]
    make_digital(commune["trainer_a"], household, commune["ba"])
    recognition = services.recognise(commune["officer"], household)
    client.force_login(commune["trainer_a"])
    for url in (
        reverse("campaign_household:recognise", args=[commune["lan_household"].pk]),
        reverse("campaign_recognition:print", args=[recognition.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert "Nguyễn Văn Ba" not in response.content.decode()


def test_guessing_codes_is_limited_per_address_and_right_codes_give_back(office, commune):  # noqa: F811
    """The check page is not a way to try codes until one hits: 30 misses per address per 15
    minutes (shared with the learners' certificate check), a right code costs nothing."""
    household = commune["ba_household"]
    make_digital(commune["trainer_a"], household, commune["ba"])
    recognition = services.recognise(commune["officer"], household)
    guesser = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(10):  # a trainer checking real certificates is never held up
        assert guesser.get(check_page(recognition.code)).status_code == 200
    guesses = [
        f"ACDE-FGH{ALPHABET[n % len(ALPHABET)]}{ALPHABET[n // len(ALPHABET)]}" for n in range(31)
    ]
    statuses = [guesser.get(check_page(code)).status_code for code in guesses]
    assert statuses == [404] * 30 + [429]
    refused = guesser.get(check_page(recognition.code))
    assert refused.status_code == 429
    assert "Hộ ông" not in refused.content.decode()
    assert "15 phút" in refused.content.decode()
    # The learners' certificate check shares the count.
    assert guesser.get(reverse("learners:certificate_check", args=["ACDE-FGHJ"])).status_code == 429
    # Another address is not affected.
    assert Client(REMOTE_ADDR="203.0.113.8").get(check_page(recognition.code)).status_code == 200
