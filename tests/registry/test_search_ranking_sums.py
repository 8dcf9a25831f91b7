"""The two sums the search now works out outside the ORM, checked against figures worked by hand:

- a description's first candidates: the database adds each document's saturated postings over the
  heaviest postings of every key (`problem._best_candidates`);
- a keyword's ranking window: the field score in Python (`TextSearch.score`), the formula of
  docs/search.md (whole word × 16; name 8, summary 4, description 2, places 1).
"""

import pytest

from registry.models import SearchPosting, VentureSearchDocument
from registry.search import problem
from registry.search.engine import TextSearch
from registry.search.query import parse_query

pytestmark = pytest.mark.django_db


def test_best_candidates_add_each_documents_saturated_postings(make_venture, monkeypatch):
    documents = [make_venture(slug=f"v{i}", name_th=f"กิจการ {i}").pk for i in range(4)]
    SearchPosting.objects.all().delete()
    VentureSearchDocument.objects.all().delete()
    VentureSearchDocument.objects.bulk_create([VentureSearchDocument(venture_id=pk) for pk in documents])
    first, second, third, fourth = documents
    # weight 1.2 saturates to 1.1 (1.2 × 2.2 / 2.4); weight 3.3 to 1.6 (3.3 × 2.2 / 4.5 = 1.6133…).
    SearchPosting.objects.bulk_create(
        [
            SearchPosting(document_id=first, key="a", weight=1.2),  # 2 × 1.1 = 2.2
            SearchPosting(document_id=second, key="a", weight=1.2),  # 2.2
            SearchPosting(document_id=second, key="b", weight=1.2),  # + 1 × 1.1 = 3.3
            SearchPosting(document_id=third, key="b", weight=3.3),  # 1.6133
            SearchPosting(document_id=fourth, key="c", weight=1.2),  # a key not asked for
        ]
    )
    assert problem._best_candidates({"a": 2.0, "b": 1.0}) == [second, first, third]
    # Each key gives only its heaviest postings: with one per key, "a" keeps one of its two
    # documents of equal weight, and "b" keeps the third document's (3.3 over 1.2).
    monkeypatch.setattr(problem, "CANDIDATES_PER_KEY", 1)
    found = problem._best_candidates({"a": 2.0, "b": 1.0})
    assert len(found) == 2
    assert found[1] == third
    assert found[0] in (first, second)
    # At most SCORED_CANDIDATES documents, best first; equal scores: the higher id first.
    monkeypatch.setattr(problem, "CANDIDATES_PER_KEY", 1000)
    monkeypatch.setattr(problem, "SCORED_CANDIDATES", 1)
    assert problem._best_candidates({"a": 2.0}) == [max(first, second)]


def test_keyword_score_worked_by_hand():
    search = TextSearch.for_query(parse_query("ชุมชน"))
    fields = {
        "name": " ชุมชน เข้มแข็ง ",  # a whole word: 8 × 16, and inside: 8
        "summary": " บ้านชุมชนใหม่ ",  # inside a word only: 4
        "body": "",
        "places": " เชียงใหม่ ",  # nothing
    }
    assert search.score(fields) == 8 * 16 + 8 + 4
    two = TextSearch.for_query(parse_query("ชุมชน เชียงใหม่"))
    # ชุมชน as above (140); เชียงใหม่ inside บ้านชุมชนใหม่? no; a whole word in places: 1 × 16 + 1.
    assert two.score(fields) == 140 + 16 + 1
