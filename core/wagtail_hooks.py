"""The editors' search synonyms in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SearchSynonym


class SearchSynonymViewSet(SnippetViewSet):
    model = SearchSynonym
    icon = "search"
    menu_label = _("Search synonyms")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["term", "meaning"]
    search_fields = ["term", "meaning"]
    ordering = ["term"]


register_snippet(SearchSynonymViewSet)
