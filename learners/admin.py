"""The staff side of learners: viewsets for learners, attempts and certificates.

Registered in ``wagtail_hooks``. What nobody may do to records the portal makes by its own
rules is a permission policy, so it holds for every view and every user.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.admin.views.generic import DeleteView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import SnippetViewSet

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


class LearnerViewSet(ModelViewSet):
    model = Learner
    url_prefix = "learners/learner"
    icon = "user"
    menu_label = _("Learners")
    delete_view_class = LearnerDeleteView
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
    ]
    form_fields = ["display_name", "birth_year", "village"]
    add_to_admin_menu = False


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
