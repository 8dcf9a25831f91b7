"""One rule for dates a person reads: Thai readers see Thai month names and Buddhist-era years
(2025 → 2568), English readers the Gregorian calendar; machine formats stay ISO."""

import datetime
import json
from typing import Any

import pytest
from django.core import mail
from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core import dates
from registry.accounts import consent_give
from registry.models import VentureInvitation
from registry.services.team import venture_invite
from tests.factories import (
    EntrepreneurFactory,
    ImpactMeasurementFactory,
    PublishedVentureFactory,
    VentureInvitationFactory,
)
from tests.support.accounts import CommittingClient

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache")]

THAI_MONTHS = [
    "",
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
BANGKOK_EVENING = timezone.make_aware(datetime.datetime(2025, 3, 31, 16, 30), datetime.UTC)  # 23:30 in Bangkok


def thai_day(day: datetime.date | datetime.datetime) -> str:
    """How a Thai reader writes a day, computed here independently of core.dates."""
    if isinstance(day, datetime.datetime):
        day = timezone.localtime(day).date()
    return f"{day.day} {THAI_MONTHS[day.month]} {day.year + 543}"


def th(name: str, *args: Any) -> str:
    with translation.override("th"):
        return reverse(name, args=args)


# --- the function and the template filters ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("th", datetime.date(2025, 3, 5), "5 มีนาคม 2568"),
        ("en", datetime.date(2025, 3, 5), "5 March 2025"),
        ("th", BANGKOK_EVENING, "31 มีนาคม 2568"),  # the Bangkok day, not the UTC one
        ("en", None, ""),
    ],
)
def test_a_date_reads_in_the_readers_calendar(language: str, value: Any, expected: str) -> None:
    with translation.override(language):
        assert dates.local_date(value) == expected


def test_a_moment_reads_with_its_bangkok_time() -> None:
    with translation.override("th"):
        assert dates.local_datetime(BANGKOK_EVENING) == "31 มีนาคม 2568, 23:30"
    assert dates.local_datetime(BANGKOK_EVENING, language="en") == "31 March 2025, 23:30"
    assert dates.local_datetime(BANGKOK_EVENING, language="th") == "31 มีนาคม 2568, 23:30"


def test_the_year_alone_and_escaped_characters() -> None:
    assert dates.local_year(2025, "th") == "2568" and dates.local_year(2025, "en") == "2025"
    assert dates.local_date(datetime.date(2025, 3, 5), r"\Y: Y (y)", language="th") == "Y: 2568 (68)"


def test_the_template_filters_use_the_same_rule() -> None:
    template = Template("{% load registry_extras %}{{ day|local_date }} · {{ moment|local_datetime }}")
    context = Context({"day": datetime.date(2024, 12, 31), "moment": BANGKOK_EVENING})
    with translation.override("th"):
        assert template.render(context) == "31 ธันวาคม 2567 · 31 มีนาคม 2568, 23:30"
    with translation.override("en"):
        assert template.render(context) == "31 December 2024 · 31 March 2025, 23:30"


# --- the entrepreneur's pages ------------------------------------------------------------------------


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(preferred_language="th")


@pytest.fixture
def client(owner: Any) -> Client:
    client = Client()
    client.force_login(owner)
    return client


def test_the_thai_my_data_page_shows_consent_dates_in_the_buddhist_era(owner: Any, client: Client) -> None:
    consent_give(user=owner, purpose="newsletter", now=BANGKOK_EVENING)

    page = client.get(th("my:data")).content.decode()

    assert f"คุณให้ความยินยอมเมื่อ {thai_day(BANGKOK_EVENING)}" in page  # "You agreed on …"
    assert "31 มีนาคม 2568, 23:30" in page  # the consents table
    assert "มีนาคม 2025" not in page and "2025-03-31" not in page
    export = json.loads(client.get(th("my:data_export")).content)  # the download stays ISO
    assert BANGKOK_EVENING.isoformat() in json.dumps(export)


def test_the_thai_dashboard_and_team_page_show_invitations_in_the_buddhist_era(owner: Any, client: Client) -> None:
    expires = timezone.localtime() + datetime.timedelta(days=20)
    mine = PublishedVentureFactory.create(owner=owner)
    VentureInvitationFactory.create(venture=mine, expires_at=expires)  # on the team page
    VentureInvitationFactory.create(email=owner.email, expires_at=expires)  # on the dashboard

    dashboard = client.get(th("my:dashboard")).content.decode()
    team = client.get(th("my:team", mine.pk)).content.decode()

    for page in (dashboard, team):
        assert thai_day(expires) in page
        assert f"{THAI_MONTHS[expires.month]} {expires.year}" not in page


def test_the_invitation_email_counts_years_as_its_thai_reader_does(
    owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    venture = PublishedVentureFactory.create(owner=owner)
    EntrepreneurFactory.create(email="thai.friend@example.org", preferred_language="th")
    client = CommittingClient(Client(), django_capture_on_commit_callbacks)
    client.force_login(owner)

    client.post(th("my:team", venture.pk), {"email": "thai.friend@example.org"})

    [message] = mail.outbox
    expires = timezone.localtime(VentureInvitation.objects.get().expires_at)
    assert thai_day(expires) in message.body
    assert f"{THAI_MONTHS[expires.month]} {expires.year}" not in message.body


def test_an_english_reader_keeps_the_gregorian_year(django_capture_on_commit_callbacks: Any) -> None:
    owner = EntrepreneurFactory.create(preferred_language="en")
    venture = PublishedVentureFactory.create(owner=owner)
    EntrepreneurFactory.create(email="friend@example.org", preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        venture_invite(venture=venture, by=owner, email="friend@example.org")

    [message] = mail.outbox
    expires = timezone.localtime(VentureInvitation.objects.get().expires_at)
    assert f"{expires.day} {expires:%B} {expires.year}" in message.body


def test_an_impact_measurement_names_its_period_in_the_readers_calendar() -> None:
    measurement = ImpactMeasurementFactory.create(
        period_start=datetime.date(2024, 1, 1), period_end=datetime.date(2024, 12, 31)
    )
    with translation.override("th"):
        assert str(measurement).endswith("(1 มกราคม 2567 – 31 ธันวาคม 2567)")
    assert str(measurement).endswith("(1 January 2024 – 31 December 2024)")
