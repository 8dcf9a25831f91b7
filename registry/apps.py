from typing import Any

from django.apps import AppConfig
from django.db import connections
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from core.audit import register_audit_actions, register_audited_models

from . import audit_labels


class RegistryConfig(AppConfig):
    name = "registry"
    verbose_name = _("Registry")

    def ready(self) -> None:
        # Imported once the models are loaded: the checks read them.
        from .search import checks  # noqa: F401 - registers the search system checks

        post_migrate.connect(_rebuild_outdated_index, sender=self)
        # registry.selectors imports the models: importable only once the apps are ready.
        from .selectors import FACET_LABEL_MODELS, watch_facet_label_models

        watch_facet_label_models(FACET_LABEL_MODELS)
        register_audit_actions(audit_labels.AUDIT_ACTIONS)
        register_audited_models("registry.Venture")


def _rebuild_outdated_index(using: str = "default", verbosity: int = 1, **kwargs: Any) -> None:
    """After `migrate`: an index written by a release without search keys is rebuilt once, so that
    descriptions are ranked from the first search (takes about as long as rebuild_search_index)."""
    # registry.search.index imports the models, which this module is loaded before.
    from .search.index import index_outdated, rebuild

    connection = connections[using]
    if using != "default":
        return
    # After migrating backwards (to zero, say) the index's tables may not be there.
    tables = set(connection.introspection.table_names())
    if not {"registry_venturesearchdocument", "registry_searchposting", "registry_searchkey"} <= tables:
        return
    if index_outdated():
        documents, _words = rebuild()
        if verbosity:
            print(f"Search index rebuilt with search keys: {documents} ventures.")  # noqa: T201
