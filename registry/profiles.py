"""A venture's editable profile as one value: read from a venture or a proposed change, written by
the services, compared for the reviewers' diff.

A proposed change to a published venture is stored as JSON in stable keys (ISO country code,
province abbreviation, area slugs, SDG numbers), so it survives reference data being edited.
"""

from dataclasses import dataclass, field, fields, replace
from typing import Any

from django.core.files.base import File
from django.utils.translation import gettext_lazy as _

from .models import Country, Province, Sdg, SocialArea, Venture

# The plain fields of a venture its team edits; everything else (status, owner, verification,
# slug, timestamps) only services and staff change.
TEXT_FIELDS = (
    "name_th",
    "name_en",
    "summary_th",
    "summary_en",
    "problem_th",
    "problem_en",
    "description_th",
    "description_en",
    "stage",
    "legal_form",
    "juristic_id",
    "website",
    "contact_email",
    "contact_phone",
)
VALUE_FIELDS = (*TEXT_FIELDS, "founded_year", "founded_year_era", "youth_led", "contact_public")


@dataclass
class VentureProfile:
    """What a venture's team can change, as Python values (model instances for references)."""

    name_th: str = ""
    name_en: str = ""
    summary_th: str = ""
    summary_en: str = ""
    problem_th: str = ""
    problem_en: str = ""
    description_th: str = ""
    description_en: str = ""
    stage: str = Venture._meta.get_field("stage").default
    legal_form: str = Venture._meta.get_field("legal_form").default
    juristic_id: str = ""
    founded_year: int | None = None
    founded_year_era: str = ""  # YearEra: the count the year was typed in ("" when not known)
    youth_led: bool = False
    country: Country | None = None
    province: Province | None = None
    website: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    contact_public: bool = False
    areas: list[SocialArea] = field(default_factory=list)
    primary_area: SocialArea | None = None
    sdgs: list[Sdg] = field(default_factory=list)
    # A new logo, already checked and re-encoded (registry.uploads.clean_logo), or removal.
    logo: File | None = None
    remove_logo: bool = False

    def without_logo_change(self) -> "VentureProfile":
        return replace(self, logo=None, remove_logo=False)


def profile_of_venture(venture: Venture) -> VentureProfile:
    """The profile a venture shows now (for a published venture: the approved version)."""
    links = list(venture.venture_areas.select_related("area").order_by("-is_primary", "area__order", "area__code"))
    return VentureProfile(
        **{name: getattr(venture, name) for name in VALUE_FIELDS},
        country=venture.country,
        province=venture.province,
        areas=[link.area for link in links],
        primary_area=next((link.area for link in links if link.is_primary), None),
        sdgs=list(venture.sdgs.order_by("number")),
    )


def profile_to_data(profile: VentureProfile) -> dict[str, Any]:
    """JSON for a proposed change (the logo travels separately, as a file)."""
    data: dict[str, Any] = {name: getattr(profile, name) for name in VALUE_FIELDS}
    data["country"] = profile.country.iso2 if profile.country else None
    data["province"] = profile.province.abbr_en if profile.province else None
    data["areas"] = [area.slug for area in profile.areas]
    data["primary_area"] = profile.primary_area.slug if profile.primary_area else None
    data["sdgs"] = sorted(sdg.number for sdg in profile.sdgs)
    return data


def profile_from_data(data: dict[str, Any]) -> VentureProfile:
    """The profile a proposed change describes (references that no longer exist are dropped)."""
    values = {name: data[name] for name in VALUE_FIELDS if name in data}
    areas_by_slug = {area.slug: area for area in SocialArea.objects.filter(slug__in=data.get("areas") or [])}
    return VentureProfile(
        **values,
        country=Country.objects.filter(iso2=data.get("country") or "").first(),
        province=Province.objects.filter(abbr_en=data.get("province") or "").first(),
        areas=[areas_by_slug[slug] for slug in data.get("areas") or [] if slug in areas_by_slug],
        primary_area=areas_by_slug.get(data.get("primary_area") or ""),
        sdgs=list(Sdg.objects.filter(number__in=data.get("sdgs") or []).order_by("number")),
    )


# --- The reviewers' diff ----------------------------------------------------------------------

DIFF_LABELS: dict[str, Any] = {
    **{name: getattr(Venture._meta.get_field(name), "verbose_name", name) for name in VALUE_FIELDS},
    "country": _("country"),
    "province": _("province"),
    "areas": _("social-innovation areas"),
    "primary_area": _("primary area"),
    "sdgs": _("SDGs"),
    "logo": _("logo"),
}


def _shown(profile: VentureProfile, name: str) -> str:
    value = getattr(profile, name)
    if name in ("stage", "legal_form"):
        choices = dict(getattr(Venture._meta.get_field(name), "flatchoices", []))
        return str(choices.get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if name == "areas":
        return ", ".join(str(area) for area in value)
    if name == "sdgs":
        return ", ".join(str(sdg.number) for sdg in value)
    if value is None:
        return ""
    return str(value)


@dataclass(frozen=True)
class FieldChange:
    name: str
    label: str
    before: str
    after: str


def profile_diff(before: VentureProfile, after: VentureProfile, *, logo_change: str = "") -> list[FieldChange]:
    """The fields that differ, in form order, with human-readable values; `logo_change` describes
    a new or removed logo (files are not compared)."""
    names = [f.name for f in fields(VentureProfile) if f.name not in ("logo", "remove_logo")]
    changes = []
    for name in names:
        old, new = _shown(before, name), _shown(after, name)
        if old != new:
            changes.append(FieldChange(name=name, label=str(DIFF_LABELS[name]), before=old, after=new))
    if logo_change:
        changes.append(FieldChange(name="logo", label=str(DIFF_LABELS["logo"]), before="", after=logo_change))
    return changes
