"""Public pages other than the directory: venture, area and programme pages, feed, sitemap,
robots.txt, OpenGraph, the language switch, Buddhist-era dates, and escaping everywhere."""

import datetime
import json
import re
from decimal import Decimal
from html.parser import HTMLParser
from xml.etree import ElementTree

import feedparser
import pytest
from django.utils import timezone

from programs.models import ImpactIndicator, ImpactMeasurement, Participation, Programme
from registry.models import Sdg
from registry.models.ventures import VentureStatus
from tests.factories import AwardFactory, CallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rich_venture(make_venture, reindex):
    venture = make_venture(
        slug="river-guardians",
        name_th="ผู้พิทักษ์แม่น้ำ",
        name_en="River Guardians",
        summary_th="ชุมชนเฝ้าระวังคุณภาพน้ำ",
        summary_en="Communities watch over their river.",
        problem_th="แม่น้ำเน่าเสียจากน้ำทิ้ง",
        description_th="อาสาสมัครเก็บตัวอย่างน้ำทุกเดือน",
        areas=["environmental-conservation", "health"],
        stage="growth",
        youth_led=True,
        verified=True,
        verified_at=timezone.make_aware(datetime.datetime(2025, 3, 5, 10, 0)),
        founded_year=2019,
        website="https://river.example.org",
        contact_email="hello@river.example.org",
        contact_phone="+66 81 234 5678",
        contact_public=False,
    )
    venture.sdgs.add(Sdg.objects.get(number=6))
    programme = Programme.objects.get(slug="business-plan-competition")
    Participation.objects.create(
        venture=venture,
        programme=programme,
        cohort="2024",
        outcome=Participation.Outcome.WINNER,
        start_date=datetime.date(2024, 6, 1),
        prize_amount=Decimal("50000"),
    )
    AwardFactory(
        application__venture=venture,
        application__call=CallFactory(title_th="ทุนโครงการ รอบที่ 7", title_en="Project grants, round 7"),
        amount=Decimal("750000.00"),
        amount_thb=Decimal("750000.00"),
        award_date=datetime.date(2025, 1, 15),
    )
    checked = timezone.now()  # entered (or checked) by staff: public
    indicator = ImpactIndicator.objects.create(
        venture=venture,
        name_th="ครัวเรือนที่ได้น้ำสะอาด",
        name_en="Households with clean water",
        unit="ครัวเรือน",
        checked_at=checked,
    )
    ImpactMeasurement.objects.create(
        indicator=indicator,
        period_start=datetime.date(2024, 1, 1),
        period_end=datetime.date(2024, 12, 31),
        actual=420,
        checked_at=checked,
    )
    reindex()
    return venture


def test_the_venture_page_shows_what_it_does_where_and_its_evidence(rich_venture, client):
    html = client.get("/en/ventures/river-guardians/").content.decode()
    for text in (
        "River Guardians",
        "Communities watch over their river.",
        "แม่น้ำเน่าเสียจากน้ำทิ้ง",  # the problem: shown in Thai when there is no English
        "Chiang Mai, Northern, Thailand",
        "Environmental conservation",
        "Health",
        "SDG 6",
        "Growth",
        "Youth-led",
        "Social innovation business plan competition",
        "Winner",
        "750,000.00 THB",
        "Households with clean water",
        "420",
        "Verified",
    ):
        assert text in html, text


def test_contact_details_are_public_only_with_consent(rich_venture, client):
    html = client.get("/en/ventures/river-guardians/").content.decode()
    assert "hello@river.example.org" not in html and "+66 81 234 5678" not in html
    assert "has not agreed to show its contact details" in html
    rich_venture.contact_public = True
    rich_venture.save()
    html = client.get("/en/ventures/river-guardians/").content.decode()
    assert "hello@river.example.org" in html and "+66 81 234 5678" in html


def test_thai_pages_give_years_in_the_buddhist_era(rich_venture, client):
    th = client.get("/th/ventures/river-guardians/").content.decode()
    en = client.get("/en/ventures/river-guardians/").content.decode()
    assert "15 มกราคม 2568" in th  # award date 15 January 2025
    assert "5 มีนาคม 2568" in th  # verified on 5 March 2025
    assert ">2562<" in th  # founded 2019
    assert "15 January 2025" in en and ">2019<" in en


def test_a_venture_that_is_not_published_is_not_found(make_venture, client):
    draft = make_venture(slug="draft", name_th="ร่าง", status=VentureStatus.DRAFT)
    assert client.get(f"/th/ventures/{draft.slug}/").status_code == 404


def test_area_page_lists_the_ventures_of_the_area(rich_venture, make_venture, client):
    make_venture(slug="school", name_th="โรงเรียน", areas=["public-sector-education"])
    html = client.get("/en/areas/health/").content.decode()
    assert "<h1" in html and "Health" in html
    assert "River Guardians" in html and "โรงเรียน" not in html
    assert "/en/ventures/?area=health" in html
    assert client.get("/en/areas/no-such-area/").status_code == 404


def test_programme_pages_show_what_they_offer_partners_calls_and_ventures(rich_venture, client):
    listing = client.get("/en/programs/").content.decode()
    for programme in Programme.objects.all():
        assert (
            programme.get_absolute_url().replace("/th/", "/en/") in listing
            or f"/en/programs/{programme.slug}/" in listing
        )
    CallFactory(programme=Programme.objects.get(slug="business-plan-competition"), title_en="Pitch night 2026")
    html = client.get("/en/programs/business-plan-competition/").content.decode()
    assert "Pitch night 2026" in html
    assert "River Guardians" in html
    partners = Programme.objects.get(slug="business-plan-competition").partners.all()
    for partner in partners:
        assert partner.name_en in html


def test_atom_feed_of_newly_published_ventures(rich_venture, make_venture, client):
    make_venture(slug="draft-feed", name_th="ร่างฟีด", status=VentureStatus.DRAFT)
    response = client.get("/en/feeds/ventures/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)  # noqa: S314 - our own response
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert [e.findtext(f"{atom}title") for e in entries] == ["River Guardians"]
    links = [link.get("href", "") for link in entries[0].iter(f"{atom}link")]
    assert links == ["http://testserver/en/ventures/river-guardians/"]


def test_sitemap_lists_public_pages_in_both_languages(rich_venture, make_venture, client):
    make_venture(slug="secret-draft", name_th="ร่าง", status=VentureStatus.DRAFT)
    index = client.get("/sitemap.xml").content.decode()
    sections = re.findall(r"<loc>([^<]+)</loc>", index)
    assert "http://testserver/sitemap-ventures.xml" in sections
    locations = []
    for section in sections:
        body = client.get(section.replace("http://testserver", "")).content.decode()
        locations += re.findall(r"<loc>([^<]+)</loc>", body)
        if "ventures" in section:
            assert 'hreflang="en"' in body
    assert "http://testserver/th/ventures/river-guardians/" in locations
    assert "http://testserver/en/ventures/river-guardians/" in locations
    assert "http://testserver/th/areas/health/" in locations
    assert "http://testserver/en/programs/project-grants/" in locations
    assert not any("secret-draft" in loc for loc in locations)


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_opengraph_tags(rich_venture, client):
    html = client.get("/en/ventures/river-guardians/").content.decode()
    assert '<meta property="og:title" content="River Guardians">' in html
    assert '<meta property="og:description" content="Communities watch over their river.">' in html
    assert '<meta property="og:url" content="http://testserver/en/ventures/river-guardians/">' in html
    assert '<meta property="og:locale" content="en_US">' in html
    assert '<meta property="og:locale" content="th_TH">' in client.get("/th/").content.decode()


def test_the_language_switch_keeps_the_page_and_the_query(rich_venture, client):
    response = client.get("/th/ventures/", {"q": "แม่น้ำ", "area": "health"})
    html = response.content.decode()
    switch = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S)
    assert switch is not None
    link = re.search(r'<a href="([^"]+)" hreflang="en"', switch.group(0))
    assert link is not None
    english = link.group(1).replace("&amp;", "&")
    assert english.startswith("/en/ventures/?")
    assert english == response.wsgi_request.get_full_path().replace("/th/", "/en/", 1)
    page = client.get(english)
    assert page.status_code == 200
    body = page.content.decode()
    assert '<html lang="en">' in body
    assert 'value="แม่น้ำ"' in body and "River Guardians" in body
    assert "Social-innovation area: Health" in body
    venture_switch = client.get("/en/ventures/river-guardians/").content.decode()
    assert 'href="/th/ventures/river-guardians/" hreflang="th"' in venture_switch


XSS = '<script>alert("xss")</script><img src=x onerror=alert(1)>'
TEXT_FIELDS = (
    "name_th",
    "name_en",
    "summary_th",
    "summary_en",
    "description_th",
    "description_en",
    "problem_th",
    "problem_en",
)


def test_xss_payloads_in_venture_fields_are_escaped_on_every_page(make_venture, reindex, client):
    venture = make_venture(
        slug="xss",
        **dict.fromkeys(TEXT_FIELDS, f"กาแฟ {XSS}"),
        areas=["health"],
    )
    Participation.objects.create(venture=venture, programme=Programme.objects.get(slug="project-grants"), cohort=XSS)
    reindex()
    pages = [
        "/th/",
        "/en/",
        "/th/ventures/",
        "/th/ventures/?q=กาแฟ",
        "/en/ventures/?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E",  # the query itself is echoed back
        "/th/ventures/xss/",
        "/en/ventures/xss/",
        "/th/areas/health/",
        "/en/programs/project-grants/",
        "/th/feeds/ventures/",
        "/sitemap.xml",
        "/sitemap-ventures.xml",
        "/api/v1/ventures/?q=กาแฟ",
        "/api/v1/ventures/xss/",
    ]
    for url in pages:
        response = client.get(url)
        body = response.content.decode()
        assert response.status_code == 200, url
        assert "<script>alert" not in body, url
        assert "<img src=x" not in body, url
    detail = client.get("/th/ventures/xss/").content.decode()
    assert "&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;" in detail
    api = client.get("/api/v1/ventures/xss/")
    assert api["Content-Type"] == "application/json"
    assert json.loads(api.content)["name_en"] == f"กาแฟ {XSS}"  # escaped, not altered


class _MarkupCollector(HTMLParser):
    """Every element and attribute a browser would build from a piece of HTML."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[str] = []
        self.attributes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(tag)
        self.attributes += [name for name, _value in attrs]


def _markup_a_reader_builds(detail: dict) -> _MarkupCollector:
    """What a feed reader renders from an Atom text construct: HTML is parsed, plain text is not."""
    collector = _MarkupCollector()
    if detail["type"] in ("text/html", "application/xhtml+xml"):
        collector.feed(detail["value"])
        collector.close()
    return collector


def test_atom_feed_never_turns_venture_text_into_markup(make_venture, client):
    payload = '"><img src=x onerror=alert(1)>'
    make_venture(slug="hostile", name_en=f"Venture {payload}", summary_en=f"Summary {payload}")
    # sanitize_html=False: judge the feed as a naive reader would see it, not after feedparser's clean-up
    parsed = feedparser.parse(client.get("/en/feeds/ventures/").content, sanitize_html=False)
    assert not parsed.bozo, parsed.get("bozo_exception")
    [entry] = parsed.entries
    for detail in (entry.title_detail, entry.summary_detail):
        markup = _markup_a_reader_builds(detail)
        assert markup.elements == [], detail
        assert markup.attributes == [], detail
    assert entry.summary == f"Summary {payload}"  # shown to the reader as the text it is
    assert entry.title == f"Venture {payload}"
