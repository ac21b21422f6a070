"""Editors' tools for lessons: the report of lessons to check again."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import LessonsToRecheckView


class RecheckMenuItem(MenuItem):
    def is_shown(self, request):
        return LessonsToRecheckView.permission_policy.user_has_any_permission(
            request.user, LessonsToRecheckView.any_permission_required
        )


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", LessonsToRecheckView.as_view(), name="recheck"),
        path("results/", LessonsToRecheckView.as_view(results_only=True), name="recheck_results"),
    ]
    return [path("reports/lessons-to-recheck/", include((urls, "lesson_reports")))]


@hooks.register("register_reports_menu_item")
def recheck_menu_item():
    return RecheckMenuItem(
        _("Lessons to check again"),
        reverse("lesson_reports:recheck"),
        icon_name="time",
        order=100,
    )
