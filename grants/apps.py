from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.audit import register_audit_actions, register_audited_models

from . import audit_labels


class GrantsConfig(AppConfig):
    name = "grants"
    verbose_name = _("Grants")

    def ready(self) -> None:
        register_audit_actions(audit_labels.AUDIT_ACTIONS)
        register_audited_models("grants.GrantApplication", "grants.Award")
        # Imported here, not at the top: it loads models, which exist only once the apps are ready.
        from . import providers

        providers.register()
