"""Searching by a description of a problem: rank ventures by how much of it they cover.

The keyword search (engine.py) needs every word. A sentence ("ผู้ปกครองไม่มีเวลาดูแลลูก
หลังเลิกเรียน", "too much waste in our rivers") seldom has all its words in one venture, so it is
ranked instead, BM25-style (docs/search.md):

- the query's keys (text.py `keys`: no function words, English stems, Thai compounds and their
  parts) each score idf × a saturated document weight (the BM25F weight of the posting);
- rarer keys weigh more: IDF from SearchKey, the number of documents per key, which every
  reindex keeps up to date;
- a query word that names a thesaurus concept also scores the concept (documents that name it
  with any of its words, Thai or English, formal or colloquial), a little below a literal match;
- a venture in an area the query's concepts belong to gets a modest boost.

Candidates come from the postings table through its (key, weight, document) index, at most
CANDIDATES_PER_KEY per key, heaviest first; the best of them are then scored on every key.
Quoted phrases and excluded words keep their meaning: a phrase must appear, an excluded word
must not.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import QuerySet

from ..models import SearchKey, SearchPosting, VentureArea, VentureSearchDocument
from .query import ParsedQuery
from .text import keys, word_key, words
from .thesaurus import CONCEPT_PREFIX, Hit, concept_key, matcher

K1 = 1.2
# How much a key counts, by how it came from the query.
LITERAL_WEIGHT = 1.0
PART_WEIGHT = 0.5  # a part of a compound the person typed
CONCEPT_WEIGHT = 0.7  # a concept one of the words names
PLACE_WEIGHT = 1.0  # a place the words name (Korat = นครราชสีมา): as good as the literal name
MAX_SPAN = 3  # a concept counts for at most this many of the words that name it
AREA_BOOST = 0.15  # × the score, for a venture in an area the query's concepts belong to
CANDIDATES_PER_KEY = 1000
SCORED_CANDIDATES = 400
# Results scoring below this share of the best are not shown (a stray common word).
MIN_SHARE = 0.15
MAX_RESULTS = 1000


@dataclass(frozen=True)
class QueryKey:
    key: str
    weight: float
    label: str  # what the reader sees in "Matches:"


@dataclass
class ProblemQuery:
    """What ranking looks for: weighted keys, the concepts named, and the areas they suggest."""

    keys: list[QueryKey]
    hits: list[Hit]
    areas: set[int]
    # A typed word's key → the keys of its compound parts.
    parts: dict[str, list[str]] = field(default_factory=dict)
    # A concept key → the typed words (and their parts) that named it: one idea said two ways.
    groups: dict[str, set[str]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.keys


def analyse_query(query: ParsedQuery, language: str | None = None) -> ProblemQuery:
    """The keys of what a person typed (every required term, quoted or not), with their weights."""
    thesaurus = matcher()
    by_key: dict[str, QueryKey] = {}

    def add(key: str, weight: float, label: str) -> None:
        current = by_key.get(key)
        if current is None or current.weight < weight:
            by_key[key] = QueryKey(key, weight, label)

    tokens: list[str] = []
    for term in query.include:
        tokens.extend(term.tokens or words(term.text))
    parts: dict[str, list[str]] = {}
    for token in tokens:
        whole = None
        for token_key, is_part in keys([token]):
            add(token_key, PART_WEIGHT if is_part else LITERAL_WEIGHT, token_key)
            if not is_part:
                whole = token_key
            elif whole is not None:
                parts.setdefault(whole, []).append(token_key)
    # Labels: the word as typed rather than its stem.
    typed = {word_key(t): t for t in tokens}
    for key, qk in list(by_key.items()):
        by_key[key] = QueryKey(key, qk.weight, typed.get(key, qk.label))
    hits = thesaurus.find(tokens)
    areas: set[int] = set()
    groups: dict[str, set[str]] = {}
    for hit in sorted(hits, key=lambda h: -len(h.surface)):
        named = {k for k, _ in keys(words(hit.surface))} - {k for g in groups.values() for k in g}
        groups[concept_key(hit.concept)] = named
        label_th, label_en = thesaurus.labels.get(hit.concept, (hit.surface, hit.surface))
        label = label_en if (language or "th")[:2] == "en" else label_th
        is_place = hit.concept in thesaurus.places
        # A concept named by several words ("forest fires", ขยะในแม่น้ำ) stands for all of them.
        span = max(1, len([k for k, is_part in keys(words(hit.surface)) if not is_part]))
        add(concept_key(hit.concept), (PLACE_WEIGHT if is_place else CONCEPT_WEIGHT) * min(span, MAX_SPAN), label)
        areas.update(thesaurus.areas.get(hit.concept, ()))
    return ProblemQuery(keys=list(by_key.values()), hits=hits, areas=areas, parts=parts, groups=groups)


@dataclass
class Ranked:
    """Ranked document ids, best first, with the keys each one matched."""

    ids: list[int]
    scores: dict[int, float]
    matched: dict[int, list[QueryKey]] = field(default_factory=dict)
    # A typed word no venture has (nor all of its parts), and no concept named: likely a typo.
    misspelt: bool = False
    # The first venture has every typed word (no "matches part of your description" notice).
    complete: bool = False


def _idf(documents: int, total: int) -> float:
    return math.log(1 + (total - documents + 0.5) / (documents + 0.5))


def _saturate(weight: float) -> float:
    return weight * (K1 + 1) / (weight + K1)


def rank(
    problem: ProblemQuery,
    *,
    scope: list[int] | None = None,
    allowed: QuerySet[VentureSearchDocument] | None = None,
    stop_if_misspelt: bool = False,
) -> Ranked:
    """Documents ranked by how much of the problem they cover.

    `scope`: only these document ids (the facets chosen left few ventures); `allowed`: a queryset
    the results must belong to (facets that leave many, the phrase and exclusion filters);
    `stop_if_misspelt`: rank nothing when a word looks misspelt (a keyword query: "did you mean"
    answers it, and ranking its other words would only cost time).
    """
    if problem.is_empty:
        return Ranked([], {})
    by_key = {qk.key: qk for qk in problem.keys}
    counts = dict(SearchKey.objects.filter(key__in=list(by_key)).values_list("key", "documents"))
    # The parts of a typed word that no venture has count only when every part is found: น้ำสะอาด
    # finds "น้ำ ... สะอาด", but a misspelt ท่องเทียว is not searched as ท่อง alone (did you mean).
    # A typed word no venture has is searched by its parts only when every part is found: น้ำสะอาด
    # finds "น้ำ ... สะอาด", but a misspelt ท่องเทียว is not searched as ท่อง alone (did you mean).
    unfound = ignored_words(problem, counts)
    ignored = {part for whole in unfound for part in problem.parts[whole]}
    present = [qk for qk in problem.keys if counts.get(qk.key) and qk.key not in ignored]
    typed = [qk.key for qk in problem.keys if not is_concept(qk.key) and qk.weight >= LITERAL_WEIGHT]
    misspelt = not problem.hits and any(
        not counts.get(word) and not (problem.parts.get(word) and word not in unfound) for word in typed
    )
    if not present or (misspelt and stop_if_misspelt):
        return Ranked([], {}, misspelt=misspelt)
    total = VentureSearchDocument.objects.count()
    idf = {qk.key: _idf(counts[qk.key], total) * qk.weight for qk in present}

    if scope is not None:
        partial: dict[int, float] = defaultdict(float)
        rows = SearchPosting.objects.filter(key__in=list(idf), document__in=scope).values_list(
            "document_id", "key", "weight"
        )
        for doc, key, weight in rows:
            partial[doc] += idf[key] * _saturate(weight)
        candidates = sorted(partial, key=lambda d: (-partial[d], -d))[:SCORED_CANDIDATES]
    else:
        candidates = _best_candidates(idf)
    if allowed is not None and candidates:
        keep = set(allowed.filter(pk__in=candidates).values_list("pk", flat=True))
        candidates = [d for d in candidates if d in keep]
    if not candidates:
        return Ranked([], {}, misspelt=misspelt)
    # Every key of the best candidates (a common key may have stopped before reaching them).
    contributions: dict[int, dict[str, float]] = defaultdict(dict)
    matched: dict[int, list[QueryKey]] = defaultdict(list)
    for doc, key, weight in SearchPosting.objects.filter(key__in=list(idf), document__in=candidates).values_list(
        "document_id", "key", "weight"
    ):
        contributions[doc][key] = idf[key] * _saturate(weight)
        matched[doc].append(by_key[key])
    scores = {doc: _grouped_score(found, problem.groups) for doc, found in contributions.items()}
    if problem.areas:
        in_area = set(
            VentureArea.objects.filter(venture_id__in=candidates, area__code__in=problem.areas).values_list(
                "venture_id", flat=True
            )
        )
        for doc in in_area:
            if doc in scores:
                scores[doc] *= 1 + AREA_BOOST
    if not scores:
        return Ranked([], {}, misspelt=misspelt)
    best = max(scores.values())
    ids = sorted((d for d in scores if scores[d] >= MIN_SHARE * best), key=lambda d: (-scores[d], -d))[:MAX_RESULTS]
    typed_keys = {qk.key for qk in problem.keys if not is_concept(qk.key) and qk.weight >= LITERAL_WEIGHT}
    complete = bool(ids) and typed_keys <= {qk.key for qk in matched[ids[0]]}
    return Ranked(
        ids=ids,
        scores={d: scores[d] for d in ids},
        matched={d: matched[d] for d in ids},
        misspelt=misspelt,
        complete=complete,
    )


def _best_candidates(idf: dict[str, float]) -> list[int]:
    """The SCORED_CANDIDATES documents with the best partial scores over the heaviest
    CANDIDATES_PER_KEY postings of each key, in one query: the database reads each key's postings
    through the (key, weight, document) index, adds them up per document and keeps the best. (One query per
    key, summed in Python, read some 10,000 rows into Django for an 8-word sentence.)"""
    table = connection.ops.quote_name(SearchPosting._meta.db_table)
    saturated = f"weight * {K1 + 1!r} / (weight + {K1!r})"
    parts: list[str] = []
    params: list[float | str] = []
    for i, (key, key_idf) in enumerate(sorted(idf.items())):
        parts.append(
            f"SELECT * FROM (SELECT document_id, %s * ({saturated}) AS part FROM {table} "  # noqa: S608
            f"WHERE key = %s ORDER BY weight DESC LIMIT {CANDIDATES_PER_KEY:d}) AS key_{i}"
        )
        params.extend([key_idf, key])
    sql = (
        f"SELECT document_id FROM ({' UNION ALL '.join(parts)}) AS postings "  # noqa: S608
        f"GROUP BY document_id ORDER BY SUM(part) DESC, document_id DESC LIMIT {SCORED_CANDIDATES:d}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def _grouped_score(found: dict[str, float], groups: dict[str, set[str]]) -> float:
    """A document's score: each key's contribution, except that a concept and the typed words that
    named it are one idea, scored by the better of the two (the words, or the concept said in other
    words or the other language), not both: a venture in the query's language gets no double
    credit over one that says the same thing in the other language."""
    total = 0.0
    grouped: set[str] = set()
    for concept, named in groups.items():
        literal = sum(found.get(k, 0.0) for k in named)
        total += max(literal, found.get(concept, 0.0))
        grouped |= named | {concept}
    return total + sum(value for key, value in found.items() if key not in grouped)


def ignored_words(problem: ProblemQuery, counts: dict[str, int]) -> set[str]:
    """Typed words that no venture has and whose parts are not all found either."""
    return {
        whole
        for whole, its_parts in problem.parts.items()
        if not counts.get(whole) and not all(counts.get(p) for p in its_parts)
    }


def matched_keys(problem: ProblemQuery, doc_ids: list[int]) -> dict[int, list[QueryKey]]:
    """The query keys each of these documents has (to explain keyword results too)."""
    if problem.is_empty or not doc_ids:
        return {}
    by_key = {qk.key: qk for qk in problem.keys}
    found: dict[int, list[QueryKey]] = defaultdict(list)
    for doc, key in SearchPosting.objects.filter(key__in=list(by_key), document__in=doc_ids).values_list(
        "document_id", "key"
    ):
        found[doc].append(by_key[key])
    return dict(found)


def is_concept(key: str) -> bool:
    return key.startswith(CONCEPT_PREFIX)
