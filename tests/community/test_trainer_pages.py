"""The trainers' phone pages: who may open them, the household list, adding households and
members, recording a visit (and what the member then sees on their own record), the print pack.

Each test builds its own commune: two villages, a trainer of one of them, a household of two
members there and one in the other village, and the ``tree``'s two lessons to practise."""

from __future__ import annotations

import re
import uuid
from datetime import date, timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from community.models import Household, Member, OutcomeSeen, Problem, Visit
from learners.models import LessonCompletion
from tests.community.factories import HouseholdFactory, member, officer, outcome, trainer
from tests.lessons.factories import LessonPageFactory
from tests.places.factories import VillageFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

LIST = reverse("community:households")
SIGN_IN = reverse("community:sign_in")
ADD_HOUSEHOLD = reverse("community:household_add")


def url(name: str, household) -> str:
    return reverse(f"community:{name}", args=[getattr(household, "pk", household)])


@pytest.fixture
def field(tree):
    dong, tay = VillageFactory(name="Thôn Đông"), VillageFactory(name="Thôn Tây")
    household = HouseholdFactory(village=dong, display_name="Hộ ông Nguyễn Văn Ba")
    ba = member(household, "Nguyễn Văn Ba", 1955)
    lan = member(household, "Trần Thị Lan", 1960)
    elsewhere = HouseholdFactory(village=tay, display_name="Hộ bà Lê Thị Tây")
    user = trainer("tnt-dong", [dong])
    phone = Client()
    phone.force_login(user)
    return {
        "dong": dong,
        "tay": tay,
        "household": household,
        "ba": ba,
        "lan": lan,
        "elsewhere": elsewhere,
        "trainer": user,
        "phone": phone,
        "lessons": tree.lessons,
    }


def html(response) -> str:
    return response.content.decode()


def hidden(page: str, name: str) -> str:
    return re.search(rf'name="{name}" value="([^"]+)"', page).group(1)


# Who may open the pages ---------------------------------------------------------------------


def page_urls(field) -> list[str]:
    household = field["household"]
    return [
        LIST,
        ADD_HOUSEHOLD,
        url("household", household),
        url("member_add", household),
        url("visit_add", household),
        url("print_pack", household),
    ]


def test_anonymous_visitors_are_sent_to_the_sign_in(client, field):
    for page in page_urls(field):
        response = client.get(page)
        assert response.status_code == 302, page
        assert response["Location"].startswith(SIGN_IN + "?next="), page


@pytest.mark.parametrize("groups", [["Editors"], ["Cán bộ theo dõi học viên"], []])
def test_staff_without_a_trainer_profile_are_refused_in_vietnamese(client, field, groups):
    client.force_login(UserFactory(groups=groups))
    for page in page_urls(field):
        response = client.get(page)
        assert response.status_code == 403, page
        assert "Bạn không có quyền mở trang này." in html(response)
        assert "no-store" in response["Cache-Control"]


def test_a_learner_signed_in_on_the_phone_is_not_a_trainer(client, field):
    client.post(reverse("learners:sign_in"), {"code": field["ba"].learner.code, "pin": "2468"})
    assert client.get(LIST).status_code == 302  # to the staff sign-in


def test_a_trainer_signs_in_with_the_staff_account_and_out(client, field):
    page = client.get(SIGN_IN + "?next=" + url("household", field["household"]))
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    wrong = client.post(SIGN_IN, {"username": "tnt-dong", "password": "sai"})
    assert wrong.status_code == 400 and "không đúng" in html(wrong)
    response = client.post(
        SIGN_IN,
        {
            "username": "tnt-dong",
            "password": "pw-tnt-dong-2026",
            "next": url("household", field["household"]),
        },
    )
    assert response.status_code == 302
    assert response["Location"] == url("household", field["household"])
    assert client.get(LIST).status_code == 200
    assert client.get(reverse("community:sign_out")).status_code == 405  # POST only
    client.post(reverse("community:sign_out"))
    assert client.get(LIST).status_code == 302


def test_the_staff_sign_in_counts_wrong_passwords(client, field):
    for _ in range(5):
        client.post(SIGN_IN, {"username": "tnt-dong", "password": "sai"})
    response = client.post(SIGN_IN, {"username": "tnt-dong", "password": "pw-tnt-dong-2026"})
    assert response.status_code == 400 and "15 phút" in html(response)


def test_a_trainer_sees_only_the_households_of_their_villages(field):
    phone = field["phone"]
    page = phone.get(LIST)
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert "Hộ ông Nguyễn Văn Ba" in html(page) and "Hộ bà Lê Thị Tây" not in html(page)
    for name in ("household", "visit_add", "member_add", "print_pack"):
        other = phone.get(url(name, field["elsewhere"]))
        assert other.status_code == 404, name  # not 403: its existence is not told
        assert "Không tìm thấy" in html(other)
        assert "Lê Thị Tây" not in html(other)
        assert phone.get(url(name, 987654)).status_code == 404
    # An officer sees the whole commune.
    client = Client()
    client.force_login(officer())
    assert "Hộ bà Lê Thị Tây" in html(client.get(LIST))
    assert client.get(url("household", field["elsewhere"])).status_code == 200


# The household list ---------------------------------------------------------------------------


def listed(response) -> str:
    """The household list itself (not the “visit next” box above it)."""
    return html(response).split('id="list-heading"')[1]


def test_search_without_accents_and_filters(field):
    phone = field["phone"]
    HouseholdFactory(village=field["dong"], display_name="Hộ bà Đỗ Thị Hoa")
    field["trainer"].trainer.villages.add(field["tay"])
    found = listed(phone.get(LIST, {"q": "do thi hoa"}))
    assert "Hộ bà Đỗ Thị Hoa" in found and "Nguyễn Văn Ba" not in found
    assert "Nguyễn Văn Ba" in listed(phone.get(LIST, {"q": "NGUYEN van"}))
    assert "Không có hộ nào khớp" in listed(phone.get(LIST, {"q": "xyz"}))
    in_tay = listed(phone.get(LIST, {"thon": field["tay"].pk}))
    assert "Lê Thị Tây" in in_tay and "Đỗ Thị Hoa" not in in_tay
    Visit.objects.create(
        client_id=uuid.uuid4(),
        household=field["household"],
        trainer=field["trainer"],
        visited_on=timezone.localdate(),
    )
    not_visited = listed(phone.get(LIST, {"chua-den": "1"}))
    assert "Đỗ Thị Hoa" in not_visited and "Nguyễn Văn Ba" not in not_visited
    # Another village's id in the filter is ignored, never a way in.
    bac = VillageFactory(name="Thôn Bắc")
    HouseholdFactory(village=bac, display_name="Hộ ông Bắc")
    assert "Hộ ông Bắc" not in html(phone.get(LIST, {"thon": bac.pk}))
    assert "Đỗ Thị Hoa" in listed(phone.get(LIST, {"thon": "999999"}))


def test_the_list_shows_criteria_and_last_visit_and_pages_by_thirty(field):
    phone = field["phone"]
    HouseholdFactory.create_batch(35, village=field["dong"])
    visited_on = timezone.localdate() - timedelta(days=3)
    Visit.objects.create(
        client_id=uuid.uuid4(),
        household=field["household"],
        trainer=field["trainer"],
        visited_on=visited_on,
    )
    first = html(phone.get(LIST))
    assert first.count('class="criteria-count"') == 30
    assert "36 hộ" in first and "trang=2" in first
    second = html(phone.get(LIST, {"trang": "2"}))
    assert second.count('class="criteria-count"') == 6
    row = re.search(r"Hộ ông Nguyễn Văn Ba.*?</li>", first + second, re.S).group(0)
    assert "1/5" in row  # a smartphone on the Internet, nothing else yet
    assert visited_on.strftime("%d/%m/%Y") in row


def test_households_to_visit_next(field):
    phone = field["phone"]
    dong = field["dong"]
    HouseholdFactory(village=dong, display_name="Hộ trẻ chưa đến", groups=["workers"])
    HouseholdFactory(village=dong, display_name="Hộ cụ chưa đến", groups=["elderly"])
    long_ago = HouseholdFactory(village=dong, display_name="Hộ đến lâu rồi", groups=[])
    recent = HouseholdFactory(village=dong, display_name="Hộ vừa đến", groups=["elderly"])
    for household, days in ((long_ago, 60), (recent, 1), (field["household"], 30)):
        Visit.objects.create(
            client_id=uuid.uuid4(),
            household=household,
            trainer=field["trainer"],
            visited_on=timezone.localdate() - timedelta(days=days),
        )
    page = html(phone.get(LIST))
    section = re.search(r'id="next-heading".*?</ol>', page, re.S).group(0)
    names = re.findall(r">(Hộ [^<]+)</a>", section)
    assert names == [
        "Hộ cụ chưa đến",
        "Hộ trẻ chưa đến",
        "Hộ đến lâu rồi",
        "Hộ ông Nguyễn Văn Ba",
        "Hộ vừa đến",
    ]


def list_queries(phone) -> int:
    phone.get(LIST)  # sessions and caches warmed
    with CaptureQueriesContext(connection) as captured:
        assert phone.get(LIST).status_code == 200
    return len(captured.captured_queries)


def test_the_list_query_count_does_not_grow_with_households(field):
    phone = field["phone"]
    for n in range(4):
        household = HouseholdFactory(village=field["dong"])
        member(household, f"Người thử {n}")
    few = list_queries(phone)
    for n in range(35):
        household = HouseholdFactory(village=field["dong"])
        member(household, f"Người thêm {n}")
    many = list_queries(phone)
    assert Household.objects.filter(village=field["dong"]).count() == 40
    assert few == many, (few, many)
    assert many <= 16


# Adding households and members ---------------------------------------------------------------


def household_form(phone, **changes) -> dict:
    page = html(phone.get(ADD_HOUSEHOLD))
    data = {
        "client_id": hidden(page, "client_id"),
        "display_name": "  Hộ   ông Phạm Văn Mới ",
        "village": "",
        "address_note": "xóm Đông, gần nhà văn hóa",
        "groups": ["elderly", "farmers"],
        "has_smartphone_online": "on",
        "consented_on": timezone.localdate().isoformat(),
        "consent": "on",
    }
    data.update(changes)
    return data


def test_adding_a_household_twice_with_the_same_form_makes_one(field):
    phone = field["phone"]
    page = html(phone.get(ADD_HOUSEHOLD))
    assert "Thôn Tây" not in page  # only the trainer's own villages to choose from
    data = household_form(phone, village=field["dong"].pk)
    first = phone.post(ADD_HOUSEHOLD, data)
    again = phone.post(ADD_HOUSEHOLD, data)
    made = Household.objects.get(display_name="Hộ ông Phạm Văn Mới")
    assert first["Location"] == again["Location"] == url("household", made)
    assert made.groups == ["elderly", "farmers"] and made.created_by == field["trainer"]
    assert "đã được ghi" in html(phone.get(again["Location"]))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"consent": ""}, "Hỏi hộ trước"),
        ({"consented_on": ""}, "ngày hộ đồng ý"),
        ({"consented_on": (date.today() + timedelta(days=2)).isoformat()}, "tương lai"),
        ({"village": "tay"}, "thôn bạn phụ trách"),
        ({"display_name": " "}, "tên của hộ"),
    ],
)
def test_a_household_form_with_a_mistake_is_shown_again(field, changes, message):
    phone = field["phone"]
    village = field["tay"].pk if changes.get("village") == "tay" else field["dong"].pk
    data = household_form(phone, **{**changes, "village": village})
    response = phone.post(ADD_HOUSEHOLD, data)
    assert response.status_code == 400
    assert message in html(response)
    if "display_name" not in changes:
        assert "Hộ   ông Phạm Văn Mới" in html(response)  # what was typed is kept
    assert not Household.objects.filter(display_name__contains="Phạm Văn Mới").exists()


def member_form(phone, household, **changes) -> dict:
    page = html(phone.get(url("member_add", household)))
    assert 'name="village"' not in page and "điện thoại" in page
    data = {
        "form_id": hidden(page, "form_id"),
        "display_name": "Nguyễn Thị Mới",
        "birth_year": "1958",
        "pin": "135790",
        "pin_again": "135790",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"pin_again": "135791"}, "không giống nhau"),
        ({"pin": "12ab", "pin_again": "12ab"}, "4 đến 6 chữ số"),
        ({"pin": "123", "pin_again": "123"}, "4 đến 6 chữ số"),
        ({"pin": "", "pin_again": ""}, "mã PIN"),
        ({"birth_year": "3000"}, "1960"),
    ],
)
def test_a_members_pin_follows_the_learners_rules(field, changes, message):
    phone, household = field["phone"], field["household"]
    response = phone.post(url("member_add", household), member_form(phone, household, **changes))
    assert response.status_code == 400 and message in html(response)
    assert household.members.count() == 2


def test_a_member_gets_a_record_with_the_pin_they_typed_once_per_form(field):
    phone, household = field["phone"], field["household"]
    data = member_form(phone, household)
    first = phone.post(url("member_add", household), data)
    again = phone.post(url("member_add", household), data)
    assert first.status_code == again.status_code == 302
    made = Member.objects.get(learner__display_name="Nguyễn Thị Mới")
    assert household.members.count() == 3
    assert made.learner.check_pin("135790") and made.learner.village == field["dong"]
    assert made.birth_year == 1958
    page = html(phone.get(url("household", household)))
    assert made.learner.code in page  # in the message and the member list: written down for them


# Recording a visit ------------------------------------------------------------------------------


def visit_form(field, **changes) -> dict:
    phone, household = field["phone"], field["household"]
    page = html(phone.get(url("visit_add", household)))
    ba, lan = field["ba"].pk, field["lan"].pk
    data = {
        "client_id": hidden(page, "client_id"),
        "visited_on": timezone.localdate().isoformat(),
        "present": [str(ba), str(lan)],
        "lessons": [str(lesson.pk) for lesson in field["lessons"]],
        f"outcome-{ba}": [str(outcome("vneid-level-2").pk)],
        f"outcome-{lan}": [str(outcome("cashless-payment").pk)],
        "remaining": "Cài ví điện tử cho bà Lan",
        "problem_kind": "",
        "problem_note": "",
    }
    data.update(changes)
    return data


def test_the_visit_form_offers_members_lessons_and_outcomes(field):
    page = html(field["phone"].get(url("visit_add", field["household"])))
    assert 'type="date"' in page and timezone.localdate().isoformat() in page
    for lesson in field["lessons"]:
        assert f'value="{lesson.pk}"' in page
    assert page.count("<details") == 1 + 2  # one topic, two members
    assert "Kích hoạt tài khoản định danh điện tử mức 2" in page
    assert "Không ghi số căn cước, số điện thoại, mật khẩu." in page
    uuid.UUID(hidden(page, "client_id"))


def test_a_visit_with_two_lessons_and_two_outcomes_shows_on_the_members_record(field):
    phone, household = field["phone"], field["household"]
    response = phone.post(url("visit_add", household), visit_form(field))
    assert response.status_code == 302 and response["Location"] == url("household", household)
    visit = Visit.objects.get()
    assert visit.trainer == field["trainer"] and visit.lessons.count() == 2
    assert OutcomeSeen.objects.count() == 2
    page = html(phone.get(url("household", household)))
    assert "Đã ghi nhận lần đến. Cảm ơn bạn!" in page
    assert "Kích hoạt tài khoản định danh điện tử mức 2" in page
    assert "Cài ví điện tử cho bà Lan" in page
    assert "2/5" in page  # a smartphone, and paying without cash

    # Ba opens his own record on his phone: the lessons, confirmed by the team.
    ba_phone = Client()
    ba_phone.post(reverse("learners:sign_in"), {"code": field["ba"].learner.code, "pin": "2468"})
    record = html(ba_phone.get(reverse("learners:index")))
    today = timezone.localdate().strftime("%d/%m/%Y")
    assert record.count(f"Tổ công nghệ số cộng đồng xác nhận ngày {today}") >= 3  # 2 + skill
    for lesson in field["lessons"]:
        assert lesson.title in record
    # The skill VNeID level 2 shows (2.6), seen by the trainer: by its name, no code.
    assert "Quản lý danh tính số" in record
    assert url("household", household) not in record  # no way to the household's page


def test_the_same_visit_form_sent_twice_records_one_visit(field):
    phone, household = field["phone"], field["household"]
    data = visit_form(field)
    assert phone.post(url("visit_add", household), data).status_code == 302
    again = phone.post(url("visit_add", household), data)
    assert again.status_code == 302
    assert Visit.objects.count() == 1 and OutcomeSeen.objects.count() == 2
    assert LessonCompletion.objects.count() == 4
    assert "không ghi thêm" in html(phone.get(again["Location"])).lower()


def nothing_recorded() -> bool:
    return not (
        Visit.objects.exists()
        or OutcomeSeen.objects.exists()
        or LessonCompletion.objects.exists()
        or Problem.objects.exists()
    )


def test_a_visit_in_the_future_is_refused_with_everything_kept(field):
    phone, household = field["phone"], field["household"]
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    data = visit_form(field, visited_on=tomorrow, problem_kind="phone_repair")
    response = phone.post(url("visit_add", household), data)
    assert response.status_code == 400
    page = html(response)
    assert "tương lai" in page
    assert f'value="{tomorrow}"' in page and data["client_id"] in page
    for lesson in field["lessons"]:
        assert re.search(rf'value="{lesson.pk}"[^>]*checked', page)
    assert re.search(rf'value="{outcome("cashless-payment").pk}"[^>]*checked', page)
    assert "Cài ví điện tử cho bà Lan" in page
    assert re.search(r'value="phone_repair"[^>]*selected', page)
    assert nothing_recorded()


def test_a_visit_to_another_village_or_an_unknown_household_changes_nothing(field):
    phone = field["phone"]
    data = visit_form(field)
    for target in (field["elsewhere"], 987654):
        response = phone.post(url("visit_add", target), data)
        assert response.status_code == 404 and "Không tìm thấy" in html(response)
    assert nothing_recorded()


def test_an_outcome_for_someone_absent_is_refused(field):
    phone, household = field["phone"], field["household"]
    data = visit_form(field, present=[str(field["ba"].pk)])
    response = phone.post(url("visit_add", household), data)
    assert response.status_code == 400 and "không có mặt" in html(response)
    assert nothing_recorded()


def test_a_problem_passed_on_with_a_visit(field):
    phone, household = field["phone"], field["household"]
    data = visit_form(field, problem_kind="vneid_locked", problem_note="Tài khoản bị khóa")
    phone.post(url("visit_add", household), data)
    problem = Problem.objects.get()
    assert problem.village == field["dong"] and problem.opened_by == field["trainer"]
    page = html(phone.get(url("household", household)))
    assert "Tài khoản bị khóa" in page


def test_a_visit_form_without_its_client_id_is_shown_again_with_a_fresh_one(field):
    phone, household = field["phone"], field["household"]
    data = visit_form(field, client_id="")
    response = phone.post(url("visit_add", household), data)
    assert response.status_code == 400 and nothing_recorded()
    fresh = hidden(html(response), "client_id")
    uuid.UUID(fresh)
    assert phone.post(url("visit_add", household), {**data, "client_id": fresh}).status_code == 302
    assert Visit.objects.get().client_id == uuid.UUID(fresh)


# The print pack -----------------------------------------------------------------------------------


def test_the_print_pack_holds_fitting_lessons_not_yet_practised(field, tree):
    phone, household = field["phone"], field["household"]  # an older people's household
    for lesson in field["lessons"]:
        lesson.audiences = ["elderly"]
        lesson.save_revision().publish()
    for n in range(6):
        LessonPageFactory(parent=tree.topic, title=f"Bài cho cụ {n}", audiences=["elderly"])
    farmers = LessonPageFactory(parent=tree.topic, title="Bài cho nhà nông", audiences=["farmers"])
    # Both members practised the first lesson: it is left out.
    data = visit_form(field, lessons=[str(field["lessons"][0].pk)])
    data.pop(f"outcome-{field['ba'].pk}")
    data.pop(f"outcome-{field['lan'].pk}")
    phone.post(url("visit_add", household), data)
    response = phone.get(url("print_pack", household))
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    page = html(response)
    assert page.count('class="sheet"') == 6  # at most six handouts (and the cover)
    assert field["lessons"][1].title in page
    assert f"<h1>{field['lessons'][0].title}</h1>" not in page
    assert farmers.title not in page
    assert "Cài ví điện tử cho bà Lan" in page  # what remains, on the cover


def test_the_trainers_forms_ask_for_no_number_account_or_password():
    from community.forms import HouseholdForm, MemberForm, VisitForm
    from places.models import Village

    fields = [
        *HouseholdForm(villages=Village.objects.none()).fields,
        *MemberForm().fields,
        *VisitForm(members=[], lesson_ids=[], outcomes=[]).fields,
    ]
    forbidden = {"phone", "cccd", "number", "account", "password", "otp", "email", "photo"}
    assert not [name for name in fields if set(name.split("_")) & forbidden], fields
    assert {"pin", "pin_again"} <= set(fields)  # the member's own PIN, typed by them
