"""The directory page: facets and their counts, active filters, sort, pagination, query count,
and the API listing the same ventures in the same order."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programs.models import Participation, Programme
from registry.filters import facet_names
from registry.models import Country, Province, Sdg
from registry.models.ventures import VentureStatus
from registry.search.backends import get_backend
from registry.services.moderation import venture_publish
from tests.factories import ReviewerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(make_venture, reindex):
    """Six ventures spread over every facet."""
    cmi, lpg, bkk = (Province.objects.get(abbr_en=a) for a in ("CMI", "LPG", "BKK"))
    vietnam = Country.objects.get(iso2="VN")
    ventures = {
        "clinic": make_venture(
            slug="clinic", name_th="คลินิกกาแฟ", areas=["health"], province=cmi, stage="growth", youth_led=True
        ),
        "farm": make_venture(
            slug="farm", name_th="ไร่กาแฟ", areas=["environmental-conservation", "health"], province=lpg, verified=True
        ),
        "school": make_venture(slug="school", name_th="โรงเรียนชุมชน", areas=["public-sector-education"], province=bkk),
        "flood": make_venture(slug="flood", name_th="เตือนภัยน้ำท่วม", areas=["disaster-management"], province=cmi),
        "hanoi": make_venture(
            slug="hanoi", name_en="Hanoi Coffee Coop", areas=["health"], country=vietnam, province=None
        ),
        "market": make_venture(
            slug="market", name_th="ตลาดกาแฟชุมชน", areas=["finance-employment-welfare"], province=cmi
        ),
    }
    ventures["clinic"].sdgs.add(Sdg.objects.get(number=3))
    ventures["farm"].sdgs.add(Sdg.objects.get(number=3), Sdg.objects.get(number=13))
    Participation.objects.create(venture=ventures["farm"], programme=Programme.objects.get(slug="project-grants"))
    Participation.objects.create(venture=ventures["market"], programme=Programme.objects.get(slug="project-grants"))
    reindex()
    return ventures


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"area": "health"}, {"clinic", "farm", "hanoi"}),
        ({"area": ["health", "disaster-management"]}, {"clinic", "farm", "hanoi", "flood"}),  # either
        ({"region": "north"}, {"clinic", "farm", "flood", "market"}),
        ({"province": "LPG"}, {"farm"}),
        ({"province": ["LPG", "BKK"]}, {"farm", "school"}),
        ({"country": "VN"}, {"hanoi"}),
        ({"program": "project-grants"}, {"farm", "market"}),
        ({"stage": "growth"}, {"clinic"}),
        ({"sdg": "3"}, {"clinic", "farm"}),
        ({"youth": "1"}, {"clinic"}),
        ({"verified": "1"}, {"farm"}),
    ],
)
def test_every_facet_alone_and_with_a_search(catalogue, api_search, params, expected):
    assert set(api_search(**params)) == expected
    coffee = {"clinic", "farm", "hanoi", "market"}
    assert set(api_search(q="กาแฟ", **params)) == expected & (coffee - {"hanoi"})
    assert set(api_search(q="coffee", **params)) == expected & {"hanoi"}


def test_facets_combine_with_each_other(catalogue, api_search):
    assert set(api_search(area="health", province="CMI")) == {"clinic"}
    assert set(api_search(q="กาแฟ", region="north", area=["health", "finance-employment-welfare"])) == {
        "clinic",
        "farm",
        "market",
    }


def facet_counts(html: str, facet: str) -> dict[str, int]:
    """{value: count} of one facet, as the page shows it."""
    section = re.search(rf'<section class="facet" aria-labelledby="facet-{facet}">(.*?)</section>', html, re.S)
    if section is None:
        return {}
    options = re.findall(r'data-value="([^"]+)".*?<span class="facet-count">(\d+)</span>', section.group(1), re.S)
    return {value: int(count) for value, count in options}


def test_facet_counts_are_for_the_current_search(catalogue, client):
    html = client.get("/th/ventures/", {"q": "กาแฟ"}).content.decode()  # clinic, farm, market
    assert facet_counts(html, "area") == {
        "environmental-conservation": 1,
        "health": 2,
        "finance-employment-welfare": 1,
    }
    assert facet_counts(html, "province") == {"CMI": 2, "LPG": 1}
    assert facet_counts(html, "program") == {"project-grants": 2}
    assert facet_counts(html, "sdg") == {"3": 2, "13": 1}
    assert facet_counts(html, "youth") == {"1": 1}
    assert facet_counts(html, "verified") == {"1": 1}


def test_a_venture_that_joined_a_programme_twice_counts_once(catalogue, client):
    # Two calls of the same programme: two participation rows, still one venture.
    Participation.objects.create(venture=catalogue["farm"], programme=Programme.objects.get(slug="project-grants"))
    for params in ({}, {"q": "กาแฟ"}, {"stage": "prototype"}):
        html = client.get("/th/ventures/", params).content.decode()
        assert facet_counts(html, "program") == {"project-grants": 2}, params


def test_a_search_counts_the_same_facets_where_its_matches_cannot_be_passed_as_parameters(
    catalogue, client, monkeypatch
):
    # SQLite before 3.32 takes at most 999 parameters: the facet query then finds the matches again.
    expected = client.get("/th/ventures/", {"q": "กาแฟ"}).content.decode()
    monkeypatch.setattr(type(get_backend()), "takes_parameters", lambda self, n: False)
    html = client.get("/th/ventures/", {"q": "กาแฟ"}).content.decode()
    for facet in facet_names():
        assert facet_counts(html, facet) == facet_counts(expected, facet), facet
    assert facet_counts(html, "area")["health"] == 2


def test_a_facet_counts_its_own_values_as_either_and_other_facets_narrow(catalogue, client):
    html = client.get("/th/ventures/", {"area": "health"}).content.decode()
    # Other areas still show what choosing them (alone) would give ...
    assert facet_counts(html, "area")["disaster-management"] == 1
    # ... while the other facets count only ventures in the health area.
    assert facet_counts(html, "country") == {"TH": 2, "VN": 1}
    assert facet_counts(html, "stage") == {"growth": 1, "prototype": 2}


def test_with_a_search_too_a_chosen_facet_still_offers_its_other_values(catalogue, client):
    html = client.get("/th/ventures/", {"q": "กาแฟ", "area": "health"}).content.decode()  # clinic, farm
    assert facet_counts(html, "area") == {
        "environmental-conservation": 1,
        "health": 2,
        "finance-employment-welfare": 1,
    }
    assert facet_counts(html, "province") == {"CMI": 1, "LPG": 1}


def test_active_filters_are_shown_and_removed_one_by_one(catalogue, client):
    html = client.get("/en/ventures/", {"q": "กาแฟ", "area": ["health", "finance-employment-welfare"]}).content.decode()
    chips = {
        label.strip(): href.replace("&amp;", "&")
        for href, label in re.findall(r'<a href="([^"]+)" class="chip">([^<]+)<', html)
    }
    assert set(chips) == {
        "Search: “กาแฟ”",
        "Social-innovation area: Health",
        "Social-innovation area: Finance, employment and social welfare",
    }
    without_health = client.get(chips["Social-innovation area: Health"]).content.decode()
    assert "Search: “กาแฟ”" in without_health
    assert "Social-innovation area: Health" not in without_health
    assert "Social-innovation area: Finance, employment and social welfare" in without_health
    without_search = client.get(chips["Search: “กาแฟ”"]).content.decode()
    assert "Search:" not in without_search and "Social-innovation area: Health" in without_search


def test_sort_by_newest(catalogue, api_search):
    assert api_search(sort="newest") == ["market", "hanoi", "flood", "school", "farm", "clinic"]
    assert api_search() == api_search(sort="newest")  # without words to rank, newest first


def test_sort_by_name_uses_the_name_in_the_page_language(make_venture, reindex, client):
    make_venture(slug="b", name_th="ขนม", name_en="Apple")
    make_venture(slug="a", name_th="กล้วย", name_en="Zebra")
    th = client.get("/api/v1/ventures/", {"sort": "name"}, HTTP_ACCEPT_LANGUAGE="th").json()["results"]
    en = client.get("/api/v1/ventures/", {"sort": "name"}, HTTP_ACCEPT_LANGUAGE="en").json()["results"]
    assert [r["slug"] for r in th] == ["a", "b"]
    assert [r["slug"] for r in en] == ["b", "a"]


def test_pagination_links_and_pages(make_venture, reindex, client, settings):
    settings.REGISTRY_DIRECTORY_PAGE_SIZE = 2
    for i in range(5):
        make_venture(slug=f"v{i}", name_en=f"Tea garden {i}")
    reindex()
    first = client.get("/en/ventures/", {"q": "tea"}).content.decode()
    assert "5 ventures" in first and "(showing 1–2)" in first
    assert 'rel="next"' in first and 'rel="prev"' not in first
    last = client.get("/en/ventures/", {"q": "tea", "page": 3}).content.decode()
    assert "(showing 5–5)" in last and 'rel="prev"' in last and 'rel="next"' not in last
    assert client.get("/en/ventures/", {"q": "tea", "page": 4}).status_code == 404
    assert client.get("/en/ventures/", {"page": "x"}).status_code == 404


def test_empty_results_say_so_and_suggest_what_to_try(catalogue, client):
    html = client.get("/en/ventures/", {"q": "spaceship", "area": "health"}).content.decode()
    assert "No ventures match “spaceship”" in html
    assert "check the spelling" in html
    assert "remove some filters" in html
    assert 'href="/en/areas/health/"' in html


def test_unknown_filter_values_are_left_out_with_a_notice(catalogue, client):
    response = client.get("/en/ventures/", {"area": "no-such-area", "q": "กาแฟ"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some filters were not recognised and were left out: Social-innovation area." in html
    assert "3 ventures" in html
    assert client.get("/api/v1/ventures/", {"area": "no-such-area"}).status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "กาแฟ"},
        {"q": "กาแฟ", "sort": "name"},
        {"area": ["health", "disaster-management"], "sort": "newest"},
        {"q": "ชุมชน", "region": "north"},
        {"q": "coffee -coop"},
    ],
)
def test_the_api_lists_the_same_ventures_in_the_same_order_as_the_page(catalogue, client, params):
    html = client.get("/th/ventures/", params).content.decode()
    page_slugs = re.findall(
        r'<h3 id="venture-\d+-name" class="venture-card-name"><a href="/th/ventures/([^/]+)/"', html
    )
    api = client.get("/api/v1/ventures/", params).json()
    assert [row["slug"] for row in api["results"]] == page_slugs
    assert api["count"] == len(page_slugs)


def _queries(client, url, params):
    cache.clear()  # count the worst case: no cached facet counts
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params).status_code == 200
    return len(captured)


@pytest.mark.parametrize("query", [{}, {"q": "กาแฟ"}, {"q": "กาแฟ", "area": "health", "sort": "name"}])
def test_the_directory_issues_a_constant_number_of_queries(make_venture, reindex, client, settings, query):
    cmi = Province.objects.get(abbr_en="CMI")
    for i in range(3):
        make_venture(slug=f"few-{i}", name_th=f"กาแฟ {i}", areas=["health", "disaster-management"], province=cmi)
    reindex()
    _queries(client, "/th/ventures/", query)  # warm-up: per-process checks and caches
    settings.REGISTRY_DIRECTORY_PAGE_SIZE = 2
    few = _queries(client, "/th/ventures/", query)
    few_api = _queries(client, "/api/v1/ventures/", query)

    for i in range(40):
        venture = make_venture(slug=f"many-{i}", name_th=f"กาแฟ {i}", areas=["health", "environmental-conservation"])
        venture.sdgs.add(Sdg.objects.get(number=3))
    reindex()
    settings.REGISTRY_DIRECTORY_PAGE_SIZE = 20
    many = _queries(client, "/th/ventures/", query)
    many_api = _queries(client, "/api/v1/ventures/", query)
    assert many == few
    assert many_api == few_api


def test_browsing_counts_are_cached_until_the_index_changes(
    make_venture, reindex, client, django_capture_on_commit_callbacks
):
    make_venture(slug="one", name_th="หนึ่ง", areas=["health"])
    reindex()
    first = _queries(client, "/th/ventures/", {})
    with CaptureQueriesContext(connection) as again:
        html = client.get("/th/ventures/").content.decode()
    # The facet counts came from the cache: neither counted nor read from the stored counts.
    assert not any("registry_facet_base" in q["sql"] or "browsefacetcounts" in q["sql"] for q in again.captured_queries)
    assert len(again) < first
    assert facet_counts(html, "area") == {"health": 1}

    second = make_venture(slug="two", name_th="สอง", areas=["health"], status=VentureStatus.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        venture_publish(venture=second, by=ReviewerFactory())
    html = client.get("/th/ventures/").content.decode()
    assert facet_counts(html, "area") == {"health": 2}
    assert "สุขภาพ" in client.get("/th/").content.decode()
