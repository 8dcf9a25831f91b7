"""The home page: every public page lives under /th/ and /en/, with live headline figures."""

from decimal import Decimal

import pytest
from django.test import Client

from grants.models import CoInvestment
from tests.factories import AwardFactory, PublishedVentureFactory

pytestmark = pytest.mark.django_db


def test_the_root_redirects_to_thai(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/th/"


@pytest.mark.parametrize(("lang", "area_name"), [("th", "การจัดการภัยพิบัติ"), ("en", "Disaster management")])
def test_home_shows_the_nine_areas_in_the_page_language(client: Client, lang: str, area_name: str) -> None:
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    assert f'lang="{lang}"' in response.content.decode()
    assert area_name in response.content.decode()


def test_headline_figures_are_computed_from_the_grant_rows(client: Client) -> None:
    AwardFactory.create(amount=Decimal("1250000"))
    award = AwardFactory.create(amount=Decimal("750000"))
    CoInvestment.objects.create(
        venture=award.application.venture,
        source="Impact fund",
        source_kind="impact_fund",
        amount=Decimal("9000000"),
        amount_thb=Decimal("9000000"),
        date="2026-01-01",
        verified=True,
    )
    CoInvestment.objects.create(  # not verified: not counted as leveraged
        venture=award.application.venture,
        source="Pledge",
        source_kind="corporate",
        amount=Decimal("5000000"),
        amount_thb=Decimal("5000000"),
        date="2026-01-01",
    )
    PublishedVentureFactory.create()

    page = client.get("/en/").content.decode()

    assert "2,000,000" in page  # THB granted: 1,250,000 + 750,000
    assert "9,000,000" in page  # THB leveraged: verified co-investment only
    assert "5,000,000" not in page and "14,000,000" not in page
