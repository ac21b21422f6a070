"""The quarterly report: per village and for the commune, the dashboard's figures on the
quarter's last day, and what was done in the quarter; on screen, as XLSX and as CSV.

The three come from one list of rows, so the file equals the screen. A quarter that has ended
is kept as first made (``QuarterReport``): a visit recorded late does not change a report the
commune has already sent. The current quarter is computed live, up to today.
"""

from __future__ import annotations

from datetime import date

import django_filters
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from core.replica import on_replica
from places.models import Commune, Village

from . import access
from .dashboard import SHORT_NAMES, Progress, chosen_commune, target_figures
from .models import Problem, QuarterReport, Target, Visit
from .rules import Pace, TargetKey, quarter_bounds, quarter_of

PARTS = ("count", "of", "percent", "goal", "pace")
PART_LABELS = {
    "count": _("reached"),
    "of": _("of"),
    "percent": _("%"),
    "goal": _("goal (%)"),
    "pace": _("pace"),
}
ACTIVITY = {
    "visits": _("Visits in the quarter"),
    "households_visited": _("Households visited in the quarter"),
    "problems_opened": _("Problems passed on in the quarter"),
    "problems_closed": _("Problems closed in the quarter"),
}


def field_names() -> list[str]:
    return [
        "area",
        *(f"{key}_{part}" for key in TargetKey.values for part in PARTS),
        *ACTIVITY,
    ]


def headings() -> dict[str, str]:
    result = {"area": str(_("Village"))}
    for key in TargetKey.values:
        for part in PARTS:
            result[f"{key}_{part}"] = f"{SHORT_NAMES[key]}: {PART_LABELS[part]}"
    result.update({name: str(label) for name, label in ACTIVITY.items()})
    return result


def _activity(villages: list[Village], first: date, last: date) -> dict[int, dict[str, int]]:
    """Per village: visits, households visited, problems passed on and closed in the quarter."""
    result = {village.pk: dict.fromkeys(ACTIVITY, 0) for village in villages}
    visits = (
        Visit.objects.filter(
            visited_on__gte=first, visited_on__lte=last, household__village__in=list(result)
        )
        .values("household__village")
        .annotate(visits=Count("pk"), households=Count("household", distinct=True))
    )
    for row in visits:
        if row["household__village"] in result:
            result[row["household__village"]]["visits"] = row["visits"]
            result[row["household__village"]]["households_visited"] = row["households"]
    opened = (
        Problem.objects.filter(opened_on__gte=first, opened_on__lte=last, village__in=list(result))
        .values("village")
        .annotate(n=Count("pk"))
    )
    for row in opened:
        if row["village"] in result:
            result[row["village"]]["problems_opened"] = row["n"]
    closed = (
        Problem.objects.filter(closed_on__gte=first, closed_on__lte=last, village__in=list(result))
        .values("village")
        .annotate(n=Count("pk"))
    )
    for row in closed:
        if row["village"] in result:
            result[row["village"]]["problems_closed"] = row["n"]
    return result


@on_replica
def compute_rows(
    year: int, quarter: int, today: date, commune: Commune | None = None
) -> list[dict]:
    """The report's rows as data (pace as its code): each village, then the commune."""
    first, last = quarter_bounds(year, quarter)
    day = min(last, today)
    progress = Progress.gather(day, commune=commune)
    activity = _activity(progress.villages, first, day)

    def row(name: str, counts, done: dict[str, int]) -> dict:
        values: dict = {"area": name}
        for item in target_figures(progress.targets, counts, day):
            key = item.target.key
            values[f"{key}_count"] = item.figure.count
            values[f"{key}_of"] = item.figure.of
            values[f"{key}_percent"] = item.figure.percent
            values[f"{key}_goal"] = item.target.goal
            values[f"{key}_pace"] = str(item.pace.value)
        values.update(done)
        return values

    rows = [
        row(village.name, progress.counts([village]), activity[village.pk])
        for village in progress.villages
    ]
    total = {name: sum(a[name] for a in activity.values()) for name in ACTIVITY}
    # A household belongs to one village: the commune's activity is the villages' sum.
    rows.append(row(str(_("Whole commune")), progress.counts(), total))
    return rows


def report_rows(
    year: int, quarter: int, today: date | None = None, commune: Commune | None = None
) -> list[dict]:
    """The rows of a quarter: kept as first made once the quarter has ended.

    One commune of a province's portal is always computed (kept reports are the deployment's).
    """
    today = today or timezone.localdate()
    _first, last = quarter_bounds(year, quarter)
    if last >= today or commune is not None:
        return compute_rows(year, quarter, today, commune)
    kept = QuarterReport.objects.filter(year=year, quarter=quarter).first()
    if kept is not None:
        return kept.rows
    rows = compute_rows(year, quarter, today)
    try:
        with transaction.atomic():
            QuarterReport.objects.create(year=year, quarter=quarter, rows=rows)
    except IntegrityError:  # made by another request at the same moment: theirs counts
        return QuarterReport.objects.get(year=year, quarter=quarter).rows
    return rows


def displayed(row: dict) -> dict:
    """A kept row as shown and written: the pace in words (the language of the reader)."""
    result = dict(row)
    for key in TargetKey.values:
        code = result.get(f"{key}_pace")
        if code in Pace.values:
            result[f"{key}_pace"] = str(Pace(code).label)
    return result


def quarter_choices(today: date | None = None) -> list[tuple[str, str]]:
    today = today or timezone.localdate()
    start = Target.objects.order_by("starts_on").values_list("starts_on", flat=True).first()
    year, quarter = quarter_of(start or today)
    last = quarter_of(today)
    choices = []
    while (year, quarter) <= last:
        choices.append((f"{year}-{quarter}", _("Quarter %(q)s/%(y)s") % {"q": quarter, "y": year}))
        year, quarter = (year, quarter + 1) if quarter < 4 else (year + 1, 1)
    return list(reversed(choices))


class QuarterFilterSet(WagtailFilterSet):
    quy = django_filters.ChoiceFilter(
        label=_("Quarter"), choices=quarter_choices, method="keep", empty_label=None
    )

    class Meta:
        model = QuarterReport
        fields = []

    def keep(self, queryset, name, value):
        return queryset


class QuarterReportView(ReportView):
    """Pick a quarter; see it, download it as XLSX or CSV (Wagtail's exports: every CSV cell
    goes through ``core.exports.neutralise``)."""

    page_title = _("Quarterly report")
    header_icon = "table"
    index_url_name = "campaign_report:index"
    index_results_url_name = "campaign_report:results"
    filterset_class = QuarterFilterSet
    paginate_by = None
    results_template_name = "community/admin/report_results.html"

    def dispatch(self, request, *args, **kwargs):
        if not access.is_officer(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def quarter(self) -> tuple[int, int]:
        value = self.request.GET.get("quy", "")
        valid = {code for code, _label in quarter_choices()}
        if value in valid:
            year, quarter = value.split("-")
            return int(year), int(quarter)
        return quarter_of(timezone.localdate())

    @cached_property
    def list_export(self):
        return field_names()

    @cached_property
    def export_headings(self):
        return headings()

    @cached_property
    def columns(self):
        labels = headings()
        return [Column(name, label=labels[name]) for name in field_names()]

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        data = kwargs["data"].copy()
        data.setdefault("quy", "{}-{}".format(*self.quarter))
        kwargs["data"] = data
        return kwargs

    def get_filename(self) -> str:
        year, quarter = self.quarter
        return f"bao-cao-chien-dich-quy-{quarter}-{year}"

    def get_queryset(self):
        year, quarter = self.quarter
        commune = chosen_commune(self.request)
        return [displayed(row) for row in report_rows(year, quarter, commune=commune)]

    def filter_queryset(self, queryset):
        return queryset

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        year, quarter = self.quarter
        first, last = quarter_bounds(year, quarter)
        today = timezone.localdate()
        context.update(
            {
                "quarter": quarter,
                "year": year,
                "first": first,
                "last": last,
                "as_of": min(last, today),
                "live": last >= today,
            }
        )
        return context
