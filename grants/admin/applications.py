"""Grant applications in the admin: screening, reviewers, approval or rejection (each a small
form calling grants.services), the budget and answers, and the CSV export."""

from typing import Any

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, reverse
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import ServiceStepsMixin, Step, posted, run_on_each
from core.admin.mixins import AuditHistoryMixin, CsvExportMixin, ReadOnlyInline, grouped_amount

from .. import services
from ..models import (
    ApplicationAnswer,
    ApprovalVote,
    Award,
    BudgetLine,
    GrantApplication,
    Review,
)
from ..selectors.exports import application_export_rows
from ..selectors.reviews import review_score_table, review_weighted_score, score_text
from .forms import (
    ApproveForm,
    AssignReviewerForm,
    RejectForm,
    ScreeningForm,
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

    @admin.display(description=_("weighted score"))
    def total_score(self, obj: Review) -> str:
        weighted = review_weighted_score(obj)
        if weighted is None:
            return "—"
        got, out_of = weighted
        return f"{score_text(got)} / {score_text(out_of)}"


class ApprovalVoteInline(ReadOnlyInline):
    model = ApprovalVote
    fields = ("approver", "amount", "reason", "created_at")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ApprovalVote]:
        return super().get_queryset(request).select_related("approver")


APPLICATION_STATE_FIELDS = ("status", "status_changed_at", "submitted_at", "decided_at", "decision_reason")


@admin.register(GrantApplication)
class GrantApplicationAdmin(ServiceStepsMixin, CsvExportMixin, AuditHistoryMixin, admin.ModelAdmin):
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
    actions = ("start_screening_selected",)
    steps = {
        "start-screening": Step(
            run=lambda application, by, data: services.application_start_screening(application=application, by=by),
            done=_("Screening started. The applicant is emailed."),
            title=_("Start screening"),
            intro=_("Screening checks the application is complete and meets the call's conditions."),
        ),
        "reject": Step(
            run=lambda application, by, data: services.application_reject(
                application=application, by=by, reason=data["reason"]
            ),
            done=_("The application is not funded. The applicant is emailed the reason."),
            title=_("Do not fund"),
            form=RejectForm,
            template="admin/grants/grantapplication/decision_form.html",
            context=lambda application: {"score_table": review_score_table(application)},
        ),
    }
    export_rows = staticmethod(application_export_rows)
    export_name = "grant-applications"
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

    @admin.action(description=_("Start screening the selected applications"), permissions=["screen"])
    def start_screening_selected(self, request: HttpRequest, queryset: QuerySet[GrantApplication]) -> None:
        run_on_each(
            request,
            queryset,
            lambda application: services.application_start_screening(application=application, by=request.user),
            gettext("Screening started for %(count)s application(s)."),
        )

    def has_screen_permission(self, request: HttpRequest) -> bool:
        return request.user.has_perm("grants.screen_grantapplication")

    def get_urls(self) -> list[URLPattern]:
        steps = {
            "screening": (self.screening_view, "screening"),
            "assign-reviewer": (self.assign_reviewer_view, "assign_reviewer"),
            "approve": (self.approve_view, "approve"),
        }
        return [*self.step_urls(steps), *super().get_urls()]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        application = self.get_object(request, object_id)
        context = dict(extra_context or {})
        if application is not None:
            user = request.user
            context.update(
                {
                    "score_table": review_score_table(application),
                    "may_screen": user.has_perm("grants.screen_grantapplication"),
                    "may_decide": user.has_perm("grants.decide_grantapplication"),
                    "my_review": Review.objects.filter(application=application, reviewer_id=user.pk).first(),
                }
            )
        return super().change_view(request, object_id, form_url, extra_context=context)

    def screening_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self.step_object(request, object_id)

        def run(data: dict[str, Any]) -> str:
            passed = data["decision"] == ScreeningForm.PASS
            services.application_screen(application=application, by=request.user, passed=passed, reason=data["reason"])
            if passed:
                return gettext("The application passed screening and is in review.")
            return gettext("The application did not pass screening. The applicant is emailed the reason.")

        return self.step_page(
            request,
            application,
            form=ScreeningForm(posted(request)),
            title=gettext("Screening result"),
            submit_label=gettext("Record the result"),
            run=run,
        )

    def assign_reviewer_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self.step_object(request, object_id)

        def run(data: dict[str, Any]) -> str:
            reviewer = data["reviewer"]
            services.review_assign(application=application, reviewer=reviewer, by=request.user)
            return gettext("%(reviewer)s is assigned to review this application.") % {"reviewer": reviewer}

        assigned = ", ".join(str(r.reviewer) for r in application.reviews.select_related("reviewer"))
        return self.step_page(
            request,
            application,
            form=AssignReviewerForm(posted(request)),
            title=gettext("Assign a reviewer"),
            intro=gettext("Assigned so far: %(names)s") % {"names": assigned or "—"},
            submit_label=gettext("Assign"),
            run=run,
        )

    def approve_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self.step_object(request, object_id)

        def run(data: dict[str, Any]) -> str:
            award = services.application_approve(
                application=application,
                by=request.user,
                amount=data["amount"],
                reason=data["reason"],
                agreement_number=data["agreement_number"],
                award_date=data["award_date"],
                amount_thb=data.get("amount_thb"),
            )
            if award is None:
                return gettext(
                    "Your approval is recorded. Above this call's threshold of %(threshold)s THB a second, "
                    "different grant approver must approve the same amount."
                ) % {"threshold": grouped_amount(application.call.four_eyes_threshold)}
            return gettext("Approved: award %(number)s of %(amount)s %(currency)s. The applicant is emailed.") % {
                "number": award.agreement_number,
                "amount": grouped_amount(award.amount),
                "currency": award.currency,
            }

        votes = list(application.approval_votes.select_related("approver"))
        intro = gettext(
            "Above %(threshold)s THB two different grant approvers must approve the same amount. "
            "A reviewer of this application cannot approve it."
        ) % {"threshold": grouped_amount(application.call.four_eyes_threshold)}
        if votes:
            intro += "\n" + gettext("Already approved by: %(votes)s") % {
                "votes": "; ".join(f"{v.approver} ({grouped_amount(v.amount)})" for v in votes)
            }
        return self.step_page(
            request,
            application,
            form=ApproveForm(posted(request), application=application),
            title=gettext("Approve"),
            intro=intro,
            submit_label=gettext("Approve"),
            run=run,
            template="admin/grants/grantapplication/decision_form.html",
            extra_context={"score_table": review_score_table(application)},
        )


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
