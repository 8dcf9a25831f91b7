"""The reads behind the public programme pages: eligibility in plain words, outcomes from the rows."""

import datetime
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from programs.models import Call, Participation, Programme
from programs.selectors import eligibility_in_words, programme_outcomes, public_calls, split_calls
from registry.models import Country, SocialArea
from tests.factories import AwardFactory, CallFactory, GrantApplicationFactory, PublishedVentureFactory, VentureFactory

pytestmark = pytest.mark.django_db


def test_eligibility_is_said_in_plain_words() -> None:
    call = CallFactory.create(youth_only=True, max_founder_age=30, currency="LAK")
    call.eligible_areas.set([SocialArea.objects.get(code=1)])
    call.eligible_countries.set([Country.objects.get(iso2="LA"), Country.objects.get(iso2="TH")])
    with translation.override("en"):
        lines = eligibility_in_words(call)
        open_call = eligibility_in_words(CallFactory.create())
    assert "For youth-led ventures only." in lines
    assert "The applicant must be 30 or younger (from the date of birth on their profile)." in lines
    assert "Ask for an amount in Thai baht (THB) or in LAK." in lines
    assert any(line.startswith("Open to ventures working in: ") for line in lines)
    assert any("Lao PDR" in line and "Thailand" in line for line in lines)
    assert "Open to ventures in every social-innovation area." in open_call
    assert "For youth-led ventures only." not in open_call


def test_outcomes_count_every_supported_venture_and_name_only_published_ones() -> None:
    competition = Programme.objects.get(kind="competition")
    grants = Programme.objects.get(slug="project-grants")
    shown = PublishedVentureFactory.create(name_en="Shown Winner")
    hidden = VentureFactory.create(name_en="Draft Winner")
    for venture, prize in ((shown, "100000"), (hidden, "50000")):
        Participation.objects.create(
            venture=venture, programme=competition, outcome="winner", prize_amount=Decimal(prize)
        )
    Participation.objects.create(venture=PublishedVentureFactory.create(), programme=competition, outcome="entrant")

    outcomes = programme_outcomes(competition)

    assert outcomes.ventures_supported == 3
    assert [p.venture.name_en for p in outcomes.winners] == ["Shown Winner"]
    assert (outcomes.grants_approved, outcomes.thb_granted) == (0, Decimal("0"))

    first = AwardFactory.create(amount=Decimal("700000"), amount_thb=Decimal("700000"))
    second = AwardFactory.create(
        application=GrantApplicationFactory.create(venture=first.application.venture, status="approved"),
        amount=Decimal("300000"),
        amount_thb=Decimal("300000"),
    )
    grant_outcomes = programme_outcomes(grants)
    assert second.application.call.programme == grants
    assert (grant_outcomes.ventures_supported, grant_outcomes.grants_approved) == (1, 2)
    assert grant_outcomes.thb_granted == Decimal("1000000")


def test_impact_assessment_results_and_their_mean_sroi() -> None:
    assessment = Programme.objects.get(kind="impact_assessment")
    for ratio in ("2.50", "4.00", None):
        Participation.objects.create(
            venture=PublishedVentureFactory.create(),
            programme=assessment,
            outcome="impact_assessed",
            assessment_method="SROI" if ratio else "Outcome star",
            sroi_ratio=Decimal(ratio) if ratio else None,
            impact_score=None if ratio else Decimal("78"),
        )
    outcomes = programme_outcomes(assessment)
    assert outcomes.assessed_count == 3
    assert outcomes.mean_sroi == Decimal("3.25")
    assert [p.sroi_ratio for p in outcomes.assessments][:2] == [Decimal("4.00"), Decimal("2.50")]


def test_drafts_and_cancelled_calls_stay_off_the_public_pages() -> None:
    programme = Programme.objects.get(slug="project-grants")
    now = timezone.now()
    open_call = CallFactory.create(slug="open-now")
    past = CallFactory.create(
        slug="past",
        status=Call.Status.CLOSED,
        opens_at=now - datetime.timedelta(days=90),
        closes_at=now - datetime.timedelta(days=30),
    )
    CallFactory.create(slug="draft", status=Call.Status.DRAFT)
    CallFactory.create(slug="cancelled", status=Call.Status.CANCELLED)

    open_now, others = split_calls(public_calls(programme))

    assert [c.slug for c in open_now] == [open_call.slug]
    assert [c.slug for c in others] == [past.slug]
