"""The admin's CSV exports of applications and awards (written by core.csv_export)."""

import datetime
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet, Sum
from django.utils import timezone

from registry.models import SocialArea

from ..models import Award, GrantApplication
from .stats import CENT, primary_area

APPLICATION_COLUMNS = [
    "id",
    "title",
    "venture",
    "venture_slug",
    "programme",
    "call",
    "status",
    "requested_amount",
    "currency",
    "planned_start",
    "planned_end",
    "submitted_at",
    "decided_at",
    "decision_reason",
    "agreement_number",
]

AWARD_COLUMNS = [
    "agreement_number",
    "application_id",
    "title",
    "venture",
    "venture_slug",
    "programme",
    "call",
    "primary_area",
    "country",
    "region",
    "province",
    "amount",
    "currency",
    "amount_thb",
    "amount_disbursed",
    "amount_disbursed_thb",
    "leveraged_thb",
    "award_date",
    "status",
    "closed_at",
]


def _iso(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def application_export_rows(queryset: QuerySet[GrantApplication]) -> Iterator[list[str]]:
    """One row per application (header first), reading the table in chunks."""
    yield APPLICATION_COLUMNS
    rows = queryset.select_related("venture", "call__programme", "award").order_by("pk")
    for application in rows.iterator(chunk_size=500):
        award = getattr(application, "award", None)
        yield [
            str(application.pk),
            application.title,
            str(application.venture),
            application.venture.slug,
            str(application.call.programme),
            str(application.call),
            application.status,
            str(application.requested_amount),
            application.currency,
            _iso(application.planned_start),
            _iso(application.planned_end),
            _iso(application.submitted_at),
            _iso(application.decided_at),
            application.decision_reason,
            award.agreement_number if award is not None else "",
        ]


def award_export_rows(queryset: QuerySet[Award]) -> Iterator[list[str]]:
    """One row per award (header first) with its place, area and verified leverage in THB."""
    yield AWARD_COLUMNS
    rows = (
        queryset.with_venture()  # type: ignore[attr-defined]
        .select_related("application__venture__province")
        .annotate(
            primary_area_id=primary_area("application__venture"),
            leveraged=Sum("co_investments__amount_thb", filter=Q(co_investments__verified=True)),
        )
        .order_by("pk")
    )
    areas = {area.pk: str(area) for area in SocialArea.objects.all()}
    for award in rows.iterator(chunk_size=500):
        application = award.application
        venture = application.venture
        province = venture.province
        yield [
            award.agreement_number,
            str(application.pk),
            application.title,
            str(venture),
            venture.slug,
            str(application.call.programme),
            str(application.call),
            areas.get(award.primary_area_id, ""),
            venture.country.iso2,
            str(province.region) if province is not None else "",
            province.abbr_en if province is not None else "",
            str(award.amount),
            award.currency,
            str(award.amount_thb),
            str(award.amount_disbursed),
            str(award.amount_disbursed_thb),
            str(Decimal(award.leveraged or 0).quantize(CENT)),
            _iso(award.award_date),
            award.status,
            _iso(award.closed_at),
        ]
