"""The statistics page in a real browser: the charts draw (nothing blocked by the
Content-Security-Policy), fit a phone's width, and open their tables."""

import datetime
from decimal import Decimal

import pytest

from tests.factories import CoInvestmentFactory
from tests.support.grants import make_award

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PHONE = {"width": 360, "height": 740}


def test_the_charts_draw_on_a_phone_and_open_their_tables(live_server, page, screenshot):
    provinces = ["CMI", "KKN", "SKA", "BKK", "CBI", "PKT"]
    for i, province in enumerate(provinces):
        make_award(
            area=1 + i,
            programme="project-grants" if i % 2 else "scale-up",
            year=2019 + i,
            province=province,
            amount=str(300_000 * (i + 1)),
        )
    award = make_award(
        area=4, programme="business-plan-competition", year=2025, province=None, country="LA", amount="1000000"
    )
    CoInvestmentFactory.create(
        venture=award.application.venture,
        award=award,
        amount=Decimal("4500000"),
        verified=True,
        date=datetime.date(2025, 1, 1),
    )
    problems: list[str] = []

    def on_console(message):  # a CSP violation is reported here ("Refused to ...")
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            problems.append(message.text)

    def on_response(response):  # a missing resource (the site has no favicon: not this page's)
        if response.status >= 400 and not response.url.endswith("/favicon.ico"):
            problems.append(f"{response.status} {response.url}")

    page.on("console", on_console)
    page.on("response", on_response)
    page.on("pageerror", lambda error: problems.append(str(error)))

    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/th/stats/")
    assert page.get_by_role("heading", level=1).is_visible()

    # eight charts and the two province maps (ventures, THB granted), all drawn as SVG
    assert page.locator("svg.chart:not(.tile-map)").count() == 8
    assert page.locator("svg.chart.tile-map").count() == 2
    charts = page.locator("svg.chart")
    for index in range(charts.count()):
        box = charts.nth(index).bounding_box()
        assert box is not None and 300 <= box["width"] <= PHONE["width"] and box["height"] > 100
    # the page itself never scrolls sideways on a phone (wide tables scroll inside their box)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # the leveraged bars are drawn with their striped pattern
    assert page.locator("#chart-by-year svg rect[fill^='url(#chart-by-year-pattern-']").count() >= 1

    years = page.locator("#chart-by-year table")
    assert not years.is_visible()
    page.locator("#chart-by-year summary").click()
    assert years.is_visible()
    assert years.locator("tbody th").all_inner_texts() == ["2562", "2563", "2564", "2565", "2566", "2567", "2568"]
    assert problems == []
    screenshot("stats-th")

    page.goto(f"{live_server.url}/en/stats/")
    page.locator("#chart-by-region summary").click()
    assert page.locator("#chart-by-region table caption").inner_text() == "THB granted and leveraged by region"
    assert problems == []
    screenshot("stats-en")
