from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.collation import KEY_LENGTH, venture_sort_keys
from core.workflow import StatusGuarded

from ..validators import validate_founded_year, validate_thai_juristic_id
from .areas import Sdg, SocialArea
from .i18n import pick
from .places import Country, Province, Region


# The moves between these statuses, each with its name: registry/workflows.py (VENTURE).
class VentureStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for review")
    PUBLISHED = "published", _("Published")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    REJECTED = "rejected", _("Rejected")
    ARCHIVED = "archived", _("Archived")


class Stage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PROTOTYPE = "prototype", _("Prototype")
    EARLY_REVENUE = "early_revenue", _("Early revenue")
    GROWTH = "growth", _("Growth")
    SCALING = "scaling", _("Scaling")


class YearEra(models.TextChoices):
    """The count a year was typed in, so a form shows it back as its author wrote it."""

    GREGORIAN = "ce", _("Gregorian (CE)")
    BUDDHIST = "be", _("Buddhist era (BE)")


class LegalForm(models.TextChoices):
    COMMUNITY_ENTERPRISE = "community_enterprise", _("Community enterprise")
    SOCIAL_ENTERPRISE_OSEP = "social_enterprise_osep", _("Social enterprise registered with OSEP")
    COMPANY = "company", _("Company")
    FOUNDATION = "foundation", _("Foundation or association")
    COOPERATIVE = "cooperative", _("Cooperative")
    UNREGISTERED_GROUP = "unregistered_group", _("Unregistered group")


class VentureQuerySet(models.QuerySet["Venture"]):
    def published(self) -> "VentureQuerySet":
        return self.filter(status=VentureStatus.PUBLISHED)

    def in_area(self, *slugs: str) -> "VentureQuerySet":
        return self.filter(areas__slug__in=slugs).distinct()

    def owned_or_joined_by(self, user: object) -> "VentureQuerySet":
        return self.filter(models.Q(owner=user) | models.Q(memberships__user=user)).distinct()

    # Bulk writes skip save(): they keep the stored name-sort keys in step themselves.
    def bulk_create(self, objs: Iterable["Venture"], *args: Any, **kwargs: Any) -> list["Venture"]:  # type: ignore[override]
        # (django-stubs does not bind the queryset's model inside an override: Any, not Venture.)
        ventures: list[Any] = list(objs)
        for venture in ventures:
            venture.refresh_sort_keys()
        super().bulk_create(ventures, *args, **kwargs)
        return ventures

    def bulk_update(self, objs: Iterable["Venture"], fields: Iterable[str], *args: Any, **kwargs: Any) -> int:
        ventures: list[Any] = list(objs)
        names = list(fields)
        if {"name_th", "name_en"} & set(names):
            for venture in ventures:
                venture.refresh_sort_keys()
            names += [f for f in SORT_KEY_FIELDS if f not in names]
        return super().bulk_update(ventures, names, *args, **kwargs)


SORT_KEY_FIELDS = ("name_sort_th", "name_sort_en")


class Venture(StatusGuarded):
    """A social-innovation venture: what it does, where, and its moderation state."""

    Status = VentureStatus

    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=False)
    name_th = models.CharField(_("name (Thai)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    # The names as "by name" orders them on Thai and English pages (core/collation.py);
    # kept in step by save() and the bulk writes.
    name_sort_th = models.CharField(_("Thai sort key"), max_length=KEY_LENGTH, blank=True, editable=False)
    name_sort_en = models.CharField(_("English sort key"), max_length=KEY_LENGTH, blank=True, editable=False)
    summary_th = models.CharField(_("summary (Thai)"), max_length=500, blank=True)
    summary_en = models.CharField(_("summary (English)"), max_length=500, blank=True)
    problem_th = models.TextField(_("the problem it solves (Thai)"), blank=True)
    problem_en = models.TextField(_("the problem it solves (English)"), blank=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)

    areas = models.ManyToManyField(
        SocialArea, through="VentureArea", related_name="ventures", verbose_name=_("social-innovation areas")
    )
    sdgs = models.ManyToManyField(Sdg, blank=True, related_name="ventures", verbose_name=_("SDGs"))
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.IDEA)
    legal_form = models.CharField(
        _("legal form"), max_length=30, choices=LegalForm.choices, default=LegalForm.UNREGISTERED_GROUP
    )
    juristic_id = models.CharField(
        _("juristic-person ID"),
        max_length=13,
        blank=True,
        validators=[validate_thai_juristic_id],
        help_text=_("13 digits, for a registered Thai organisation."),
    )
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="ventures", verbose_name=_("country"))
    province = models.ForeignKey(
        Province,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="ventures",
        verbose_name=_("province"),
    )
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("public contact email"), blank=True)
    contact_phone = models.CharField(_("public contact phone"), max_length=30, blank=True)
    contact_public = models.BooleanField(
        _("show contact details publicly"),
        default=False,
        help_text=_("Contact details are shown publicly only with this consent."),
    )
    contact_consent_at = models.DateTimeField(_("contact consent given at"), null=True, blank=True)
    logo = models.ImageField(_("logo"), upload_to="logos/%Y/%m/", blank=True)
    founded_year = models.PositiveSmallIntegerField(
        _("founded in"), null=True, blank=True, validators=[validate_founded_year]
    )
    # Empty for a year from before the era was kept, or from an import: shown in the reader's era.
    founded_year_era = models.CharField(
        _("era the founding year was typed in"), max_length=2, choices=YearEra.choices, blank=True
    )
    youth_led = models.BooleanField(_("youth-led"), default=False)

    verified = models.BooleanField(_("verified"), default=False)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    verification_note = models.TextField(_("what was checked"), blank=True)

    status = models.CharField(
        _("status"), max_length=20, choices=VentureStatus.choices, default=VentureStatus.DRAFT, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True, db_index=True)
    first_published_at = models.DateTimeField(_("first published at"), null=True, blank=True)
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    moderation_note = models.TextField(_("message from the reviewers"), blank=True)

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="owned_ventures",
        verbose_name=_("owner"),
    )
    external_ref = models.CharField(_("external reference"), max_length=100, null=True, blank=True, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = VentureQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("venture")
        verbose_name_plural = _("ventures")
        constraints = [
            models.CheckConstraint(condition=~models.Q(name_th="") | ~models.Q(name_en=""), name="venture_has_a_name"),
            models.CheckConstraint(
                condition=models.Q(founded_year__isnull=True) | models.Q(founded_year__gte=1900),
                name="venture_founded_year_plausible",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "-published_at"]),
            models.Index(fields=["status", "name_sort_th", "-id"], name="venture_by_thai_name"),
            models.Index(fields=["status", "name_sort_en", "-id"], name="venture_by_english_name"),
        ]
        permissions = [
            ("moderate_venture", _("Can publish, request changes to, reject or archive ventures")),
            ("verify_venture", _("Can mark ventures verified")),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.refresh_sort_keys()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"name_th", "name_en"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, *SORT_KEY_FIELDS}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("registry:venture_detail", kwargs={"slug": self.slug})

    def refresh_sort_keys(self) -> None:
        self.name_sort_th, self.name_sort_en = venture_sort_keys(self.name_th, self.name_en)

    @property
    def name(self) -> str:
        return pick(self, "name")

    @property
    def summary(self) -> str:
        return pick(self, "summary")

    @property
    def description(self) -> str:
        return pick(self, "description")

    @property
    def problem(self) -> str:
        return pick(self, "problem")

    @property
    def region(self) -> "Region | None":
        return self.province.region if self.province is not None else None

    @property
    def is_public(self) -> bool:
        return self.status == VentureStatus.PUBLISHED

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if not (self.name_th.strip() or self.name_en.strip()):
            errors["name_th"] = _("Give the venture a name in Thai or in English.")
        if self.province_id and self.country_id and self.country.iso2 != "TH":
            errors["province"] = _("A province can be chosen only for a venture in Thailand.")
        if self.contact_public and not (self.contact_email or self.contact_phone):
            errors["contact_public"] = _("Give a contact email or phone to show publicly.")
        if errors:
            raise ValidationError(errors)


class VentureArea(models.Model):
    """A venture's social-innovation area; exactly one may be its primary area."""

    venture = models.ForeignKey(
        Venture, on_delete=models.CASCADE, related_name="venture_areas", verbose_name=_("venture")
    )
    area = models.ForeignKey(SocialArea, on_delete=models.PROTECT, related_name="venture_areas", verbose_name=_("area"))
    is_primary = models.BooleanField(_("primary area"), default=False)

    class Meta:
        verbose_name = _("venture area")
        verbose_name_plural = _("venture areas")
        constraints = [
            models.UniqueConstraint(fields=["venture", "area"], name="venture_area_once"),
            models.UniqueConstraint(
                fields=["venture"], condition=models.Q(is_primary=True), name="venture_one_primary_area"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.venture} · {self.area}" + (" ★" if self.is_primary else "")


class VentureMembership(models.Model):
    """A person on a venture's team and what they may do.

    The owner is `Venture.owner`, never a membership: one source of ownership, the one every
    permission and service reads. Members are editors.
    """

    class Role(models.TextChoices):
        EDITOR = "editor", _("Editor")

    venture = models.ForeignKey(
        Venture, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("venture")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("user")
    )
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    joined_at = models.DateTimeField(_("joined at"), auto_now_add=True)

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        constraints = [models.UniqueConstraint(fields=["venture", "user"], name="venture_member_once")]

    def __str__(self) -> str:
        return f"{self.user} · {self.venture} ({self.get_role_display()})"
