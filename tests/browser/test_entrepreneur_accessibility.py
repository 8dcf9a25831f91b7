"""axe-core over every page an entrepreneur uses, in Thai and English, on a desktop and a phone
(390 px): the /my/ pages (ventures, the venture form to create and to edit, team, impact results,
grant applications, their data), and signing up and logging in, also with the errors a wrong
form shows. No serious or critical violation."""

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from demo.accounts import DEMO_PASSWORD
from demo.seed import seed_demo
from grants.models import GrantApplication
from programs.models import Call
from registry.models import User, Venture
from registry.models.ventures import VentureStatus
from tests.support.browser import pages_in_each_language_and_size, severe_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

ENTREPRENEUR = "somchai@demo.registry.example"  # demo/accounts.py: owns a granted venture and a draft


def entrepreneur_paths() -> list[str]:
    owner = User.objects.get(email=ENTREPRENEUR)
    ventures = Venture.objects.filter(owner=owner)
    granted = ventures.filter(applications__award__isnull=False).first()
    draft = ventures.filter(status=VentureStatus.DRAFT).first()
    application = GrantApplication.objects.filter(applicant=owner).first()
    call = Call.objects.accepting_applications().first()
    assert granted is not None and draft is not None and application is not None and call is not None
    return [
        "my/",
        "my/ventures/new/",
        f"my/ventures/{draft.pk}/",
        f"my/ventures/{draft.pk}/edit/",
        f"my/ventures/{granted.pk}/",
        f"my/ventures/{granted.pk}/edit/",
        f"my/ventures/{granted.pk}/team/",
        f"my/ventures/{granted.pk}/results/",
        "my/applications/",
        f"my/applications/{application.pk}/",
        f"my/applications/apply/{call.slug}/",
        "my/data/",
        "accounts/password/change/",
    ]


def log_in(page: Any, base: str, language: str) -> None:
    page.goto(f"{base}/{language}/accounts/login/")
    page.locator("#id_username").fill(ENTREPRENEUR)
    page.locator("#id_password").fill(DEMO_PASSWORD)
    page.locator("form.stacked-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "/accounts/login/" not in page.url, "the demo entrepreneur could not log in"


def test_entrepreneur_pages_have_no_serious_or_critical_axe_violations(live_server: Any, browser: Any) -> None:
    seed_demo(ventures=40)
    paths = entrepreneur_paths()
    axe = Axe()
    found: list[str] = []
    for language, label, page in pages_in_each_language_and_size(browser):
        log_in(page, live_server.url, language)
        for path in paths:
            response = page.goto(f"{live_server.url}/{language}/{path}")
            assert response is not None and response.status == 200, (path, response and response.status)
            assert page.url.endswith(f"/{language}/{path}"), f"/{path} led to {page.url}"
            found += severe_axe_violations(axe, page, f"{language} {label} /{path}")
        # The venture form as it comes back with errors (nothing filled in).
        page.goto(f"{live_server.url}/{language}/my/ventures/new/")
        page.locator("form button[type=submit]").first.click()
        page.wait_for_load_state()
        found += severe_axe_violations(axe, page, f"{language} {label} venture form with errors")
    assert found == [], "\n".join(found)


def test_sign_up_and_log_in_with_errors_have_no_serious_or_critical_axe_violations(
    live_server: Any, browser: Any
) -> None:
    axe = Axe()
    found: list[str] = []
    for language, label, page in pages_in_each_language_and_size(browser):
        for path in ("accounts/signup/", "accounts/login/"):
            page.goto(f"{live_server.url}/{language}/{path}")
            found += severe_axe_violations(axe, page, f"{language} {label} /{path}")
            page.locator("form.stacked-form button[type=submit]").click()
            page.wait_for_load_state()
            found += severe_axe_violations(axe, page, f"{language} {label} /{path} with errors")
    assert found == [], "\n".join(found)
