"""What a learner earns: skills shown, and the certificates they add up to.

Every function here is idempotent under races: the same learner passing two quizzes (or two
languages of one) at the same moment records each skill and certificate once, and neither
request fails. Rows are inserted-or-ignored; certificates are made in a savepoint.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from wagtail.models import Locale

from lessons.models import LessonPage, TopicPage
from quizzes.scoring import QuestionResult, skills_shown
from skills.models import Skill

from ..codes import new_code
from ..models import Award, Certificate, Learner, LessonCompletion, QuizAttempt, SkillAchievement
from ..privacy import mask_name


def canonical_skills(skill_ids) -> list[Skill]:
    """The default-language skills behind ids from any translation of a quiz."""
    keys = Skill.objects.filter(pk__in=skill_ids).values_list("translation_key", flat=True)
    return list(Skill.objects.filter(translation_key__in=keys, locale=Locale.get_default()))


def attempt_skills_shown(attempt: QuizAttempt) -> tuple[int, ...]:
    """The skills an attempt showed, re-derived from its stored per-question results."""
    results = [
        QuestionResult(r["q"], r.get("skill"), tuple(r["chosen"]), frozenset(r["correct"]), r["ok"])
        for r in attempt.results
    ]
    return skills_shown(results, attempt.pass_mark)


def award_skill(
    learner: Learner, skill: Skill, attempt: QuizAttempt | None = None, recorded_by=None
) -> bool:
    """Record a skill shown (in a quiz, or seen by a trainer); True if it is new."""
    skill = canonical_skills([skill.pk])[0]
    if learner.skills.filter(skill=skill).exists():
        return False
    SkillAchievement.objects.bulk_create(
        [SkillAchievement(learner=learner, skill=skill, attempt=attempt, recorded_by=recorded_by)],
        ignore_conflicts=True,
    )
    issue_basic_certificate(learner, attempt)
    return True


def record_pass(attempt: QuizAttempt, shown=None) -> list[Certificate]:
    """Skills, completions and certificates earned by a passed attempt of a learner."""
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
                LessonCompletion(
                    learner=learner, lesson=lesson, source=LessonCompletion.Source.QUIZ
                )
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
        learner=learner, kind=Certificate.Kind.TOPIC, topic=source_topic
    ).exists():
        return []
    skills = canonical_skills(attempt_skills_shown(attempt))
    return _issue(
        learner,
        Certificate.Kind.TOPIC,
        topic=source_topic,
        title=source_topic.title,
        masked_name=mask_name(learner.display_name),
        skills=[{"code": s.code, "name": s.name} for s in sorted(skills, key=lambda s: s.code)],
        attempt=attempt,
    )


def basic_certificate_title() -> str:
    """The basic certificate's words, as editors keep them (in the default language)."""
    award = Award.objects.filter(key=Award.Key.BASIC, locale=Locale.get_default()).first()
    return award.title if award else str(Award.Key.BASIC.label)


def issue_basic_certificate(learner: Learner, attempt: QuizAttempt | None) -> list[Certificate]:
    required = list(
        Skill.objects.filter(required_for_basic=True, locale=Locale.get_default()).order_by("code")
    )
    achieved = set(learner.skills.values_list("skill_id", flat=True))
    if not required or any(skill.pk not in achieved for skill in required):
        return []
    if Certificate.objects.filter(learner=learner, kind=Certificate.Kind.BASIC).exists():
        return []
    return _issue(
        learner,
        Certificate.Kind.BASIC,
        title=basic_certificate_title(),
        masked_name=mask_name(learner.display_name),
        skills=[{"code": s.code, "name": s.name} for s in required],
        attempt=attempt,
    )
