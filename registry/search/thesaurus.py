"""The concept thesaurus: loading the reviewed files, and finding concepts in a text.

A concept's words are matched on the same analysis as everything else (registry/search/text.py):
a Thai word or phrase matches where its letters appear between two word boundaries of the text
(token boundaries and the cuts inside compounds, so สูงอายุ is found in ผู้สูงอายุ but นา is not
found in ธนาคาร); an English or mixed phrase matches the same sequence of keys (stems, so
"people with disabilities" matches "person with a disability" only through its own words, and
"flood" matches "flooding").

The matcher is built from the database once per process and rebuilt when the thesaurus version
(a cache key bumped by every change) moves on.
"""

import csv
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.cache import cache
from django.db import transaction

from .. import models as registry_models
from ..models import Concept, ConceptTerm
from .text import is_thai, keys, normalise, split_points, word_key, words_normalised

THESAURUS_DIR = Path(__file__).resolve().parent.parent / "data" / "thesaurus"
VERSION_KEY = "registry:search:thesaurus-version"
CONCEPT_PREFIX = "~"
MAX_PHRASE_WORDS = 6
# A term found inside a word (not at its edges) needs this many letters, marks not counted.
MIN_LETTERS_INSIDE = 3


@dataclass(frozen=True)
class ConceptRow:
    key: str
    areas: tuple[int, ...]
    sdgs: tuple[int, ...]
    th: tuple[str, ...]
    en: tuple[str, ...]
    is_place: bool


def _split(cell: str, sep: str) -> list[str]:
    return [part.strip() for part in (cell or "").split(sep) if part.strip()]


def read_files(directory: Path = THESAURUS_DIR) -> list[ConceptRow]:
    """Every concept of the thesaurus files (README.md in that folder gives the format)."""
    rows: list[ConceptRow] = []
    for path in sorted(directory.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                rows.append(
                    ConceptRow(
                        key=row["key"].strip(),
                        areas=tuple(int(c) for c in _split(row["areas"], ";")),
                        sdgs=tuple(int(c) for c in _split(row["sdgs"], ";")),
                        th=tuple(dict.fromkeys(_split(row["th"], "|"))),
                        en=tuple(dict.fromkeys(_split(row["en"], "|"))),
                        is_place=path.name == "places.csv",
                    )
                )
    return rows


def load(rows: Iterable[ConceptRow], models: Any = None) -> tuple[int, int]:
    """Create or update the concepts of `rows`, idempotently; concepts edited in the admin stay as
    they are. `models`: an object with Concept, ConceptTerm, SocialArea and Sdg attributes (a
    migration's historical models); the current models by default. Returns (created, updated)."""
    if models is None:
        models = registry_models
    areas = {a.code: a for a in models.SocialArea.objects.all()}
    sdgs = {s.number: s for s in models.Sdg.objects.all()}
    created = updated = 0
    with transaction.atomic():
        for row in rows:
            concept = models.Concept.objects.filter(key=row.key).first()
            if concept is not None and concept.edited_in_admin:
                continue
            fields = {"label_th": row.th[0], "label_en": row.en[0], "is_place": row.is_place}
            if concept is None:
                concept = models.Concept.objects.create(key=row.key, **fields)
                created += 1
            else:
                current_terms = set(concept.terms.values_list("language", "term"))
                wanted_terms = {("th", t) for t in row.th} | {("en", t) for t in row.en}
                current = {f: getattr(concept, f) for f in fields}
                same_links = set(concept.areas.values_list("code", flat=True)) == set(row.areas) and set(
                    concept.sdgs.values_list("number", flat=True)
                ) == set(row.sdgs)
                if current == fields and current_terms == wanted_terms and same_links:
                    continue
                models.Concept.objects.filter(pk=concept.pk).update(**fields)
                concept.terms.all().delete()
                updated += 1
            concept.areas.set([areas[c] for c in row.areas if c in areas])
            concept.sdgs.set([sdgs[n] for n in row.sdgs if n in sdgs])
            models.ConceptTerm.objects.bulk_create(
                [models.ConceptTerm(concept=concept, language="th", term=t) for t in row.th]
                + [models.ConceptTerm(concept=concept, language="en", term=t) for t in row.en]
            )
    if created or updated:
        transaction.on_commit(bump_version)
    return created, updated


def thesaurus_version() -> int:
    return int(cache.get_or_set(VERSION_KEY, 1, timeout=None) or 1)


def bump_version() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 2, timeout=None)
    _matcher_cache.clear()


@dataclass(frozen=True)
class Hit:
    """A concept found in a text: which concept and the words of the text that named it."""

    concept: str
    surface: str


@dataclass
class Matcher:
    """Finds the concepts named in a list of normalised words."""

    thai: dict[str, set[str]] = field(default_factory=dict)  # compact Thai term → concept keys
    phrases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # keys of other terms → concepts
    labels: dict[str, tuple[str, str]] = field(default_factory=dict)  # concept → (Thai, English) label
    areas: dict[str, tuple[int, ...]] = field(default_factory=dict)  # concept → area codes
    surfaces: dict[str, tuple[str, ...]] = field(default_factory=dict)  # concept → its words, as written
    places: set[str] = field(default_factory=set)
    # First two letters of every Thai term, first key of every phrase: most places in a text
    # start no term, and these sets say so without trying every length.
    thai_starts: dict[str, int] = field(default_factory=dict)  # first two letters → longest term
    phrase_starts: set[str] = field(default_factory=set)

    def add(self, concept: str, term: str) -> None:
        tokens = words_normalised(normalise(term))
        # A term made only of function words (the province เลย is also "at all") would be found in
        # every other sentence: such a word names its concept in the data, not in search.
        if not tokens or not keys(tokens):
            return
        if all(is_thai(t) for t in tokens):
            compact = "".join(tokens)
            self.thai.setdefault(compact, set()).add(concept)
            self.thai_starts[compact[:2]] = max(self.thai_starts.get(compact[:2], 0), len(compact))
        else:
            keyed = tuple(word_key(t) for t in tokens)
            self.phrases.setdefault(keyed, set()).add(concept)
            self.phrase_starts.add(keyed[0])

    def find(self, tokens: list[str] | tuple[str, ...]) -> list[Hit]:
        """The concepts named in `tokens` (normalised words, in order), each once, in text order."""
        hits: dict[str, Hit] = {}
        for surface, concepts in self._thai_hits(tokens):
            for concept in sorted(concepts):
                hits.setdefault(concept, Hit(concept, surface))
        if self.phrases:
            keyed = [word_key(t) for t in tokens]
            for start in range(len(keyed)):
                if keyed[start] not in self.phrase_starts:
                    continue
                for length in range(1, min(MAX_PHRASE_WORDS, len(keyed) - start) + 1):
                    named = self.phrases.get(tuple(keyed[start : start + length]))
                    if named:
                        surface = " ".join(tokens[start : start + length])
                        for concept in sorted(named):
                            hits.setdefault(concept, Hit(concept, surface))
        return list(hits.values())

    def _thai_hits(self, tokens: list[str] | tuple[str, ...]) -> Iterator[tuple[str, set[str]]]:
        if not self.thai:
            return
        for run in _thai_runs(tokens):
            text = "".join(run)
            bounds = {0}
            cuts = {0}
            offset = 0
            for token in run:
                cuts.update(offset + p for p in split_points(token))
                offset += len(token)
                bounds.add(offset)
            cuts |= bounds
            ordered = sorted(cuts)
            count = len(ordered)
            for i, start in enumerate(ordered):
                longest = self.thai_starts.get(text[start : start + 2], 0)
                if not longest:  # most places start no term: no slice of the cuts to copy
                    continue
                for j in range(i + 1, count):
                    end = ordered[j]
                    if end - start > longest:
                        break
                    concepts = self.thai.get(text[start:end])
                    # Inside a word, a short term is a syllable of something else (แม่ in แม่น้ำ).
                    if concepts and (
                        (start in bounds and end in bounds) or _letters(text[start:end]) >= MIN_LETTERS_INSIDE
                    ):
                        yield text[start:end], concepts


def _letters(text: str) -> int:
    return sum(1 for c in text if not unicodedata.combining(c) and unicodedata.category(c)[0] != "M")


def _thai_runs(tokens: list[str] | tuple[str, ...]) -> Iterator[list[str]]:
    run: list[str] = []
    for token in tokens:
        if is_thai(token):
            run.append(token)
        elif run:
            yield run
            run = []
    if run:
        yield run


_matcher_cache: dict[int, Matcher] = {}


def build_matcher() -> Matcher:
    matcher = Matcher()
    for concept in Concept.objects.prefetch_related("areas"):
        matcher.labels[concept.key] = (concept.label_th, concept.label_en)
        matcher.areas[concept.key] = tuple(sorted(a.code for a in concept.areas.all()))
        if concept.is_place:
            matcher.places.add(concept.key)
    surfaces: dict[str, list[str]] = {}
    for key, term in ConceptTerm.objects.values_list("concept__key", "term").order_by("concept__key", "pk"):
        matcher.add(key, term)
        surfaces.setdefault(key, []).append(term)
    matcher.surfaces = {key: tuple(terms) for key, terms in surfaces.items()}
    return matcher


def matcher() -> Matcher:
    """The thesaurus as it is now (rebuilt after a change, once per process)."""
    version = thesaurus_version()
    found = _matcher_cache.get(version)
    if found is None:
        _matcher_cache.clear()
        found = _matcher_cache[version] = build_matcher()
    return found


def concept_key(concept: str) -> str:
    return f"{CONCEPT_PREFIX}{concept}"
