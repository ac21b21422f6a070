"""The demo commune (``demo.community``): believable in size and shape, its visits recorded as
a trainer's are, and its accounts with passwords printed once."""

from __future__ import annotations

import re
from collections import Counter
from io import StringIO

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command
from django.utils import timezone

from community import access, services
from community.campaign import OFFICERS_GROUP, TRAINERS_GROUP
from community.models import (
    Household,
    Member,
    Mentorship,
    OutcomeSeen,
    Problem,
    Recognition,
    TrainerProfile,
    Visit,
)
from community.rules import is_digital_household
from community.stats import household_facts
from demo.community import ACCOUNTS, OFFICER, TRAINERS, VILLAGES
from learners.models import LessonCompletion
from places.models import Village

pytestmark = pytest.mark.django_db

NAMES = [spec.name for spec in VILLAGES]


def demo_households():
    return Household.objects.filter(village__name__in=NAMES)


def test_five_villages_of_120_to_400_households():
    villages = Village.objects.filter(name__in=NAMES)
    assert villages.count() == 5
    assert {"Thôn Đông", "Thôn Tây", "Thôn Trung", "Thôn Bắc"} <= set(NAMES)
    assert any(name.startswith("Tổ dân phố ") for name in NAMES)
    listed = Counter(demo_households().values_list("village__name", flat=True))
    for village in villages:
        assert 120 <= village.households <= 400, village
        assert 120 <= listed[village.name] <= village.households, village
        assert 2.6 <= village.residents_15_plus / village.households <= 3.2, village


def test_households_look_like_a_commune_s():
    households = list(demo_households())
    members_of = {}
    for member in Member.objects.filter(household__in=demo_households()).select_related("learner"):
        members_of.setdefault(member.household_id, []).append(member)
    groups = Counter(group for household in households for group in household.groups)
    share = {group: count / len(households) for group, count in groups.items()}
    assert share["elderly"] > 0.25 and share["farmers"] > 0.25
    assert share["traders"] > 0.05 and 0 < share["disabilities"] < 0.1 and 0 < share["poor"] < 0.15
    smartphones = sum(household.has_smartphone_online for household in households)
    assert 0.7 < smartphones / len(households) < 0.97  # most, not all
    today = timezone.localdate()
    titles = set()
    for household in households:
        assert re.fullmatch(r"Hộ (ông|bà|anh|chị) \w+( \w+)+", household.display_name)
        titles.add(household.display_name.split()[1])
        assert ", " in household.address_note
        assert household.consented_on <= today
        members = members_of[household.pk]
        assert 1 <= len(members) <= 4
        for member in members:
            assert member.learner and member.learner.birth_year == member.birth_year
            assert today.year - member.birth_year >= 15
            assert member.learner.village_id == household.village_id
            assert not member.learner.pin_hash or member.learner.pin_hash.startswith("!")
    assert titles == {"ông", "bà", "anh", "chị"}
    names = Counter(household.display_name for household in households)
    assert len(names) > 0.8 * len(households)  # varied family and given names


def test_about_a_third_visited_by_the_village_s_trainer():
    listed = demo_households().count()
    visited = demo_households().filter(visits__isnull=False).distinct().count()
    assert 0.25 <= visited / listed <= 0.45
    for name in NAMES:
        here = demo_households().filter(village__name=name)
        share = here.filter(visits__isnull=False).distinct().count() / here.count()
        assert 0.2 <= share <= 0.5, name
    villages_of = {}
    for user, village in TrainerProfile.objects.values_list("user", "villages"):
        villages_of.setdefault(user, set()).add(village)
    visits = Visit.objects.filter(household__in=demo_households())
    for trainer, village in visits.values_list("trainer", "household__village"):
        assert village in villages_of[trainer]


def test_no_visit_in_the_future_or_before_consent():
    today = timezone.localdate()
    visits = Visit.objects.filter(household__in=demo_households())
    assert visits.count() > 300
    for visited_on, consented_on in visits.values_list("visited_on", "household__consented_on"):
        assert consented_on <= visited_on <= today
        assert (today - visited_on).days < 92  # the last three months
    assert visits.filter(visited_on__gte=today - timezone.timedelta(days=7)).exists()


def test_every_visit_s_lessons_are_trainer_confirmed_on_the_members_records():
    visits = Visit.objects.filter(household__in=demo_households())
    present = Visit.present.through.objects.filter(visit__in=visits).values_list(
        "visit", "member__learner"
    )
    lessons = Visit.lessons.through.objects.filter(visit__in=visits).values_list(
        "visit", "lessonpage"
    )
    learners_at = {}
    for visit, learner in present:
        learners_at.setdefault(visit, set()).add(learner)
    expected = {
        (learner, lesson) for visit, lesson in lessons for learner in learners_at.get(visit, ())
    }
    assert len(expected) > 1000
    confirmed = set(
        LessonCompletion.objects.filter(
            source=LessonCompletion.Source.TRAINER, recorded_by__isnull=False
        ).values_list("learner", "lesson")
    )
    assert expected <= confirmed
    # Dated the day the visit was made, not the day the demo was seeded.
    days = {
        created.date()
        for created in LessonCompletion.objects.filter(
            source=LessonCompletion.Source.TRAINER
        ).values_list("created_at", flat=True)
    }
    assert len(days) > 30 and max(days) <= timezone.now().date()


def test_outcomes_spread_as_in_real_life():
    seen = Counter(
        OutcomeSeen.objects.filter(member__household__in=demo_households()).values_list(
            "outcome__code", flat=True
        )
    )
    assert seen["vneid-level-2"] > 2 * seen["public-services-login"] > 0
    assert seen["vneid-level-2"] > 2 * seen["cashless-payment"] > 0
    assert 0 < seen["resolution-57-contest"] < seen["vneid-level-2"] / 10
    today = timezone.localdate()
    for seen_on, visited_on in OutcomeSeen.objects.values_list("seen_on", "visit__visited_on"):
        assert seen_on == visited_on <= today


def test_a_few_problems_passed_on_some_closed_by_the_officer():
    problems = Problem.objects.filter(village__name__in=NAMES)
    assert 3 <= problems.count() <= 60
    closed = problems.filter(closed_on__isnull=False)
    assert 0 < closed.count() < problems.count()
    officer = get_user_model().objects.get(username=OFFICER.username)
    for problem in closed:
        assert problem.closed_by == officer and problem.closing_note
        assert problem.opened_on <= problem.closed_on <= timezone.localdate()


def test_recognised_households_meet_all_five_criteria():
    recognised = Recognition.objects.filter(household__in=demo_households()).select_related(
        "household"
    )
    assert 3 <= recognised.count() <= 40
    facts = household_facts([recognition.household for recognition in recognised])
    for recognition in recognised:
        assert is_digital_household(facts[recognition.household_id])
        assert recognition.recognised_by.username == OFFICER.username
        assert recognition.masked_name and recognition.recognised_on <= timezone.localdate()
    # and some that meet them wait for the officer
    waiting = demo_households().filter(visits__isnull=False, recognition__isnull=True).distinct()
    facts = household_facts(waiting)
    assert any(is_digital_household(f) for f in facts.values())


def test_a_mentor_with_six_agreed_mentees_and_one_asked():
    mentor_ids = Counter(
        Mentorship.objects.filter(mentor__membership__household__in=demo_households()).values_list(
            "mentor", flat=True
        )
    )
    ((mentor_id, asked),) = mentor_ids.items()
    assert asked == 7
    mentor = Member.objects.get(learner=mentor_id).learner
    assert services.mentees_of(mentor).count() == 6
    assert Mentorship.objects.filter(mentor=mentor, agreed_at__isnull=True).count() == 1


def test_trainers_and_officer():
    User = get_user_model()
    for account in TRAINERS:
        user = User.objects.get(username=account.username)
        assert user.groups.filter(name=TRAINERS_GROUP).exists() and not user.is_staff
        villages = set(user.trainer.villages.values_list("name", flat=True))
        assert villages == set(account.villages) and 1 <= len(villages) <= 2
        assert not user.has_usable_password()  # until ensure_campaign_accounts gives one
    covered = TrainerProfile.objects.filter(user__username__in=[a.username for a in TRAINERS])
    assert set(covered.values_list("villages__name", flat=True)) == set(NAMES)
    officer = User.objects.get(username=OFFICER.username)
    assert officer.is_staff and officer.groups.filter(name=OFFICERS_GROUP).exists()
    assert access.is_officer(officer)


# The accounts command ----------------------------------------------------------------------

LINE = re.compile(r"^\s+(\S+)\s+(\S+)\s+\(", re.MULTILINE)


def run(*args) -> dict[str, str]:
    out = StringIO()
    call_command("ensure_campaign_accounts", *args, stdout=out)
    return dict(LINE.findall(out.getvalue()))


def test_account_passwords_are_printed_once_and_reset_on_demand():
    User = get_user_model()
    first = run()
    assert set(first) == {account.username for account in ACCOUNTS}
    for username, password in first.items():
        user = User.objects.get(username=username)
        assert password not in user.password and user.check_password(password)
        assert authenticate(username=username, password=password) == user
    assert run() == {}  # not printed again
    again = run("--reset")
    assert set(again) == set(first)
    for username, password in again.items():
        assert password != first[username]
        user = User.objects.get(username=username)
        assert user.check_password(password) and not user.check_password(first[username])


def test_account_command_makes_a_missing_account_in_its_group_and_villages():
    User = get_user_model()
    account = TRAINERS[-1]
    User.objects.filter(username=account.username).delete()
    printed = run()
    user = User.objects.get(username=account.username)
    assert user.check_password(printed[account.username])
    assert user.groups.filter(name=TRAINERS_GROUP).exists()
    assert set(user.trainer.villages.values_list("name", flat=True)) == set(account.villages)
    assert User.objects.filter(username__in=[a.username for a in ACCOUNTS]).count() == 4
