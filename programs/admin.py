"""Staff admin of the support programmes: programmes, partners, calls, participations and impact.

A call's status is read-only: it is opened, closed or cancelled through `programs.services`
(actions and buttons on the call page), which run the transitions of `programs.workflows.CALL` and
write the audit trail.
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import ServiceStepsMixin, Step, run_on_each
from core.admin.mixins import BIG_TABLE_PAGE, AuditHistoryMixin
from registry.admin.ventures import VentureAdmin

from . import services
from .models import (
    Call,
    CallQuestion,
    CheckedByStaff,
    ImpactIndicator,
    ImpactMeasurement,
    Participation,
    Partner,
    Programme,
    ReviewCriterion,
)
from .workflows import CALL

# --- On a venture's page in the registry's admin --------------------------------------------------


class ParticipationInline(admin.TabularInline):
    model = Participation
    fields = ("programme", "call", "partner", "cohort", "outcome", "start_date", "end_date")
    autocomplete_fields = ("call",)
    show_change_link = True
    extra = 0


class ImpactIndicatorInline(admin.TabularInline):
    model = ImpactIndicator
    fields = ("name_th", "name_en", "unit", "baseline", "target", "area")
    show_change_link = True
    extra = 0


VentureAdmin.add_venture_inline(ParticipationInline)
VentureAdmin.add_venture_inline(ImpactIndicatorInline)


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ("code", "name_th", "name_en", "kind", "order", "is_active")
    list_filter = ("kind", "is_active")
    search_fields = ("name_th", "name_en", "slug")
    filter_horizontal = ("partners",)
    ordering = ("order", "code")


@admin.register(Partner)
class PartnerAdmin(admin.ModelAdmin):
    list_display = ("name_th", "name_en", "kind", "country", "website")
    list_filter = ("kind", "country")
    search_fields = ("name_th", "name_en", "slug")
    list_select_related = ("country",)
    ordering = ("name_en",)


class ReviewCriterionInline(admin.TabularInline):
    model = ReviewCriterion
    fields = ("order", "name_th", "name_en", "max_score", "weight")
    extra = 0


class CallQuestionInline(admin.TabularInline):
    model = CallQuestion
    fields = ("order", "text_th", "text_en", "required")
    extra = 0


class CancelCallForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


@admin.register(Call)
class CallAdmin(ServiceStepsMixin, AuditHistoryMixin, admin.ModelAdmin):
    list_display = ("title_th", "title_en", "programme", "status", "opens_at", "closes_at", "budget", "currency")
    list_filter = ("status", "programme", "youth_only", "currency", "partner")
    search_fields = ("title_th", "title_en", "=slug")
    date_hierarchy = "opens_at"
    list_select_related = ("programme",)
    filter_horizontal = ("eligible_areas", "eligible_countries")
    readonly_fields = ("status", "created_at", "audit_history")
    ordering = ("-opens_at",)
    inlines = (ReviewCriterionInline, CallQuestionInline)
    actions = ("open_selected", "close_selected")
    steps = {
        "open": Step(
            run=lambda call, by, data: services.call_open(call=call, by=by),
            done=_("The call is open."),
            title=_("Open the call"),
            intro=_("Entrepreneurs can apply from the opening time until the closing time (Bangkok time)."),
        ),
        "close": Step(
            run=lambda call, by, data: services.call_close(call=call, by=by),
            done=_("The call is closed."),
            title=_("Close the call"),
            intro=_("No more applications can be submitted to a closed call. It can be re-opened."),
        ),
        "cancel": Step(
            run=lambda call, by, data: services.call_cancel(call=call, by=by, reason=data["reason"]),
            done=_("The call is cancelled."),
            title=_("Cancel the call"),
            intro=_("A cancelled call cannot be opened again."),
            form=CancelCallForm,
        ),
    }
    fieldsets = (
        (
            None,
            {"fields": ("programme", "partner", "slug", "title_th", "title_en", "description_th", "description_en")},
        ),
        (
            _("Window and status"),
            {
                "fields": ("opens_at", "closes_at", "status"),
                "description": _("A new call is a draft. Open, close or cancel it with the buttons above."),
            },
        ),
        (_("Budget"), {"fields": ("budget", "currency", "max_award", "four_eyes_threshold")}),
        (
            _("Eligibility"),
            {"fields": ("eligible_areas", "eligible_countries", "youth_only", "max_founder_age")},
        ),
        (_("Audit history"), {"fields": ("audit_history", "created_at")}),
    )

    @admin.action(description=_("Open the selected calls"), permissions=["change"])
    def open_selected(self, request: HttpRequest, queryset: QuerySet[Call]) -> None:
        run_on_each(
            request,
            queryset,
            lambda call: services.call_open(call=call, by=request.user),
            gettext("%(count)s call(s) opened."),
        )

    @admin.action(description=_("Close the selected calls"), permissions=["change"])
    def close_selected(self, request: HttpRequest, queryset: QuerySet[Call]) -> None:
        run_on_each(
            request,
            queryset,
            lambda call: services.call_close(call=call, by=request.user),
            gettext("%(count)s call(s) closed."),
        )

    def get_urls(self) -> list[URLPattern]:
        return [*self.step_urls(), *super().get_urls()]

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        call = self.get_object(request, object_id)
        moves = CALL.available(call) if call is not None else []
        context = {
            **(extra_context or {}),
            "can_manage_call": services.can_manage_calls(request.user)[0],
            "call_moves": {transition.name for transition in moves},
        }
        return super().change_view(request, object_id, form_url, extra_context=context)


@admin.register(Participation)
class ParticipationAdmin(admin.ModelAdmin):
    """A venture's part in a programme. Which fields apply depends on the kind of programme."""

    list_display = ("venture", "programme", "call", "partner", "cohort", "outcome", "start_date", "end_date")
    list_filter = ("programme", "outcome", "partner")
    search_fields = ("venture__name_th", "venture__name_en", "=venture__slug", "cohort")
    date_hierarchy = "start_date"
    list_select_related = ("venture", "programme", "call", "partner")
    autocomplete_fields = ("venture", "call")
    readonly_fields = ("created_at",)
    ordering = ("-start_date", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    fieldsets = (
        (None, {"fields": ("venture", "programme", "call", "outcome", "note")}),
        (
            _("Incubation, scale-up and cohorts"),
            {
                "fields": ("partner", "cohort", "start_date", "end_date"),
                "description": _("Incubation: the partner that incubates, the cohort and its start and end."),
            },
        ),
        (
            _("Competition"),
            {
                "fields": ("prize_amount", "prize_currency"),
                "description": _("Entrant, finalist or winner; finalists and winners may have a prize."),
            },
        ),
        (
            _("Social impact assessment"),
            {
                "fields": ("assessment_method", "sroi_ratio", "impact_score", "report_url"),
                "description": _("The method, the SROI ratio or the score it found, and a link to the report."),
            },
        ),
        (None, {"fields": ("created_at",)}),
    )


@admin.register(ReviewCriterion)
class ReviewCriterionAdmin(admin.ModelAdmin):
    list_display = ("name_th", "name_en", "call", "max_score", "weight", "order")
    list_filter = ("call__programme",)
    search_fields = ("name_th", "name_en", "call__title_th", "call__title_en")
    list_select_related = ("call",)
    autocomplete_fields = ("call",)
    ordering = ("call", "order", "pk")


@admin.register(CallQuestion)
class CallQuestionAdmin(admin.ModelAdmin):
    list_display = ("text_th", "text_en", "call", "required", "order")
    list_filter = ("required", "call__programme")
    search_fields = ("text_th", "text_en", "call__title_th", "call__title_en")
    list_select_related = ("call",)
    autocomplete_fields = ("call",)
    ordering = ("call", "order", "pk")


class CheckedFilter(admin.SimpleListFilter):
    title = _("checked by staff")
    parameter_name = "checked"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, Any]]:
        return [("no", _("Waiting for a check")), ("yes", _("Checked"))]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value() in ("yes", "no"):
            return queryset.filter(checked_at__isnull=self.value() == "no")
        return queryset


class CheckedByStaffAdminMixin(AuditHistoryMixin):
    """Reported by a venture → checked by staff. What staff enter here themselves counts as checked;
    what a venture's team reported is checked with the action (it then becomes public)."""

    check_fields = ("reported_by", "reported_at", "checked_at", "checked_by")

    @admin.display(description=_("checked"), boolean=True, ordering="checked_at")
    def checked(self, obj: CheckedByStaff) -> bool:
        return obj.is_checked

    @admin.action(description=_("Mark the selected results checked (they become public)"), permissions=["change"])
    def check_selected(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        run_on_each(
            request,
            queryset,
            lambda item: services.results_check(item=item, by=request.user),
            gettext("%(count)s result(s) marked checked."),
        )

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if not change:
            services.results_entered_by_staff(item=obj, by=request.user)
        super().save_model(request, obj, form, change)  # type: ignore[misc]

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        for item in formset.save(commit=False):
            if item.pk is None:
                services.results_entered_by_staff(item=item, by=request.user)
            item.save()
        for item in formset.deleted_objects:
            item.delete()
        formset.save_m2m()


class ImpactMeasurementInline(admin.TabularInline):
    model = ImpactMeasurement
    fields = ("period_start", "period_end", "actual", "target", "checked_at")
    readonly_fields = ("checked_at",)
    extra = 0


@admin.register(ImpactIndicator)
class ImpactIndicatorAdmin(CheckedByStaffAdminMixin, admin.ModelAdmin):
    list_display = ("name_th", "name_en", "venture", "unit", "baseline", "target", "area", "checked")
    list_filter = (CheckedFilter, "area")
    search_fields = ("name_th", "name_en", "venture__name_th", "venture__name_en", "=venture__slug")
    list_select_related = ("venture", "area")
    autocomplete_fields = ("venture",)
    readonly_fields = (*CheckedByStaffAdminMixin.check_fields, "audit_history")
    ordering = ("-pk",)
    inlines = (ImpactMeasurementInline,)
    actions = ("check_selected",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE


@admin.register(ImpactMeasurement)
class ImpactMeasurementAdmin(CheckedByStaffAdminMixin, admin.ModelAdmin):
    list_display = ("indicator", "venture", "period_start", "period_end", "actual", "target", "checked")
    list_filter = (CheckedFilter,)
    search_fields = (
        "indicator__name_th",
        "indicator__name_en",
        "indicator__venture__name_th",
        "=indicator__venture__slug",
    )
    date_hierarchy = "period_start"
    list_select_related = ("indicator__venture",)
    autocomplete_fields = ("indicator",)
    readonly_fields = (*CheckedByStaffAdminMixin.check_fields, "audit_history")
    ordering = ("-period_start", "-pk")
    actions = ("check_selected",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE

    @admin.display(description=_("venture"), ordering="indicator__venture")
    def venture(self, obj: ImpactMeasurement) -> str:
        return str(obj.indicator.venture)
