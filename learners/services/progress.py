"""A learner's progress, topic by topic, in the visitor's language."""

from __future__ import annotations

from django.db.models import Exists, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Substr
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction

from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage

from ..models import Learner, QuizAttempt


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


def attempts(learner: Learner) -> list[QuizAttempt]:
    """Every quiz attempt of this learner, newest first, passed or not, in one query.

    Each carries ``quiz_title``: the quiz's title in the active language where it has a
    translation, else as it was taken. Attempts at a quiz that is unpublished or now behind a
    view restriction are left out, as its result page is (no title of a private page shows).
    """
    language = get_supported_content_language_variant(get_language())
    here = Page.objects.filter(
        translation_key=OuterRef("quiz__translation_key"), locale__language_code=language
    ).values("title")[:1]
    # A restriction on the quiz or any page above it: its page's path begins the quiz's path.
    restricted = PageViewRestriction.objects.annotate(
        above=Substr(OuterRef("quiz__path"), 1, F("page__depth") * Page.steplen)
    ).filter(page__path=F("above"))
    return list(
        learner.attempts.filter(quiz__live=True)
        .exclude(Exists(restricted))
        .annotate(quiz_title=Coalesce(Subquery(here), F("quiz__title")))
        .only("learner", "public_id", "created_at", "correct", "total", "passed")
        .order_by("-created_at", "-pk")
    )
