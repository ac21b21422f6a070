"""The campaign's rules as pure functions: no database, no request.

- “Gia đình số” (the commune's plan for the movement): five criteria a household meets, each
  derived from plain facts about its members (what a trainer saw them do, what they learned).
- The targets of the door-to-door campaign: a figure, a goal and whether the commune is on
  track, from counts.

``community.stats`` gathers the facts and counts from the database; everything here can be
checked by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.db.models import TextChoices
from django.utils.translation import gettext_lazy as _

# Framework skills of the area “4 An toàn” (safety): any of them shown or practised by a
# member means the household understands online safety.
SAFETY_AREA = "4"


class Meaning(TextChoices):
    """What an outcome a trainer saw counts for: a criterion and, for some, a target."""

    VNEID_ACCOUNT = "vneid_account", _("has a VNeID account")
    ONLINE_SERVICES = "online_services", _("uses online public services through VNeID")
    CASHLESS = "cashless", _("pays without cash")
    ONLINE_LIFE = "online_life", _("learns, cares for health or is entertained online")
    SAFETY = "safety", _("understands online safety and protects children")
    OTHER = "other", _("a step on the way (counts for no target)")


class Criterion(TextChoices):
    """The five criteria of a “Gia đình số” household, in the plan's order."""

    DEVICE = "device", _("A smart device on the Internet")
    ONLINE_SERVICES = "online_services", _("Uses online public services through VNeID")
    CASHLESS = "cashless", _("Pays without cash (QR code, e-wallet, bank app)")
    ONLINE_LIFE = "online_life", _("Learns, cares for health or is entertained online")
    SAFETY = "safety", _("Understands online safety and protects children")


CRITERIA = tuple(Criterion)


@dataclass(frozen=True)
class HouseholdFacts:
    """What is known of one household, from its members' records."""

    has_device: bool  # a smartphone (or other smart device) on the Internet at home
    meanings: frozenset[str] = frozenset()  # meanings of outcomes seen for any member
    skill_codes: frozenset[str] = frozenset()  # framework skills members showed or practised


def criteria_met(facts: HouseholdFacts) -> dict[Criterion, bool]:
    """Which of the five criteria the household meets."""
    safety_skill = any(code.split(".")[0] == SAFETY_AREA for code in facts.skill_codes)
    return {
        Criterion.DEVICE: facts.has_device,
        Criterion.ONLINE_SERVICES: Meaning.ONLINE_SERVICES in facts.meanings,
        Criterion.CASHLESS: Meaning.CASHLESS in facts.meanings,
        Criterion.ONLINE_LIFE: Meaning.ONLINE_LIFE in facts.meanings,
        Criterion.SAFETY: Meaning.SAFETY in facts.meanings or safety_skill,
    }


def is_digital_household(facts: HouseholdFacts) -> bool:
    return all(criteria_met(facts).values())


# Targets -----------------------------------------------------------------------------------


class TargetKey(TextChoices):
    """The campaign's targets (the commune's door-to-door plan and the “Gia đình số” plan)."""

    REACHED = "reached", _("Households reached with at least one basic digital skill")
    VNEID = "vneid", _("Residents aged 15 and over with a VNeID account")
    ONLINE_AND_CASHLESS = (
        "online_and_cashless",
        _("Households using online public services and paying without cash"),
    )
    DIGITAL_HOUSEHOLDS = "digital_households", _("Households recognised as “Gia đình số”")


@dataclass(frozen=True)
class Counts:
    """Counts for one village or the commune, at one date."""

    households: int  # official count (the denominator for household targets)
    residents: int  # official count of residents aged 15 and over
    reached: int = 0
    vneid: int = 0
    online_and_cashless: int = 0
    digital_households: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            *(getattr(self, name) + getattr(other, name) for name in self.__dataclass_fields__)
        )


NUMERATOR = {
    TargetKey.REACHED: ("reached", "households"),
    TargetKey.VNEID: ("vneid", "residents"),
    TargetKey.ONLINE_AND_CASHLESS: ("online_and_cashless", "households"),
    TargetKey.DIGITAL_HOUSEHOLDS: ("digital_households", "households"),
}


@dataclass(frozen=True)
class Figure:
    key: TargetKey
    count: int
    of: int

    @property
    def percent(self) -> float:
        """The share, to one decimal (0 when the official count is not known)."""
        return round(100 * self.count / self.of, 1) if self.of else 0.0


def figure(key: TargetKey, counts: Counts) -> Figure:
    numerator, denominator = NUMERATOR[key]
    return Figure(key, getattr(counts, numerator), getattr(counts, denominator))


class Pace(TextChoices):
    DONE = "done", _("Reached")  # the goal is reached
    ON_TRACK = "on_track", _("On track")  # at least where a steady pace would be today
    BEHIND = "behind", _("Behind")


def pace(percent: float, goal: float, start: date, deadline: date, today: date) -> Pace:
    """Whether a figure keeps pace with a straight line from 0 at ``start`` to ``goal`` at
    ``deadline``."""
    if percent >= goal:
        return Pace.DONE
    if today >= deadline:
        return Pace.BEHIND
    span = (deadline - start).days
    elapsed = max(0, (today - start).days)
    expected = goal * elapsed / span if span > 0 else goal
    return Pace.ON_TRACK if percent >= expected else Pace.BEHIND


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a quarter."""
    first = date(year, 3 * (quarter - 1) + 1, 1)
    last = date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)
