"""Awarded grants in the open: /api/v1/grants/ and the /<lang>/grants/ page list the same grants
for the same parameters, in the same order, with the same totals and CSV."""

import re
from decimal import Decimal
from html import unescape
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from grants.models import GrantApplication
from tests.factories import AwardFactory, GrantApplicationFactory
from tests.support.opendata import Catalogue, all_pages, as_cell, body, build_catalogue, flatten, read_csv

pytestmark = pytest.mark.django_db

NEWEST_FIRST = ["farm-2025", "hanoi-2025", "farm-2024", "clinic-2024", "school-2023", "gone-2023"]


@pytest.fixture
def catalogue(db: Any) -> Catalogue:
    return build_catalogue()


def keys(catalogue: Catalogue, ids: list[str]) -> list[str]:
    by_id = {f"360G-nia-th-{award.pk}": key for key, award in catalogue.awards.items()}
    return [by_id[i] for i in ids]


def api_keys(client: Any, catalogue: Catalogue, params: dict[str, Any] | None = None) -> list[str]:
    return keys(catalogue, [grant["id"] for grant in all_pages(client, "/api/v1/grants/", params)])


def page_keys(client: Any, catalogue: Catalogue, params: dict[str, Any] | None = None) -> list[str]:
    response = client.get("/en/grants/", params or {})
    assert response.status_code == 200
    return keys(catalogue, re.findall(r'data-id="([^"]+)"', response.content.decode()))


FILTERS = [
    ({"area": "health"}, {"clinic-2024", "farm-2024", "hanoi-2025", "farm-2025"}),
    ({"area": "environmental-conservation"}, {"farm-2024", "farm-2025"}),
    ({"area": ["public-sector-education", "disaster-management"]}, {"school-2023", "gone-2023"}),  # either
    ({"program": "project-grants"}, {"clinic-2024", "farm-2024", "school-2023", "gone-2023"}),
    ({"program": "scale-up"}, {"hanoi-2025", "farm-2025"}),
    ({"year": "2024"}, {"clinic-2024", "farm-2024"}),
    ({"year": ["2023", "2025"]}, {"school-2023", "gone-2023", "hanoi-2025", "farm-2025"}),
    ({"region": "north"}, {"clinic-2024", "farm-2024", "farm-2025", "gone-2023"}),
    ({"region": "central"}, {"school-2023"}),
    ({"province": "CMI"}, {"clinic-2024", "gone-2023"}),
    ({"country": "VN"}, {"hanoi-2025"}),
    ({"min_amount": "800000"}, {"farm-2024", "hanoi-2025", "farm-2025"}),  # THB value: the VND grant is 950,000
    ({"max_amount": "250000.50"}, {"school-2023", "gone-2023"}),
    ({"min_amount": "300000", "max_amount": "900000"}, {"clinic-2024", "farm-2024"}),
    ({"q": "คลินิก"}, {"clinic-2024"}),
    ({"q": "venture FARM"}, {"farm-2024", "farm-2025"}),  # every word, in the title or the venture's name
    ({"q": "coffee"}, {"hanoi-2025"}),
    ({"area": "health", "year": "2025"}, {"hanoi-2025", "farm-2025"}),
    ({"region": "north", "program": "scale-up", "min_amount": "1000000"}, {"farm-2025"}),
]


@pytest.mark.parametrize(("params", "expected"), FILTERS)
def test_every_filter_gives_the_same_grants_on_the_api_and_the_page(client, catalogue, params, expected):
    api = api_keys(client, catalogue, params)
    assert set(api) == expected
    assert page_keys(client, catalogue, params) == api
    assert api == [key for key in NEWEST_FIRST if key in expected]  # newest award first


def test_only_awarded_grants_are_listed(client, catalogue):
    GrantApplicationFactory(title="A draft nobody awarded", status=GrantApplication.Status.DRAFT)
    GrantApplicationFactory(title="Not funded", status=GrantApplication.Status.REJECTED)
    assert api_keys(client, catalogue) == NEWEST_FIRST
    assert "Not funded" not in client.get("/en/grants/").content.decode()


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("newest", NEWEST_FIRST),
        ("oldest", NEWEST_FIRST[::-1]),
        ("largest", ["farm-2025", "hanoi-2025", "farm-2024", "clinic-2024", "school-2023", "gone-2023"]),
        ("smallest", ["gone-2023", "school-2023", "clinic-2024", "farm-2024", "hanoi-2025", "farm-2025"]),
    ],
)
def test_sort_orders(client, catalogue, sort, expected):
    assert api_keys(client, catalogue, {"sort": sort}) == expected
    assert page_keys(client, catalogue, {"sort": sort}) == expected


def test_a_grant_carries_what_the_public_contract_promises(client, catalogue):
    award = catalogue.awards["clinic-2024"]
    grant = next(g for g in client.get("/api/v1/grants/").json()["results"] if g["id"] == f"360G-nia-th-{award.pk}")
    assert grant == {
        "id": f"360G-nia-th-{award.pk}",
        "title": "คลินิกชุมชนเคลื่อนที่",
        "description": "Project summary clinic-2024",
        "amount": "500000.00",
        "currency": "THB",
        "amount_thb": "500000.00",
        "amount_disbursed": "200000.00",
        "amount_disbursed_thb": "200000.00",
        "award_date": "2024-03-01",
        "planned_start": "2024-04-01",
        "planned_end": "2025-03-31",
        "status": "active",
        "programme": {
            "slug": "project-grants",
            "name_th": grant["programme"]["name_th"],
            "name_en": "Project grant programme",
        },
        "call": {
            "slug": "grants-2024",
            "title_th": award.application.call.title_th,
            "title_en": award.application.call.title_en,
        },
        "venture": {
            "slug": "clinic",
            "name_th": "กิจการ clinic",
            "name_en": "Venture clinic",
            "url": "http://testserver/th/ventures/clinic/",  # Thai, the default language
        },
        "areas": ["health"],
        "sdgs": [3],
        "country": "TH",
        "province": "CMI",
        "region": "north",
    }


def test_a_grant_in_another_currency_keeps_its_amount_and_gives_its_thb_value(client, catalogue):
    grant = client.get("/api/v1/grants/", {"country": "VN"}).json()["results"][0]
    assert (grant["amount"], grant["currency"], grant["amount_thb"]) == ("700000000.00", "VND", "950000.00")
    assert (grant["country"], grant["province"], grant["region"]) == ("VN", None, None)


def test_the_grant_of_a_venture_no_longer_published_stays_without_a_link(client, catalogue):
    grant = client.get("/api/v1/grants/", {"area": "disaster-management"}).json()["results"][0]
    assert grant["venture"]["slug"] == "gone"
    assert grant["venture"]["url"] is None
    page = client.get("/en/grants/", {"area": "disaster-management"}).content.decode()
    assert "Venture gone" in page
    assert "/en/ventures/gone/" not in page


def test_a_bad_parameter_is_a_400_in_json_even_for_csv(client, catalogue):
    for params in ({"area": "no-such-area"}, {"year": "twenty"}, {"min_amount": "-5"}, {"sort": "random"}):
        for extra in ({}, {"format": "csv"}):
            response = client.get("/api/v1/grants/", {**params, **extra})
            assert response.status_code == 400, params
            assert response["Content-Type"] == "application/json"
            assert set(response.json()["errors"]) == set(params)


def test_pages_of_the_api_follow_each_other(client, catalogue, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "PAGE_SIZE": 4}
    first = client.get("/api/v1/grants/").json()
    assert first["count"] == 6 and len(first["results"]) == 4 and first["previous"] is None
    assert first["next"] == "http://testserver/api/v1/grants/?page=2"
    assert api_keys(client, catalogue) == NEWEST_FIRST
    assert client.get("/api/v1/grants/", {"page": 3}).status_code == 404


@pytest.mark.parametrize(
    "params", [{}, {"area": "health"}, {"year": ["2023", "2025"], "sort": "largest"}, {"q": "farm"}]
)
def test_the_csv_holds_the_same_grants_and_values_as_the_json(client, catalogue, params):
    json_rows = [flatten(grant) for grant in all_pages(client, "/api/v1/grants/", params)]
    response = client.get("/api/v1/grants/", {**params, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="grants.csv"'
    csv_rows = read_csv(body(response))
    assert [row["id"] for row in csv_rows] == [row["id"] for row in json_rows]
    assert csv_rows == [{name: as_cell(value) for name, value in row.items()} for row in json_rows]


def test_the_page_shows_the_totals_of_the_current_filter(client, catalogue):
    page = unescape(client.get("/en/grants/", {"region": "north"}).content.decode())
    # clinic 500,000 + farm 800,000 + farm 1,500,000 + gone 100,000; only clinic has been paid (200,000)
    assert re.search(r"<dt>Grants</dt><dd>4</dd>", page)
    assert re.search(r"<dt>Awarded \(THB\)</dt><dd>2,900,000</dd>", page)
    assert re.search(r"<dt>Disbursed \(THB\)</dt><dd>200,000</dd>", page)
    everything = unescape(client.get("/en/grants/").content.decode())
    # the VND grant counts at its THB value
    assert re.search(r"<dt>Awarded \(THB\)</dt><dd>4,100,001</dd>", everything)  # 4,100,000.50, rounded


def test_the_page_csv_link_downloads_exactly_what_is_shown(client, catalogue):
    params = {"area": "health", "year": "2024", "sort": "oldest"}
    page = client.get("/en/grants/", params).content.decode()
    found = re.search(r'<a href="([^"]+format=csv[^"]*)"', page)
    assert found is not None
    link = unescape(found.group(1))
    assert link.startswith("/api/v1/grants/?")
    csv_rows = read_csv(body(client.get(link)))
    shown = re.findall(r'data-id="([^"]+)"', page)
    assert [row["id"] for row in csv_rows] == shown
    assert keys(catalogue, shown) == ["clinic-2024", "farm-2024"]


def test_the_page_facets_count_grants_and_keep_the_choice(client, catalogue):
    page = unescape(client.get("/en/grants/", {"year": "2024"}).content.decode())
    # Each year counts the grants it would give with the other filters (none here).
    assert re.search(
        r'name="year" value="2024" checked>\s*<span class="grant-facet-label">2024</span> '
        r'<span class="facet-count">\(2\)</span>',
        page,
    )
    assert re.search(
        r'name="year" value="2025">\s*<span class="grant-facet-label">2025</span> '
        r'<span class="facet-count">\(2\)</span>',
        page,
    )
    # Areas count the grants of 2024 only: health has clinic and farm.
    assert re.search(
        r'value="health">\s*<span class="grant-facet-label">Health[^<]*</span> '
        r'<span class="facet-count">\(2\)</span>',
        page,
    )
    assert "Year awarded: 2024" in page  # the active filter, with a link to remove it
    # A group with a choice is open, the others folded (native <details>, no script).
    assert re.search(
        r'<details class="grant-facet" open>\s*<summary>Year awarded <span class="facet-chosen">\(1 chosen\)', page
    )
    assert re.search(r'<details class="grant-facet">\s*<summary>Social-innovation area</summary>', page)


def test_the_page_drops_parameters_it_does_not_understand(client, catalogue):
    response = client.get("/en/grants/", {"area": "nowhere", "year": "2024"})
    page = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Some filters were not recognised and were left out: Social-innovation area." in page
    assert keys(catalogue, re.findall(r'data-id="([^"]+)"', page)) == ["farm-2024", "clinic-2024"]


def test_the_page_pages_through_the_grants(client, catalogue, monkeypatch):
    monkeypatch.setattr("grants.views.public.PAGE_SIZE", 4)
    first = client.get("/en/grants/", {"sort": "largest"}).content.decode()
    second = client.get("/en/grants/", {"sort": "largest", "page": 2}).content.decode()
    assert keys(catalogue, re.findall(r'data-id="([^"]+)"', first + second)) == api_keys(
        client, catalogue, {"sort": "largest"}
    )
    assert 'href="/en/grants/?sort=largest&amp;page=2" rel="next"' in first
    assert client.get("/en/grants/", {"page": 3}).status_code == 404
    assert client.get("/en/grants/", {"page": "x"}).status_code == 404


def test_the_page_in_thai_and_in_the_navigation(client, catalogue):
    response = client.get("/th/grants/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="th">' in page
    assert 'href="/th/grants/" aria-current="page"' in page
    assert "2567" in page  # award dates in the Buddhist era
    home = client.get("/en/").content.decode()
    assert 'href="/en/grants/"' in home


def test_the_page_reads_a_fixed_number_of_queries(client, catalogue):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/en/grants/").status_code == 200
        return len(queries)

    few = count()
    for _ in range(3):
        application = GrantApplicationFactory.create(status=GrantApplication.Status.APPROVED)
        AwardFactory.create(application=application, amount=Decimal("1000.00"))
    assert count() == few


def test_no_grants_yet(client, db):
    page = client.get("/en/grants/").content.decode()
    assert "No grants have been awarded yet" in page
    assert client.get("/api/v1/grants/").json() == {"count": 0, "next": None, "previous": None, "results": []}


def test_the_api_list_and_its_csv_read_a_fixed_number_of_queries(client, catalogue):
    def count(params: dict[str, Any]) -> int:
        with CaptureQueriesContext(connection) as queries:
            body(client.get("/api/v1/grants/", params))
        return len(queries)

    few = (count({}), count({"format": "csv"}), count({"area": "health", "format": "csv"}))
    for _ in range(12):
        application = GrantApplicationFactory.create(status=GrantApplication.Status.APPROVED)
        AwardFactory.create(application=application, amount=Decimal("1000.00"))
    assert (count({}), count({"format": "csv"}), count({"area": "health", "format": "csv"})) == few
    assert len(read_csv(body(client.get("/api/v1/grants/", {"format": "csv"})))) == 18
