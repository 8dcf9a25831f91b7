"""Ventures in the admin: the venture page (texts, areas, team, moderation buttons, audit history),
its areas and memberships."""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import decision_actions
from core.admin.mixins import BIG_TABLE_PAGE, AuditHistoryMixin

from ..models import (
    Region,
    Venture,
    VentureArea,
    VentureMembership,
)
from ..search.index import schedule_search_reindex
from ..slugs import unique_slug
from .import_views import ImportJobProgressView, ImportJobView, ImportVenturesView
from .moderation import VENTURE_DECISIONS, ModerationAdminMixin

# --- Ventures ----------------------------------------------------------------------------------


class VentureAreaFormSet(BaseInlineFormSet):
    """At most one primary area (the database allows no more), and a swap saves in one go."""

    def clean(self) -> None:
        super().clean()
        primaries = [
            form
            for form in self.forms
            if getattr(form, "cleaned_data", None)
            and form.cleaned_data.get("is_primary")
            and not form.cleaned_data.get("DELETE")
        ]
        if len(primaries) > 1:
            raise ValidationError(_("Mark only one area as the primary area."))

    def save_existing_objects(self, commit: bool = True) -> list[Any]:
        self._unmark_first = True
        try:
            return super().save_existing_objects(commit)
        finally:
            self._unmark_first = False

    @property
    def initial_forms(self) -> list[Any]:
        forms_ = super().initial_forms
        if getattr(self, "_unmark_first", False):
            # Save rows losing the primary mark before the row gaining it: the unique index on
            # (venture) WHERE is_primary is checked row by row.
            return sorted(forms_, key=lambda f: bool(getattr(f, "cleaned_data", {}).get("is_primary")))
        return forms_


class VentureAreaInline(admin.TabularInline):
    model = VentureArea
    formset = VentureAreaFormSet
    fields = ("area", "is_primary")
    extra = 0


class VentureMembershipInline(admin.TabularInline):
    model = VentureMembership
    fields = ("user", "role", "joined_at")
    readonly_fields = ("joined_at",)
    autocomplete_fields = ("user",)
    extra = 0


class VentureAdminForm(forms.ModelForm):
    class Meta:
        model = Venture
        fields = (
            "name_th",
            "name_en",
            "slug",
            "summary_th",
            "summary_en",
            "problem_th",
            "problem_en",
            "description_th",
            "description_en",
            "sdgs",
            "stage",
            "legal_form",
            "juristic_id",
            "founded_year",
            "youth_led",
            "country",
            "province",
            "website",
            "contact_email",
            "contact_phone",
            "contact_public",
            "contact_consent_at",
            "logo",
            "owner",
            "external_ref",
        )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _("Leave empty to make one from the name.")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "slug" in self.fields and not cleaned.get("slug"):
            cleaned["slug"] = unique_slug(Venture, cleaned.get("name_en", ""), cleaned.get("name_th", ""))
        return cleaned


VENTURE_STATE_FIELDS = (
    "status",
    "status_changed_at",
    "submitted_at",
    "published_at",
    "first_published_at",
    "archived_at",
    "moderation_note",
    "verified",
    "verified_at",
    "verified_by",
    "verification_note",
)


class RegionListFilter(admin.SimpleListFilter):
    title = _("region")
    parameter_name = "region"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [(r.slug, str(r)) for r in Region.objects.all()]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        if self.value():
            return queryset.filter(province__region__slug=self.value())
        return queryset


@admin.register(Venture)
class VentureAdmin(ModerationAdminMixin, AuditHistoryMixin, admin.ModelAdmin):
    form = VentureAdminForm
    decisions = VENTURE_DECISIONS
    actions = decision_actions(decisions)
    list_display = (
        "name_th",
        "name_en",
        "status",
        "stage",
        "primary_area",
        "country",
        "province",
        "verified",
        "owner",
        "updated_at",
    )
    list_display_links = ("name_th", "name_en")
    list_filter = (
        "status",
        "stage",
        "verified",
        "youth_led",
        "legal_form",
        "areas",
        "country",
        RegionListFilter,
    )
    search_fields = ("name_th", "name_en", "=slug", "=external_ref", "=owner__email")
    search_help_text = _("Thai or English name, or exactly a slug, external reference or owner email.")
    date_hierarchy = "created_at"
    list_select_related = ("owner", "country", "province")
    autocomplete_fields = ("owner",)
    filter_horizontal = ("sdgs",)
    readonly_fields = (*VENTURE_STATE_FIELDS, "pending_change", "created_at", "updated_at", "audit_history")
    ordering = ("-pk",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    fieldsets = (
        (_("Names and texts"), {"fields": ("name_th", "name_en", "slug", "summary_th", "summary_en")}),
        (
            _("Problem and description"),
            {"fields": ("problem_th", "problem_en", "description_th", "description_en")},
        ),
        (
            _("Classification"),
            {"fields": ("sdgs", "stage", "legal_form", "juristic_id", "founded_year", "youth_led")},
        ),
        (_("Place"), {"fields": ("country", "province")}),
        (
            _("Contact"),
            {"fields": ("website", "contact_email", "contact_phone", "contact_public", "contact_consent_at", "logo")},
        ),
        (_("Ownership and import"), {"fields": ("owner", "external_ref")}),
        (
            _("Moderation"),
            {
                "fields": (
                    "status",
                    "status_changed_at",
                    "submitted_at",
                    "published_at",
                    "first_published_at",
                    "archived_at",
                    "moderation_note",
                    "pending_change",
                ),
                "description": _("The status changes only through the review actions, never by editing."),
            },
        ),
        (_("Verification"), {"fields": ("verified", "verified_at", "verified_by", "verification_note")}),
        (_("Audit history"), {"fields": ("audit_history", "created_at", "updated_at")}),
    )

    inlines = (VentureAreaInline, VentureMembershipInline)
    # Inlines of the apps built on the registry (programmes joined, impact results), added by
    # their admin modules with add_venture_inline().
    extra_inlines: list[type[InlineModelAdmin]] = []

    @classmethod
    def add_venture_inline(cls, inline: type[InlineModelAdmin]) -> None:
        if inline not in cls.extra_inlines:
            cls.extra_inlines.append(inline)

    def get_inlines(self, request: HttpRequest, obj: Venture | None) -> list[type[InlineModelAdmin]]:
        return [*super().get_inlines(request, obj), *self.extra_inlines]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Venture]:
        primary = VentureArea.objects.filter(is_primary=True).select_related("area")
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("venture_areas", queryset=primary, to_attr="primary_venture_areas"))
        )

    @admin.display(description=_("primary area"))
    def primary_area(self, obj: Venture) -> str:
        found = getattr(obj, "primary_venture_areas", None)
        if found is None:
            found = list(obj.venture_areas.filter(is_primary=True).select_related("area"))
        return str(found[0].area) if found else "—"

    def get_urls(self) -> list[URLPattern]:
        def importer_view(view_class: Any) -> Any:
            view = permission_required("registry.add_venture", raise_exception=True)(
                view_class.as_view(admin_site=self.admin_site)
            )
            return self.admin_site.admin_view(view)

        return [
            path("import/", importer_view(ImportVenturesView), name="registry_venture_import"),
            path("import/<int:job_id>/", importer_view(ImportJobView), name="registry_venture_import_job"),
            path(
                "import/<int:job_id>/progress.json",
                importer_view(ImportJobProgressView),
                name="registry_venture_import_job_progress",
            ),
            *self.decision_urls(),
            *super().get_urls(),
        ]

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        # Staff may correct texts, areas and places here directly: keep the public search in step.
        schedule_search_reindex(form.instance)

    @admin.display(description=_("proposed change"))
    def pending_change(self, obj: Venture) -> str:
        revision = obj.revisions.open().first() if obj.pk else None
        if revision is None:
            return "—"
        url = reverse("admin:registry_venturerevision_change", args=[revision.pk])
        return format_html('<a href="{}">{}</a>', url, revision.get_status_display())


@admin.register(VentureArea)
class VentureAreaAdmin(admin.ModelAdmin):
    list_display = ("venture", "area", "is_primary")
    list_filter = ("is_primary", "area")
    search_fields = ("venture__name_th", "venture__name_en", "=venture__slug")
    list_select_related = ("venture", "area")
    autocomplete_fields = ("venture",)
    ordering = ("-pk",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE


@admin.register(VentureMembership)
class VentureMembershipAdmin(admin.ModelAdmin):
    list_display = ("venture", "user", "role", "joined_at")
    list_filter = ("role",)
    search_fields = ("venture__name_th", "venture__name_en", "=user__email")
    date_hierarchy = "joined_at"
    list_select_related = ("venture", "user")
    autocomplete_fields = ("venture", "user")
    readonly_fields = ("joined_at",)
    ordering = ("-pk",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
