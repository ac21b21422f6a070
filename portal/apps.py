import mimetypes

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self) -> None:
        # Captions tracks are served as documents; browsers only accept them as text/vtt.
        mimetypes.add_type("text/vtt", ".vtt")
        from django.db.models.signals import post_delete, post_save

        from . import cache_purge  # noqa: F401  the page cache's purges (receivers)
        from .models import CommuneSettings, forget_commune_settings

        for signal in (post_save, post_delete):
            signal.connect(forget_commune_settings, sender=CommuneSettings)
