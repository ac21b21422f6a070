"""What the campaign adds to the learners' pages through their hooks (registered at the bottom
of ``wagtail_hooks``): the “Đại sứ số” box on the learner's own page.

A mentor sees a mentee's progress only once the mentee has agreed, and no longer once they
withdraw (``services.mentees_of``); a request still waiting shows the mentee's code only, so
asking for a code tells no name.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Q
from django.http import HttpRequest
from django.template.loader import render_to_string

from core.i18n import in_active_locale
from core.memo import default_locale
from learners.models import Learner, LessonCompletion, SkillAchievement
from lessons.models import LessonPage

from . import services
from .models import Mentorship

# The seed's goal for a “Đại sứ số” (seed 003): at least five people accompanied.
MENTEES_GOAL = 5


def mentees_progress(mentees: list[Learner]) -> list[dict]:
    """Lessons done and skills shown, for every mentee in three queries however many."""
    if not mentees:
        return []
    ids = [mentee.pk for mentee in mentees]
    done = dict(
        LessonCompletion.objects.filter(learner__in=ids)
        .values_list("learner")
        .annotate(count=Count("lesson", distinct=True))
    )
    total = LessonPage.objects.live().public().filter(locale=default_locale()).count()
    achievements = list(
        SkillAchievement.objects.filter(learner__in=ids)
        .select_related("skill")
        .order_by("skill__code")
    )
    named = in_active_locale(achievement.skill for achievement in achievements)
    by_learner: dict[int, list] = defaultdict(list)
    for achievement, skill in zip(achievements, named, strict=True):
        by_learner[achievement.learner_id].append(skill)
    return [
        {
            "learner": mentee,
            "done": done.get(mentee.pk, 0),
            "total": total,
            "skills": by_learner[mentee.pk],
        }
        for mentee in mentees
    ]


def mentors_box(request: HttpRequest, learner: Learner) -> str:
    """The ``learner_page_extras`` hook: requests to answer, a form to ask, one's mentees."""
    # Both sides in one query: asked of this learner, and asked by them still unanswered.
    links = list(
        Mentorship.objects.filter(
            Q(mentee=learner) | Q(mentor=learner, agreed_at__isnull=True),
            withdrawn_at__isnull=True,
        )
        .select_related("mentor", "mentee")
        .order_by("asked_at", "pk")
    )
    to_answer = [link for link in links if link.mentee_id == learner.pk]
    asked = [link for link in links if link.mentor_id == learner.pk and link.agreed_at is None]
    mentees = list(services.mentees_of(learner).order_by("display_name", "pk"))
    return render_to_string(
        "community/includes/mentors_box.html",
        {
            "requests": [m for m in to_answer if m.agreed_at is None],
            "mentors": [m for m in to_answer if m.agreed_at is not None],
            "waiting": asked,
            "mentees": mentees_progress(mentees),
            "goal": MENTEES_GOAL,
        },
        request=request,
    )
