"""The forms of the trainers' phone pages: a household, a member, a visit.

Each form that makes a record carries a client-made id (a UUID put in a hidden field when the
form is shown), so that the same form sent twice, or replayed from a queue later, makes one
record. Nothing here asks for an ID number, a phone number, an account or a password: a
member's PIN is typed by the member, twice, exactly as on the learners' own form.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from learners.forms import ProfileForm

from . import services
from .models import HouseholdGroup, Member, Outcome, Problem


class DateInput(forms.DateInput):
    """A phone's own date picker (``type=date`` sends ISO dates, which Django always reads)."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def new_client_id() -> str:
    return str(uuid.uuid4())


class ClientIdMixin:
    """A hidden client-made id, made when the form is first shown and sent back with it.

    A form that comes back without a readable id is refused (it cannot be told apart from
    another form) and shown again with a fresh id, so that sending it once more works.
    """

    id_field = "client_id"

    def _set_client_id(self) -> None:
        if not self.is_bound:
            self.initial.setdefault(self.id_field, new_client_id())
            return
        self.damaged = False
        try:
            uuid.UUID(str(self.data.get(self.id_field, "")))
        except ValueError:
            self.damaged = True
            self.data = self.data.copy()
            self.data[self.id_field] = new_client_id()

    def _check_client_id(self) -> None:
        if getattr(self, "damaged", False):
            raise forms.ValidationError(
                _("This form could not be read completely. Check it and send it again.")
            )


class HouseholdForm(ClientIdMixin, forms.Form):
    client_id = forms.UUIDField(widget=forms.HiddenInput)
    display_name = forms.CharField(
        label=_("Household name"),
        max_length=120,
        help_text=_("e.g. “Hộ ông Nguyễn Văn Ba”."),
        error_messages={"required": _("Please write the household's name.")},
    )
    village = forms.ModelChoiceField(
        label=_("Village"),
        queryset=None,
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of your villages.")},
    )
    address_note = forms.CharField(
        label=_("Where (optional)"),
        max_length=200,
        required=False,
        help_text=_("A rough note to find the house, e.g. “xóm Đông, gần nhà văn hóa”."),
    )
    groups = forms.MultipleChoiceField(
        label=_("Groups"),
        choices=HouseholdGroup.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    has_smartphone_online = forms.BooleanField(
        label=_("The household has a smartphone on the Internet"), required=False
    )
    consented_on = forms.DateField(
        label=_("Day the household agreed to be recorded"),
        widget=DateInput,
        error_messages={
            "required": _("Write the day the household agreed."),
            "invalid": _("Write a date, e.g. 15/10/2025."),
        },
    )
    consent = forms.BooleanField(
        label=_("The household agreed that its progress is recorded"),
        error_messages={"required": _("Ask the household first: tick this box once they agree.")},
    )

    def __init__(self, *args, villages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = villages
        self._set_client_id()
        if not self.is_bound:
            self.initial.setdefault("consented_on", timezone.localdate())

    def clean(self):
        self._check_client_id()
        return super().clean()

    def clean_display_name(self) -> str:
        name = " ".join(self.cleaned_data["display_name"].split())
        if len(name) < 2:
            raise forms.ValidationError(_("Please write the household's name."))
        return name


class MemberForm(ClientIdMixin, ProfileForm):
    """The learners' own profile form (name, birth year, a PIN typed twice), without the
    village: a member lives in the household's. The hidden ``form_id`` makes a double tap
    one member."""

    form_id = forms.UUIDField(widget=forms.HiddenInput)
    id_field = "form_id"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["village"]
        self.fields["display_name"].label = _("The member's name")
        self.fields["display_name"].help_text = _(
            "As they want it on their certificate, e.g. “Nguyễn Thị Lan”."
        )
        self.fields["pin"].help_text = _(
            "The member types it themselves: hand them the phone. They need it to open their "
            "record. Not their bank PIN."
        )
        self._set_client_id()

    def clean(self):
        self._check_client_id()
        return super().clean()


class VisitForm(ClientIdMixin, forms.Form):
    """What a trainer ticks at the doorstep. Outcomes come as ``outcome-<member id>`` fields
    (one ``<details>`` of checkboxes per member, no JavaScript)."""

    client_id = forms.UUIDField(widget=forms.HiddenInput)
    visited_on = forms.DateField(
        label=_("Date of the visit"),
        widget=DateInput,
        error_messages={
            "required": _("Write the date of the visit."),
            "invalid": _("Write a date, e.g. 15/10/2025."),
        },
    )
    present = forms.TypedMultipleChoiceField(
        label=_("Who was there"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Choose people of this household.")},
    )
    lessons = forms.TypedMultipleChoiceField(
        label=_("Lessons practised on the household's phone"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Choose lessons from the list.")},
    )
    remaining = forms.CharField(
        label=_("What remains to do (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    problem_kind = forms.ChoiceField(
        label=_("A problem to pass on to the commune (optional)"),
        choices=[("", _("(no problem)")), *Problem.Kind.choices],
        required=False,
    )
    problem_note = forms.CharField(
        label=_("The problem in a few words"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(
        self, *args, members: list[Member], lesson_ids: list[int], outcomes: list[Outcome], **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.members = members
        self.outcomes = outcomes
        self.fields["present"].choices = [(m.pk, str(m)) for m in members]
        self.fields["lessons"].choices = [(pk, str(pk)) for pk in lesson_ids]
        self._set_client_id()
        if not self.is_bound:
            self.initial.setdefault("visited_on", timezone.localdate())

    def outcome_field(self, member: Member) -> str:
        return f"outcome-{member.pk}"

    def seen(self) -> dict[int, set[int]]:
        """Outcome ids ticked for each member (as sent; unknown ids are left to the service)."""
        ticked: dict[int, set[int]] = {}
        source = self.data if self.is_bound else {}
        for member in self.members:
            values = source.getlist(self.outcome_field(member)) if source else []
            ids = {int(value) for value in values if value.isdigit() and len(value) <= 18}
            if ids:
                ticked[member.pk] = ids
        return ticked

    def clean(self):
        self._check_client_id()
        cleaned = super().clean()
        if cleaned.get("problem_note") and not cleaned.get("problem_kind"):
            self.add_error("problem_kind", _("Choose the kind of problem from the list."))
        return cleaned

    def for_service(self, household) -> services.VisitForm:
        data = self.cleaned_data
        return services.VisitForm(
            client_id=data["client_id"],
            household=household,
            visited_on=data["visited_on"],
            present=tuple(data["present"]),
            lessons=tuple(data["lessons"]),
            outcomes=tuple(
                (member_id, outcome_id)
                for member_id, ids in sorted(self.seen().items())
                for outcome_id in sorted(ids)
            ),
            remaining=data["remaining"],
            problem_kind=data["problem_kind"],
            problem_note=data["problem_note"],
        )


@dataclass
class HouseholdFilter:
    """The household list's search box and filters, read from the query string."""

    query: str = ""
    village: int | None = None
    not_visited: bool = False

    @classmethod
    def from_request(cls, params, village_ids: set[int]) -> HouseholdFilter:
        village = params.get("thon", "")
        village_id = int(village) if village.isdigit() and len(village) <= 18 else None
        return cls(
            query=params.get("q", "").strip()[:100],
            village=village_id if village_id in village_ids else None,
            not_visited=params.get("chua-den") == "1",
        )
