"""The officers' side in the admin: villages and their import, households, visits, problems,
outcomes, targets and trainers, all under “Chiến dịch số”."""

from __future__ import annotations

import io
import re
import uuid
from datetime import date, timedelta

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from community import services
from community.models import Household, Outcome, Problem, Target, TrainerProfile, Visit
from learners.models import Learner
from places.models import Village
from skills.models import Skill
from tests.community.factories import HouseholdFactory, member, officer, outcome, trainer
from tests.places.factories import VillageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

ALL_FIVE = ("public-services-login", "cashless-payment", "online-learning")


def visit(trainer_user, household, members=(), outcomes=(), on=None, problem=""):
    """A visit recorded as a trainer's phone sends it."""
    form = services.VisitForm(
        client_id=uuid.uuid4(),
        household=household,
        visited_on=on or timezone.localdate(),
        present=tuple(m.pk for m in members),
        outcomes=tuple((m.pk, outcome(code).pk) for m in members[:1] for code in outcomes),
        problem_kind=problem,
        problem_note="Khóa tài khoản" if problem else "",
    )
    return services.record_visit(trainer_user, form)[0]


def make_digital(trainer_user, household, person):
    """Everything the five criteria ask for, seen by the trainer (safety: a skill of area 4)."""
    visit(trainer_user, household, [person], ALL_FIVE)
    from learners.services import awards

    skill = Skill.objects.filter(code__startswith="4.", locale__language_code="vi").first()
    awards.award_skill(person.learner, skill, recorded_by=trainer_user)


@pytest.fixture
def commune():
    """Two villages, a trainer of the first, an officer, households in both."""
    east = VillageFactory(name="Thôn Đông", households=200, residents_15_plus=600)
    west = VillageFactory(name="Thôn Tây", households=150, residents_15_plus=400)
    trainer_a = trainer("tnt-dong", [east])
    trainer_b = trainer("tnt-tay", [west])
    ba_household = HouseholdFactory(village=east, display_name="Hộ ông Nguyễn Văn Ba")
    ba = member(ba_household, "Nguyễn Văn Ba", 1958)
    lan_household = HouseholdFactory(village=east, display_name="Hộ bà Trần Thị Lan")
    lan = member(lan_household, "Trần Thị Lan", 1970)
    west_household = HouseholdFactory(village=west, display_name="Hộ ông Lê Văn Tây")
    tay = member(west_household, "Lê Văn Tây", 1965)
    return {
        "east": east,
        "west": west,
        "trainer_a": trainer_a,
        "trainer_b": trainer_b,
        "officer": officer(),
        "ba_household": ba_household,
        "ba": ba,
        "lan_household": lan_household,
        "lan": lan,
        "west_household": west_household,
        "tay": tay,
    }


@pytest.fixture
def office(client, commune):
    client.force_login(commune["officer"])
    return client


def html(response) -> str:
    return response.content.decode()


def table(response) -> str:
    """The listing's rows only (not its filters)."""
    found = re.search(r'<table class="listing.*?</table>', html(response), re.DOTALL)
    return found.group(0) if found else ""


def denied(response) -> bool:
    """Wagtail answers a refused admin view with a redirect to the admin's home page."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


# The menu -------------------------------------------------------------------------------------


def test_the_campaign_menu_groups_everything_for_officers(office):
    page = html(office.get(reverse("wagtailadmin_home")))
    assert "Chiến dịch số" in page
    for name in (
        "campaign_dashboard:index",
        "campaign_household:index",
        "campaign_visit:index",
        "campaign_problem:index",
        "campaign_recognition:index",
        "wagtailsnippets_community_outcome:list",
        "campaign_target:index",
        "campaign_trainer:index",
        "campaign_village:index",
        "campaign_report:index",
    ):
        assert reverse(name) in page, name


# Villages -------------------------------------------------------------------------------------


def test_the_village_list_shows_official_counts_and_searches(office, commune):
    page = html(office.get(reverse("campaign_village:index")))
    assert "Thôn Đông" in page and "600" in page and "Thôn Tây" in page
    page = html(office.get(reverse("campaign_village:index"), {"q": "Tây"}))
    assert "Thôn Tây" in page and "Thôn Đông" not in page


def csv_file(text: str, name: str = "thon.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def xlsx_file(rows: list[list]) -> SimpleUploadedFile:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile("thon.xlsx", output.getvalue())


def counts() -> dict:
    return {
        v.name: (v.kind, v.households, v.residents_15_plus)
        for v in Village.objects.order_by("name")
    }


def test_a_village_file_is_previewed_then_imported_on_confirmation(office, commune):
    url = reverse("campaign_village:import")
    assert office.get(url).status_code == 200
    text = (
        "name,kind,households,residents_15_plus\n"
        "thon dong,thôn,210,600\n"  # the same village as “Thôn Đông”, one count changed
        "Thôn Tây,thôn,150,400\n"  # unchanged
        "Tổ dân phố 3,tổ dân phố,1.200,3100\n"  # new, written with a thousands dot
    )
    before = counts()
    preview = office.post(url, {"file": csv_file(text)})
    page = html(preview)
    assert preview.status_code == 200
    assert "mới" in page and "thay đổi" in page and "không đổi" in page
    assert "200 → 210" in page
    assert counts() == before, "the preview changes nothing"
    payload = preview.context["confirm_form"]["payload"].value()
    done = office.post(url, {"payload": payload})
    assert done.status_code == 302
    after = counts()
    # Matched by its name as typed; the name on the list stays as it was written there.
    assert after["Thôn Đông"] == ("thon", 210, 600)
    assert after["Tổ dân phố 3"] == ("to_dan_pho", 1200, 3100)
    assert len(after) == 3


def test_an_xlsx_file_with_vietnamese_headings_is_read(office, commune):
    upload = xlsx_file([["Tên", "Loại", "Số hộ", "Số người từ 15 tuổi"], ["Thôn Bắc", "", 90, 250]])
    page = html(office.post(reverse("campaign_village:import"), {"file": upload}))
    assert "Thôn Bắc" in page and "mới" in page


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("Thôn Nam,thôn,-5,100", "không thể là số âm"),
        (",thôn,50,100", "Thiếu tên"),
        ("Thôn Nam,thôn,năm mươi,100", "số nguyên"),
        ("Thôn Nam,xóm,50,100", "thôn"),
        ("Thôn Tây,thôn,160,400\nthon tay,thôn,170,400", "đã có ở một dòng phía trên"),
    ],
)
def test_a_bad_row_is_reported_in_vietnamese_and_nothing_changes(office, commune, row, message):
    before = counts()
    text = "name,kind,households,residents_15_plus\nThôn Mới,thôn,10,20\n" + row + "\n"
    response = office.post(reverse("campaign_village:import"), {"file": csv_file(text)})
    page = html(response)
    assert response.status_code == 400
    assert message in page, page[page.find("import-preview") :][:3000]
    assert "Không có gì được nhập" in page
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert counts() == before


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (csv_file("name,kind,households\nThôn Mới,thôn,10\n"), "đúng các cột"),
        (csv_file("name,kind,households,residents_15_plus,phone\nA,thôn,1,2,090\n"), "Cột lạ"),
        (SimpleUploadedFile("thon.pdf", b"%PDF-1.4"), "CSV hoặc XLSX"),
        (SimpleUploadedFile("thon.xlsx", b"not a workbook"), "không đọc được"),
        (csv_file("name,kind,households,residents_15_plus\n"), "không có thôn nào"),
    ],
)
def test_a_bad_file_is_refused_whole(office, commune, upload, message):
    before = counts()
    response = office.post(reverse("campaign_village:import"), {"file": upload})
    assert response.status_code == 400
    assert message in html(response)
    assert counts() == before


def test_a_tampered_confirmation_imports_nothing(office, commune):
    before = counts()
    response = office.post(reverse("campaign_village:import"), {"payload": "forged:payload"})
    assert response.status_code == 302 and counts() == before


# Households -------------------------------------------------------------------------------------


def test_households_list_filters_by_village_group_and_criteria(office, commune):
    make_digital(commune["trainer_a"], commune["ba_household"], commune["ba"])
    url = reverse("campaign_household:index")
    page = html(office.get(url))
    for name in ("Hộ ông Nguyễn Văn Ba", "Hộ bà Trần Thị Lan", "Hộ ông Lê Văn Tây"):
        assert name in page
    assert "5/5" in page and "1/5" in page
    page = html(office.get(url, {"village": commune["west"].pk}))
    assert "Hộ ông Lê Văn Tây" in page and "Hộ ông Nguyễn Văn Ba" not in page
    page = html(office.get(url, {"criteria": "5"}))
    assert "Hộ ông Nguyễn Văn Ba" in page and "Hộ bà Trần Thị Lan" not in page
    Household.objects.filter(pk=commune["lan_household"].pk).update(groups=["traders"])
    page = html(office.get(url, {"group": "traders"}))
    assert "Hộ bà Trần Thị Lan" in page and "Hộ ông Nguyễn Văn Ba" not in page
    # No add form: trainers add households.
    assert denied(office.get(reverse("campaign_household:add")))


def test_the_household_page_shows_members_visits_problems_and_history(office, commune):
    household = commune["ba_household"]
    visit(
        commune["trainer_a"],
        household,
        [commune["ba"]],
        ["cashless-payment"],
        problem="phone_repair",
    )
    page = html(office.get(reverse("campaign_household:inspect", args=[household.pk])))
    assert "Nguyễn Văn Ba" in page and "1958" in page
    assert "Thanh toán bằng mã QR" in page
    assert "điện thoại cần sửa" in page
    assert "2/5" in page and "thiếu" in page
    assert "Ghi nhận lần đến hộ" in page  # the history: who recorded a visit, and when
    assert reverse("campaign_household:history", args=[household.pk]) in page
    # What an officer needs only: never the member's PIN or learner code.
    learner = commune["ba"].learner
    assert learner.code not in page and learner.pin_hash not in page


def test_removing_a_household_at_its_request_keeps_counts_only(office, commune):
    household = commune["ba_household"]
    visit(commune["trainer_a"], household, [commune["ba"]], ["cashless-payment"])
    url = reverse("campaign_household:remove", args=[household.pk])
    page = html(office.get(url))
    assert "Hộ ông Nguyễn Văn Ba" in page and "không thể hoàn tác" in page
    assert office.post(url).status_code == 302
    household.refresh_from_db()
    assert household.removed_at is not None and household.display_name == ""
    assert not Learner.objects.filter(display_name="Nguyễn Văn Ba").exists()
    assert Visit.objects.filter(household=household).count() == 1
    assert "Hộ ông Nguyễn Văn Ba" not in html(office.get(reverse("campaign_household:index")))
    assert office.get(reverse("campaign_household:inspect", args=[household.pk])).status_code == 404
    assert ModelLogEntry.objects.for_instance(household).filter(action="community.removed").exists()


# Visits and problems --------------------------------------------------------------------------


def test_visits_are_listed_read_only_with_filters(office, commune):
    visit(commune["trainer_a"], commune["ba_household"], [commune["ba"]], on=date(2026, 3, 2))
    visit(commune["trainer_b"], commune["west_household"], [commune["tay"]], on=date(2026, 6, 5))
    url = reverse("campaign_visit:index")
    page = html(office.get(url))
    assert "Hộ ông Nguyễn Văn Ba" in page and "Hộ ông Lê Văn Tây" in page
    page = html(office.get(url, {"village": commune["west"].pk}))
    assert "Hộ ông Lê Văn Tây" in page and "Hộ ông Nguyễn Văn Ba" not in page
    page = html(office.get(url, {"trainer": commune["trainer_a"].pk}))
    assert "Hộ ông Nguyễn Văn Ba" in page and "Hộ ông Lê Văn Tây" not in page
    page = html(office.get(url, {"visited_on_after": "2026-05-01"}))
    assert "Hộ ông Lê Văn Tây" in page and "Hộ ông Nguyễn Văn Ba" not in page
    some = Visit.objects.first()
    assert denied(office.get(reverse("campaign_visit:edit", args=[some.pk])))
    assert denied(office.get(reverse("campaign_visit:delete", args=[some.pk])))


def test_problems_oldest_open_first_with_age_and_closed_with_a_note(office, commune):
    today = timezone.localdate()
    old = visit(
        commune["trainer_a"],
        commune["ba_household"],
        [commune["ba"]],
        on=today - timedelta(days=20),
        problem="vneid_locked",
    )
    visit(
        commune["trainer_b"],
        commune["west_household"],
        [commune["tay"]],
        on=today - timedelta(days=3),
        problem="phone_repair",
    )
    url = reverse("campaign_problem:index")
    page = table(office.get(url))
    locked, repair = Problem.objects.get(visit=old), Problem.objects.exclude(visit=old).get()
    assert page.index("tài khoản VNeID bị khóa") < page.index("điện thoại cần sửa")
    assert ">20<" in page.replace(" ", "").replace("\n", "")
    close = reverse("campaign_problem:close", args=[locked.pk])
    assert close in page  # each open problem offers “Đóng, kèm ghi chú”
    assert office.post(close, {"note": ""}).status_code == 400
    assert office.post(close, {"note": "Công an xã đã mở khóa"}).status_code == 302
    locked.refresh_from_db()
    assert locked.closed_on == today and locked.closed_by == commune["officer"]
    page = table(office.get(url, {"status": "open"}))
    assert "điện thoại cần sửa" in page and "tài khoản VNeID bị khóa" not in page
    page = html(office.get(url, {"status": "closed"}))
    assert "Công an xã đã mở khóa" in page
    assert repair.closed_on is None


# Outcomes, targets, trainers --------------------------------------------------------------------


def test_an_officer_adds_an_outcome_and_changes_a_target(office, commune):
    skill = Skill.objects.filter(locale__language_code="vi").first()
    url = reverse("wagtailsnippets_community_outcome:add")
    response = office.post(
        url,
        {
            "name": "Đặt lịch khám bệnh trực tuyến",
            "code": "online-booking",
            "meaning": "online_life",
            "skills": [skill.pk],
            "sort_order": 20,
        },
    )
    assert response.status_code == 302, html(response)[:2000]
    assert Outcome.objects.filter(code="online-booking").exists()
    target = Target.objects.get(key="vneid")
    edit = reverse("campaign_target:edit", args=[target.pk])
    data = {"goal": 85, "starts_on": "2025-10-11", "deadline": "2026-12-31"}
    assert office.post(edit, data).status_code == 302
    target.refresh_from_db()
    assert target.goal == 85
    bad = office.post(edit, {**data, "deadline": "2025-01-01"})
    assert bad.status_code == 200 and "phải sau ngày bắt đầu" in html(bad)


def test_an_officer_assigns_a_trainer_to_villages(office, commune):
    from django.contrib.auth.models import Group

    from community.campaign import TRAINERS_GROUP
    from tests.community.factories import staff

    new = staff("tnt-moi", TRAINERS_GROUP)
    url = reverse("campaign_trainer:add")
    choices = office.get(url).context["form"].fields["user"].queryset
    assert new in choices and commune["officer"] not in choices
    response = office.post(url, {"user": new.pk, "villages": [commune["west"].pk]})
    assert response.status_code == 302, html(response)[:2000]
    assert list(TrainerProfile.objects.get(user=new).villages.all()) == [commune["west"]]
    page = html(office.get(reverse("campaign_trainer:index")))
    assert "tnt-moi" in page and "Thôn Tây" in page
    assert Group.objects.get(name=TRAINERS_GROUP).permissions.count() == 0


FORBIDDEN = ("phone_number", "id_number", "cccd", "password", "otp", "photo", "document", "pin")


def test_no_admin_form_asks_for_numbers_passwords_codes_or_photos(office, commune):
    """The forms an officer fills: never a field for an ID or phone number, a citizen's
    account, a password, an OTP or a photo of a document."""
    household = commune["ba_household"]
    forms = {
        "household": office.get(reverse("campaign_household:edit", args=[household.pk])),
        "outcome": office.get(reverse("wagtailsnippets_community_outcome:add")),
        "target": office.get(reverse("campaign_target:edit", args=[Target.objects.first().pk])),
        "trainer": office.get(reverse("campaign_trainer:add")),
        "village": office.get(reverse("campaign_village:add")),
    }
    fields = {name: set(response.context["form"].fields) for name, response in forms.items()}
    assert fields["household"] == {
        "village",
        "display_name",
        "address_note",
        "groups",
        "has_smartphone_online",
        "consented_on",
    }
    assert fields["trainer"] == {"user", "villages"}
    for name, names in fields.items():
        bad = [field for field in names for word in FORBIDDEN if word in field.lower()]
        assert not bad, (name, bad)
