"""Staff admin of the registry: people, places, areas, ventures and the audit trail.

State fields (moderation status, verification and their timestamps) are read-only here: they
change only through `registry.services`. The audit history of a venture is shown on its page.
"""

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.admin.options import InlineModelAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch, QuerySet
from django.forms.models import BaseInlineFormSet
from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import URLPattern, path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from core.admin.decisions import DecisionAdminMixin, available_decisions, decision_actions
from core.admin.mixins import BIG_TABLE_PAGE, AuditHistoryMixin, ReadOnlyAdminMixin, ReadOnlyInline

from . import admin_moderation, permissions, services
from .models import (
    ConsentRecord,
    Country,
    Entrepreneur,
    ImportJob,
    Province,
    Region,
    Sdg,
    SocialArea,
    User,
    Venture,
    VentureArea,
    VentureInvitation,
    VentureMembership,
    VentureReviewQueue,
    VentureRevision,
)
from .models.revisions import RevisionStatus
from .models.ventures import VentureStatus
from .search.index import schedule_search_reindex
from .slugs import unique_slug

# --- People ------------------------------------------------------------------------------------


class UserCreationForm(AdminUserCreationForm):
    """The admin's add-user form: email instead of username."""

    class Meta:
        model = User
        fields = ("email", "full_name", "preferred_language")

    def clean_email(self) -> str:
        # Stored lower-cased like UserManager does, so log-in (case-insensitive) finds one user.
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if User.objects.filter(email__iexact=email).exists():
            raise ValidationError(self.instance.unique_error_message(User, ["email"]))
        return email


class UserEditForm(UserChangeForm):
    """The admin's change-user form for the email-based user model."""

    class Meta:
        model = User
        fields = (
            "email",
            "password",
            "full_name",
            "preferred_language",
            "is_active",
            "is_staff",
            "is_superuser",
            "groups",
            "user_permissions",
            "email_verified_at",
        )

    def clean_email(self) -> str:
        email = User.objects.normalize_email(self.cleaned_data["email"]).lower()
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise ValidationError(self.instance.unique_error_message(User, ["email"]))
        return email


class EntrepreneurInline(admin.StackedInline):
    model = Entrepreneur
    extra = 0
    max_num = 1
    can_delete = False
    fields = ("name_th", "name_en", "phone", "date_of_birth", "age_band")
    verbose_name_plural = _("entrepreneur profile")


class ConsentRecordInline(ReadOnlyInline):
    model = ConsentRecord
    fields = ("purpose", "venture", "text_version", "given_at", "withdrawn_at")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = UserEditForm
    add_form = UserCreationForm
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Personal info"), {"fields": ("full_name", "preferred_language")}),
        (
            _("Permissions"),
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        (_("Important dates"), {"fields": ("last_login", "date_joined", "email_verified_at", "erased_at")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": ("email", "full_name", "preferred_language", "usable_password", "password1", "password2"),
            },
        ),
    )
    readonly_fields = ("last_login", "date_joined", "erased_at")
    list_display = ("email", "full_name", "is_staff", "is_active", "email_verified_at", "date_joined", "last_login")
    list_filter = ("is_staff", "is_superuser", "is_active", "groups", "preferred_language")
    search_fields = ("email", "full_name")
    ordering = ("email",)
    date_hierarchy = "date_joined"
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE
    inlines = (EntrepreneurInline, ConsentRecordInline)

    def get_inlines(self, request: HttpRequest, obj: Any) -> Any:
        # The add page only creates the account; profile and consents belong to an existing user.
        return self.inlines if obj is not None else ()


@admin.register(Entrepreneur)
class EntrepreneurAdmin(admin.ModelAdmin):
    list_display = ("__str__", "user", "name_th", "name_en", "phone", "age_band", "created_at")
    list_filter = ("age_band",)
    search_fields = ("name_th", "name_en", "=user__email", "=phone")
    date_hierarchy = "created_at"
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    readonly_fields = ("created_at", "updated_at")
    ordering = ("-pk",)
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE


@admin.register(ConsentRecord)
class ConsentRecordAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Evidence of consent under the PDPA: recorded by the sign-up and privacy pages, never edited."""

    list_display = ("user", "purpose", "venture", "text_version", "given_at", "withdrawn_at")
    list_filter = ("purpose", "text_version", ("withdrawn_at", admin.EmptyFieldListFilter))
    search_fields = ("=user__email",)
    date_hierarchy = "given_at"
    list_select_related = ("user",)
    ordering = ("-given_at", "-pk")
    show_full_result_count = False
    list_per_page = BIG_TABLE_PAGE


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


# --- Reference data ----------------------------------------------------------------------------


@admin.register(Sdg)
class SdgAdmin(admin.ModelAdmin):
    list_display = ("number", "name_th", "name_en")
    search_fields = ("name_th", "name_en", "=number")
    ordering = ("number",)


@admin.register(SocialArea)
class SocialAreaAdmin(admin.ModelAdmin):
    list_display = ("code", "name_th", "name_en", "slug", "order", "is_active")
    list_filter = ("is_active", "sdgs")
    search_fields = ("name_th", "name_en", "slug", "=code")
    filter_horizontal = ("sdgs",)
    ordering = ("order", "code")


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("iso2", "iso3", "name_th", "name_en", "currency", "is_clmv", "order")
    list_filter = ("is_clmv",)
    search_fields = ("name_th", "name_en", "=iso2", "=iso3")
    ordering = ("order", "iso2")


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_th", "name_en", "order")
    search_fields = ("name_th", "name_en", "slug")
    ordering = ("order", "slug")


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ("abbr_en", "name_th", "name_en", "region")
    list_filter = ("region",)
    search_fields = ("name_th", "name_en", "=abbr_en")
    list_select_related = ("region",)
    ordering = ("name_en",)


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


class ModerationAdminMixin(DecisionAdminMixin):
    """Decision buttons on the object's page and bulk actions, each shown only to reviewers whose
    permissions allow it (the decisions: registry.admin_moderation)."""

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return permissions.can_moderate(request.user)[0]

    def has_verify_permission(self, request: HttpRequest) -> bool:
        return permissions.can_verify(request.user)[0]


@admin.register(Venture)
class VentureAdmin(ModerationAdminMixin, AuditHistoryMixin, admin.ModelAdmin):
    form = VentureAdminForm
    decisions = admin_moderation.VENTURE_DECISIONS
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
        # Imported here, when the URLs load: the import page is a view module of its own.
        from .admin_import import ImportJobProgressView, ImportJobView, ImportVenturesView

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


# --- Proposed changes, invitations and the review queue ----------------------------------------


@admin.register(VentureRevision)
class VentureRevisionAdmin(ModerationAdminMixin, ReadOnlyAdminMixin, AuditHistoryMixin, admin.ModelAdmin):
    """Changes proposed to published ventures: read-only, with the diff against the published
    version; decided through the actions (the public sees them only once approved)."""

    decisions = admin_moderation.REVISION_DECISIONS
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
        rows = services.revision_changes(obj)
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
                "detail": ", ".join(c.label for c in services.revision_changes(r)),
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
            "decisions": available_decisions(admin_moderation.VENTURE_DECISIONS, request.user, venture),
            "audit": AuditHistoryMixin().audit_history(venture),
            "problems": services.submission_problems(venture),
        }
        return TemplateResponse(request, "admin/registry/review_item.html", context)
