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
from grants.models import ApplicationStatus, ApprovalVote, Award, Disbursement
from tests.factories import (
    ApproverFactory,
    CallFactory,
    DisbursementFactory,
    FinanceFactory,
    GrantApplicationFactory,
)

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


# --- An award is at most the call's maximum per project ---------------------------------------------


def in_review(requested: str, max_award: str | None = "1500000", **application: Any) -> Any:
    call = CallFactory.create(max_award=Decimal(max_award) if max_award else None)
    return GrantApplicationFactory.create(
        call=call, status=ApplicationStatus.IN_REVIEW, requested_amount=Decimal(requested), **application
    )


def test_an_award_above_the_calls_maximum_is_refused() -> None:
    application = in_review("1600000")
    with pytest.raises(ValidationError) as refused:
        services.application_approve(application=application, by=ApproverFactory.create(), amount=Decimal("1600000"))
    assert refused.value.message_dict["amount"] == [
        "This call awards at most 1,500,000 THB per project; this award is 1,600,000 THB."
    ]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.IN_REVIEW
    assert not Award.objects.exists()
    assert not ApprovalVote.objects.exists()


def test_an_award_of_exactly_the_maximum_goes_through() -> None:
    application = in_review("1500000")
    award = services.application_approve(
        application=application, by=ApproverFactory.create(), amount=Decimal("1500000")
    )
    assert award is not None and award.amount == Decimal("1500000.00")


def test_a_call_without_a_maximum_takes_any_amount() -> None:
    application = in_review("1600000", max_award=None)
    # Above the four-eyes threshold: the first approval is recorded and waits for a second.
    services.application_approve(application=application, by=ApproverFactory.create(), amount=Decimal("1600000"))
    assert ApprovalVote.objects.get().amount == Decimal("1600000.00")


def test_a_foreign_currency_award_is_held_to_the_maximum_by_its_thb_value() -> None:
    # 50,000,000 LAK at about 1,000 LAK to 1 THB is worth 1,600,000 THB by the approver's figure.
    application = in_review("50000000", currency="LAK")
    application.call.currency = "LAK"
    application.call.save()
    with pytest.raises(ValidationError, match="at most 1,500,000 THB"):
        services.application_approve(
            application=application,
            by=ApproverFactory.create(),
            amount=Decimal("50000000"),
            amount_thb=Decimal("1600000"),
        )


def test_the_approve_page_refuses_it_in_thai_and_english() -> None:
    application = in_review("1600000")
    url = reverse("admin:grants_grantapplication_approve", args=[application.pk])
    data = {"amount": "1600000", "reason": "", "agreement_number": "", "award_date": "2026-02-01"}
    for language, message in (
        ("en", "This call awards at most 1,500,000 THB per project; this award is 1,600,000 THB."),
        ("th", "ทุนนี้ให้ไม่เกิน 1,500,000 บาทต่อโครงการ แต่ทุนที่อนุมัตินี้คือ 1,600,000 บาท"),
    ):
        response = client_for(ApproverFactory.create(), language).post(url, data)
        assert response.status_code == 200
        assert message in response.content.decode()
    assert not Award.objects.exists()


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("th", 'วงเงินสูงสุดต่อโครงการ</dt><dd data-figure="max_award">1,500,000 บาท'),
        ("en", 'Maximum per project</dt><dd data-figure="max_award">1,500,000 THB'),
    ],
)
def test_the_call_page_shows_the_maximum_from_the_field(client: Client, language: str, shown: str) -> None:
    call = CallFactory.create(max_award=Decimal("1500000"), description_th="ทุนนำร่อง", description_en="Pilots.")
    html = client.get(f"/{language}/programs/{call.programme.slug}/calls/{call.slug}/").content.decode()
    assert shown in html
    call.max_award = Decimal("2000000")
    call.save()
    html = client.get(f"/{language}/programs/{call.programme.slug}/calls/{call.slug}/").content.decode()
    assert "2,000,000" in html and "1,500,000" not in html
