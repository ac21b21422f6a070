"""The learner reports staff read: per language in each quiz's own words, people apart from
attempts, in the learners' menu, exported as CSV that Excel opens with its accents."""

import csv
import io

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.admin.menu import admin_menu
from wagtail.models import Locale

from learners import stats
from learners.models import QuizAttempt
from quizzes.models import QuizPage
from tests.learners.factories import LearnerFactory, QuizAttemptFactory
from tests.portal.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]

BOM = b"\xef\xbb\xbf"


def english_copy(quiz):
    """The quiz translated: the same question ids, each question's text in English."""
    copy = quiz.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    english = QuizPage.objects.get(pk=copy.pk)  # not the Vietnamese blocks, shared in memory
    for number, block in enumerate(english.questions, start=1):
        block.value["text"] = f"English question {number}?"
    english.title = "Practice quiz in English"
    english.save_revision().publish()
    quiz.refresh_from_db()
    return QuizPage.objects.get(pk=english.pk)


def csv_rows(response) -> tuple[bytes, list[list[str]]]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return body, list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_hardest_questions_are_per_language_in_each_quiz_s_own_words(admin_client, tree):
    vietnamese = tree.quiz
    english = english_copy(vietnamese)
    assert {b.id for b in english.questions} == {b.id for b in vietnamese.questions}
    QuizAttemptFactory(quiz=vietnamese, right=False)
    QuizAttemptFactory(quiz=english)  # read last: before, its words named every row
    vi_texts = [block.value["text"] for block in vietnamese.questions]
    en_texts = [block.value["text"] for block in english.questions]
    url = reverse("learner_reports:questions")

    _body, exported = csv_rows(admin_client.get(url, {"export": "csv"}))  # every row, one file
    mine = {
        (row[1], row[2]): [] for row in exported[1:] if row[1] in (vietnamese.title, english.title)
    }
    for row in exported[1:]:
        if (row[1], row[2]) in mine:
            mine[(row[1], row[2])].append((row[0], row[5]))
    assert sorted(mine[(vietnamese.title, "Tiếng Việt")]) == sorted((t, "0") for t in vi_texts)
    assert sorted(mine[(english.title, "English")]) == sorted((t, "100") for t in en_texts)

    only_en = admin_client.get(url, {"language": "en"}).content.decode()
    assert all(text in only_en for text in en_texts)
    assert not any(text in only_en for text in vi_texts)
    _body, exported = csv_rows(admin_client.get(url, {"language": "vi", "export": "csv"}))
    assert {row[2] for row in exported[1:]} == {"Tiếng Việt"}
    assert not any(row[0] in en_texts for row in exported)


def test_quiz_results_count_people_who_passed_of_people_who_tried(admin_client, tree):
    quiz = tree.quiz
    an, binh = LearnerFactory(), LearnerFactory()
    QuizAttemptFactory(quiz=quiz, learner=an, right=False)
    QuizAttemptFactory(quiz=quiz, learner=an, right=False)
    QuizAttemptFactory(quiz=quiz, learner=an)  # An passes at the third try
    QuizAttemptFactory(quiz=quiz, learner=binh, right=False)
    QuizAttemptFactory(quiz=quiz, learner=None, session_key="phone-1")  # no profile, passed
    QuizAttemptFactory(quiz=quiz, learner=None, session_key="phone-1")
    [row] = stats.quiz_rows(QuizAttempt.objects.filter(quiz=quiz))
    assert row == {
        "quiz": quiz.pk,
        "attempts": 6,
        "attempts_passed": 3,
        "people": 3,
        "people_passed": 2,
    }
    _body, exported = csv_rows(
        admin_client.get(reverse("learner_reports:quizzes"), {"export": "csv"})
    )
    heading, *rows = exported
    assert heading == [
        "Bài kiểm tra",
        "Ngôn ngữ",
        "Chủ đề",
        "Số người đã làm",
        "Số người đạt",
        "Tỷ lệ người đạt (%)",
        "Lượt làm",
        "Lượt đạt",
    ]
    [mine] = [r for r in rows if r[0] == quiz.title]
    assert mine == [quiz.title, "Tiếng Việt", tree.topic.title, "3", "2", "67", "6", "3"]


def test_a_deleted_profile_s_attempts_count_as_attempts_not_people(tree):
    quiz = tree.quiz
    QuizAttemptFactory(quiz=quiz, learner=LearnerFactory())
    gone = QuizAttemptFactory(quiz=quiz, learner=LearnerFactory())
    QuizAttempt.objects.filter(pk=gone.pk).update(learner=None, session_key="")
    [row] = stats.quiz_rows(QuizAttempt.objects.filter(quiz=quiz))
    assert (row["attempts"], row["people"], row["people_passed"]) == (2, 1, 1)


def admin_menu_for(user) -> dict[str, list[str]]:
    """The admin's main menu as this user sees it, in Vietnamese: label → submenu labels."""
    request = RequestFactory().get("/admin/")
    request.user = user
    menu = {}
    with translation.override("vi"):
        for item in admin_menu.menu_items_for_request(request):
            submenu = item.menu.menu_items_for_request(request) if hasattr(item, "menu") else []
            menu[str(item.label)] = [str(sub.label) for sub in submenu]
    return menu


def test_learner_reports_sit_in_the_learners_menu_for_whoever_may_see_them():
    officer = UserFactory(username="canbo", groups=["Cán bộ theo dõi học viên"])
    menu = admin_menu_for(officer)
    assert "Học viên" in menu, menu
    assert "Kết quả bài kiểm tra" in menu["Học viên"] and "Câu hỏi khó nhất" in menu["Học viên"]
    reports = menu.get("Báo cáo", [])
    assert "Kết quả bài kiểm tra" not in reports and "Câu hỏi khó nhất" not in reports
    menu = admin_menu_for(UserFactory(username="bientap", groups=["Editors"]))
    assert not any(
        "Câu hỏi khó nhất" in labels or label == "Câu hỏi khó nhất"
        for label, labels in menu.items()
    )
