"""Staff admin of the grant lifecycle: applications, reviews, approvals, awards, tranches, co-investment.

Statuses, decisions and money already paid are read-only: they change only through
`grants.services`, which staff reach through the buttons on an application's or award's page
and the list actions (each a small form: `grants.admin_forms`). Rows that only a service may
create (reviews and their scores, approvals, awards, tranches, co-investment) have no plain
add page. The application and award lists export to CSV with the list's own filters.
"""

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import BooleanField, Case, QuerySet, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import change_url, posted, run_on_each, service_form_view
from core.admin.mixins import AuditHistoryMixin, CsvExportMixin, ReadOnlyAdminMixin, ReadOnlyInline
from core.dates import local_date

from . import services
from .admin_forms import (
    ApproveForm,
    AssignReviewerForm,
    CloseAwardForm,
    CoInvestmentForm,
    ConfirmForm,
    PayTrancheForm,
    PlanTrancheForm,
    RejectForm,
    ReviewScoreForm,
    ScreeningForm,
)
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
from .selectors.exports import application_export_rows, award_export_rows
from .selectors.reviews import review_score_table


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
class GrantApplicationAdmin(CsvExportMixin, AuditHistoryMixin, admin.ModelAdmin):
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
        view = self.admin_site.admin_view
        steps = {
            "start-screening": (self.start_screening_view, "start_screening"),
            "screening": (self.screening_view, "screening"),
            "assign-reviewer": (self.assign_reviewer_view, "assign_reviewer"),
            "approve": (self.approve_view, "approve"),
            "reject": (self.reject_view, "reject"),
        }
        return [
            *(
                path(f"<path:object_id>/{slug}/", view(handler), name=f"grants_grantapplication_{name}")
                for slug, (handler, name) in steps.items()
            ),
            *super().get_urls(),
        ]

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

    def _application(self, request: HttpRequest, object_id: str) -> GrantApplication:
        application = self.get_object(request, object_id)
        if application is None:
            raise Http404
        return application

    def start_screening_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self._application(request, object_id)

        def run(data: dict[str, Any]) -> str:
            services.application_start_screening(application=application, by=request.user)
            return gettext("Screening started. The applicant is emailed.")

        return service_form_view(
            request,
            model_admin=self,
            obj=application,
            form=ConfirmForm(posted(request)),
            title=gettext("Start screening"),
            intro=gettext("Screening checks the application is complete and meets the call's conditions."),
            submit_label=gettext("Start screening"),
            run=run,
        )

    def screening_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self._application(request, object_id)

        def run(data: dict[str, Any]) -> str:
            passed = data["decision"] == ScreeningForm.PASS
            services.application_screen(application=application, by=request.user, passed=passed, reason=data["reason"])
            if passed:
                return gettext("The application passed screening and is in review.")
            return gettext("The application did not pass screening. The applicant is emailed the reason.")

        return service_form_view(
            request,
            model_admin=self,
            obj=application,
            form=ScreeningForm(posted(request)),
            title=gettext("Screening result"),
            submit_label=gettext("Record the result"),
            run=run,
        )

    def assign_reviewer_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self._application(request, object_id)

        def run(data: dict[str, Any]) -> str:
            reviewer = data["reviewer"]
            services.review_assign(application=application, reviewer=reviewer, by=request.user)
            return gettext("%(reviewer)s is assigned to review this application.") % {"reviewer": reviewer}

        assigned = ", ".join(str(r.reviewer) for r in application.reviews.select_related("reviewer"))
        return service_form_view(
            request,
            model_admin=self,
            obj=application,
            form=AssignReviewerForm(posted(request)),
            title=gettext("Assign a reviewer"),
            intro=gettext("Assigned so far: %(names)s") % {"names": assigned or "—"},
            submit_label=gettext("Assign"),
            run=run,
        )

    def approve_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self._application(request, object_id)

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
                ) % {"threshold": application.call.four_eyes_threshold}
            return gettext("Approved: award %(number)s of %(amount)s %(currency)s. The applicant is emailed.") % {
                "number": award.agreement_number,
                "amount": award.amount,
                "currency": award.currency,
            }

        votes = list(application.approval_votes.select_related("approver"))
        intro = gettext(
            "Above %(threshold)s THB two different grant approvers must approve the same amount. "
            "A reviewer of this application cannot approve it."
        ) % {"threshold": application.call.four_eyes_threshold}
        if votes:
            intro += "\n" + gettext("Already approved by: %(votes)s") % {
                "votes": "; ".join(f"{v.approver} ({v.amount})" for v in votes)
            }
        return service_form_view(
            request,
            model_admin=self,
            obj=application,
            form=ApproveForm(posted(request), application=application),
            title=gettext("Approve"),
            intro=intro,
            submit_label=gettext("Approve"),
            run=run,
            template="admin/grants/grantapplication/decision_form.html",
            extra_context={"score_table": review_score_table(application)},
        )

    def reject_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        application = self._application(request, object_id)

        def run(data: dict[str, Any]) -> str:
            services.application_reject(application=application, by=request.user, reason=data["reason"])
            return gettext("The application is not funded. The applicant is emailed the reason.")

        return service_form_view(
            request,
            model_admin=self,
            obj=application,
            form=RejectForm(posted(request)),
            title=gettext("Do not fund"),
            submit_label=gettext("Do not fund"),
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


class ReviewScoreInline(ReadOnlyInline):
    model = ReviewScore
    fields = ("criterion", "score")

    def get_queryset(self, request: HttpRequest) -> QuerySet[ReviewScore]:
        return super().get_queryset(request).select_related("criterion")


class MyReviewsFilter(admin.SimpleListFilter):
    title = _("assigned to")
    parameter_name = "mine"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("1", gettext("me")), ("todo", gettext("me, not yet submitted"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() == "1":
            return queryset.filter(reviewer_id=request.user.pk)
        if self.value() == "todo":
            return queryset.filter(reviewer_id=request.user.pk, submitted_at__isnull=True)
        return queryset


@admin.register(Review)
class ReviewAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Reviews are assigned and submitted through the services (conflict-of-interest checks).

    The assigned reviewer scores through the "score" page; nobody edits a review here.
    """

    list_display = ("application", "reviewer", "recommendation", "assigned_at", "submitted_at", "score_link")
    list_filter = (MyReviewsFilter, "recommendation", ("submitted_at", admin.EmptyFieldListFilter))
    search_fields = ("application__title", "=reviewer__email", "application__venture__name_th")
    date_hierarchy = "assigned_at"
    list_select_related = ("application__venture", "reviewer")
    ordering = ("-assigned_at", "-pk")
    fields = ("application", "reviewer", "recommendation", "comment", "assigned_at", "submitted_at")
    inlines = (ReviewScoreInline,)

    @admin.display(description=_("score it"))
    def score_link(self, obj: Review) -> str:
        if not getattr(obj, "is_mine", False):
            return ""
        return format_html('<a href="{}">{}</a>', reverse("admin:grants_review_score", args=[obj.pk]), gettext("Score"))

    def get_queryset(self, request: HttpRequest) -> QuerySet[Review]:
        # Whether the row is the viewing reviewer's own, computed in the query (the admin is shared).
        mine = Case(
            When(reviewer_id=request.user.pk, then=Value(True)), default=Value(False), output_field=BooleanField()
        )
        return super().get_queryset(request).annotate(is_mine=mine)

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "<path:object_id>/score/",
                self.admin_site.admin_view(self.score_view),
                name="grants_review_score",
            ),
            *super().get_urls(),
        ]

    def score_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        review = self.get_object(request, object_id)
        if review is None:
            raise Http404
        form = ReviewScoreForm(posted(request), review=review)

        def run(data: dict[str, Any]) -> str:
            services.review_submit(
                review=review,
                by=request.user,
                scores=form.scores(),
                recommendation=data["recommendation"],
                comment=data["comment"],
            )
            return gettext("Your review is saved.")

        application = review.application
        return service_form_view(
            request,
            model_admin=self,
            obj=review,
            form=form,
            title=gettext("Score the application"),
            intro=gettext("%(title)s · %(venture)s. Score every criterion of the call, then recommend.")
            % {"title": application.title, "venture": application.venture},
            submit_label=gettext("Save the review"),
            run=run,
            success_url=change_url(application),
        )


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
    fields = ("sequence", "amount", "planned_date", "status", "paid_date", "pay_link")
    readonly_fields = ("pay_link",)

    @admin.display(description=_("payment"))
    def pay_link(self, obj: Disbursement) -> str:
        if obj.status != Disbursement.Status.PLANNED:
            return ""
        url = reverse("admin:grants_disbursement_pay", args=[obj.pk])
        return format_html('<a href="{}">{}</a>', url, gettext("Mark paid"))


class CoInvestmentInline(ReadOnlyInline):
    model = CoInvestment
    fields = ("venture", "source", "source_kind", "amount", "currency", "amount_thb", "date", "verified")
    show_change_link = True

    def get_queryset(self, request: HttpRequest) -> QuerySet[CoInvestment]:
        return super().get_queryset(request).select_related("venture")


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


def may_manage_finance(request: HttpRequest) -> bool:
    return request.user.has_perm("grants.manage_award_finance")


@admin.register(Award)
class AwardAdmin(CsvExportMixin, AuditHistoryMixin, admin.ModelAdmin):
    """Awards are created by the approval service; only the agreement details are edited here.

    Finance plans and pays tranches, records co-investment and closes the award with the buttons
    on its page (each calls a service).
    """

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
    export_rows = staticmethod(award_export_rows)
    export_name = "grant-awards"
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

    def get_urls(self) -> list[URLPattern]:
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/plan-tranche/", view(self.plan_tranche_view), name="grants_award_plan_tranche"),
            path("<path:object_id>/close/", view(self.close_view), name="grants_award_close"),
            *super().get_urls(),
        ]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {**(extra_context or {}), "may_manage_finance": may_manage_finance(request)}
        return super().change_view(request, object_id, form_url, extra_context=context)

    def _award(self, request: HttpRequest, object_id: str) -> Award:
        award = self.get_object(request, object_id)
        if award is None:
            raise Http404
        return award

    def plan_tranche_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        award = self._award(request, object_id)

        def run(data: dict[str, Any]) -> str:
            tranche = services.disbursement_plan(
                award=award, by=request.user, amount=data["amount"], planned_date=data["planned_date"]
            )
            return gettext("Tranche %(sequence)s of %(amount)s %(currency)s is planned.") % {
                "sequence": tranche.sequence,
                "amount": tranche.amount,
                "currency": award.currency,
            }

        planned = sum((t.amount for t in award.disbursements.all()), start=0)
        return service_form_view(
            request,
            model_admin=self,
            obj=award,
            form=PlanTrancheForm(posted(request)),
            title=gettext("Plan a tranche"),
            intro=gettext("Award: %(amount)s %(currency)s. Planned so far: %(planned)s.")
            % {"amount": award.amount, "currency": award.currency, "planned": planned},
            submit_label=gettext("Plan the tranche"),
            run=run,
        )

    def close_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        award = self._award(request, object_id)

        def run(data: dict[str, Any]) -> str:
            services.award_close(award=award, by=request.user, final_report=data["final_report"])
            return gettext("The award is closed. The applicant is emailed.")

        return service_form_view(
            request,
            model_admin=self,
            obj=award,
            form=CloseAwardForm(posted(request)),
            title=gettext("Close the award"),
            submit_label=gettext("Close the award"),
            run=run,
        )


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
    actions = ("mark_paid_today",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_finance_permission(self, request: HttpRequest) -> bool:
        return may_manage_finance(request)

    @admin.action(description=_("Mark the selected tranches paid today"), permissions=["finance"])
    def mark_paid_today(self, request: HttpRequest, queryset: QuerySet[Disbursement]) -> None:
        run_on_each(
            request,
            queryset.order_by("award", "sequence"),
            lambda tranche: services.disbursement_pay(disbursement=tranche, by=request.user),
            gettext("%(count)s tranche(s) marked paid."),
        )

    def get_urls(self) -> list[URLPattern]:
        return [
            path("<path:object_id>/pay/", self.admin_site.admin_view(self.pay_view), name="grants_disbursement_pay"),
            *super().get_urls(),
        ]

    def pay_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        tranche = self.get_object(request, object_id)
        if tranche is None:
            raise Http404

        def run(data: dict[str, Any]) -> str:
            services.disbursement_pay(disbursement=tranche, by=request.user, paid_date=data["paid_date"])
            return gettext("Tranche %(sequence)s is paid. The applicant is emailed.") % {"sequence": tranche.sequence}

        return service_form_view(
            request,
            model_admin=self,
            obj=tranche,
            form=PayTrancheForm(posted(request)),
            title=gettext("Mark the tranche paid"),
            intro=gettext("Tranche %(sequence)s: %(amount)s %(currency)s of award %(award)s.")
            % {
                "sequence": tranche.sequence,
                "amount": tranche.amount,
                "currency": tranche.award.currency,
                "award": tranche.award.agreement_number,
            },
            submit_label=gettext("Mark paid"),
            run=run,
            success_url=change_url(tranche.award),
        )


@admin.register(CoInvestment)
class CoInvestmentAdmin(admin.ModelAdmin):
    """Co-investment is recorded and verified through the services (audit trail); rows are not edited."""

    list_display = ("source", "venture", "source_kind", "amount", "currency", "amount_thb", "date", "verified")
    list_filter = ("verified", "source_kind", "currency")
    search_fields = ("source", "venture__name_th", "venture__name_en", "award__agreement_number")
    date_hierarchy = "date"
    list_select_related = ("venture",)
    ordering = ("-date", "-pk")
    actions = ("verify_selected",)
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

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_finance_permission(self, request: HttpRequest) -> bool:
        return may_manage_finance(request)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {**(extra_context or {}), "may_manage_finance": may_manage_finance(request)}
        return super().change_view(request, object_id, form_url, extra_context=context)

    @admin.action(description=_("Mark the selected co-investment verified"), permissions=["finance"])
    def verify_selected(self, request: HttpRequest, queryset: QuerySet[CoInvestment]) -> None:
        run_on_each(
            request,
            queryset,
            lambda record: services.coinvestment_verify(record=record, by=request.user),
            gettext("%(count)s record(s) verified."),
        )

    def get_urls(self) -> list[URLPattern]:
        return [
            path(
                "<path:object_id>/verify/",
                self.admin_site.admin_view(self.verify_view),
                name="grants_coinvestment_verify",
            ),
            *super().get_urls(),
        ]

    def add_view(self, request: HttpRequest, form_url: str = "", extra_context: dict[str, Any] | None = None) -> Any:
        """Record co-investment through `coinvestment_record` (finance; `?award=<pk>` fills the award in)."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        initial: dict[str, Any] = {"date": timezone.localdate()}
        award_pk = request.GET.get("award", "")
        award = Award.objects.select_related("application").filter(pk=award_pk).first() if award_pk.isdigit() else None
        if award is not None:
            initial.update({"award": award.pk, "venture": award.application.venture_id})
        form = CoInvestmentForm(posted(request), initial=initial, admin_site=self.admin_site)
        created: list[CoInvestment] = []

        def run(data: dict[str, Any]) -> str:
            created.append(
                services.coinvestment_record(
                    venture=data["venture"],
                    award=data["award"],
                    by=request.user,
                    source=data["source"],
                    source_kind=data["source_kind"],
                    amount=data["amount"],
                    currency=data["currency"],
                    amount_thb=data["amount_thb"],
                    date=data["date"],
                    verified=data["verified"],
                )
            )
            return gettext("The co-investment is recorded.")

        return service_form_view(
            request,
            model_admin=self,
            obj=None,
            form=form,
            title=gettext("Record co-investment"),
            intro=gettext("Money the venture raised beside NIA's support. It counts as leveraged once verified."),
            submit_label=gettext("Record"),
            run=run,
            success_url=change_url(award) if award is not None else reverse("admin:grants_coinvestment_changelist"),
        )

    def verify_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        record = self.get_object(request, object_id)
        if record is None:
            raise Http404

        def run(data: dict[str, Any]) -> str:
            services.coinvestment_verify(record=record, by=request.user)
            return gettext("The co-investment is verified and counts as leveraged.")

        return service_form_view(
            request,
            model_admin=self,
            obj=record,
            form=ConfirmForm(posted(request)),
            title=gettext("Verify co-investment"),
            intro=gettext("%(source)s: %(amount)s %(currency)s on %(date)s.")
            % {
                "source": record.source,
                "amount": record.amount,
                "currency": record.currency,
                "date": local_date(record.date),
            },
            submit_label=gettext("Verify"),
            run=run,
        )
