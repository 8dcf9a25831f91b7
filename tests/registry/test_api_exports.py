"""The open-data lists of the registry app: ventures (CSV = JSON, same filters, same order,
streamed), areas with their venture counts, programmes; errors stay JSON."""

import json
from typing import Any

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext

from programs.models import Participation, Programme
from registry.models import Country, Province, SocialArea, Venture, VentureArea
from registry.models.ventures import VentureStatus
from tests.support.opendata import all_pages, as_cell, body, flatten, read_csv

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(make_venture, reindex):
    cmi, lpg = (Province.objects.get(abbr_en=a) for a in ("CMI", "LPG"))
    vietnam = Country.objects.get(iso2="VN")
    ventures = {
        "clinic": make_venture(slug="clinic", name_th="คลินิกกาแฟ", areas=["health"], province=cmi, youth_led=True),
        "farm": make_venture(
            slug="farm",
            name_th="ไร่กาแฟ",
            name_en="Coffee Farm",
            areas=["environmental-conservation", "health"],
            province=lpg,
            verified=True,
        ),
        "hanoi": make_venture(
            slug="hanoi", name_en="Hanoi Coffee Coop", areas=["health"], country=vietnam, province=None
        ),
        "market": make_venture(
            slug="market", name_th="ตลาดกาแฟชุมชน", areas=["finance-employment-welfare"], province=cmi
        ),
        "draft": make_venture(slug="draft", name_th="กาแฟร่าง", status=VentureStatus.DRAFT),
    }
    Participation.objects.create(venture=ventures["farm"], programme=Programme.objects.get(slug="project-grants"))
    reindex()
    return ventures


def csv_rows(client: Any, path: str, params: dict[str, Any] | None = None, **headers: Any) -> list[dict[str, str]]:
    response = client.get(path, {**(params or {}), "format": "csv"}, **headers)
    assert response.status_code == 200, response.content
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return read_csv(body(response))


def as_csv(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return [{name: as_cell(value) for name, value in flatten(row).items()} for row in rows]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"area": "health"},
        {"region": "north", "sort": "name"},
        {"q": "กาแฟ"},
        {"q": "coffee", "area": "health"},
        {"q": "กาแฟ", "sort": "newest"},
        {"youth": "1"},
    ],
)
def test_the_ventures_csv_is_the_json_of_every_page(client, catalogue, settings, params):
    settings.REGISTRY_DIRECTORY_PAGE_SIZE = 2  # several JSON pages
    json_rows = all_pages(client, "/api/v1/ventures/", params)
    assert json_rows, "the parameters should match some ventures"
    assert csv_rows(client, "/api/v1/ventures/", params) == as_csv(json_rows)


def test_the_ventures_csv_has_the_public_fields_in_thai_and_english(client, catalogue):
    rows = {row["slug"]: row for row in csv_rows(client, "/api/v1/ventures/")}
    assert set(rows) == {"clinic", "farm", "hanoi", "market"}  # published only
    assert list(rows["farm"]) == [
        "slug", "name_th", "name_en", "summary_th", "summary_en", "areas", "country",
        "province", "region", "stage", "youth_led", "verified", "url", "matched_terms",
    ]  # fmt: skip
    assert rows["farm"]["matched_terms"] == ""  # why a venture matched a search: empty without q
    assert rows["farm"]["name_th"] == "ไร่กาแฟ"
    assert rows["farm"]["areas"] == "environmental-conservation;health"
    assert (rows["farm"]["province"], rows["farm"]["region"], rows["farm"]["verified"]) == ("LPG", "north", "true")
    assert (rows["hanoi"]["country"], rows["hanoi"]["province"], rows["hanoi"]["region"]) == ("VN", "", "")


def test_a_search_csv_lists_every_match_past_what_the_pages_reach(client, make_venture, reindex, monkeypatch, settings):
    """A search counts its matches up to 1,000 (here 3) and its pages stop there; the CSV lists
    every match, in the order of the pages (the ranked window, here 2, then the newest)."""
    for n in range(5):
        make_venture(slug=f"tea-{n}", name_en=f"Tea garden {n}", areas=["health"])
    reindex()
    monkeypatch.setattr("registry.search.engine.COUNT_CAP", 3)
    monkeypatch.setattr("registry.search.engine.RANK_WINDOW", 2)
    settings.REGISTRY_DIRECTORY_PAGE_SIZE = 2
    first = client.get("/api/v1/ventures/", {"q": "tea"}).json()
    assert (first["count"], first["count_capped"]) == (3, True)
    second = client.get(first["next"]).json()
    assert second["next"] is None
    assert client.get("/api/v1/ventures/", {"q": "tea", "page": 3}).status_code == 404
    rows = csv_rows(client, "/api/v1/ventures/", {"q": "tea"})
    assert [r["slug"] for r in rows[:4]] == [v["slug"] for v in first["results"] + second["results"]]
    assert sorted(r["slug"] for r in rows) == [f"tea-{n}" for n in range(5)]


def test_spreadsheet_formulas_are_neutralised(client, make_venture):
    make_venture(
        slug="formula", name_en='=HYPERLINK("http://evil.example","click")', summary_en="+1+2", areas=["health"]
    )
    make_venture(slug="plain", name_en="Plain - with a dash inside", summary_en="@home", areas=["health"])
    rows = {row["slug"]: row for row in csv_rows(client, "/api/v1/ventures/")}
    assert rows["formula"]["name_en"] == '\'=HYPERLINK("http://evil.example","click")'
    assert rows["formula"]["summary_en"] == "'+1+2"
    assert rows["plain"]["name_en"] == "Plain - with a dash inside"
    assert rows["plain"]["summary_en"] == "'@home"
    # the JSON keeps the value as it is
    names = {v["slug"]: v["name_en"] for v in client.get("/api/v1/ventures/").json()["results"]}
    assert names["formula"].startswith("=HYPERLINK")


def _bulk_ventures(count: int, start: int) -> None:
    thailand = Country.objects.get(iso2="TH")
    area = SocialArea.objects.get(slug="health")
    ventures = Venture.objects.bulk_create(
        Venture(
            slug=f"bulk-{start + n}",
            name_en=f"Bulk venture {start + n}",
            country=thailand,
            status=VentureStatus.PUBLISHED,
            published_at=f"2024-01-01T00:00:{(start + n) % 60:02d}Z",
        )
        for n in range(count)
    )
    VentureArea.objects.bulk_create(VentureArea(venture=v, area=area, is_primary=True) for v in ventures)


def _export_queries(client: Any, path: str) -> tuple[int, int]:
    """(rows, queries) of one CSV export, the queries counted while the body is read."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, {"format": "csv"})
        assert isinstance(response, StreamingHttpResponse)
        rows = read_csv(body(response))
    return len(rows), len(captured)


@pytest.mark.parametrize("path", ["/api/v1/ventures/", "/api/v1/areas/", "/api/v1/programs/"])
def test_a_csv_export_reads_the_same_number_of_queries_for_ten_or_ten_times_more_rows(client, db, path):
    _bulk_ventures(10, 0)
    few = _export_queries(client, path)
    _bulk_ventures(90, 10)
    many = _export_queries(client, path)
    if path == "/api/v1/ventures/":
        assert (few[0], many[0]) == (10, 100)
    assert many[1] == few[1]


def test_a_csv_export_reads_in_chunks_while_it_writes(client, db, settings):
    """Rows are read chunk by chunk (one query for the rows, one more per chunk for their areas),
    and nothing is read before the body is: memory holds one chunk, not the list."""
    settings.OPENDATA_EXPORT_CHUNK_SIZE = 25
    _bulk_ventures(100, 0)
    with CaptureQueriesContext(connection) as captured:
        response = client.get("/api/v1/ventures/", {"format": "csv"})
        before = len(captured)
        chunks = iter(response.streaming_content)
        first = next(chunks)
        rest = b"".join(chunks)
    assert first.startswith("\ufeff".encode())
    rows = read_csv(first + rest)
    assert len(rows) == 100
    area_queries = [q for q in captured.captured_queries[before:] if "registry_venturearea" in q["sql"]]
    assert len(area_queries) == 4  # 100 rows in chunks of 25
    assert not [q for q in captured.captured_queries[:before] if "registry_venture" in q["sql"]]


def test_areas_list_every_area_with_its_published_ventures(client, catalogue):
    areas = client.get("/api/v1/areas/").json()
    assert areas["count"] == SocialArea.objects.count() == 9
    by_slug = {area["slug"]: area for area in areas["results"]}
    assert by_slug["health"]["venture_count"] == 3  # clinic, farm, hanoi (the draft does not count)
    assert by_slug["environmental-conservation"]["venture_count"] == 1
    assert by_slug["disaster-management"]["venture_count"] == 0
    assert by_slug["health"]["url"] == "http://testserver/th/areas/health/"
    assert by_slug["health"]["active"] is True
    assert [a["code"] for a in areas["results"]] == sorted(a["code"] for a in areas["results"])
    assert csv_rows(client, "/api/v1/areas/") == as_csv(areas["results"])


def test_an_area_no_longer_used_is_still_listed_without_a_page(client, db):
    SocialArea.objects.filter(slug="urbanisation").update(is_active=False)
    area = next(a for a in client.get("/api/v1/areas/").json()["results"] if a["slug"] == "urbanisation")
    assert (area["active"], area["url"]) == (False, None)


def test_programmes(client, db):
    programmes = client.get("/api/v1/programs/", HTTP_ACCEPT_LANGUAGE="en").json()
    assert [p["slug"] for p in programmes["results"]] == [
        "project-grants", "partner-incubation", "scale-up", "business-plan-competition", "social-impact-assessment",
    ]  # fmt: skip
    first = programmes["results"][0]
    assert (first["kind"], first["active"], first["url"]) == (
        "grant",
        True,
        "http://testserver/en/programs/project-grants/",
    )
    assert csv_rows(client, "/api/v1/programs/", HTTP_ACCEPT_LANGUAGE="en") == as_csv(programmes["results"])


def test_api_json_escapes_html(client, make_venture):
    make_venture(slug="xss", name_en="<script>alert(1)</script> & co", areas=["health"])
    response = client.get("/api/v1/ventures/")
    assert b"<script>" not in response.content
    assert b"\\u003cscript\\u003e" in response.content
    assert json.loads(response.content)["results"][0]["name_en"] == "<script>alert(1)</script> & co"
    assert b"<" not in client.get("/api/v1/areas/").content


def test_errors_are_json_even_when_csv_is_asked_for(client, catalogue):
    response = client.get("/api/v1/ventures/", {"area": "nowhere", "format": "csv"})
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert "area" in response.json()["errors"]
    # a single venture has no CSV form
    detail = client.get("/api/v1/ventures/clinic/", {"format": "csv"})
    assert detail.status_code == 404
    assert detail["Content-Type"] == "application/json"
    assert client.get("/api/v1/ventures/", {"format": "xml"}).status_code == 404


def test_a_page_past_the_end_is_a_404(client, catalogue):
    assert client.get("/api/v1/areas/", {"page": 2}).status_code == 404
    assert client.get("/api/v1/ventures/", {"page": 99}).status_code == 404


def test_a_search_whose_filters_leave_no_venture_is_an_empty_list(client, catalogue):
    """Found by schemathesis: words plus facets that match no venture (nothing to rank) were a 500."""
    params = {"q": "กาแฟ", "country": "MM"}
    assert client.get("/api/v1/ventures/", params).json()["results"] == []
    assert csv_rows(client, "/api/v1/ventures/", params) == []
    assert client.get("/en/ventures/", params).status_code == 200


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/v1/ventures/", {"sdg": "99999999999999999999999"}),  # past any integer column
        ("/api/v1/ventures/", {"sdg": "0"}),
        ("/api/v1/ventures/", {"area": "health\x00"}),  # PostgreSQL text cannot hold NUL
        ("/api/v1/ventures/", {"country": "THAILAND"}),  # longer than the column
        ("/api/v1/grants/", {"province": "\x00"}),
        ("/api/v1/grants/", {"program": "x" * 500}),
    ],
)
def test_codes_no_column_could_hold_are_a_400(client, db, path, params):
    """Found by schemathesis: an SDG number past the integer range was a server error."""
    response = client.get(path, params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) == set(params)
