"""The framework in the admin: snippets listed with filters and search, one language at a time."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from .models import Level, Skill, SkillArea


class OneLanguageIndexView(IndexView):
    """The list shows one language, Vietnamese unless the editor picks another (or “all”) in
    the language filter Wagtail adds to translatable snippets."""

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if self.i18n_enabled and "locale" not in kwargs["data"]:
            data = kwargs["data"].copy()
            data["locale"] = self.locale.language_code
            kwargs["data"] = data
        return kwargs


class SkillFilterSet(WagtailFilterSet):
    """The area filter offers the areas of the language shown."""

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        if language := (data or {}).get("locale"):
            self.filters["area"].queryset = SkillArea.objects.filter(locale__language_code=language)

    class Meta:
        model = Skill
        fields = ["area", "required_for_basic"]


class SkillAreaViewSet(SnippetViewSet):
    model = SkillArea
    icon = "folder-open-inverse"
    index_view_class = OneLanguageIndexView
    list_display = ["code", "name"]
    search_fields = ["name", "code"]


class SkillViewSet(SnippetViewSet):
    model = Skill
    icon = "tick-inverse"
    index_view_class = OneLanguageIndexView
    list_display = ["code", "name", "area", "required_for_basic"]
    filterset_class = SkillFilterSet
    search_fields = ["name", "code"]
    list_export = ["code", "name", "area", "required_for_basic"]


class LevelViewSet(SnippetViewSet):
    model = Level
    icon = "order"
    index_view_class = OneLanguageIndexView
    list_display = ["code", "name", "step"]


class SkillsFrameworkGroup(SnippetViewSetGroup):
    menu_label = _("Skills framework")
    menu_icon = "tick-inverse"
    menu_order = 250
    items = (SkillAreaViewSet, SkillViewSet, LevelViewSet)


register_snippet(SkillsFrameworkGroup)
