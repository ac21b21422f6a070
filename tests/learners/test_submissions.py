"""Taking a quiz: a plain form POST; broken or tampered forms record nothing.

The quiz is the test's own (``tree``): one question of each kind.
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learners.models import QuizAttempt
from quizzes.models import QuizPage
from tests.learners.helpers import answers_for, open_form, submit, submit_url
from tests.lessons.factories import TopicPageFactory
from tests.quizzes.factories import QuizPageFactory
from tests.skills.factories import framework_skill

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def quiz(tree):
    return tree.quiz


@pytest.fixture
def other_quiz(tree):
    """The quiz of another topic of the same site."""
    return QuizPageFactory()


def test_quiz_page_is_a_plain_form(client, quiz):
    form = open_form(client, quiz)
    assert 'method="post"' in form["html"] and 'type="submit"' in form["html"]
    assert set(form["fields"]) == {f"q-{qid}" for qid in quiz.key}
    # Scripts only enhance (offline): our own files, deferred, none inline; the form needs none.
    for tag in re.findall(r"<script[^>]*>", form["html"]):
        assert re.fullmatch(r'<script src="/static/js/[\w.-]+\.js" defer>', tag), tag


def test_right_answers_pass_and_show_the_result(client, quiz):
    before = QuizAttempt.objects.count()
    form = open_form(client, quiz)
    response = submit(client, quiz, answers_for(quiz), form["token"])
    assert response.status_code == 302
    attempt = QuizAttempt.objects.latest("created_at")
    assert QuizAttempt.objects.count() == before + 1
    assert attempt.passed and attempt.correct == attempt.total == len(quiz.key)
    assert attempt.revision_id == quiz.live_revision_id and attempt.learner is None
    html = client.get(response.url).content.decode()
    assert f"Đúng {attempt.total} trên {attempt.total} câu" in html
    assert "Đạt" in html
    assert "Kỹ năng bạn đã thể hiện" in html
    assert "Xem lại bài học" in html


def test_wrong_answers_show_the_right_answer_and_feedback(client, quiz):
    form = open_form(client, quiz)
    response = submit(client, quiz, answers_for(quiz, right=False), form["token"])
    html = client.get(response.url).content.decode()
    assert "Chưa đạt" in html
    assert "Đáp án đúng" in html and "Bạn chọn" in html and "Chưa đúng" in html
    first_choice = quiz.questions[0].value.get("choices")
    feedback = [c["feedback"] for c in first_choice if c["feedback"]]
    assert feedback and any(text in html for text in feedback)


def test_result_page_is_private_to_its_browser(client, quiz, django_user_model):
    from django.test import Client

    form = open_form(client, quiz)
    url = submit(client, quiz, answers_for(quiz), form["token"]).url
    assert Client().get(url).status_code == 404
    assert client.get(url).status_code == 200


def test_double_submission_records_one_attempt(client, quiz):
    form = open_form(client, quiz)
    before = QuizAttempt.objects.count()
    first = submit(client, quiz, answers_for(quiz), form["token"])
    second = submit(client, quiz, answers_for(quiz, right=False), form["token"])
    assert QuizAttempt.objects.count() == before + 1
    assert first.url == second.url
    assert "đã được nộp" in client.get(second.url).content.decode()


def tamper_cases(quiz, other_quiz):
    answers = answers_for(quiz)
    first_q = next(iter(quiz.key))
    choice_question = next(k for k in quiz.key.values() if k.shuffle_choices)
    other_choice_question = next(
        k for k in quiz.key.values() if k.shuffle_choices and k.id != choice_question.id
    )
    other_key = next(k for k in other_quiz.key.values() if k.shuffle_choices)
    return {
        "unknown question": {**answers, "q-khong-co": ["x"]},
        "unknown choice": {**answers, f"q-{choice_question.id}": ["khong-co"]},
        "choice of another question": {
            **answers,
            f"q-{choice_question.id}": [other_choice_question.choices[0]],
        },
        "question of another quiz": {**answers, f"q-{other_key.id}": [other_key.choices[0]]},
        "missing answer": {k: v for k, v in answers.items() if k != f"q-{first_q}"},
        "two answers to a one-answer question": {
            **answers,
            f"q-{choice_question.id}": list(choice_question.choices[:2]),
        },
    }


@pytest.mark.parametrize(
    "case",
    [
        "unknown question",
        "unknown choice",
        "choice of another question",
        "question of another quiz",
        "missing answer",
        "two answers to a one-answer question",
    ],
)
def test_broken_submissions_record_nothing(client, quiz, other_quiz, case):
    answers = tamper_cases(quiz, other_quiz)[case]
    form = open_form(client, quiz)
    before = QuizAttempt.objects.count()
    response = submit(client, quiz, answers, form["token"])
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert QuizAttempt.objects.count() == before
    # After a refusal the same form can still be sent correctly.
    if case in ("missing answer", "two answers to a one-answer question"):
        assert 'class="question flagged"' in html
        assert html.count(" checked") >= len(answers) - 1  # nothing the learner chose is lost
        token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
        assert submit(client, quiz, answers_for(quiz), token).status_code == 302


@pytest.mark.parametrize("token", ["", "rac", "a" * 5000])
def test_forged_tokens_record_nothing(client, quiz, token):
    before = QuizAttempt.objects.count()
    response = submit(client, quiz, answers_for(quiz), token)
    assert response.status_code == 400
    assert "Bài kiểm tra" in response.content.decode() or "không khớp" in response.content.decode()
    assert QuizAttempt.objects.count() == before


def test_token_of_another_quiz_is_refused(client, quiz, other_quiz):
    form = open_form(client, other_quiz)
    before = QuizAttempt.objects.count()
    response = submit(client, quiz, answers_for(quiz), form["token"])
    assert response.status_code == 400
    assert QuizAttempt.objects.count() == before


def test_huge_body_is_refused(client, quiz):
    form = open_form(client, quiz)
    before = QuizAttempt.objects.count()
    response = submit(client, quiz, {**answers_for(quiz), "padding": "x" * 100_000}, form["token"])
    assert response.status_code == 400
    assert "quá lớn" in response.content.decode()
    assert QuizAttempt.objects.count() == before


def test_get_on_the_submit_address_is_not_allowed(client, quiz):
    response = client.get(submit_url(quiz))
    assert response.status_code == 405
    assert "Không thể mở địa chỉ này" in response.content.decode()


def test_forms_opened_before_the_move_are_sent_on_with_their_answers(client, quiz):
    # The form's former address answers 308, so the browser re-sends the same POST.
    form = open_form(client, quiz)
    old = reverse("learners:submit", args=[quiz.pk])
    response = client.post(old, {"form_token": form["token"], **answers_for(quiz)})
    assert response.status_code == 308
    assert response["Location"] == submit_url(quiz)
    before = QuizAttempt.objects.count()
    response = client.post(old, {"form_token": form["token"], **answers_for(quiz)}, follow=True)
    assert response.redirect_chain[0] == (submit_url(quiz), 308)
    assert QuizAttempt.objects.count() == before + 1


def test_an_edit_of_the_quiz_never_changes_an_old_result(client, quiz):
    form = open_form(client, quiz)
    url = submit(client, quiz, answers_for(quiz), form["token"]).url
    attempt = QuizAttempt.objects.latest("created_at")
    # The editor flips the right answer of the first choice question and publishes.
    page = QuizPage.objects.get(pk=quiz.pk)
    raw = page.questions.raw_data
    block = next(b for b in raw if b["type"] == "single")
    for item in block["value"]["choices"]:
        item["value"]["correct"] = not item["value"]["correct"]
    block["value"]["choices"][0]["value"]["correct"] = True
    for item in block["value"]["choices"][1:]:
        item["value"]["correct"] = False
    page.questions = raw
    page.save_revision().publish()
    attempt.refresh_from_db()
    assert attempt.passed and attempt.correct == attempt.total
    html = client.get(url).content.decode()
    assert f"Đúng {attempt.correct} trên {attempt.total} câu" in html
    # A form opened before the edit is scored on the revision it showed.
    assert attempt.revision_id != QuizPage.objects.get(pk=quiz.pk).live_revision_id


def make_quiz(topic, count: int) -> QuizPage:
    skill = framework_skill("4.2")
    questions = [
        {
            "type": "single",
            "value": {
                "text": f"Câu {n}",
                "skill": skill.pk,
                "explanation": "",
                "choices": [  # the admin always saves list items with their ids
                    {
                        "type": "item",
                        "id": f"c{n}a",
                        "value": {"text": "Đúng", "correct": True, "feedback": ""},
                    },
                    {
                        "type": "item",
                        "id": f"c{n}b",
                        "value": {"text": "Sai", "correct": False, "feedback": ""},
                    },
                ],
            },
        }
        for n in range(count)
    ]
    page = QuizPage(
        title=f"Thử {count}", slug=f"thu-{count}", intro="Thử.", pass_mark=70, questions=questions
    )
    topic.add_child(instance=page)
    page.save_revision().publish()
    return QuizPage.objects.get(pk=page.pk)


def test_scoring_query_count_does_not_grow_with_questions(client):
    topic = TopicPageFactory()
    counts = []
    # The first submission of a browser also creates its session: measure from the second.
    for size in (3, 2, 12):
        small = make_quiz(topic, size)
        form = open_form(client, small)
        with CaptureQueriesContext(connection) as captured:
            response = submit(client, small, answers_for(small), form["token"])
        assert response.status_code == 302
        counts.append(len(captured.captured_queries))
        small.delete()
    assert counts[1] == counts[2], counts


def test_the_quiz_form_is_never_kept_by_a_shared_cache(client, quiz):
    response = client.get(quiz.url)
    assert "private" in response["Cache-Control"]
    assert response["Cache-Control"].count("public") == 0
