"""Text search over the index: which ventures match, in what order, and "did you mean".

Ranking (the same formula on both databases, computed in SQL): for every required term and
every field, a whole-word (or whole-phrase) match scores 16 × the field's weight and a match
inside a longer word scores the weight; name 8, summary 4, description and problem 2, areas
and places 1. So a whole-word match anywhere outranks any match inside other words (`นา`,
rice field, before `ธนาคาร`, bank), and within each kind name beats summary beats description.

Ranking every match of a broad term is slow (docs/thai-search.md: 0.9 s at 100k), so only a
window is ranked: up to RANK_WINDOW documents whose name has a term as a word, up to
RANK_WINDOW with every term as a word, and up to RANK_WINDOW of the other matches, each picked
by an index without sorting. Results past the window follow, newest first. Counts stop at
COUNT_CAP ("1,000+").
"""

import functools
import math
import operator
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connection
from django.db.models import Case, Expression, IntegerField, Q, QuerySet, Value, When
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

from ..models import SearchTerm, VentureSearchDocument
from .backends import SearchBackend, get_backend
from .query import ParsedQuery, Term
from .stopwords import is_stop_word
from .text import closest_part, edit_distance

RANK_WINDOW = 500
COUNT_CAP = 1000
FIELD_WEIGHTS = (("name", 8), ("summary", 4), ("body", 2), ("places", 1))
WHOLE_WORD_FACTOR = 16
SUGGESTION_CANDIDATES = 30


def _term_score(term: Term) -> list[Expression]:
    parts: list[Expression] = []
    whole = f" {term.phrase} "
    for field, weight in FIELD_WEIGHTS:
        parts.append(
            Case(
                When(Q(**{f"{field}__contains": whole}), then=Value(weight * WHOLE_WORD_FACTOR)),
                default=Value(0),
                output_field=IntegerField(),
            )
        )
        inside = Q(**{f"{field}__contains": term.text})
        if term.phrase != term.text:
            inside |= Q(**{f"{field}__contains": term.phrase})
        parts.append(Case(When(inside, then=Value(weight)), default=Value(0), output_field=IntegerField()))
    return parts


def score_expression(query: ParsedQuery) -> Expression:
    parts = [part for term in query.include for part in _term_score(term)]
    if not parts:
        return Value(0, output_field=IntegerField())
    return functools.reduce(operator.add, parts)


@dataclass
class TextSearch:
    """A parsed query bound to the database's backend."""

    query: ParsedQuery
    backend: SearchBackend

    @classmethod
    def for_query(cls, query: ParsedQuery) -> "TextSearch":
        return cls(query=query, backend=get_backend())

    def matching(self, docs: QuerySet[VentureSearchDocument]) -> QuerySet[VentureSearchDocument]:
        """Documents with every required term and no excluded one, found through the text indexes."""
        return self.backend.restrict(docs, self.query)

    def matching_among(self, docs: QuerySet[VentureSearchDocument]) -> QuerySet[VentureSearchDocument]:
        """The same test on a few documents already picked (e.g. by facets), without the text indexes.

        PostgreSQL badly underestimates trigram LIKE (10 rows for 50,000 matches) and would
        drive the query from the trigram index, rechecking every match of a common word, even
        when the facets leave a hundred ventures. `strpos`/`instr` cannot use that index, so the
        few documents are read and tested directly: the same substring test, so the same answer.
        """
        for term in self.query.include:
            docs = docs.filter(GreaterThan(StrIndex("text", Value(term.text)), 0))
        for term in self.query.exclude:
            docs = docs.exclude(GreaterThan(StrIndex("text", Value(term.text)), 0))
        return docs

    def capped_count(self, matching: QuerySet[VentureSearchDocument]) -> int:
        """The number of matches, stopping at COUNT_CAP + 1."""
        return matching.values("pk")[: COUNT_CAP + 1].count()

    def first_matches(self, matching: QuerySet[VentureSearchDocument]) -> list[int]:
        """Ids of the first COUNT_CAP + 1 matches, as the database finds them (one query).

        Their number is the capped count, the first RANK_WINDOW of them open the ranking window
        and the facets count them: read once, instead of finding (and rechecking) the same
        matches three times, which cost most of a broad search.
        """
        return list(matching.values_list("pk", flat=True)[: COUNT_CAP + 1])

    def ranked(
        self,
        matching: QuerySet[VentureSearchDocument],
        scope: QuerySet[VentureSearchDocument] | None = None,
        first: list[int] | None = None,
    ) -> list[int]:
        """Venture ids of the ranking window, best first (one query).

        `scope` is what `matching` was taken from (published ventures, facets): the word tiers
        are picked from it through the word indexes alone, then tested for the substrings on
        those few rows. Had they gone through the trigram index, a term that is never a whole
        word (สูงอายุ, only ever inside ผู้สูงอายุ) would recheck every substring match looking
        for one (2.3 s at 100k ventures). `first`: `first_matches(matching)` when already read,
        so the window starts from those ids instead of finding them again.
        """
        compiled: list[tuple[str, tuple[Any, ...] | list[Any]]] = []
        if first is not None:
            if first[:RANK_WINDOW]:
                values = ", ".join(["(%s)"] * len(first[:RANK_WINDOW]))
                compiled.append((f"SELECT * FROM (VALUES {values}) first_matches", first[:RANK_WINDOW]))  # noqa: S608
            parts = []
        else:
            parts = [matching.values("pk")[:RANK_WINDOW]]
        if any(t.tokens for t in self.query.include):
            words_from = scope if scope is not None else matching
            parts.append(words_from.filter(self.backend.name_words(self.query)).values("pk")[:RANK_WINDOW])
            parts.append(words_from.filter(self.backend.all_words(self.query)).values("pk")[:RANK_WINDOW])
        # One IN over a UNION of the parts, each stopping at RANK_WINDOW rows, so the outer query
        # fetches the candidates by primary key. (Django will not put sliced querysets in a
        # UNION on SQLite, hence the compiled SQL; every value stays a parameter.)
        for part in parts:
            try:
                compiled.append(part.query.sql_with_params())
            except EmptyResultSet:  # e.g. facets that leave no venture (pk__in=[]): nothing to rank
                continue
        if not compiled:
            return []
        window_sql = " UNION ".join(f"SELECT * FROM ({sql}) window_{i}" for i, (sql, _) in enumerate(compiled))  # noqa: S608
        window_params = [param for _, params in compiled for param in params]
        # The window's ids are read first, then scored by primary key. In one query, PostgreSQL
        # estimated the substring test on every document as cheap and read the whole table to
        # join it with the window (a common word: 580 ms of a 620 ms search at 20,000 ventures,
        # against about 40 ms in two).
        with connection.cursor() as cursor:
            cursor.execute(window_sql, window_params)
            window = [row[0] for row in cursor.fetchall()]
        if not window:
            return []
        # The score is worked out here rather than by score_expression in SQL: PostgreSQL
        # detoasted each long field once per LIKE (16 of them per term), about 60 ms for the
        # window of a common word; Python reads each field once. Same formula, same order.
        rows = (
            self.matching_among(VentureSearchDocument.objects.filter(pk__in=window))
            .values_list("pk", "name", "summary", "body", "places", "venture__published_at")
            .order_by()
        )
        nulls_first = connection.vendor == "postgresql"  # where DESC puts a venture never published
        scored = []
        for pk, name, summary, body, places, published_at in rows:
            fields = {"name": name, "summary": summary, "body": body, "places": places}
            stamp = published_at.timestamp() if published_at is not None else (math.inf if nulls_first else -math.inf)
            scored.append((-self.score(fields), -stamp, -pk))
        return [-key[2] for key in sorted(scored)]

    def score(self, fields: dict[str, str]) -> int:
        """`score_expression` of one document's fields, in Python."""
        total = 0
        for term in self.query.include:
            whole = f" {term.phrase} "
            for field, weight in FIELD_WEIGHTS:
                value = fields[field] or ""
                if whole in value:
                    total += weight * WHOLE_WORD_FACTOR
                if term.text in value or (term.phrase != term.text and term.phrase in value):
                    total += weight
        return total

    def after_window(
        self, matching: QuerySet[VentureSearchDocument], ranked: list[int], start: int, stop: int
    ) -> list[int]:
        """Ids of matches past the ranking window, newest first, [start:stop] of that remainder."""
        return list(
            matching.exclude(pk__in=ranked)
            .order_by("-venture__published_at", "-venture_id")
            .values_list("pk", flat=True)[start:stop]
        )

    def suggestion(self) -> str | None:
        """The query with misspelt words replaced by the closest indexed words, or None."""
        # Function words are never "corrected" (too much → "too such"): they are not topics.
        candidates = [
            t for t in self.query.include if " " not in t.text and len(t.text) >= 3 and not is_stop_word(t.text)
        ]
        if not candidates:
            return None
        lookup = {t.text for t in candidates} | {tok for t in candidates for tok in t.tokens}
        known = set(SearchTerm.objects.filter(term__in=lookup).values_list("term", flat=True))
        replacements: dict[Term, str] = {}
        for term in candidates:
            if term.text in known or all(tok in known for tok in term.tokens):
                continue
            best = closest_word(term.text, self.backend.similar_words(term.text, SUGGESTION_CANDIDATES))
            if best is not None:
                replacements[term] = best
        if not replacements:
            return None
        include = " ".join(replacements.get(t, t.display()) for t in self.query.include)
        exclude = " ".join(f"-{t.display()}" for t in self.query.exclude)
        return f"{include} {exclude}".strip()


def closest_word(word: str, candidates: list[tuple[str, int]]) -> str | None:
    """The indexed word nearest to `word` by edit distance, then the most used one, if close enough.

    When no whole word is close, a close part of a longer word is offered: the segmenter keeps
    compounds whole (`การท่องเที่ยว`), so `ท่องเทียว` is corrected to the part `ท่องเที่ยว`,
    which matches as a substring.
    """
    limit = 1 if len(word) <= 4 else 2
    best: tuple[int, int, int, str] | None = None
    for candidate, frequency in candidates:
        if candidate == word:
            return None
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            key = (distance, 0, -frequency, candidate)
        else:
            distance, part = closest_part(word, candidate, limit)
            if distance > limit or not distance or len(part) < 3:
                continue
            key = (distance, 1, -frequency, part)
        if best is None or key < best:
            best = key
    return best[3] if best is not None else None
