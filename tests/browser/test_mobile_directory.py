"""The directory on a phone (390 px): a "Filters (n)" control above the results opens the facets
without JavaScript; on a desktop the facets stand beside the results."""

import re
from typing import Any

import pytest

from registry.models import SocialArea
from registry.search.index import rebuild
from tests.browser.conftest import ARTIFACTS
from tests.factories import PublishedVentureFactory
from tests.support.browser import DESKTOP, MOBILE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def directory() -> None:
    health = SocialArea.objects.get(slug="health")
    PublishedVentureFactory.create_batch(22, areas=[health])
    rebuild()


def top(locator: Any) -> float:
    box = locator.bounding_box()
    assert box is not None
    return float(box["y"])


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_on_a_phone_the_filters_open_from_above_the_results(
    live_server: Any, browser: Any, directory: None, javascript: bool
) -> None:
    context = browser.new_context(viewport=MOBILE, locale="th-TH", java_script_enabled=javascript)
    page = context.new_page()
    try:
        page.goto(f"{live_server.url}/th/ventures/")
        control = page.locator("summary", has_text=re.compile(r"^ตัวกรอง \(0\)$"))
        first_result = page.locator(".venture-list > li").first
        assert page.locator(".venture-list > li").count() == 20
        assert control.is_visible()
        assert top(control) < top(first_result)
        area_heading = page.get_by_role("heading", name="ด้านนวัตกรรมเพื่อสังคม")
        assert not area_heading.is_visible()

        control.click()
        assert area_heading.is_visible()
        assert top(area_heading) < top(first_result)
        if javascript:
            page.screenshot(path=str(ARTIFACTS / "directory-filters-open-mobile.png"), full_page=False)
        page.locator("#facet-area + ul").get_by_role("link", name=re.compile("สุขภาพ")).click()
        page.wait_for_url(re.compile(r"area=health"))
        assert page.locator("summary", has_text=re.compile(r"^ตัวกรอง \(1\)$")).is_visible()
    finally:
        context.close()


def test_on_a_desktop_the_filters_stand_beside_the_results_without_a_click(
    live_server: Any, page: Any, directory: None, screenshot: Any
) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(f"{live_server.url}/en/ventures/")
    facets = page.get_by_role("heading", name="Narrow the results")
    results = page.locator(".venture-list")
    assert facets.is_visible()
    assert not page.locator("summary", has_text="Filters (0)").is_visible()
    facets_box, results_box = facets.bounding_box(), results.bounding_box()
    assert facets_box is not None and results_box is not None
    assert facets_box["x"] > results_box["x"] + results_box["width"] - 1
    screenshot("directory-filters")
