"""The thesaurus files (registry/data/thesaurus/) are well formed and broad enough.

Pure checks of the shipped data, read with the csv module on its own (no Django, no loader):
they judge the files, whatever the loader does with them.
"""

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "registry" / "data"
THESAURUS = DATA / "thesaurus"
HEADER = ["key", "areas", "sdgs", "th", "en"]
KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
THAI = re.compile(r"[\u0e00-\u0e7f]")
# Words too general to stand for one problem: a concept holding one would join unrelated ventures.
TOO_GENERAL = {"ปัญหา", "ช่วยเหลือ", "คน", "ชุมชน", "problem", "people", "help", "community", "การ", "the"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == HEADER, f"{path.name}: header must be {','.join(HEADER)}"
        return list(reader)


def _terms(cell: str) -> list[str]:
    return [t.strip() for t in cell.split("|") if t.strip()]


TOPIC_FILES = sorted(THESAURUS.glob("concepts-*.csv"))
ALL_FILES = [*TOPIC_FILES, THESAURUS / "places.csv"]


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, dict[str, str]]]:
    return [(path.name, row) for path in ALL_FILES for row in _rows(path)]


def test_at_least_300_topic_concepts() -> None:
    assert sum(len(_rows(path)) for path in TOPIC_FILES) >= 300


def test_keys_are_unique_and_well_formed(rows: list[tuple[str, dict[str, str]]]) -> None:
    counts = Counter(row["key"] for _, row in rows)
    assert [key for key, n in counts.items() if n > 1] == []
    assert [row["key"] for _, row in rows if not KEY.match(row["key"])] == []


def test_every_concept_has_thai_and_english_words(rows: list[tuple[str, dict[str, str]]]) -> None:
    missing = [row["key"] for _, row in rows if not _terms(row["th"]) or not _terms(row["en"])]
    assert missing == []
    not_thai = [(row["key"], t) for _, row in rows for t in _terms(row["th"]) if not THAI.search(t)]
    assert not_thai == []
    thai_in_english = [(row["key"], t) for _, row in rows for t in _terms(row["en"]) if THAI.search(t)]
    assert thai_in_english == []


def test_topic_concepts_name_real_areas_and_sdgs() -> None:
    with (DATA / "social_areas.csv").open(encoding="utf-8") as handle:
        areas = {row["code"] for row in csv.DictReader(handle)}
    for path in TOPIC_FILES:
        for row in _rows(path):
            codes = [c for c in row["areas"].split(";") if c]
            assert codes, f"{row['key']} has no area"
            assert set(codes) <= areas, row["key"]
            assert all(s.isdigit() and 1 <= int(s) <= 17 for s in row["sdgs"].split(";") if s), row["key"]


def test_places_have_no_area_and_cover_every_province() -> None:
    places = _rows(THESAURUS / "places.csv")
    assert all(not row["areas"] for row in places)
    words = {t.casefold() for row in places for cell in (row["th"], row["en"]) for t in _terms(cell)}
    with (DATA / "thai_provinces.csv").open(encoding="utf-8") as handle:
        provinces = list(csv.DictReader(handle))
    assert len(provinces) == 77
    assert [p["name_en"] for p in provinces if p["name_th"].casefold() not in words] == []
    assert [p["name_en"] for p in provinces if p["name_en"].casefold() not in words] == []


def test_a_word_belongs_to_one_concept(rows: list[tuple[str, dict[str, str]]]) -> None:
    owners: dict[str, set[str]] = {}
    for _, row in rows:
        for term in _terms(row["th"]) + _terms(row["en"]):
            owners.setdefault(term.casefold(), set()).add(row["key"])
    assert {t: sorted(keys) for t, keys in owners.items() if len(keys) > 1} == {}


def test_no_word_is_too_general(rows: list[tuple[str, dict[str, str]]]) -> None:
    general = [
        (row["key"], t) for _, row in rows for t in _terms(row["th"]) + _terms(row["en"]) if t.casefold() in TOO_GENERAL
    ]
    assert general == []


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Aliases the issue names, checked against the files rather than taken from them.
        ("ลาว", "laos"),
        ("สปป.ลาว", "lao pdr"),
        ("พม่า", "burma"),
        ("เมียนมา", "myanmar"),
        ("เวียดนาม", "viet nam"),
        ("กัมพูชา", "cambodia"),
        ("โคราช", "nakhon ratchasima"),
        ("ผู้พิการ", "people with disabilities"),
        ("คนพิการ", "disabled"),
        ("รพ.สต.", "sub-district health promoting hospital"),
        ("เด็ก", "children"),
        ("ขยะ", "waste"),
        ("ขยะ", "garbage"),
    ],
)
def test_known_aliases_share_a_concept(rows: list[tuple[str, dict[str, str]]], one: str, other: str) -> None:
    concepts = [
        row["key"] for _, row in rows if {one, other} <= {t.casefold() for t in _terms(row["th"]) + _terms(row["en"])}
    ]
    assert len(concepts) == 1, f"{one} and {other} should be words of one concept"
