"""Staff reports with spreadsheet export: how each quiz goes, which questions are hard.

Each language's quiz is a page of its own: its rows are counted apart and its questions are
read in its own words (a question keeps its block id in every translation).
"""

from __future__ import annotations

import django_filters
from django.conf import settings
from django.db.models import QuerySet
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from core.replica import on_replica
from quizzes.models import QuizPage

from . import stats
from .models import QuestionOutcome, QuizAttempt


class LanguageFilterSet(WagtailFilterSet):
    """One language at a time, or all; the view applies it in SQL (rows are not a queryset)."""

    language = django_filters.ChoiceFilter(
        label=_("Language"),
        choices=settings.WAGTAIL_CONTENT_LANGUAGES,
        method="keep",
        empty_label=_("All languages"),
    )

    class Meta:
        model = QuizAttempt
        fields = []

    def keep(self, queryset, name, value):
        return queryset


class LearnerReportView(ReportView):
    """Reports over attempts: for staff allowed to see quiz attempts."""

    permission_policy = ModelPermissionPolicy(QuizAttempt)
    permission_required = "view"
    header_icon = "table"
    paginate_by = 100
    filterset_class = LanguageFilterSet

    @cached_property
    def language(self) -> str:
        """The language asked for, or "" for all."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("language") or ""
        return ""

    def in_language(self, records: QuerySet) -> QuerySet:
        if self.language:
            return records.filter(quiz__locale__language_code=self.language)
        return records

    def quizzes_in_language(self) -> QuerySet:
        quizzes = QuizPage.objects.all()
        if self.language:
            return quizzes.filter(locale__language_code=self.language)
        return quizzes

    def filter_queryset(self, queryset):
        return queryset  # already filtered in SQL by ``in_language``

    def quiz_pages(self, pks) -> dict[int, QuizPage]:
        return {
            quiz.pk: quiz for quiz in QuizPage.objects.filter(pk__in=pks).select_related("locale")
        }


class QuizReportView(LearnerReportView):
    page_title = _("Quiz results")
    index_url_name = "learner_reports:quizzes"
    index_results_url_name = "learner_reports:quizzes_results"
    columns = [
        Column("quiz", label=_("Quiz")),
        Column("language", label=_("Language")),
        Column("topic", label=_("Topic")),
        Column("people", label=_("People who tried")),
        Column("people_passed", label=_("People who passed")),
        Column("pass_rate", label=_("People passed (%)")),
        Column("attempts", label=_("Attempts")),
        Column("attempts_passed", label=_("Attempts passed")),
    ]
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_filename(self) -> str:
        return "ket-qua-bai-kiem-tra"

    @on_replica
    def get_queryset(self):
        if stats.tallied():
            rows = stats.quiz_rows_tallied(self.quizzes_in_language())
        else:
            rows = stats.quiz_rows(self.in_language(QuizAttempt.objects.all()))
        quizzes = self.quiz_pages(row["quiz"] for row in rows)
        # The topics' titles in one query: each quiz's parent page.
        parents = {quiz.path[: -Page.steplen] for quiz in quizzes.values()}
        titles = dict(Page.objects.filter(path__in=parents).values_list("path", "title"))
        topics = {pk: titles.get(quiz.path[: -Page.steplen], "") for pk, quiz in quizzes.items()}
        report = [
            {
                "quiz": quizzes[row["quiz"]].title,
                "language": quizzes[row["quiz"]].locale.get_display_name(),
                "topic": topics[row["quiz"]],
                "people": row["people"],
                "people_passed": row["people_passed"],
                "pass_rate": stats.percent(row["people_passed"], row["people"]),
                "attempts": row["attempts"],
                "attempts_passed": row["attempts_passed"],
            }
            for row in rows
            if row["quiz"] in quizzes
        ]
        return sorted(report, key=lambda row: (row["pass_rate"], row["quiz"]))


class QuestionReportView(LearnerReportView):
    page_title = _("Hardest questions")
    index_url_name = "learner_reports:questions"
    index_results_url_name = "learner_reports:questions_results"
    columns = [
        Column("question", label=_("Question")),
        Column("quiz", label=_("Quiz")),
        Column("language", label=_("Language")),
        Column("answered", label=_("Answered")),
        Column("correct", label=_("Answered correctly")),
        Column("correct_rate", label=_("Correct (%)")),
    ]
    list_export = [column.name for column in columns]
    export_headings = {column.name: column.label for column in columns}

    def get_filename(self) -> str:
        return "cau-hoi-kho"

    @on_replica
    def get_queryset(self):
        if stats.tallied():
            rows = stats.question_rows_tallied(self.quizzes_in_language())
        else:
            rows = stats.question_rows(self.in_language(QuestionOutcome.objects.all()))
        quizzes = self.quiz_pages({row["quiz"] for row in rows})
        # Each quiz's questions in its own language, by block id; read from the stored blocks
        # (a question's text is plain text), so that no block fetches its skill and pictures.
        texts = {
            (quiz.pk, block["id"]): block["value"]["text"]
            for quiz in quizzes.values()
            for block in quiz.questions.raw_data
        }
        report = [
            {
                "question": texts.get(
                    (row["quiz"], row["question_id"]), gettext("(question since removed)")
                ),
                "quiz": quizzes[row["quiz"]].title,
                "language": quizzes[row["quiz"]].locale.get_display_name(),
                "answered": row["answered"],
                "correct": row["correct"],
                "correct_rate": stats.percent(row["correct"], row["answered"]),
            }
            for row in rows
            if row["quiz"] in quizzes
        ]
        # The hardest first.
        return sorted(
            report, key=lambda row: (row["correct_rate"], -row["answered"], row["question"])
        )
