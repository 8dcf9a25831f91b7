"""Small things a person notices: the tab's icon, and the grants dashboard's export buttons."""

from typing import Any

import pytest

from tests.factories import AwardFactory, SuperuserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's


def test_the_site_has_an_icon_and_the_home_page_loads_without_a_missing_file(live_server: Any, page: Any) -> None:
    missing: list[str] = []
    page.on("response", lambda response: missing.append(response.url) if response.status >= 400 else None)
    page.goto(f"{live_server.url}/th/")
    icon = page.goto(f"{live_server.url}/favicon.ico")
    assert icon is not None and icon.status == 200
    assert icon.headers["content-type"] in {"image/x-icon", "image/vnd.microsoft.icon"}
    assert missing == []


def test_the_dashboard_export_buttons_stand_below_the_introduction(
    live_server: Any, page: Any, screenshot: Any
) -> None:
    AwardFactory.create()
    user = SuperuserFactory.create()
    blocked: list[str] = []
    page.on(
        "console", lambda message: blocked.append(message.text) if "Content Security Policy" in message.text else None
    )
    page.goto(f"{live_server.url}/admin/login/?next=/admin/grants/dashboard/")
    page.locator("#id_username").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/grants/dashboard/")

    intro = page.locator(".grants-dashboard > p").first.bounding_box()
    exports = page.locator(".grants-dashboard .object-tools").bounding_box()
    assert intro is not None and exports is not None
    assert exports["y"] >= intro["y"] + intro["height"], (intro, exports)  # below it, not over it
    assert blocked == []
    screenshot("admin-grants-dashboard")
