"""A person searches in Thai from the home page, narrows by an area and opens a venture."""

import re

import pytest

from registry.models import Province, SocialArea
from registry.search.index import rebuild
from tests.factories import PublishedVentureFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _venture(**fields):
    blank = dict.fromkeys(("summary_en", "description_th", "description_en", "problem_th", "problem_en", "name_en"), "")
    return PublishedVentureFactory(**{**blank, **fields})


def test_search_in_thai_narrow_by_area_open_a_venture(live_server, page, screenshot):
    health = SocialArea.objects.get(slug="health")
    welfare = SocialArea.objects.get(slug="finance-employment-welfare")
    _venture(
        slug="warm-home",
        name_th="บ้านอุ่นใจ",
        name_en="Warm Home",
        summary_th="อาสาสมัครดูแลผู้สูงอายุที่อยู่ลำพังในชุมชน",
        areas=[health],
        province=Province.objects.get(abbr_en="CMI"),
    )
    _venture(
        slug="silver-jobs",
        name_th="งานวัยเก๋า",
        summary_th="หางานพาร์ตไทม์ให้ผู้สูงอายุ",
        areas=[welfare],
        province=Province.objects.get(abbr_en="BKK"),
    )
    _venture(slug="river", name_th="ผู้พิทักษ์แม่น้ำ", summary_th="ชุมชนเฝ้าระวังคุณภาพน้ำ", areas=[health])
    rebuild()

    page.goto(f"{live_server.url}/th/")
    assert page.locator("html").get_attribute("lang") == "th"
    search_box = page.get_by_label("คุณกำลังมองหาทางแก้ปัญหาอะไร?")
    search_box.fill("สูงอายุ")
    search_box.press("Enter")

    page.wait_for_url(re.compile(r"/th/ventures/\?q="))
    results = page.locator(".venture-list .venture-card-name a")
    assert sorted(results.all_inner_texts()) == ["งานวัยเก๋า", "บ้านอุ่นใจ"]
    assert "2 กิจการ" in page.locator(".results-count").inner_text()
    screenshot("1-search-results")

    page.locator("#facet-area + ul").get_by_role("link", name=re.compile("สุขภาพ")).click()
    page.wait_for_url(re.compile(r"area=health"))
    assert results.all_inner_texts() == ["บ้านอุ่นใจ"]
    assert page.get_by_role("link", name=re.compile("ด้านนวัตกรรมเพื่อสังคม: สุขภาพ")).is_visible()
    screenshot("2-narrowed-by-area")

    results.first.click()
    page.wait_for_url(re.compile(r"/th/ventures/warm-home/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "บ้านอุ่นใจ"
    assert "เชียงใหม่" in page.locator(".venture-facts").inner_text()
    assert page.get_by_role("main").is_visible()
    shots = screenshot("3-venture-page")
    assert all(path.stat().st_size > 10_000 for path in shots)

    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"/en/ventures/warm-home/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Warm Home"


def test_a_problem_described_in_a_sentence_finds_and_explains(live_server, page, screenshot):
    """A parent describes a problem in Thai; the venture that solves it comes first, its matched
    words marked, with a line saying what it matched and a notice that it matches part of it."""
    education = SocialArea.objects.get(slug="public-sector-education")
    _venture(
        slug="after-school",
        name_th="บ้านอุ่นหลังเลิกเรียน",
        summary_th="พื้นที่ปลอดภัยให้เด็กทำการบ้านและอ่านหนังสือหลังเลิกเรียน ระหว่างที่ผู้ปกครองยังทำงานอยู่",
        areas=[education],
    )
    _venture(
        slug="kids-english",
        name_th="Kids Reading Corner",
        name_en="Kids Reading Corner",
        summary_th="",
        summary_en="Volunteers read with children after school while their parents are at work.",
        areas=[education],
    )
    _venture(slug="river", name_th="ผู้พิทักษ์แม่น้ำ", summary_th="ชุมชนเฝ้าระวังคุณภาพน้ำ")
    rebuild()

    page.goto(f"{live_server.url}/th/ventures/")
    search_box = page.get_by_role("searchbox").first
    search_box.fill("ผู้ปกครองไม่มีเวลาดูแลลูกหลังเลิกเรียน")
    search_box.press("Enter")
    page.wait_for_url(re.compile(r"/th/ventures/\?q="))

    names = page.locator(".venture-list .venture-card-name a").all_inner_texts()
    assert names[0] == "บ้านอุ่นหลังเลิกเรียน"
    assert "Kids Reading Corner" in names  # described only in English, found through the thesaurus
    assert "ผู้พิทักษ์แม่น้ำ" not in names
    assert page.get_by_role("note").inner_text().startswith("ไม่มีกิจการใดตรงกับทุกคำที่พิมพ์")
    first = page.locator(".venture-card").first
    marked = first.locator("mark").all_inner_texts()
    assert {"หลังเลิกเรียน", "ผู้ปกครอง", "เด็ก"} <= set(marked)
    english_card = page.locator(".venture-card").filter(has_text="Kids Reading Corner")
    assert {"children", "after school", "parents"} <= set(english_card.locator("mark").all_inner_texts())
    assert first.locator(".venture-card-why").inner_text().startswith("ตรงกับ:")
    shots = screenshot("search-sentence-th")
    assert all(path.stat().st_size > 10_000 for path in shots)
