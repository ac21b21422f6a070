"""The staff side of learners: viewsets for learners, attempts and certificates.

Registered in ``wagtail_hooks``. What nobody may do to records the portal makes by its own
rules is a permission policy, so it holds for every view and every user.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.timezone import localtime
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.views.generic import DeleteView, EditView, IndexView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, ListingButton
from wagtail.models import ModelLogEntry
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

from .forms import StaffPinForm
from .models import Award, Certificate, Learner, QuizAttempt
from .services import profiles


class RecordPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, less the actions nobody has on records the portal makes.

    Learners, attempts and certificates are made by the portal's own rules (a code, a hashed
    PIN, a scored form), so nobody adds one by hand, not even a superuser; attempts are
    statistics that stay; a certificate is revoked, not deleted.
    """

    def __init__(self, model, refused: tuple[str, ...]):
        super().__init__(model)
        self.refused = frozenset(refused)

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = [action for action in actions if action not in self.refused]
        if not allowed:
            return self.auth_model._default_manager.none()
        return super().users_with_any_permission(allowed)


register_permission_policy(Learner, RecordPermissionPolicy(Learner, refused=("add",)))
register_permission_policy(
    QuizAttempt, RecordPermissionPolicy(QuizAttempt, refused=("add", "change", "delete"))
)
register_permission_policy(
    Certificate, RecordPermissionPolicy(Certificate, refused=("add", "delete"))
)


class LearnerDeleteView(DeleteView):
    """Deleting a learner in the admin is the learner's own “delete my profile”."""

    def delete_action(self):
        profiles.delete_profile(self.object, deleted_by=self.request.user)


# Who may reset a learner's PIN in the admin: the roles that may see learners (the learners'
# officers, the campaign's officers), with the learner present. Trainers do it on their phone
# pages (the campaign's member page), for the members of their own villages.
RESET_PERMISSION = "view"


def may_reset_pins(user) -> bool:
    return ModelPermissionPolicy(Learner).user_has_permission(user, RESET_PERMISSION)


PIN_EVENTS = ("learners.pin_reset", "learners.recovery_code_issued", "learners.pin_recovered")


def staff_name(user) -> str:
    return (user.get_full_name() or user.get_username()) if user else "—"


class LearnerIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if may_reset_pins(self.request.user):
            buttons.append(
                ListingButton(
                    _("Reset the PIN or the learner card"),
                    url=reverse("learner:reset_pin", args=[instance.pk]),
                    icon_name="key",
                    priority=30,
                )
            )
        return buttons


class LearnerInspectView(InspectView):
    """The learner as an officer sees them, with every PIN reset and card: who and when."""

    def get_field_label(self, field_name, field):
        if field_name == "pin_events":
            return _("PIN resets and learner cards")
        return super().get_field_label(field_name, field)

    def get_pin_reset_by_display_value(self):
        return staff_name(self.object.pin_reset_by) if self.object.pin_reset_by_id else "—"

    def get_pin_events_display_value(self):
        entries = (
            ModelLogEntry.objects.for_instance(self.object)
            .filter(action__in=PIN_EVENTS)
            .select_related("user")
            .order_by("-timestamp")[:20]
        )
        rows = [
            (
                localtime(entry.timestamp).strftime("%d/%m/%Y %H:%M"),
                entry.message,
                staff_name(entry.user) if entry.user_id else _("the learner"),
            )
            for entry in entries
        ]
        return format_html_join(mark_safe("<br>"), "{}: {} ({})", rows) or "—"  # noqa: S308

    @cached_property
    def header_more_buttons(self):
        buttons = super().header_more_buttons
        if may_reset_pins(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Reset the PIN or the learner card"),
                    url=reverse("learner:reset_pin", args=[self.object.pk]),
                    icon_name="key",
                )
            )
        return buttons


def reset_pin_view(request, pk: int):
    """With the learner present: a new PIN they type, or a new learner card to print."""
    if not may_reset_pins(request.user):
        raise PermissionDenied
    learner = get_object_or_404(Learner, pk=pk)
    inspect_url = reverse("learner:inspect", args=[learner.pk])
    form = StaffPinForm(request.POST if request.POST.get("action") == "pin" else None)
    card_refused = ""
    if request.method == "POST" and request.POST.get("action") == "card":
        if request.POST.get("card_present") == "yes":
            code = profiles.issue_recovery_code(learner, by=request.user)
            return render(
                request,
                "learners/admin/card_print.html",
                {
                    "learner": learner,
                    "recovery_code": code,
                    "forgot_url": request.build_absolute_uri(reverse("learners:forgot_pin")),
                    "back_url": inspect_url,
                },
            )
        card_refused = _("Make a card only with the learner present.")
    elif request.method == "POST" and form.is_valid():
        profiles.reset_pin(learner, form.cleaned_data["pin"], by=request.user)
        messages.success(
            request,
            _("The PIN of %(name)s (%(code)s) is reset.")
            % {"name": learner.display_name, "code": learner.code},
        )
        return redirect(inspect_url)
    return render(
        request,
        "learners/admin/reset_pin.html",
        {
            "learner": learner,
            "form": form,
            "card_refused": card_refused,
            "page_title": _("Reset the PIN or the learner card"),
            "header_icon": "key",
            "cancel_url": inspect_url,
        },
        status=400 if (form.errors or card_refused) else 200,
    )


class LearnerViewSet(ModelViewSet):
    model = Learner
    url_prefix = "learners/learner"
    icon = "user"
    menu_label = _("Learners")
    delete_view_class = LearnerDeleteView
    index_view_class = LearnerIndexView
    inspect_view_class = LearnerInspectView
    list_display = ["display_name", "code", "village", "birth_year", "created_at"]
    list_filter = ["village", "created_at"]
    search_fields = ["display_name", "code", "village__name", "village_note"]
    list_export = ["code", "display_name", "village", "birth_year", "created_at"]
    inspect_view_enabled = True
    # What an officer needs; never the PIN hash.
    inspect_view_fields = [
        "code",
        "display_name",
        "birth_year",
        "village",
        "village_note",
        "created_at",
        "last_seen_at",
        "recovery_issued_at",
        "pin_reset_at",
        "pin_reset_by",
        "pin_events",
    ]
    form_fields = ["display_name", "birth_year", "village"]
    add_to_admin_menu = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("reset-pin/<int:pk>/", reset_pin_view, name="reset_pin"),
        ]


class QuizAttemptViewSet(ModelViewSet):
    model = QuizAttempt
    url_prefix = "learners/quizattempt"
    icon = "tasks"
    menu_label = _("Quiz attempts")
    list_display = ["quiz", "learner", "correct", "total", "percent", "passed", "created_at"]
    list_filter = ["passed", "quiz", "created_at"]
    search_fields = ["learner__display_name", "learner__code"]
    list_export = ["quiz", "learner", "correct", "total", "percent", "passed", "created_at"]
    inspect_view_enabled = True
    inspect_view_fields = [
        "quiz",
        "learner",
        "revision",
        "correct",
        "total",
        "percent",
        "pass_mark",
        "passed",
        "created_at",
    ]
    form_fields = []


class CertificateEditView(EditView):
    def save_instance(self):
        certificate = self.form.instance
        if certificate.revoked_at and not certificate.revoked_by_id:
            certificate.revoked_by = self.request.user
        return super().save_instance()


class CertificateViewSet(ModelViewSet):
    model = Certificate
    url_prefix = "learners/certificate"
    icon = "doc-full"
    menu_label = _("Certificates")
    edit_view_class = CertificateEditView
    list_display = ["code", "title", "masked_name", "issued_at", "revoked_at", "withdrawn"]
    list_filter = ["kind", "issued_at", "withdrawn"]
    search_fields = ["code", "title", "masked_name", "learner__display_name"]
    list_export = [
        "code",
        "title",
        "masked_name",
        "issued_at",
        "revoked_at",
        "revoke_reason",
        "withdrawn",
    ]
    inspect_view_enabled = True
    inspect_view_fields = [
        "code",
        "kind",
        "title",
        "masked_name",
        "topic",
        "issued_at",
        "revoked_at",
        "revoke_reason",
        "withdrawn",
    ]
    panels = [
        HelpPanel(
            content=_(
                "To revoke a certificate, set the date and say why. Its public check page then shows it as revoked."
            )
        ),
        FieldPanel("revoked_at"),
        FieldPanel("revoke_reason"),
    ]


# Menu items registered under this hook join the “Học viên” menu (the learner reports).
LEARNERS_MENU_HOOK = "register_learners_menu_item"


class LearnersGroup(ViewSetGroup):
    menu_label = _("Learners")
    menu_icon = "group"
    menu_order = 300
    items = (LearnerViewSet, QuizAttemptViewSet, CertificateViewSet)
    submenu_hook = LEARNERS_MENU_HOOK


class AwardViewSet(SnippetViewSet):
    """The words of certificates that are not a topic's, translatable like any snippet."""

    model = Award
    icon = "doc-full-inverse"
    menu_label = _("Certificate titles")
    list_display = ["title", "key"]
    add_to_admin_menu = False
