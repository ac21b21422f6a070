"""What a learner did: lessons completed and quiz attempts, each recorded once.

Callers pass a learner, or the session key of a browser without a profile, never a request.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db import IntegrityError, router, transaction
from django.db.models.constants import OnConflict
from django.db.models.sql import InsertQuery

from lessons.models import LessonPage
from quizzes.submission import Submission

from ..models import Learner, LessonCompletion, QuestionOutcome, QuizAttempt
from .awards import record_pass


def _owner(learner: Learner | None, session_key: str) -> dict:
    if learner is None and not session_key:
        raise ValueError("A record belongs to a learner or to a browser session.")
    return {"learner": learner} if learner else {"learner": None, "session_key": session_key}


def record_completion(
    lesson: LessonPage,
    *,
    learner: Learner | None = None,
    session_key: str = "",
    source: str = LessonCompletion.Source.SELF,
    recorded_by=None,
) -> bool:
    """Record that a lesson is done; doing it again changes nothing. True if newly recorded.

    ``recorded_by`` is the trainer who saw it done (with ``source=TRAINER``).
    """
    owner = _owner(learner, session_key)
    if LessonCompletion.objects.filter(lesson=lesson, **owner).exists():
        return False
    # Insert-or-ignore: the same tap sent twice at once is one completion, never an error.
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(lesson=lesson, source=source, recorded_by=recorded_by, **owner)],
        ignore_conflicts=True,
    )
    return True


def has_completed(lesson_id: int, learner: Learner | None = None, session_key: str = "") -> bool:
    """Whether this learner, or this phone before any profile, has learned one lesson."""
    if learner is not None:
        return learner.completions.filter(lesson_id=lesson_id).exists()
    if not session_key:
        return False
    return LessonCompletion.objects.filter(
        session_key=session_key, learner__isnull=True, lesson_id=lesson_id
    ).exists()


def completed_lessons(learner: Learner | None = None, session_key: str = "") -> set[int]:
    if learner is not None:
        return set(learner.completions.values_list("lesson_id", flat=True))
    if not session_key:
        return set()
    return set(
        LessonCompletion.objects.filter(session_key=session_key, learner__isnull=True).values_list(
            "lesson_id", flat=True
        )
    )


@dataclass
class Recorded:
    attempt: QuizAttempt
    duplicate: bool = False  # this form's token was already recorded: nothing new was
    new_certificates: list = field(default_factory=list)


def previous_attempt(nonce: str) -> QuizAttempt | None:
    return QuizAttempt.objects.filter(token=nonce).first()


def same_answers(attempt: QuizAttempt, answers: dict) -> bool:
    """Whether answers are those an attempt recorded (the same form sent again)."""

    def as_sets(value: dict) -> dict:
        return {question: set(chosen) for question, chosen in value.items()}

    return as_sets(attempt.answers) == as_sets(answers)


def _insert_once(attempt: QuizAttempt) -> bool:
    """INSERT the attempt unless its form token is recorded already: one statement, no
    savepoint (``INSERT … ON CONFLICT DO NOTHING RETURNING id`` on PostgreSQL, ``INSERT OR
    IGNORE … RETURNING id`` on SQLite). True, and ``attempt.pk`` set, if it was inserted."""
    fields = [f for f in QuizAttempt._meta.concrete_fields if not f.primary_key]
    query = InsertQuery(QuizAttempt, on_conflict=OnConflict.IGNORE)
    query.insert_values(fields, [attempt])
    compiler = query.get_compiler(using=router.db_for_write(QuizAttempt))
    compiler.returning_fields = [QuizAttempt._meta.pk]
    [(sql, params)] = compiler.as_sql()
    with compiler.connection.cursor() as cursor:
        cursor.execute(sql, params)
        row = cursor.fetchone()
    if row is None:
        return False
    attempt.pk = row[0]
    attempt._state.adding = False
    attempt._state.db = compiler.using
    return True


def record_attempt(
    submission: Submission, *, learner: Learner | None = None, session_key: str = ""
) -> Recorded:
    """Store a scored submission and, for a learner who passed, what it earned; all or nothing.

    The form's token is used once: if an attempt with it exists (or is stored by another
    request at this very moment), that one is returned as a duplicate and nothing is recorded.
    Four statements for an anonymous phone (the attempt, its outcomes, the transaction's
    begin and end), whatever the number of questions.
    """
    owner = _owner(learner, session_key)
    result = submission.result
    attempt = QuizAttempt(
        **owner,
        quiz=submission.quiz,
        revision_id=submission.revision_id,
        token=submission.nonce,
        order=submission.order,
        answers={qid: list(chosen) for qid, chosen in submission.answers.items()},
        results=[
            {
                "q": r.id,
                "chosen": list(r.chosen),
                "correct": sorted(r.correct_choices),
                "ok": r.is_correct,
                "skill": r.skill_id,
            }
            for r in result.questions
        ],
        correct=result.correct,
        total=result.total,
        percent=result.percent,
        pass_mark=result.pass_mark,
        passed=result.passed,
    )
    with transaction.atomic():
        if not _insert_once(attempt):
            # The token's attempt exists: committed before, or by a request that raced this
            # one (ON CONFLICT waited for it to commit). A clash on anything else is an error.
            previous = previous_attempt(submission.nonce)
            if previous is None:
                raise IntegrityError("The attempt could not be recorded.")
            return Recorded(previous, duplicate=True)
        QuestionOutcome.objects.bulk_create(
            [
                QuestionOutcome(
                    attempt=attempt,
                    quiz=submission.quiz,
                    question_id=r.id,
                    skill_id=r.skill_id,
                    correct=r.is_correct,
                )
                for r in result.questions
            ]
        )
        earned = record_pass(attempt, result.skills_shown) if learner and result.passed else []
    return Recorded(attempt, new_certificates=earned)
