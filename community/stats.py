"""The campaign's figures from the database, for the household page, the dashboard and the
quarterly report. The rules themselves are pure functions in ``rules``; here only facts and
counts are gathered, in a fixed number of queries however many households there are.

Every figure can be taken at a past date: what was recorded on or before that day counts.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db.models import Min, Sum

from learners.models import LessonCompletion, SkillAchievement
from places.models import Commune, Village

from .models import (
    CommuneDay,
    Household,
    Member,
    OutcomeSeen,
    ProgressKind,
    Recognition,
    VillageDay,
    Visit,
)
from .rules import Counts, HouseholdFacts, Meaning

ADULT_AGE = 15


def household_facts(
    households: Iterable[Household], on: date | None = None
) -> dict[int, HouseholdFacts]:
    """The facts behind the five criteria, for each household (by id)."""
    households = list(households)
    ids = [household.pk for household in households]
    meanings = defaultdict(set)
    seen = OutcomeSeen.objects.filter(member__household__in=ids)
    if on:
        seen = seen.filter(seen_on__lte=on)
    for household_id, meaning in seen.values_list("member__household", "outcome__meaning"):
        meanings[household_id].add(meaning)
    skills = defaultdict(set)
    shown = SkillAchievement.objects.filter(learner__membership__household__in=ids)
    practised = LessonCompletion.objects.filter(learner__membership__household__in=ids)
    if on:
        shown = shown.filter(achieved_at__date__lte=on)
        practised = practised.filter(created_at__date__lte=on)
    for household_id, code in shown.values_list("learner__membership__household", "skill__code"):
        skills[household_id].add(code)
    for household_id, code in practised.values_list(
        "learner__membership__household", "lesson__skills__code"
    ):
        if code:
            skills[household_id].add(code)
    return {
        household.pk: HouseholdFacts(
            has_device=household.has_smartphone_online,
            meanings=frozenset(meanings[household.pk]),
            skill_codes=frozenset(skills[household.pk]),
        )
        for household in households
    }


@dataclass
class FirstDates:
    """The day each household or resident first counted for each target, per village."""

    reached: dict[int, dict[int, date]]  # village → household → date
    vneid: dict[int, dict[int, date]]  # village → member → date
    online: dict[int, dict[int, date]]  # village → household → date (both online and cashless)
    digital: dict[int, list[tuple[date, date | None]]]  # village → (recognised, revoked)


def _min(dates: dict, key, day: date) -> None:
    if key not in dates or day < dates[key]:
        dates[key] = day


def first_dates(villages: Iterable[Village] | None = None) -> FirstDates:
    """Gathered from the records, in six queries (but reading every household's records).

    The rules of the summary the dashboard reads (``Tallies``, kept by the triggers of
    migration ``community/0004_progress_summary``); the tests check that the two agree."""
    households = Household.objects.all()
    if villages is not None:
        households = households.filter(village__in=list(villages))
    village_of = dict(households.values_list("pk", "village"))
    reached: dict = defaultdict(dict)
    vneid: dict = defaultdict(dict)
    online: dict = defaultdict(dict)
    digital: dict = defaultdict(list)

    seen = (
        OutcomeSeen.objects.filter(member__household__in=village_of)
        .values("member", "member__household", "member__birth_year", "outcome__meaning")
        .annotate(first=Min("seen_on"))
    )
    per_household_meaning: dict = defaultdict(dict)
    for row in seen:
        household, day = row["member__household"], row["first"]
        _min(reached[village_of[household]], household, day)
        _min(per_household_meaning[household], row["outcome__meaning"], day)
        born = row["member__birth_year"]
        adult = born is None or day.year - born >= ADULT_AGE
        if row["outcome__meaning"] == Meaning.VNEID_ACCOUNT and adult:
            _min(vneid[village_of[household]], row["member"], day)
    completions = (
        LessonCompletion.objects.filter(learner__membership__household__in=village_of)
        .values("learner__membership__household")
        .annotate(first=Min("created_at"))
    )
    for row in completions:
        household = row["learner__membership__household"]
        _min(reached[village_of[household]], household, row["first"].date())
    for household, meanings in per_household_meaning.items():
        if Meaning.ONLINE_SERVICES in meanings and Meaning.CASHLESS in meanings:
            day = max(meanings[Meaning.ONLINE_SERVICES], meanings[Meaning.CASHLESS])
            online[village_of[household]][household] = day
    for household, recognised, revoked in Recognition.objects.filter(
        household__in=village_of
    ).values_list("household", "recognised_on", "revoked_on"):
        digital[village_of[household]].append((recognised, revoked))
    return FirstDates(reached, vneid, online, digital)


def counts_from_dates(village: Village, dates: FirstDates, day: date) -> Counts:
    """A village's counts on ``day``, from its first dates."""

    def upto(values: dict) -> int:
        return sum(1 for first in values.get(village.pk, {}).values() if first <= day)

    return Counts(
        households=village.households,
        residents=village.residents_15_plus,
        reached=upto(dates.reached),
        vneid=upto(dates.vneid),
        online_and_cashless=upto(dates.online),
        digital_households=sum(
            1
            for recognised, revoked in dates.digital.get(village.pk, [])
            if recognised <= day and (revoked is None or revoked > day)
        ),
    )


# The summary -------------------------------------------------------------------------------

ALL = 0  # the area key of a summed whole (a commune, or the whole deployment)


@dataclass
class Tallies:
    """Per area (a village, a commune or ``ALL``) and ``ProgressKind``: the days with a change
    and the running total on each, from the summary tables (``VillageDay``, ``CommuneDay``)."""

    days: dict[tuple[int, str], list[date]] = field(default_factory=dict)
    totals: dict[tuple[int, str], list[int]] = field(default_factory=dict)
    first: date | None = None  # the first day anything counted for a target

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, str, date, int]]) -> Tallies:
        """``rows``: (area, kind, day, change), by day."""
        tallies = cls()
        for area, kind, day, n in rows:
            days = tallies.days.setdefault((area, kind), [])
            totals = tallies.totals.setdefault((area, kind), [])
            if days and days[-1] == day:
                totals[-1] += n
            else:
                days.append(day)
                totals.append((totals[-1] if totals else 0) + n)
            if n > 0 and kind != ProgressKind.REVOKED:
                tallies.first = day if tallies.first is None else min(tallies.first, day)
        return tallies

    def upto(self, area: int, kind: str, day: date) -> int:
        days = self.days.get((area, kind))
        if not days:
            return 0
        i = bisect_right(days, day)
        return self.totals[(area, kind)][i - 1] if i else 0

    def counts(self, area: int, households: int, residents: int, day: date) -> Counts:
        return Counts(
            households=households,
            residents=residents,
            reached=self.upto(area, ProgressKind.REACHED, day),
            vneid=self.upto(area, ProgressKind.VNEID, day),
            online_and_cashless=self.upto(area, ProgressKind.ONLINE, day),
            digital_households=self.upto(area, ProgressKind.RECOGNISED, day)
            - self.upto(area, ProgressKind.REVOKED, day),
        )


def village_tallies(villages: Iterable[Village]) -> Tallies:
    """Each village's tallies, in one query (a row per village, kind and day with a change)."""
    rows = (
        VillageDay.objects.filter(village_id__in=[village.pk for village in villages])
        .exclude(n=0)
        .order_by("day")
        .values_list("village_id", "kind", "day", "n")
    )
    return Tallies.from_rows(rows)


def whole_tallies(commune: Commune | None = None) -> Tallies:
    """A commune's tallies, or the whole deployment's, as area ``ALL``: one query."""
    rows = CommuneDay.objects.exclude(n=0)
    if commune is not None:
        rows = rows.filter(commune_id=commune.pk)
    rows = rows.values("kind", "day").annotate(total=Sum("n")).order_by("day")
    return Tallies.from_rows((ALL, row["kind"], row["day"], row["total"]) for row in rows)


def communes_on(day: date) -> dict[int, Tallies]:
    """Every commune's tallies on ``day`` (area: the commune's id; 0 for villages with none),
    one query: a row per commune and kind."""
    rows = (
        CommuneDay.objects.filter(day__lte=day)
        .values("commune_id", "kind")
        .annotate(total=Sum("n"))
        .order_by("commune_id")
    )
    return Tallies.from_rows((row["commune_id"], row["kind"], day, row["total"]) for row in rows)


def counts_on(village: Village, tallies: Tallies, day: date) -> Counts:
    """A village's counts on ``day``, from the summary."""
    return tallies.counts(village.pk, village.households, village.residents_15_plus, day)


def commune_counts(villages: list[Village], tallies: Tallies, day: date) -> Counts:
    total = Counts(0, 0)
    for village in villages:
        total = total + counts_on(village, tallies, day)
    return total


def weeks(start: date, end: date) -> list[date]:
    """The Sundays from ``start`` to ``end``, and ``end`` itself: the points of a chart."""
    day = start + timedelta(days=(6 - start.weekday()) % 7)
    points = []
    while day < end:
        points.append(day)
        day += timedelta(days=7)
    return [*points, end]


def visits_per_week(villages: list[Village], start: date, end: date) -> list[tuple[date, int]]:
    """Visits in each week ending on the given Sundays."""
    points = weeks(start, end)
    days = sorted(
        Visit.objects.filter(
            household__village__in=villages, visited_on__gte=start, visited_on__lte=end
        ).values_list("visited_on", flat=True)
    )
    result, previous = [], start - timedelta(days=1)
    for point in points:
        result.append((point, sum(1 for day in days if previous < day <= point)))
        previous = point
    return result


def not_yet_visited(villages: Iterable[Village]):
    """Households on the list with no visit yet, oldest first."""
    return (
        Household.objects.current()
        .filter(village__in=list(villages), visits__isnull=True)
        .order_by("created_at", "pk")
    )


def members_count(households) -> int:
    return Member.objects.filter(household__in=households).count()
