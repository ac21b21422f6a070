"""Where the campaign plugs into Wagtail: its history entries (more registrations follow)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_campaign_log_actions(actions):
    """Every change to a household keeps who and when; the officer reads it in its history."""
    actions.register_action("community.visit", _("Visit recorded"), _("Visit recorded"))
    actions.register_action("community.member_added", _("Member added"), _("Member added"))
    actions.register_action(
        "community.recognised", _("Recognised as “Gia đình số”"), _("Recognised as “Gia đình số”")
    )
    actions.register_action(
        "community.removed", _("Removed at the household's request"), _("Removed")
    )


# The learner's own page: the “Đại sứ số” box (``community.hooks``).
from community.hooks import mentors_box  # noqa: E402

hooks.register("learner_page_extras", mentors_box)
