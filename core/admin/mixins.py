"""What the apps' admins share: read-only rows, the audit panel, CSV exports of a list, grouped amounts."""

from collections.abc import Callable, Iterable
from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse
from django.template.loader import render_to_string
from django.urls import URLPattern, path
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from ..audit import describe
from ..csv_export import streamed_csv
from ..models import AuditEntry

# Tables that reach 100k+ rows: no second COUNT(*) of the whole table, modest pages.
BIG_TABLE_PAGE = 50


class ReadOnlyAdminMixin:
    """Nobody adds, changes or deletes these rows in the admin, superusers included."""

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        # Every shown field is read-only (including non-editable ones such as auto_now_add).
        declared = getattr(self, "fields", None)
        model_fields = self.model._meta.fields  # type: ignore[attr-defined]
        names = list(declared) if declared else [f.name for f in model_fields if not f.auto_created]
        extra = getattr(self, "readonly_fields", ())
        return [*names, *(name for name in extra if name not in names)]


class ReadOnlyInline(ReadOnlyAdminMixin, admin.TabularInline):
    """An inline that shows rows written by services, without add/change/delete."""

    extra = 0
    can_delete = False


class AuditHistoryMixin:
    """A read-only `audit_history` field: the object's audit entries, oldest first.

    Add "audit_history" to `readonly_fields` and to a fieldset of the admin using it.
    """

    @admin.display(description=_("audit history"))
    def audit_history(self, obj: models.Model | None) -> SafeString | str:
        if obj is None or obj.pk is None:
            return ""
        entries = AuditEntry.objects.for_object(obj).select_related("actor")
        rows = [describe(entry, type(obj)) for entry in entries]
        return render_to_string("admin/_audit_history.html", {"rows": rows})


class CsvExportMixin:
    """`export.csv` next to the list: the rows the list shows with its filters and search, all pages.

    `export_rows(queryset)` yields the header first, then one list of cells per row.
    """

    export_rows: Callable[[QuerySet[Any]], Iterable[list[str]]]
    export_name: str

    def get_urls(self) -> list[URLPattern]:
        opts = self.model._meta  # type: ignore[attr-defined]
        view = self.admin_site.admin_view(self.export_view)  # type: ignore[attr-defined]
        return [
            path("export.csv", view, name=f"{opts.app_label}_{opts.model_name}_export"),
            *super().get_urls(),  # type: ignore[misc]
        ]

    def export_view(self, request: HttpRequest) -> StreamingHttpResponse:
        if not self.has_view_permission(request):  # type: ignore[attr-defined]
            raise PermissionDenied
        changelist = self.get_changelist_instance(request)  # type: ignore[attr-defined]
        stamp = timezone.localdate().strftime("%Y%m%d")
        rows = iter(self.export_rows(changelist.queryset))
        header = next(rows)
        return streamed_csv(header, rows, f"{self.export_name}-{stamp}.csv")


def grouped_amount(value: Any) -> str:
    """An amount as staff read it in the admin: grouped thousands and two decimals (1,200,000.00)."""
    if value is None or value == "":
        return "—"
    return number_format(value, decimal_pos=2, force_grouping=True)
