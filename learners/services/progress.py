"""A learner's progress, topic by topic, in the visitor's language."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Subquery
from django.db.models.functions import Coalesce, Substr
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, PageViewRestriction

from core.routing import KnownRestrictionsQuerySet
from lessons.models import LessonPage, TopicPage
from quizzes.models import QuizPage

from ..models import Learner, QuizAttempt

PAGE_KINDS = (TopicPage, LessonPage, QuizPage)


def progress(learner: Learner, home) -> list[dict]:
    """Per topic of this locale: lessons done of total, and whether its quiz was passed.

    Compared by translation key, so work done in one language counts in the other. One query:
    the topics, lessons and quizzes under ``home``, each saying whether it was done or passed.
    """
    kinds = {ContentType.objects.get_for_model(model).pk: model for model in PAGE_KINDS}
    pages = list(
        KnownRestrictionsQuerySet(Page)
        .descendant_of(home)
        .live()
        .public()
        .filter(content_type__in=kinds)
        .annotate(
            done=Exists(
                learner.completions.filter(lesson__translation_key=OuterRef("translation_key"))
            ),
            passed=Exists(
                learner.attempts.filter(
                    passed=True, quiz__translation_key=OuterRef("translation_key")
                )
            ),
        )
        .select_related(*(model._meta.model_name for model in (TopicPage, QuizPage)))
        .order_by("path")
    )
    lessons = [page for page in pages if kinds[page.content_type_id] is LessonPage]
    quizzes = {
        page.path[: -Page.steplen]: page
        for page in pages
        if kinds[page.content_type_id] is QuizPage
    }
    rows = []
    for page in pages:
        if kinds[page.content_type_id] is not TopicPage or page.depth != home.depth + 1:
            continue
        mine = [lesson for lesson in lessons if lesson.path.startswith(page.path)]
        quiz = quizzes.get(page.path)
        rows.append(
            {
                "topic": page.topicpage,
                "done": sum(lesson.done for lesson in mine),
                "total": len(mine),
                "quiz": quiz.quizpage if quiz else None,
                "quiz_passed": bool(quiz and quiz.passed),
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
