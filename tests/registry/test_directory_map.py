"""The directory's map view: the ventures found, counted per province and country on a tile map,
keeping the search and filters, each tile a link to the list of its place, a table behind it."""

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from registry.models import Country, Province
from registry.models.ventures import Stage
from tests.factories import PublishedVentureFactory, VentureFactory

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def ventures() -> None:
    """Chiang Mai 3 (two at the prototype stage), Bangkok 1, Khon Kaen 1, Viet Nam 1; a draft in Trat."""
    for stage in (Stage.PROTOTYPE, Stage.PROTOTYPE, Stage.GROWTH):
        PublishedVentureFactory.create(stage=stage)
    PublishedVentureFactory.create(province=Province.objects.get(abbr_en="BKK"), stage=Stage.PROTOTYPE)
    PublishedVentureFactory.create(province=Province.objects.get(abbr_en="KKN"), stage=Stage.GROWTH)
    PublishedVentureFactory.create(country=Country.objects.get(iso2="VN"), province=None, stage=Stage.IDEA)
    VentureFactory.create(province=Province.objects.get(abbr_en="TRT"))  # a draft: not counted


def directory(client: Client, language: str, query: str) -> str:
    with translation.override(language):
        url = reverse("registry:venture_list")
    return client.get(f"{url}?{query}").content.decode()


def map_of(page: str) -> ET.Element:
    svg = re.search(r'<svg[^>]*class="chart tile-map".*?</svg>', page, re.S)
    assert svg is not None, "no map on the page"
    return ET.fromstring(svg.group(0))  # noqa: S314 - our own page


def tiles(page: str) -> dict[str, dict[str, Any]]:
    return {
        a.get("data-code", ""): {"name": a.get("aria-label"), "href": a.get("href"), "fill": a[1].get("fill")}
        for a in map_of(page).iter(f"{SVG}a")
    }


@pytest.mark.usefixtures("ventures")
def test_the_map_counts_the_ventures_of_each_province_and_country(client: Client) -> None:
    found = tiles(directory(client, "en", "view=map"))
    assert len(found) == 77 + 5
    assert found["CMI"]["name"] == "Chiang Mai: 3 ventures"
    assert found["BKK"]["name"] == "Bangkok: 1 venture"
    assert found["KKN"]["name"] == "Khon Kaen: 1 venture"
    assert found["TRT"]["name"] == "Trat: 0 ventures"  # the draft is not counted
    assert found["VN"]["name"] == "Viet Nam: 1 venture"
    assert found["TH"]["name"] == "Thailand (whole country): 5 ventures"
    assert found["CMI"]["href"] == "/en/ventures/?province=CMI"
    assert found["VN"]["href"] == "/en/ventures/?country=VN"
    assert found["TRT"]["fill"] == "url(#directory-map-zero)"


@pytest.mark.usefixtures("ventures")
def test_the_thai_map_names_its_tiles_in_thai(client: Client) -> None:
    page = directory(client, "th", "view=map")
    found = tiles(page)
    assert found["CMI"]["name"] == "เชียงใหม่: 3 กิจการ"
    assert found["TH"]["name"] == "ไทย (ทั้งประเทศ): 5 กิจการ"
    assert "ชม" in [t.text for t in map_of(page).iter(f"{SVG}text")]


@pytest.mark.usefixtures("ventures")
def test_the_legend_holds_the_classes_worked_out_by_hand(client: Client) -> None:
    legend = map_of(directory(client, "en", "view=map")).find(f".//{SVG}g[@class='tile-legend']")
    assert legend is not None
    # Largest figure of a province or a CLMV country: 3 (Thailand's 5 is a total, left out): classes of one.
    assert [t.text for t in legend.iter(f"{SVG}text")] == ["Ventures found", "0", "1", "2", "3"]


@pytest.mark.usefixtures("ventures")
def test_the_map_keeps_the_filters_and_its_tiles_narrow_them(client: Client) -> None:
    page = directory(client, "en", "stage=prototype&view=map")
    found = tiles(page)
    assert found["CMI"]["name"] == "Chiang Mai: 2 ventures"
    assert found["KKN"]["name"] == "Khon Kaen: 0 ventures"
    assert found["CMI"]["href"] == "/en/ventures/?province=CMI&stage=prototype"
    # The switch back to the list keeps the filter; the list offers the map with it.
    assert 'href="/en/ventures/?stage=prototype" rel="nofollow">List</a>' in page
    listing = directory(client, "en", "stage=prototype")
    assert 'href="/en/ventures/?stage=prototype&amp;view=map" rel="nofollow">Map</a>' in listing
    assert "tile-map" not in listing


@pytest.mark.usefixtures("ventures")
def test_the_table_behind_the_map_holds_the_same_numbers(client: Client) -> None:
    page = directory(client, "en", "view=map")
    table = page[page.index('<table class="chart-table" id="directory-map-table"') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r'<th scope="row"><a href="([^"]+)">([^<]+)</a></th><td data-value="(\d+)">', table)
    by_name = {name: (int(value), href.replace("&amp;", "&")) for href, name, value in rows}
    assert len(rows) == 82
    assert by_name["Chiang Mai"] == (3, "/en/ventures/?province=CMI")
    assert by_name["Thailand (whole country)"] == (5, "/en/ventures/?country=TH")
    assert by_name["Viet Nam"] == (1, "/en/ventures/?country=VN")
    assert by_name["Trat"] == (0, "/en/ventures/?province=TRT")
    # Provinces in alphabetical order, then the countries.
    names = [name for _href, name, _value in rows]
    assert names[:3] == ["Amnat Charoen", "Ang Thong", "Bangkok"]
    assert names[-5:] == ["Myanmar", "Thailand (whole country)", "Lao PDR", "Viet Nam", "Cambodia"]


def test_an_unknown_view_is_the_list(client: Client) -> None:
    PublishedVentureFactory.create()
    page = directory(client, "en", "view=globe")
    assert "tile-map" not in page and 'class="venture-list"' in page
    # The switch to the map replaces the value it did not understand.
    assert 'href="/en/ventures/?view=map" rel="nofollow">Map</a>' in page
