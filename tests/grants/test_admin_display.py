"""How the admin shows amounts and dates: grouped thousands, and one calendar per screen."""

import datetime
import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.workflow import record_audit
from tests.factories import AwardFactory, DisbursementFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

BANGKOK = datetime.timezone(datetime.timedelta(hours=7))


def admin_text(url: str, language: str) -> str:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(SuperuserFactory.create())
    response = client.get(url)
    assert response.status_code == 200
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode()))


@pytest.mark.parametrize("language", ["th", "en"])
def test_award_and_tranche_lists_group_thousands(language: str) -> None:
    award = AwardFactory.create(amount=Decimal("1200000"), amount_thb=Decimal("1200000"))
    DisbursementFactory.create(award=award, amount=Decimal("600000"))
    awards = admin_text(reverse("admin:grants_award_changelist"), language)
    assert "1,200,000.00" in awards and "1200000.00" not in awards
    tranches = admin_text(reverse("admin:grants_disbursement_changelist"), language)
    assert "600,000.00" in tranches and "600000.00" not in tranches


def test_the_plan_tranche_page_groups_the_award_and_what_is_planned() -> None:
    award = AwardFactory.create(amount=Decimal("1200000"), amount_thb=Decimal("1200000"))
    DisbursementFactory.create(award=award, amount=Decimal("600000"))
    page = admin_text(reverse("admin:grants_award_plan_tranche", args=[award.pk]), "en")
    assert "Award: 1,200,000.00 THB. Planned so far: 600,000.00." in page


def test_a_thai_award_page_counts_every_date_in_one_era() -> None:
    award = AwardFactory.create(award_date=datetime.date(2025, 7, 10))
    entry = record_audit(obj=award, actor=None, action="award.create", to_status="active")
    entry.created_at = datetime.datetime(2025, 7, 10, 11, 0, tzinfo=BANGKOK)
    entry.save()
    DisbursementFactory.create(award=award, planned_date=datetime.date(2025, 9, 1))
    page = admin_text(reverse("admin:grants_award_change", args=[award.pk]), "th")
    this_year = timezone.localdate().year
    # The audit history (core.dates) and Django's own read-only fields (the award's "created at",
    # today) and inline columns (the tranche's planned date) all count Buddhist-era years:
    # 2025 is 2568, as on the public pages.
    assert "10 กรกฎาคม 2568, 11:00" in page
    assert re.search(rf"\d{{1,2}} [ก-๙]+ {this_year + 543}, \d\d:\d\d", page)
    assert "1 กันยายน 2568" in page
    assert not re.search(rf"\d{{1,2}} [ก-๙]+ ({this_year}|2025)\b", page)


def test_the_thai_award_list_counts_award_dates_in_the_buddhist_era() -> None:
    AwardFactory.create(award_date=datetime.date(2025, 7, 10))
    page = admin_text(reverse("admin:grants_award_changelist"), "th")
    assert "10 กรกฎาคม 2568" in page and "10 กรกฎาคม 2025" not in page
    english = admin_text(reverse("admin:grants_award_changelist"), "en")
    assert "10 July 2025" in english
