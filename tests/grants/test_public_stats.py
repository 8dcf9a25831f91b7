"""The public statistics: /<lang>/stats/ and /api/v1/stats/ show the same figures, which are the
sums over the rows; every chart has its table; Thai years are Buddhist-era years."""

import datetime
import json
import re
from collections import Counter, defaultdict
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.validation import validate_schema

from grants.models import Award, CoInvestment
from grants.selectors.stats import compute_public_stats
from programs.models import Programme
from registry.models import SocialArea, Venture, VentureArea
from registry.models.ventures import Stage, VentureStatus
from registry.search.index import bump_search_generation
from tests.factories import AwardFactory, CoInvestmentFactory, PublishedVentureFactory, VentureFactory
from tests.support.grants import expected_by, make_award

pytestmark = pytest.mark.django_db

DIMENSIONS = ["year", "area", "region", "country", "programme"]
CHART_IDS = [
    "chart-by-year",
    "chart-leverage-by-year",
    "chart-by-area",
    "map-granted-by-province",
    "chart-by-region",
    "chart-by-programme",
    "chart-by-country",
    "map-ventures-by-province",
    "chart-ventures-by-stage",
    "chart-ventures-by-area",
]


@pytest.fixture
def rows() -> list[Award]:
    """Awards in 2023 and 2025 (none in 2024), THB and VND, Thailand and Viet Nam, verified and
    unverified co-investment, one not linked to a grant; ventures at several stages."""
    awards = [
        make_award(area=1, programme="project-grants", year=2023, province="CMI", amount="800000", disbursed="400000"),
        make_award(area=1, programme="scale-up", year=2025, province="KKN", amount="2500000", disbursed="2500000"),
        make_award(area=3, programme="project-grants", year=2025, province="SKA", amount="450000.50"),
        make_award(
            area=5,
            programme="project-grants",
            year=2025,
            province=None,
            country="VN",
            currency="VND",
            amount="400000000",
            amount_thb="560000",
            disbursed="100000000",
        ),
    ]
    CoInvestmentFactory.create(
        venture=awards[0].application.venture,
        award=awards[0],
        amount=Decimal("3000000"),
        date=datetime.date(2023, 9, 1),
        verified=True,
    )
    CoInvestmentFactory.create(
        venture=awards[1].application.venture,
        award=awards[1],
        amount=Decimal("1200000"),
        date=datetime.date(2025, 3, 1),
        verified=True,
    )
    CoInvestmentFactory.create(
        venture=awards[3].application.venture,
        amount=Decimal("900000000"),
        currency="VND",
        amount_thb=Decimal("1260000"),
        date=datetime.date(2025, 1, 10),
        verified=True,
    )
    CoInvestmentFactory.create(  # not verified: never counted
        venture=awards[2].application.venture,
        award=awards[2],
        amount=Decimal("99999999"),
        date=datetime.date(2025, 2, 1),
    )
    Venture.objects.filter(pk=awards[1].application.venture_id).update(stage=Stage.SCALING)
    Venture.objects.filter(pk=awards[2].application.venture_id).update(stage=Stage.EARLY_REVENUE)
    PublishedVentureFactory.create(stage=Stage.IDEA, areas=[SocialArea.objects.get(code=7)])
    VentureFactory.create(stage=Stage.GROWTH)  # a draft: not in the figures
    return awards


def api(client: Client) -> dict[str, Any]:
    response = client.get("/api/v1/stats/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def money(value: str | Decimal) -> str:
    """An amount as the English page writes it, formatted here without the page's code."""
    return f"{Decimal(value):,.2f}"


# --- Reading the page ------------------------------------------------------------------------------------


class PageReader(HTMLParser):
    """Headline figures, and per chart section: its SVG's attributes, title and the table behind it."""

    def __init__(self) -> None:
        super().__init__()
        self.headline: dict[str, tuple[str, str]] = {}
        self.sections: dict[str, dict[str, Any]] = {}
        self._section: dict[str, Any] | None = None
        self._depth = 0
        self._capture: list[str] | None = None
        self._cell: dict[str, Any] | None = None
        self._row: list[dict[str, Any]] | None = None
        self._svg_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "dd" and a.get("data-figure"):
            self._cell = {"name": a["data-figure"], "value": a.get("data-value"), "text": []}
            self._capture = self._cell["text"]
        if tag == "section" and "chart-block" in (a.get("class") or ""):
            self._section = {"id": a["id"], "svgs": [], "tables": [], "empty": False, "titles": {}}
            self.sections[a["id"] or ""] = self._section
            self._depth = 0
        if self._section is None:
            return
        if tag == "section":
            self._depth += 1
        if tag == "svg":
            self._section["svgs"].append(a)
        if tag == "title" and self._section["svgs"] and a.get("id"):
            self._svg_title = True
            self._capture = []
            self._section["titles"][a["id"]] = self._capture
        if tag == "table":
            self._section["tables"].append({"caption": [], "columns": [], "rows": [], "id": a.get("id")})
        if tag == "caption":
            self._capture = self._section["tables"][-1]["caption"]
        if tag == "tr" and self._section["tables"]:
            self._row = []
        if tag == "th" and a.get("scope") == "col":
            self._cell = {"kind": "col", "text": []}
            self._capture = self._cell["text"]
        if tag in ("th", "td") and a.get("scope") != "col" and self._row is not None:
            self._cell = {"kind": tag, "scope": a.get("scope"), "value": a.get("data-value"), "text": []}
            self._capture = self._cell["text"]
        if tag == "p" and "chart-empty" in (a.get("class") or ""):
            self._section["empty"] = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "dd" and self._cell is not None and "name" in self._cell:
            self.headline[self._cell["name"]] = (self._cell["value"], "".join(self._cell["text"]).strip())
            self._cell = self._capture = None
        if self._section is None:
            return
        if tag in ("caption", "title"):
            self._capture = None
        if tag == "th" and self._cell is not None and self._cell["kind"] == "col":
            self._section["tables"][-1]["columns"].append("".join(self._cell["text"]).strip())
            self._cell = self._capture = None
        if tag in ("th", "td") and self._cell is not None and self._row is not None:
            self._row.append({**self._cell, "text": "".join(self._cell["text"]).strip()})
            self._cell = self._capture = None
        if tag == "tr" and self._row:
            self._section["tables"][-1]["rows"].append(self._row)
            self._row = None
        if tag == "section":
            self._depth -= 1
            if self._depth == 0:
                self._section = None

    def handle_data(self, data: str) -> None:
        if self._capture is not None:
            self._capture.append(data)


def read_page(client: Client, language: str) -> PageReader:
    response = client.get(f"/{language}/stats/")
    assert response.status_code == 200
    reader = PageReader()
    reader.feed(response.content.decode())
    return reader


def table_of(page: PageReader, chart_id: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """(row header, [(data-value, text) of every cell]) for each row of the chart's table."""
    (table,) = page.sections[chart_id]["tables"]
    return [(row[0]["text"], [(cell["value"], cell["text"]) for cell in row[1:]]) for row in table["rows"]]


# --- The figures are the sums over the rows -----------------------------------------------------------------


def test_the_headline_figures_are_the_sums_over_the_rows(rows: list[Award], client: Client) -> None:
    headline = api(client)["headline"]
    awards = list(Award.objects.all())
    verified = [c for c in CoInvestment.objects.all() if c.verified]
    granted = sum((a.amount_thb for a in awards), Decimal(0))
    leveraged = sum((c.amount_thb for c in verified), Decimal(0))
    assert headline == {
        "grants_approved": len(awards),
        "thb_granted": str(granted),
        "thb_disbursed": str(sum((a.amount_disbursed_thb for a in awards), Decimal(0))),
        "thb_leveraged": str(leveraged),
        "leverage_ratio": str((leveraged / granted).quantize(Decimal("0.01"))),
        "ventures_published": Venture.objects.filter(status=VentureStatus.PUBLISHED).count(),
    }
    assert (headline["thb_granted"], headline["thb_leveraged"], headline["leverage_ratio"]) == (
        "4310000.50",
        "5460000.00",
        "1.27",
    )
    assert headline["ventures_published"] == 5


@pytest.mark.parametrize("dimension", DIMENSIONS)
def test_every_breakdown_is_the_sums_over_the_rows(rows: list[Award], client: Client, dimension: str) -> None:
    groups = api(client)[f"by_{dimension}"]
    shown = {
        group["name_en"]: (
            group["grants_approved"],
            Decimal(group["thb_granted"]),
            Decimal(group["thb_disbursed"]),
            Decimal(group["thb_leveraged"]),
        )
        for group in groups
        if group["grants_approved"] or Decimal(group["thb_leveraged"])
    }
    with translation.override("en"):  # the request left its own language active
        assert shown == expected_by(dimension)
    for group in groups:
        granted, leveraged = Decimal(group["thb_granted"]), Decimal(group["thb_leveraged"])
        expected_ratio = str((leveraged / granted).quantize(Decimal("0.01"))) if granted else None
        assert group["leverage_ratio"] == expected_ratio


def test_years_run_without_gaps_and_carry_both_calendars(rows: list[Award], client: Client) -> None:
    years = api(client)["by_year"]
    assert [(y["key"], y["name_en"], y["name_th"]) for y in years] == [
        ("2023", "2023", "2566"),
        ("2024", "2024", "2567"),
        ("2025", "2025", "2568"),
    ]
    assert years[1]["grants_approved"] == 0 and years[1]["thb_granted"] == "0.00"
    assert years[1]["leverage_ratio"] is None


def test_groups_are_named_by_stable_codes(rows: list[Award], client: Client) -> None:
    data = api(client)
    assert [g["key"] for g in data["by_country"]] == ["TH", "VN"]
    assert [g["key"] for g in data["by_region"]] == ["north", "northeast", "south", None]
    assert data["by_region"][-1]["name_en"] == "Outside Thailand's regions"
    assert [g["key"] for g in data["by_programme"]] == ["project-grants", "scale-up", None]
    assert data["by_programme"][-1]["name_en"] == "Not linked to a grant"
    assert data["by_area"][0]["key"] == "environmental-conservation"


def test_ventures_by_stage_and_area_count_published_ventures(rows: list[Award], client: Client) -> None:
    data = api(client)
    published = list(Venture.objects.filter(status=VentureStatus.PUBLISHED))
    stages = Counter(v.stage for v in published)
    assert [(g["key"], g["ventures"]) for g in data["ventures_by_stage"]] == [(s.value, stages[s.value]) for s in Stage]
    assert {g["key"]: g["name_en"] for g in data["ventures_by_stage"]}["early_revenue"] == "Early revenue"
    in_area: dict[str, int] = defaultdict(int)
    for link in VentureArea.objects.filter(venture__in=published).select_related("area"):
        in_area[link.area.slug] += 1
    assert {g["key"]: g["ventures"] for g in data["ventures_by_area"]} == {
        area.slug: in_area[area.slug] for area in SocialArea.objects.filter(is_active=True)
    }
    assert sum(g["ventures"] for g in data["ventures_by_stage"]) == data["headline"]["ventures_published"] == 5


# --- The page shows the API's numbers ------------------------------------------------------------------------


def test_the_english_page_shows_the_numbers_of_the_api(rows: list[Award], client: Client) -> None:
    data = api(client)
    page = read_page(client, "en")
    headline = data["headline"]
    for name in ("thb_granted", "thb_disbursed", "thb_leveraged"):
        assert page.headline[name] == (headline[name], money(headline[name]))
    assert page.headline["grants_approved"] == ("4", "4")
    assert page.headline["leverage_ratio"] == ("1.27", "1.27 : 1")
    assert page.headline["ventures_published"] == ("5", "5")

    money_tables = {
        "chart-by-year": "by_year",
        "chart-by-area": "by_area",
        "chart-by-region": "by_region",
        "chart-by-programme": "by_programme",
        "chart-by-country": "by_country",
    }
    for chart_id, key in money_tables.items():
        expected = [
            (
                group["name_en"],
                [
                    (str(group["grants_approved"]), str(group["grants_approved"])),
                    (group["thb_granted"], money(group["thb_granted"])),
                    (group["thb_disbursed"], money(group["thb_disbursed"])),
                    (group["thb_leveraged"], money(group["thb_leveraged"])),
                    (
                        group["leverage_ratio"] or "",
                        f"{group['leverage_ratio']} : 1" if group["leverage_ratio"] else "—",
                    ),
                ],
            )
            for group in data[key]
        ]
        assert table_of(page, chart_id) == expected, chart_id
    assert table_of(page, "chart-leverage-by-year") == [
        (
            group["name_en"],
            [
                (group["thb_granted"], money(group["thb_granted"])),
                (group["thb_leveraged"], money(group["thb_leveraged"])),
                (group["leverage_ratio"] or "", f"{group['leverage_ratio']} : 1" if group["leverage_ratio"] else "—"),
            ],
        )
        for group in data["by_year"]
    ]
    for chart_id, key in (
        ("chart-ventures-by-stage", "ventures_by_stage"),
        ("chart-ventures-by-area", "ventures_by_area"),
    ):
        assert table_of(page, chart_id) == [
            (group["name_en"], [(str(group["ventures"]), str(group["ventures"]))]) for group in data[key]
        ]


def test_the_thai_page_shows_the_same_numbers_with_thai_names(rows: list[Award], client: Client) -> None:
    data = api(client)
    english, thai = read_page(client, "en"), read_page(client, "th")
    assert thai.headline == english.headline
    for chart_id in CHART_IDS:
        if chart_id.startswith("map-"):
            continue  # places in the alphabetical order of each language (test_stats_maps.py)
        assert [cells for _name, cells in table_of(thai, chart_id)] == [
            cells for _name, cells in table_of(english, chart_id)
        ]
    assert [name for name, _cells in table_of(thai, "chart-by-area")] == [g["name_th"] for g in data["by_area"]]
    assert table_of(thai, "chart-by-area")[0][0] == "การอนุรักษ์สิ่งแวดล้อม"
    assert [name for name, _cells in table_of(thai, "chart-ventures-by-stage")] == [
        g["name_th"] for g in data["ventures_by_stage"]
    ]


def test_the_thai_page_counts_years_in_the_buddhist_era(rows: list[Award], client: Client) -> None:
    thai = client.get("/th/stats/").content.decode()
    english = client.get("/en/stats/").content.decode()
    for chart_id in ("chart-by-year", "chart-leverage-by-year"):
        thai_chart = section(thai, chart_id)
        english_chart = section(english, chart_id)
        svg_th, svg_en = svg_of(thai_chart), svg_of(english_chart)
        for buddhist, gregorian in (("2566", "2023"), ("2567", "2024"), ("2568", "2025")):
            assert f">{buddhist}</text>" in svg_th and f">{gregorian}</text>" not in svg_th
            assert f">{gregorian}</text>" in svg_en and f">{buddhist}</text>" not in svg_en
            assert f'<th scope="row">{buddhist}</th>' in thai_chart
            assert f'<th scope="row">{gregorian}</th>' in english_chart
    assert [name for name, _cells in table_of(read_page(client, "th"), "chart-by-year")] == ["2566", "2567", "2568"]


def section(page: str, chart_id: str) -> str:
    start = page.index(f'<section class="chart-block" id="{chart_id}"')
    return page[start : page.index("</section>", start)]


def svg_of(html: str) -> str:
    return html[html.index("<svg") : html.index("</svg>")]


# --- Every chart has its table ---------------------------------------------------------------------------------


def test_every_chart_has_an_accessible_table_behind_it(rows: list[Award], client: Client) -> None:
    for language in ("en", "th"):
        page = read_page(client, language)
        assert list(page.sections) == CHART_IDS
        for chart_id, found in page.sections.items():
            (svg,) = found["svgs"]
            # A map is a group of links (each tile names itself), a chart one image.
            assert svg["role"] == ("group" if chart_id.startswith("map-") else "img")
            title_id = svg["aria-labelledby"]
            title = "".join(found["titles"][title_id])
            assert title and svg["aria-describedby"] == f"{chart_id}-desc"
            (table,) = found["tables"]
            assert "".join(table["caption"]).strip() == title
            assert len(table["columns"]) >= 2
            assert table["rows"] and all(row[0]["scope"] == "row" for row in table["rows"])
            assert all(len(row) == len(table["columns"]) for row in table["rows"])


def test_each_chart_describes_itself_in_words(rows: list[Award], client: Client) -> None:
    page = client.get("/en/stats/").content.decode()
    desc = re.search(r'<desc id="chart-by-year-desc">([^<]*)</desc>', page)
    assert desc is not None
    assert desc.group(1) == (
        "THB granted: highest 3.51 M (2025). THB leveraged: highest 3 M (2023). "
        "Every figure is in the table below the chart."
    )


# --- Empty, odd and hostile data ---------------------------------------------------------------------------


def test_an_empty_registry_renders_without_errors(client: Client) -> None:
    data = api(client)
    assert data["headline"] == {
        "grants_approved": 0,
        "thb_granted": "0.00",
        "thb_disbursed": "0.00",
        "thb_leveraged": "0.00",
        "leverage_ratio": None,
        "ventures_published": 0,
    }
    assert all(data[f"by_{d}"] == [] for d in DIMENSIONS)
    assert all(g["ventures"] == 0 for g in data["ventures_by_stage"])
    for language in ("en", "th"):
        page = read_page(client, language)
        assert page.headline["leverage_ratio"] == ("", "—")
        assert all(found["empty"] and not found["svgs"] and not found["tables"] for found in page.sections.values())
    text = client.get("/en/stats/").content.decode()
    assert "No grants awarded yet." in text and "No ventures published yet." in text


def test_a_zero_award_gives_no_ratio_rather_than_a_division_by_zero(client: Client) -> None:
    award = AwardFactory.create(amount=Decimal("0"), award_date=datetime.date(2025, 5, 1))
    CoInvestmentFactory.create(venture=award.application.venture, amount=Decimal("10000"), verified=True)
    data = api(client)
    assert data["headline"]["leverage_ratio"] is None
    page = read_page(client, "en")
    assert page.headline["leverage_ratio"] == ("", "—")
    assert all(cells[-1] == ("", "—") for _name, cells in table_of(page, "chart-by-area"))
    assert page.sections["chart-leverage-by-year"]["empty"]


def test_names_with_markup_are_escaped_in_the_charts_the_tables_and_the_api(rows: list[Award], client: Client) -> None:
    hostile = '<script>alert("x")</script>'
    SocialArea.objects.filter(code=1).update(name_en=hostile, name_th=hostile)
    Programme.objects.filter(slug="scale-up").update(name_en=f"Scale {hostile}", name_th=f"ขยายผล {hostile}")
    for language in ("en", "th"):
        page = client.get(f"/{language}/stats/").content.decode()
        assert "<script" not in page
        escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
        for chart_id in ("chart-by-area", "chart-by-programme", "chart-ventures-by-area"):
            chart = section(page, chart_id)
            assert escaped in svg_of(chart)
            assert escaped in chart[chart.index("<table") :]
        read = read_page(client, language)
        assert hostile in [name for name, _cells in table_of(read, "chart-by-area")]
    body = client.get("/api/v1/stats/").content
    assert b"<script" not in body and b"\\u003cscript\\u003e" in body
    assert json.loads(body)["by_area"][0]["name_en"] == hostile


def test_the_page_keeps_the_content_security_policy(rows: list[Award], client: Client) -> None:
    response = client.get("/en/stats/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    page = response.content.decode()
    assert "<script" not in page and "<style" not in page and " style=" not in page
    assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)[^\"' ]+\.(js|css)", page)


# --- Cost and caching ----------------------------------------------------------------------------------------


def test_the_figures_cost_the_same_queries_for_4_and_12_awards(rows: list[Award]) -> None:
    cache.clear()
    with CaptureQueriesContext(connection) as few:
        compute_public_stats()
    for i in range(8):
        make_award(area=2 + i % 3, programme="scale-up", year=2016 + i, province="BKK", amount="1000")
    cache.clear()
    with CaptureQueriesContext(connection) as more:
        stats = compute_public_stats()
    assert stats.totals.grants_approved == 12
    assert len(more) == len(few), [q["sql"] for q in more.captured_queries]
    assert len(few) <= 20


def test_the_page_costs_the_same_queries_for_4_and_12_awards(rows: list[Award], client: Client, settings: Any) -> None:
    settings.REGISTRY_STATS_CACHE_SECONDS = 0
    client.get("/en/stats/")  # warm the per-process caches
    with CaptureQueriesContext(connection) as few:
        client.get("/en/stats/")
    for i in range(8):
        make_award(area=2 + i % 3, programme="scale-up", year=2016 + i, province="BKK", amount="1000")
    with CaptureQueriesContext(connection) as more:
        client.get("/en/stats/")
    assert len(more) == len(few), [q["sql"] for q in more.captured_queries]


def test_the_figures_are_computed_once_then_served_from_the_cache(rows: list[Award], client: Client) -> None:
    first = api(client)
    with CaptureQueriesContext(connection) as queries:
        again = api(client)
        page = read_page(client, "en")
    assert again == first
    assert not [q for q in queries.captured_queries if "grants_award" in q["sql"]]
    assert page.headline["thb_granted"][0] == first["headline"]["thb_granted"]
    # A new award shows when the cached copy expires (a few minutes) ...
    make_award(area=2, programme="project-grants", year=2025, province="CMI", amount="1000000")
    assert api(client)["headline"]["grants_approved"] == 4
    cache.clear()
    assert api(client)["headline"]["grants_approved"] == 5


def test_a_change_to_the_published_ventures_shows_at_once(rows: list[Award], client: Client) -> None:
    assert api(client)["headline"]["ventures_published"] == 5
    PublishedVentureFactory.create()
    bump_search_generation()  # what publishing through the service does once the venture is indexed
    assert api(client)["headline"]["ventures_published"] == 6


def test_without_cache_seconds_the_figures_are_computed_every_time(
    rows: list[Award], client: Client, settings: Any
) -> None:
    settings.REGISTRY_STATS_CACHE_SECONDS = 0
    assert api(client)["headline"]["grants_approved"] == 4
    make_award(area=2, programme="project-grants", year=2025, province="CMI", amount="1000000")
    assert api(client)["headline"]["grants_approved"] == 5


# --- The OpenAPI schema and the links --------------------------------------------------------------------------


def test_the_schema_describes_stats_as_one_object_and_stays_valid() -> None:
    schema = SchemaGenerator().get_schema(request=None, public=True)
    validate_schema(schema)
    operation = schema["paths"]["/api/v1/stats/"]["get"]
    response = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert response == {"$ref": "#/components/schemas/Stats"}
    stats = schema["components"]["schemas"]["Stats"]
    assert set(stats["properties"]) == {
        "generated_at",
        "currency",
        "headline",
        "by_year",
        "by_area",
        "by_region",
        "by_country",
        "by_programme",
        "ventures_by_stage",
        "ventures_by_area",
    }
    group = schema["components"]["schemas"]["FigureGroup"]["properties"]
    assert group["thb_granted"] == {
        "type": "string",
        "format": "decimal",
        "pattern": group["thb_granted"]["pattern"],
        "description": "THB awarded, at each award's own exchange rate.",
    }
    assert group["leverage_ratio"]["nullable"] is True
    assert group["key"]["nullable"] is True


def test_the_page_is_in_the_navigation_and_linked_from_the_home_figures(client: Client) -> None:
    for language in ("en", "th"):
        home = client.get(f"/{language}/").content.decode()
        figures = home[home.index('aria-labelledby="figures-title"') :]
        assert f'href="/{language}/stats/"' in figures[: figures.index("</section>")]
        nav = home[home.index('class="main-nav"') :]
        assert f'href="/{language}/stats/"' in nav[: nav.index("</nav>")]
    page = client.get("/en/stats/").content.decode()
    assert '<a href="/en/stats/" aria-current="page">' in page
    assert 'href="/api/v1/stats/"' in page
    sitemap = client.get("/sitemap-pages.xml")
    assert sitemap.status_code == 200 and b"/th/stats/" in sitemap.content
