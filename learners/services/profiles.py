"""Learner profiles: made from a name only, carried over from an anonymous session, exported
and deleted. Privacy by design: nothing here asks for a phone number, ID number or e-mail.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from places.models import Village

from ..codes import new_recovery_code
from ..models import Learner, LessonCompletion, QuizAttempt
from .awards import record_pass
from .sessions import forget_pin_tries


def create_profile(
    display_name: str,
    pin: str,
    birth_year: int | None = None,
    village: Village | None = None,
    *,
    session_key: str = "",
    claimed=(),
) -> Learner:
    """Make a profile and carry over what the browser session did before it existed."""
    for _attempt in range(5):  # a new code that another phone took at the same moment: again
        try:
            with transaction.atomic():
                learner = Learner(
                    code=Learner.unique_code(),
                    display_name=display_name.strip(),
                    birth_year=birth_year,
                    village=village,
                )
                learner.set_pin(pin)
                learner.save()
                carry_over(learner, session_key, claimed)
            return learner
        except IntegrityError:
            if not Learner.objects.filter(code=learner.code).exists():
                raise
    raise IntegrityError("Could not find a free learner code after five tries.")


def issue_recovery_code(learner: Learner, *, by=None) -> str:
    """A new one-time recovery code for the learner card; the old one no longer works.

    Returned once, to be shown on the card; only its hash is kept. ``by``: the staff member
    who gave it, with the learner present (recorded in the learner's history).
    """
    code = new_recovery_code()
    learner.set_recovery_code(code)
    learner.save(update_fields=["recovery_hash", "recovery_issued_at"])
    if by is not None:
        log(learner, "learners.recovery_code_issued", user=by)
    return code


@transaction.atomic
def reset_pin(learner: Learner, pin: str, *, by) -> None:
    """Staff set a new PIN, typed by the learner, who is present; recorded: who and when.

    The code's counted wrong tries are dropped, so a locked record opens again at once.
    """
    learner.set_pin(pin)
    learner.pin_reset_at = timezone.now()
    learner.pin_reset_by = by
    learner.save(update_fields=["pin_hash", "pin_reset_at", "pin_reset_by"])
    log(learner, "learners.pin_reset", user=by)
    forget_pin_tries(learner.code)


def carry_over(learner: Learner, session_key: str, claimed=()) -> None:
    """Attach a session's anonymous attempts and completions to a learner.

    ``claimed`` are public ids of anonymous attempts this browser sent from another session
    (see ``sessions.SESSION_CLAIMS``).
    """
    if session_key:
        done = set(learner.completions.values_list("lesson_id", flat=True))
        anonymous = LessonCompletion.objects.filter(session_key=session_key, learner__isnull=True)
        anonymous.exclude(lesson_id__in=done).update(learner=learner, session_key="")
        anonymous.delete()
    mine = Q(public_id__in=list(claimed))
    if session_key:
        mine |= Q(session_key=session_key)
    attempts = list(QuizAttempt.objects.filter(mine, learner__isnull=True).order_by("created_at"))
    QuizAttempt.objects.filter(pk__in=[a.pk for a in attempts]).update(
        learner=learner, session_key=""
    )
    for attempt in attempts:
        if attempt.passed:
            attempt.learner = learner
            record_pass(attempt)


def iso(moment) -> str | None:
    return moment.isoformat() if moment else None


def export_data(learner: Learner) -> dict:
    """Everything held about a learner, for “download my data”."""
    return {
        "learner": {
            "code": learner.code,
            "display_name": learner.display_name,
            "birth_year": learner.birth_year,
            "village": learner.village.name if learner.village else learner.village_note,
            "created_at": learner.created_at.isoformat(),
            "recovery_code_made_at": iso(learner.recovery_issued_at),
            "staff_reset_at": iso(learner.pin_reset_at),
        },
        "lessons_completed": [
            {
                "lesson": c.lesson.title,
                "url": c.lesson.url,
                "how": c.source,
                "at": c.created_at.isoformat(),
            }
            for c in learner.completions.select_related("lesson")
        ],
        "quiz_attempts": [
            {
                "quiz": a.quiz.title,
                "correct": a.correct,
                "total": a.total,
                "percent": a.percent,
                "passed": a.passed,
                "at": a.created_at.isoformat(),
                "answers": a.answers,
            }
            for a in learner.attempts.select_related("quiz")
        ],
        "skills": [
            {"code": s.skill.code, "name": s.skill.name, "at": s.achieved_at.isoformat()}
            for s in learner.skills.select_related("skill")
        ],
        "certificates": [
            {
                "code": c.code,
                "title": c.title,
                "issued_at": c.issued_at.isoformat(),
                "valid": c.is_valid,
            }
            for c in learner.certificates.all()
        ],
    }


@transaction.atomic
def delete_profile(learner: Learner, deleted_by=None) -> None:
    """Personal data gone from every table; attempts stay as anonymous statistics.

    Certificates show “withdrawn”; the admin's history keeps that a profile was deleted and
    by whom, but no longer whose; the PIN counters keyed by the code go too.
    """
    learner.certificates.update(withdrawn=True, masked_name="", learner=None)
    learner.attempts.update(learner=None, session_key="", answers={})
    with override(settings.LANGUAGE_CODE):
        label = str(_("A deleted learner profile"))
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Learner), object_id=str(learner.pk)
    ).update(label=label, data={})
    forget_pin_tries(learner.code)
    if deleted_by is not None:
        log(learner, "wagtail.delete", user=deleted_by, title=label)
    learner.delete()
