"""The API's stats/: the figures of the public statistics page, as open data."""

from typing import Any

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, viewsets
from rest_framework.request import Request
from rest_framework.response import Response

from registry.api import HtmlSafeJSONRenderer
from registry.api_schema import OpenDataAutoSchema

from .selectors.stats import STATS_DIMENSIONS, FigureRow, PublicStats, group_name, public_stats


def _money(help_text: Any) -> serializers.DecimalField:
    return serializers.DecimalField(max_digits=24, decimal_places=2, help_text=help_text)


def _ratio() -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=24,
        decimal_places=2,
        allow_null=True,
        help_text=_("THB leveraged per THB granted; null when nothing was granted."),
    )


class HeadlineSerializer(serializers.Serializer[Any]):
    grants_approved = serializers.IntegerField(help_text=_("Projects approved: grants awarded."))
    thb_granted = _money(_("THB awarded, at each award's own exchange rate."))
    thb_disbursed = _money(_("THB paid out in tranches so far."))
    thb_leveraged = _money(_("THB of verified co-investment."))
    leverage_ratio = _ratio()
    ventures_published = serializers.IntegerField(help_text=_("Ventures published in the directory."))


class FigureGroupSerializer(serializers.Serializer[Any]):
    key = serializers.CharField(
        allow_null=True,
        help_text=_(
            "The group: a year (Gregorian), an area, programme or region slug, or an ISO 3166-1 alpha-2 country "
            "code; null for what belongs to no group (a venture without a primary area or outside Thailand's "
            "regions, co-investment not linked to a grant)."
        ),
    )
    name_th = serializers.CharField(help_text=_("Name in Thai (years in the Buddhist era)."))
    name_en = serializers.CharField(help_text=_("Name in English."))
    grants_approved = serializers.IntegerField(help_text=_("Projects approved: grants awarded."))
    thb_granted = _money(_("THB awarded, at each award's own exchange rate."))
    thb_disbursed = _money(_("THB paid out in tranches so far."))
    thb_leveraged = _money(_("THB of verified co-investment."))
    leverage_ratio = _ratio()


class VentureCountSerializer(serializers.Serializer[Any]):
    key = serializers.CharField(help_text=_("The stage, or the area's slug."))
    name_th = serializers.CharField()
    name_en = serializers.CharField()
    ventures = serializers.IntegerField(help_text=_("Published ventures."))


class StatsSerializer(serializers.Serializer[Any]):
    generated_at = serializers.DateTimeField(help_text=_("When these figures were computed (cached for minutes)."))
    currency = serializers.CharField(help_text=_("Every amount is in this currency: THB."))
    headline = HeadlineSerializer()
    by_year = FigureGroupSerializer(many=True, help_text=_("By award year (co-investment: by its date), no gaps."))
    by_area = FigureGroupSerializer(many=True, help_text=_("By the primary area of the venture."))
    by_region = FigureGroupSerializer(many=True, help_text=_("By the region of the venture's province."))
    by_country = FigureGroupSerializer(many=True, help_text=_("By the venture's country."))
    by_programme = FigureGroupSerializer(many=True, help_text=_("By the programme of the grant's call."))
    ventures_by_stage = VentureCountSerializer(many=True)
    ventures_by_area = VentureCountSerializer(
        many=True, help_text=_("A venture working in several areas counts in each of them.")
    )


def _group(row: FigureRow, dimension: str) -> dict[str, Any]:
    return {
        "key": row.code,
        "name_th": group_name(row, dimension, "th"),
        "name_en": group_name(row, dimension, "en"),
        "grants_approved": row.grants_approved,
        "thb_granted": row.thb_granted,
        "thb_disbursed": row.thb_disbursed,
        "thb_leveraged": row.thb_leveraged,
        "leverage_ratio": row.leverage_ratio,
    }


def stats_document(stats: PublicStats) -> dict[str, Any]:
    """The payload as the API's stats/ writes it (before the serializer formats the numbers)."""
    totals = stats.totals
    document: dict[str, Any] = {
        "generated_at": stats.generated_at,
        "currency": "THB",
        "headline": {
            "grants_approved": totals.grants_approved,
            "thb_granted": totals.thb_granted,
            "thb_disbursed": totals.thb_disbursed,
            "thb_leveraged": totals.thb_leveraged,
            "leverage_ratio": totals.leverage_ratio,
            "ventures_published": stats.ventures_published,
        },
    }
    for dimension in STATS_DIMENSIONS:
        document[f"by_{dimension}"] = [_group(row, dimension) for row in stats.breakdowns[dimension]]
    for name in ("ventures_by_stage", "ventures_by_area"):
        document[name] = [
            {"key": group.code, "name_th": group.name_th, "name_en": group.name_en, "ventures": group.ventures}
            for group in getattr(stats, name)
        ]
    return document


class OneObjectSchema(OpenDataAutoSchema):
    """stats/ answers one object, not a list, although a router maps it to `list`."""

    def _is_list_view(self, serializer: Any = None) -> bool:
        return False


class StatsViewSet(viewsets.ViewSet):
    """Headline figures and breakdowns: the numbers of the /<lang>/stats/ page."""

    renderer_classes = [HtmlSafeJSONRenderer]
    schema = OneObjectSchema()

    @extend_schema(
        summary="Headline figures and breakdowns",
        description=(
            "Projects approved, THB granted, disbursed and leveraged (verified co-investment) and the leverage "
            "ratio: in total and by year, primary area, region, country and programme; published ventures by "
            "stage and by area. Amounts are decimal strings with two decimals, in THB. Computed from the "
            "registry's rows and cached for a few minutes (see generated_at)."
        ),
        responses=StatsSerializer,
    )
    def list(self, request: Request) -> Response:
        return Response(StatsSerializer(stats_document(public_stats())).data)
