from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SkillsConfig(AppConfig):
    name = "skills"
    verbose_name = _("Skills framework")

    def ready(self) -> None:
        from core.memo import cache_translations

        from .models import Level, Skill, SkillArea

        # A few dozen rows that every lesson and quiz names: kept in the cache per language.
        cache_translations(SkillArea, Skill, Level)
