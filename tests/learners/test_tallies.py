"""The running tallies behind the staff reports (PostgreSQL triggers, learners 0009) always
equal a count of every record: after submissions, a phone's attempts claimed by a profile, a
deleted profile, a deleted attempt, a deleted quiz's records."""

import pytest
from django.db import connection

from learners import stats
from learners.models import QuestionOutcome, QuestionTally, QuizAttempt, QuizTally
from quizzes.models import QuizPage
from tests.learners.factories import LearnerFactory, QuizAttemptFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture(autouse=True)
def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("the tallies are kept by PostgreSQL triggers; SQLite counts the records")


def counted(quiz) -> tuple[list[dict], list[dict]]:
    return (
        stats.quiz_rows(QuizAttempt.objects.filter(quiz=quiz)),
        stats.question_rows(QuestionOutcome.objects.filter(quiz=quiz)),
    )


def tallied(quiz) -> tuple[list[dict], list[dict]]:
    quizzes = QuizPage.objects.filter(pk=quiz.pk)
    return stats.quiz_rows_tallied(quizzes), stats.question_rows_tallied(quizzes)


def test_the_tallies_follow_every_change_of_the_records(tree):
    quiz = tree.quiz
    an, binh = LearnerFactory(), LearnerFactory()
    QuizAttemptFactory(quiz=quiz, learner=an, right=False)
    QuizAttemptFactory(quiz=quiz, learner=an)
    QuizAttemptFactory(quiz=quiz, learner=binh, right=False)
    QuizAttemptFactory(quiz=quiz, learner=None, session_key="phone-1")
    QuizAttemptFactory(quiz=quiz, learner=None, session_key="phone-1", right=False)
    QuizAttemptFactory(quiz=quiz, learner=None, session_key="phone-2", right=False)
    [row] = tallied(quiz)[0]
    assert (row["attempts"], row["attempts_passed"], row["people"], row["people_passed"]) == (
        6,
        2,
        4,
        2,
    )
    assert tallied(quiz) == counted(quiz)

    # Binh saves phone-1's results on his profile: one person fewer, and Binh has now passed.
    QuizAttempt.objects.filter(session_key="phone-1").update(learner=binh, session_key="")
    assert tallied(quiz) == counted(quiz)
    [row] = tallied(quiz)[0]
    assert (row["people"], row["people_passed"]) == (3, 2)

    # An deletes her profile: her attempts stay as attempts, never as a person.
    an.delete()
    assert tallied(quiz) == counted(quiz)
    [row] = tallied(quiz)[0]
    assert (row["attempts"], row["people"], row["people_passed"]) == (6, 2, 1)

    # An attempt deleted with its answers.
    QuizAttempt.objects.filter(session_key="phone-2").delete()
    assert tallied(quiz) == counted(quiz)
    [row] = tallied(quiz)[0]
    assert (row["attempts"], row["people"]) == (5, 1)

    # Every attempt gone: no row, as when counting.
    QuizAttempt.objects.filter(quiz=quiz).delete()
    assert tallied(quiz) == counted(quiz) == ([], [])


def test_the_tallies_are_spread_over_slots_and_summed(tree):
    quiz = tree.quiz
    for _ in range(20):
        QuizAttemptFactory(quiz=quiz, learner=LearnerFactory())
    assert QuizTally.objects.filter(quiz_id=quiz.pk).count() > 1
    assert QuestionTally.objects.filter(quiz_id=quiz.pk).values("slot").distinct().count() > 1
    assert tallied(quiz) == counted(quiz)
    [row] = tallied(quiz)[0]
    assert (row["attempts"], row["people"], row["people_passed"]) == (20, 20, 20)
