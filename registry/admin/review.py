"""The reviewers' side: proposed changes, invitations and the review queue."""

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import URLPattern, reverse
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import available_decisions, decision_actions
from core.admin.mixins import BIG_TABLE_PAGE, AuditHistoryMixin, ReadOnlyAdminMixin

from .. import permissions
from ..models import (
    Venture,
    VentureInvitation,
    VentureReviewQueue,
    VentureRevision,
)
from ..models.revisions import RevisionStatus
from ..models.ventures import VentureStatus
from ..services.profile import revision_changes, submission_problems
from .moderation import REVISION_DECISIONS, VENTURE_DECISIONS, ModerationAdminMixin

# --- Proposed changes, invitations and the review queue ----------------------------------------


@admin.register(VentureRevision)
class VentureRevisionAdmin(ModerationAdminMixin, ReadOnlyAdminMixin, AuditHistoryMixin, admin.ModelAdmin):
    """Changes proposed to published ventures: read-only, with the diff against the published
    version; decided through the actions (the public sees them only once approved)."""

    decisions = REVISION_DECISIONS
    actions = decision_actions(decisions)
    list_display = ("venture", "status", "submitted_at", "created_by", "created_at")
    list_filter = ("status",)
    search_fields = ("venture__name_th", "venture__name_en", "=venture__slug")
    list_select_related = ("venture", "created_by")
    ordering = ("submitted_at", "pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    fields = (
        "venture",
        "status",
        "created_by",
        "created_at",
        "submitted_at",
        "decided_at",
        "moderation_note",
        "changes",
        "audit_history",
    )
    readonly_fields = ("changes", "audit_history")

    def get_urls(self) -> list[URLPattern]:
        return [*self.decision_urls(), *super().get_urls()]

    @admin.display(description=_("changes against the published version"))
    def changes(self, obj: VentureRevision | None) -> SafeString | str:
        if obj is None or obj.pk is None:
            return ""
        rows = revision_changes(obj)
        return render_to_string("admin/registry/_diff.html", {"rows": rows, "revision": obj})


@admin.register(VentureInvitation)
class VentureInvitationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("venture", "email", "status", "invited_by", "created_at", "expires_at", "responded_at")
    list_filter = ("status",)
    search_fields = ("=email", "venture__name_th", "venture__name_en")
    list_select_related = ("venture", "invited_by")
    ordering = ("-created_at", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    fields = ("venture", "email", "status", "invited_by", "created_at", "expires_at", "responded_at")


QUEUE_LIMIT = 200


@admin.register(VentureReviewQueue)
class VentureReviewQueueAdmin(admin.ModelAdmin):
    """The review queue: submitted ventures and proposed changes to published ones, oldest first."""

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return permissions.can_moderate(request.user)[0]

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self.has_view_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def queue(self) -> tuple[list[dict[str, Any]], int]:
        ventures = Venture.objects.filter(status=VentureStatus.SUBMITTED).select_related("owner", "country", "province")
        revisions = VentureRevision.objects.filter(
            status=RevisionStatus.SUBMITTED, venture__status=VentureStatus.PUBLISHED
        ).select_related("venture", "created_by")
        total = ventures.count() + revisions.count()
        now = timezone.now()
        items: list[dict[str, Any]] = [
            {
                "kind": _("New venture"),
                "name": str(v),
                "who": v.owner,
                "submitted_at": v.submitted_at,
                "url": reverse("admin:registry_venturereviewqueue_change", args=[v.pk]),
                "detail": v.get_stage_display(),
            }
            for v in ventures.order_by("submitted_at", "pk")[:QUEUE_LIMIT]
        ]
        items += [
            {
                "kind": _("Change to a published venture"),
                "name": str(r.venture),
                "who": r.created_by,
                "submitted_at": r.submitted_at,
                "url": reverse("admin:registry_venturerevision_change", args=[r.pk]),
                "detail": ", ".join(c.label for c in revision_changes(r)),
            }
            for r in revisions.order_by("submitted_at", "pk")[:QUEUE_LIMIT]
        ]
        oldest_first = sorted(items, key=lambda item: (item["submitted_at"] is None, item["submitted_at"] or now))
        for item in oldest_first:
            item["waiting_days"] = (now - item["submitted_at"]).days if item["submitted_at"] else None
        return oldest_first[:QUEUE_LIMIT], total

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        if not self.has_view_permission(request):
            raise PermissionDenied
        items, total = self.queue()
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review queue"),
            "opts": self.model._meta,
            "items": items,
            "total": total,
            "limit": QUEUE_LIMIT,
        }
        return TemplateResponse(request, "admin/registry/review_queue.html", context)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        """A submitted venture's review page: its profile and the decisions the reviewer may take."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        venture = Venture.objects.select_related("owner", "country", "province").filter(pk=object_id).first()
        if venture is None:
            raise Http404(_("No such venture."))
        context = {
            **self.admin_site.each_context(request),
            "title": _("Review: %(name)s") % {"name": venture},
            "opts": self.model._meta,
            "venture": venture,
            "areas": venture.venture_areas.select_related("area").order_by("-is_primary"),
            "decisions": available_decisions(VENTURE_DECISIONS, request.user, venture),
            "audit": AuditHistoryMixin().audit_history(venture),
            "problems": submission_problems(venture),
        }
        return TemplateResponse(request, "admin/registry/review_item.html", context)
