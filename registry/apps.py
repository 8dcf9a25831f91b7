from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from core.audit import register_audit_actions, register_audited_models

from . import audit_labels


class RegistryConfig(AppConfig):
    name = "registry"
    verbose_name = _("Registry")

    def ready(self) -> None:
        # Imported once the models are loaded: the checks read them.
        from .search import checks  # noqa: F401 - registers the search system checks

        register_audit_actions(audit_labels.AUDIT_ACTIONS)
        register_audited_models("registry.Venture")
