"""Counts over learners' records, done by the database: reports and dashboards read these.

Each function returns plain rows (dicts) so that a report, a dashboard or an export can use
them alike. Nothing here loops over attempts in Python.
"""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from .models import QuestionOutcome, QuizAttempt, SkillAchievement


def quiz_rows(attempts: QuerySet | None = None) -> list[dict]:
    """Per quiz: attempts, distinct learners, passed."""
    attempts = QuizAttempt.objects.all() if attempts is None else attempts
    return list(
        attempts.values("quiz")
        .annotate(
            attempts=Count("pk"),
            passed=Count("pk", filter=Q(passed=True)),
            learners=Count("learner", distinct=True),
        )
        .order_by("quiz")
    )


def question_rows(outcomes: QuerySet | None = None) -> list[dict]:
    """Per question (its block id, the same in every revision and translation): how often
    answered, how often right."""
    outcomes = QuestionOutcome.objects.all() if outcomes is None else outcomes
    return list(
        outcomes.values("question_id")
        .annotate(answered=Count("pk"), correct=Count("pk", filter=Q(correct=True)))
        .order_by("question_id")
    )


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
