"""Grant test data: awards placed in an area, programme, year and province, the dashboard's
figures summed row by row in Python, and the application services with who may call them."""

import datetime
from collections import defaultdict
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from grants import services
from grants.models import ApplicationStatus, Award, CoInvestment, GrantApplication
from programs.models import Programme
from registry.models import Country, Province, SocialArea
from tests.factories import (
    ApproverFactory,
    AwardFactory,
    CallFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewerFactory,
)


def make_award(
    *,
    area: int,
    programme: str,
    year: int,
    province: str | None,
    country: str = "TH",
    amount: str,
    amount_thb: str | None = None,
    currency: str = "THB",
    disbursed: str = "0",
) -> Award:
    venture = PublishedVentureFactory.create(
        areas=[SocialArea.objects.get(code=area), SocialArea.objects.get(code=9)],
        province=Province.objects.get(abbr_en=province) if province else None,
        country=Country.objects.get(iso2=country),
    )
    call = CallFactory.create(programme=Programme.objects.get(slug=programme))
    application = GrantApplicationFactory.create(venture=venture, call=call, status="approved", currency=currency)
    thb = Decimal(amount_thb or amount)
    paid = Decimal(disbursed)
    return AwardFactory.create(
        application=application,
        amount=Decimal(amount),
        currency=currency,
        amount_thb=thb,
        amount_disbursed=paid,
        amount_disbursed_thb=(thb * paid / Decimal(amount)).quantize(Decimal("0.01")),
        award_date=datetime.date(year, 6, 1),
    )


def expected_by(dimension: str) -> dict[str, tuple[int, Decimal, Decimal, Decimal]]:
    """The figures summed in Python, row by row, without the selectors' queries."""

    def key_of_venture(venture: Any) -> str:
        if dimension == "area":
            return str(venture.venture_areas.get(is_primary=True).area)
        if dimension == "region":
            return str(venture.province.region) if venture.province else "Outside Thailand's regions"
        return str(venture.country)

    sums: dict[str, list[Any]] = defaultdict(lambda: [0, Decimal(0), Decimal(0), Decimal(0)])
    for award in Award.objects.all():
        venture = award.application.venture
        if dimension == "programme":
            key = str(award.application.call.programme)
        elif dimension == "year":
            key = str(award.award_date.year)
        else:
            key = key_of_venture(venture)
        sums[key][0] += 1
        sums[key][1] += award.amount_thb
        sums[key][2] += award.amount_disbursed_thb
    for record in CoInvestment.objects.filter(verified=True):
        if dimension == "programme":
            key = str(record.award.application.call.programme) if record.award else "Not linked to a grant"
        elif dimension == "year":
            key = str(record.date.year)
        else:
            key = key_of_venture(record.venture)
        sums[key][3] += record.amount_thb
    return {key: (values[0], values[1], values[2], values[3]) for key, values in sums.items()}


def actor_for(kind: str, application: GrantApplication) -> Any:
    if kind == "applicant":
        return application.venture.owner
    if kind == "screener":
        return ReviewerFactory.create()
    return ApproverFactory.create()


# service, the status it leads to, who acts, extra arguments
SERVICES: dict[str, tuple[Callable[..., Any], str, str, dict[str, Any]]] = {
    "submit": (services.application_submit, ApplicationStatus.SUBMITTED, "applicant", {}),
    "withdraw": (services.application_withdraw, ApplicationStatus.WITHDRAWN, "applicant", {}),
    "start_screening": (services.application_start_screening, ApplicationStatus.SCREENING, "screener", {}),
    "pass_screening": (services.application_screen, ApplicationStatus.IN_REVIEW, "screener", {"passed": True}),
    "fail_screening": (
        services.application_screen,
        ApplicationStatus.REJECTED,
        "screener",
        {"passed": False, "reason": "Outside the call's areas"},
    ),
    "approve": (services.application_approve, ApplicationStatus.APPROVED, "approver", {"amount": Decimal("500000")}),
    "reject": (services.application_reject, ApplicationStatus.REJECTED, "approver", {"reason": "Budget exhausted"}),
}


# (service, status it starts from) -> the status it leads to, written out by hand: nothing else
# is allowed. Screening and funding decisions both lead to "rejected", each from its own step.
ALLOWED: dict[tuple[str, str], str] = {
    ("submit", "draft"): "submitted",
    ("withdraw", "draft"): "withdrawn",
    ("withdraw", "submitted"): "withdrawn",
    ("withdraw", "screening"): "withdrawn",
    ("withdraw", "in_review"): "withdrawn",
    ("start_screening", "submitted"): "screening",
    ("pass_screening", "screening"): "in_review",
    ("fail_screening", "screening"): "rejected",
    ("approve", "in_review"): "approved",
    ("reject", "in_review"): "rejected",
}
