""" "By name" in the order readers expect: Thai dictionary order on Thai pages, A–Z on English ones,
on both databases, whichever way a venture was written (form, import, seed, admin, bulk)."""

import io
import random
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.utils import translation
from pythainlp.util import collate

from core.collation import LATIN_FIRST, THAI_FIRST, sort_key, venture_sort_keys
from registry.forms import _province_choices
from registry.models import Venture
from tests.factories import PublishedVentureFactory

DATA = Path(__file__).parent / "data"
# pythainlp's own example of Thai dictionary order.
THAI_WORDS = ["กาล", "เกิด", "ไก่", "เป็ด", "วันที่", "วัว", "หมู"]


def test_thai_words_file_under_their_consonant_not_their_leading_vowel() -> None:
    shuffled = random.Random(7).sample(THAI_WORDS, len(THAI_WORDS))
    assert sorted(shuffled, key=sort_key) == THAI_WORDS == collate(shuffled)
    # Code-point order, for contrast, files every leading-vowel word after ฮ.
    assert sorted(shuffled) != THAI_WORDS


def test_tone_marks_break_ties_only() -> None:
    assert sorted(["ป่า", "ปา", "ป้า", "ปาก"], key=sort_key) == ["ปา", "ป่า", "ป้า", "ปาก"]


def test_latin_ignores_case_and_accents_and_leading_punctuation() -> None:
    names = ["“Zebra” crossing", "apple", "Ăn Sạch", "Banana"]
    assert sorted(names, key=lambda n: sort_key(n, LATIN_FIRST)) == ["Ăn Sạch", "apple", "Banana", "“Zebra” crossing"]


def test_the_page_script_comes_first() -> None:
    names = ["Apple", "ไร่", "กล้วย", "Zebra"]
    assert sorted(names, key=lambda n: sort_key(n, THAI_FIRST)) == ["กล้วย", "ไร่", "Apple", "Zebra"]
    assert sorted(names, key=lambda n: sort_key(n, LATIN_FIRST)) == ["Apple", "Zebra", "กล้วย", "ไร่"]


def test_keys_are_hex_so_any_database_collation_orders_them_alike() -> None:
    key = sort_key("เกษตร 🌾 Farm")
    assert set(key) <= set("0123456789abcdef")


@pytest.mark.django_db
def test_the_directory_sorts_by_name_in_each_page_language(make_venture: Any, client: Any) -> None:
    for slug, th, en in [
        ("rice", "ไร่ข้าวอินทรีย์", "Organic Rice Farm"),
        ("banana", "กล้วยตาก", "Sun-dried Bananas"),
        ("agri", "เกษตรกรรุ่นใหม่", "Young Farmers"),
        ("hala", "ฮาลาลฟู้ด", ""),
        ("apple", "", "apple orchard"),
    ]:
        make_venture(slug=slug, name_th=th, name_en=en)

    def order(language: str) -> list[str]:
        with translation.override(language):
            page = client.get(f"/{language}/ventures/", {"sort": "name"})
        return [v.slug for v in page.context["result"].ventures]

    assert order("th") == ["banana", "agri", "rice", "hala", "apple"]
    assert order("en") == ["apple", "rice", "banana", "agri", "hala"]
    api = client.get("/api/v1/ventures/", {"sort": "name"}, HTTP_ACCEPT_LANGUAGE="th").json()["results"]
    assert [r["slug"] for r in api] == order("th")


@pytest.mark.django_db
def test_province_choices_follow_thai_dictionary_order(client: Any) -> None:
    with translation.override("th"):
        north = dict(_province_choices()[1:])["ภาคเหนือ"]
    names = [label for _, label in north]
    assert names == collate(names)
    assert names.index("เชียงใหม่") < names.index("น่าน")


def _stale(queryset: Any) -> list[str]:
    return [v.slug for v in queryset if (v.name_sort_th, v.name_sort_en) != venture_sort_keys(v.name_th, v.name_en)]


@pytest.mark.django_db
def test_every_way_of_writing_a_venture_keeps_its_keys() -> None:
    call_command("seed_demo", ventures=40, seed=3, stdout=io.StringIO())
    call_command("import_ventures", str(DATA / "import_good.csv"), stdout=io.StringIO())
    venture = PublishedVentureFactory.create(name_th="แม่น้ำสะอาด", name_en="")
    venture.name_en = "Clean River"
    venture.save(update_fields=["name_en"])
    Venture.objects.bulk_update(
        [Venture(pk=venture.pk, name_th="โรงเรียนชาวนา", name_en="Farmer School")], ["name_th", "name_en"]
    )
    assert Venture.objects.count() > 40
    assert _stale(Venture.objects.all()) == []
