"""A call's public page: what it is, its window in Bangkok time, who can apply, how it is scored,
its questions, and an "Apply" panel that fits the person looking at it."""

import datetime
import re
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone, translation
from django.utils.html import escape

from core.models import AuditEntry
from grants.models import ApplicationStatus
from grants.services import eligibility_problems
from programs.models import Call, Programme
from programs.selectors import eligibility_in_words
from programs.services import call_close
from registry.models import Country, SocialArea
from tests.factories import (
    CallFactory,
    CallQuestionFactory,
    EntrepreneurFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewCriterionFactory,
    SuperuserFactory,
    VentureFactory,
    VentureMembershipFactory,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's


def call_url(call: Call, language: str = "en") -> str:
    return f"/{language}/programs/{call.programme.slug}/calls/{call.slug}/"


def apply_url(call: Call, venture: Any) -> str:
    return f"/en/my/applications/apply/{call.slug}/?venture={venture.slug}"


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return str(response.content.decode())


def apply_panel(html: str) -> str:
    match = re.search(r'<section class="apply-panel".*?</section>', html, re.S)
    assert match is not None
    return match.group(0)


def logged_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def call() -> Call:
    """An open call with rules, two criteria and two questions, closing 23:59 Bangkok time next 30 April."""
    year = timezone.now().year + 1
    call = CallFactory.create(
        slug="youth-water-2",
        title_th="ทุนเยาวชนเพื่อน้ำสะอาด",
        title_en="Youth grants for clean water",
        description_th="ทุนสำหรับโครงการน้ำสะอาดในชุมชน",
        description_en="Grants for community clean-water projects.",
        closes_at=datetime.datetime(year, 4, 30, 16, 59, tzinfo=UTC),
        budget=Decimal("5000000"),
        max_founder_age=40,
    )
    call.eligible_areas.set([SocialArea.objects.get(slug="health"), SocialArea.objects.get(code=1)])
    call.eligible_countries.set([Country.objects.get(iso2="TH")])
    ReviewCriterionFactory.create(call=call, name_th="ผลกระทบต่อสังคม", name_en="Social impact", max_score=10)
    ReviewCriterionFactory.create(call=call, name_th="ความเป็นไปได้", name_en="Feasibility", max_score=5)
    CallQuestionFactory.create(call=call, text_th="ใครได้ประโยชน์", text_en="Who benefits?")
    CallQuestionFactory.create(call=call, text_th="แผนต่อยอด", text_en="How will it continue?", required=False)
    return call


def test_call_page_in_english(client: Client, call: Call) -> None:
    html = page(client, call_url(call))
    assert '<html lang="en">' in html
    assert "<h1 " in html and "Youth grants for clean water" in html
    assert "Grants for community clean-water projects." in html
    assert f"30 April {call.closes_at.year}, 23:59" in html and "Bangkok time" in html
    opens = timezone.localtime(call.opens_at)
    assert f"{opens.day} {opens:%B} {opens.year}, {opens:%H:%M}" in html
    assert "5,000,000 THB" in html
    with translation.override("en"):
        for line in eligibility_in_words(call):
            assert escape(line) in html
    assert "The applicant must be 40 or younger" in html
    assert "Social impact" in html and "Feasibility" in html
    assert re.search(r"<td>Social impact</td><td class=\"num\">10</td>", html)
    assert 'Who benefits? <span class="required">(required)</span>' in html
    assert 'How will it continue? <span class="required">(optional)</span>' in html
    assert 'href="/en/programs/project-grants/"' in html
    assert '<meta property="og:title" content="Youth grants for clean water">' in html


def test_call_page_in_thai_with_the_buddhist_era_year(client: Client, call: Call) -> None:
    html = page(client, call_url(call, "th"))
    assert '<html lang="th">' in html
    assert "ทุนเยาวชนเพื่อน้ำสะอาด" in html and "ทุนสำหรับโครงการน้ำสะอาดในชุมชน" in html
    assert f"30 เมษายน {call.closes_at.year + 543}, 23:59" in html
    assert f"30 เมษายน {call.closes_at.year}," not in html
    assert "ผลกระทบต่อสังคม" in html and "ใครได้ประโยชน์" in html
    with translation.override("th"):
        for line in eligibility_in_words(call):
            assert escape(line) in html
    assert 'href="/th/programs/project-grants/"' in html


@pytest.mark.parametrize("status", [Call.Status.DRAFT, Call.Status.CANCELLED])
def test_draft_and_cancelled_calls_are_not_found(client: Client, call: Call, status: str) -> None:
    Call.objects.filter(pk=call.pk).update(status=status)
    for language in ("th", "en"):
        assert client.get(call_url(call, language)).status_code == 404


def test_a_call_is_found_only_under_its_own_active_programme(client: Client, call: Call) -> None:
    assert client.get(f"/en/programs/scale-up/calls/{call.slug}/").status_code == 404
    Programme.objects.filter(pk=call.programme_id).update(is_active=False)
    assert client.get(call_url(call)).status_code == 404


# --- The "Apply" panel -----------------------------------------------------------------------------


def test_an_anonymous_visitor_is_sent_to_log_in_and_back(client: Client, call: Call) -> None:
    panel = apply_panel(page(client, call_url(call)))
    login = f"/en/accounts/login/?next=%2Fen%2Fprograms%2Fproject-grants%2Fcalls%2F{call.slug}%2F"
    assert f'href="{login}"' in panel
    assert "/my/applications/apply/" not in panel

    entrepreneur = EntrepreneurFactory.create(email="founder@example.org")
    venture = PublishedVentureFactory.create(owner=entrepreneur)
    assert client.get(login).status_code == 200
    response = client.post(login, {"username": "founder@example.org", "password": PASSWORD, "next": call_url(call)})
    assert response.status_code == 302
    assert response["Location"] == call_url(call)
    assert f'href="{apply_url(call, venture)}"' in apply_panel(page(client, response["Location"]))


def test_an_entrepreneur_with_a_published_eligible_venture_gets_the_application_form(call: Call) -> None:
    entrepreneur = EntrepreneurFactory.create()
    venture = PublishedVentureFactory.create(owner=entrepreneur, name_en="Clean Wells")
    draft = VentureFactory.create(owner=entrepreneur, name_en="Half-written Venture")
    client = logged_in(entrepreneur)

    response = client.get(call_url(call))
    panel = apply_panel(response.content.decode())
    assert "private" in response["Cache-Control"]
    assert f'href="{apply_url(call, venture)}"' in panel
    assert "Apply for Clean Wells" in panel
    # Their draft venture is named to them, with the reason it cannot apply.
    assert "Half-written Venture" in panel and "Only a published venture can apply." in panel
    assert apply_url(call, draft) not in panel

    form = page(client, apply_url(call, venture))
    assert "Youth grants for clean water" in form
    assert re.search(rf'<option value="{venture.slug}"[^>]* selected>', form)


def test_a_team_member_can_apply_for_the_venture_they_joined(call: Call) -> None:
    venture = PublishedVentureFactory.create()
    member = VentureMembershipFactory.create(venture=venture).user
    assert f'href="{apply_url(call, venture)}"' in apply_panel(page(logged_in(member), call_url(call)))


@pytest.mark.parametrize("language", ["en", "th"])
def test_a_closed_call_says_so_and_when_it_closed(client: Client, language: str) -> None:
    call = CallFactory.create(
        status=Call.Status.CLOSED,
        opens_at=datetime.datetime(2024, 10, 1, 2, 0, tzinfo=UTC),
        closes_at=datetime.datetime(2024, 12, 31, 17, 30, tzinfo=UTC),  # 1 January 2025, 00:30 in Bangkok
    )
    venture = PublishedVentureFactory.create()
    for visitor in (client, logged_in(venture.owner)):
        panel = apply_panel(page(visitor, call_url(call, language)))
        if language == "en":
            assert "This call is closed: it stopped taking applications on 1 January 2025, 00:30" in panel
        else:
            assert "1 มกราคม 2568, 00:30" in panel and "2025" not in panel
        assert "/my/applications/apply/" not in panel and "/accounts/login/" not in panel


def test_a_call_past_its_deadline_is_closed_even_before_staff_close_it(client: Client, call: Call) -> None:
    Call.objects.filter(pk=call.pk).update(
        opens_at=datetime.datetime(2025, 1, 1, tzinfo=UTC), closes_at=datetime.datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    )
    panel = apply_panel(page(logged_in(PublishedVentureFactory.create().owner), call_url(call)))
    assert "it stopped taking applications on 1 March 2025, 16:00" in panel
    assert "/my/applications/apply/" not in panel


def test_a_call_closed_early_by_staff_gives_the_time_it_was_closed(client: Client, call: Call) -> None:
    call_close(call=call, by=SuperuserFactory.create())
    closed_at = timezone.localtime(AuditEntry.objects.for_object(call).get(action="call.close").created_at)
    panel = apply_panel(page(client, call_url(call)))
    assert f"it stopped taking applications on {closed_at.day} {closed_at:%B} {closed_at.year}, {closed_at:%H:%M}" in (
        panel
    )
    assert "/accounts/login/" not in panel


def test_a_call_not_open_yet_says_when_it_opens(client: Client) -> None:
    year = timezone.now().year + 1
    call = CallFactory.create(
        opens_at=datetime.datetime(year, 1, 5, 3, 0, tzinfo=UTC), closes_at=datetime.datetime(year, 2, 5, tzinfo=UTC)
    )
    panel = apply_panel(page(client, call_url(call)))
    assert f"it opens on 5 January {year}, 10:00 (Bangkok time)" in panel
    assert "/accounts/login/" not in panel


def test_when_no_venture_is_eligible_the_page_says_why(call: Call) -> None:
    entrepreneur = EntrepreneurFactory.create()
    laos = Country.objects.get(iso2="LA")
    elsewhere = PublishedVentureFactory.create(
        owner=entrepreneur,
        name_en="Vientiane Bikes",
        country=laos,
        province=None,
        areas=[SocialArea.objects.get(slug="public-sector-education")],
    )
    entrepreneur.entrepreneur.date_of_birth = datetime.date(1970, 1, 1)
    entrepreneur.entrepreneur.save()

    panel = apply_panel(page(logged_in(entrepreneur), call_url(call)))

    assert "None of your ventures can apply to this call:" in panel
    assert "Vientiane Bikes" in panel
    with translation.override("en"):
        problems = eligibility_problems(venture=elsewhere, call=call, applicant=entrepreneur)
    assert len(problems) == 3  # area, country, founder's age
    for problem in problems:
        assert escape(problem) in panel
    assert "/my/applications/apply/" not in panel


def test_someone_with_no_venture_is_asked_to_create_one(call: Call) -> None:
    panel = apply_panel(page(logged_in(EntrepreneurFactory.create()), call_url(call)))
    assert 'href="/en/my/ventures/new/"' in panel
    assert "/my/applications/apply/" not in panel


def test_a_venture_with_an_open_application_links_to_it_instead(call: Call) -> None:
    application = GrantApplicationFactory.create(call=call, status=ApplicationStatus.SUBMITTED)
    panel = apply_panel(page(logged_in(application.venture.owner), call_url(call)))
    assert f'href="/en/my/applications/{application.pk}/"' in panel
    assert "already has an application to this call (Submitted)" in panel
    assert apply_url(call, application.venture) not in panel


def test_the_call_page_names_no_unpublished_venture_to_the_public(client: Client, call: Call) -> None:
    draft = VentureFactory.create(name_en="Secret Draft Venture", name_th="ร่างลับ")
    GrantApplicationFactory.create(call=call, venture=draft)
    for language in ("th", "en"):
        html = page(client, call_url(call, language))
        assert "Secret Draft Venture" not in html and "ร่างลับ" not in html and f"/ventures/{draft.slug}/" not in html


XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def test_call_page_escapes_texts_staff_typed(client: Client) -> None:
    call = CallFactory.create(title_en=XSS, title_th=XSS, description_en=XSS, description_th=XSS)
    ReviewCriterionFactory.create(call=call, name_en=XSS, name_th=XSS)
    CallQuestionFactory.create(call=call, text_en=XSS, text_th=XSS)
    for language in ("th", "en"):
        html = page(client, call_url(call, language))
        assert "<script>alert" not in html and "<img src=x" not in html
        assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in html
