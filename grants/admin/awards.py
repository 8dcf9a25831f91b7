"""Awards in the admin: tranches planned and paid, closing, co-investment recorded and verified,
and the CSV export."""

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import ServiceStepsMixin, Step, change_url, posted, run_on_each, service_form_view
from core.admin.mixins import AuditHistoryMixin, CsvExportMixin, ReadOnlyInline, grouped_amount
from core.dates import local_date

from .. import services
from ..models import (
    Award,
    CoInvestment,
    Disbursement,
)
from ..selectors.exports import award_export_rows
from .forms import (
    CloseAwardForm,
    CoInvestmentForm,
    PayTrancheForm,
    PlanTrancheForm,
)


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
class AwardAdmin(ServiceStepsMixin, CsvExportMixin, AuditHistoryMixin, admin.ModelAdmin):
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
        steps = {"plan-tranche": (self.plan_tranche_view, "plan_tranche"), "close": (self.close_view, "close")}
        return [*self.step_urls(steps), *super().get_urls()]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        context = {**(extra_context or {}), "may_manage_finance": may_manage_finance(request)}
        return super().change_view(request, object_id, form_url, extra_context=context)

    def plan_tranche_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        award = self.step_object(request, object_id)

        def run(data: dict[str, Any]) -> str:
            tranche = services.disbursement_plan(
                award=award, by=request.user, amount=data["amount"], planned_date=data["planned_date"]
            )
            return gettext("Tranche %(sequence)s of %(amount)s %(currency)s is planned.") % {
                "sequence": tranche.sequence,
                "amount": grouped_amount(tranche.amount),
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
            % {"amount": grouped_amount(award.amount), "currency": award.currency, "planned": grouped_amount(planned)},
            submit_label=gettext("Plan the tranche"),
            run=run,
        )

    def close_view(self, request: HttpRequest, object_id: str) -> HttpResponse:
        award = self.step_object(request, object_id)

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
                "amount": grouped_amount(tranche.amount),
                "currency": tranche.award.currency,
                "award": tranche.award.agreement_number,
            },
            submit_label=gettext("Mark paid"),
            run=run,
            success_url=change_url(tranche.award),
        )


@admin.register(CoInvestment)
class CoInvestmentAdmin(ServiceStepsMixin, admin.ModelAdmin):
    """Co-investment is recorded and verified through the services (audit trail); rows are not edited."""

    list_display = ("source", "venture", "source_kind", "amount", "currency", "amount_thb", "date", "verified")
    list_filter = ("verified", "source_kind", "currency")
    search_fields = ("source", "venture__name_th", "venture__name_en", "award__agreement_number")
    date_hierarchy = "date"
    list_select_related = ("venture",)
    ordering = ("-date", "-pk")
    actions = ("verify_selected",)
    steps = {
        "verify": Step(
            run=lambda record, by, data: services.coinvestment_verify(record=record, by=by),
            done=_("The co-investment is verified and counts as leveraged."),
            title=_("Verify co-investment"),
            intro=lambda record: (
                gettext("%(source)s: %(amount)s %(currency)s on %(date)s.")
                % {
                    "source": record.source,
                    "amount": grouped_amount(record.amount),
                    "currency": record.currency,
                    "date": local_date(record.date),
                }
            ),
            submit_label=_("Verify"),
        ),
    }
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
            *self.step_urls(),
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
