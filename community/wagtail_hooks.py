"""Where the campaign plugs into Wagtail: registrations only.

- its history entries (every change to a household keeps who and when);
- the officers' admin menu “Chiến dịch số” (``admin``) and the home-page panel (``dashboard``);
- ``learner_page_extras``: the “Đại sứ số” box on the learner's own page (``hooks``).
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import access
from .admin import CampaignGroup
from .dashboard import CampaignSummaryPanel
from .hooks import mentors_box


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


@hooks.register("register_admin_viewset")
def register_campaign_viewsets():
    return CampaignGroup()


@hooks.register("construct_homepage_panels")
def campaign_summary_panel(request, panels):
    """Officers see the commune's targets first thing on the admin's home page."""
    if access.is_officer(request.user):
        panels.append(CampaignSummaryPanel())


hooks.register("learner_page_extras", mentors_box)
