"""The officers' dashboard (“Tiến độ chiến dịch”) and its summary on the admin's home page.

Every figure comes from ``stats`` (facts and counts, in a fixed number of queries) and
``rules`` (figures and pace, pure functions): the quarterly report uses the same two, so the
screen and the file cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum, Window
from django.db.models.functions import RowNumber
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.replica import on_replica
from places.models import Commune, Village

from . import access
from .chart import Series, progress_chart
from .models import Household, Target, TrainerProfile, Visit
from .rules import Counts, Figure, Pace, TargetKey, figure, pace
from .stats import (
    ALL,
    Tallies,
    commune_counts,
    communes_on,
    counts_on,
    village_tallies,
    visits_per_week,
    weeks,
    whole_tallies,
)

WEEKS_OF_VISITS = 12
NEXT_PER_TRAINER = 5

# Short names of the targets, for table headings and the chart's legend.
SHORT_NAMES = {
    TargetKey.REACHED: _("Households reached"),
    TargetKey.VNEID: _("Residents with VNeID"),
    TargetKey.ONLINE_AND_CASHLESS: _("Online services and cashless"),
    TargetKey.DIGITAL_HOUSEHOLDS: _("“Gia đình số”"),
}


@dataclass(frozen=True)
class TargetFigure:
    """One target's figure for one area, its goal and whether it keeps pace."""

    target: Target
    figure: Figure
    pace: Pace

    @property
    def short_name(self):
        return SHORT_NAMES[self.target.key]

    @property
    def pace_label(self):
        return Pace(self.pace).label


def target_figures(targets: list[Target], counts: Counts, day: date) -> list[TargetFigure]:
    result = []
    for target in targets:
        value = figure(TargetKey(target.key), counts)
        result.append(
            TargetFigure(
                target,
                value,
                pace(value.percent, target.goal, target.starts_on, target.deadline, day),
            )
        )
    return result


@dataclass
class Area:
    """The commune, or one village: its figures on a day."""

    name: str
    village: Village | None
    counts: Counts
    figures: list[TargetFigure]
    recorded: int = 0  # households on the list
    not_visited: int = 0


@dataclass
class Progress:
    """What the dashboard, the home panel and the report read: gathered once."""

    day: date
    targets: list[Target]
    commune: Commune | None = None

    @classmethod
    def gather(cls, day: date | None = None, commune: Commune | None = None) -> Progress:
        """The whole deployment, or one commune (a province's portal). Its villages are
        loaded only when asked for: the whole's figures need only their summed sizes."""
        return cls(
            day=day or timezone.localdate(),
            targets=list(Target.objects.all()),
            commune=commune,
        )

    @cached_property
    def villages(self) -> list[Village]:
        """The whole deployment's villages, or the commune's."""
        villages = Village.objects.all()
        if self.commune is not None:
            villages = villages.filter(commune=self.commune)
        return list(villages)

    @cached_property
    def sizes(self) -> tuple[int, int]:
        """The whole's official counts: (households, residents aged 15 and over), summed by
        the database (or from the villages when they are loaded already)."""
        if "villages" in self.__dict__:
            return (
                sum(village.households for village in self.villages),
                sum(village.residents_15_plus for village in self.villages),
            )
        villages = Village.objects.all()
        if self.commune is not None:
            villages = villages.filter(commune=self.commune)
        total = villages.aggregate(households=Sum("households"), residents=Sum("residents_15_plus"))
        return total["households"] or 0, total["residents"] or 0

    @cached_property
    def tallies(self) -> Tallies:
        """Each village's summary (read when a village's figures are asked for)."""
        return village_tallies(self.villages)

    @cached_property
    def whole(self) -> Tallies:
        """The commune's, or the whole deployment's, summary as one area (``ALL``)."""
        return whole_tallies(self.commune)

    def counts(self, villages: list[Village] | None = None, day: date | None = None) -> Counts:
        """The counts of ``villages``, or of the whole (``None``), on ``day``."""
        day = day or self.day
        if villages is None:
            return self.whole.counts(ALL, *self.sizes, day)
        return commune_counts(villages, self.tallies, day)

    def village_area(self, village: Village, day: date | None = None) -> Area:
        counts = counts_on(village, self.tallies, day or self.day)
        return Area(
            village.name, village, counts, target_figures(self.targets, counts, day or self.day)
        )

    def commune_area(self, name, day: date | None = None) -> Area:
        counts = self.counts(None, day)
        return Area(str(name), None, counts, target_figures(self.targets, counts, day or self.day))

    @cached_property
    def start(self) -> date:
        starts = [target.starts_on for target in self.targets]
        return min(starts) if starts else self.day

    @cached_property
    def first_recorded(self) -> date | None:
        """The first day anything counted for any target, or None."""
        return self.whole.first

    @cached_property
    def chart_start(self) -> date:
        """The chart begins a week before the first record, not months of zeros before it
        (but never before the campaign's start)."""
        first = self.first_recorded
        if first is None:
            return self.start
        return max(self.start, first - timedelta(days=7))


def chosen_commune(request) -> Commune | None:
    """The commune asked for (``?xa=<id>``) on a province's portal, or None for all."""
    chosen = request.GET.get("xa", "")
    return Commune.objects.filter(pk=int(chosen)).first() if chosen.isdigit() else None


def household_tallies(villages: list[Village]) -> dict[int, tuple[int, int]]:
    """village → (households on the list, of them never visited), in one query."""
    visited = Visit.objects.filter(household=OuterRef("pk"))
    rows = (
        Household.objects.current()
        .filter(village__in=villages)
        .annotate(visited=Exists(visited))
        .values("village")
        .annotate(recorded=Count("pk"), not_visited=Count("pk", filter=Q(visited=False)))
    )
    return {row["village"]: (row["recorded"], row["not_visited"]) for row in rows}


@dataclass
class TrainerRound:
    """A trainer and the households to visit next in their villages."""

    trainer: TrainerProfile
    households: list[Household] = field(default_factory=list)


def next_visits(villages: list[Village], per_trainer: int = NEXT_PER_TRAINER) -> list[TrainerRound]:
    """For each trainer of ``villages``: never visited first (the longest on the list first),
    then the longest since their last visit. Three queries, however many households."""
    trainers = list(
        TrainerProfile.objects.filter(villages__in=villages)
        .distinct()
        .select_related("user")
        .prefetch_related("villages")
        .order_by("user__username")
    )
    last_visit = Subquery(
        Visit.objects.filter(household=OuterRef("pk"))
        .order_by("-visited_on")
        .values("visited_on")[:1]
    )
    candidates = (
        Household.objects.current()
        .filter(village__in=villages)
        .annotate(last_visit=last_visit)
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("village_id")],
                order_by=[
                    F("last_visit").asc(nulls_first=True),
                    F("created_at").asc(),
                    F("pk").asc(),
                ],
            )
        )
        .filter(rank__lte=per_trainer)
        .select_related("village")
    )
    by_village: dict[int, list[Household]] = {}
    for household in candidates:
        by_village.setdefault(household.village_id, []).append(household)
    wanted = {village.pk for village in villages}
    rounds = []
    for trainer in trainers:
        households = [
            household
            for village in trainer.villages.all()
            if village.pk in wanted
            for household in by_village.get(village.pk, [])
        ]
        households.sort(
            key=lambda h: (h.last_visit is not None, h.last_visit or date.min, h.created_at, h.pk)
        )
        rounds.append(TrainerRound(trainer, households[:per_trainer]))
    return rounds


def chart_points(start: date, end: date) -> list[date]:
    """Weekly points from the campaign's start to ``end`` (the start itself first)."""
    if end <= start:
        return [end]
    return [start, *weeks(start, end)]


def progress_series(
    progress: Progress, villages: list[Village] | None, points: list[date]
) -> list[Series]:
    """One line per target: its percent at each point (``villages`` None: the whole)."""
    counts = [progress.counts(villages, point) for point in points]
    series = []
    for target in progress.targets:
        key = TargetKey(target.key)
        series.append(
            Series(
                label=str(SHORT_NAMES[key]),
                values=[figure(key, c).percent for c in counts],
                goal=target.goal,
            )
        )
    return series


@dataclass
class CommuneArea:
    """One commune's row of a province's whole view."""

    commune: Commune | None
    area: Area
    whole: bool = False  # the row of the whole province, first


def commune_areas(progress: Progress) -> list[CommuneArea]:
    """Every commune's figures on the day, from the summary: three queries, however many
    communes, villages and households (villages with no commune make one row more)."""
    tallies = communes_on(progress.day)
    sizes = {
        row["commune"]: (row["households"] or 0, row["residents"] or 0)
        for row in Village.objects.values("commune").annotate(
            households=Sum("households"), residents=Sum("residents_15_plus")
        )
    }
    rows = []
    communes: list[Commune | None] = list(Commune.objects.order_by("name"))
    if None in sizes:
        communes.append(None)
    for commune in communes:
        key = commune.pk if commune is not None else 0
        households, residents = sizes.get(commune.pk if commune else None, (0, 0))
        counts = tallies.counts(key, households, residents, progress.day)
        name = str(commune) if commune is not None else str(_("Villages with no commune"))
        area = Area(name, None, counts, target_figures(progress.targets, counts, progress.day))
        rows.append(CommuneArea(commune, area))
    return rows


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    """“Tiến độ chiến dịch”: per commune and village, each target, visits and who to visit."""

    template_name = "community/admin/dashboard.html"
    page_title = _("Campaign progress")
    header_icon = "dashboard"

    def dispatch(self, request, *args, **kwargs):
        if not access.is_officer(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    @cached_property
    def commune(self) -> Commune | None:
        return chosen_commune(self.request)

    @cached_property
    def province(self) -> bool:
        """A province's portal with no commune chosen: one row per commune, not per village."""
        return self.commune is None and Commune.objects.exists()

    def get_template_names(self):
        if self.province:
            return ["community/admin/dashboard_province.html"]
        return super().get_template_names()

    def province_context(self, context):
        progress = Progress.gather()
        whole = progress.commune_area(_("Whole province"))
        day = progress.day
        context.update(
            {
                "progress": progress,
                "whole": whole,
                # One loop renders every row (the pace mark inline, not an include per cell).
                "communes": [CommuneArea(None, whole, whole=True), *commune_areas(progress)],
                "targets": [(t, SHORT_NAMES[t.key]) for t in progress.targets],
                **chart_context(progress, None, whole.name),
                "today": day,
            }
        )
        return context

    @on_replica
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.province:
            return self.province_context(context)
        progress = Progress.gather(commune=self.commune)
        villages = progress.villages
        selected = None
        chosen = self.request.GET.get("thon", "")
        if chosen.isdigit():
            selected = next((v for v in villages if v.pk == int(chosen)), None)
        shown = [selected] if selected else villages
        tallies = household_tallies(villages)

        commune = progress.commune_area(_("Whole commune"))
        commune.recorded = sum(recorded for recorded, _n in tallies.values())
        commune.not_visited = sum(n for _r, n in tallies.values())
        areas = []
        for village in villages:
            area = progress.village_area(village)
            area.recorded, area.not_visited = tallies.get(village.pk, (0, 0))
            areas.append(area)
        focus = next(a for a in areas if a.village == selected) if selected else commune

        day = progress.day
        recent = visits_per_week(shown, day - timedelta(days=7 * WEEKS_OF_VISITS - 1), day)
        context.update(
            {
                "progress": progress,
                "commune": commune,
                "areas": areas,
                "focus": focus,
                "selected": selected,
                "villages": villages,
                "targets": [(t, SHORT_NAMES[t.key]) for t in progress.targets],
                "recent_visits": recent,
                "recent_total": sum(n for _d, n in recent),
                **chart_context(progress, [selected] if selected else None, focus.name),
                "rounds": next_visits(shown),
                "today": day,
            }
        )
        return context


def chart_context(progress, villages, area_name) -> dict:
    """What ``community/admin/progress_chart.html`` shows: the targets week by week for
    ``villages`` (``None``: the whole area named ``area_name``) and the same numbers as a table."""
    day = progress.day
    points = chart_points(progress.chart_start, day)
    series = progress_series(progress, villages, points)
    title = _("Progress of the targets, %(area)s") % {"area": area_name}
    desc = _(
        "Share of each target reached, week by week, from %(start)s to %(end)s. "
        "The table under the chart gives the same numbers."
    ) % {"start": points[0].strftime("%d/%m/%Y"), "end": day.strftime("%d/%m/%Y")}
    return {
        "chart": progress_chart(series, points, title=str(title), desc=str(desc)),
        "chart_title": title,
        "chart_rows": [(point, [s.values[i] for s in series]) for i, point in enumerate(points)],
        "chart_series": series,
    }


class CampaignSummaryPanel(Component):
    """The admin home's summary for officers: the commune's targets and a link to the rest."""

    name = "campaign_summary"
    order = 90

    @on_replica
    def render_html(self, parent_context=None):
        progress = Progress.gather()
        commune = progress.commune_area(_("Whole commune"))
        return render_to_string(
            "community/admin/home_panel.html", {"commune": commune, "today": progress.day}
        )
