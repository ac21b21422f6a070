"""Learner records through the pages: profiles from a name only, PIN sign-in, certificates,
privacy, staff access. Each test takes quizzes and lessons of its own ``tree``: one topic with
two lessons and a quiz testing skills 4.2, 2.6 and 1.2."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import Counter
from learners.codes import ALPHABET, new_code, normalise
from learners.models import Learner, LessonCompletion, QuizAttempt, SkillAchievement
from learners.privacy import mask_name
from tests.learners.factories import LearnerFactory, QuizAttemptFactory
from tests.learners.helpers import answers_for, make_profile, open_form, pass_quiz, submit
from tests.places.factories import VillageFactory
from tests.portal.factories import UserFactory
from tests.quizzes.factories import answers_for as answers_by_question

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

CREATE, SIGN_IN = reverse("learners:create"), reverse("learners:sign_in")


@pytest.fixture(autouse=True)
def _clear_cache():
    cache.clear()


def complete(client, lesson):
    return client.post(reverse("learners:complete_lesson", args=[lesson.pk]))


def check_page(code: str) -> str:
    return reverse("learners:certificate_check", args=[code])


def print_page(code: str) -> str:
    return reverse("learners:certificate_print", args=[code])


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
    html = client.get(CREATE).content.decode()
    for forbidden in ("email", "phone", 'điện thoại"', "cccd", 'password" name="password'):
        assert f'name="{forbidden}' not in html
    fields = re.findall(r'<(?:input|select)[^>]* name="([a-z_]+)"', html)
    assert set(fields) == {
        "csrfmiddlewaretoken",
        "display_name",
        "birth_year",
        "village",
        "pin",
        "pin_again",
    }
    village = VillageFactory(name="Thôn Đông")
    assert '<select name="village"' in html or "Thôn Đông" in client.get(CREATE).content.decode()
    learner = make_profile(client, village=village.pk, birth_year="1958")
    assert learner.village == village and learner.birth_year == 1958
    assert learner.pin_hash != "2468" and learner.check_pin("2468")
    html = client.get(reverse("learners:index")).content.decode()
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
    response = client.post(CREATE, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    if data["display_name"]:
        assert f'value="{data["display_name"]}"' in html  # what was typed is kept
    assert Learner.objects.count() == before


def test_work_done_before_the_profile_is_carried_over(client, tree):
    lesson, quiz = tree.lessons[0], tree.quiz
    assert complete(client, lesson).status_code == 302
    form = open_form(client, quiz)
    submit(client, quiz, answers_for(quiz), form["token"])
    attempt = QuizAttempt.objects.get(quiz=quiz)
    assert attempt.learner is None and attempt.session_key

    learner = make_profile(client)
    attempt.refresh_from_db()
    assert attempt.learner == learner and attempt.session_key == ""
    assert learner.completions.filter(lesson=lesson).exists()
    assert learner.skills.filter(skill__code="2.6").exists()
    assert learner.certificates.filter(kind="topic", topic=tree.topic).exists()
    assert not LessonCompletion.objects.filter(
        learner__isnull=True, lesson=lesson, session_key=client.session.session_key
    ).exists()


def test_lesson_completion_is_idempotent_and_shown(client, tree):
    lesson = tree.lessons[0]
    html = client.get(lesson.url).content.decode()
    assert "Tôi đã học xong" in html and 'method="post"' in html
    before = LessonCompletion.objects.count()
    for _ in range(3):
        assert complete(client, lesson).status_code == 302
    assert LessonCompletion.objects.count() == before + 1
    html = client.get(lesson.url).content.decode()
    assert "Bạn đã học xong bài này." in html
    url = reverse("learners:complete_lesson", args=[lesson.pk])
    assert client.get(url).status_code == 405


def test_code_and_pin_sign_in_on_another_phone(client, tree):
    learner = make_profile(client)
    complete(client, tree.lessons[0])

    other = Client()
    response = other.post(SIGN_IN, {"code": learner.code.lower().replace("-", " "), "pin": "2468"})
    assert response.status_code == 302
    html = other.get(reverse("learners:index")).content.decode()
    assert learner.code in html and f"Đã học 1/{len(tree.lessons)} bài" in html
    assert other.session.get_expiry_age() > 300 * 24 * 3600  # the phone is remembered

    other.post(reverse("learners:sign_out"))
    assert learner.code not in other.get(reverse("learners:index")).content.decode()


def test_wrong_pins_are_limited_per_code(client):
    learner = make_profile(client)
    phone = Client()
    for _ in range(5):
        response = phone.post(SIGN_IN, {"code": learner.code, "pin": "0000"})
        assert response.status_code == 400
        assert "chưa đúng" in response.content.decode()
    # Even the right PIN is refused while the code is locked, from any address.
    response = Client(REMOTE_ADDR="10.9.9.9").post(SIGN_IN, {"code": learner.code, "pin": "2468"})
    assert response.status_code == 400
    assert "quá nhiều lần" in response.content.decode()
    # Fifteen minutes later the count starts again.
    Counter.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert Client().post(SIGN_IN, {"code": learner.code, "pin": "2468"}).status_code == 302


def test_wrong_pins_are_limited_per_address_without_locking_the_room_out(client):
    """Past twenty wrong tries from one address (a class on one Wi-Fi), a right PIN for a code
    nobody got wrong still opens; a code already got wrong gets no second try from there."""
    phone = Client(REMOTE_ADDR="10.1.2.3")
    for n in range(20):
        phone.post(SIGN_IN, {"code": f"AAA-{n:03d}", "pin": "0000"})
    learner = make_profile(client)
    classmate = Client(REMOTE_ADDR="10.1.2.3")
    assert classmate.post(SIGN_IN, {"code": learner.code, "pin": "2468"}).status_code == 302
    guessed = make_profile(Client(), name="Lê Thị Hoa", pin="1357")
    first = phone.post(SIGN_IN, {"code": guessed.code, "pin": "0000"})
    assert "chưa đúng" in first.content.decode()  # checked: the code had no wrong try
    second = phone.post(SIGN_IN, {"code": guessed.code, "pin": "1357"})
    assert second.status_code == 400 and "quá nhiều lần" in second.content.decode()
    # From another address the code opens as usual: it had two tries of its five.
    assert (
        Client(REMOTE_ADDR="10.7.7.7")
        .post(SIGN_IN, {"code": guessed.code, "pin": "1357"})
        .status_code
        == 302
    )


def test_passing_a_quiz_earns_a_topic_certificate_with_a_public_check_page(client, tree):
    learner = make_profile(client, name="Trần Thị Bình")
    response = pass_quiz(client, tree.quiz)
    assert "Chúc mừng" in client.get(response.url).content.decode()
    certificate = learner.certificates.get(kind="topic")
    assert certificate.masked_name == "Trần T. B."
    assert {s["code"] for s in certificate.skills} == {"4.2", "2.6", "1.2"}
    html = Client().get(check_page(certificate.code)).content.decode()
    assert "còn hiệu lực" in html and "Trần T. B." in html
    assert "Trần Thị Bình" not in html and learner.code not in html
    assert "Bảo vệ dữ liệu cá nhân" in html and "4.2" not in html  # skills by name, no code
    # Passing again issues no second certificate.
    pass_quiz(client, tree.quiz)
    assert learner.certificates.filter(kind="topic").count() == 1
    # The printable certificate is the learner's only.
    assert client.get(print_page(certificate.code)).status_code == 200
    assert Client().get(print_page(certificate.code)).status_code == 404
    printable = client.get(print_page(certificate.code)).content.decode()
    assert "Trần Thị Bình" in printable and "<svg" in printable


def test_unknown_certificate_code_gives_a_clear_404(client):
    response = client.get(check_page("ZZZZ-ZZZZ"))
    assert response.status_code == 404
    assert "Không có giấy chứng nhận nào" in response.content.decode()


def test_each_skill_keeps_the_attempt_that_earned_it(client, tree):
    learner = make_profile(client)
    pass_quiz(client, tree.quiz)
    achievements = SkillAchievement.objects.filter(learner=learner)
    assert achievements.count() == 3
    for achievement in achievements:
        assert achievement.attempt.passed and achievement.attempt.learner == learner


def test_failed_attempt_earns_nothing(client, tree):
    learner = make_profile(client)
    quiz = tree.quiz
    form = open_form(client, quiz)
    submit(client, quiz, answers_for(quiz, right=False), form["token"])
    assert not learner.skills.exists() and not learner.certificates.exists()


def test_staff_can_revoke_a_certificate(client, admin_client, tree):
    learner = make_profile(client)
    pass_quiz(client, tree.quiz)
    certificate = learner.certificates.get()
    response = admin_client.post(
        reverse("certificate:edit", args=[certificate.pk]),
        {"revoked_at": "2026-11-20 10:00", "revoke_reason": "Cấp nhầm"},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    certificate.refresh_from_db()
    assert certificate.revoked_at and certificate.revoked_by.is_superuser
    html = Client().get(check_page(certificate.code)).content.decode()
    assert "đã bị thu hồi ngày 20/11/2026" in html


def test_download_my_data(client, tree):
    learner = make_profile(client, village=VillageFactory(name="Thôn Tây").pk)
    pass_quiz(client, tree.quiz)
    response = client.get(reverse("learners:download"))
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["learner"]["code"] == learner.code and data["learner"]["village"] == "Thôn Tây"
    assert data["quiz_attempts"] and data["skills"] and data["certificates"]
    assert "pin" not in json.dumps(data).lower()
    assert Client().get(reverse("learners:download")).status_code == 302


def test_delete_profile_after_confirmation(client, tree):
    learner = make_profile(client)
    pass_quiz(client, tree.quiz)
    certificate = learner.certificates.get()
    attempts = QuizAttempt.objects.filter(learner=learner).count()
    delete = reverse("learners:delete")
    assert client.post(delete, {}).status_code == 400  # not confirmed
    assert Learner.objects.filter(pk=learner.pk).exists()
    assert client.post(delete, {"confirm": "yes"}).status_code == 302
    assert not Learner.objects.filter(pk=learner.pk).exists()
    assert not SkillAchievement.objects.filter(learner_id=learner.pk).exists()
    assert (
        QuizAttempt.objects.filter(learner__isnull=True).count() >= attempts
    )  # anonymous statistics stay
    certificate.refresh_from_db()
    assert certificate.withdrawn and certificate.masked_name == "" and certificate.learner is None
    html = Client().get(check_page(certificate.code)).content.decode()
    assert "đã bị rút" in html and "Nguyễn" not in html


def test_a_learner_sees_only_their_own_results(client, tree):
    make_profile(client)
    response = pass_quiz(client, tree.quiz)
    stranger = Client()
    make_profile(stranger, name="Người Khác", pin="1357")
    assert stranger.get(response.url).status_code == 404


def staff(username, *permissions):
    user = UserFactory(username=username, groups=["Editors"])
    for codename in permissions:
        user.user_permissions.add(Permission.objects.get(codename=codename))
    return user


@pytest.mark.parametrize(
    "name",
    [
        "learner:index",
        "quizattempt:index",
        "certificate:index",
        "learner_reports:quizzes",
        "learner_reports:questions",
    ],
)
def test_only_permitted_staff_see_learners(client, name):
    url = reverse(name)
    QuizAttemptFactory(learner=LearnerFactory(display_name="Nguyễn Thị Lan"))
    assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(staff("bientap"))
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "Nguyễn Thị Lan" not in response.content.decode()
    client.force_login(staff("canbo", "view_learner", "view_quizattempt", "view_certificate"))
    assert client.get(url).status_code == 200


def test_reports_list_quizzes_and_hardest_questions_with_export(admin_client, tree):
    quiz = tree.quiz
    # Right answers per question over three attempts: 2, 1, 2, 2, 1 (multiple, scenario hardest).
    wrong = answers_by_question(quiz, right=False)
    hard = [block.id for block in quiz.questions if block.block_type in ("multiple", "scenario")]
    some_wrong = {**answers_by_question(quiz), **{qid: wrong[qid] for qid in hard}}
    for answers in (answers_by_question(quiz), wrong, some_wrong):
        QuizAttemptFactory(quiz=quiz, answers=answers)
    quizzes, questions = reverse("learner_reports:quizzes"), reverse("learner_reports:questions")
    html = admin_client.get(quizzes).content.decode()
    assert quiz.title in html
    csv = admin_client.get(quizzes, {"export": "csv"})
    assert csv.status_code == 200 and "csv" in csv["Content-Type"]
    content = b"".join(csv.streaming_content).decode() if csv.streaming else csv.content.decode()
    assert "Tỷ lệ người đạt" in content or "People passed" in content
    xlsx = admin_client.get(questions, {"export": "xlsx"})
    assert xlsx.status_code == 200 and "spreadsheet" in xlsx["Content-Type"]
    html = admin_client.get(questions).content.decode()
    rates = [int(r) for r in re.findall(r"<td[^>]*>\s*(\d+)\s*</td>\s*</tr>", html)]
    assert len(set(rates)) > 1, rates  # questions of different difficulty, to be ordered
    assert rates == sorted(rates), "the hardest questions come first"


def test_admin_lists_learners_with_search(admin_client):
    LearnerFactory(display_name="Nguyễn Thị Lan")
    LearnerFactory(display_name="Trần Văn Hùng")
    html = admin_client.get(reverse("learner:index"), {"q": "Lan"}).content.decode()
    assert "Nguyễn Thị Lan" in html and "Trần Văn Hùng" not in html


def test_learner_officers_role_sees_learners_but_not_pages(client, tree):
    client.force_login(UserFactory(groups=["Cán bộ theo dõi học viên"]))
    assert client.get(reverse("learner:index")).status_code == 200
    assert client.get(reverse("learner_reports:quizzes")).status_code == 200
    edit = reverse("wagtailadmin_pages:edit", args=[tree.lessons[0].pk])
    assert client.get(edit).status_code in (302, 403)
    assert client.get(reverse("learner:add")).status_code in (302, 403)


def test_behind_a_proxy_the_pin_limit_counts_each_phone(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.1"]
    learner = make_profile(client)
    noisy = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.7")
    for n in range(20):
        noisy.post(SIGN_IN, {"code": f"AAA-{n:03d}", "pin": "0000"})
    noisy.post(SIGN_IN, {"code": learner.code, "pin": "0000"})  # one wrong try on this code
    assert (
        "quá nhiều lần"
        in noisy.post(SIGN_IN, {"code": learner.code, "pin": "2468"}).content.decode()
    )
    # Another phone behind the same load balancer is not locked out.
    other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.9")
    assert other.post(SIGN_IN, {"code": learner.code, "pin": "2468"}).status_code == 302
