"""What happens to a learner's record: named service functions, called by the views.

Quizzes report a result (``quizzes.scoring``); this module records it.
"""

from __future__ import annotations

import secrets
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.log_actions import log
from wagtail.models import Locale, ModelLogEntry, Page

from core import throttle
from core.http import client_address
from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage
from quizzes.scoring import InvalidSubmission, QuestionResult, QuizResult, score, skills_shown
from skills.models import Skill

from .codes import new_code, normalise
from .models import Certificate, Learner, LessonCompletion, QuizAttempt, SkillAchievement

SESSION_LEARNER = "learner_id"
# Anonymous attempts this browser may see and save besides its own: the same form sent from
# several sessions at once (a first visitor's double tap) leads every copy to one attempt.
SESSION_CLAIMS = "claimed_attempts"
MAX_CLAIMS = 20
REMEMBER_PHONE = timedelta(days=365)
MAX_SUBMISSION_BYTES = 32 * 1024
PIN_LOCK = timedelta(minutes=15)
PIN_TRIES_PER_CODE = throttle.Limit("pin:code", 5, PIN_LOCK)
PIN_TRIES_PER_ADDRESS = throttle.Limit("pin:address", 20, PIN_LOCK)


# Sessions and sign-in ------------------------------------------------------------------------


def session_key(request: HttpRequest) -> str:
    if not request.session.session_key:
        request.session.save()
    return request.session.session_key


def current_learner(request: HttpRequest) -> Learner | None:
    learner_id = request.session.get(SESSION_LEARNER)
    if not learner_id:
        return None
    return Learner.objects.filter(pk=learner_id).first()


def sign_in_session(request: HttpRequest, learner: Learner) -> None:
    """Remember this phone for the learner until they sign out."""
    request.session.cycle_key()
    request.session[SESSION_LEARNER] = learner.pk
    request.session.set_expiry(REMEMBER_PHONE)
    Learner.objects.filter(pk=learner.pk).update(last_seen_at=timezone.now())


def sign_out(request: HttpRequest) -> None:
    request.session.flush()


class SignInRefused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@cache
def _unused_pin_hash(hasher: str) -> str:
    """A hash that no PIN opens, made by ``hasher`` (the one new PINs get)."""
    return make_password(secrets.token_urlsafe(16))


def pin_matches(learner: Learner | None, pin: str) -> bool:
    """Check a PIN; an unknown code costs the same hashing, so the time taken tells nothing."""
    if learner is None:
        check_password(pin, _unused_pin_hash(settings.PASSWORD_HASHERS[0]))
        return False
    return learner.check_pin(pin)


def sign_in(request: HttpRequest, code: str, pin: str) -> Learner:
    """Code plus PIN; tries are limited per code and per client address, counted first."""
    code = normalise(code)
    address = client_address(request)
    limits = [(PIN_TRIES_PER_CODE, code), (PIN_TRIES_PER_ADDRESS, address)]
    if not throttle.take_turn(limits):
        raise SignInRefused(
            _("Too many wrong tries. Wait 15 minutes, or ask the commune's digital team for help.")
        )
    learner = Learner.objects.filter(code=code).first()
    if not pin_matches(learner, pin):
        raise SignInRefused(
            _("The learner code or the PIN is not right. Check them and try again.")
        )
    throttle.forget(PIN_TRIES_PER_CODE, code)
    throttle.give_back(PIN_TRIES_PER_ADDRESS, address)
    sign_in_session(request, learner)
    return learner


# Profiles ---------------------------------------------------------------------------------


def _initial(word: str) -> str:
    """The first character a reader sees (a letter with its marks, an emoji), upper-cased."""
    letters = unicodedata.normalize("NFC", word)
    return letters[0].upper()


def mask_name(name: str) -> str:
    """“Nguyễn Văn An” → “Nguyễn V. A.”, “Lan” → “L.”: enough to recognise, not to find.

    The family name is kept only when given names follow it; a name of one word (which may be
    a whole name written without spaces) shows its initial only.
    """
    words = name.split()
    if not words:
        return ""
    if len(words) == 1:
        return f"{_initial(words[0])}."
    return " ".join([words[0], *(f"{_initial(word)}." for word in words[1:])])


def create_profile(
    request: HttpRequest,
    display_name: str,
    pin: str,
    birth_year: int | None = None,
    village: str = "",
) -> Learner:
    """Make a profile and carry over what this browser session did before."""
    key = session_key(request)
    claimed = request.session.get(SESSION_CLAIMS, [])
    for _attempt in range(5):  # a new code that another phone took at the same moment: again
        try:
            with transaction.atomic():
                learner = Learner(
                    code=Learner.unique_code(),
                    display_name=display_name.strip(),
                    birth_year=birth_year,
                    village=village.strip(),
                )
                learner.set_pin(pin)
                learner.save()
                carry_over(key, learner, claimed)
            break
        except IntegrityError:
            if not Learner.objects.filter(code=learner.code).exists():
                raise
    request.session.pop(SESSION_CLAIMS, None)
    sign_in_session(request, learner)
    return learner


def carry_over(key: str, learner: Learner, claimed=()) -> None:
    """Attach a session's anonymous attempts and completions to a learner.

    ``claimed`` are public ids of anonymous attempts this browser sent from another session
    (see ``SESSION_CLAIMS``).
    """
    if key:
        done = set(learner.completions.values_list("lesson_id", flat=True))
        anonymous = LessonCompletion.objects.filter(session_key=key, learner__isnull=True)
        anonymous.exclude(lesson_id__in=done).update(learner=learner, session_key="")
        anonymous.delete()
    mine = Q(public_id__in=list(claimed))
    if key:
        mine |= Q(session_key=key)
    attempts = list(QuizAttempt.objects.filter(mine, learner__isnull=True).order_by("created_at"))
    QuizAttempt.objects.filter(pk__in=[a.pk for a in attempts]).update(
        learner=learner, session_key=""
    )
    for attempt in attempts:
        if attempt.passed:
            attempt.learner = learner
            record_pass(attempt)


def export_data(learner: Learner) -> dict:
    """Everything held about a learner, for “download my data”."""
    return {
        "learner": {
            "code": learner.code,
            "display_name": learner.display_name,
            "birth_year": learner.birth_year,
            "village": learner.village,
            "created_at": learner.created_at.isoformat(),
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
    throttle.forget(PIN_TRIES_PER_CODE, learner.code)
    if deleted_by is not None:
        log(learner, "wagtail.delete", user=deleted_by, title=label)
    learner.delete()


# Lessons ---------------------------------------------------------------------------------


def complete_lesson(request: HttpRequest, lesson: LessonPage, source: str = "self") -> bool:
    """Record that a lesson is done; doing it again changes nothing. True if newly recorded."""
    learner = current_learner(request)
    owner = (
        {"learner": learner} if learner else {"learner": None, "session_key": session_key(request)}
    )
    if LessonCompletion.objects.filter(lesson=lesson, **owner).exists():
        return False
    # Insert-or-ignore: the same tap sent twice at once is one completion, never an error.
    LessonCompletion.objects.bulk_create(
        [LessonCompletion(lesson=lesson, source=source, **owner)], ignore_conflicts=True
    )
    return True


def completed_lessons(request: HttpRequest) -> set[int]:
    learner = current_learner(request)
    if learner:
        return set(learner.completions.values_list("lesson_id", flat=True))
    key = request.session.session_key
    if not key:
        return set()
    return set(
        LessonCompletion.objects.filter(session_key=key, learner__isnull=True).values_list(
            "lesson_id", flat=True
        )
    )


# Quiz submissions --------------------------------------------------------------------------


class SubmissionRejected(Exception):
    """A submission that records nothing; ``answers`` are given back to the form when known."""

    def __init__(self, message, answers=None, order=None, token="", question_ids=()):
        super().__init__(str(message))
        self.message = message
        self.answers = answers or {}
        self.order = order
        self.token = token
        self.question_ids = set(question_ids)


@dataclass
class Submitted:
    attempt: QuizAttempt
    result: QuizResult | None = None
    duplicate: bool = False
    new_certificates: list = field(default_factory=list)


REASONS = {
    "missing": _("Please answer every question. The questions without an answer are marked."),
    "unknown_question": _("This form does not match the quiz. Please start the quiz again."),
    "unknown_choice": _("An answer does not belong to its question. Please start the quiz again."),
    "too_many": _("Choose only one answer for the questions that are marked."),
    "order": _("This form does not match the quiz. Please start the quiz again."),
    "repeated": _("An answer was sent more than once. Please start the quiz again."),
}


def read_answers(post) -> dict[str, list[str]]:
    return {name[2:]: post.getlist(name) for name in post if name.startswith("q-")}


def submit_quiz(request: HttpRequest, quiz: QuizPage) -> Submitted:
    """Check, score and record a quiz form. Either one attempt is recorded, or nothing."""
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_SUBMISSION_BYTES:
        raise SubmissionRejected(_("The form sent was far too large. Please start the quiz again."))
    token = request.POST.get("form_token", "")
    try:
        payload = quiz.read_form_token(token)
    except signing.SignatureExpired:
        raise SubmissionRejected(
            _("This quiz was opened too long ago. Here is a fresh copy; please answer again."),
            answers=read_answers(request.POST),
        ) from None
    except signing.BadSignature:
        raise SubmissionRejected(
            _("This form does not match the quiz. Please start the quiz again.")
        ) from None
    if payload.get("p") != quiz.pk:
        raise SubmissionRejected(
            _("This form belongs to another quiz. Please start this quiz again.")
        )
    answers = read_answers(request.POST)
    previous = QuizAttempt.objects.filter(token=payload["n"]).first()
    if previous:
        return replay(request, previous, answers)
    taken_on = quiz.at_revision(payload["r"]) if payload.get("r") else None
    if taken_on is None:
        raise SubmissionRejected(
            _("This quiz has changed since you opened it. Please answer again."), answers=answers
        )
    try:
        result = score(taken_on.key, payload["o"], answers, taken_on.pass_mark)
    except InvalidSubmission as error:
        keep = error.reason in ("missing", "too_many")
        raise SubmissionRejected(
            REASONS[error.reason],
            answers=answers if keep else None,
            order=payload["o"] if keep else None,
            token=token if keep else "",
            question_ids=error.question_ids,
        ) from None
    learner = current_learner(request)
    owner = {"learner": learner} if learner else {"session_key": session_key(request)}
    submitted = record_attempt(
        quiz, payload["r"], payload["n"], payload["o"], answers, result, **owner
    )
    if submitted.duplicate:  # the same form, sent again at the same moment, won the race
        return replay(request, submitted.attempt, answers)
    return submitted


def _as_sets(answers: dict) -> dict[str, set[str]]:
    return {question: set(chosen) for question, chosen in answers.items()}


def replay(request: HttpRequest, previous: QuizAttempt, answers: dict) -> Submitted:
    """A form whose token was already used: lead its sender to the attempt it recorded.

    Whoever already sees that attempt (same learner, same session) gets its result again.
    Only the holder of a form can send it, so the same answers from another session are the
    same person's copy (a first visitor's double tap starts one session per tap): that
    browser may then see and save the attempt. Other answers on a used form record nothing.
    """
    if not may_see(request, previous):
        if _as_sets(previous.answers) != _as_sets(answers):
            raise SubmissionRejected(
                _("This form was already sent once. Here is a fresh copy of the quiz."),
                answers=answers,
            )
        claim(request, previous)
    return Submitted(previous, duplicate=True)


def claim(request: HttpRequest, attempt: QuizAttempt) -> None:
    """Let this browser see and save an anonymous attempt sent from another of its sessions."""
    if attempt.learner_id or attempt.session_key == session_key(request):
        return
    claims = [c for c in request.session.get(SESSION_CLAIMS, []) if c != str(attempt.public_id)]
    request.session[SESSION_CLAIMS] = [*claims, str(attempt.public_id)][-MAX_CLAIMS:]


def may_see(request: HttpRequest, attempt: QuizAttempt) -> bool:
    """A learner sees their attempts; a browser its session's and the ones it claimed."""
    if attempt.learner_id:
        learner = current_learner(request)
        return bool(learner and learner.pk == attempt.learner_id)
    key = request.session.session_key
    return bool(key and attempt.session_key == key) or str(attempt.public_id) in (
        request.session.get(SESSION_CLAIMS, [])
    )


def record_attempt(
    quiz: QuizPage,
    revision_id: int,
    token: str,
    order: list,
    answers: dict,
    result: QuizResult,
    learner: Learner | None = None,
    session_key: str = "",
) -> Submitted:
    """Store a scored attempt and, for a learner who passed, what it earned; all or nothing.

    The token is the form's: if another request has just stored an attempt with it, that one
    is returned as a duplicate and nothing is recorded here.
    """
    with transaction.atomic():
        try:
            with transaction.atomic():  # a savepoint: only a clash on the token is a duplicate
                attempt = _create_attempt(
                    quiz, revision_id, token, order, answers, result, learner, session_key
                )
        except IntegrityError:
            previous = QuizAttempt.objects.filter(token=token).first()
            if previous is None:
                raise
            return Submitted(previous, duplicate=True)
        earned = record_pass(attempt, result.skills_shown) if learner and result.passed else []
    return Submitted(attempt, result, new_certificates=earned)


def _create_attempt(
    quiz, revision_id, token, order, answers, result, learner, session_key
) -> QuizAttempt:
    return QuizAttempt.objects.create(
        learner=learner,
        session_key="" if learner else session_key,
        quiz=quiz,
        revision_id=revision_id,
        token=token,
        order=order,
        answers={qid: list(chosen) for qid, chosen in answers.items()},
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


def canonical_skills(skill_ids) -> list[Skill]:
    """The default-locale skills behind ids from any translation of a quiz."""
    keys = Skill.objects.filter(pk__in=skill_ids).values_list("translation_key", flat=True)
    return list(Skill.objects.filter(translation_key__in=keys, locale__language_code="vi"))


def attempt_skills_shown(attempt: QuizAttempt) -> tuple[int, ...]:
    """The skills an attempt showed, re-derived from its stored per-question results."""
    results = [
        QuestionResult(
            r["q"], "", r.get("skill"), tuple(r["chosen"]), frozenset(r["correct"]), r["ok"]
        )
        for r in attempt.results
    ]
    return skills_shown(results, attempt.pass_mark)


def record_pass(attempt: QuizAttempt, shown=None) -> list[Certificate]:
    """Skills, completions and certificates earned by a passed attempt of a learner.

    Idempotent under races: the same learner passing two quizzes (or two languages of one)
    at the same moment records each skill, completion and certificate once, and neither
    request fails. Rows are inserted-or-ignored; certificates are made in a savepoint.
    """
    learner = attempt.learner
    if shown is None:
        shown = attempt_skills_shown(attempt)
    SkillAchievement.objects.bulk_create(
        [
            SkillAchievement(learner=learner, skill=skill, attempt=attempt)
            for skill in canonical_skills(shown)
        ],
        ignore_conflicts=True,
    )
    topic = TopicPage.objects.parent_of(attempt.quiz).first()
    issued = []
    if topic:
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(learner=learner, lesson=lesson, source="quiz")
                for lesson in LessonPage.objects.child_of(topic).live()
            ],
            ignore_conflicts=True,
        )
        issued += issue_topic_certificate(learner, topic, attempt)
    issued += issue_basic_certificate(learner, attempt)
    return issued


def _certificate_code() -> str:
    while True:
        code = new_code(length=8, group=4)
        if not Certificate.objects.filter(code=code).exists():
            return code


def _issue(learner: Learner, kind: str, topic: TopicPage | None = None, **fields) -> list:
    """One new certificate, or none if the learner has it (even from a request just now)."""
    held = Certificate.objects.filter(learner=learner, kind=kind, topic=topic)
    for _try in range(5):
        if held.exists():
            return []
        try:
            with transaction.atomic():
                return [
                    Certificate.objects.create(
                        code=_certificate_code(), learner=learner, kind=kind, topic=topic, **fields
                    )
                ]
        except IntegrityError:
            continue  # issued by another request at the same moment, or a code just taken
    raise IntegrityError("Could not issue a certificate after five tries.")


def issue_topic_certificate(
    learner: Learner, topic: TopicPage, attempt: QuizAttempt
) -> list[Certificate]:
    source_topic = topic.get_translation_or_none(Locale.get_default()) or topic
    if Certificate.objects.filter(
        learner=learner, kind=Certificate.TOPIC, topic=source_topic
    ).exists():
        return []
    skills = canonical_skills(attempt_skills_shown(attempt))
    return _issue(
        learner,
        Certificate.TOPIC,
        topic=source_topic,
        title=source_topic.title,
        masked_name=mask_name(learner.display_name),
        skills=[{"code": s.code, "name": s.name} for s in sorted(skills, key=lambda s: s.code)],
        attempt=attempt,
    )


def issue_basic_certificate(learner: Learner, attempt: QuizAttempt) -> list[Certificate]:
    required = list(
        Skill.objects.filter(required_for_basic=True, locale__language_code="vi").order_by("code")
    )
    achieved = set(learner.skills.values_list("skill_id", flat=True))
    if not required or any(skill.pk not in achieved for skill in required):
        return []
    if Certificate.objects.filter(learner=learner, kind=Certificate.BASIC).exists():
        return []
    return _issue(
        learner,
        Certificate.BASIC,
        title="Hoàn thành mức độ phổ cập kỹ năng số cơ bản",
        masked_name=mask_name(learner.display_name),
        skills=[{"code": s.code, "name": s.name} for s in required],
        attempt=attempt,
    )


def progress(learner: Learner, home) -> list[dict]:
    """Per topic of this locale: lessons done of total, and whether its quiz was passed.

    Compared by translation key, so work done in one language counts in the other.
    """
    done = set(
        LessonPage.objects.filter(
            pk__in=learner.completions.values_list("lesson_id", flat=True)
        ).values_list("translation_key", flat=True)
    )
    passed = set(
        QuizPage.objects.filter(
            pk__in=learner.attempts.filter(passed=True).values_list("quiz_id", flat=True)
        ).values_list("translation_key", flat=True)
    )
    lessons = list(
        LessonPage.objects.descendant_of(home).live().public().only("path", "translation_key")
    )
    quizzes = {
        quiz.path[: -Page.steplen]: quiz
        for quiz in QuizPage.objects.descendant_of(home).live().public()
    }
    rows = []
    for topic in TopicPage.objects.child_of(home).live().public():
        mine = [lesson for lesson in lessons if lesson.path.startswith(topic.path)]
        quiz = quizzes.get(topic.path)
        rows.append(
            {
                "topic": topic,
                "done": sum(lesson.translation_key in done for lesson in mine),
                "total": len(mine),
                "quiz": quiz,
                "quiz_passed": bool(quiz and quiz.translation_key in passed),
            }
        )
    return rows
