"""Counts over learners' records, done by the database: reports and dashboards read these.

Each function returns plain rows (dicts) so that a report, a dashboard or an export can use
them alike. Nothing here loops over attempts in Python.
"""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, F, Q, QuerySet, Sum

from .models import QuestionOutcome, QuestionTally, QuizAttempt, QuizTally, SkillAchievement


def quiz_rows(attempts: QuerySet | None = None) -> list[dict]:
    """Per quiz: attempts and attempts passed; people who tried and people who passed.

    A person is a learner profile, or a phone that has not saved a profile (its session).
    Attempts whose learner deleted their profile belong to nobody any more: they count as
    attempts, never as people.
    """
    attempts = QuizAttempt.objects.all() if attempts is None else attempts
    anonymous = Q(learner__isnull=True) & ~Q(session_key="")
    passed = Q(passed=True)
    return list(
        attempts.values("quiz")
        .annotate(
            attempts=Count("pk"),
            attempts_passed=Count("pk", filter=passed),
            people=Count("learner", distinct=True)
            + Count("session_key", distinct=True, filter=anonymous),
            people_passed=Count("learner", distinct=True, filter=passed)
            + Count("session_key", distinct=True, filter=anonymous & passed),
        )
        .order_by("quiz")
    )


def question_rows(outcomes: QuerySet | None = None) -> list[dict]:
    """Per quiz and question: how often answered, how often right.

    A question keeps its block id in every revision and in every translation of its quiz, so
    the rows are per quiz (one page per language), never per id alone.
    """
    outcomes = QuestionOutcome.objects.all() if outcomes is None else outcomes
    return list(
        outcomes.values("quiz", "question_id")
        .annotate(answered=Count("pk"), correct=Count("pk", filter=Q(correct=True)))
        .order_by("quiz", "question_id")
    )


def tallied() -> bool:
    """Whether the running tallies are kept (PostgreSQL triggers, migration 0009): then the
    reports read them instead of counting every attempt and every answer."""
    return connection.vendor == "postgresql"


def quiz_rows_tallied(quizzes: QuerySet) -> list[dict]:
    """``quiz_rows`` for all attempts at ``quizzes`` (a ``QuizPage`` queryset), from the tallies:
    a few rows per quiz, however many attempts."""
    rows = (
        QuizTally.objects.filter(quiz_id__in=quizzes.values("pk"))
        .values(quiz=F("quiz_id"))
        .annotate(
            n_attempts=Sum("attempts"),
            n_attempts_passed=Sum("attempts_passed"),
            n_people=Sum("people"),
            n_people_passed=Sum("people_passed"),
        )
        .filter(n_attempts__gt=0)
        .order_by("quiz")
    )
    return [
        {
            "quiz": row["quiz"],
            "attempts": row["n_attempts"],
            "attempts_passed": row["n_attempts_passed"],
            "people": row["n_people"],
            "people_passed": row["n_people_passed"],
        }
        for row in rows
    ]


def question_rows_tallied(quizzes: QuerySet) -> list[dict]:
    """``question_rows`` for all answers to ``quizzes``, from the tallies."""
    rows = (
        QuestionTally.objects.filter(quiz_id__in=quizzes.values("pk"))
        .values("question_id", quiz=F("quiz_id"))
        .annotate(n_answered=Sum("answered"), n_correct=Sum("correct"))
        .filter(n_answered__gt=0)
        .order_by("quiz", "question_id")
    )
    return [
        {
            "quiz": row["quiz"],
            "question_id": row["question_id"],
            "answered": row["n_answered"],
            "correct": row["n_correct"],
        }
        for row in rows
    ]


def skill_rows(achievements: QuerySet | None = None) -> list[dict]:
    """Per framework skill: how many learners have shown it."""
    achievements = SkillAchievement.objects.all() if achievements is None else achievements
    return list(
        achievements.values("skill", "skill__code")
        .annotate(learners=Count("learner", distinct=True))
        .order_by("skill__code")
    )


def percent(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0
