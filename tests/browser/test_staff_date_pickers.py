"""Staff pick dates with the admin's calendar on the approve, plan-tranche and mark-paid pages,
under the site's Content-Security-Policy (no inline script)."""

from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from grants.models import ApplicationStatus
from tests.factories import (
    ApproverFactory,
    AwardFactory,
    DisbursementFactory,
    FinanceFactory,
    GrantApplicationFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's


def log_in(page: Any, live_server: Any, user: Any) -> list[str]:
    """Log in through the admin's form; returns the list the pages' uncaught script errors are collected in
    (the broken pages threw "gettext is not defined")."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{live_server.url}/admin/login/")
    page.locator("#id_username").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("input[type=submit]").click()
    page.wait_for_url(f"{live_server.url}/admin/")
    return errors


def pick_today(page: Any, field: str) -> None:
    page.locator(f".field-{field} .datetimeshortcuts .date-icon").click()
    calendar = page.locator(".calendarbox").first
    assert calendar.is_visible()
    calendar.locator(".calendar-shortcuts a").nth(1).click()  # Yesterday | Today | Tomorrow


@pytest.mark.parametrize("step", ["approve", "plan_tranche", "pay"])
def test_the_calendar_opens_and_fills_the_date(live_server: Any, page: Any, screenshot: Any, step: str) -> None:
    if step == "approve":
        application = GrantApplicationFactory.create(status=ApplicationStatus.IN_REVIEW)
        user, url, field = (
            ApproverFactory.create(),
            reverse("admin:grants_grantapplication_approve", args=[application.pk]),
            "award_date",
        )
    elif step == "plan_tranche":
        award = AwardFactory.create(amount=Decimal("1000000"))
        user, url, field = (
            FinanceFactory.create(),
            reverse("admin:grants_award_plan_tranche", args=[award.pk]),
            "planned_date",
        )
    else:
        tranche = DisbursementFactory.create()
        user, url, field = (
            FinanceFactory.create(),
            reverse("admin:grants_disbursement_pay", args=[tranche.pk]),
            "paid_date",
        )
    errors = log_in(page, live_server, user)
    page.goto(f"{live_server.url}{url}")
    page.locator(f"#id_{field}").fill("")
    pick_today(page, field)
    today = timezone.localdate()
    # The admin writes the date in the page language's first input format (Thai: 05/12/2026).
    assert page.locator(f"#id_{field}").input_value() in {today.isoformat(), today.strftime("%d/%m/%Y")}
    assert errors == []
    if step == "approve":
        help_text = page.locator(".field-agreement_number .help").inner_text()
        assert f"NIA-SI-{today.year}-NNNN" in help_text
        screenshot("staff-approve-date-picker")
    if step == "pay":
        page.locator("input[type=submit]").click()
        page.wait_for_load_state()
        tranche.refresh_from_db()
        assert tranche.paid_date == today
