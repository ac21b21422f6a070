"""What a learner earns: skills shown, and the certificates they add up to.

Every function here is idempotent under races: the same learner passing two quizzes (or two
languages of one) at the same moment records each skill and certificate once, and neither
request fails. Rows are inserted-or-ignored; certificates are made in a savepoint.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import CharField, Q, Subquery, Value
from wagtail.models import Page

from core.memo import default_locale, from_tree, translations_of
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


SKILL_ROW, LESSON_ROW = "skill", "lesson"


@dataclass(frozen=True)
class Holdings:
    certificates: set[tuple[str, int | None]]  # (kind, topic id)
    skills: set[int]
    lessons: set[int]  # of the lessons asked about


def holdings(learner: Learner, lesson_ids=()) -> Holdings:
    """In one query: every certificate the learner holds, the skills they have shown and which
    of ``lesson_ids`` they have learned."""
    certificates = (
        Certificate.objects.filter(learner=learner).order_by().values_list("kind", "topic_id")
    )
    skills = (
        SkillAchievement.objects.filter(learner=learner)
        .order_by()
        .values_list(Value(SKILL_ROW, output_field=CharField()), "skill_id")
    )
    lessons = (
        LessonCompletion.objects.filter(learner=learner, lesson_id__in=lesson_ids)
        .order_by()
        .values_list(Value(LESSON_ROW, output_field=CharField()), "lesson_id")
    )
    parts = [skills, lessons] if lesson_ids else [skills]
    rows = set(certificates.union(*parts, all=True))
    return Holdings(
        certificates={row for row in rows if row[0] not in (SKILL_ROW, LESSON_ROW)},
        skills={pk for kind, pk in rows if kind == SKILL_ROW},
        lessons={pk for kind, pk in rows if kind == LESSON_ROW},
    )


@dataclass(frozen=True)
class QuizPlace:
    topic_id: int | None  # the quiz's topic in the default language, else its own
    lesson_ids: tuple[int, ...]  # the live lessons beside the quiz


def quiz_place(quiz) -> QuizPlace:
    """Where a quiz sits: its topic (the one a topic certificate names) and the lessons a pass
    completes. Kept until a page is published, unpublished, moved or deleted."""
    parent_path = quiz.path[: -quiz.steplen]

    def compute() -> QuizPlace:
        family = Page.objects.filter(path=parent_path).values("translation_key")
        topics = TopicPage.objects.filter(translation_key=Subquery(family)).filter(
            Q(locale=default_locale()) | Q(path=parent_path)
        )
        topic = min(topics, key=lambda page: page.locale_id != default_locale().pk, default=None)
        if topic is None:
            return QuizPlace(None, ())
        lessons = LessonPage.objects.filter(path__startswith=parent_path, depth=quiz.depth).live()
        return QuizPlace(topic.pk, tuple(lessons.order_by("path").values_list("pk", flat=True)))

    return from_tree(f"quiz-place:{parent_path}:{quiz.depth}", compute)


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

    Where the quiz sits comes from the cache (``quiz_place``), the framework too; what the
    learner holds is read once, and only what is new is written: a learner passing a quiz again
    costs one query here, the first pass of a topic the inserts and its certificate.
    """
    learner, quiz = attempt.learner, attempt.quiz
    if shown is None:
        shown = attempt_skills_shown(attempt)
    skills = canonical_skills(shown)
    place = quiz_place(quiz)
    held = holdings(learner, place.lesson_ids)
    new_skills = [skill for skill in skills if skill.pk not in held.skills]
    if new_skills:
        SkillAchievement.objects.bulk_create(
            [
                SkillAchievement(learner=learner, skill=skill, attempt=attempt)
                for skill in new_skills
            ],
            ignore_conflicts=True,
        )
    new_lessons = [pk for pk in place.lesson_ids if pk not in held.lessons]
    if new_lessons:
        LessonCompletion.objects.bulk_create(
            [
                LessonCompletion(
                    learner=learner, lesson_id=lesson_id, source=LessonCompletion.Source.QUIZ
                )
                for lesson_id in new_lessons
            ],
            ignore_conflicts=True,
        )
    issued = []
    if place.topic_id and (Certificate.Kind.TOPIC, place.topic_id) not in held.certificates:
        topic = TopicPage.objects.get(pk=place.topic_id)
        issued += issue_topic_certificate(learner, topic, attempt, skills=skills)
    if (Certificate.Kind.BASIC, None) not in held.certificates:
        achieved = held.skills | {skill.pk for skill in skills}
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
