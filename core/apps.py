from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Audit and outbox")

    def ready(self) -> None:
        # core.admin registers the admins of core's models: importable only once the apps are ready.
        from .admin import display

        display.install()
