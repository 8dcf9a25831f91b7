"""Dates in the grant lifecycle as a Thai reader sees them: refusals, the applicant's pages, the
emails and the staff dashboard count years in the Buddhist era; English stays Gregorian."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.models import OutboundEmail
from core.workflow import TransitionError
from grants import services
from grants.models import ApplicationStatus
from grants.notifications import notify_application_status
from grants.selectors.applicant import next_step
from programs import services as programme_services
from programs.models import Call
from tests.factories import (
    AwardFactory,
    CallFactory,
    CoInvestmentFactory,
    DisbursementFactory,
    EntrepreneurFactory,
    FinanceFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    SuperuserFactory,
)

pytestmark = pytest.mark.django_db

BANGKOK_EVENING = timezone.make_aware(datetime.datetime(2025, 3, 31, 16, 30), datetime.UTC)  # 23:30 in Bangkok


def th(name: str, **kwargs: Any) -> str:
    with translation.override("th"):
        return reverse(name, kwargs=kwargs)


def client_for(user: Any, language: str = "th") -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    return client


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(preferred_language="th")


def closed_call() -> Call:
    call = CallFactory.create()
    Call.objects.filter(pk=call.pk).update(
        opens_at=BANGKOK_EVENING - datetime.timedelta(days=30), closes_at=BANGKOK_EVENING
    )
    call.refresh_from_db()
    return call


def test_the_deadline_refusal_reads_in_the_readers_calendar() -> None:
    call = closed_call()
    with translation.override("th"):
        thai = services.deadline_refusal(call)
    english = services.deadline_refusal(call)

    assert "31 มีนาคม 2568, 23:30" in thai and "2025" not in thai
    assert english == "This call is not accepting applications: it closed on 31 March 2025, 23:30 (Bangkok time)."


def test_submitting_late_on_the_thai_pages_names_the_deadline_in_the_buddhist_era(owner: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner)
    application = GrantApplicationFactory.create(venture=venture)
    Call.objects.filter(pk=application.call_id).update(
        opens_at=BANGKOK_EVENING - datetime.timedelta(days=30), closes_at=BANGKOK_EVENING
    )
    client = client_for(owner)

    response = client.post(th("grants:application_submit", pk=application.pk), follow=True)

    page = response.content.decode()
    assert "31 มีนาคม 2568, 23:30" in page  # the refusal and the call's deadline
    assert "มีนาคม 2025" not in page and "2025-03-31 23:30" not in page


def test_the_next_step_of_a_draft_gives_the_deadline_in_the_readers_calendar() -> None:
    application = GrantApplicationFactory.create()
    closes = timezone.localtime(application.call.closes_at)
    with translation.override("th"):
        thai = next_step(application)
    assert f"{closes.year + 543}, {closes:%H:%M}" in thai and f"{closes.year}," not in thai
    assert f"{closes.day} {closes:%B} {closes.year}, {closes:%H:%M}" in next_step(application)


def test_the_thai_application_page_shows_award_tranches_and_history_in_the_buddhist_era(owner: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner)
    application = GrantApplicationFactory.create(
        venture=venture,
        status=ApplicationStatus.APPROVED,
        planned_start=datetime.date(2025, 1, 1),
        planned_end=datetime.date(2025, 12, 31),
    )
    award = AwardFactory.create(application=application, award_date=datetime.date(2024, 11, 20))
    DisbursementFactory.create(award=award, planned_date=datetime.date(2025, 2, 1))
    services.disbursement_pay(
        disbursement=DisbursementFactory.create(award=award, planned_date=datetime.date(2025, 6, 1)),
        by=FinanceFactory.create(),
        paid_date=datetime.date(2025, 6, 3),
    )

    page = client_for(owner).get(th("grants:application_detail", pk=application.pk)).content.decode()

    for shown in ("20 พฤศจิกายน 2567", "1 กุมภาพันธ์ 2568", "3 มิถุนายน 2568", "1 มกราคม 2568", "31 ธันวาคม 2568"):
        assert shown in page
    now = timezone.localtime()
    assert f"{now.year + 543}, " in page  # the history's moments
    for gregorian in ("พฤศจิกายน 2024", "มิถุนายน 2025", "ธันวาคม 2025", f"{now.year}, "):
        assert gregorian not in page


def test_the_thai_grant_emails_date_things_in_the_buddhist_era(owner: Any) -> None:
    award = AwardFactory.create(
        application=GrantApplicationFactory.create(venture=PublishedVentureFactory.create(owner=owner)),
        award_date=datetime.date(2025, 10, 1),
    )
    tranche = DisbursementFactory.create(award=award)

    services.disbursement_pay(disbursement=tranche, by=FinanceFactory.create(), paid_date=datetime.date(2025, 10, 9))

    body = OutboundEmail.objects.get(key__contains="tranche").body
    assert "9 ตุลาคม 2568" in body and "2025" not in body


def test_the_approval_email_dates_the_award_in_the_readers_calendar() -> None:
    thai_owner = EntrepreneurFactory.create(preferred_language="th")
    english_owner = EntrepreneurFactory.create(preferred_language="en")
    bodies = {}
    for person in (thai_owner, english_owner):
        application = GrantApplicationFactory.create(
            venture=PublishedVentureFactory.create(owner=person), status=ApplicationStatus.APPROVED
        )
        award = AwardFactory.create(application=application, award_date=datetime.date(2025, 10, 1))
        email = notify_application_status(application, award=award)
        assert email is not None
        bodies[person.preferred_language] = email.body
    assert "1 ตุลาคม 2568" in bodies["th"] and "2025" not in bodies["th"]
    assert "1 October 2025" in bodies["en"]


def test_a_call_reopened_without_a_future_deadline_is_refused_with_a_thai_date() -> None:
    call = closed_call()
    Call.objects.filter(pk=call.pk).update(status=Call.Status.CLOSED)
    call.refresh_from_db()
    manager = SuperuserFactory.create()
    with translation.override("th"), pytest.raises(TransitionError) as refused:
        programme_services.call_open(call=call, by=manager)
    assert "31 มีนาคม 2568, 23:30" in refused.value.message


# --- the staff side ---------------------------------------------------------------------------------


def test_the_thai_dashboard_counts_years_in_the_buddhist_era() -> None:
    AwardFactory.create(award_date=datetime.date(2024, 6, 1))
    AwardFactory.create(award_date=datetime.date(2025, 6, 1))
    staff = client_for(SuperuserFactory.create())

    thai = staff.get(reverse("grants_dashboard")).content.decode()
    english = client_for(SuperuserFactory.create(), "en").get(reverse("grants_dashboard")).content.decode()

    by_year = thai.split('id="by-year"')[1].split("</table>")[0]
    assert '<th scope="row">2567</th>' in by_year and '<th scope="row">2568</th>' in by_year
    assert "2024" not in by_year and "2025" not in by_year
    by_year_en = english.split('id="by-year"')[1].split("</table>")[0]
    assert '<th scope="row">2024</th>' in by_year_en and '<th scope="row">2025</th>' in by_year_en


def test_the_thai_admin_shows_audit_times_and_co_investment_dates_in_the_buddhist_era() -> None:
    application = GrantApplicationFactory.create(status=ApplicationStatus.SUBMITTED)
    services.application_withdraw(application=application, by=application.venture.owner, reason="Changed plans")
    record = CoInvestmentFactory.create(date=datetime.date(2025, 4, 1), amount=Decimal("1000"))
    staff = client_for(SuperuserFactory.create())

    change = staff.get(reverse("admin:grants_grantapplication_change", args=[application.pk])).content.decode()
    verify = staff.get(reverse("admin:grants_coinvestment_verify", args=[record.pk])).content.decode()

    now = timezone.localtime()
    history = change.split('class="audit-history"')[1].split("</table>")[0]
    assert f"{now.year + 543}, " in history and f"{now.year}, " not in history
    assert "1 เมษายน 2568" in verify and "2025-04-01" not in verify
