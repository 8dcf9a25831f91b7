"""Bulk imports in the admin: the import jobs (the upload and progress pages: import_views)."""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin.mixins import ReadOnlyAdminMixin

from ..models import (
    ImportJob,
)


@admin.register(ImportJob)
class ImportJobAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """The CSV imports run from the import page: who uploaded what, when, and what came of it.

    Everyone who may import sees every job (the import page links to them too); the uploaded
    file's content is not shown here.
    """

    fields = (
        "file_name",
        "uploaded_by",
        "created_at",
        "skip_invalid",
        "language",
        "status",
        "stage",
        "done",
        "total",
        "started_at",
        "finished_at",
        "summary",
        "error",
        "job_page",
    )
    list_display = (
        "created_at",
        "file_name",
        "uploaded_by",
        "status",
        "created_count",
        "updated_count",
        "unchanged_count",
        "bad_rows",
        "job_page",
    )
    list_filter = ("status",)
    search_fields = ("file_name", "=uploaded_by__email")
    list_select_related = ("uploaded_by",)
    ordering = ("-created_at", "-pk")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ImportJob]:
        return super().get_queryset(request).defer("content")

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return super().has_view_permission(request, obj) or request.user.has_perm("registry.add_venture")

    def _count(self, obj: ImportJob, name: str) -> Any:
        return (obj.report or {}).get(name, "—")

    @admin.display(description=_("created"))
    def created_count(self, obj: ImportJob) -> Any:
        return self._count(obj, "created")

    @admin.display(description=_("updated"))
    def updated_count(self, obj: ImportJob) -> Any:
        return self._count(obj, "updated")

    @admin.display(description=_("unchanged"))
    def unchanged_count(self, obj: ImportJob) -> Any:
        return self._count(obj, "unchanged")

    @admin.display(description=_("bad rows"))
    def bad_rows(self, obj: ImportJob) -> Any:
        return len(obj.report["errors"]) if obj.report else "—"

    @admin.display(description=_("summary"))
    def summary(self, obj: ImportJob) -> str:
        return (obj.report or {}).get("summary", "")

    @admin.display(description=_("report"))
    def job_page(self, obj: ImportJob) -> str:
        url = reverse("admin:registry_venture_import_job", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, _("Progress and report"))
