"""What a learner earns: skills shown, and the certificates they add up to.

Every function here is idempotent under races: the same learner passing two quizzes (or two
languages of one) at the same moment records each skill and certificate once, and neither
request fails. Rows are inserted-or-ignored; certificates are made in a savepoint.
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import CharField, Q, Subquery, Value
from wagtail.models import Page

from core.memo import default_locale, translations_of
from lessons.models import LessonPage, TopicPage
from quizzes.scoring import QuestionResult, skills_shown
from skills.blocks import skills_by_id
from skills.models import Skill

from ..codes import new_code
from ..models import Award, Certificate, Learner, LessonCompletion, QuizAttempt, SkillAchievement
from ..privacy import mask_name


def canonical_skills(skill_ids) -> list[Skill]:
    """The default-language skills behind ids from any translation of a quiz (from the cached
    framework: no query)."""
    keys = {skill.translation_key for skill in skills_by_id(skill_ids).values()}
    table = translations_of(Skill).get(default_locale().pk, {})
    return sorted((table[key] for key in keys if key in table), key=lambda skill: skill.code)


def basic_skills() -> list[Skill]:
    """The skills the basic certificate requires, in the default language, by code."""
    table = translations_of(Skill).get(default_locale().pk, {})
    return sorted(
        (skill for skill in table.values() if skill.required_for_basic),
        key=lambda skill: skill.code,
    )


SKILL_ROW = "skill"


def holdings(learner: Learner) -> tuple[set[tuple[str, int | None]], set[int]]:
    """In one query: ``(kind, topic id)`` of every certificate the learner holds, and the ids
    of the skills they have shown."""
    certificates = (
        Certificate.objects.filter(learner=learner).order_by().values_list("kind", "topic_id")
    )
    skills = (
        SkillAchievement.objects.filter(learner=learner)
        .order_by()
        .values_list(Value(SKILL_ROW, output_field=CharField()), "skill_id")
    )
    rows = set(certificates.union(skills, all=True))
    held = {row for row in rows if row[0] != SKILL_ROW}
    return held, {pk for kind, pk in rows if kind == SKILL_ROW}


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
    """Skills, completions and certificates earned by a passed attempt of a learner.

    The quiz's topic is found by its tree path, in the default language at once (the topic
    certificate is issued there); the framework comes from the cache; which certificates the
    learner holds is read once.
    """
    learner, quiz = attempt.learner, attempt.quiz
    if shown is None:
        shown = attempt_skills_shown(attempt)
    skills = canonical_skills(shown)
    SkillAchievement.objects.bulk_create(
        [SkillAchievement(learner=learner, skill=skill, attempt=attempt) for skill in skills],
        ignore_conflicts=True,
    )
    parent_path = quiz.path[: -quiz.steplen]
    family = Page.objects.filter(path=parent_path).values("translation_key")
    # The topic in the default language, else the quiz's own (a topic not translated back).
    topics = TopicPage.objects.filter(translation_key=Subquery(family)).filter(
        Q(locale=default_locale()) | Q(path=parent_path)
    )
    topic = min(topics, key=lambda page: page.locale_id != default_locale().pk, default=None)
    held, achieved = holdings(learner)
    issued = []
    if topic:
        lessons = LessonPage.objects.filter(path__startswith=parent_path, depth=quiz.depth).live()
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(
                    learner=learner, lesson_id=lesson_id, source=LessonCompletion.Source.QUIZ
                )
                for lesson_id in lessons.values_list("pk", flat=True)
            ],
            ignore_conflicts=True,
        )
        if (Certificate.Kind.TOPIC, topic.pk) not in held:
            issued += issue_topic_certificate(learner, topic, attempt, skills=skills)
    if (Certificate.Kind.BASIC, None) not in held:
        achieved |= {skill.pk for skill in skills}
        issued += issue_basic_certificate(learner, attempt, achieved=achieved)
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
    learner: Learner, topic: TopicPage, attempt: QuizAttempt, skills=None
) -> list[Certificate]:
    source_topic = topic
    if topic.locale_id != default_locale().pk:
        source_topic = topic.get_translation_or_none(default_locale()) or topic
    if skills is None:
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
    award = Award.objects.filter(key=Award.Key.BASIC, locale=default_locale()).first()
    return award.title if award else str(Award.Key.BASIC.label)


def issue_basic_certificate(
    learner: Learner, attempt: QuizAttempt | None, achieved: set[int] | None = None
) -> list[Certificate]:
    """The basic certificate, once every required skill is shown (``achieved``: the learner's
    skill ids when the caller has just read them)."""
    required = basic_skills()
    if achieved is None:
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
