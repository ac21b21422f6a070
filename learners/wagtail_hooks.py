"""Where learners plug into the other apps and the admin: registrations only.

- ``lesson_page_extras``: the “Tôi đã học xong” box on every lesson;
- ``quiz_submitted``: a scored quiz form is recorded here (``views.record_submission``);
- the admin: learners, attempts, certificates (``admin``), and the reports (``reports``) in
  the same “Học viên” menu.

Offered to the apps above:

- ``learner_page_extras`` (``views.LEARNER_PAGE_EXTRAS``): ``fn(request, learner)`` returns
  HTML shown on the signed-in learner's own page (``/hoc-vien/``); the campaign's mentors box.
"""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet

from core.pagecache import hole, register_hole, render_hole
from quizzes.models import QuizPage
from quizzes.submission import HOOK as QUIZ_SUBMITTED

from .admin import LEARNERS_MENU_HOOK, AwardViewSet, LearnersGroup
from .models import QuizAttempt
from .reports import QuestionReportView, QuizReportView
from .services import records, sessions
from .views import record_submission


@hooks.register("lesson_page_extras")
def lesson_done_box(request, page) -> str:
    """“Tôi đã học xong”: a plain POST form, or a tick once the lesson is done; its own lines
    for each visitor of a kept lesson page (``core.pagecache``)."""
    quiz = QuizPage.objects.sibling_of(page).live().public().first()
    return hole(request, "lesson_done", lesson_id=page.pk, quiz_url=quiz.url if quiz else "")


@register_hole("lesson_done")
def lesson_done_lines(request, lesson_id: int, quiz_url: str) -> str:
    done = records.has_completed(
        lesson_id, sessions.learner_for(request), request.session.session_key or ""
    )
    context = {"lesson_id": lesson_id, "done": done, "quiz_url": quiz_url}
    return render_hole(request, "learners/includes/lesson_done.html", context)


hooks.register(QUIZ_SUBMITTED, record_submission)
register_snippet(AwardViewSet)


@hooks.register("register_log_actions")
def learner_log_actions(actions):
    """What the learner's history says of PIN resets and cards (never a PIN or a code)."""
    actions.register_action(
        "learners.pin_reset", _("PIN reset"), _("PIN reset by staff, the learner present")
    )
    actions.register_action(
        "learners.recovery_code_issued",
        _("Learner card made"),
        _("New learner card (recovery code) made by staff, the learner present"),
    )
    actions.register_action(
        "learners.pin_recovered",
        _("PIN set with the learner card"),
        _("New PIN set by the learner with their recovery code"),
    )


@hooks.register("register_admin_viewset")
def register_learner_viewsets():
    return LearnersGroup()


class LearnerReportMenuItem(MenuItem):
    def is_shown(self, request):
        return ModelPermissionPolicy(QuizAttempt).user_has_permission(request.user, "view")


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", QuizReportView.as_view(), name="quizzes"),
        path("results/", QuizReportView.as_view(results_only=True), name="quizzes_results"),
        path("questions/", QuestionReportView.as_view(), name="questions"),
        path(
            "questions/results/",
            QuestionReportView.as_view(results_only=True),
            name="questions_results",
        ),
    ]
    return [path("reports/learners/", include((urls, "learner_reports")))]


# In the learners' menu, after the learners, attempts and certificates (orders 1 to 3).
@hooks.register(LEARNERS_MENU_HOOK)
def quiz_report_menu_item():
    return LearnerReportMenuItem(
        _("Quiz results"), reverse("learner_reports:quizzes"), icon_name="table", order=4
    )


@hooks.register(LEARNERS_MENU_HOOK)
def question_report_menu_item():
    return LearnerReportMenuItem(
        _("Hardest questions"), reverse("learner_reports:questions"), icon_name="help", order=5
    )
