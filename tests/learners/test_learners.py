"""Learner records: profiles from a name only, PIN sign-in, certificates, privacy, staff access."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from core.models import Counter
from learners.codes import ALPHABET, new_code, normalise
from learners.models import Learner, LessonCompletion, QuizAttempt, SkillAchievement
from learners.privacy import mask_name
from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage
from skills.models import Skill

from .conftest import answers_for, open_form, submit

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def make_profile(client, name="Nguyễn Văn An", pin="2468", **extra):
    response = client.post(
        "/hoc-vien/luu-ket-qua/", {"display_name": name, "pin": pin, "pin_again": pin, **extra}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return Learner.objects.latest("created_at")


def test_codes_are_easy_to_read_aloud():
    code = new_code()
    assert re.fullmatch(r"[A-Z0-9]{3}-[A-Z0-9]{3}", code)
    assert not set(code.replace("-", "")) & set("0O1IL25SBZ8")
    assert set(code.replace("-", "")) <= set(ALPHABET)
    assert normalise(" k7m 4qp ") == "K7M-4QP"


def test_masked_names():
    assert mask_name("Nguyễn Văn An") == "Nguyễn V. A."
    assert mask_name("  Lan  ") == "L."
    assert mask_name("") == ""


def test_profile_needs_only_a_name_and_a_pin(client):
    html = client.get("/hoc-vien/luu-ket-qua/").content.decode()
    for forbidden in ("email", "phone", 'điện thoại"', "cccd", 'password" name="password'):
        assert f'name="{forbidden}' not in html
    assert set(re.findall(r'<input[^>]* name="([a-z_]+)"', html)) == {
        "csrfmiddlewaretoken",
        "display_name",
        "birth_year",
        "village",
        "pin",
        "pin_again",
    }
    learner = make_profile(client, village="Thôn Đông", birth_year="1958")
    assert learner.village == "Thôn Đông" and learner.birth_year == 1958
    assert learner.pin_hash != "2468" and learner.check_pin("2468")
    html = client.get("/hoc-vien/").content.decode()
    assert learner.code in html and "Xin chào, Nguyễn Văn An" in html


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"display_name": "", "pin": "1234", "pin_again": "1234"}, "Vui lòng nhập họ tên."),
        ({"display_name": "An", "pin": "12", "pin_again": "12"}, "4 đến 6 chữ số"),
        ({"display_name": "An", "pin": "abcd", "pin_again": "abcd"}, "4 đến 6 chữ số"),
        ({"display_name": "An", "pin": "1234567", "pin_again": "1234567"}, "4 đến 6 chữ số"),
        (
            {"display_name": "An", "pin": "1234", "pin_again": "4321"},
            "Hai mã PIN không giống nhau.",
        ),
        (
            {"display_name": "An", "pin": "1234", "pin_again": "1234", "birth_year": "3000"},
            "bốn chữ số",
        ),
    ],
)
def test_bad_profile_input_gets_a_vietnamese_message_and_changes_nothing(client, data, message):
    before = Learner.objects.count()
    response = client.post("/hoc-vien/luu-ket-qua/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    if data["display_name"]:
        assert f'value="{data["display_name"]}"' in html  # what was typed is kept
    assert Learner.objects.count() == before


def test_work_done_before_the_profile_is_carried_over(client):
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    assert client.post(f"/hoc-vien/bai-hoc/{lesson.pk}/da-hoc-xong/").status_code == 302
    quiz = QuizPage.objects.child_of(lesson.get_parent()).get()
    form = open_form(client, quiz)
    submit(client, quiz, answers_for(quiz), form["token"])
    attempt = QuizAttempt.objects.latest("created_at")
    assert attempt.learner is None and attempt.session_key

    learner = make_profile(client)
    attempt.refresh_from_db()
    assert attempt.learner == learner and attempt.session_key == ""
    assert learner.completions.filter(lesson=lesson).exists()
    assert learner.skills.filter(skill__code="2.6").exists()
    assert learner.certificates.filter(kind="topic", topic__slug="vneid").exists()
    assert not LessonCompletion.objects.filter(
        learner__isnull=True, lesson=lesson, session_key=client.session.session_key
    ).exists()


def test_lesson_completion_is_idempotent_and_shown(client):
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    html = client.get(lesson.url).content.decode()
    assert "Tôi đã học xong" in html and 'method="post"' in html
    before = LessonCompletion.objects.count()
    for _ in range(3):
        assert client.post(f"/hoc-vien/bai-hoc/{lesson.pk}/da-hoc-xong/").status_code == 302
    assert LessonCompletion.objects.count() == before + 1
    html = client.get(lesson.url).content.decode()
    assert "Bạn đã học xong bài này." in html
    assert client.get(f"/hoc-vien/bai-hoc/{lesson.pk}/da-hoc-xong/").status_code == 405


def test_code_and_pin_sign_in_on_another_phone(client):
    learner = make_profile(client)
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    client.post(f"/hoc-vien/bai-hoc/{lesson.pk}/da-hoc-xong/")

    other = Client()
    response = other.post(
        "/hoc-vien/dang-nhap/", {"code": learner.code.lower().replace("-", " "), "pin": "2468"}
    )
    assert response.status_code == 302
    html = other.get("/hoc-vien/").content.decode()
    assert learner.code in html and "Đã học 1/3 bài" in html
    assert other.session.get_expiry_age() > 300 * 24 * 3600  # the phone is remembered

    other.post("/hoc-vien/dang-xuat/")
    assert learner.code not in other.get("/hoc-vien/").content.decode()


def test_wrong_pins_are_limited_per_code(client):
    learner = make_profile(client)
    phone = Client()
    for _ in range(5):
        response = phone.post("/hoc-vien/dang-nhap/", {"code": learner.code, "pin": "0000"})
        assert response.status_code == 400
        assert "chưa đúng" in response.content.decode()
    # Even the right PIN is refused while the code is locked, from any address.
    response = Client(REMOTE_ADDR="10.9.9.9").post(
        "/hoc-vien/dang-nhap/", {"code": learner.code, "pin": "2468"}
    )
    assert response.status_code == 400
    assert "quá nhiều lần" in response.content.decode()
    # Fifteen minutes later the count starts again.
    Counter.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert (
        Client().post("/hoc-vien/dang-nhap/", {"code": learner.code, "pin": "2468"}).status_code
        == 302
    )


def test_wrong_pins_are_limited_per_address(client):
    phone = Client(REMOTE_ADDR="10.1.2.3")
    for n in range(20):
        phone.post("/hoc-vien/dang-nhap/", {"code": f"AAA-{n:03d}", "pin": "0000"})
    learner = make_profile(client)
    response = phone.post("/hoc-vien/dang-nhap/", {"code": learner.code, "pin": "2468"})
    assert "quá nhiều lần" in response.content.decode()


def pass_quiz(client, topic_slug):
    topic = TopicPage.objects.get(slug=topic_slug, locale__language_code="vi")
    quiz = QuizPage.objects.child_of(topic).get()
    form = open_form(client, quiz)
    return submit(client, quiz, answers_for(quiz), form["token"])


def test_passing_a_quiz_earns_a_topic_certificate_with_a_public_check_page(client):
    learner = make_profile(client, name="Trần Thị Bình")
    response = pass_quiz(client, "phong-chong-lua-dao")
    assert "Chúc mừng" in client.get(response.url).content.decode()
    certificate = learner.certificates.get(kind="topic")
    assert certificate.masked_name == "Trần T. B."
    assert {s["code"] for s in certificate.skills} == {"4.2", "1.2", "4.1"}
    html = Client().get(f"/chung-nhan/{certificate.code}/").content.decode()
    assert "còn hiệu lực" in html and "Trần T. B." in html
    assert "Trần Thị Bình" not in html and learner.code not in html
    assert "4.2" in html
    # Passing again issues no second certificate.
    pass_quiz(client, "phong-chong-lua-dao")
    assert learner.certificates.filter(kind="topic").count() == 1
    # The printable certificate is the learner's only.
    assert client.get(f"/hoc-vien/chung-nhan/{certificate.code}/in/").status_code == 200
    assert Client().get(f"/hoc-vien/chung-nhan/{certificate.code}/in/").status_code == 404
    printable = client.get(f"/hoc-vien/chung-nhan/{certificate.code}/in/").content.decode()
    assert "Trần Thị Bình" in printable and "<svg" in printable


def test_unknown_certificate_code_gives_a_clear_404(client):
    response = client.get("/chung-nhan/ZZZZ-ZZZZ/")
    assert response.status_code == 404
    assert "Không có giấy chứng nhận nào" in response.content.decode()


def test_basic_certificate_needs_every_required_skill(client):
    learner = make_profile(client)
    required = set(
        Skill.objects.filter(required_for_basic=True, locale__language_code="vi").values_list(
            "code", flat=True
        )
    )
    topics = [
        "dien-thoai-thong-minh",
        "vneid",
        "dich-vu-cong-truc-tuyen",
        "phong-chong-lua-dao",
        "zalo-nhom-thon",
    ]
    for slug in topics[:-1]:
        pass_quiz(client, slug)
    achieved = set(learner.skills.values_list("skill__code", flat=True))
    assert not learner.certificates.filter(kind="basic").exists() or required <= achieved
    for slug in topics[-1:] + ["toc-do-internet-tim-kiem", "thanh-toan-khong-dung-tien-mat"]:
        pass_quiz(client, slug)
    achieved = set(learner.skills.values_list("skill__code", flat=True))
    assert required <= achieved
    basic = learner.certificates.get(kind="basic")
    assert basic.title == "Hoàn thành mức độ phổ cập kỹ năng số cơ bản"
    assert {s["code"] for s in basic.skills} == required


def test_each_skill_keeps_the_attempt_that_earned_it(client):
    learner = make_profile(client)
    pass_quiz(client, "vneid")
    for achievement in SkillAchievement.objects.filter(learner=learner):
        assert achievement.attempt.passed and achievement.attempt.learner == learner


def test_failed_attempt_earns_nothing(client):
    learner = make_profile(client)
    topic = TopicPage.objects.get(slug="vneid", locale__language_code="vi")
    quiz = QuizPage.objects.child_of(topic).get()
    form = open_form(client, quiz)
    submit(client, quiz, answers_for(quiz, right=False), form["token"])
    assert not learner.skills.exists() and not learner.certificates.exists()


def test_staff_can_revoke_a_certificate(client, admin_client):
    learner = make_profile(client)
    pass_quiz(client, "vneid")
    certificate = learner.certificates.get()
    response = admin_client.post(
        f"/admin/learners/certificate/edit/{certificate.pk}/",
        {"revoked_at": "2026-11-20 10:00", "revoke_reason": "Cấp nhầm"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    certificate.refresh_from_db()
    assert certificate.revoked_at and certificate.revoked_by.is_superuser
    html = Client().get(f"/chung-nhan/{certificate.code}/").content.decode()
    assert "đã bị thu hồi ngày 20/11/2026" in html


def test_download_my_data(client):
    learner = make_profile(client, village="Thôn Tây")
    pass_quiz(client, "vneid")
    response = client.get("/hoc-vien/du-lieu-cua-toi.json")
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["learner"]["code"] == learner.code and data["learner"]["village"] == "Thôn Tây"
    assert data["quiz_attempts"] and data["skills"] and data["certificates"]
    assert "pin" not in json.dumps(data).lower()
    assert Client().get("/hoc-vien/du-lieu-cua-toi.json").status_code == 302


def test_delete_profile_after_confirmation(client):
    learner = make_profile(client)
    pass_quiz(client, "vneid")
    certificate = learner.certificates.get()
    attempts = QuizAttempt.objects.filter(learner=learner).count()
    assert client.post("/hoc-vien/xoa-ho-so/", {}).status_code == 400  # not confirmed
    assert Learner.objects.filter(pk=learner.pk).exists()
    assert client.post("/hoc-vien/xoa-ho-so/", {"confirm": "yes"}).status_code == 302
    assert not Learner.objects.filter(pk=learner.pk).exists()
    assert not SkillAchievement.objects.filter(learner_id=learner.pk).exists()
    assert (
        QuizAttempt.objects.filter(learner__isnull=True).count() >= attempts
    )  # anonymous statistics stay
    certificate.refresh_from_db()
    assert certificate.withdrawn and certificate.masked_name == "" and certificate.learner is None
    html = Client().get(f"/chung-nhan/{certificate.code}/").content.decode()
    assert "đã bị rút" in html and "Nguyễn" not in html


def test_a_learner_sees_only_their_own_results(client, take_quiz):
    make_profile(client)
    response = pass_quiz(client, "vneid")
    stranger = Client()
    make_profile(stranger, name="Người Khác", pin="1357")
    assert stranger.get(response.url).status_code == 404


def staff(username, *permissions):
    user = get_user_model().objects.create_user(username, password="x")
    group = Group.objects.get(name="Editors")
    user.groups.add(group)
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.mark.parametrize(
    "url",
    [
        "/admin/learners/learner/",
        "/admin/learners/quizattempt/",
        "/admin/learners/certificate/",
        "/admin/reports/learners/",
        "/admin/reports/learners/questions/",
    ],
)
def test_only_permitted_staff_see_learners(client, url):
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(staff("bientap"))
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "Nguyễn Thị Lan" not in response.content.decode()
    client.force_login(staff("canbo", "view_learner", "view_quizattempt", "view_certificate"))
    assert client.get(url).status_code == 200


def test_reports_list_quizzes_and_hardest_questions_with_export(admin_client):
    html = admin_client.get("/admin/reports/learners/").content.decode()
    assert "Kiểm tra: VNeID" in html
    csv = admin_client.get("/admin/reports/learners/", {"export": "csv"})
    assert csv.status_code == 200 and "csv" in csv["Content-Type"]
    content = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Tỷ lệ đạt" in content or "Pass rate" in content
    xlsx = admin_client.get("/admin/reports/learners/questions/", {"export": "xlsx"})
    assert xlsx.status_code == 200 and "spreadsheet" in xlsx["Content-Type"]
    html = admin_client.get("/admin/reports/learners/questions/").content.decode()
    rates = [int(r) for r in re.findall(r"<td[^>]*>\s*(\d+)\s*</td>\s*</tr>", html)]
    assert rates == sorted(rates), "the hardest questions come first"


def test_admin_lists_learners_with_search(admin_client):
    html = admin_client.get("/admin/learners/learner/", {"q": "Lan"}).content.decode()
    assert "Nguyễn Thị Lan" in html and "Trần Văn Hùng" not in html


def test_learner_officers_role_sees_learners_but_not_pages(client):
    user = get_user_model().objects.create_user("canbo-xa", password="x")
    user.groups.add(Group.objects.get(name="Cán bộ theo dõi học viên"))
    client.force_login(user)
    assert client.get("/admin/learners/learner/").status_code == 200
    assert client.get("/admin/reports/learners/").status_code == 200
    lesson = LessonPage.objects.get(slug="dang-nhap-vneid", locale__language_code="vi")
    assert client.get(f"/admin/pages/{lesson.pk}/edit/").status_code in (302, 403)
    assert client.get("/admin/learners/learner/new/").status_code in (302, 403)


def test_behind_a_proxy_the_pin_limit_counts_each_phone(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    learner = make_profile(client)
    noisy = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    for n in range(20):
        noisy.post("/hoc-vien/dang-nhap/", {"code": f"AAA-{n:03d}", "pin": "0000"})
    assert (
        "quá nhiều lần"
        in noisy.post(
            "/hoc-vien/dang-nhap/", {"code": learner.code, "pin": "2468"}
        ).content.decode()
    )
    # Another phone behind the same load balancer is not locked out.
    other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert (
        other.post("/hoc-vien/dang-nhap/", {"code": learner.code, "pin": "2468"}).status_code == 302
    )
