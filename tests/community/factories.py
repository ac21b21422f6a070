"""Factories for the campaign: trainers, officers, households with members, visits."""

from __future__ import annotations

import uuid
from datetime import date

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory

from community.campaign import OFFICERS_GROUP, TRAINERS_GROUP
from community.models import Household, Member, Outcome, TrainerProfile
from learners.models import Learner
from tests.learners.factories import LearnerFactory
from tests.places.factories import VillageFactory


def staff(username: str, group: str):
    user = get_user_model().objects.create_user(username, password=f"pw-{username}-2026")
    user.groups.add(Group.objects.get(name=group))
    return user


def trainer(username: str = "totruong", villages=()) -> object:
    """A trainer account assigned to ``villages``."""
    user = staff(username, TRAINERS_GROUP)
    profile = TrainerProfile.objects.create(user=user)
    profile.villages.set(villages)
    return user


def officer(username: str = "canbo-chien-dich"):
    user = staff(username, OFFICERS_GROUP)
    user.is_staff = True
    user.save()
    return user


class HouseholdFactory(DjangoModelFactory):
    class Meta:
        model = Household

    client_id = factory.LazyFunction(uuid.uuid4)
    village = factory.SubFactory(VillageFactory)
    display_name = factory.Sequence(lambda n: f"Hộ ông Nguyễn Văn Thử {n}")
    address_note = "xóm Đông"
    groups = factory.LazyFunction(lambda: ["elderly"])
    has_smartphone_online = True
    consented_on = date(2025, 10, 15)


def member(household: Household, name: str = "Nguyễn Thị Thử", birth_year: int = 1960) -> Member:
    learner: Learner = LearnerFactory(
        display_name=name, birth_year=birth_year, village=household.village
    )
    return Member.objects.create(household=household, learner=learner, birth_year=birth_year)


def outcome(code: str) -> Outcome:
    return Outcome.objects.get(code=code, locale__language_code="vi")
