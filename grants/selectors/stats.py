"""Figures computed from the grant rows: the headline figures, the staff dashboard's breakdowns
and the public statistics (/<lang>/stats/ and /api/v1/stats/)."""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Model, OuterRef, Subquery, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy

from core.dates import local_year
from programs.models import Programme
from registry.models import Country, Region, SocialArea, VentureArea
from registry.models.i18n import pick
from registry.models.ventures import Stage
from registry.search.facets import directory_facet_counts
from registry.search.index import search_generation

from ..models import ApplicationStatus, Award, CoInvestment, GrantApplication

CENT = Decimal("0.01")


@dataclass(frozen=True)
class HeadlineFigures:
    """The live figures NIA reports: projects approved, THB granted, THB of investment leveraged."""

    grants_approved: int
    thb_granted: Decimal
    thb_disbursed: Decimal
    thb_leveraged: Decimal

    @property
    def leverage_ratio(self) -> Decimal | None:
        if not self.thb_granted:
            return None
        return (self.thb_leveraged / self.thb_granted).quantize(Decimal("0.01"))


def headline_figures() -> HeadlineFigures:
    """Computed from the grant rows: awards, their THB value and verified co-investment."""
    awards = Award.objects.aggregate(n=Count("pk"), granted=Sum("amount_thb"), disbursed=Sum("amount_disbursed_thb"))
    leveraged = CoInvestment.objects.filter(verified=True).aggregate(total=Sum("amount_thb"))["total"]
    return HeadlineFigures(
        grants_approved=awards["n"],
        thb_granted=awards["granted"] or Decimal("0"),
        thb_disbursed=awards["disbursed"] or Decimal("0"),
        thb_leveraged=leveraged or Decimal("0"),
    )


# --- the dashboard ------------------------------------------------------------------------------------

DIMENSIONS = {
    "area": gettext_lazy("Primary area"),
    "programme": gettext_lazy("Programme"),
    "year": gettext_lazy("Year"),
    "region": gettext_lazy("Region"),
    "country": gettext_lazy("Country"),
}


@dataclass(frozen=True)
class FigureRow:
    """Headline figures of one group (an area, a programme, a year…)."""

    key: Any
    label: str
    grants_approved: int
    thb_granted: Decimal
    thb_disbursed: Decimal
    thb_leveraged: Decimal
    # The group's public identity, the same whatever the language: slug, ISO code or year
    # (None for the "no group" row), and its names in both languages (the open-data reads).
    code: str | None = None
    name_th: str = ""
    name_en: str = ""

    @property
    def leverage_ratio(self) -> Decimal | None:
        if not self.thb_granted:
            return None
        return (self.thb_leveraged / self.thb_granted).quantize(Decimal("0.01"))


def primary_area(venture_path: str) -> Subquery:
    return Subquery(VentureArea.objects.filter(venture=OuterRef(venture_path), is_primary=True).values("area_id")[:1])


def _award_key(dimension: str) -> Any:
    return {
        "area": primary_area("application__venture"),
        "programme": F("application__call__programme_id"),
        "year": ExtractYear("award_date"),
        "region": F("application__venture__province__region_id"),
        "province": F("application__venture__province__abbr_en"),
        "country": F("application__venture__country_id"),
    }[dimension]


def _coinvestment_key(dimension: str) -> Any:
    return {
        "area": primary_area("venture"),
        "programme": F("award__application__call__programme_id"),
        "year": ExtractYear("date"),
        "region": F("venture__province__region_id"),
        "country": F("venture__country_id"),
    }[dimension]


@dataclass(frozen=True)
class _Group:
    label: str
    sort: Any
    code: str
    name_th: str
    name_en: str


def _groups(dimension: str, keys: Iterable[Any]) -> dict[Any, _Group]:
    """Names, codes and sort order of the groups (one query per dimension, none for years)."""
    keys = [k for k in keys if k is not None]
    if dimension == "year":
        # Thai readers count years in the Buddhist era (2025 is 2568); the code stays Gregorian.
        return {k: _Group(local_year(k), k, str(k), local_year(k, "th"), str(k)) for k in keys}
    model: type[Model] = {"area": SocialArea, "programme": Programme, "region": Region, "country": Country}[dimension]
    order = {"area": ("order", "code"), "programme": ("order", "code"), "region": ("order",), "country": ("order",)}
    code = {"area": "slug", "programme": "slug", "region": "slug", "country": "iso2"}[dimension]
    # Each of these models has bilingual names (name_th, name_en).
    objects: Iterable[Any] = model._default_manager.filter(pk__in=keys)
    return {
        obj.pk: _Group(
            label=str(obj),
            sort=tuple(getattr(obj, name) for name in order[dimension]),
            code=getattr(obj, code),
            name_th=obj.name_th,
            name_en=obj.name_en,
        )
        for obj in objects
    }


NO_GROUP = {
    "area": gettext_lazy("No primary area"),
    "programme": gettext_lazy("Not linked to a grant"),
    "year": gettext_lazy("No date"),
    "region": gettext_lazy("Outside Thailand's regions"),
    "country": gettext_lazy("No country"),
}


def figures_by(dimension: str) -> list[FigureRow]:
    """Headline figures grouped by `dimension`, from the rows, in three queries whatever their number."""
    awards = (
        Award.objects.annotate(key=_award_key(dimension))
        .values("key")
        .annotate(n=Count("pk"), granted=Sum("amount_thb"), disbursed=Sum("amount_disbursed_thb"))
        .order_by()
    )
    leveraged = (
        CoInvestment.objects.filter(verified=True)
        .annotate(key=_coinvestment_key(dimension))
        .values("key")
        .annotate(total=Sum("amount_thb"))
        .order_by()
    )
    granted = {row["key"]: row for row in awards}
    lever = {row["key"]: row["total"] or Decimal("0") for row in leveraged}
    keys = set(granted) | set(lever)
    groups = _groups(dimension, keys)
    no_group = str(NO_GROUP[dimension])
    rows = []
    for key in keys:
        group = groups.get(key)
        rows.append(
            FigureRow(
                key=key,
                label=group.label if group is not None else no_group,
                grants_approved=granted[key]["n"] if key in granted else 0,
                thb_granted=(granted[key]["granted"] or Decimal("0")) if key in granted else Decimal("0"),
                thb_disbursed=(granted[key]["disbursed"] or Decimal("0")) if key in granted else Decimal("0"),
                thb_leveraged=lever.get(key, Decimal("0")),
                code=group.code if group is not None else None,
                name_th=group.name_th if group is not None else "",
                name_en=group.name_en if group is not None else "",
            )
        )
    rows.sort(key=lambda row: (row.key is None, groups[row.key].sort if row.key in groups else (), row.label))
    return rows


@dataclass(frozen=True)
class Dashboard:
    totals: HeadlineFigures
    breakdowns: list[tuple[str, str, list[FigureRow]]]
    applications_by_status: list[tuple[str, int]]


def dashboard() -> Dashboard:
    """Everything the staff dashboard shows, in a fixed number of queries."""
    counts = dict(GrantApplication.objects.values_list("status").annotate(n=Count("pk")).order_by())
    return Dashboard(
        totals=headline_figures(),
        breakdowns=[(name, str(label), figures_by(name)) for name, label in DIMENSIONS.items()],
        applications_by_status=[(str(status.label), counts.get(status.value, 0)) for status in ApplicationStatus],
    )


# --- the public statistics: /<lang>/stats/ and /api/v1/stats/ ---------------------------------------

STATS_DIMENSIONS = ("year", "area", "region", "country", "programme")
# How long one computed copy of the public figures is served. Changes to ventures (publishing,
# archiving, a new stage) show at once: they change the search index generation, which is part
# of the cache key. Grant figures (awards, tranches, co-investment) show within this time.
# settings.REGISTRY_STATS_CACHE_SECONDS overrides it; 0 computes them on every request.
STATS_CACHE_SECONDS = 300


@dataclass(frozen=True)
class VentureCount:
    """Published ventures in one group (a stage, an area)."""

    code: str
    name_th: str
    name_en: str
    ventures: int


@dataclass(frozen=True)
class PublicStats:
    """Every figure of the public statistics page and of the API's stats/.

    Plain values only, the same in every language (groups carry their names in both), so one
    cached copy serves the Thai page, the English page and the API alike.
    """

    generated_at: datetime.datetime
    totals: HeadlineFigures
    ventures_published: int
    # STATS_DIMENSIONS -> figure rows; years run without gaps from the first to the last.
    breakdowns: dict[str, list[FigureRow]]
    ventures_by_stage: list[VentureCount]
    ventures_by_area: list[VentureCount]
    # The map: published ventures per province abbreviation and per country ISO code, and THB
    # granted per province abbreviation (per country it is breakdowns["country"]).
    ventures_by_province: dict[str, int]
    ventures_by_country: dict[str, int]
    thb_granted_by_province: dict[str, Decimal]


def group_name(row: FigureRow, dimension: str, language: str) -> str:
    """A figure row's name in `language` ("No primary area"… for the row without a group)."""
    if row.code is None:
        with translation.override(language):
            return str(NO_GROUP[dimension])
    return pick(row, "name", language)


def _every_year(rows: list[FigureRow]) -> list[FigureRow]:
    """Year rows with the years between them that have no figures (a time axis has no gaps)."""
    years = {row.key: row for row in rows if row.key is not None}
    if not years:
        return rows
    zero = Decimal("0")
    filled = [
        years.get(year)
        or FigureRow(year, local_year(year), 0, zero, zero, zero, str(year), local_year(year, "th"), str(year))
        for year in range(min(years), max(years) + 1)
    ]
    return filled + [row for row in rows if row.key is None]


def thb_granted_by_province() -> dict[str, Decimal]:
    """THB awarded to ventures in each province (keyed by its abbreviation), in one query."""
    rows = (
        Award.objects.annotate(key=_award_key("province"))
        .filter(key__isnull=False)
        .values("key")
        .annotate(granted=Sum("amount_thb"))
        .order_by()
    )
    return {row["key"]: row["granted"] or Decimal("0") for row in rows}


def compute_public_stats() -> PublicStats:
    """The public figures from the rows, in a fixed number of queries whatever their number."""
    # The directory's own counts (any of a venture's areas), so both pages agree.
    counts = directory_facet_counts({}, None).counts
    by_stage = []
    for stage in Stage:
        with translation.override("th"):
            name_th = str(stage.label)
        with translation.override("en"):
            name_en = str(stage.label)
        by_stage.append(VentureCount(stage.value, name_th, name_en, counts["stage"].get(stage.value, 0)))
    by_area = [
        VentureCount(area.slug, area.name_th, area.name_en, counts["area"].get(area.slug, 0))
        for area in SocialArea.objects.all()
        if area.is_active or counts["area"].get(area.slug)
    ]
    breakdowns = {dimension: figures_by(dimension) for dimension in STATS_DIMENSIONS}
    breakdowns["year"] = _every_year(breakdowns["year"])
    return PublicStats(
        generated_at=timezone.now(),
        totals=headline_figures(),
        ventures_published=sum(group.ventures for group in by_stage),
        breakdowns=breakdowns,
        ventures_by_stage=by_stage,
        ventures_by_area=by_area,
        ventures_by_province=dict(counts["province"]),
        ventures_by_country=dict(counts["country"]),
        thb_granted_by_province=thb_granted_by_province(),
    )


def stats_cache_seconds() -> int:
    """How long one computed copy of the public figures is served (0: never cached)."""
    return max(0, int(getattr(settings, "REGISTRY_STATS_CACHE_SECONDS", STATS_CACHE_SECONDS)))


def public_stats() -> PublicStats:
    """The public figures, computed at most once per STATS_CACHE_SECONDS (see there)."""
    seconds = stats_cache_seconds()
    if not seconds:
        return compute_public_stats()
    key = f"grants:public-stats:v2:{search_generation()}"
    stats = cache.get(key)
    if stats is None:
        stats = compute_public_stats()
        cache.set(key, stats, seconds)
    return stats
