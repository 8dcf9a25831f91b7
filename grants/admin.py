"""Staff admin of the grant lifecycle: applications, reviews, approvals, awards, tranches, co-investment.

Statuses, decisions and money already paid are read-only: they change only through
`grants.services` (admin actions that call them come later). Rows that only a service may
create (reviews and their scores, approvals, awards, tranches) cannot be added here.
"""

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from registry.admin import AuditHistoryMixin, ReadOnlyAdminMixin, ReadOnlyInline

from .models import (
    ApplicationAnswer,
    ApprovalVote,
    Award,
    BudgetLine,
    CoInvestment,
    Disbursement,
    GrantApplication,
    Review,
    ReviewScore,
)


class BudgetLineInline(admin.TabularInline):
    model = BudgetLine
    fields = ("item", "amount")
    extra = 0


class ApplicationAnswerInline(admin.StackedInline):
    model = ApplicationAnswer
    fields = ("question", "text")
    extra = 0


class ReviewSummaryInline(ReadOnlyInline):
    model = Review
    fields = ("reviewer", "recommendation", "total_score", "comment", "assigned_at", "submitted_at")
    readonly_fields = ("total_score",)
    show_change_link = True

    def get_queryset(self, request: HttpRequest) -> QuerySet[Review]:
        return super().get_queryset(request).select_related("reviewer").prefetch_related("scores__criterion")

    @admin.display(description=_("score"))
    def total_score(self, obj: Review) -> str:
        scores = list(obj.scores.all())
        if not scores:
            return "—"
        got = sum(s.score for s in scores)
        out_of = sum(s.criterion.max_score for s in scores)
        return f"{got} / {out_of}"


class ApprovalVoteInline(ReadOnlyInline):
    model = ApprovalVote
    fields = ("approver", "amount", "reason", "created_at")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ApprovalVote]:
        return super().get_queryset(request).select_related("approver")


APPLICATION_STATE_FIELDS = ("status", "status_changed_at", "submitted_at", "decided_at", "decision_reason")


@admin.register(GrantApplication)
class GrantApplicationAdmin(AuditHistoryMixin, admin.ModelAdmin):
    list_display = ("title", "venture", "call", "status", "requested_amount", "currency", "submitted_at", "decided_at")
    list_filter = ("status", "call__programme", "call", "currency")
    search_fields = ("title", "venture__name_th", "venture__name_en", "=venture__slug", "=applicant__email")
    date_hierarchy = "created_at"
    list_select_related = ("venture", "call")
    autocomplete_fields = ("venture", "applicant", "call")
    readonly_fields = (*APPLICATION_STATE_FIELDS, "award_link", "created_at", "updated_at", "audit_history")
    ordering = ("-created_at", "-pk")
    show_full_result_count = False
    inlines = (BudgetLineInline, ApplicationAnswerInline, ReviewSummaryInline, ApprovalVoteInline)
    fieldsets = (
        (None, {"fields": ("venture", "call", "applicant", "title", "summary")}),
        (_("Money and dates"), {"fields": ("requested_amount", "currency", "planned_start", "planned_end")}),
        (
            _("Decision"),
            {
                "fields": (*APPLICATION_STATE_FIELDS, "award_link"),
                "description": _("The status changes only through screening, review and decision, never by editing."),
            },
        ),
        (_("Audit history"), {"fields": ("audit_history", "created_at", "updated_at")}),
    )

    @admin.display(description=_("award"))
    def award_link(self, obj: GrantApplication) -> str:
        award = Award.objects.filter(application=obj).only("pk", "agreement_number").first()
        if award is None:
            return "—"
        return format_html('<a href="{}">{}</a>', reverse("admin:grants_award_change", args=[award.pk]), award)


@admin.register(BudgetLine)
class BudgetLineAdmin(admin.ModelAdmin):
    list_display = ("item", "amount", "application")
    search_fields = ("item", "application__title")
    list_select_related = ("application__venture",)
    autocomplete_fields = ("application",)
    ordering = ("-pk",)


@admin.register(ApplicationAnswer)
class ApplicationAnswerAdmin(admin.ModelAdmin):
    list_display = ("question", "application", "short_text")
    search_fields = ("application__title", "question__text_th", "question__text_en")
    list_select_related = ("question", "application__venture")
    autocomplete_fields = ("application", "question")
    ordering = ("-pk",)

    @admin.display(description=_("answer"))
    def short_text(self, obj: ApplicationAnswer) -> str:
        return obj.text if len(obj.text) <= 80 else obj.text[:79] + "…"


class ReviewScoreInline(ReadOnlyInline):
    model = ReviewScore
    fields = ("criterion", "score")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ReviewScore]:
        return super().get_queryset(request).select_related("criterion")


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Reviews are assigned and submitted through the services (conflict-of-interest checks): view only."""

    list_display = ("application", "reviewer", "recommendation", "assigned_at", "submitted_at")
    list_filter = ("recommendation", ("submitted_at", admin.EmptyFieldListFilter))
    search_fields = ("application__title", "=reviewer__email", "application__venture__name_th")
    date_hierarchy = "assigned_at"
    list_select_related = ("application__venture", "reviewer")
    ordering = ("-assigned_at", "-pk")
    fields = ("application", "reviewer", "recommendation", "comment", "assigned_at", "submitted_at")
    inlines = (ReviewScoreInline,)


@admin.register(ReviewScore)
class ReviewScoreAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("review", "criterion", "score")
    search_fields = ("review__application__title", "=review__reviewer__email")
    list_select_related = ("review__application__venture", "review__reviewer", "criterion")
    ordering = ("-pk",)


@admin.register(ApprovalVote)
class ApprovalVoteAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """An approver's vote is cast by `application_approve` (four-eyes rule): view only."""

    list_display = ("application", "approver", "amount", "created_at")
    search_fields = ("application__title", "=approver__email")
    date_hierarchy = "created_at"
    list_select_related = ("application__venture", "approver")
    ordering = ("-created_at", "-pk")


class DisbursementInline(ReadOnlyInline):
    model = Disbursement
    fields = ("sequence", "amount", "planned_date", "status", "paid_date")


class CoInvestmentInline(admin.TabularInline):
    model = CoInvestment
    fields = ("venture", "source", "source_kind", "amount", "currency", "amount_thb", "date", "verified")
    readonly_fields = ("verified",)
    autocomplete_fields = ("venture",)
    extra = 0


AWARD_STATE_FIELDS = (
    "application",
    "amount",
    "currency",
    "amount_thb",
    "approvers_list",
    "over_request_reason",
    "amount_disbursed",
    "amount_disbursed_thb",
    "status",
    "closed_at",
    "final_report",
)


@admin.register(Award)
class AwardAdmin(AuditHistoryMixin, admin.ModelAdmin):
    """Awards are created by the approval service; only the agreement details are edited here."""

    list_display = (
        "agreement_number",
        "venture",
        "amount",
        "currency",
        "amount_thb",
        "amount_disbursed",
        "status",
        "award_date",
    )
    list_filter = ("status", "currency", "application__call__programme")
    search_fields = (
        "agreement_number",
        "application__title",
        "application__venture__name_th",
        "application__venture__name_en",
    )
    date_hierarchy = "award_date"
    list_select_related = ("application__venture",)
    readonly_fields = (*AWARD_STATE_FIELDS, "created_at", "audit_history")
    ordering = ("-award_date", "-pk")
    inlines = (DisbursementInline, CoInvestmentInline)
    fieldsets = (
        (None, {"fields": ("agreement_number", "award_date")}),
        (
            _("Decision and payments"),
            {
                "fields": AWARD_STATE_FIELDS,
                "description": _("Amounts, payments and status change only through the grant services."),
            },
        ),
        (_("Audit history"), {"fields": ("audit_history", "created_at")}),
    )

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Award]:
        return super().get_queryset(request).select_related("application__venture")

    @admin.display(description=_("venture"), ordering="application__venture")
    def venture(self, obj: Award) -> str:
        return str(obj.application.venture)

    @admin.display(description=_("approvers"))
    def approvers_list(self, obj: Award) -> str:
        return ", ".join(str(user) for user in obj.approvers.all()) or "—"


@admin.register(Disbursement)
class DisbursementAdmin(admin.ModelAdmin):
    """Tranches are planned and paid through the services (totals never above the award)."""

    list_display = ("award", "sequence", "amount", "planned_date", "status", "paid_date")
    list_filter = ("status",)
    search_fields = ("award__agreement_number",)
    date_hierarchy = "planned_date"
    list_select_related = ("award",)
    readonly_fields = ("award", "sequence", "amount", "status", "paid_date")
    fields = ("award", "sequence", "amount", "planned_date", "status", "paid_date")
    ordering = ("-planned_date", "-pk")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(CoInvestment)
class CoInvestmentAdmin(admin.ModelAdmin):
    list_display = ("source", "venture", "source_kind", "amount", "currency", "amount_thb", "date", "verified")
    list_filter = ("verified", "source_kind", "currency")
    search_fields = ("source", "venture__name_th", "venture__name_en", "award__agreement_number")
    date_hierarchy = "date"
    list_select_related = ("venture",)
    autocomplete_fields = ("venture", "award")
    readonly_fields = ("verified", "verified_by", "verified_at")
    ordering = ("-date", "-pk")
    fields = (
        "venture",
        "award",
        "source",
        "source_kind",
        "amount",
        "currency",
        "amount_thb",
        "date",
        "verified",
        "verified_by",
        "verified_at",
    )
