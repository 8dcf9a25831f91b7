"""Rules on money that the services enforce whoever calls them (admin form, action, shell)."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from grants import services
from grants.models import Award, Disbursement
from tests.factories import AwardFactory, DisbursementFactory, FinanceFactory

pytestmark = pytest.mark.django_db


def client_for(user: Any, language: str = "en") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


def public_disbursed(award: Award) -> Decimal:
    award.refresh_from_db()
    return award.amount_disbursed


# --- A tranche is paid today or earlier -------------------------------------------------------------


def test_a_tranche_cannot_be_marked_paid_on_a_future_date() -> None:
    tranche = DisbursementFactory.create()
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        services.disbursement_pay(disbursement=tranche, by=FinanceFactory.create(), paid_date=tomorrow)
    assert "paid_date" in refused.value.message_dict
    tranche.refresh_from_db()
    assert tranche.status == Disbursement.Status.PLANNED
    assert tranche.paid_date is None
    assert public_disbursed(tranche.award) == Decimal("0")


def test_a_tranche_paid_today_or_earlier_is_recorded() -> None:
    finance = FinanceFactory.create()
    first = DisbursementFactory.create(amount=Decimal("100000"))
    second = DisbursementFactory.create(award=first.award, amount=Decimal("100000"))
    services.disbursement_pay(disbursement=first, by=finance, paid_date=timezone.localdate())
    services.disbursement_pay(disbursement=second, by=finance, paid_date=datetime.date(2025, 3, 1))
    assert public_disbursed(first.award) == Decimal("200000.00")


def test_the_pay_page_says_why_a_future_date_is_refused() -> None:
    tranche = DisbursementFactory.create()
    in_six_weeks = timezone.localdate() + datetime.timedelta(days=41)
    url = reverse("admin:grants_disbursement_pay", args=[tranche.pk])
    for language, message in (
        ("en", "A tranche cannot be paid on a date after today."),
        ("th", "บันทึกการจ่ายเงินงวดในวันที่ยังมาไม่ถึงไม่ได้"),
    ):
        response = client_for(FinanceFactory.create(), language).post(url, {"paid_date": in_six_weeks.isoformat()})
        assert response.status_code == 200
        assert message in response.content.decode()
    tranche.refresh_from_db()
    assert tranche.status == Disbursement.Status.PLANNED
