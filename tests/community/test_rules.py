"""The campaign's rules are pure functions: checked against numbers worked out by hand."""

from datetime import date

import pytest

from community.rules import (
    Counts,
    Criterion,
    HouseholdFacts,
    Meaning,
    Pace,
    TargetKey,
    criteria_met,
    figure,
    is_digital_household,
    pace,
    quarter_bounds,
    quarter_of,
)

EVERYTHING = HouseholdFacts(
    has_device=True,
    meanings=frozenset({Meaning.ONLINE_SERVICES, Meaning.CASHLESS, Meaning.ONLINE_LIFE}),
    skill_codes=frozenset({"4.2"}),
)


def test_a_household_meeting_all_five_criteria_is_a_digital_household():
    assert criteria_met(EVERYTHING) == dict.fromkeys(Criterion, True)
    assert is_digital_household(EVERYTHING)


@pytest.mark.parametrize(
    ("change", "missing"),
    [
        ({"has_device": False}, Criterion.DEVICE),
        (
            {"meanings": frozenset({Meaning.CASHLESS, Meaning.ONLINE_LIFE})},
            Criterion.ONLINE_SERVICES,
        ),
        (
            {"meanings": frozenset({Meaning.ONLINE_SERVICES, Meaning.ONLINE_LIFE})},
            Criterion.CASHLESS,
        ),
        (
            {"meanings": frozenset({Meaning.ONLINE_SERVICES, Meaning.CASHLESS})},
            Criterion.ONLINE_LIFE,
        ),
        ({"skill_codes": frozenset({"2.6", "1.1"})}, Criterion.SAFETY),
    ],
)
def test_each_missing_fact_misses_exactly_its_criterion(change, missing):
    facts = HouseholdFacts(**{**EVERYTHING.__dict__, **change})
    met = criteria_met(facts)
    assert [criterion for criterion, ok in met.items() if not ok] == [missing]
    assert not is_digital_household(facts)


def test_safety_comes_from_an_outcome_or_any_safety_skill():
    base = {"has_device": True, "meanings": frozenset()}
    assert criteria_met(HouseholdFacts(**base, skill_codes=frozenset({"4.3"})))[Criterion.SAFETY]
    outcome = HouseholdFacts(has_device=True, meanings=frozenset({Meaning.SAFETY}))
    assert criteria_met(outcome)[Criterion.SAFETY]
    assert not criteria_met(HouseholdFacts(**base, skill_codes=frozenset({"14.1"})))[
        Criterion.SAFETY
    ]


def test_figures_use_the_official_counts():
    # A village of 240 households and 700 residents aged 15+: 60 reached, 350 with VNeID.
    counts = Counts(households=240, residents=700, reached=60, vneid=350, online_and_cashless=24)
    assert figure(TargetKey.REACHED, counts).percent == 25.0
    assert figure(TargetKey.VNEID, counts).percent == 50.0
    assert figure(TargetKey.ONLINE_AND_CASHLESS, counts).percent == 10.0
    assert figure(TargetKey.DIGITAL_HOUSEHOLDS, counts).percent == 0.0
    assert figure(TargetKey.REACHED, Counts(0, 0)).percent == 0.0  # no official count yet
    assert (counts + Counts(10, 20, reached=5)).reached == 65


START, DEADLINE = date(2025, 10, 11), date(2026, 12, 31)  # 446 days


@pytest.mark.parametrize(
    ("percent", "today", "expected"),
    [
        (80.0, date(2026, 3, 1), Pace.DONE),  # the goal is reached
        # 141 of 446 days gone: a steady line to 70 % is at 70 × 141 / 446 = 22.13 %.
        (22.0, date(2026, 3, 1), Pace.BEHIND),
        (22.2, date(2026, 3, 1), Pace.ON_TRACK),
        (10.0, date(2026, 3, 1), Pace.BEHIND),
        (0.0, date(2025, 10, 11), Pace.ON_TRACK),  # the first day
        (69.9, date(2027, 1, 1), Pace.BEHIND),  # past the deadline
    ],
)
def test_pace_against_a_steady_line_to_the_goal(percent, today, expected):
    assert pace(percent, 70, START, DEADLINE, today) == expected


def test_quarters():
    assert quarter_of(date(2026, 11, 29)) == (2026, 4)
    assert quarter_bounds(2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_bounds(2026, 1) == (date(2026, 1, 1), date(2026, 3, 31))
