"""The door-to-door campaign: households, trainers' visits, outcomes seen, problems passed on,
“Gia đình số” recognition, mentors and the commune's targets.

Privacy by design (the commune's own rules): a household is a display name and a rough address
note; members are learners (a display name, a birth year). Nothing here has a field for an ID
number, a phone number, an account name, a password, an OTP or a photo of a document
(``tests/community/test_privacy.py`` keeps it so).
"""

from __future__ import annotations

import uuid

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin

from core.i18n import default_locale_only

from .rules import Criterion, Meaning, TargetKey


class HouseholdGroup(models.TextChoices):
    """The groups the commune's plans name, for priorities and the handouts that fit."""

    ELDERLY = "elderly", _("older people")
    TRADERS = "traders", _("small traders, household business")
    FARMERS = "farmers", _("farmers")
    DISABILITIES = "disabilities", _("people with disabilities")
    POOR = "poor", _("poor or near-poor household")
    WORKERS = "workers", _("workers")
    STUDENTS = "students", _("pupils and students")
    ETHNIC_MINORITY = "ethnic_minority", _("ethnic minority")


class GroupsField(models.JSONField):
    """A list of ``HouseholdGroup`` codes, edited as checkboxes."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            label=self.verbose_name,
            choices=HouseholdGroup.choices,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            help_text=self.help_text,
        )


class TrainerProfile(models.Model):
    """A member of a village's Tổ công nghệ số cộng đồng: a staff account that records visits
    in the villages it is assigned to, and nowhere else."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="trainer",
        verbose_name=_("account"),
    )
    villages = models.ManyToManyField(
        "places.Village", related_name="trainers", verbose_name=_("villages")
    )

    class Meta:
        verbose_name = _("trainer")
        verbose_name_plural = _("trainers")

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()


class HouseholdQuerySet(models.QuerySet):
    def current(self):
        """Households still on the list (a removed one stays only as anonymous counts)."""
        return self.filter(removed_at__isnull=True)


class Household(models.Model):
    """A household the village's team visits (“Hộ ông Nguyễn Văn Ba”)."""

    client_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    village = models.ForeignKey(
        "places.Village",
        on_delete=models.PROTECT,
        related_name="recorded_households",
        verbose_name=_("village"),
    )
    display_name = models.CharField(
        _("household"), max_length=120, help_text=_("e.g. “Hộ ông Nguyễn Văn Ba”.")
    )
    address_note = models.CharField(
        _("where"),
        max_length=200,
        blank=True,
        help_text=_("A rough note to find the house, e.g. “xóm Đông, gần nhà văn hóa”."),
    )
    groups = GroupsField(_("groups"), default=list, blank=True)
    has_smartphone_online = models.BooleanField(
        _("has a smartphone on the Internet"), default=False
    )
    consented_on = models.DateField(
        _("agreed to be recorded on"),
        help_text=_("The day the household agreed that its progress is recorded."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    removed_at = models.DateTimeField(
        _("removed"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The household asked to be removed: only anonymous counts are kept."),
    )

    objects = HouseholdQuerySet.as_manager()

    panels = [
        FieldPanel("village"),
        FieldPanel("display_name"),
        FieldPanel("address_note"),
        FieldPanel("groups"),
        FieldPanel("has_smartphone_online"),
        FieldPanel("consented_on"),
    ]

    class Meta:
        verbose_name = _("household")
        verbose_name_plural = _("households")
        ordering = ["village", "display_name"]

    def __str__(self) -> str:
        return self.display_name or str(_("(removed household)"))


class Member(models.Model):
    """A person of a household: their learner record (name, birth year, PIN) is their own.

    The row stays when the person deletes their record, so the commune's counts do not change.
    """

    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="members")
    learner = models.OneToOneField(
        "learners.Learner",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="membership",
    )
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True, editable=False)
    joined_at = models.DateTimeField(default=timezone.now, editable=False)
    # The trainer's form id: the same form sent twice (or replayed) adds one member.
    client_id = models.UUIDField(null=True, blank=True, unique=True, editable=False)

    class Meta:
        verbose_name = _("household member")
        verbose_name_plural = _("household members")

    def __str__(self) -> str:
        return self.learner.display_name if self.learner else str(_("(a former member)"))


class Outcome(TranslatableMixin, models.Model):
    """Something a trainer saw a person do on their own phone (“kích hoạt VNeID mức 2”).

    Never the data behind it: no account, number or code is recorded. Each outcome shows
    framework skills and counts for a criterion and a target through its meaning.
    """

    code = models.SlugField(_("code"), max_length=40)
    name = models.CharField(_("name"), max_length=120)
    meaning = models.CharField(
        _("counts for"), max_length=20, choices=Meaning.choices, default=Meaning.OTHER
    )
    skills = models.ManyToManyField(
        "skills.Skill",
        blank=True,
        related_name="+",
        verbose_name=_("skills shown"),
        limit_choices_to=default_locale_only,
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("meaning"),
        FieldPanel("skills", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="one_outcome_code_per_locale")
        ]

    def __str__(self) -> str:
        return self.name


class Visit(models.Model):
    """A trainer's visit to a household: who was there, what they practised and did."""

    client_id = models.UUIDField(unique=True, editable=False)
    household = models.ForeignKey(Household, on_delete=models.CASCADE, related_name="visits")
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="visits",
        verbose_name=_("trainer"),
    )
    visited_on = models.DateField(_("date"))
    present = models.ManyToManyField(Member, blank=True, related_name="visits")
    lessons = models.ManyToManyField(
        "lessons.LessonPage", blank=True, related_name="+", verbose_name=_("lessons practised")
    )
    remaining = models.TextField(_("what remains to do"), max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        ordering = ["-visited_on", "-created_at"]

    def __str__(self) -> str:
        return f"{self.household} · {self.visited_on:%d/%m/%Y}"


class OutcomeSeen(models.Model):
    """An outcome a trainer saw one member reach, the first time it was seen."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="outcomes")
    outcome = models.ForeignKey(Outcome, on_delete=models.PROTECT, related_name="+")
    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="outcomes_seen")
    seen_on = models.DateField()

    class Meta:
        verbose_name = _("outcome seen")
        verbose_name_plural = _("outcomes seen")
        constraints = [
            models.UniqueConstraint(fields=["member", "outcome"], name="one_sighting_per_outcome")
        ]

    def __str__(self) -> str:
        return f"{self.outcome} · {self.seen_on:%d/%m/%Y}"


class Problem(models.Model):
    """Something a trainer could not solve on the spot, passed on to the commune's office."""

    class Kind(models.TextChoices):
        VNEID_LOCKED = "vneid_locked", _("VNeID account locked")
        PHONE_REPAIR = "phone_repair", _("phone needs repair")
        POPULATION_DATA = "population_data", _("wrong population-data record")
        NO_INTERNET = "no_internet", _("no Internet at home")
        OTHER = "other", _("other")

    client_id = models.UUIDField(unique=True, editable=False)
    household = models.ForeignKey(
        Household, null=True, on_delete=models.SET_NULL, related_name="problems"
    )
    village = models.ForeignKey(
        "places.Village", on_delete=models.PROTECT, related_name="+", verbose_name=_("village")
    )
    visit = models.ForeignKey(
        Visit, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(_("problem"), max_length=20, choices=Kind.choices)
    note = models.CharField(
        _("note"),
        max_length=300,
        blank=True,
        help_text=_("What happened, in a few words. Never an ID number, phone number or password."),
    )
    opened_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_on = models.DateField(_("passed on"), default=timezone.localdate)
    closed_on = models.DateField(_("closed"), null=True, blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    closing_note = models.CharField(_("how it was solved"), max_length=300, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("kind", read_only=True), FieldPanel("note", read_only=True)]),
        FieldPanel("closed_on"),
        FieldPanel("closing_note"),
    ]

    class Meta:
        verbose_name = _("problem passed on")
        verbose_name_plural = _("problems passed on")
        ordering = ["closed_on", "opened_on"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} · {self.village}"


class Recognition(models.Model):
    """A household recognised as “Gia đình số”, with a certificate anyone can check."""

    household = models.OneToOneField(
        Household, on_delete=models.CASCADE, related_name="recognition"
    )
    code = models.CharField(_("certificate code"), max_length=20, unique=True, editable=False)
    masked_name = models.CharField(_("household (masked)"), max_length=120)
    recognised_on = models.DateField(_("recognised on"), default=timezone.localdate)
    recognised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_on = models.DateField(_("revoked on"), null=True, blank=True)
    revoke_reason = models.CharField(_("reason for revoking"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("“Gia đình số” recognition")
        verbose_name_plural = _("“Gia đình số” recognitions")
        ordering = ["-recognised_on"]

    def __str__(self) -> str:
        return f"{self.code} {self.masked_name}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_on is None and self.household.removed_at is None


class Mentorship(models.Model):
    """An “Đại sứ số” mentor and a mentee who agreed that the mentor sees their progress."""

    mentor = models.ForeignKey(
        "learners.Learner", on_delete=models.CASCADE, related_name="mentees_link"
    )
    mentee = models.ForeignKey(
        "learners.Learner", on_delete=models.CASCADE, related_name="mentors_link"
    )
    asked_at = models.DateTimeField(default=timezone.now, editable=False)
    agreed_at = models.DateTimeField(null=True, blank=True, editable=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")
        constraints = [
            models.UniqueConstraint(fields=["mentor", "mentee"], name="one_mentorship_per_pair"),
            models.CheckConstraint(
                condition=~models.Q(mentor=models.F("mentee")), name="no_self_mentoring"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.mentor} → {self.mentee}"

    @property
    def active(self) -> bool:
        return self.agreed_at is not None and self.withdrawn_at is None


class Target(models.Model):
    """A campaign target an officer can change: a goal (%) and its deadline."""

    key = models.CharField(_("target"), max_length=30, choices=TargetKey.choices, unique=True)
    goal = models.PositiveSmallIntegerField(_("goal (%)"))
    starts_on = models.DateField(_("campaign start"))
    deadline = models.DateField(_("deadline"))

    panels = [
        FieldPanel("key", read_only=True),
        FieldPanel("goal"),
        FieldPanel("starts_on"),
        FieldPanel("deadline"),
    ]

    class Meta:
        verbose_name = _("target")
        verbose_name_plural = _("targets")
        ordering = ["pk"]

    def __str__(self) -> str:
        return str(self.get_key_display())


class QuarterReport(models.Model):
    """The quarterly report of a closed quarter, kept as first made: tomorrow's file equals
    today's, whatever is recorded late."""

    year = models.PositiveSmallIntegerField()
    quarter = models.PositiveSmallIntegerField()
    rows = models.JSONField()
    made_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("quarterly report")
        verbose_name_plural = _("quarterly reports")
        constraints = [
            models.UniqueConstraint(fields=["year", "quarter"], name="one_report_per_quarter")
        ]

    def __str__(self) -> str:
        return f"Q{self.quarter}/{self.year}"


class ProgressKind(models.TextChoices):
    """What a ``ProgressEvent`` marks: the day a household (or, for VNeID, a resident) first
    counted for a target, or a “Gia đình số” recognition and its revocation."""

    REACHED = "reached"
    VNEID = "vneid"
    ONLINE = "online"
    RECOGNISED = "recognised"
    REVOKED = "revoked"


class ProgressEvent(models.Model):
    """The dashboard's summary, per household: what ``stats.household_first_dates`` would give,
    one row per first date. Kept by database triggers (migration ``0004_progress_summary``) as
    outcomes seen, members, lesson completions, recognitions, outcomes' meanings and households'
    villages are written, on PostgreSQL and SQLite alike; never written by Python code.

    Plain ids, no foreign keys: the triggers remove a deleted household's rows themselves."""

    household_id = models.BigIntegerField(db_index=True)
    village_id = models.BigIntegerField()
    kind = models.CharField(max_length=12, choices=ProgressKind.choices)
    day = models.DateField()

    def __str__(self) -> str:
        return f"{self.household_id} {self.kind} {self.day:%d/%m/%Y}"


class VillageDay(models.Model):
    """How many ``ProgressEvent`` rows of a kind fall on a day in a village (kept by the
    triggers): a village's count on a day is the sum of its rows up to that day."""

    village_id = models.BigIntegerField()
    kind = models.CharField(max_length=12, choices=ProgressKind.choices)
    day = models.DateField()
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["village_id", "kind", "day"], name="one_village_day")
        ]

    def __str__(self) -> str:
        return f"{self.village_id} {self.kind} {self.day:%d/%m/%Y}: {self.n}"


class CommuneDay(models.Model):
    """The same per commune (0: villages with no commune), for a province's whole view."""

    commune_id = models.BigIntegerField()
    kind = models.CharField(max_length=12, choices=ProgressKind.choices)
    day = models.DateField()
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["commune_id", "kind", "day"], name="one_commune_day")
        ]

    def __str__(self) -> str:
        return f"{self.commune_id} {self.kind} {self.day:%d/%m/%Y}: {self.n}"


CRITERION_LABELS = dict(Criterion.choices)
