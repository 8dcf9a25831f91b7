"""Calls move through their services only; participation records fit the kind of programme."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.models import AuditEntry
from core.workflow import TransitionError
from programs import services
from programs.models import Call, ImpactIndicator, Participation, Programme
from registry.roles import Role, assign_role
from tests.factories import CallFactory, PublishedVentureFactory, ReviewerFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager() -> Any:
    user = StaffFactory.create()
    assign_role(user, Role.PROGRAMME_MANAGER)
    return user


def test_a_call_opens_closes_reopens_and_is_cancelled_with_audit_entries(manager: Any) -> None:
    call = CallFactory.create(status=Call.Status.DRAFT)
    services.call_open(call=call, by=manager)
    services.call_close(call=call, by=manager)
    services.call_open(call=call, by=manager)
    services.call_cancel(call=call, by=manager, reason="Programme merged")
    assert call.status == Call.Status.CANCELLED
    entries = [(e.action, e.from_status, e.to_status) for e in AuditEntry.objects.for_object(call)]
    assert entries == [
        ("call.open", "draft", "open"),
        ("call.close", "open", "closed"),
        ("call.open", "closed", "open"),
        ("call.cancel", "open", "cancelled"),
    ]


def test_refused_call_moves_say_why(manager: Any) -> None:
    past = CallFactory.create(
        status=Call.Status.DRAFT,
        opens_at=timezone.make_aware(datetime.datetime(2025, 1, 1, 9, 0)),
        closes_at=timezone.make_aware(datetime.datetime(2025, 1, 31, 17, 0)),
    )
    with translation.override("en"):
        with pytest.raises(TransitionError, match=r"closing time in the future .* 31 January 2025, 17:00"):
            services.call_open(call=past, by=manager)
        with pytest.raises(TransitionError, match="cannot go from “Draft” to “Closed”"):
            services.call_close(call=past, by=manager)
        with pytest.raises(TransitionError, match="reason"):
            services.call_cancel(call=past, by=manager, reason=" ")
        with pytest.raises(PermissionDenied, match="programme managers"):
            services.call_close(call=CallFactory.create(), by=ReviewerFactory.create())
    past.refresh_from_db()
    assert past.status == Call.Status.DRAFT


def participation(**kwargs: Any) -> Participation:
    defaults: dict[str, Any] = {"venture": PublishedVentureFactory.create()}
    defaults.update(kwargs)
    return Participation(**defaults)


def programme(kind: str) -> Programme:
    return Programme.objects.get(kind=kind)


def test_a_competition_records_entrants_finalists_and_winners_with_prizes() -> None:
    winner = participation(
        programme=programme("competition"), outcome="winner", prize_amount=Decimal("100000"), cohort="Youth Co:Lab 2025"
    )
    winner.full_clean()
    with translation.override("en"):
        with pytest.raises(ValidationError, match="Entrant, Finalist, Winner"):
            participation(programme=programme("competition"), outcome="incubated").full_clean()
        with pytest.raises(ValidationError, match="wins no prize"):
            participation(programme=programme("competition"), outcome="entrant", prize_amount=Decimal("1")).full_clean()
        with pytest.raises(ValidationError, match="Only a competition awards prizes"):
            participation(
                programme=programme("incubation"), outcome="incubated", prize_amount=Decimal("1")
            ).full_clean()


def test_an_impact_assessment_records_its_method_and_result() -> None:
    kind = programme("impact_assessment")
    with translation.override("en"):
        with pytest.raises(ValidationError) as missing:
            participation(programme=kind, outcome="impact_assessed").full_clean()
        assert set(missing.value.message_dict) == {"assessment_method", "sroi_ratio"}
        participation(
            programme=kind, outcome="impact_assessed", assessment_method="SROI", sroi_ratio=Decimal("3.2")
        ).full_clean()
        with pytest.raises(ValidationError, match="belong to an impact assessment"):
            participation(programme=programme("incubation"), outcome="incubated", sroi_ratio=Decimal("2")).full_clean()


def test_the_call_must_belong_to_the_programme() -> None:
    grant_call = CallFactory.create()
    with translation.override("en"), pytest.raises(ValidationError, match="another programme"):
        participation(programme=programme("incubation"), call=grant_call, outcome="incubated").full_clean()


def test_a_reviewer_records_a_competition_winner_and_impact_figures_in_the_admin() -> None:
    reviewer = ReviewerFactory.create()
    venture = PublishedVentureFactory.create()
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(reviewer)
    form = {
        "venture": venture.pk,
        "programme": programme("competition").pk,
        "outcome": "incubated",
        "prize_currency": "THB",
        "prize_amount": "50000",
    }
    refused = client.post(reverse("admin:programs_participation_add"), form)
    assert refused.status_code == 200
    assert "In this programme the outcome is one of: Entrant, Finalist, Winner." in refused.content.decode()
    saved = client.post(reverse("admin:programs_participation_add"), {**form, "outcome": "winner"})
    assert saved.status_code == 302
    assert Participation.objects.get().prize_amount == Decimal("50000.00")

    indicator = client.post(
        reverse("admin:programs_impactindicator_add"),
        {
            "venture": venture.pk,
            "name_th": "ขยะรีไซเคิล",
            "name_en": "Waste recycled",
            "unit": "kg",
            "baseline": "0",
            "target": "12000",
            "measurements-TOTAL_FORMS": "2",
            "measurements-INITIAL_FORMS": "0",
            "measurements-0-period_start": "2025-01-01",
            "measurements-0-period_end": "2025-06-30",
            "measurements-0-actual": "4000",
            "measurements-1-period_start": "2025-07-01",
            "measurements-1-period_end": "2025-12-31",
            "measurements-1-actual": "not a number",
        },
    )
    assert indicator.status_code == 200 and "Enter a number." in indicator.content.decode()
    assert not ImpactIndicator.objects.exists()
