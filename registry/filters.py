"""The directory's parameters, shared by the public page and the API (one filtering code path).

Every facet is one `Q` on `Venture` built by `facet_condition`; the FilterSet applies them, and
the directory selector re-uses them for the facet counts (each facet counted with every other
facet applied, so several values of one facet read as "either").
"""

from typing import Any

import django_filters as df
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from programs.models import Participation, Programme

from .models import Country, Province, Region, Sdg, SocialArea, Venture, VentureArea, VentureSearchDocument
from .models.ventures import Stage

FACETS = ("area", "region", "province", "country", "program", "stage", "sdg", "youth", "verified")
SORTS = ("relevance", "newest", "name")
SORT_CHOICES = [("relevance", _("Best match")), ("newest", _("Newest")), ("name", _("Name (A–Z)"))]
YES = "1"


def facet_condition(name: str, value: Any) -> Q:
    """The condition one facet puts on published ventures (`value`: the cleaned form value)."""
    if name == "area":
        return Q(pk__in=VentureArea.objects.filter(area__in=value).values("venture_id"))
    if name == "region":
        return Q(province__region__in=value)
    if name == "province":
        return Q(province__in=value)
    if name == "country":
        return Q(country__in=value)
    if name == "program":
        return Q(pk__in=Participation.objects.filter(programme__in=value).values("venture_id"))
    if name == "stage":
        return Q(stage__in=value)
    if name == "sdg":
        return Q(pk__in=Venture.sdgs.through.objects.filter(sdg__in=value).values("venture_id"))
    if name == "youth":
        return Q(youth_led=True)
    if name == "verified":
        return Q(verified=True)
    raise ValueError(f"unknown facet {name!r}")


def active_conditions(cleaned: dict[str, Any]) -> dict[str, Q]:
    """The facet conditions of the values actually given."""
    return {name: facet_condition(name, cleaned[name]) for name in FACETS if cleaned.get(name)}


class VentureFilterSet(df.FilterSet):
    q = df.CharFilter(method="filter_text", label=_("What problem are you trying to solve?"), max_length=256)
    area = df.ModelMultipleChoiceFilter(
        queryset=SocialArea.objects.all(),
        to_field_name="slug",
        method="filter_facet",
        label=_("Social-innovation area"),
    )
    region = df.ModelMultipleChoiceFilter(
        queryset=Region.objects.all(), to_field_name="slug", method="filter_facet", label=_("Region")
    )
    province = df.ModelMultipleChoiceFilter(
        queryset=Province.objects.all(), to_field_name="abbr_en", method="filter_facet", label=_("Province")
    )
    country = df.ModelMultipleChoiceFilter(
        queryset=Country.objects.all(), to_field_name="iso2", method="filter_facet", label=_("Country")
    )
    program = df.ModelMultipleChoiceFilter(
        queryset=Programme.objects.all(), to_field_name="slug", method="filter_facet", label=_("Programme")
    )
    stage = df.MultipleChoiceFilter(choices=Stage.choices, method="filter_facet", label=_("Stage"))
    sdg = df.ModelMultipleChoiceFilter(
        queryset=Sdg.objects.all(), to_field_name="number", method="filter_facet", label=_("SDG")
    )
    youth = df.ChoiceFilter(choices=[(YES, _("Youth-led"))], method="filter_facet", label=_("Youth-led"))
    verified = df.ChoiceFilter(choices=[(YES, _("Verified"))], method="filter_facet", label=_("Verified"))
    sort = df.ChoiceFilter(choices=SORT_CHOICES, method="filter_nothing", label=_("Sort by"))

    class Meta:
        model = Venture
        fields: list[str] = []

    def filter_facet(self, queryset: QuerySet[Venture], name: str, value: Any) -> QuerySet[Venture]:
        return queryset.filter(facet_condition(name, value)) if value else queryset

    def filter_text(self, queryset: QuerySet[Venture], name: str, value: str) -> QuerySet[Venture]:
        from .search.engine import TextSearch
        from .search.query import parse_query

        query = parse_query(value)
        if not query:
            return queryset
        matching = TextSearch.for_query(query).matching(VentureSearchDocument.objects.all())
        return queryset.filter(pk__in=matching.values("pk"))

    def filter_nothing(self, queryset: QuerySet[Venture], name: str, value: Any) -> QuerySet[Venture]:
        return queryset  # ordering is the selector's business


def published_ventures() -> QuerySet[Venture]:
    return Venture.objects.published()


def directory_filterset(data: Any) -> VentureFilterSet:
    return VentureFilterSet(data=data, queryset=published_ventures())
