"""The directory's parameters, shared by the public page and the API (one filtering code path).

Every facet is one `Q` on `Venture` built by `facet_condition`; the FilterSet applies them, and
the directory selector re-uses them for the facet counts (each facet counted with every other
facet applied, so several values of one facet read as "either"). The registry's own facets are
written here; a higher app adds its own through `extensions.register_directory_facet` (programs:
"program"), placed after the facet it names.
"""

from typing import Any

import django_filters as df
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from . import extensions
from .models import Country, Province, Region, Sdg, SocialArea, Venture, VentureArea, VentureSearchDocument
from .models.ventures import Stage
from .opendata import documented
from .search.engine import TextSearch
from .search.query import parse_query

# The registry's own facets, in the order they are shown (registered ones are placed among them).
REGISTRY_FACETS = ("area", "region", "province", "country", "stage", "sdg", "youth", "verified")
SORTS = ("relevance", "newest", "name")
SORT_CHOICES = [("relevance", _("Best match")), ("newest", _("Newest")), ("name", _("Name (A–Z)"))]
YES = "1"


class CodesField(df.fields.ModelMultipleChoiceField):
    """Codes of a reference table (slugs, ISO codes, SDG numbers), checked as the column's own
    values before the table is queried: a value no column could hold (a NUL byte, an integer past
    the column's range, text longer than the column) is an invalid choice, not a database error."""

    def _check_values(self, value: Any) -> Any:
        column = self.queryset.model._meta.get_field(self.to_field_name or "pk")
        for item in value or []:
            try:
                if "\x00" in str(item):
                    raise ValidationError("NUL")
                column.run_validators(column.to_python(str(item).strip()))
            except ValidationError:
                raise ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice", params={"value": item}
                ) from None
        return super()._check_values(value)


class CodesFilter(df.ModelMultipleChoiceFilter):
    """One or more codes of a reference table (`area=a&area=b`)."""

    field_class = CodesField


def facet_names() -> tuple[str, ...]:
    """Every facet of the directory, in the order the page, the API and its schema show them."""
    names: list[str] = []
    for name in REGISTRY_FACETS:
        names.append(name)
        names += [facet.name for facet in extensions.directory_facets() if facet.after == name]
    return tuple(names)


def registered_facet(name: str) -> extensions.DirectoryFacet | None:
    return next((facet for facet in extensions.directory_facets() if facet.name == name), None)


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
    if name == "stage":
        return Q(stage__in=value)
    if name == "sdg":
        return Q(pk__in=Venture.sdgs.through.objects.filter(sdg__in=value).values("venture_id"))
    if name == "youth":
        return Q(youth_led=True)
    if name == "verified":
        return Q(verified=True)
    registered = registered_facet(name)
    if registered is not None:
        return registered.condition(value)
    raise ValueError(f"unknown facet {name!r}")


def active_conditions(cleaned: dict[str, Any]) -> dict[str, Q]:
    """The facet conditions of the values actually given."""
    return {name: facet_condition(name, cleaned[name]) for name in facet_names() if cleaned.get(name)}


class VentureFilterSet(df.FilterSet):
    # `documented`: the OpenAPI type of each parameter (drf-spectacular cannot see through `method`).
    q = documented(
        df.CharFilter(method="filter_text", label=_("What problem are you trying to solve?"), max_length=256),
        {"type": "string", "maxLength": 256},
    )
    area = documented(
        CodesFilter(
            queryset=SocialArea.objects.all(),
            to_field_name="slug",
            method="filter_facet",
            label=_("Social-innovation area"),
        ),
        {"type": "string"},
    )
    region = documented(
        CodesFilter(queryset=Region.objects.all(), to_field_name="slug", method="filter_facet", label=_("Region")),
        {"type": "string"},
    )
    province = documented(
        CodesFilter(
            queryset=Province.objects.all(), to_field_name="abbr_en", method="filter_facet", label=_("Province")
        ),
        {"type": "string"},
    )
    country = documented(
        CodesFilter(queryset=Country.objects.all(), to_field_name="iso2", method="filter_facet", label=_("Country")),
        {"type": "string"},
    )
    stage = df.MultipleChoiceFilter(choices=Stage.choices, method="filter_facet", label=_("Stage"))
    sdg = documented(
        CodesFilter(queryset=Sdg.objects.all(), to_field_name="number", method="filter_facet", label=_("SDG")),
        {"type": "integer", "minimum": 1, "maximum": 17},
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
        query = parse_query(value)
        if not query:
            return queryset
        matching = TextSearch.for_query(query).matching(VentureSearchDocument.objects.all())
        return queryset.filter(pk__in=matching.values("pk"))

    def filter_nothing(self, queryset: QuerySet[Venture], name: str, value: Any) -> QuerySet[Venture]:
        return queryset  # ordering is the selector's business


def install_registered_facets() -> None:
    """Put the registered facets' filters into VentureFilterSet, each after the facet it names
    (django-filter and drf-spectacular read `base_filters` in order)."""
    filters = VentureFilterSet.base_filters
    for facet in extensions.directory_facets():
        if facet.name not in filters:
            filter_ = facet.make_filter()
            filter_.field_name = facet.name
            filters[facet.name] = filter_
    order = ["q", *facet_names()]
    ordered = {name: filters[name] for name in order} | {name: f for name, f in filters.items() if name not in order}
    filters.clear()
    filters.update(ordered)


def published_ventures() -> QuerySet[Venture]:
    return Venture.objects.published()


def directory_filterset(data: Any) -> VentureFilterSet:
    return VentureFilterSet(data=data, queryset=published_ventures())


install_registered_facets()  # those registered before this module was first imported
