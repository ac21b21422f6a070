"""What trainers record: visits confirm lessons and outcomes on each member's own record,
once per form, only in the trainer's villages, never in the future."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from django.utils import timezone

from community import services, stats
from community.models import OutcomeSeen, Problem, Visit
from community.rules import Criterion, criteria_met
from learners.models import LessonCompletion
from tests.community.factories import HouseholdFactory, member, officer, outcome, trainer
from tests.places.factories import VillageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.own_data]


@pytest.fixture
def field(tree):
    """A village with a household of two, its trainer, and a topic's lessons to practise."""
    village = VillageFactory(name="Thôn Đông")
    household = HouseholdFactory(village=village, display_name="Hộ ông Nguyễn Văn Ba")
    ba, lan = member(household, "Nguyễn Văn Ba", 1955), member(household, "Trần Thị Lan", 1960)
    return {
        "village": village,
        "household": household,
        "ba": ba,
        "lan": lan,
        "trainer": trainer("tnt-dong", [village]),
        "lessons": tree.lessons,
    }


def visit_form(field, **changes) -> services.VisitForm:
    values = {
        "client_id": uuid.uuid4(),
        "household": field["household"],
        "visited_on": timezone.localdate(),
        "present": (field["ba"].pk,),
        "lessons": tuple(lesson.pk for lesson in field["lessons"]),
        "outcomes": ((field["ba"].pk, outcome("vneid-level-2").pk),),
        **changes,
    }
    return services.VisitForm(**values)


def test_a_visit_confirms_lessons_and_outcomes_on_each_present_members_record(field):
    form = visit_form(field)
    visit, created = services.record_visit(field["trainer"], form)
    assert created and visit.trainer == field["trainer"]
    ba = field["ba"].learner
    done = LessonCompletion.objects.filter(learner=ba)
    assert {c.lesson_id for c in done} == {lesson.pk for lesson in field["lessons"]}
    assert {c.source for c in done} == {LessonCompletion.Source.TRAINER}
    assert {c.recorded_by for c in done} == {field["trainer"]}
    assert ba.skills.filter(skill__code="2.6", recorded_by=field["trainer"]).exists()
    assert OutcomeSeen.objects.get(member=field["ba"]).seen_on == form.visited_on
    # Lan was not there: nothing goes onto her record.
    assert not LessonCompletion.objects.filter(learner=field["lan"].learner).exists()


def test_the_same_visit_form_sent_twice_records_one_visit(field):
    form = visit_form(field)
    first, _ = services.record_visit(field["trainer"], form)
    again, created = services.record_visit(field["trainer"], form)
    assert again == first and not created
    assert Visit.objects.count() == 1 and OutcomeSeen.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"visited_on": date.today() + timedelta(days=1)}, "tương lai"),
        ({"present": (999_999,)}, "không phải thành viên"),
        ({"lessons": (999_999,)}, "không có trên cổng"),
        ({"outcomes": ((999_999, 1),)}, "không có mặt"),
    ],
)
def test_bad_visits_change_nothing(field, change, message):
    with pytest.raises(services.Refused) as refused:
        services.record_visit(field["trainer"], visit_form(field, **change))
    assert message in str(refused.value.message)
    assert not Visit.objects.exists() and not LessonCompletion.objects.exists()


def test_a_trainer_records_nothing_in_another_village(field):
    elsewhere = HouseholdFactory(village=VillageFactory(name="Thôn Tây"))
    with pytest.raises(services.Refused):
        services.record_visit(field["trainer"], visit_form(field, household=elsewhere, present=()))
    assert not Visit.objects.exists()


def test_a_problem_passed_on_reaches_the_officer_and_is_closed_with_a_note(field):
    form = visit_form(field, problem_kind=Problem.Kind.VNEID_LOCKED, problem_note="Khóa 24 giờ")
    services.record_visit(field["trainer"], form)
    problem = Problem.objects.get()
    assert problem.village == field["village"] and problem.closed_on is None
    with pytest.raises(services.Refused):
        services.close_problem(field["trainer"], problem, "Đã mở khóa")
    services.close_problem(officer(), problem, "Công an xã đã mở khóa")
    problem.refresh_from_db()
    assert problem.closed_on == timezone.localdate() and problem.closing_note


def test_criteria_and_recognition_follow_the_members_records(field):
    household = field["household"]
    facts = stats.household_facts([household])[household.pk]
    assert criteria_met(facts)[Criterion.DEVICE] and not criteria_met(facts)[Criterion.CASHLESS]
    with pytest.raises(services.Refused):
        services.recognise(officer(), household)
    seen = [
        (field["ba"].pk, outcome(code).pk)
        for code in ("public-services-login", "cashless-payment", "online-learning")
    ]
    services.record_visit(field["trainer"], visit_form(field, outcomes=tuple(seen)))
    facts = stats.household_facts([household])[household.pk]
    # Safety: the lessons practised teach skill 2.6 only, so it is still missing.
    assert [c for c, ok in criteria_met(facts).items() if not ok] == [Criterion.SAFETY]


def test_household_names_are_masked_on_the_certificate():
    assert services.mask_household_name("Hộ ông Nguyễn Văn Ba") == "Hộ ông Nguyễn V. B."
    assert services.mask_household_name("Hộ bà Lan") == "Hộ bà L."
    assert services.mask_household_name("Gia đình Trần") == "Gia đình T."
