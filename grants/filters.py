"""The parameters of the awarded grants, shared by /<lang>/grants/ and /api/v1/grants/ (one code path).

Every parameter is one `Q` on `Award` built by `grant_condition`; the FilterSet validates the
values and applies them, and grants.selectors re-uses them for the page's totals and counts.
Several values of one parameter (`area=a&area=b`) mean either, as in the directory.

`area` keeps a grant when its venture works in the area (any of the venture's areas, as the
directory's `area` does; so a grant to a venture in two areas is listed under both). The staff
dashboard and the statistics group by the venture's *primary* area instead, so that their
per-area sums add up to the total.
"""

from decimal import Decimal
from typing import Any

import django_filters as df
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from programs.models import Programme
from registry.filters import CodesFilter
from registry.models import Country, Province, Region, SocialArea, VentureArea
from registry.opendata import documented

from .models import Award

GRANT_FACETS = ("area", "program", "year", "region", "province", "country")
GRANT_PARAMETERS = ("q", *GRANT_FACETS, "min_amount", "max_amount", "sort")
GRANT_SORT_CHOICES = [
    ("newest", _("Newest first")),
    ("oldest", _("Oldest first")),
    ("largest", _("Largest first")),
    ("smallest", _("Smallest first")),
]
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_AMOUNT = Decimal("99999999999999.99")  # the largest amount_thb the database holds
MAX_WORDS = 10


def grant_condition(name: str, value: Any) -> Q:
    """The condition one parameter puts on awards (`value`: the cleaned form value)."""
    if name == "q":
        return _text_condition(value)
    if name == "area":
        return Q(application__venture__in=VentureArea.objects.filter(area__in=value).values("venture_id"))
    if name == "program":
        return Q(application__call__programme__in=value)
    if name == "year":
        return Q(award_date__year__in=value)
    if name == "region":
        return Q(application__venture__province__region__in=value)
    if name == "province":
        return Q(application__venture__province__in=value)
    if name == "country":
        return Q(application__venture__country__in=value)
    if name == "min_amount":
        return Q(amount_thb__gte=value)
    if name == "max_amount":
        return Q(amount_thb__lte=value)
    raise ValueError(f"unknown grant parameter {name!r}")


def _text_condition(value: str) -> Q:
    """Every word in the grant's title or its venture's Thai or English name (a plain substring
    test: there are hundreds to thousands of grants, not the directory's 100k ventures)."""
    condition = Q()
    for word in value.split()[:MAX_WORDS]:
        condition &= (
            Q(application__title__icontains=word)
            | Q(application__venture__name_th__icontains=word)
            | Q(application__venture__name_en__icontains=word)
        )
    return condition


def grant_conditions(cleaned: dict[str, Any]) -> dict[str, Q]:
    """The conditions of the parameters actually given."""
    return {
        name: grant_condition(name, cleaned[name])
        for name in GRANT_PARAMETERS
        if name != "sort" and _given(cleaned.get(name))
    }


def _given(value: Any) -> bool:
    if isinstance(value, Decimal):
        return True  # an amount of 0 is a bound too
    if isinstance(value, str):
        return bool(value.split())
    return bool(value)


class YearsField(forms.Field):
    """One or more years (`year=2024&year=2025`)."""

    widget = forms.MultipleHiddenInput
    default_error_messages = {
        "invalid": _("Give each year as a number between %(min)s and %(max)s, e.g. 2024."),
    }

    def to_python(self, value: Any) -> list[int]:
        if value in (None, "", [], ()):
            return []
        values = [value] if isinstance(value, str | int) else list(value)
        years = set()
        for item in values:
            try:
                year = int(str(item).strip())
            except ValueError:
                raise self._invalid() from None
            if not MIN_YEAR <= year <= MAX_YEAR:
                raise self._invalid()
            years.add(year)
        return sorted(years)

    def _invalid(self) -> ValidationError:
        return ValidationError(
            self.error_messages["invalid"], code="invalid", params={"min": MIN_YEAR, "max": MAX_YEAR}
        )


class YearFilter(df.Filter):
    field_class = YearsField


def _codes(filter_: df.Filter) -> df.Filter:
    """A filter of slugs or codes (checked against their table), one or more values."""
    return documented(filter_, {"type": "string"})


AMOUNT_SCHEMA = {"type": "number", "minimum": 0, "maximum": 99_999_999_999_999, "multipleOf": 0.01}


class GrantFilterSet(df.FilterSet):
    q = documented(
        df.CharFilter(
            method="filter_condition", label=_("Words in the grant's title or the venture's name"), max_length=200
        ),
        {"type": "string", "maxLength": 200},
    )
    area = _codes(
        CodesFilter(
            queryset=SocialArea.objects.all(),
            to_field_name="slug",
            method="filter_condition",
            label=_("Social-innovation area"),
        )
    )
    program = _codes(
        CodesFilter(
            queryset=Programme.objects.all(), to_field_name="slug", method="filter_condition", label=_("Programme")
        )
    )
    year = documented(
        YearFilter(method="filter_condition", label=_("Year awarded")),
        {"type": "array", "items": {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR}},
    )
    region = _codes(
        CodesFilter(queryset=Region.objects.all(), to_field_name="slug", method="filter_condition", label=_("Region"))
    )
    province = _codes(
        CodesFilter(
            queryset=Province.objects.all(), to_field_name="abbr_en", method="filter_condition", label=_("Province")
        )
    )
    country = _codes(
        CodesFilter(queryset=Country.objects.all(), to_field_name="iso2", method="filter_condition", label=_("Country"))
    )
    min_amount = documented(
        df.NumberFilter(
            method="filter_condition",
            label=_("At least (THB)"),
            min_value=Decimal("0"),
            max_value=MAX_AMOUNT,
            max_digits=16,
            decimal_places=2,
        ),
        AMOUNT_SCHEMA,
    )
    max_amount = documented(
        df.NumberFilter(
            method="filter_condition",
            label=_("At most (THB)"),
            min_value=Decimal("0"),
            max_value=MAX_AMOUNT,
            max_digits=16,
            decimal_places=2,
        ),
        AMOUNT_SCHEMA,
    )
    sort = documented(
        df.ChoiceFilter(choices=GRANT_SORT_CHOICES, method="filter_nothing", label=_("Sort by")),
        {"type": "string", "enum": [value for value, _label in GRANT_SORT_CHOICES]},
    )

    class Meta:
        model = Award
        fields: list[str] = []

    def filter_condition(self, queryset: QuerySet[Award], name: str, value: Any) -> QuerySet[Award]:
        conditions = grant_conditions({name: value})
        return queryset.filter(*conditions.values())

    def filter_nothing(self, queryset: QuerySet[Award], name: str, value: Any) -> QuerySet[Award]:
        return queryset  # ordering is the selector's business


def grant_filterset(data: Any) -> GrantFilterSet:
    return GrantFilterSet(data=data, queryset=Award.objects.all())


def clean_grant_params(data: Any) -> tuple[GrantFilterSet, list[str]]:
    """Validate the page's parameters; values that are not understood are dropped (and named)."""
    filterset = grant_filterset(data)
    if filterset.is_valid():
        return filterset, []
    ignored = sorted(filterset.errors)
    kept = data.copy()
    for name in ignored:
        kept.pop(name, None)
    filterset = grant_filterset(kept)
    filterset.is_valid()
    return filterset, ignored
