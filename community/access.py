"""Who sees which households: one place for the permission matrix.

- an officer (permission ``community.view_household``) sees the whole commune;
- a trainer sees and edits only the households of their own villages;
- anyone else (an editor, a learner officer) sees no household at all;
- a mentor sees only the mentees who agreed, a citizen only their own record (learner pages).
"""

from __future__ import annotations

from django.db.models import QuerySet

from places.models import Village

from .models import Household, Problem, TrainerProfile, Visit

OFFICER_PERMISSION = "community.view_household"


def is_officer(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm(OFFICER_PERMISSION))


def trainer_of(user) -> TrainerProfile | None:
    if not (user and user.is_authenticated and user.is_active):
        return None
    return TrainerProfile.objects.filter(user=user).first()


def villages_for(user) -> QuerySet[Village]:
    if is_officer(user):
        return Village.objects.all()
    trainer = trainer_of(user)
    return trainer.villages.all() if trainer else Village.objects.none()


def households_for(user) -> QuerySet[Household]:
    """Households on the list that ``user`` may see (removed ones never)."""
    return Household.objects.current().filter(village__in=villages_for(user))


def visits_for(user) -> QuerySet[Visit]:
    return Visit.objects.filter(household__in=households_for(user))


def problems_for(user) -> QuerySet[Problem]:
    return Problem.objects.filter(village__in=villages_for(user))


def may_see_household(user, household: Household) -> bool:
    return households_for(user).filter(pk=household.pk).exists()
