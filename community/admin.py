"""The officers' side of the campaign in the Wagtail admin: one menu, “Chiến dịch số”.

Villages (with the import), households, visits, problems passed on, outcomes, targets,
recognitions and trainers, the dashboard and the quarterly report. Registered in
``wagtail_hooks``.

Who sees what is decided twice, so that no view forgets it: every campaign model has a
permission policy that asks for an officer (``community.access.is_officer``) on top of the
model permission, and every list reads its rows through ``community.access``. Nobody adds a
household, a visit or a problem here (trainers record them on their phones), and nothing is
deleted: a household that asks is removed through ``services.remove_household``.
"""

from __future__ import annotations

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.ui.tables import ButtonsColumnMixin, Column, TitleColumn
from wagtail.admin.views.generic import EditView, HistoryView, IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from places.admin import VillageViewSet
from places.models import Village

from . import access, services
from .models import (
    CRITERION_LABELS,
    Household,
    HouseholdGroup,
    Member,
    Outcome,
    OutcomeSeen,
    Problem,
    Recognition,
    Target,
    TrainerProfile,
    Visit,
)
from .rules import CRITERIA, criteria_met
from .stats import household_facts

User = get_user_model()


# Who may do what ------------------------------------------------------------------------------


class CampaignPermissionPolicy(ModelPermissionPolicy):
    """The model's permissions, for the commune's officers only, less what nobody does here.

    An editor or a learner officer given a campaign permission by mistake still sees nothing:
    the campaign's admin is for those who may see the commune's households.
    """

    def __init__(self, model, refused: tuple[str, ...] = ()):
        super().__init__(model)
        self.refused = frozenset(refused)

    def user_has_permission(self, user, action):
        return (
            action not in self.refused
            and access.is_officer(user)
            and super().user_has_permission(user, action)
        )

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.refused]
        if not allowed:
            return self.auth_model._default_manager.none()
        officers = ModelPermissionPolicy(Household).users_with_permission("view")
        return super().users_with_any_permission(allowed).filter(pk__in=officers)


# Households are added by trainers, visits and problems come from their phones, recognitions
# from the “Công nhận” action; nothing is deleted (a household is removed at its request).
REFUSED = {
    Household: ("add", "delete"),
    Visit: ("add", "change", "delete"),
    Problem: ("add", "change", "delete"),
    Outcome: ("delete",),
    Target: ("add", "delete"),
    Recognition: ("add", "delete"),
    TrainerProfile: (),
    Village: ("delete",),  # households keep their village; a village is never deleted
}
for _model, _refused in REFUSED.items():
    register_permission_policy(_model, CampaignPermissionPolicy(_model, refused=_refused))


def may(user, model, action: str) -> bool:
    """The raw model permission of an officer, for the actions the policies keep to one view
    (recognise: ``add`` a recognition; close a problem: ``change`` it)."""
    return access.is_officer(user) and ModelPermissionPolicy(model).user_has_permission(
        user, action
    )


# Households ---------------------------------------------------------------------------------


def criteria_choices():
    return [(str(n), f"{n}/5") for n in range(len(CRITERIA), -1, -1)]


class HouseholdFilterSet(WagtailFilterSet):
    village = django_filters.ModelChoiceFilter(
        label=_("village"), field_name="village", queryset=lambda request: _villages(request)
    )
    group = django_filters.ChoiceFilter(
        label=_("groups"), choices=HouseholdGroup.choices, method="filter_group"
    )
    criteria = django_filters.ChoiceFilter(
        label=_("“Gia đình số” criteria met"), choices=criteria_choices, method="filter_criteria"
    )

    class Meta:
        model = Household
        fields = ["village"]

    def filter_group(self, queryset, name, value):
        # A JSON list of codes: matched as its text, which works on SQLite and PostgreSQL.
        return queryset.filter(groups__icontains=f'"{value}"')

    def filter_criteria(self, queryset, name, value):
        facts = household_facts(queryset)
        wanted = int(value)
        ids = [pk for pk, fact in facts.items() if sum(criteria_met(fact).values()) == wanted]
        return queryset.filter(pk__in=ids)


def _villages(request):
    """The villages a filter offers: the user's own (all of them for an officer)."""
    return access.villages_for(request.user if request else None)


class DayColumn(Column):
    """A date as the commune writes it (30/11/2026), not “1 year ago”."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return value.strftime("%d/%m/%Y") if value else ""


class CriteriaColumn(Column):
    """n/5, from the facts gathered once for the page shown."""

    def get_value(self, instance):
        return f"{getattr(instance, 'criteria_met', 0)}/{len(CRITERIA)}"


class GroupsColumn(Column):
    def get_value(self, instance):
        labels = dict(HouseholdGroup.choices)
        return ", ".join(str(labels.get(code, code)) for code in instance.groups)


class HouseholdScopeMixin:
    """A household's own pages: only households the user may see (never a removed one)."""

    def get_queryset(self):
        if not access.is_officer(self.request.user):
            raise PermissionDenied
        return access.households_for(self.request.user)


class RowActionsMixin:
    """The first column, a title column of our own, carries each row's actions too (Wagtail
    adds them only to a title column it builds from a field name)."""

    @cached_property
    def columns(self):
        columns = list(super().columns)
        first = columns[0]
        if isinstance(first, TitleColumn) and not isinstance(first, ButtonsColumnMixin):
            column_class = self._get_title_column_class(TitleColumn)
            columns[0] = column_class(
                first.name,
                label=first.label,
                accessor=first.accessor,
                sort_key=first.sort_key,
                url_name=first.url_name,
                get_url=first._get_url_func,
            )
        return columns


class HouseholdIndexView(RowActionsMixin, IndexView):
    def get_base_queryset(self):
        return access.households_for(self.request.user).select_related("village")

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        object_list = list(object_list)
        facts = household_facts(object_list)
        recognised = set(
            Recognition.objects.filter(household__in=object_list).values_list(
                "household", flat=True
            )
        )
        for household in object_list:
            household.criteria_met = sum(criteria_met(facts[household.pk]).values())
            household.recognised = household.pk in recognised
        return paginator, page, object_list, is_paginated

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if (
            getattr(instance, "criteria_met", 0) == len(CRITERIA)
            and not getattr(instance, "recognised", True)
            and may(self.request.user, Recognition, "add")
        ):
            buttons.append(
                ListingButton(
                    _("Recognise as “Gia đình số”"),
                    url=reverse("campaign_household:recognise", args=[instance.pk]),
                    icon_name="success",
                    priority=5,
                )
            )
        return buttons


class HouseholdInspectView(InspectView):
    """What an officer needs of one household: n/5 and what is missing, members, visits,
    problems, the recognition and the history. Never more than the household gave."""

    template_name = "community/admin/household_inspect.html"

    def get_object(self, queryset=None):
        # Wagtail finds the object before it checks permissions: refuse first, so that a
        # non-officer learns nothing (not even that the household exists).
        if not access.is_officer(self.request.user):
            raise PermissionDenied
        return get_object_or_404(
            access.households_for(self.request.user).select_related("village"), pk=self.pk
        )

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        user, household = self.request.user, self.object
        recognition = Recognition.objects.filter(household=household).first()
        if recognition is None and may(user, Recognition, "add"):
            buttons.append(
                HeaderButton(
                    _("Recognise as “Gia đình số”"),
                    url=reverse("campaign_household:recognise", args=[household.pk]),
                    icon_name="success",
                )
            )
        if recognition is not None:
            buttons.append(
                HeaderButton(
                    _("Print the certificate"),
                    url=reverse("campaign_recognition:print", args=[recognition.pk]),
                    icon_name="doc-full",
                )
            )
        if may(user, Household, "change"):
            buttons.append(
                HeaderButton(
                    _("Remove at the household's request"),
                    url=reverse("campaign_household:remove", args=[household.pk]),
                    icon_name="bin",
                )
            )
        return buttons

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        household = self.object
        facts = household_facts([household])[household.pk]
        met = criteria_met(facts)
        members = list(
            Member.objects.filter(household=household)
            .select_related("learner")
            .prefetch_related(
                Prefetch(
                    "outcomes",
                    queryset=OutcomeSeen.objects.select_related("outcome").order_by("seen_on"),
                )
            )
        )
        visits = list(
            Visit.objects.filter(household=household)
            .select_related("trainer")
            .prefetch_related(
                "lessons",
                Prefetch(
                    "outcomes_seen",
                    queryset=OutcomeSeen.objects.select_related("outcome", "member__learner"),
                ),
            )
            .annotate(present_count=Count("present"))
        )
        context.update(
            {
                "household": household,
                "criteria": [(CRITERION_LABELS[c], met[c]) for c in CRITERIA],
                "criteria_count": sum(met.values()),
                "criteria_total": len(CRITERIA),
                "members": members,
                "visits": visits,
                "problems": Problem.objects.filter(household=household).order_by("-opened_on"),
                "recognition": Recognition.objects.filter(household=household).first(),
                "history": ModelLogEntry.objects.for_instance(household)
                .select_related("user")
                .order_by("-timestamp")[:20],
                "history_url": reverse("campaign_household:history", args=[household.pk]),
                "group_labels": [
                    dict(HouseholdGroup.choices).get(code, code) for code in household.groups
                ],
            }
        )
        return context


class HouseholdEditView(HouseholdScopeMixin, EditView):
    pass


class HouseholdHistoryView(HistoryView):
    def get_base_object_queryset(self):
        if not access.is_officer(self.request.user):
            raise PermissionDenied
        return access.households_for(self.request.user)


def remove_household_view(request, pk: int):
    """“Xóa theo yêu cầu của hộ”: a confirmation, then ``services.remove_household``."""
    if not may(request.user, Household, "change"):
        raise PermissionDenied
    household = get_object_or_404(access.households_for(request.user), pk=pk)
    if request.method == "POST":
        services.remove_household(request.user, household)
        messages.success(
            request,
            _(
                "The household was removed: its names and notes are gone, its numbers stay as counts."
            ),
        )
        return redirect("campaign_household:index")
    return render(
        request,
        "community/admin/household_remove.html",
        {
            "household": household,
            "page_title": _("Remove at the household's request"),
            "header_icon": "bin",
            "cancel_url": reverse("campaign_household:inspect", args=[household.pk]),
        },
    )


def recognise_view(request, pk: int):
    """“Công nhận Gia đình số”: the five criteria shown, then ``services.recognise``."""
    if not may(request.user, Recognition, "add"):
        raise PermissionDenied
    household = get_object_or_404(
        access.households_for(request.user).select_related("village"), pk=pk
    )
    met = criteria_met(household_facts([household])[household.pk])
    error = None
    if request.method == "POST":
        try:
            recognition = services.recognise(request.user, household)
        except services.Refused as refused:
            error = refused.message
        else:
            messages.success(
                request,
                _("“%(name)s” is recognised as “Gia đình số”: certificate %(code)s.")
                % {"name": household.display_name, "code": recognition.code},
            )
            return redirect("campaign_recognition:print", recognition.pk)
    return render(
        request,
        "community/admin/household_recognise.html",
        {
            "household": household,
            "criteria": [(CRITERION_LABELS[c], met[c]) for c in CRITERIA],
            "all_met": all(met.values()),
            "error": error,
            "page_title": _("Recognise as “Gia đình số”"),
            "header_icon": "success",
            "cancel_url": reverse("campaign_household:inspect", args=[household.pk]),
        },
        status=400 if error else 200,
    )


class HouseholdViewSet(ModelViewSet):
    model = Household
    name = "campaign_household"
    url_prefix = "campaign/households"
    icon = "home"
    menu_label = _("Households")
    index_view_class = HouseholdIndexView
    inspect_view_class = HouseholdInspectView
    edit_view_class = HouseholdEditView
    history_view_class = HouseholdHistoryView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = HouseholdFilterSet
    search_fields = ["display_name", "address_note"]
    list_per_page = 50
    add_to_reference_index = False

    @cached_property
    def list_display(self):
        return [
            TitleColumn(
                "display_name",
                label=_("household"),
                get_url=lambda household: reverse(
                    "campaign_household:inspect", args=[household.pk]
                ),
                sort_key="display_name",
            ),
            "village",
            GroupsColumn("groups", label=_("groups")),
            CriteriaColumn("criteria", label=_("“Gia đình số” criteria")),
            DayColumn("consented_on", label=_("agreed to be recorded on")),
        ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("remove/<int:pk>/", remove_household_view, name="remove"),
            path("recognise/<int:pk>/", recognise_view, name="recognise"),
        ]


# Visits -------------------------------------------------------------------------------------


class VisitFilterSet(WagtailFilterSet):
    village = django_filters.ModelChoiceFilter(
        label=_("village"),
        field_name="household__village",
        queryset=lambda request: _villages(request),
    )
    trainer = django_filters.ModelChoiceFilter(
        label=_("trainer"),
        field_name="trainer",
        queryset=User.objects.filter(trainer__isnull=False).order_by("username"),
    )
    visited_on = django_filters.DateFromToRangeFilter(
        label=_("date"), widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"})
    )

    class Meta:
        model = Visit
        fields = ["village", "trainer", "visited_on"]


class VisitIndexView(IndexView):
    def get_base_queryset(self):
        return (
            access.visits_for(self.request.user)
            .select_related("household__village", "trainer")
            .annotate(present_count=Count("present", distinct=True))
            .annotate(outcome_count=Count("outcomes_seen", distinct=True))
        )


class VisitViewSet(ModelViewSet):
    """The trainers' visits, read only: a visit is what a trainer saw, not for the office to
    change."""

    model = Visit
    name = "campaign_visit"
    url_prefix = "campaign/visits"
    icon = "date"
    menu_label = _("Visits")
    index_view_class = VisitIndexView
    filterset_class = VisitFilterSet
    copy_view_enabled = False
    inspect_view_enabled = False
    list_per_page = 50
    add_to_reference_index = False
    search_fields = ["household__display_name"]
    form_fields: list[str] = []

    @cached_property
    def list_display(self):
        return [
            DayColumn("visited_on", label=_("date"), sort_key="visited_on"),
            TitleColumn(
                "household",
                label=_("household"),
                get_url=lambda visit: (
                    reverse("campaign_household:inspect", args=[visit.household_id])
                    if visit.household.removed_at is None
                    else None
                ),
            ),
            Column("household.village", label=_("village")),
            Column("trainer", label=_("trainer")),
            Column("present_count", label=_("present")),
            Column("outcome_count", label=_("outcomes seen")),
            Column("remaining", label=_("what remains to do")),
        ]


# Problems passed on ---------------------------------------------------------------------------


class ProblemFilterSet(WagtailFilterSet):
    village = django_filters.ModelChoiceFilter(
        label=_("village"), field_name="village", queryset=lambda request: _villages(request)
    )
    status = django_filters.ChoiceFilter(
        label=_("status"),
        choices=[("open", _("open")), ("closed", _("closed"))],
        method="filter_status",
    )
    kind = django_filters.ChoiceFilter(label=_("problem"), choices=Problem.Kind.choices)

    class Meta:
        model = Problem
        fields = ["village", "kind"]

    def filter_status(self, queryset, name, value):
        return queryset.filter(closed_on__isnull=(value == "open"))


class AgeColumn(Column):
    def get_value(self, instance):
        end = instance.closed_on or timezone.localdate()
        return (end - instance.opened_on).days


class StatusColumn(Column):
    def get_value(self, instance):
        if instance.closed_on:
            return _("closed on %(date)s") % {"date": instance.closed_on.strftime("%d/%m/%Y")}
        return _("open")


class ProblemIndexView(RowActionsMixin, IndexView):
    default_ordering = None

    def get_base_queryset(self):
        from django.db.models import F

        return (
            access.problems_for(self.request.user)
            .select_related("village", "household")
            .order_by(F("closed_on").asc(nulls_first=True), "opened_on", "pk")
        )

    def order_queryset(self, queryset):
        # Oldest open problems first, unless the officer sorts by a column.
        if self.ordering:
            return super().order_queryset(queryset)
        return queryset

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.closed_on is None and may(self.request.user, Problem, "change"):
            buttons.append(
                ListingButton(
                    _("Close with a note"),
                    url=reverse("campaign_problem:close", args=[instance.pk]),
                    icon_name="check",
                    priority=10,
                )
            )
        return buttons


class CloseProblemForm(forms.Form):
    note = forms.CharField(
        label=_("How it was solved"),
        max_length=300,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A few words. Never an ID number, phone number or password."),
    )


def close_problem_view(request, pk: int):
    """Close a problem passed on, with a note, through ``services.close_problem``."""
    if not may(request.user, Problem, "change"):
        raise PermissionDenied
    problem = get_object_or_404(
        access.problems_for(request.user).select_related("village", "household"), pk=pk
    )
    if problem.closed_on is not None:
        messages.info(request, _("This problem is already closed."))
        return redirect("campaign_problem:index")
    form = CloseProblemForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.close_problem(request.user, problem, form.cleaned_data["note"])
        except services.Refused as refused:
            form.add_error("note", refused.message)
        else:
            messages.success(request, _("The problem is closed."))
            return redirect("campaign_problem:index")
    return render(
        request,
        "community/admin/problem_close.html",
        {
            "problem": problem,
            "form": form,
            "age": (timezone.localdate() - problem.opened_on).days,
            "page_title": _("Close a problem passed on"),
            "header_icon": "check",
            "cancel_url": reverse("campaign_problem:index"),
        },
        status=400 if form.errors else 200,
    )


class ProblemViewSet(ModelViewSet):
    model = Problem
    name = "campaign_problem"
    url_prefix = "campaign/problems"
    icon = "warning"
    menu_label = _("Problems passed on")
    index_view_class = ProblemIndexView
    filterset_class = ProblemFilterSet
    copy_view_enabled = False
    list_per_page = 50
    add_to_reference_index = False

    @cached_property
    def list_display(self):
        return [
            TitleColumn("get_kind_display", label=_("problem")),
            Column("village", label=_("village")),
            Column("household", label=_("household")),
            Column("note", label=_("note")),
            DayColumn("opened_on", label=_("passed on"), sort_key="opened_on"),
            AgeColumn("age", label=_("age (days)")),
            StatusColumn("status", label=_("status")),
            Column("closing_note", label=_("how it was solved")),
        ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("close/<int:pk>/", close_problem_view, name="close"),
        ]


# Outcomes, targets, trainers --------------------------------------------------------------------


class OutcomeViewSet(SnippetViewSet):
    """What trainers may see a person do; translatable, officers add new ones."""

    model = Outcome
    icon = "success"
    menu_label = _("Outcomes")
    list_display = ["name", "code", "meaning", "sort_order"]
    search_fields = ["name", "code"]


class TargetForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        start, deadline = cleaned.get("starts_on"), cleaned.get("deadline")
        if start and deadline and deadline <= start:
            self.add_error("deadline", _("The deadline must come after the campaign start."))
        goal = cleaned.get("goal")
        if goal is not None and not 0 < goal <= 100:
            self.add_error("goal", _("A goal is a share between 1 and 100 %."))
        return cleaned


class TargetViewSet(ModelViewSet):
    model = Target
    name = "campaign_target"
    url_prefix = "campaign/targets"
    icon = "pick"
    menu_label = _("Targets")
    copy_view_enabled = False
    add_to_reference_index = False
    list_display = ["key", "goal", "starts_on", "deadline"]

    def get_edit_handler(self):
        from wagtail.admin.forms import WagtailAdminModelForm
        from wagtail.admin.panels import ObjectList

        class Form(TargetForm, WagtailAdminModelForm):
            pass

        return ObjectList(Target.panels, base_form_class=Form).bind_to_model(Target)


class TrainerIndexView(RowActionsMixin, IndexView):
    def get_base_queryset(self):
        return TrainerProfile.objects.select_related("user").prefetch_related("villages")


class VillagesColumn(Column):
    def get_value(self, instance):
        return ", ".join(village.name for village in instance.villages.all())


class TrainerViewSet(ModelViewSet):
    """A trainer is an account of the trainers' group and the villages it records visits in."""

    model = TrainerProfile
    name = "campaign_trainer"
    url_prefix = "campaign/trainers"
    icon = "user"
    menu_label = _("Trainers")
    index_view_class = TrainerIndexView
    copy_view_enabled = False
    add_to_reference_index = False
    search_fields = ["user__username", "user__first_name", "user__last_name"]

    @cached_property
    def list_display(self):
        return [
            TitleColumn(
                "__str__",
                label=_("trainer"),
                url_name="campaign_trainer:edit",
            ),
            Column("user.username", label=_("account")),
            VillagesColumn("villages", label=_("villages")),
        ]

    def get_edit_handler(self):
        from wagtail.admin.panels import ObjectList

        return ObjectList(
            [
                HelpPanel(
                    content=_(
                        "A trainer records visits on their phone in the villages ticked here, "
                        "and sees no other village. The account itself (name, password) is "
                        "made by the site's administrator in the trainers' group."
                    )
                ),
                FieldPanel("user"),
                FieldPanel("villages", widget=forms.CheckboxSelectMultiple),
            ]
        ).bind_to_model(TrainerProfile)

    def get_form_class(self, for_update=False):
        from .campaign import TRAINERS_GROUP

        form_class = super().get_form_class(for_update)

        class Form(form_class):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self.fields["user"].queryset = User.objects.filter(
                    groups__name=TRAINERS_GROUP
                ).order_by("username")

        return Form


# Recognitions ---------------------------------------------------------------------------------


class RecognitionStatusColumn(Column):
    def get_value(self, instance):
        if instance.household.removed_at is not None:
            return _("withdrawn")
        if instance.revoked_on:
            return _("revoked on %(date)s") % {"date": instance.revoked_on.strftime("%d/%m/%Y")}
        return _("valid")


class RecognitionIndexView(RowActionsMixin, IndexView):
    def get_base_queryset(self):
        return Recognition.objects.filter(
            household__village__in=access.villages_for(self.request.user)
        ).select_related("household__village")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.household.removed_at is None:
            buttons.append(
                ListingButton(
                    _("Print the certificate"),
                    url=reverse("campaign_recognition:print", args=[instance.pk]),
                    icon_name="doc-full",
                    priority=10,
                )
            )
        return buttons


class RecognitionEditView(EditView):
    """Revoke a recognition: a date and a reason, nothing else."""

    def get_queryset(self):
        return Recognition.objects.filter(
            household__village__in=access.villages_for(self.request.user),
            household__removed_at__isnull=True,
        )


class RevokeForm(forms.ModelForm):
    def clean(self):
        cleaned = super().clean()
        revoked_on, reason = cleaned.get("revoked_on"), cleaned.get("revoke_reason", "").strip()
        if revoked_on and not reason:
            self.add_error("revoke_reason", _("Say why the recognition is revoked."))
        if reason and not revoked_on:
            self.add_error("revoked_on", _("Give the date the recognition is revoked."))
        if revoked_on and revoked_on > timezone.localdate():
            self.add_error("revoked_on", _("The date cannot be in the future."))
        if revoked_on and self.instance.recognised_on and revoked_on < self.instance.recognised_on:
            self.add_error("revoked_on", _("The date cannot be before the recognition."))
        return cleaned


def recognition_print_view(request, pk: int):
    """The printable A4 certificate of a “Gia đình số” household, with its QR code."""
    if not access.is_officer(request.user) or not request.user.has_perm(
        "community.view_recognition"
    ):
        raise PermissionDenied
    recognition = get_object_or_404(
        Recognition.objects.filter(
            household__village__in=access.villages_for(request.user),
            household__removed_at__isnull=True,
        ).select_related("household__village"),
        pk=pk,
    )
    met = criteria_met(household_facts([recognition.household])[recognition.household_id])
    return render(
        request,
        "community/admin/recognition_print.html",
        {
            "recognition": recognition,
            "household": recognition.household,
            "criteria": [CRITERION_LABELS[c] for c in CRITERIA],
            "all_met": all(met.values()),
        },
    )


class RecognitionViewSet(ModelViewSet):
    model = Recognition
    name = "campaign_recognition"
    url_prefix = "campaign/recognitions"
    icon = "success"
    menu_label = _("“Gia đình số” recognitions")
    index_view_class = RecognitionIndexView
    edit_view_class = RecognitionEditView
    copy_view_enabled = False
    add_to_reference_index = False
    search_fields = ["code", "masked_name"]

    @cached_property
    def list_display(self):
        return [
            TitleColumn("code", label=_("certificate code"), url_name="campaign_recognition:edit"),
            Column("masked_name", label=_("household (masked)")),
            Column("household.village", label=_("village")),
            DayColumn("recognised_on", label=_("recognised on"), sort_key="recognised_on"),
            RecognitionStatusColumn("status", label=_("status")),
        ]

    def get_edit_handler(self):
        from wagtail.admin.forms import WagtailAdminModelForm
        from wagtail.admin.panels import ObjectList

        class Form(RevokeForm, WagtailAdminModelForm):
            pass

        return ObjectList(
            [
                HelpPanel(
                    content=_(
                        "To revoke a recognition, give the date and say why. Its public check "
                        "page then shows it as revoked. To recognise a household, open it in "
                        "the list of households."
                    )
                ),
                FieldPanel("revoked_on"),
                FieldPanel("revoke_reason"),
            ],
            base_form_class=Form,
        ).bind_to_model(Recognition)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("print/<int:pk>/", recognition_print_view, name="print"),
        ]


# The menu -----------------------------------------------------------------------------------


class OfficerMenuViewSet(ViewSet):
    """A campaign page of its own (the dashboard, the report) in the campaign's menu."""

    @cached_property
    def menu_item_class(self):
        from wagtail.admin.menu import MenuItem

        class OfficerMenuItem(MenuItem):
            def is_shown(self, request):
                return access.is_officer(request.user)

        return OfficerMenuItem


class DashboardViewSet(OfficerMenuViewSet):
    name = "campaign_dashboard"
    url_prefix = "campaign/dashboard"
    icon = "dashboard"
    menu_label = _("Campaign progress")

    def get_urlpatterns(self):
        from .dashboard import DashboardView

        return [path("", DashboardView.as_view(), name="index")]


class ReportViewSet(OfficerMenuViewSet):
    name = "campaign_report"
    url_prefix = "campaign/report"
    icon = "table"
    menu_label = _("Quarterly report")

    def get_urlpatterns(self):
        from .report import QuarterReportView

        return [
            path("", QuarterReportView.as_view(), name="index"),
            path("results/", QuarterReportView.as_view(results_only=True), name="results"),
        ]


class CampaignGroup(ViewSetGroup):
    """“Chiến dịch số”: everything an officer of the commune runs the campaign with."""

    menu_label = _("Digital campaign")
    menu_icon = "group"
    menu_order = 250
    items = (
        DashboardViewSet,
        HouseholdViewSet,
        VisitViewSet,
        ProblemViewSet,
        RecognitionViewSet,
        OutcomeViewSet,
        TargetViewSet,
        TrainerViewSet,
        VillageViewSet,
        ReportViewSet,
    )
