"""Ventures in the admin: the venture page (texts, areas, team, moderation buttons, audit history),
its areas and memberships."""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Prefetch, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import ServiceStepsMixin, decision_actions
from core.admin.mixins import BIG_TABLE_PAGE, AuditHistoryMixin, ReadOnlyAdminMixin, ReadOnlyInline

from ..models import (
    Region,
    Venture,
    VentureArea,
    VentureMembership,
)
from ..search.index import schedule_search_reindex
from ..services.staff import STAFF_EDITABLE_FIELDS, venture_staff_create, venture_staff_edit
from ..slugs import unique_slug
from ..uploads import clean_logo
from .import_views import ImportJobProgressView, ImportJobView, ImportVenturesView
from .moderation import VENTURE_DECISIONS, ModerationAdminMixin
from .team import TEAM_STEPS

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


class VentureMembershipInline(ReadOnlyInline):
    """The team, shown only: members join by invitation and leave through the team pages
    (registry/admin/team.py), which audit it."""

    model = VentureMembership
    fields = ("user", "role", "joined_at")


class VentureAdminForm(forms.ModelForm):
    """The texts and facts staff may correct (`venture_staff_edit` saves them); the owner, the team,
    the contact consent, the status and the verified mark are read-only here."""

    class Meta:
        model = Venture
        fields = STAFF_EDITABLE_FIELDS

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = _("Leave empty to make one from the name.")

    def clean_logo(self) -> Any:
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            # Checked and re-encoded as on the team's own form.
            return clean_logo(logo)
        return logo

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if "slug" in self.fields and not cleaned.get("slug"):
            cleaned["slug"] = unique_slug(Venture, cleaned.get("name_en", ""), cleaned.get("name_th", ""))
        return cleaned


# Fields with a service of their own (registry/admin/team.py offers them): read-only in the form.
RULED_FIELDS = ("owner", "contact_public", "contact_consent_at")

MODERATION_FIELDS = (
    "status",
    "status_changed_at",
    "submitted_at",
    "published_at",
    "first_published_at",
    "archived_at",
    "moderation_note",
)
VERIFICATION_FIELDS = ("verified", "verified_at", "verified_by", "verification_note")
VENTURE_STATE_FIELDS = (*MODERATION_FIELDS, *VERIFICATION_FIELDS)


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
class VentureAdmin(ServiceStepsMixin, ModerationAdminMixin, AuditHistoryMixin, admin.ModelAdmin):
    form = VentureAdminForm
    decisions = VENTURE_DECISIONS
    steps = TEAM_STEPS
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
    filter_horizontal = ("sdgs",)
    readonly_fields = (
        *VENTURE_STATE_FIELDS,
        *RULED_FIELDS,
        "pending_change",
        "created_at",
        "updated_at",
        "audit_history",
    )
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
                "fields": (*MODERATION_FIELDS, "pending_change"),
                "description": _("The status changes only through the review actions, never by editing."),
            },
        ),
        (_("Verification"), {"fields": VERIFICATION_FIELDS}),
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
            *self.step_urls(),
            *super().get_urls(),
        ]

    def save_model(self, request: HttpRequest, obj: Venture, form: Any, change: bool) -> None:
        if change:
            names = [name for name in form.changed_data if name in STAFF_EDITABLE_FIELDS]
            venture_staff_edit(venture=obj, by=request.user, values={name: form.cleaned_data[name] for name in names})
            return
        values = {name: form.cleaned_data[name] for name in form.fields if name in STAFF_EDITABLE_FIELDS}
        created = venture_staff_create(by=request.user, values=values)
        obj.pk = created.pk
        obj._state.adding = False
        obj.refresh_from_db()

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # The form's own values (the SDGs too) were saved by venture_staff_edit; only the areas and
        # the inlines of the apps above are saved here.
        for formset in formsets:
            self.save_formset(request, form, formset, change=change)
        if any(formset.has_changed() for formset in formsets):
            # The areas are searched on: keep the public search in step.
            schedule_search_reindex(form.instance)

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        venture = self.get_object(request, object_id)
        context = {**(extra_context or {})}
        if venture is not None and self.has_change_permission(request, venture):
            context["team_tools"] = True
        return super().change_view(request, object_id, form_url, extra_context=context)

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
class VentureMembershipAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Read-only: the team changes through the pages on the venture's admin page."""

    list_display = ("venture", "user", "role", "joined_at")
    list_filter = ("role",)
    search_fields = ("venture__name_th", "venture__name_en", "=user__email")
    date_hierarchy = "joined_at"
    list_select_related = ("venture", "user")
    ordering = ("-pk",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
