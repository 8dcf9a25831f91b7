from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.audit import register_audit_actions

from . import audit_labels


class ProgramsConfig(AppConfig):
    name = "programs"
    verbose_name = _("Programmes")

    def ready(self) -> None:
        register_audit_actions(audit_labels.AUDIT_ACTIONS)
        # Imported here, not at the top: it loads models, which exist only once the apps are ready.
        from . import providers

        providers.register()
