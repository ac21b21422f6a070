from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from .exports import prepare_csv_exports

        prepare_csv_exports()

        from . import memo

        memo.connect()
