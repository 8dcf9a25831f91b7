"""Why a venture matched: the words and concepts it shares with the query, to show and highlight.

Every result carries an Explanation: `terms`, the labels the reader sees after "Matches:" (the
query's own words, or a concept's label in the page's language when the venture used another
word for it), `areas`, the query's areas the venture is in, and `patterns`, what to <mark> in
its text: the typed words (English by stem, so "flood" marks "flooding"), their compound parts,
and every word of each matched concept in both languages ("ผู้พิการ" is marked in a venture
found for "คนพิการ").
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from ..models import SocialArea, VentureArea
from .problem import ProblemQuery, is_concept, matched_keys
from .text import is_thai, normalise
from .thesaurus import CONCEPT_PREFIX, matcher

MAX_PATTERNS = 400


@dataclass
class Explanation:
    terms: list[str] = field(default_factory=list)
    areas: list[str] = field(default_factory=list)
    patterns: tuple[str, ...] = ()

    def highlight(self, text: str) -> SafeString:
        return highlight(text, self.patterns)


def explain(problem: ProblemQuery, doc_ids: list[int]) -> dict[int, Explanation]:
    """An Explanation for each of these (published) venture ids that matched something."""
    found = matched_keys(problem, doc_ids)
    if not found:
        return {}
    thesaurus = matcher()
    area_names: dict[int, list[str]] = {}
    if problem.areas:
        names = {a.code: a.name for a in SocialArea.objects.filter(code__in=problem.areas)}
        for venture_id, code in VentureArea.objects.filter(
            venture_id__in=list(found), area__code__in=problem.areas
        ).values_list("venture_id", "area__code"):
            area_names.setdefault(venture_id, []).append(names[code])
    result: dict[int, Explanation] = {}
    for doc, query_keys in found.items():
        terms: list[str] = []
        surfaces: list[str] = []
        literal = {qk.key for qk in query_keys if not is_concept(qk.key)}
        for qk in sorted(query_keys, key=lambda q: (is_concept(q.key), -q.weight)):
            if is_concept(qk.key):
                concept = qk.key[len(CONCEPT_PREFIX) :]
                concept_words = thesaurus.surfaces.get(concept, ())
                surfaces.extend(concept_words)
                # A concept already shown through the literal word the person typed is not repeated.
                if not any(normalise(w) in literal for w in concept_words) and qk.label not in terms:
                    terms.append(qk.label)
            else:
                surfaces.append(qk.label)
                if not is_thai(qk.key):
                    surfaces.append(qk.key)  # the stem: "flood" marks "flooding"
                if qk.weight >= 1 and qk.label not in terms:
                    terms.append(qk.label)
        if not terms:
            terms = [qk.label for qk in query_keys[:3]]
        result[doc] = Explanation(
            terms=terms, areas=sorted(set(area_names.get(doc, []))), patterns=tuple(dict.fromkeys(surfaces))
        )
    return result


@lru_cache(maxsize=2048)
def _pattern(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    alternatives: list[str] = []
    for raw in sorted({normalise(p) for p in patterns if p.strip()}, key=len, reverse=True)[:MAX_PATTERNS]:
        if is_thai(raw):
            alternatives.append(re.escape(raw))
        elif len(raw) >= 3:
            # A word and its endings (flood → floods, flooding); whole words only.
            alternatives.append(r"\b" + r"\s+".join(re.escape(w) for w in raw.split()) + r"\w*")
        elif raw:
            alternatives.append(r"\b" + re.escape(raw) + r"\b")
    if not alternatives:
        return None
    return re.compile("|".join(alternatives), re.IGNORECASE)


def highlight(text: str, patterns: tuple[str, ...]) -> SafeString:
    """`text`, escaped, with every match of `patterns` in <mark>."""
    pattern = _pattern(tuple(patterns))
    if not text or pattern is None:
        return escape(text or "")
    out: list[str] = []
    last = 0
    for match in pattern.finditer(text):
        if match.start() == match.end():
            continue
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece of text above is escaped
