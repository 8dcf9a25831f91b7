"""The staff dashboard: headline figures and breakdowns equal sums over the rows, in constant queries."""

import csv
import datetime
import io
from decimal import Decimal
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from grants.models import Award, CoInvestment
from tests.factories import (
    CoInvestmentFactory,
    EntrepreneurFactory,
    ReviewerFactory,
)
from tests.support.grants import expected_by, make_award

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows() -> list[Award]:
    awards = [
        make_award(area=1, programme="project-grants", year=2024, province="CMI", amount="800000", disbursed="400000"),
        make_award(area=1, programme="scale-up", year=2025, province="KKN", amount="2500000", disbursed="2500000"),
        make_award(area=3, programme="project-grants", year=2025, province="SKA", amount="450000.50"),
        make_award(
            area=5,
            programme="project-grants",
            year=2025,
            province=None,
            country="VN",
            currency="VND",
            amount="400000000",
            amount_thb="560000",
            disbursed="100000000",
        ),
    ]
    # Verified co-investment linked to awards, one verified on its own, one not verified (not counted).
    CoInvestmentFactory.create(
        venture=awards[0].application.venture, award=awards[0], amount=Decimal("3000000"), verified=True
    )
    CoInvestmentFactory.create(
        venture=awards[1].application.venture,
        award=awards[1],
        amount=Decimal("1200000"),
        date=datetime.date(2025, 3, 1),
        verified=True,
    )
    CoInvestmentFactory.create(
        venture=awards[3].application.venture,
        amount=Decimal("900000000"),
        currency="VND",
        amount_thb=Decimal("1260000"),
        date=datetime.date(2024, 1, 10),
        verified=True,
    )
    CoInvestmentFactory.create(venture=awards[2].application.venture, award=awards[2], amount=Decimal("99999999"))
    return awards


def dashboard(client: Client) -> Any:
    response = client.get(reverse("grants_dashboard"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response


@pytest.fixture
def staff() -> Client:
    client = Client()
    client.force_login(ReviewerFactory.create())
    return client


def test_the_headline_figures_are_the_sums_over_the_rows(rows: list[Award], staff: Client) -> None:
    response = dashboard(staff)
    totals = response.context["dashboard"].totals

    granted = sum((a.amount_thb for a in rows), Decimal(0))
    disbursed = sum((a.amount_disbursed_thb for a in rows), Decimal(0))
    leveraged = sum((c.amount_thb for c in CoInvestment.objects.all() if c.verified), Decimal(0))
    assert (totals.grants_approved, totals.thb_granted, totals.thb_disbursed, totals.thb_leveraged) == (
        4,
        granted,
        disbursed,
        leveraged,
    )
    assert granted == Decimal("4310000.50") and leveraged == Decimal("5460000")
    assert totals.leverage_ratio == (leveraged / granted).quantize(Decimal("0.01")) == Decimal("1.27")
    page = response.content.decode()
    assert '<td data-figure="thb_granted">4,310,000.50</td>' in page
    assert '<td data-figure="leverage_ratio">1.27 : 1</td>' in page


@pytest.mark.parametrize("dimension", ["area", "programme", "year", "region", "country"])
def test_every_breakdown_equals_the_sums_over_the_rows(rows: list[Award], staff: Client, dimension: str) -> None:
    breakdowns = {name: found for name, _label, found in dashboard(staff).context["dashboard"].breakdowns}
    shown = {
        row.label: (row.grants_approved, row.thb_granted, row.thb_disbursed, row.thb_leveraged)
        for row in breakdowns[dimension]
    }
    assert shown == expected_by(dimension)
    assert sum(row.thb_granted for row in breakdowns[dimension]) == sum(a.amount_thb for a in rows)


def test_a_group_shows_its_leverage_ratio(rows: list[Award], staff: Client) -> None:
    breakdowns = {name: found for name, _label, found in dashboard(staff).context["dashboard"].breakdowns}
    vietnam = next(row for row in breakdowns["country"] if row.label == "Viet Nam")
    assert vietnam.leverage_ratio == Decimal("2.25")  # 1,260,000 / 560,000
    unlinked = next(row for row in breakdowns["programme"] if row.label == "Not linked to a grant")
    assert (unlinked.grants_approved, unlinked.leverage_ratio) == (0, None)


def test_the_dashboard_costs_the_same_queries_for_4_and_12_awards(rows: list[Award], staff: Client) -> None:
    dashboard(staff)  # warm the per-process caches
    with CaptureQueriesContext(connection) as few:
        dashboard(staff)
    for i in range(8):
        make_award(area=2 + i % 3, programme="project-grants", year=2020 + i, province="CMI", amount="1000")
    with CaptureQueriesContext(connection) as more:
        dashboard(staff)
    assert len(more) == len(few), [q["sql"] for q in more.captured_queries]


def test_the_dashboard_is_for_staff_and_linked_from_the_admin_index(staff: Client) -> None:
    index = staff.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("grants_dashboard")}"' in index
    anonymous = Client().get(reverse("grants_dashboard"))
    assert anonymous.status_code == 302 and reverse("admin:login") in anonymous["Location"]
    outsider = Client()
    outsider.force_login(EntrepreneurFactory.create())
    assert outsider.get(reverse("grants_dashboard")).status_code == 302  # not staff: the admin log-in


def test_the_award_export_carries_place_area_and_verified_leverage(rows: list[Award], staff: Client) -> None:
    response: Any = staff.get(reverse("admin:grants_award_export"))
    table = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(table) == 4
    by_number = {row["agreement_number"]: row for row in table}
    first = by_number[rows[0].agreement_number]
    assert (first["country"], first["province"], first["amount_thb"], first["leveraged_thb"]) == (
        "TH",
        "CMI",
        "800000.00",
        "3000000.00",
    )
    assert by_number[rows[2].agreement_number]["leveraged_thb"] == "0.00"  # only unverified co-investment
    vietnam = by_number[rows[3].agreement_number]
    assert (vietnam["currency"], vietnam["amount_thb"], vietnam["region"]) == ("VND", "560000.00", "")
