"""The golden set's files are complete and consistent: what the corpus and the statements must
hold for the figures to mean something (tests/search/golden.py describes the files)."""

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.search.golden import LANGUAGES, STAGES, STYLES, TEXT_FIELDS, load_problems, load_ventures

REFERENCE = Path(__file__).resolve().parents[2] / "registry" / "data"
THAI = re.compile("[\u0e00-\u0e7f]")
CLMV = {"KH", "LA", "MM", "VN"}
# The issue's own examples are the tester's: the set must not contain them.
ISSUE_EXAMPLES = {
    "ผู้ปกครองไม่มีเวลาดูแลลูกหลังเลิกเรียน",
    "ชาวประมงพื้นบ้านรายได้ลดลงทุกปี",
    "ขยะในแม่น้ำเพิ่มขึ้นทุกปี",
    "หมู่บ้านไม่มีไฟฟ้าใช้",
    "students cannot afford textbooks",
    "too much waste in our rivers",
    "old people living alone no one take care",
    "elderly care",
}


def reference(name: str, column: str) -> set[str]:
    with (REFERENCE / name).open(encoding="utf-8") as f:
        return {row[column] for row in csv.DictReader(f)}


@pytest.fixture(scope="module")
def ventures():
    return load_ventures()


@pytest.fixture(scope="module")
def problems():
    return load_problems()


def test_the_corpus_has_60_to_80_distinct_ventures(ventures):
    assert 60 <= len(ventures) <= 80
    assert len({v.slug for v in ventures}) == len(ventures)
    for field in TEXT_FIELDS:
        texts = [getattr(v, field) for v in ventures if getattr(v, field)]
        assert len(set(texts)) == len(texts), f"two ventures share a {field}"


def test_every_venture_uses_the_reference_tables(ventures):
    areas, provinces = reference("social_areas.csv", "slug"), reference("thai_provinces.csv", "abbr_en")
    countries = reference("countries.csv", "iso2")
    for v in ventures:
        assert v.areas and set(v.areas) <= areas, v.slug
        assert v.country in countries, v.slug
        assert (v.province in provinces) if v.country == "TH" else (v.province is None), v.slug
        assert v.stage in STAGES, v.slug
    assert {a for v in ventures for a in v.areas} == areas, "every one of the nine areas has ventures"


def test_the_corpus_mixes_languages_and_countries(ventures):
    languages = Counter(frozenset(v.languages) for v in ventures)
    assert all(v.languages for v in ventures)
    thai_only, english_only = languages[frozenset({"th"})], languages[frozenset({"en"})]
    assert 0.25 <= thai_only / len(ventures) <= 0.40, "about a third are Thai only"
    assert 0.15 <= english_only / len(ventures) <= 0.25, "about a fifth are English only"
    assert sum(v.country in CLMV for v in ventures) >= 8
    assert {v.country for v in ventures} >= CLMV
    assert sum(v.youth_led for v in ventures) >= 3


def test_each_text_is_written_in_its_fields_language(ventures):
    for v in ventures:
        for field in ("summary_th", "description_th", "name_th"):
            if getattr(v, field):
                assert THAI.search(getattr(v, field)), (v.slug, field)
        for field in ("summary_en", "description_en", "name_en"):
            assert not THAI.search(getattr(v, field)), (v.slug, field)
        assert v.name_th or v.name_en
        assert v.summary_th or v.summary_en


def test_enough_statements_of_every_kind(problems):
    assert len(problems) >= 70
    assert len({p.q for p in problems}) == len(problems)
    langs, styles = Counter(p.lang for p in problems), Counter(p.style for p in problems)
    assert set(langs) <= set(LANGUAGES) and set(styles) <= set(STYLES)
    assert langs["th"] >= 45 and langs["en"] >= 18
    assert styles["place"] >= 5
    assert 6 <= styles["keyword"] <= 12
    assert Counter(p.style for p in problems if p.lang == "th")["colloquial"] >= 15


def test_statements_are_written_in_their_language(problems):
    for p in problems:
        assert bool(THAI.search(p.q)) == (p.lang == "th"), p.q


def test_keyword_statements_are_short_and_sentences_are_not(problems):
    for p in problems:
        if p.style == "keyword":
            assert len(p.q.split()) <= 3 and len(p.q) <= 25, p.q
        else:
            assert len(p.q) >= 15, p.q


def test_grades_name_ventures_of_the_corpus(problems, ventures):
    slugs = {v.slug for v in ventures}
    for p in problems:
        assert p.relevant, p.q
        assert set(p.relevant) <= slugs and set(p.partial) <= slugs, p.q
        assert not set(p.relevant) & set(p.partial), p.q
        assert p.note, p.q


def test_cross_language_statements_both_ways(problems, ventures):
    by_slug = {v.slug: v for v in ventures}
    cross = Counter(p.lang for p in problems if p.is_cross_language(by_slug))
    assert cross["th"] >= 8, "Thai statements answered only by English-only ventures"
    assert cross["en"] >= 8, "English statements answered only by Thai-only ventures"


def test_statements_are_not_copied_from_the_ventures_or_the_issue(problems, ventures):
    texts = "\n".join(v.text().lower() for v in ventures)
    for p in problems:
        assert p.q not in ISSUE_EXAMPLES, p.q
        if p.style != "keyword":
            assert p.q.lower() not in texts, p.q
