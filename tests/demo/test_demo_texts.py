"""The default demo gives every venture its own words: no two share a text, none is a near-copy of another.

A search over the demo is only worth judging if its results differ; ventures whose texts are the
same with the place swapped make look-alike result pages.
"""

import re
from collections import defaultdict
from itertools import combinations

import pytest

from demo.seed import seed_demo
from registry.models import Country, Province, Venture

pytestmark = pytest.mark.django_db

TEXT_FIELDS = ("summary_th", "summary_en", "problem_th", "problem_en", "description_th", "description_en")
DIGITS = re.compile(r"[0-9๐-๙,.]+")
NOT_LETTERS = re.compile(r"[^\w]+")


@pytest.fixture
def ventures() -> list[Venture]:
    seed_demo()  # the default: 300 ventures, the default seed
    return list(Venture.objects.select_related("province", "country").order_by("pk"))


def _shared(ventures: list[Venture], field: str, key=lambda text: text) -> dict[str, list[str]]:
    holders: dict[str, list[str]] = defaultdict(list)
    for venture in ventures:
        text = getattr(venture, field)
        if text.strip():
            holders[key(text)].append(venture.slug)
    return {text: slugs for text, slugs in holders.items() if len(slugs) > 1}


def test_no_two_demo_ventures_share_a_summary_problem_or_description(ventures: list[Venture]) -> None:
    assert len(ventures) == 300
    for field in TEXT_FIELDS:
        assert _shared(ventures, field) == {}, field


def _without_places_and_digits(text: str, places: list[str]) -> str:
    for place in places:
        text = text.replace(place, " ")
    text = DIGITS.sub(" ", text.lower())
    return NOT_LETTERS.sub("", text)


def _trigrams(text: str) -> set[str]:
    text = NOT_LETTERS.sub(" ", DIGITS.sub(" ", text.lower())).strip()
    return {text[k : k + 3] for k in range(len(text) - 2)}


def test_no_demo_summary_is_a_near_copy_of_another(ventures: list[Venture]) -> None:
    # Province and country names (longest first); other places (villages, cities) are caught by
    # the similarity check: two summaries that differ only in a place share most of their trigrams.
    places = [p.name_th for p in Province.objects.all()] + [p.name_en for p in Province.objects.all()]
    places += [c.name_th for c in Country.objects.all()] + [c.name_en for c in Country.objects.all()]
    places = sorted({p for p in places if p}, key=len, reverse=True)
    for field in ("summary_th", "summary_en"):
        assert _shared(ventures, field, key=lambda text: _without_places_and_digits(text, places)) == {}, field
        written = [v for v in ventures if getattr(v, field).strip()]
        grams = {v.slug: _trigrams(getattr(v, field)) for v in written}
        close = []
        for a, b in combinations(written, 2):
            ga, gb = grams[a.slug], grams[b.slug]
            similarity = len(ga & gb) / len(ga | gb)
            if similarity >= 0.6:
                close.append((a.slug, b.slug, round(similarity, 2)))
        assert close == [], field
