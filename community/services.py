"""What trainers and officers record: households, members, visits, problems, recognitions,
mentors. Each function takes the acting user and plain values, never a request, so the same
functions serve the trainer's pages, the admin and the offline sync.

Every record a trainer's phone makes carries a client-made id: sending the same form again
(a double tap, a queued replay) returns the record already made and changes nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from learners.codes import new_code
from learners.models import Learner, LessonCompletion
from learners.privacy import mask_name
from learners.services import awards, profiles, records
from lessons.models import LessonPage
from places.models import Village

from . import access
from .models import (
    Household,
    Member,
    Mentorship,
    Outcome,
    OutcomeSeen,
    Problem,
    Recognition,
    Visit,
)
from .rules import is_digital_household
from .stats import household_facts


class Refused(Exception):
    """A record that cannot be made: a message in Vietnamese, and nothing changed."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def _may_edit(user, household: Household) -> None:
    if household.removed_at is not None or not access.may_see_household(user, household):
        raise Refused(_("This household is not in your villages."))


# Households and members ---------------------------------------------------------------------


def create_household(
    user,
    *,
    client_id: uuid.UUID,
    village: Village,
    display_name: str,
    consented_on: date,
    address_note: str = "",
    groups=(),
    has_smartphone_online: bool = False,
) -> tuple[Household, bool]:
    """A new household in one of the user's villages; (household, created)."""
    previous = _previous(Household.objects.filter(client_id=client_id), created_by_id=user.pk)
    if previous is not None:
        return previous, False
    if not access.villages_for(user).filter(pk=village.pk).exists():
        raise Refused(_("This village is not one of yours."))
    if consented_on > timezone.localdate():
        raise Refused(_("The day the household agreed cannot be in the future."))
    try:
        with transaction.atomic():
            household = Household.objects.create(
                client_id=client_id,
                village=village,
                display_name=" ".join(display_name.split()),
                address_note=address_note.strip(),
                groups=sorted(set(groups)),
                has_smartphone_online=has_smartphone_online,
                consented_on=consented_on,
                created_by=user,
            )
            log(household, "wagtail.create", user=user)
    except IntegrityError:  # the same form, sent twice at the same moment
        return Household.objects.get(client_id=client_id), False
    return household, True


def add_member(
    user,
    household: Household,
    display_name: str,
    pin: str,
    birth_year: int | None = None,
    *,
    client_id: uuid.UUID | None = None,
) -> Member:
    """A member with their own learner record; the PIN is the member's, typed by them.

    With ``client_id`` the same form sent again returns the member it added (``member.created``
    is False) and adds no one.
    """
    if client_id is not None:
        previous = _previous(Member.objects.filter(client_id=client_id), household=household)
        if previous is not None:
            return previous
    _may_edit(user, household)
    try:
        with transaction.atomic():
            learner = profiles.create_profile(
                display_name, pin, birth_year, village=household.village
            )
            member = Member.objects.create(
                household=household, learner=learner, birth_year=birth_year, client_id=client_id
            )
            log(household, "community.member_added", user=user, data={"member": member.pk})
    except IntegrityError:  # the same form, sent twice at the same moment
        if client_id is None:
            raise
        member = Member.objects.get(client_id=client_id)
        member.created = False
        return member
    member.created = True
    return member


def _previous(records, **owner):
    """The record a client id already made, if it was made for the same ``owner``; a client
    id made for another (trainer, household) is refused rather than told about."""
    previous = records.first()
    if previous is None:
        return None
    if any(getattr(previous, name) != value for name, value in owner.items()):
        raise Refused(_("This record was made by another account. Nothing was recorded."))
    previous.created = False
    return previous


def remove_household(user, household: Household) -> None:
    """The household asked to be removed: its names and notes go, and each member's record
    (as “Xóa hồ sơ của tôi” does); visits and outcomes stay as anonymous counts."""
    with transaction.atomic():
        for member in household.members.select_related("learner"):
            if member.learner is not None:
                profiles.delete_profile(member.learner, deleted_by=user)
        household.problems.update(note="", closing_note="")
        Household.objects.filter(pk=household.pk).update(
            display_name="", address_note="", removed_at=timezone.now()
        )
        Recognition.objects.filter(household=household).update(masked_name="")
        log(household, "community.removed", user=user, title=str(_("(removed household)")))


# Visits -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class VisitForm:
    """What a trainer sends from the household's doorstep."""

    client_id: uuid.UUID
    household: Household
    visited_on: date
    present: tuple[int, ...] = ()  # member ids
    lessons: tuple[int, ...] = ()  # lesson page ids
    outcomes: tuple[tuple[int, int], ...] = ()  # (member id, outcome id)
    remaining: str = ""
    problem_kind: str = ""
    problem_note: str = ""


def record_visit(trainer, form: VisitForm) -> tuple[Visit, bool]:
    """A visit and everything it confirms, all or nothing; (visit, created).

    Lessons practised go onto each present member's record as completions confirmed by the
    trainer; an outcome seen goes onto its member's record with the skills it shows.
    """
    previous = _previous(Visit.objects.filter(client_id=form.client_id), trainer_id=trainer.pk)
    if previous is not None:
        return previous, False
    household = form.household
    _may_edit(trainer, household)
    if form.visited_on > timezone.localdate():
        raise Refused(_("A visit cannot be dated in the future."))
    if form.visited_on < household.consented_on:
        raise Refused(_("A visit cannot be dated before the household agreed to be recorded."))
    members = {m.pk: m for m in household.members.select_related("learner")}
    present = [members[pk] for pk in form.present if pk in members]
    if len(present) != len(set(form.present)):
        raise Refused(_("Someone marked as present is not a member of this household."))
    seen_by = {member_id for member_id, _outcome in form.outcomes}
    if not seen_by <= set(form.present):
        raise Refused(_("An outcome is marked for someone who was not present."))
    lessons = list(LessonPage.objects.live().filter(pk__in=form.lessons))
    if len(lessons) != len(set(form.lessons)):
        raise Refused(_("A lesson chosen is not on the portal."))
    outcomes = {o.pk: o for o in Outcome.objects.filter(pk__in={o for _m, o in form.outcomes})}
    if len(outcomes) != len({o for _m, o in form.outcomes}):
        raise Refused(_("An outcome chosen is not on the list."))
    if form.problem_kind and form.problem_kind not in Problem.Kind.values:
        raise Refused(_("Choose the kind of problem from the list."))
    try:
        with transaction.atomic():
            visit = Visit.objects.create(
                client_id=form.client_id,
                household=household,
                trainer=trainer,
                visited_on=form.visited_on,
                remaining=form.remaining.strip(),
            )
            visit.present.set(present)
            visit.lessons.set(lessons)
            _confirm(trainer, visit, present, lessons, form.outcomes, outcomes, members)
            if form.problem_kind:
                Problem.objects.create(
                    client_id=uuid.uuid5(form.client_id, "problem"),
                    household=household,
                    village=household.village,
                    visit=visit,
                    kind=form.problem_kind,
                    note=form.problem_note.strip()[:300],
                    opened_by=trainer,
                    opened_on=form.visited_on,
                )
            log(household, "community.visit", user=trainer, data={"visit": visit.pk})
    except IntegrityError:  # the same form, sent twice at the same moment
        return Visit.objects.get(client_id=form.client_id), False
    return visit, True


def _confirm(trainer, visit, present, lessons, seen, outcomes, members) -> None:
    for member in present:
        if member.learner is None:
            continue
        for lesson in lessons:
            records.record_completion(
                lesson,
                learner=member.learner,
                source=LessonCompletion.Source.TRAINER,
                recorded_by=trainer,
            )
    OutcomeSeen.objects.bulk_create(
        [
            OutcomeSeen(
                member=members[member_id],
                outcome=outcomes[outcome_id],
                visit=visit,
                seen_on=visit.visited_on,
            )
            for member_id, outcome_id in seen
        ],
        ignore_conflicts=True,  # seen before: the first sighting counts
    )
    for member_id, outcome_id in seen:
        learner = members[member_id].learner
        if learner is None:
            continue
        for skill in outcomes[outcome_id].skills.all():
            awards.award_skill(learner, skill, recorded_by=trainer)


# Problems ---------------------------------------------------------------------------------


def close_problem(user, problem: Problem, note: str) -> None:
    if not access.is_officer(user):
        raise Refused(_("Only the commune's officers close problems."))
    if not note.strip():
        raise Refused(_("Say in a few words how it was solved."))
    problem.closed_on = timezone.localdate()
    problem.closed_by = user
    problem.closing_note = note.strip()[:300]
    problem.save(update_fields=["closed_on", "closed_by", "closing_note"])
    log(problem, "wagtail.edit", user=user)


# “Gia đình số” ---------------------------------------------------------------------------

HONORIFICS = {"hộ", "gia", "đình", "ông", "bà", "anh", "chị", "cô", "chú", "bác"}


def mask_household_name(name: str) -> str:
    """“Hộ ông Nguyễn Văn Ba” → “Hộ ông Nguyễn V. B.”: the words before the name are kept."""
    words = name.split()
    lead = 0
    while lead < len(words) and words[lead].lower() in HONORIFICS:
        lead += 1
    return " ".join([*words[:lead], mask_name(" ".join(words[lead:]))]).strip()


def recognise(user, household: Household) -> Recognition:
    """Recognise a household as “Gia đình số” once it meets all five criteria."""
    if not access.is_officer(user):
        raise Refused(_("Only the commune's officers recognise a household."))
    if household.removed_at is not None:
        raise Refused(_("This household asked to be removed."))
    if hasattr(household, "recognition"):
        return household.recognition
    if not is_digital_household(household_facts([household])[household.pk]):
        raise Refused(_("This household does not meet all five criteria yet."))
    for _try in range(5):
        try:
            with transaction.atomic():
                recognition = Recognition.objects.create(
                    household=household,
                    code=new_code(length=8, group=4),
                    masked_name=mask_household_name(household.display_name),
                    recognised_by=user,
                )
                log(household, "community.recognised", user=user)
                return recognition
        except IntegrityError:
            if Recognition.objects.filter(household=household).exists():
                return household.recognition
    raise IntegrityError("Could not find a free certificate code.")


# Mentors ----------------------------------------------------------------------------------


def ask_to_mentor(mentor: Learner, mentee_code: str) -> Mentorship:
    """A mentor asks a learner (by their code) to let them follow their progress."""
    from learners.codes import normalise

    mentee = Learner.objects.filter(code=normalise(mentee_code)).first()
    if mentee is None or mentee.pk == mentor.pk:
        raise Refused(_("No other learner has this code. Check it and try again."))
    mentorship, created = Mentorship.objects.get_or_create(mentor=mentor, mentee=mentee)
    if not created and mentorship.withdrawn_at:
        mentorship.withdrawn_at = mentorship.agreed_at = None
        mentorship.asked_at = timezone.now()
        mentorship.save()
    return mentorship


def agree(mentee: Learner, mentorship: Mentorship) -> None:
    if mentorship.mentee_id != mentee.pk:
        raise Refused(_("This request is not yours."))
    Mentorship.objects.filter(pk=mentorship.pk).update(agreed_at=timezone.now(), withdrawn_at=None)


def withdraw(mentee: Learner, mentorship: Mentorship) -> None:
    if mentorship.mentee_id != mentee.pk:
        raise Refused(_("This request is not yours."))
    Mentorship.objects.filter(pk=mentorship.pk).update(withdrawn_at=timezone.now())


def mentees_of(mentor: Learner):
    """The learners who agreed that this mentor follows their progress."""
    return Learner.objects.filter(
        mentors_link__mentor=mentor,
        mentors_link__agreed_at__isnull=False,
        mentors_link__withdrawn_at__isnull=True,
    )
