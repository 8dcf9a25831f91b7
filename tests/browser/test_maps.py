"""The tile maps in a real browser: /th/stats/ and the directory's map view, on a desktop and a
phone (390 px): every tile visible, readable and a link; no serious or critical axe violation.
Screenshots go to test-artifacts/ (map-stats-th-desktop.png …)."""

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from demo.seed import seed_demo
from tests.support.browser import DESKTOP, MOBILE, severe_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PAGES = {
    "map-stats-th": ("/th/stats/", "#map-ventures-by-province svg.tile-map"),
    "map-stats-en": ("/en/stats/", "#map-granted-by-province svg.tile-map"),
    "map-directory-th": ("/th/ventures/?view=map", "#directory-map-heading ~ svg.tile-map"),
    "map-directory-en": ("/en/ventures/?view=map&stage=prototype", "#directory-map-heading ~ svg.tile-map"),
}


def test_the_maps_are_readable_links_on_a_desktop_and_a_phone(live_server: Any, browser: Any) -> None:
    seed_demo(ventures=40)
    from tests.browser.conftest import ARTIFACTS

    ARTIFACTS.mkdir(exist_ok=True)
    axe = Axe()
    found: list[str] = []
    for name, (path, selector) in PAGES.items():
        for label, viewport in (("desktop", DESKTOP), ("mobile", MOBILE)):
            context = browser.new_context(viewport=viewport, locale="th-TH")
            page = context.new_page()
            try:
                page.goto(f"{live_server.url}{path}")
                svg = page.locator(selector).first
                svg.scroll_into_view_if_needed()
                tiles = svg.locator("a.tile")
                assert tiles.count() == 77 + 5
                box = svg.bounding_box()
                assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
                # A tile stays big enough to read its label and to tap (at least 24 px) on a phone.
                tile = tiles.first.locator("rect").bounding_box()
                assert tile is not None and tile["width"] >= 24, (name, label, tile)
                # Tiles are links: the keyboard reaches them and the focused one has a name.
                tiles.first.focus()
                focused = page.evaluate("document.activeElement.getAttribute('aria-label')")
                assert focused and ":" in focused
                page.screenshot(path=str(ARTIFACTS / f"{name}-{label}.png"), full_page=True)
                found += severe_axe_violations(axe, page, f"{name} {label}")
            finally:
                context.close()
    assert found == [], "\n".join(found)


def test_a_tile_takes_you_to_the_ventures_of_its_province(live_server: Any, page: Any) -> None:
    seed_demo(ventures=40)
    page.goto(f"{live_server.url}/en/ventures/?view=map")
    tile = page.locator("svg.tile-map a.tile[data-code='CMI']")
    name = tile.get_attribute("aria-label")
    assert name is not None and name.startswith("Chiang Mai: ")
    count = int(name.split(": ")[1].split()[0])
    tile.click()
    page.wait_for_url("**/en/ventures/?province=CMI")
    assert page.locator("svg.tile-map").count() == 0
    expected = f"{count} venture" if count == 1 else f"{count} ventures"
    assert page.locator(".results-count").inner_text().startswith(expected)
