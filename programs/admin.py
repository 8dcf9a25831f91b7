"""Staff admin of the support programmes: programmes, partners, calls, participations and impact."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from registry.admin import BIG_TABLE_PAGE

from .models import (
    Call,
    CallQuestion,
    ImpactIndicator,
    ImpactMeasurement,
    Participation,
    Partner,
    Programme,
    ReviewCriterion,
)


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


@admin.register(Call)
class CallAdmin(admin.ModelAdmin):
    list_display = ("title_th", "title_en", "programme", "status", "opens_at", "closes_at", "budget", "currency")
    list_filter = ("status", "programme", "youth_only", "currency", "partner")
    search_fields = ("title_th", "title_en", "=slug")
    date_hierarchy = "opens_at"
    list_select_related = ("programme",)
    filter_horizontal = ("eligible_areas", "eligible_countries")
    readonly_fields = ("created_at",)
    ordering = ("-opens_at",)
    inlines = (ReviewCriterionInline, CallQuestionInline)
    fieldsets = (
        (
            None,
            {"fields": ("programme", "partner", "slug", "title_th", "title_en", "description_th", "description_en")},
        ),
        (_("Window and status"), {"fields": ("opens_at", "closes_at", "status")}),
        (_("Budget"), {"fields": ("budget", "currency", "four_eyes_threshold")}),
        (
            _("Eligibility"),
            {"fields": ("eligible_areas", "eligible_countries", "youth_only", "max_founder_age")},
        ),
        (None, {"fields": ("created_at",)}),
    )


@admin.register(Participation)
class ParticipationAdmin(admin.ModelAdmin):
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


class ImpactMeasurementInline(admin.TabularInline):
    model = ImpactMeasurement
    fields = ("period_start", "period_end", "actual", "target")
    extra = 0


@admin.register(ImpactIndicator)
class ImpactIndicatorAdmin(admin.ModelAdmin):
    list_display = ("name_th", "name_en", "venture", "unit", "baseline", "target", "area")
    list_filter = ("area",)
    search_fields = ("name_th", "name_en", "venture__name_th", "venture__name_en", "=venture__slug")
    list_select_related = ("venture", "area")
    autocomplete_fields = ("venture",)
    ordering = ("-pk",)
    inlines = (ImpactMeasurementInline,)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE


@admin.register(ImpactMeasurement)
class ImpactMeasurementAdmin(admin.ModelAdmin):
    list_display = ("indicator", "venture", "period_start", "period_end", "actual", "target")
    search_fields = (
        "indicator__name_th",
        "indicator__name_en",
        "indicator__venture__name_th",
        "=indicator__venture__slug",
    )
    date_hierarchy = "period_start"
    list_select_related = ("indicator__venture",)
    autocomplete_fields = ("indicator",)
    ordering = ("-period_start", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE

    @admin.display(description=_("venture"), ordering="indicator__venture")
    def venture(self, obj: ImpactMeasurement) -> str:
        return str(obj.indicator.venture)
