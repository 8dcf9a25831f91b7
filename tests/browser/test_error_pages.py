"""A person follows a dead link to a venture: the site's own page in Thai, with a way on."""

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_dead_venture_link_shows_the_thai_404_page(live_server, page, screenshot):
    response = page.goto(f"{live_server.url}/th/ventures/no-such-venture/")
    assert response is not None and response.status == 404
    assert page.locator("html").get_attribute("lang") == "th"
    assert page.get_by_role("heading", level=1).inner_text() == "ไม่พบหน้าที่คุณต้องการ"
    assert page.locator(".site-header").is_visible()
    screenshot("error-404-th")
    page.get_by_role("main").get_by_role("link", name="ค้นหากิจการ").click()
    page.wait_for_url(re.compile(r"/th/ventures/$"))
