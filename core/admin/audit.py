"""The audit trail and the outbox in the admin: both view only."""

from typing import Any

from django.apps import apps
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from ..audit import AUDITED_MODELS, action_label, describe
from ..models import AuditEntry, OutboundEmail
from .mixins import BIG_TABLE_PAGE, ReadOnlyAdminMixin


class AuditedObjectTypeFilter(admin.SimpleListFilter):
    title = _("object type")
    parameter_name = "object_type"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        found = ContentType.objects.get_for_models(*(apps.get_model(label) for label in AUDITED_MODELS))
        return [(str(ct.pk), str(model._meta.verbose_name_plural).capitalize()) for model, ct in found.items()]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value():
            return queryset.filter(content_type_id=self.value())
        return queryset


@admin.register(AuditEntry)
class AuditEntryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The append-only audit trail: view only, for everyone."""

    list_display = (
        "created_at",
        "subject_link",
        "action_in_words",
        "from_in_words",
        "to_in_words",
        "actor",
        "short_reason",
    )
    list_filter = (AuditedObjectTypeFilter,)
    search_fields = ("=object_id", "^action", "=actor__email")
    search_help_text = _("Exactly an object id or actor email, or the start of an action (e.g. venture.).")
    date_hierarchy = "created_at"
    list_select_related = ("actor", "content_type")
    ordering = ("-created_at", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    fields = (
        "created_at",
        "content_type",
        "object_id",
        "subject_link",
        "actor",
        "action_in_words",
        "action_code",
        "from_in_words",
        "to_in_words",
        "reason",
    )
    readonly_fields = ("subject_link", "action_in_words", "action_code", "from_in_words", "to_in_words")

    @admin.display(description=_("action"), ordering="action")
    def action_in_words(self, obj: AuditEntry) -> str:
        return format_html('<span title="{}">{}</span>', obj.action, action_label(obj.action))

    @admin.display(description=_("action code"))
    def action_code(self, obj: AuditEntry) -> str:
        return obj.action  # what the search box takes ("venture." finds every venture action)

    @admin.display(description=_("from"))
    def from_in_words(self, obj: AuditEntry) -> str:
        return describe(obj).from_status or "—"

    @admin.display(description=_("to"))
    def to_in_words(self, obj: AuditEntry) -> str:
        return describe(obj).to_status or "—"

    @admin.display(description=_("object"))
    def subject_link(self, obj: AuditEntry) -> str:
        model = obj.content_type.model_class()
        label = f"{model._meta.verbose_name if model else obj.content_type.model} #{obj.object_id}"
        try:
            url = reverse(f"admin:{obj.content_type.app_label}_{obj.content_type.model}_change", args=[obj.object_id])
        except NoReverseMatch:
            return label
        return format_html('<a href="{}">{}</a>', url, label)

    @admin.display(description=_("reason"))
    def short_reason(self, obj: AuditEntry) -> str:
        return obj.reason if len(obj.reason) <= 80 else obj.reason[:79] + "…"


@admin.register(OutboundEmail)
class OutboundEmailAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Emails the registry sent or owes: view only (delivery is the task's job)."""

    list_display = ("created_at", "to", "subject", "sent_at", "attempts")
    list_filter = (("sent_at", admin.EmptyFieldListFilter),)
    search_fields = ("=to", "=key")
    date_hierarchy = "created_at"
    ordering = ("-created_at", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
