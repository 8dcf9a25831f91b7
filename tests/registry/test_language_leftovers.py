"""Each page in its reader's language: cohorts, units, the baht, impact figures with their meaning,
Thai text marked as Thai on English pages, consent versions and founded years as people write them."""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import translation

from programs.models import Programme
from registry.accounts import consent_give
from registry.models import Venture
from registry.search.index import rebuild
from tests.factories import (
    AwardFactory,
    CallFactory,
    EntrepreneurFactory,
    ImpactIndicatorFactory,
    ImpactMeasurementFactory,
    ParticipationFactory,
    PublishedVentureFactory,
    VentureFactory,
)
from tests.support.accounts import venture_form_data

pytestmark = pytest.mark.django_db

BLANK_ENGLISH = dict.fromkeys(("name_en", "summary_en", "problem_en", "description_en"), "")


def page(client: Client, venture: Venture, language: str) -> str:
    response = client.get(f"/{language}/ventures/{venture.slug}/")
    assert response.status_code == 200
    return re.sub(r"\s+", " ", response.content.decode())


def test_a_competitions_own_title_is_not_repeated_as_a_thai_cohort(client: Client) -> None:
    competition = Programme.objects.get(slug="business-plan-competition")
    call = CallFactory.create(
        programme=competition,
        title_th="การประกวดแผนธุรกิจนวัตกรรมเพื่อสังคม ปี 2566",
        title_en="Social innovation business plan competition 2023",
    )
    participation = ParticipationFactory.create(
        programme=competition,
        call=call,
        cohort="Social innovation business plan competition 2023",
        outcome="finalist",
    )
    thai = page(client, participation.venture, "th")
    assert "การประกวดแผนธุรกิจนวัตกรรมเพื่อสังคม ปี 2566" in thai
    assert "Social innovation business plan competition 2023" not in thai


@pytest.mark.parametrize(
    ("cohort", "thai", "english"),
    [("2565", "รุ่นปี 2565", "2022 cohort"), ("2567/1", "รุ่นปี 2567/1", "2024/1 cohort"), ("รุ่นที่ 3", "รุ่นที่ 3", "cohort 3")],
)
def test_a_cohort_reads_in_the_pages_calendar_and_words(client: Client, cohort: str, thai: str, english: str) -> None:
    participation = ParticipationFactory.create(cohort=cohort)
    assert thai in page(client, participation.venture, "th")
    en = page(client, participation.venture, "en")
    assert english in en
    assert f"cohort {cohort}" not in en and "รุ่น" not in en


def test_units_amounts_and_impact_figures_in_the_pages_language(client: Client) -> None:
    venture = PublishedVentureFactory.create()
    AwardFactory.create(application__venture=venture, amount=Decimal("800000"))
    indicator = ImpactIndicatorFactory.create(
        venture=venture, name_th="ผู้สูงอายุที่ได้รับการดูแล", name_en="Older people cared for", unit="คน (people)"
    )
    ImpactMeasurementFactory.create(indicator=indicator, actual=Decimal("352.35"), target=Decimal("337.50"))

    thai = page(client, venture, "th")
    assert "(<span>คน</span>)" in thai and "people" not in thai
    assert "800,000.00 บาท" in thai and "800,000.00 THB" not in thai
    assert "ทำได้ 352.35 จากเป้าหมาย 337.5" in thai

    english = page(client, venture, "en")
    assert "(<span>people</span>)" in english and "คน (people)" not in english
    assert "800,000.00 THB" in english
    assert "352.35 achieved, against a target of 337.5" in english
    assert "352.35 / 337.5" not in english


def test_thai_only_content_is_marked_thai_on_english_pages(client: Client) -> None:
    venture = PublishedVentureFactory.create(
        name_th="ธนาคารขยะบ้านแม่ริม", summary_th="ธนาคารขยะชุมชนที่เปลี่ยนขยะเป็นรายได้", **BLANK_ENGLISH
    )
    english = page(client, venture, "en")
    assert '<h1 id="venture-title" lang="th">ธนาคารขยะบ้านแม่ริม</h1>' in english
    assert '<p class="lead" lang="th">ธนาคารขยะชุมชนที่เปลี่ยนขยะเป็นรายได้</p>' in english
    rebuild()
    directory = client.get("/en/ventures/").content.decode()
    assert re.search(r'<a href="/en/ventures/[^"]+/" lang="th">ธนาคารขยะบ้านแม่ริม</a>', directory)
    # On the Thai page the same text is the page's language: no attribute.
    thai = page(client, venture, "th")
    assert '<h1 id="venture-title">ธนาคารขยะบ้านแม่ริม</h1>' in thai


def test_the_consent_version_reads_as_a_month(client: Client) -> None:
    owner = EntrepreneurFactory.create(preferred_language="th")
    consent_give(user=owner, purpose="newsletter")
    client.force_login(owner)
    thai = client.get("/th/my/data/").content.decode()
    assert "มิถุนายน 2568" in thai and "2025-06" not in thai
    assert "June 2025" in client.get("/en/my/data/").content.decode()


def test_a_founded_year_typed_in_the_buddhist_era_comes_back_in_it_on_the_thai_form() -> None:
    owner = EntrepreneurFactory.create(preferred_language="th")
    venture = VentureFactory.create(owner=owner, founded_year=None)
    client = Client()
    client.force_login(owner)
    edit = f"/th/my/ventures/{venture.pk}/edit/"
    with translation.override("th"):
        data = venture_form_data(founded_year="2565")
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    venture.refresh_from_db()
    assert venture.founded_year == 2022  # stored in the Gregorian count
    thai_form = client.get(edit).content.decode()
    assert re.search(r'name="founded_year" value="2565"', thai_form)
    # The form shows the year in the era it was typed in, whatever the page's language
    # (tests/registry/test_my_ventures.py has every case).
    english_form = client.get(f"/en/my/ventures/{venture.pk}/edit/").content.decode()
    assert re.search(r'name="founded_year" value="2565"', english_form)
