"""The awarded grants as a 360Giving data package (https://standard.threesixtygiving.org/, 1.4).

Choices, documented once here:
- `id`: settings.OPENDATA_360G_PREFIX + the award's number (`360G-nia-th-42`), the same `id` as
  the API's grants list.
- `fundingOrganization`: NIA (settings.OPENDATA_FUNDER_*).
- `recipientOrganization`: the venture. Its `id` is `TH-DBD-<juristic-person ID>` when the venture
  has a Thai juristic-person ID (registered with the Department of Business Development, DBD),
  else the 360G prefix + `org-` + the venture's slug. Name in English when the venture has one
  (360Giving tools are English-language), the other name as `alternateName`.
- `classifications`: the venture's social-innovation areas (vocabulary
  `nia-th-social-innovation-areas`, code = the area's slug) and its SDGs (vocabulary `un-sdg`,
  code = the goal's number).
- `beneficiaryLocation`: the venture's province with its ISO 3166-2:TH code as `geoCode` (from
  grants/data/province_iso3166_2.csv; `geoCodeType` is left out: 360Giving's list of code types
  is British), else its country. It is where the venture is based, the best the registry knows.
- `grantProgramme`: the programme of the call; `plannedDates`: the application's planned dates;
  `amountDisbursed`: the tranches paid so far; `amountAppliedFor` when asked in the award's currency.
- Amounts are JSON numbers (at most 14 digits with 2 decimals, exact as binary floats).
- Dates are written as date-times at midnight in Bangkok (`2024-03-01T00:00:00+07:00`): the
  schema accepts a date *or* a date-time through `oneOf`, and a validator that cannot check the
  date-time format (jsonschema without rfc3339-validator) finds a bare date valid under both
  branches, so invalid; a date-time is valid under exactly one branch for every validator.
- Nothing about a person: no applicant, reviewer, approver, contact detail or reason.
"""

import csv
import datetime
import functools
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone, translation

from registry.api_defaults import html_safe_json
from registry.models import Venture
from registry.models.ventures import VentureStatus

from .models import Award
from .selectors.public import grant_identifier, public_grants

DATA_DIR = Path(__file__).resolve().parent / "data"
STANDARD_VERSION = "1.4"
AREA_VOCABULARY = "nia-th-social-innovation-areas"
SDG_VOCABULARY = "un-sdg"
SDG_URL = "https://sdgs.un.org/goals/goal{number}"


@functools.cache
def province_geocodes() -> dict[str, str]:
    """ISO 3166-2:TH code of each province, by `abbr_en` (TH-50 for CMI)."""
    with (DATA_DIR / "province_iso3166_2.csv").open(encoding="utf-8", newline="") as handle:
        return {row["abbr_en"]: row["iso_3166_2"] for row in csv.DictReader(handle)}


def number(value: Decimal) -> int | float:
    """A money amount as a JSON number (exact: at most 16 significant digits)."""
    return int(value) if value == value.to_integral_value() else float(value)


def day(value: datetime.date) -> str:
    """A date as 360Giving date-time: midnight of that day in Bangkok."""
    return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min)).isoformat()


def funder() -> dict[str, Any]:
    return {
        "id": settings.OPENDATA_FUNDER_ID,
        "name": settings.OPENDATA_FUNDER_NAME,
        "alternateName": settings.OPENDATA_FUNDER_NAME_TH,
        "url": settings.OPENDATA_FUNDER_URL,
    }


def recipient_id(venture: Venture) -> str:
    if venture.juristic_id:
        return f"TH-DBD-{venture.juristic_id}"
    return f"{settings.OPENDATA_360G_PREFIX}org-{venture.slug}"


class _Urls:
    """Absolute URLs of the English pages (the package is written in English)."""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def __call__(self, name: str, **kwargs: Any) -> str:
        return self.request.build_absolute_uri(reverse(name, kwargs=kwargs or None))


def _location(venture: Venture) -> dict[str, Any]:
    province = venture.province
    if province is not None:
        return {
            "name": province.name_en,
            "countryCode": venture.country.iso2,
            "geoCode": province_geocodes()[province.abbr_en],
        }
    return {"name": venture.country.name_en, "countryCode": venture.country.iso2}


def grant_record(award: Award, urls: _Urls) -> dict[str, Any]:
    """One award as a 360Giving grant (call inside translation.override("en"))."""
    application = award.application
    venture = application.venture
    programme = application.call.programme
    published = venture.status == VentureStatus.PUBLISHED
    names = [name for name in (venture.name_en, venture.name_th) if name]
    recipient: dict[str, Any] = {
        "id": recipient_id(venture),
        "name": names[0],
        "addressCountry": venture.country.name_en,
    }
    if len(names) > 1 and names[1] != names[0]:
        recipient["alternateName"] = names[1]
    if venture.province is not None:
        recipient["addressRegion"] = venture.province.name_en
    if published:
        recipient["url"] = urls("registry:venture_detail", slug=venture.slug)

    record: dict[str, Any] = {
        "id": grant_identifier(award),
        "title": application.title,
        "description": application.summary or application.title,
        "currency": award.currency,
    }
    if application.currency == award.currency:
        record["amountAppliedFor"] = number(application.requested_amount)
    record["amountAwarded"] = number(award.amount)
    record["amountDisbursed"] = number(award.amount_disbursed)
    record["awardDate"] = day(award.award_date)
    if published:
        record["url"] = urls("registry:venture_detail", slug=venture.slug)
    if application.planned_start is not None:
        planned: dict[str, Any] = {"startDate": day(application.planned_start)}
        if application.planned_end is not None:
            planned["endDate"] = day(application.planned_end)
        record["plannedDates"] = [planned]
    record["recipientOrganization"] = [recipient]
    record["fundingOrganization"] = [funder()]
    grant_programme: dict[str, Any] = {"code": programme.slug, "title": programme.name_en or programme.name_th}
    if programme.is_active:
        grant_programme["url"] = urls("programs:programme_detail", slug=programme.slug)
    record["grantProgramme"] = [grant_programme]
    record["fromOpenCall"] = "Yes"  # every award comes from an application to a published call
    record["beneficiaryLocation"] = [_location(venture)]
    classifications = []
    for link in venture.venture_areas.all():
        area = link.area
        item: dict[str, Any] = {"vocabulary": AREA_VOCABULARY, "code": area.slug, "title": area.name_en}
        if area.is_active:
            item["url"] = urls("registry:area_detail", slug=area.slug)
        classifications.append(item)
    for sdg in sorted(venture.sdgs.all(), key=lambda s: s.number):
        classifications.append(
            {
                "vocabulary": SDG_VOCABULARY,
                "code": str(sdg.number),
                "title": f"SDG {sdg.number}: {sdg.name_en}",
                "url": SDG_URL.format(number=sdg.number),
            }
        )
    record["classifications"] = classifications
    return record


def package_metadata(request: HttpRequest) -> dict[str, Any]:
    """Everything in the package but the grants."""
    urls = _Urls(request)
    now = timezone.localtime()
    return {
        "version": STANDARD_VERSION,
        "title": "Social Innovation Registry: grants awarded by NIA",
        "description": (
            "Every grant awarded through the Social Innovation Registry of Thailand's National "
            "Innovation Agency (NIA) and UNDP, with the recipient venture's areas, SDGs and province. "
            "beneficiaryLocation.geoCode holds ISO 3166-2:TH province codes."
        ),
        "identifier": f"{settings.OPENDATA_360G_PREFIX}grants",
        "issued": day(now.date()),
        "modified": now.isoformat(timespec="seconds"),
        "publisher": {
            "identifier": settings.OPENDATA_FUNDER_ID,
            "name": settings.OPENDATA_FUNDER_NAME,
            "website": settings.OPENDATA_FUNDER_URL,
        },
        "license": settings.OPENDATA_LICENSE_URL,
        "downloadURL": request.build_absolute_uri(request.path),
        "accessURL": urls("public_grants:grant_list"),
    }


def _dumps(value: Any) -> bytes:
    return html_safe_json(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode())


def package_chunks(request: HttpRequest, *, chunk_size: int = 500) -> Iterator[bytes]:
    """The package as JSON bytes, one grant at a time (grants first, then the metadata), read
    from the database `chunk_size` awards per round trip."""
    with translation.override("en"):
        urls = _Urls(request)
        metadata = package_metadata(request)
    awards = public_grants().iterator(chunk_size=chunk_size)

    def body() -> Iterator[bytes]:
        with translation.override("en"):
            yield b'{"grants":['
            for index, award in enumerate(awards):
                yield (b"," if index else b"") + _dumps(grant_record(award, urls))
            yield b"]," + _dumps(metadata)[1:]

    return body()
