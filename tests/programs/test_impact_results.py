"""A venture's team reports its impact results; staff check them; only checked results are public."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.models import AuditEntry
from programs import services
from programs.models import ImpactIndicator, ImpactMeasurement
from registry.workflows import VENTURE
from tests.factories import (
    EntrepreneurFactory,
    ImpactIndicatorFactory,
    PublishedVentureFactory,
    StaffFactory,
    SuperuserFactory,
    VentureMembershipFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(preferred_language="en")


@pytest.fixture
def venture(owner: Any) -> Any:
    return PublishedVentureFactory.create(owner=owner, name_en="Clean Water Mae Rim")


def logged_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def results_url(venture: Any, language: str = "en") -> str:
    with translation.override(language):
        return reverse("results:page", kwargs={"pk": venture.pk})


def public_page(venture: Any) -> str:
    with translation.override("en"):
        return Client().get(venture.get_absolute_url()).content.decode()


INDICATOR = {
    "name_th": "ครัวเรือนที่ได้น้ำสะอาด",
    "name_en": "Households with clean water",
    "unit": "households",
    "baseline": "120",
    "target": "400",
}


def figure(indicator: ImpactIndicator, **overrides: Any) -> dict[str, Any]:
    data = {
        "indicator": str(indicator.pk),
        f"figure-{indicator.pk}-period_start": "2025-01-01",
        f"figure-{indicator.pk}-period_end": "2025-12-31",
        f"figure-{indicator.pk}-actual": "310",
    }
    data.update({f"figure-{indicator.pk}-{k}" if k != "indicator" else k: v for k, v in overrides.items()})
    return data


def test_the_team_reports_and_the_public_sees_results_only_once_staff_have_checked_them(
    owner: Any, venture: Any
) -> None:
    client = logged_in(owner)
    response = client.post(results_url(venture), INDICATOR, follow=True)
    assert "Indicator added." in response.content.decode()
    indicator = ImpactIndicator.objects.get(venture=venture)
    assert indicator.reported_by == owner and not indicator.is_checked

    page = client.post(results_url(venture), figure(indicator), follow=True).content.decode()
    assert "It appears on your public page once the programme staff have checked it." in page
    assert "waiting for staff to check it" in page and "310" in page
    measurement = ImpactMeasurement.objects.get(indicator=indicator)
    assert measurement.actual == Decimal("310") and not measurement.is_checked

    # Not public yet: the public never reads unchecked figures.
    assert "Households with clean water" not in public_page(venture)

    # Staff check the figure in the admin (which checks its indicator too): now it is public.
    staff = SuperuserFactory.create()
    admin = logged_in(staff)
    admin.post(
        reverse("admin:programs_impactmeasurement_changelist"),
        {"action": "check_selected", "_selected_action": [measurement.pk]},
    )
    measurement.refresh_from_db()
    indicator.refresh_from_db()
    assert measurement.checked_by == staff and indicator.checked_by == staff
    public = public_page(venture)
    assert "Households with clean water" in public and "310" in public
    actions = list(AuditEntry.objects.order_by("pk").values_list("action", flat=True))
    assert actions[-4:] == ["impact.report_indicator", "impact.report", "impact.check", "impact.check"]

    # A checked figure is no longer the team's to change.
    again = client.post(results_url(venture), figure(indicator, actual="999")).content.decode()
    assert "Staff have already checked the figure for the period starting 1 January 2025." in again
    measurement.refresh_from_db()
    assert measurement.actual == Decimal("310")


def test_reporting_a_period_again_replaces_its_figure_until_it_is_checked(owner: Any, venture: Any) -> None:
    indicator = ImpactIndicatorFactory.create(venture=venture)
    client = logged_in(owner)
    client.post(results_url(venture), figure(indicator, actual="100"))
    client.post(results_url(venture), figure(indicator, actual="150", period_end="2025-06-30"))
    measurement = ImpactMeasurement.objects.get(indicator=indicator)
    assert (measurement.actual, measurement.period_end) == (Decimal("150"), datetime.date(2025, 6, 30))


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"period_start": "2025-06-01", "period_end": "2025-01-31"}, "The period ends before it starts."),
        ({"period_start": "2999-01-01", "period_end": "2999-12-31"}, "Report a period once it has started"),
        ({"actual": "many"}, "Enter a number."),
        ({"period_start": ""}, "This field is required."),
    ],
)
def test_a_bad_figure_is_refused_with_the_reason(
    owner: Any, venture: Any, overrides: dict[str, str], message: str
) -> None:
    indicator = ImpactIndicatorFactory.create(venture=venture)
    response = logged_in(owner).post(results_url(venture), figure(indicator, **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ImpactMeasurement.objects.filter(indicator=indicator).exists()


def test_an_indicator_needs_a_name_and_a_unit(owner: Any, venture: Any) -> None:
    page = logged_in(owner).post(results_url(venture), {**INDICATOR, "name_th": "", "name_en": "", "unit": ""})
    text = page.content.decode()
    assert "Name the indicator in Thai or in English." in text and "This field is required." in text
    assert not ImpactIndicator.objects.exists()


def test_a_team_member_reports_but_nobody_else_sees_the_page(owner: Any, venture: Any) -> None:
    member = VentureMembershipFactory.create(venture=venture).user
    assert logged_in(member).post(results_url(venture), INDICATOR).status_code == 302
    stranger = EntrepreneurFactory.create()
    assert logged_in(stranger).get(results_url(venture)).status_code == 404
    assert logged_in(stranger).post(results_url(venture), INDICATOR).status_code == 404
    assert Client().get(results_url(venture)).status_code == 403
    other_indicator = ImpactIndicatorFactory.create()  # another venture's
    assert logged_in(owner).post(results_url(venture), figure(other_indicator)).status_code == 404
    assert ImpactIndicator.objects.filter(venture=venture).count() == 1


def test_an_archived_venture_no_longer_reports(owner: Any, venture: Any) -> None:
    VENTURE.apply(venture, "archive", by=None)
    client = logged_in(owner)
    page = client.get(results_url(venture)).content.decode()
    assert "no longer reports results" in page and "Add the indicator" not in page
    assert client.post(results_url(venture), INDICATOR).status_code == 403


def test_only_staff_with_the_permission_check_results(owner: Any, venture: Any) -> None:
    indicator = services.indicator_report(
        venture=venture, by=owner, name_th="", name_en="Trees planted", unit="trees", baseline=0
    )
    with pytest.raises(PermissionDenied):
        services.results_check(item=indicator, by=owner)
    with pytest.raises(PermissionDenied):
        services.results_check(item=indicator, by=StaffFactory.create())
    staff = StaffFactory.create()
    staff.user_permissions.add(Permission.objects.get(codename="change_impactmeasurement"))
    staff = type(staff).objects.get(pk=staff.pk)  # fresh permission cache
    assert services.results_check(item=indicator, by=staff) is True
    assert services.results_check(item=indicator, by=staff) is False  # already checked: nothing more
    assert AuditEntry.objects.filter(action="impact.check").count() == 1


def test_what_staff_enter_in_the_admin_is_checked_and_public(venture: Any) -> None:
    staff = SuperuserFactory.create()
    response = logged_in(staff).post(
        reverse("admin:programs_impactindicator_add"),
        {
            "venture": venture.pk,
            "name_th": "ต้นไม้ที่ปลูก",
            "name_en": "Trees planted",
            "unit": "trees",
            "baseline": "0",
            "target": "",
            "area": "",
            "measurements-TOTAL_FORMS": "1",
            "measurements-INITIAL_FORMS": "0",
            "measurements-MIN_NUM_FORMS": "0",
            "measurements-MAX_NUM_FORMS": "1000",
            "measurements-0-period_start": "2025-01-01",
            "measurements-0-period_end": "2025-12-31",
            "measurements-0-actual": "1200",
            "measurements-0-target": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    indicator = ImpactIndicator.objects.get(venture=venture)
    measurement = indicator.measurements.get()
    assert indicator.checked_by == staff and measurement.checked_by == staff
    assert "Trees planted" in public_page(venture) and "1,200" in public_page(venture)


def test_the_results_page_speaks_thai(owner: Any, venture: Any) -> None:
    ImpactIndicatorFactory.create(venture=venture, checked_at=None, name_th="ครัวเรือนที่ได้น้ำสะอาด")
    page = logged_in(owner).get(results_url(venture, "th")).content.decode()
    for text in ("ผลลัพธ์ทางสังคม", "รอเจ้าหน้าที่ตรวจสอบ", "รายงานตัวเลข", "เพิ่มตัวชี้วัด", "ครัวเรือนที่ได้น้ำสะอาด"):
        assert text in page


def test_the_period_start_must_have_come_in_the_service_too(owner: Any, venture: Any) -> None:
    indicator = ImpactIndicatorFactory.create(venture=venture)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    with pytest.raises(ValidationError):
        services.measurement_report(
            indicator=indicator, by=owner, period_start=tomorrow, period_end=tomorrow, actual=Decimal("1")
        )
