"""Keyboard: the first Tab on the home page and the directory offers a link straight to the search box."""

import re
from typing import Any

import pytest

from registry.search.index import rebuild
from tests.factories import PublishedVentureFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.mark.parametrize(
    ("path", "link_name"),
    [("/th/", "ข้ามไปยังช่องค้นหา"), ("/th/ventures/", "ข้ามไปยังช่องค้นหา"), ("/en/", "Skip to search")],
)
def test_one_tab_and_enter_reach_the_search_box(live_server: Any, page: Any, path: str, link_name: str) -> None:
    PublishedVentureFactory.create(name_th="ธนาคารขยะชุมชน", summary_th="ธนาคารขยะที่เปลี่ยนขยะเป็นรายได้")
    rebuild()
    page.goto(f"{live_server.url}{path}")
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    assert focused.inner_text() == link_name
    assert focused.is_visible()  # shown when focused, for sighted keyboard users
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "search-q"
    page.keyboard.type("ขยะ")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/ventures/\?q="))
    assert page.locator(".venture-list > li").count() == 1


def test_pages_without_a_search_box_keep_only_the_skip_to_content_link(live_server: Any, page: Any) -> None:
    page.goto(f"{live_server.url}/en/programs/")
    page.keyboard.press("Tab")
    assert page.locator(":focus").inner_text() == "Skip to main content"
