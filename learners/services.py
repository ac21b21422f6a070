"""What happens to a learner's record: named service functions, called by the views.

Quizzes report a result (``quizzes.scoring``); this module records it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage
from quizzes.scoring import InvalidSubmission, QuestionResult, QuizResult, score, skills_shown
from skills.models import Skill

from .codes import new_code, normalise
from .models import Certificate, Learner, LessonCompletion, QuizAttempt, SkillAchievement

SESSION_LEARNER = "learner_id"
REMEMBER_PHONE = timedelta(days=365)
MAX_SUBMISSION_BYTES = 32 * 1024
PIN_TRIES_PER_CODE = 5
PIN_TRIES_PER_ADDRESS = 20
PIN_LOCK = timedelta(minutes=15)


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


def client_address(request: HttpRequest) -> str:
    """The phone's address, for the PIN limit; behind N trusted proxies, from X-Forwarded-For.

    Without this, every citizen would share the load balancer's address and one person's
    wrong PINs would lock everyone out.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [
            a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _tries(kind: str, value: str) -> str:
    return f"learners:pin-tries:{kind}:{value}"


def sign_in(request: HttpRequest, code: str, pin: str) -> Learner:
    """Code plus PIN; wrong PINs are limited per code and per client address."""
    code = normalise(code)
    keys = [_tries("code", code), _tries("address", client_address(request))]
    limits = [PIN_TRIES_PER_CODE, PIN_TRIES_PER_ADDRESS]
    counts = cache.get_many(keys)
    if any(counts.get(key, 0) >= limit for key, limit in zip(keys, limits, strict=True)):
        raise SignInRefused(
            _("Too many wrong tries. Wait 15 minutes, or ask the commune's digital team for help.")
        )
    learner = Learner.objects.filter(code=code).first()
    if learner is None or not learner.check_pin(pin):
        for key in keys:
            cache.add(key, 0, timeout=int(PIN_LOCK.total_seconds()))
            cache.incr(key)
        raise SignInRefused(
            _("The learner code or the PIN is not right. Check them and try again.")
        )
    cache.delete(keys[0])
    sign_in_session(request, learner)
    return learner


# Profiles ---------------------------------------------------------------------------------


def mask_name(name: str) -> str:
    """“Nguyễn Văn An” → “Nguyễn V. A.”: enough to recognise, not enough to find someone."""
    words = name.split()
    if not words:
        return ""
    return " ".join([words[0], *(f"{word[0].upper()}." for word in words[1:])])


@transaction.atomic
def create_profile(
    request: HttpRequest,
    display_name: str,
    pin: str,
    birth_year: int | None = None,
    village: str = "",
) -> Learner:
    """Make a profile and carry over what this browser session did before."""
    learner = Learner(
        code=Learner.unique_code(),
        display_name=display_name.strip(),
        birth_year=birth_year,
        village=village.strip(),
    )
    learner.set_pin(pin)
    learner.save()
    key = session_key(request)
    carry_over(key, learner)
    sign_in_session(request, learner)
    return learner


def carry_over(key: str, learner: Learner) -> None:
    """Attach a session's anonymous attempts and completions to a learner."""
    if not key:
        return
    done = set(LessonCompletion.objects.filter(learner=learner).values_list("lesson_id", flat=True))
    anonymous = LessonCompletion.objects.filter(session_key=key, learner__isnull=True)
    anonymous.exclude(lesson_id__in=done).update(learner=learner, session_key="")
    anonymous.delete()
    attempts = list(
        QuizAttempt.objects.filter(session_key=key, learner__isnull=True).order_by("created_at")
    )
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
def delete_profile(learner: Learner) -> None:
    """Personal data gone; attempts stay as anonymous statistics; certificates show withdrawn."""
    learner.certificates.update(withdrawn=True, masked_name="", learner=None)
    learner.attempts.update(learner=None, session_key="", answers={})
    learner.delete()


# Lessons ---------------------------------------------------------------------------------


def complete_lesson(request: HttpRequest, lesson: LessonPage, source: str = "self") -> bool:
    """Record that a lesson is done; doing it again changes nothing. True if newly recorded."""
    learner = current_learner(request)
    owner = (
        {"learner": learner} if learner else {"learner": None, "session_key": session_key(request)}
    )
    try:
        with transaction.atomic():
            _obj, created = LessonCompletion.objects.get_or_create(
                lesson=lesson, **owner, defaults={"source": source}
            )
    except IntegrityError:
        return False
    return created


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
        return Submitted(previous, duplicate=True)
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
    try:
        return record_attempt(
            quiz, payload["r"], payload["n"], payload["o"], answers, result, **owner
        )
    except IntegrityError:
        # The same form sent twice at once (a double tap): the other request recorded it.
        return Submitted(QuizAttempt.objects.get(token=payload["n"]), duplicate=True)


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
    """Store a scored attempt and, for a learner who passed, what it earned; all or nothing."""
    with transaction.atomic():
        attempt = QuizAttempt.objects.create(
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
        earned = record_pass(attempt, result.skills_shown) if learner and result.passed else []
    return Submitted(attempt, result, new_certificates=earned)


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
    """Skills, completions and certificates earned by a passed attempt of a learner."""
    learner = attempt.learner
    if shown is None:
        shown = attempt_skills_shown(attempt)
    for skill in canonical_skills(shown):
        SkillAchievement.objects.get_or_create(
            learner=learner, skill=skill, defaults={"attempt": attempt}
        )
    topic = TopicPage.objects.parent_of(attempt.quiz).first()
    issued = []
    if topic:
        done = set(learner.completions.values_list("lesson_id", flat=True))
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(learner=learner, lesson=lesson, source="quiz")
                for lesson in LessonPage.objects.child_of(topic).live()
                if lesson.pk not in done
            ]
        )
        issued += issue_topic_certificate(learner, topic, attempt)
    issued += issue_basic_certificate(learner, attempt)
    return issued


def _certificate_code() -> str:
    while True:
        code = new_code(length=8, group=4)
        if not Certificate.objects.filter(code=code).exists():
            return code


def issue_topic_certificate(
    learner: Learner, topic: TopicPage, attempt: QuizAttempt
) -> list[Certificate]:
    source_topic = topic.get_translation_or_none(Locale.get_default()) or topic
    if Certificate.objects.filter(
        learner=learner, kind=Certificate.TOPIC, topic=source_topic
    ).exists():
        return []
    skills = canonical_skills(attempt_skills_shown(attempt))
    certificate = Certificate.objects.create(
        code=_certificate_code(),
        learner=learner,
        kind=Certificate.TOPIC,
        topic=source_topic,
        title=source_topic.title,
        masked_name=mask_name(learner.display_name),
        skills=[{"code": s.code, "name": s.name} for s in sorted(skills, key=lambda s: s.code)],
        attempt=attempt,
    )
    return [certificate]


def issue_basic_certificate(learner: Learner, attempt: QuizAttempt) -> list[Certificate]:
    required = list(
        Skill.objects.filter(required_for_basic=True, locale__language_code="vi").order_by("code")
    )
    achieved = set(learner.skills.values_list("skill_id", flat=True))
    if not required or any(skill.pk not in achieved for skill in required):
        return []
    if Certificate.objects.filter(learner=learner, kind=Certificate.BASIC).exists():
        return []
    return [
        Certificate.objects.create(
            code=_certificate_code(),
            learner=learner,
            kind=Certificate.BASIC,
            title="Hoàn thành mức độ phổ cập kỹ năng số cơ bản",
            masked_name=mask_name(learner.display_name),
            skills=[{"code": s.code, "name": s.name} for s in required],
            attempt=attempt,
        )
    ]


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
    lessons = list(LessonPage.objects.descendant_of(home).live().only("path", "translation_key"))
    quizzes = {
        quiz.path[: -Page.steplen]: quiz for quiz in QuizPage.objects.descendant_of(home).live()
    }
    rows = []
    for topic in TopicPage.objects.child_of(home).live():
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
