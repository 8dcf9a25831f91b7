"""The statistics page's tile maps: THB granted and published ventures per province and country,
figures and colour classes worked out by hand from the rows below."""

import re
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from django.test import Client

from grants.models import Award
from registry.models.ventures import Stage
from tests.factories import PublishedVentureFactory, VentureFactory
from tests.support.grants import make_award

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def rows() -> list[Award]:
    """THB 800,000 to Chiang Mai, 2,500,000 to Khon Kaen, 450,000.50 to Songkhla, 560,000 (in VND)
    to Viet Nam; one more published venture in Chiang Mai without a grant, and a draft."""
    awards = [
        make_award(area=1, programme="project-grants", year=2023, province="CMI", amount="800000"),
        make_award(area=1, programme="scale-up", year=2025, province="KKN", amount="2500000"),
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
        ),
    ]
    PublishedVentureFactory.create(stage=Stage.IDEA)
    VentureFactory.create()  # a draft: not counted
    return awards


def map_on(client: Client, language: str, map_id: str) -> ET.Element:
    page = client.get(f"/{language}/stats/").content.decode()
    start = page.index(f'<section class="chart-block" id="{map_id}"')
    svg = re.search(r"<svg.*?</svg>", page[start:], re.S)
    assert svg is not None
    return ET.fromstring(svg.group(0))  # noqa: S314 - our own page


def tiles(root: ET.Element) -> dict[str, dict[str, Any]]:
    return {
        a.get("data-code", ""): {
            "name": a.get("aria-label"),
            "href": a.get("href"),
            "texts": [t.text for t in a.iter(f"{SVG}text")],
        }
        for a in root.iter(f"{SVG}a")
    }


def legend(root: ET.Element) -> list[str | None]:
    found = root.find(f".//{SVG}g[@class='tile-legend']")
    assert found is not None
    return [t.text for t in found.iter(f"{SVG}text")]


@pytest.mark.usefixtures("rows")
def test_the_grants_map_shows_thb_granted_per_province_and_country(client: Client) -> None:
    root = map_on(client, "en", "map-granted-by-province")
    found = tiles(root)
    assert len(found) == 82
    assert found["CMI"]["name"] == "Chiang Mai: THB 800,000.00 granted"
    assert found["KKN"]["name"] == "Khon Kaen: THB 2,500,000.00 granted"
    assert found["SKA"]["name"] == "Songkhla: THB 450,000.50 granted"
    assert found["VN"]["name"] == "Viet Nam: THB 560,000.00 granted"
    assert found["TH"]["name"] == "Thailand (whole country): THB 3,750,000.50 granted"
    assert found["BKK"]["name"] == "Bangkok: THB 0.00 granted"
    # Millions on the tiles.
    assert found["CMI"]["texts"] == ["CMI", "0.8"]
    assert found["KKN"]["texts"] == ["KKN", "2.5"]
    assert found["SKA"]["texts"] == ["SKA", "0.45"]
    assert found["TH"]["texts"] == ["THA", "3.75"]
    assert found["BKK"]["texts"] == ["BKK", "0"]
    assert found["KKN"]["href"] == "/en/ventures/?province=KKN"
    # Largest of a province or CLMV country 2,500,000: steps of one million up to three.
    assert legend(root) == ["THB granted (millions)", "0", "up to 1", "1–2", "2–3"]


@pytest.mark.usefixtures("rows")
def test_the_ventures_map_counts_published_ventures(client: Client) -> None:
    root = map_on(client, "th", "map-ventures-by-province")
    found = tiles(root)
    assert found["CMI"]["name"] == "เชียงใหม่: 2 กิจการ"
    assert found["CMI"]["texts"] == ["ชม", "2"]
    assert found["KKN"]["name"] == "ขอนแก่น: 1 กิจการ"
    assert found["VN"]["name"] == "เวียดนาม: 1 กิจการ"
    assert found["TH"]["name"] == "ไทย (ทั้งประเทศ): 4 กิจการ"
    assert found["CMI"]["href"] == "/th/ventures/?province=CMI"
    # Largest 2: classes of one.
    assert legend(root) == ["กิจการที่เผยแพร่แล้ว", "0", "1", "2"]


def test_an_empty_registry_shows_a_sentence_instead_of_a_map(client: Client) -> None:
    page = client.get("/en/stats/").content.decode()
    assert "tile-map" not in page
