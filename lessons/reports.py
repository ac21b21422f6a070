"""Editors' report: lessons whose facts must be checked again against the app and the rules."""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import LessonPage, recheck_reason


class LessonsToRecheckView(ReportView):
    """Lessons not checked for six months, never checked, or whose app has changed its screens.

    Only the default language: translations share the sources and the check date.
    """

    page_title = _("Lessons to check again")
    header_icon = "time"
    index_url_name = "lesson_reports:recheck"
    index_results_url_name = "lesson_reports:recheck_results"
    permission_policy = PagePermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 100
    columns = [
        TitleColumn(
            "title",
            label=_("Lesson"),
            get_url=lambda lesson: reverse("wagtailadmin_pages:edit", args=[lesson.pk]),
        ),
        Column("topic", label=_("Topic")),
        Column("last_checked_shown", label=_("Last checked")),
        Column("reason", label=_("Why")),
        Column("status", label=_("Status")),
    ]
    list_export = ["title", "topic", "last_checked", "reason", "status", "public_url"]
    export_headings = {
        "title": _("Lesson"),
        "topic": _("Topic"),
        "last_checked": _("Last checked"),
        "reason": _("Why"),
        "status": _("Status"),
        "public_url": _("Address"),
    }

    def get_filename(self) -> str:
        return "bai-hoc-can-kiem-tra-lai"

    def get_queryset(self):
        today = timezone.localdate()
        lessons = list(
            LessonPage.objects.filter(locale=Locale.get_default())
            .to_recheck(today)
            .order_by("last_checked", "path")
        )
        parents = {lesson.path[: -Page.steplen] for lesson in lessons}
        titles = dict(Page.objects.filter(path__in=parents).values_list("path", "title"))
        for lesson in lessons:
            lesson.topic = titles.get(lesson.path[: -Page.steplen], "")
            lesson.reason = recheck_reason(lesson.last_checked, lesson.app_changed, today)
            lesson.last_checked_shown = (
                f"{lesson.last_checked:%d/%m/%Y}" if lesson.last_checked else _("never")
            )
            lesson.status = _("live") if lesson.live else _("draft")
            lesson.public_url = lesson.full_url or ""
        return lessons
