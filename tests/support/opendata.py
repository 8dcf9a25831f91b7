"""Grants and ventures for the open-data tests (API, CSV, 360Giving, the /grants/ page), and the
people behind them, whose personal data must never reach an export."""

import csv
import datetime
import io
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import timezone

from programs.models import Programme
from registry.models import ConsentRecord, Country, Entrepreneur, Province, Region, Sdg, SocialArea, Venture
from registry.models.ventures import VentureStatus
from registry.validators import thai_id_check_digit
from tests.factories import (
    ApprovalVoteFactory,
    ApproverFactory,
    AwardFactory,
    BudgetLineFactory,
    CallFactory,
    DisbursementFactory,
    EntrepreneurFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    ReviewFactory,
)

JURISTIC_PREFIX = "010555301234"
JURISTIC_ID = JURISTIC_PREFIX + str(thai_id_check_digit(JURISTIC_PREFIX))


@dataclass
class Catalogue:
    ventures: dict[str, Venture]
    awards: dict[str, Any]
    personal_values: list[str] = field(default_factory=list)


# Values that belong to people: none of them may appear in any export.
PERSONAL = {
    "owner_email": "somchai.private.owner@example.net",
    "owner_name": "Somchai Privatenameowner",
    "owner_name_th": "สมชาย นามสกุลส่วนตัวมาก",
    "owner_phone": "+66 81 234 5678",
    "owner_phone_digits": "0812345678",
    "owner_dob": "1987-03-21",
    "member_email": "malee.private.member@example.net",
    "member_name": "Malee Memberprivate",
    "reviewer_email": "reviewer.private@example.net",
    "reviewer_name": "Reviewer Privatename",
    "approver_email": "approver.private@example.net",
    "approver_name": "Approver Privatename",
    # A venture's own contact details, shown publicly only with consent; the open data never has them.
    "hidden_contact_email": "no-consent-contact@example.net",
    "hidden_contact_phone": "0899999999",
    "public_contact_email": "consented-contact@example.net",
    # Staff-internal text of the grant process.
    "review_comment": "internal reviewer comment zq7",
    "decision_reason": "internal decision reason zq8",
    "vote_reason": "internal approval vote reason zq9",
    "budget_item": "internal budget line zq10",
    "moderation_note": "internal moderation note zq11",
    "verification_note": "internal verification note zq12",
}


def build_catalogue() -> Catalogue:
    """Five ventures and six awards spread over every filter (areas, programmes, years, places,
    currencies, amounts), with people whose details are distinctive."""
    cmi, lpg, bkk = (Province.objects.get(abbr_en=a) for a in ("CMI", "LPG", "BKK"))
    vietnam = Country.objects.get(iso2="VN")
    area = {a.slug: a for a in SocialArea.objects.all()}
    owner = EntrepreneurFactory.create(email=PERSONAL["owner_email"], full_name=PERSONAL["owner_name"])
    Entrepreneur.objects.filter(user=owner).update(
        name_th=PERSONAL["owner_name_th"],
        name_en=PERSONAL["owner_name"],
        phone=PERSONAL["owner_phone"],
        date_of_birth=datetime.date.fromisoformat(PERSONAL["owner_dob"]),
    )
    ConsentRecord.objects.create(user=owner, purpose=ConsentRecord.Purpose.REGISTRY_PROCESSING, text_version="2025-01")
    member = EntrepreneurFactory.create(email=PERSONAL["member_email"], full_name=PERSONAL["member_name"])
    reviewer = ReviewerFactory.create(email=PERSONAL["reviewer_email"], full_name=PERSONAL["reviewer_name"])
    approver = ApproverFactory.create(email=PERSONAL["approver_email"], full_name=PERSONAL["approver_name"])

    def venture(slug: str, areas: list[str], **fields: Any) -> Venture:
        fields.setdefault("owner", owner)
        fields.setdefault("name_th", f"กิจการ {slug}")
        fields.setdefault("name_en", f"Venture {slug}")
        created: Venture = PublishedVentureFactory.create(slug=slug, areas=[area[a] for a in areas], **fields)
        return created

    ventures = {
        "clinic": venture(
            "clinic",
            ["health"],
            province=cmi,
            juristic_id=JURISTIC_ID,
            contact_email=PERSONAL["hidden_contact_email"],
            contact_phone=PERSONAL["hidden_contact_phone"],
            contact_public=False,
            moderation_note=PERSONAL["moderation_note"],
            verification_note=PERSONAL["verification_note"],
            verified=True,
        ),
        "farm": venture(
            "farm",
            ["environmental-conservation", "health"],
            province=lpg,
            contact_email=PERSONAL["public_contact_email"],
            contact_public=True,
            contact_consent_at=timezone.now(),
        ),
        "school": venture("school", ["public-sector-education"], province=bkk, name_en=""),
        "hanoi": venture("hanoi", ["health"], country=vietnam, province=None, name_th=""),
        "gone": venture("gone", ["disaster-management"], province=cmi),
    }
    ventures["clinic"].sdgs.add(Sdg.objects.get(number=3))
    ventures["farm"].sdgs.add(Sdg.objects.get(number=3), Sdg.objects.get(number=13))
    ventures["clinic"].memberships.create(user=member)

    grants_call = CallFactory(slug="grants-2024")
    scale_call = CallFactory(slug="scale-2025", programme=Programme.objects.get(slug="scale-up"))

    def award(key: str, venture_key: str, call: Any, amount: str, date: str, **extra: Any) -> Any:
        currency = extra.pop("currency", "THB")
        amount_thb = Decimal(extra.pop("amount_thb", amount))
        application = GrantApplicationFactory(
            venture=ventures[venture_key],
            call=call,
            applicant=owner,
            title=extra.pop("title", f"โครงการ {key}"),
            summary=extra.pop("summary", f"Project summary {key}"),
            requested_amount=Decimal(amount),
            currency=currency,
            planned_start=extra.pop("planned_start", None),
            planned_end=extra.pop("planned_end", None),
            status="approved",
            decision_reason=PERSONAL["decision_reason"],
        )
        return AwardFactory(
            application=application,
            amount=Decimal(amount),
            currency=currency,
            amount_thb=amount_thb,
            award_date=datetime.date.fromisoformat(date),
            agreement_number=f"AGR-{key}",
            **extra,
        )

    awards = {
        "clinic-2024": award(
            "clinic-2024",
            "clinic",
            grants_call,
            "500000.00",
            "2024-03-01",
            title="คลินิกชุมชนเคลื่อนที่",
            planned_start=datetime.date(2024, 4, 1),
            planned_end=datetime.date(2025, 3, 31),
        ),
        "farm-2024": award("farm-2024", "farm", grants_call, "800000.00", "2024-06-15", title="Organic farm school"),
        "school-2023": award("school-2023", "school", grants_call, "250000.50", "2023-11-30"),
        "hanoi-2025": award(
            "hanoi-2025",
            "hanoi",
            scale_call,
            "700000000.00",
            "2025-02-10",
            currency="VND",
            amount_thb="950000.00",
            title="Hanoi coffee cooperative",
        ),
        "farm-2025": award("farm-2025", "farm", scale_call, "1500000.00", "2025-05-01"),
        "gone-2023": award("gone-2023", "gone", grants_call, "100000.00", "2023-01-20"),
    }
    # A paid tranche: amount_disbursed as the disbursement service keeps it.
    DisbursementFactory(
        award=awards["clinic-2024"],
        sequence=1,
        amount=Decimal("200000.00"),
        status="paid",
        paid_date=datetime.date(2024, 5, 1),
    )
    type(awards["clinic-2024"]).objects.filter(pk=awards["clinic-2024"].pk).update(
        amount_disbursed=Decimal("200000.00"), amount_disbursed_thb=Decimal("200000.00")
    )
    ReviewFactory(application=awards["clinic-2024"].application, reviewer=reviewer, comment=PERSONAL["review_comment"])
    ApprovalVoteFactory(
        application=awards["clinic-2024"].application, approver=approver, reason=PERSONAL["vote_reason"]
    )
    BudgetLineFactory(application=awards["clinic-2024"].application, item=PERSONAL["budget_item"])
    awards["clinic-2024"].approvers.add(approver)
    # A venture archived after its grant: the grant stays public, its page does not.
    Venture.objects.filter(pk=ventures["gone"].pk).update(status=VentureStatus.ARCHIVED)
    for obj in awards.values():
        obj.refresh_from_db()
    return Catalogue(ventures=ventures, awards=awards, personal_values=list(PERSONAL.values()))


def read_csv(content: bytes) -> list[dict[str, str]]:
    """A CSV download as rows, checking the UTF-8 byte-order mark Excel needs."""
    assert content.startswith("\ufeff".encode()), "no UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """A JSON object flattened the way the CSV export names its columns."""
    flat: dict[str, Any] = {}
    for name, item in value.items():
        if isinstance(item, dict):
            flat.update(flatten(item, f"{prefix}{name}_"))
        else:
            flat[f"{prefix}{name}"] = item
    return flat


def as_cell(value: Any) -> str:
    """A JSON value as the CSV export writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(as_cell(v) for v in value)
    return str(value)


def all_pages(client: Any, path: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Every result of a paginated API list, following `next`."""
    results: list[dict[str, Any]] = []
    response = client.get(path, params or {})
    while True:
        assert response.status_code == 200, response.content
        page = response.json()
        results += page["results"]
        if not page["next"]:
            return results
        response = client.get(page["next"])


def strings_in(value: Any) -> list[str]:
    """Every string (and number, as text) anywhere in a JSON value: keys and leaves."""
    found: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append(str(key))
            found += strings_in(item)
    elif isinstance(value, list):
        for item in value:
            found += strings_in(item)
    elif value is not None:
        found.append(str(value))
    return found


def body(response: Any) -> bytes:
    """The whole body of a response, streamed or not."""
    return b"".join(response.streaming_content) if response.streaming else bytes(response.content)


def json_body(response: Any) -> Any:
    return json.loads(body(response))


def with_known_codes(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema as served, with the codes of this database (areas, programmes, places) as enums,
    so that "valid" examples are valid requests and reach the queries, not only the 400 path."""
    codes = {
        "area": list(SocialArea.objects.values_list("slug", flat=True)),
        "program": list(Programme.objects.values_list("slug", flat=True)),
        "region": list(Region.objects.values_list("slug", flat=True)),
        "province": list(Province.objects.values_list("abbr_en", flat=True)),
        "country": list(Country.objects.values_list("iso2", flat=True)),
    }
    for operations in schema["paths"].values():
        for operation in operations.values():
            for parameter in operation.get("parameters", []):
                if parameter["name"] in codes and parameter["schema"].get("type") == "array":
                    parameter["schema"]["items"] = {"type": "string", "enum": codes[parameter["name"]]}
    return schema
