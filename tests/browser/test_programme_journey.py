"""A visitor on a phone finds an open call from the programme list, presses Apply, logs in and
comes back to the call, then reaches the application form for their venture."""

import re

import pytest

from programs.models import Participation, Programme
from tests.factories import CallFactory, EntrepreneurFactory, PublishedVentureFactory
from tests.support.browser import MOBILE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def no_sideways_scroll(page) -> bool:
    return bool(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))


def test_from_the_programme_list_to_the_application_form_on_a_phone(live_server, page, screenshot):
    grants = Programme.objects.get(slug="project-grants")
    call = CallFactory.create(programme=grants, slug="clean-water", title_th="ทุนน้ำสะอาด", title_en="Clean water grants")
    owner = EntrepreneurFactory.create(email="founder@example.org")
    venture = PublishedVentureFactory.create(owner=owner, name_th="บ่อน้ำใส", name_en="Clear Wells")
    Participation.objects.create(venture=venture, programme=grants)

    page.set_viewport_size(MOBILE)
    page.goto(f"{live_server.url}/th/programs/")
    assert no_sideways_scroll(page)
    screenshot("programme-list")
    page.set_viewport_size(MOBILE)
    page.get_by_role("link", name=grants.name_th).click()
    page.wait_for_url(re.compile(r"/th/programs/project-grants/$"))
    assert no_sideways_scroll(page)
    assert page.get_by_role("link", name="บ่อน้ำใส").is_visible()
    screenshot("programme-page")

    page.set_viewport_size(MOBILE)
    page.get_by_role("heading", level=3, name="ทุนน้ำสะอาด").get_by_role("link").click()
    page.wait_for_url(re.compile(r"/th/programs/project-grants/calls/clean-water/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "ทุนน้ำสะอาด"
    assert no_sideways_scroll(page)
    screenshot("call-page-anonymous")

    page.set_viewport_size(MOBILE)
    page.locator(".apply-panel a.button").click()
    page.wait_for_url(re.compile(r"/th/accounts/login/\?next="))
    page.locator("input[name=username]").fill("founder@example.org")
    page.locator("input[name=password]").fill("correct horse battery staple")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/th/programs/project-grants/calls/clean-water/$"))

    apply = page.locator(".apply-panel a.button")
    assert apply.count() == 1 and apply.is_visible()
    assert "บ่อน้ำใส" in apply.inner_text()
    screenshot("call-page-logged-in")
    apply.click()
    page.wait_for_url(re.compile(rf"/th/my/applications/apply/{call.slug}/\?venture={venture.slug}$"))
    assert page.locator("select[name=venture]").input_value() == venture.slug
