"""The framework in the admin: snippets listed with filters and search."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Level, Skill, SkillArea


class SkillAreaViewSet(SnippetViewSet):
    model = SkillArea
    icon = "folder-open-inverse"
    list_display = ["code", "name"]
    list_filter = ["locale"]
    search_fields = ["name", "code"]


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "tick-inverse"
    list_display = ["code", "name", "area", "required_for_basic"]
    list_filter = ["area", "required_for_basic", "locale"]
    search_fields = ["name", "code"]
    list_export = ["code", "name", "area", "required_for_basic"]


class LevelViewSet(SnippetViewSet):
    model = Level
    icon = "order"
    list_display = ["code", "name", "step"]
    list_filter = ["locale"]


class SkillsFrameworkGroup(SnippetViewSetGroup):
    menu_label = _("Skills framework")
    menu_icon = "tick-inverse"
    menu_order = 250
    items = (SkillAreaViewSet, SkillViewSet, LevelViewSet)


register_snippet(SkillsFrameworkGroup)
