"""Staff reports with spreadsheet export: how each quiz goes, which questions are hard."""

from __future__ import annotations

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from quizzes.models import QuizPage

from . import stats
from .models import QuizAttempt


class LearnerReportView(ReportView):
    """Reports over attempts: for staff allowed to see quiz attempts."""

    permission_policy = ModelPermissionPolicy(QuizAttempt)
    permission_required = "view"
    header_icon = "table"
    paginate_by = 100


class QuizReportView(LearnerReportView):
    page_title = _("Quiz results")
    index_url_name = "learner_reports:quizzes"
    index_results_url_name = "learner_reports:quizzes_results"
    columns = [
        Column("quiz", label=_("Quiz")),
        Column("topic", label=_("Topic")),
        Column("attempts", label=_("Attempts")),
        Column("learners", label=_("Learners")),
        Column("passed", label=_("Passed")),
        Column("pass_rate", label=_("Pass rate (%)")),
    ]
    list_export = ["quiz", "topic", "attempts", "learners", "passed", "pass_rate"]
    export_headings = {column.name: column.label for column in columns}

    def get_filename(self) -> str:
        return "ket-qua-bai-kiem-tra"

    def get_queryset(self):
        by_quiz = {row["quiz"]: row for row in stats.quiz_rows()}
        rows = []
        for quiz in QuizPage.objects.filter(pk__in=by_quiz).select_related("locale"):
            row = by_quiz[quiz.pk]
            rows.append(
                {
                    "quiz": f"{quiz.title} ({quiz.locale.language_code})",
                    "topic": quiz.get_parent().title,
                    "attempts": row["attempts"],
                    "learners": row["learners"],
                    "passed": row["passed"],
                    "pass_rate": stats.percent(row["passed"], row["attempts"]),
                }
            )
        return sorted(rows, key=lambda row: row["pass_rate"])


class QuestionReportView(LearnerReportView):
    page_title = _("Hardest questions")
    index_url_name = "learner_reports:questions"
    index_results_url_name = "learner_reports:questions_results"
    columns = [
        Column("question", label=_("Question")),
        Column("quiz", label=_("Quiz")),
        Column("answered", label=_("Answered")),
        Column("correct", label=_("Answered correctly")),
        Column("correct_rate", label=_("Correct (%)")),
    ]
    list_export = ["question", "quiz", "answered", "correct", "correct_rate"]
    export_headings = {column.name: column.label for column in columns}

    def get_filename(self) -> str:
        return "cau-hoi-kho"

    @cached_property
    def question_texts(self) -> dict[str, tuple[str, str]]:
        texts = {}
        for quiz in QuizPage.objects.all():
            for block in quiz.questions:
                texts[block.id] = (block.value["text"], quiz.title)
        return texts

    def get_queryset(self):
        rows = []
        for row in stats.question_rows():
            text, quiz = self.question_texts.get(
                row["question_id"], (_("(question since removed)"), "")
            )
            rows.append(
                {
                    "question": text,
                    "quiz": quiz,
                    "answered": row["answered"],
                    "correct": row["correct"],
                    "correct_rate": stats.percent(row["correct"], row["answered"]),
                }
            )
        # The hardest first.
        return sorted(
            rows, key=lambda row: (row["correct_rate"], -row["answered"], row["question"])
        )
