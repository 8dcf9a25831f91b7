"""The public grants: /<lang>/grants/, the API, its CSV and the 360Giving package, and the
grants on a venture's page."""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db.models import Count, Prefetch, QuerySet, Sum
from django.db.models.functions import ExtractYear

from programs.models import Programme
from registry.models import Country, Region, SocialArea, Venture, VentureArea
from registry.selectors import Facet, FacetOption

from ..filters import GrantFilterSet, grant_conditions
from ..models import Award

GRANT_ORDERINGS: dict[str, tuple[str, ...]] = {
    "newest": ("-award_date", "-pk"),
    "oldest": ("award_date", "pk"),
    "largest": ("-amount_thb", "-pk"),
    "smallest": ("amount_thb", "pk"),
}


def grant_identifier(award: Award) -> str:
    """The grant's public identifier: the 360Giving prefix and the award's number (360G-nia-th-42)."""
    return f"{settings.OPENDATA_360G_PREFIX}{award.pk}"


def public_grants(cleaned: dict[str, Any] | None = None) -> QuerySet[Award]:
    """Awarded grants for validated GrantFilterSet values, in the requested order (newest award
    first by default), with what a grant shows, in a fixed number of queries for any number."""
    cleaned = cleaned or {}
    sort = cleaned.get("sort") or "newest"
    return (
        Award.objects.filter(*grant_conditions(cleaned).values())
        .select_related(
            "application__call__programme",
            "application__venture__country",
            "application__venture__province__region",
        )
        .prefetch_related(
            Prefetch(
                "application__venture__venture_areas",
                queryset=VentureArea.objects.select_related("area").order_by("-is_primary", "area__order"),
            ),
            "application__venture__sdgs",
        )
        .order_by(*GRANT_ORDERINGS[sort])
    )


@dataclass(frozen=True)
class GrantTotals:
    """What the grants of a filter add up to: how many, THB awarded, THB disbursed."""

    count: int
    thb_awarded: Decimal
    thb_disbursed: Decimal


def grant_totals(cleaned: dict[str, Any] | None = None) -> GrantTotals:
    """Totals of the grants `public_grants(cleaned)` lists, in one query."""
    totals = Award.objects.filter(*grant_conditions(cleaned or {}).values()).aggregate(
        n=Count("pk"), awarded=Sum("amount_thb"), disbursed=Sum("amount_disbursed_thb")
    )
    return GrantTotals(
        count=totals["n"],
        thb_awarded=totals["awarded"] or Decimal("0"),
        thb_disbursed=totals["disbursed"] or Decimal("0"),
    )


# The facets the grants page offers, and the column each one counts by.
GRANT_FACET_KEYS = {
    "area": "application__venture__venture_areas__area__slug",
    "program": "application__call__programme__slug",
    "year": "award_year",
    "region": "application__venture__province__region__slug",
    "country": "application__venture__country__iso2",
}


def _grant_facet_labels(name: str, keys: Iterable[Any]) -> list[tuple[str, str]]:
    """(value, label) of a facet's values, in display order."""
    if name == "year":
        return [(str(year), str(year)) for year in sorted(keys, reverse=True)]
    if name == "area":
        return [(a.slug, a.name) for a in SocialArea.objects.all()]
    if name == "program":
        return [(p.slug, p.name) for p in Programme.objects.all()]
    if name == "region":
        return [(r.slug, r.name) for r in Region.objects.all()]
    return [(c.iso2, c.name) for c in Country.objects.all()]


def grant_facets(cleaned: dict[str, Any]) -> list[Facet]:
    """The page's facets: each value with the number of grants it would give (every other
    parameter applied, so two values of one facet read as either), values without grants left
    out unless chosen."""
    conditions = grant_conditions(cleaned)
    facets = []
    for name, key in GRANT_FACET_KEYS.items():
        others = [condition for other, condition in conditions.items() if other != name]
        awards = Award.objects.filter(*others)
        if name == "year":
            awards = awards.annotate(award_year=ExtractYear("award_date"))
        counts = {
            str(row[key]): row["n"]
            for row in awards.values(key).annotate(n=Count("pk", distinct=True)).order_by()
            if row[key] is not None
        }
        chosen = cleaned.get(name) or []
        selected = {str(v) for v in chosen} if name == "year" else {str(_facet_value(name, v)) for v in chosen}
        options = [
            FacetOption(value=value, label=label, count=counts.get(value, 0), selected=value in selected)
            for value, label in _grant_facet_labels(name, [int(k) for k in counts] if name == "year" else counts)
            if counts.get(value) or value in selected
        ]
        if name == "year":
            missing = sorted(selected - {o.value for o in options}, reverse=True)
            options += [FacetOption(value=v, label=v, count=0, selected=True) for v in missing]
        facets.append(Facet(name=name, label=str(GrantFilterSet.base_filters[name].label), options=options))
    return facets


def _facet_value(name: str, obj: Any) -> Any:
    return obj.iso2 if name == "country" else obj.slug


def venture_awards(venture: Venture) -> dict[str, Any]:
    """The grants a venture received, newest first, for its public page."""
    awards = (
        Award.objects.filter(application__venture=venture)
        .select_related("application__call__programme")
        .order_by("-award_date", "-pk")
    )
    return {"awards": list(awards)}
