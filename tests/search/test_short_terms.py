"""One- and two-character terms on PostgreSQL: answered through the word index where a document
can contain the term only inside one of its words, with the same ventures as a plain LIKE."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registry.models import VentureSearchDocument
from registry.search.backends import words_containing
from registry.search.engine import TextSearch
from registry.search.query import parse_query

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def postgres_only(on_postgres):
    if not on_postgres:
        pytest.skip("SQLite's FTS5 path for short terms is unchanged")


def like_only(text: str) -> set[int]:
    return set(VentureSearchDocument.objects.filter(text__contains=text).values_list("pk", flat=True))


def matched(q: str) -> set[int]:
    search = TextSearch.for_query(parse_query(q))
    return set(search.matching(VentureSearchDocument.objects.all()).values_list("pk", flat=True))


def test_every_two_character_term_of_the_corpus_finds_what_like_finds(golden_corpus):
    texts = list(VentureSearchDocument.objects.values_list("text", flat=True))
    pairs = sorted({t[i : i + 2] for t in texts for i in range(len(t) - 1)} - {""})
    pairs = [p for p in pairs if p.strip() == p and " " not in p and "\n" not in p]
    answered_by_words = 0
    for pair in pairs:
        if len(parse_query(pair).include) != 1 or parse_query(pair).include[0].text != pair:
            continue
        if words_containing(pair) is not None:
            answered_by_words += 1
        assert matched(pair) == like_only(pair), pair
    assert answered_by_words > 200  # ปู, นา, ชา… and Latin pairs went through the word index


@pytest.mark.parametrize("q", ["ปู", "นา", "ชา", "co", "ai", "ญี", "ฮู"])
def test_a_short_term_with_or_without_matches(golden_corpus, q):
    assert matched(q) == like_only(q)


def test_a_term_no_word_contains_reads_no_document(golden_corpus):
    assert words_containing("ฮู") == []
    with CaptureQueriesContext(connection) as captured:
        assert matched("ฮู") == set()
    assert not any("registry_venturesearchdocument" in q["sql"] for q in captured.captured_queries)


def test_terms_that_could_straddle_two_words_keep_like(golden_corpus):
    # ก|ข: a word may end with the first letter and the next begin with the second.
    assert words_containing("กข") is None
    assert words_containing("12") is None  # numbers are not in the word list
    assert words_containing("ป") is None


def test_a_common_term_keeps_like(golden_corpus, monkeypatch):
    # Words that more ventures use than a page counts to: LIKE finds the first matches at once.
    assert words_containing("นา")
    monkeypatch.setattr("registry.search.engine.COUNT_CAP", 2)
    assert words_containing("นา") is None
    assert matched("นา") == like_only("นา")
