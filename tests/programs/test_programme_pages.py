"""The public programme list and programme pages: what each offers, partners, calls with their
deadlines in Bangkok time, eligibility in words, and outcomes computed from the rows."""

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.html import escape

from grants.models import Award
from programs.models import Call, Participation, Partner, Programme
from programs.selectors import eligibility_in_words, programme_outcomes
from registry.models import Country, SocialArea
from tests.factories import (
    AwardFactory,
    CallFactory,
    GrantApplicationFactory,
    ParticipationFactory,
    PublishedVentureFactory,
    VentureFactory,
)

pytestmark = pytest.mark.django_db

UTC = datetime.UTC
XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


def page(client: Any, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return str(response.content.decode())


def figures(html: str, programme: Programme | None = None) -> dict[str, str]:
    """The `data-figure` values on a page (or in one programme's card of the list)."""
    if programme is not None:
        card = re.search(rf'<article aria-labelledby="programme-{programme.pk}-name">.*?</article>', html, re.S)
        assert card is not None, programme.slug
        html = card.group(0)
    return dict(re.findall(r'data-figure="([a-z_]+)">([^<]*)<', html))


def thb(amount: Decimal) -> str:
    """As the pages print baht: whole baht with thousands separators."""
    return f"{amount.quantize(Decimal('1'), rounding=ROUND_HALF_UP):,}"


@pytest.fixture
def grants_programme() -> Programme:
    return Programme.objects.get(slug="project-grants")


@pytest.fixture
def competition() -> Programme:
    return Programme.objects.get(kind=Programme.Kind.COMPETITION)


@pytest.fixture
def assessment() -> Programme:
    return Programme.objects.get(kind=Programme.Kind.IMPACT_ASSESSMENT)


# --- The list of programmes ------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_list_shows_every_programme_with_its_offer_and_partners(client: Any, language: str) -> None:
    html = page(client, f"/{language}/programs/")
    assert f'<html lang="{language}">' in html
    programmes = list(Programme.objects.filter(is_active=True))
    assert len(programmes) == 5
    with translation.override(language):
        for programme in programmes:
            assert f'href="/{language}/programs/{programme.slug}/"' in html
            assert escape(programme.name) in html
            assert escape(programme.summary) in html
            for partner in programme.partners.all():
                assert escape(partner.name) in figures_card(html, programme)
    other_name = "name_en" if language == "th" else "name_th"
    assert getattr(programmes[0], other_name) not in html


def figures_card(html: str, programme: Programme) -> str:
    card = re.search(rf'<article aria-labelledby="programme-{programme.pk}-name">.*?</article>', html, re.S)
    assert card is not None
    return card.group(0)


def test_the_list_counts_open_calls_and_outcomes_from_the_rows(client: Any, grants_programme, competition) -> None:
    now = timezone.now()
    CallFactory.create(programme=grants_programme)
    CallFactory.create(programme=grants_programme)
    CallFactory.create(programme=grants_programme, status=Call.Status.DRAFT)
    CallFactory.create(programme=grants_programme, status=Call.Status.CANCELLED)
    CallFactory.create(programme=grants_programme, opens_at=now + datetime.timedelta(days=3))  # not open yet
    past = CallFactory.create(
        programme=grants_programme,
        status=Call.Status.CLOSED,
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=30),
    )
    CallFactory.create(programme=competition)
    # Grants of the past call: two to one venture, one to a draft venture, one to a venture that also took part.
    first = AwardFactory.create(application__call=past, amount=Decimal("700000"), amount_thb=Decimal("700000"))
    AwardFactory.create(
        application=GrantApplicationFactory.create(venture=first.application.venture, call=past, status="approved"),
        amount_thb=Decimal("300000.40"),
    )
    AwardFactory.create(
        application__call=past, application__venture=VentureFactory.create(), amount_thb=Decimal("1250000")
    )
    both = AwardFactory.create(application__call=past, amount_thb=Decimal("99999.70"))
    Participation.objects.create(venture=both.application.venture, programme=grants_programme)
    ParticipationFactory.create(programme=grants_programme, outcome=Participation.Outcome.PARTICIPANT)
    for _ in range(3):
        ParticipationFactory.create(
            programme=competition, partner=None, outcome=Participation.Outcome.ENTRANT, start_date=None, end_date=None
        )

    html = page(client, "/en/programs/")

    awards = list(Award.objects.filter(application__call__programme=grants_programme))
    supported = {a.application.venture_id for a in awards} | set(
        Participation.objects.filter(programme=grants_programme).values_list("venture_id", flat=True)
    )
    assert len(supported) == 4
    assert figures(html, grants_programme) == {
        "open_calls": "2",
        "ventures_supported": str(len(supported)),
        "thb_granted": thb(sum((a.amount_thb for a in awards), Decimal("0"))),
    }
    assert figures(html, grants_programme)["thb_granted"] == "2,350,000"
    assert figures(html, competition) == {"open_calls": "1", "ventures_supported": "3", "thb_granted": "0"}
    for programme in Programme.objects.filter(is_active=True):
        outcomes = programme_outcomes(programme)
        assert figures(html, programme)["ventures_supported"] == str(outcomes.ventures_supported)
        assert figures(html, programme)["thb_granted"] == thb(outcomes.thb_granted)


def test_an_inactive_programme_is_neither_listed_nor_shown(client: Any, grants_programme) -> None:
    grants_programme.is_active = False
    grants_programme.save()
    assert "/en/programs/project-grants/" not in page(client, "/en/programs/")
    assert client.get("/en/programs/project-grants/").status_code == 404


# --- One programme's page ------------------------------------------------------------------------


@pytest.fixture
def calls(grants_programme) -> dict[str, Call]:
    """An open call with rules (closing 23:59 Bangkok time next 31 March), a past one (closed on
    New Year's Day 2025, 00:30 Bangkok time: still 2024 in UTC), one not open yet, a draft and a
    cancelled one."""
    now = timezone.now()
    year = now.year + 1
    open_call = CallFactory.create(
        programme=grants_programme,
        slug="clean-water-2",
        title_th="ทุนน้ำสะอาด รอบที่ 2",
        title_en="Clean water grants, round 2",
        closes_at=datetime.datetime(year, 3, 31, 16, 59, tzinfo=UTC),
        budget=Decimal("12500000"),
        youth_only=True,
        max_founder_age=35,
        currency="LAK",
    )
    open_call.eligible_areas.set([SocialArea.objects.get(slug="health")])
    open_call.eligible_countries.set([Country.objects.get(iso2="LA"), Country.objects.get(iso2="TH")])
    past = CallFactory.create(
        programme=grants_programme,
        slug="clean-water-1",
        title_th="ทุนน้ำสะอาด รอบที่ 1",
        title_en="Clean water grants, round 1",
        status=Call.Status.CLOSED,
        opens_at=datetime.datetime(2024, 10, 1, 2, 0, tzinfo=UTC),
        closes_at=datetime.datetime(2024, 12, 31, 17, 30, tzinfo=UTC),
    )
    upcoming = CallFactory.create(
        programme=grants_programme,
        slug="clean-water-3",
        title_en="Clean water grants, round 3",
        opens_at=datetime.datetime(year, 6, 1, 1, 0, tzinfo=UTC),
        closes_at=datetime.datetime(year, 8, 1, 1, 0, tzinfo=UTC),
    )
    draft = CallFactory.create(
        programme=grants_programme, slug="secret-draft", title_en="Secret draft call", status=Call.Status.DRAFT
    )
    cancelled = CallFactory.create(
        programme=grants_programme, slug="gone", title_en="Cancelled call", status=Call.Status.CANCELLED
    )
    return {"open": open_call, "past": past, "upcoming": upcoming, "draft": draft, "cancelled": cancelled}


def section(html: str, heading_id: str) -> str:
    match = re.search(rf'<section aria-labelledby="{heading_id}">.*?</section>', html, re.S)
    assert match is not None, heading_id
    return match.group(0)


def test_programme_page_in_english(client: Any, calls) -> None:
    html = page(client, "/en/programs/project-grants/")
    assert '<html lang="en">' in html
    assert "<h1 " in html and "Project grant programme" in html
    nia = Partner.objects.get(slug="nia")
    partners = section(html, "partners-title")
    assert f'<a href="{nia.website}" rel="noopener">{escape(nia.name_en)}' in partners
    open_calls = section(html, "open-calls-title")
    assert 'href="/en/programs/project-grants/calls/clean-water-2/"' in open_calls
    assert f"31 March {calls['open'].closes_at.year}, 23:59" in open_calls
    assert "Bangkok time" in open_calls
    assert "12,500,000 LAK" in open_calls
    with translation.override("en"):
        for line in eligibility_in_words(calls["open"]):
            assert escape(line) in open_calls
    assert "For youth-led ventures only." in open_calls
    assert "The applicant must be 35 or younger" in open_calls
    assert "Open to ventures working in: Health." in open_calls
    assert "Lao PDR" in open_calls and "Thailand" in open_calls
    past = section(html, "past-calls-title")
    assert "Clean water grants, round 1" in past
    assert "1 January 2025, 00:30" in past  # 31 Dec 2024 17:30 UTC
    assert "Clean water grants, round 2" not in past
    assert "Clean water grants, round 3" in section(html, "upcoming-calls-title")
    assert "Secret draft call" not in html and "Cancelled call" not in html


def test_programme_page_in_thai_counts_years_in_the_buddhist_era(client: Any, calls) -> None:
    html = page(client, "/th/programs/project-grants/")
    assert '<html lang="th">' in html
    assert "โปรแกรมการสนับสนุนทุนโครงการ" in html
    buddhist_year = calls["open"].closes_at.year + 543
    open_calls = section(html, "open-calls-title")
    assert "ทุนน้ำสะอาด รอบที่ 2" in open_calls
    assert f"31 มีนาคม {buddhist_year}, 23:59" in open_calls
    assert f"31 มีนาคม {buddhist_year - 543}" not in open_calls
    with translation.override("th"):
        for line in eligibility_in_words(calls["open"]):
            assert escape(line) in open_calls
    assert "1 มกราคม 2568, 00:30" in section(html, "past-calls-title")
    assert 'href="/th/programs/project-grants/calls/clean-water-2/"' in open_calls


def test_outcomes_on_the_programme_page_equal_sums_over_the_rows(client: Any, grants_programme) -> None:
    amounts = [Decimal("700000.00"), Decimal("450000.40"), Decimal("1250000.00")]
    awards = [AwardFactory.create(amount=amount, amount_thb=amount) for amount in amounts]
    hidden = AwardFactory.create(application__venture=VentureFactory.create(name_en="Hidden Grantee"))
    Participation.objects.create(venture=awards[0].application.venture, programme=grants_programme)
    took_part_only = ParticipationFactory.create(programme=grants_programme, outcome="participant")

    html = page(client, "/en/programs/project-grants/")

    rows = list(Award.objects.filter(application__call__programme=grants_programme))
    total = sum((award.amount_thb for award in rows), Decimal("0"))
    supported = {award.application.venture_id for award in rows} | {took_part_only.venture_id}
    assert figures(html) == {
        "ventures_supported": str(len(supported)),
        "grants_approved": str(len(rows)),
        "thb_granted": thb(total),
    }
    assert figures(html)["thb_granted"] == "3,200,000"  # 2,400,000.40 + 800,000 (the hidden grantee's)
    ventures = section(html, "programme-ventures-title")
    for award in awards:
        assert f'href="/en/ventures/{award.application.venture.slug}/"' in ventures
    assert f'href="/en/ventures/{took_part_only.venture.slug}/"' in ventures
    assert "Hidden Grantee" not in html and f"/ventures/{hidden.application.venture.slug}/" not in html


def test_competition_winners_with_their_prizes_published_ones_only(client: Any, competition) -> None:
    winner = PublishedVentureFactory.create(name_en="Mekong Makers", name_th="เมคองเมกเกอร์")
    draft = VentureFactory.create(name_en="Unpublished Champion", name_th="แชมป์ที่ยังไม่เผยแพร่")
    Participation.objects.create(
        venture=winner,
        programme=competition,
        outcome="winner",
        prize_amount=Decimal("150000"),
        cohort="Youth Co:Lab 2024",
        start_date=datetime.date(2024, 9, 1),
    )
    Participation.objects.create(venture=draft, programme=competition, outcome="winner", prize_amount=Decimal("99"))
    entrant = ParticipationFactory.create(
        programme=competition, partner=None, outcome="entrant", start_date=None, end_date=None
    )

    for language, name, baht in (("en", "Mekong Makers", "THB"), ("th", "เมคองเมกเกอร์", "บาท")):
        html = page(client, f"/{language}/programs/{competition.slug}/")
        winners = section(html, "winners-title")
        assert f'<a href="/{language}/ventures/{winner.slug}/">{name}</a>' in winners
        assert f"150,000 {baht}" in winners
        assert "Youth Co:Lab 2024" in winners
        assert entrant.venture.name_en not in winners
        assert "Unpublished Champion" not in html and "แชมป์ที่ยังไม่เผยแพร่" not in html
        assert f"/ventures/{draft.slug}/" not in html
        assert figures(html)["ventures_supported"] == "3"


def test_impact_assessment_results_method_and_ratio_or_score(client: Any, assessment) -> None:
    sroi = PublishedVentureFactory.create(name_en="Clean Air Co")
    scored = PublishedVentureFactory.create(name_en="Green Schools")
    hidden = VentureFactory.create(name_en="Draft Assessed")
    common = {"programme": assessment, "outcome": "impact_assessed"}
    Participation.objects.create(
        venture=sroi,
        assessment_method="SROI",
        sroi_ratio=Decimal("3.40"),
        report_url="https://reports.example.org/clean-air.pdf",
        end_date=datetime.date(2025, 2, 1),
        **common,
    )
    Participation.objects.create(venture=scored, assessment_method="Outcome star", impact_score=Decimal("78"), **common)
    Participation.objects.create(venture=hidden, assessment_method="SROI", sroi_ratio=Decimal("9.00"), **common)

    html = page(client, f"/en/programs/{assessment.slug}/")
    results = section(html, "assessments-title")
    assert "Clean Air Co" in results and "SROI 3.40 : 1" in results
    assert 'href="https://reports.example.org/clean-air.pdf"' in results
    assert "Green Schools" in results and "Outcome star" in results and "score 78" in results
    assert "Draft Assessed" not in html and "9.00" not in results
    # The count and the average are over the published results shown (as programme_outcomes gives them).
    outcomes = programme_outcomes(assessment)
    assert figures(html)["assessed"] == str(outcomes.assessed_count) == "2"
    assert figures(html)["mean_sroi"] == "3.40 : 1"


def test_programme_page_escapes_what_staff_and_entrepreneurs_typed(client: Any, competition) -> None:
    partner = Partner.objects.create(
        slug="xss-partner", name_th=XSS, name_en=XSS, kind="company", country=Country.objects.get(iso2="TH")
    )
    competition.partners.add(partner)
    competition.description_en = XSS
    competition.save()
    call = CallFactory.create(programme=competition, title_en=XSS, description_en=XSS)
    venture = PublishedVentureFactory.create(name_en=XSS, summary_en=XSS)
    Participation.objects.create(
        venture=venture, programme=competition, call=call, cohort=XSS, outcome="winner", prize_amount=Decimal("1")
    )
    for url in ("/en/programs/", f"/en/programs/{competition.slug}/", call.get_absolute_url().replace("/th/", "/en/")):
        html = page(client, url)
        assert "<script>alert" not in html, url
        assert "<img src=x" not in html, url
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in page(client, f"/en/programs/{competition.slug}/")


def _programme_page_queries(client: Any, programme: Programme) -> int:
    with CaptureQueriesContext(connection) as queries:
        page(client, f"/en/programs/{programme.slug}/")
    return len(queries)


def test_programme_page_queries_do_not_grow_with_calls_and_participations(client: Any, competition) -> None:
    def add_rows(n: int) -> None:
        now = timezone.now()
        for i in range(n):
            call = CallFactory.create(programme=competition)
            call.eligible_areas.set(SocialArea.objects.all()[: i + 1])
            call.eligible_countries.set(Country.objects.all()[: i + 1])
            CallFactory.create(
                programme=competition,
                status=Call.Status.CLOSED,
                opens_at=now - datetime.timedelta(days=90 + i),
                closes_at=now - datetime.timedelta(days=30 + i),
            )
            CallFactory.create(programme=competition, opens_at=now + datetime.timedelta(days=5 + i))
            Participation.objects.create(
                venture=PublishedVentureFactory.create(),
                programme=competition,
                call=call,
                outcome="winner",
                prize_amount=Decimal(1000 * (i + 1)),
            )
            ParticipationFactory.create(
                programme=competition, partner=None, outcome="finalist", start_date=None, end_date=None
            )
            AwardFactory.create(application__call=call)

    add_rows(1)
    _programme_page_queries(client, competition)  # warm-up: nothing cached changes the count below
    few = _programme_page_queries(client, competition)
    add_rows(8)
    many = _programme_page_queries(client, competition)
    assert many == few
    list_few = CaptureQueriesContext(connection)
    with list_few:
        page(client, "/en/programs/")
    add_rows(3)
    with CaptureQueriesContext(connection) as list_many:
        page(client, "/en/programs/")
    assert len(list_many) == len(list_few)


def test_sitemap_lists_public_calls_in_both_languages(client: Any, calls) -> None:
    index = page(client, "/sitemap.xml")
    assert "http://testserver/sitemap-calls.xml" in index
    body = page(client, "/sitemap-calls.xml")
    for language in ("th", "en"):
        for key in ("open", "past", "upcoming"):
            assert f"http://testserver/{language}/programs/project-grants/calls/{calls[key].slug}/" in body
    assert "secret-draft" not in body and "/gone/" not in body
