"""Keeping the search index: one document per published venture, and the word list.

`reindex_ventures` (run by a task after a service or an import commits) brings ventures'
documents and the word frequencies in line with the ventures; `rebuild` recomputes everything
in batches.
Only published ventures have a document: everything else is unsearchable by construction.
"""

import functools
import multiprocessing
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db import connection, connections, transaction
from django.db.models import F, Prefetch, QuerySet

from ..models import SearchKey, SearchPosting, SearchTerm, Venture, VentureArea, VentureSearchDocument
from ..models.ventures import VentureStatus
from .text import compact_normalised, keys, normalise, padded, words_normalised
from .thesaurus import Matcher, concept_key, matcher

MAX_TERM_LENGTH = 100
TERMS_PER_QUERY = 500
# Ventures per reindex task when many change at once (an import).
REINDEX_BATCH = 200
GENERATION_KEY = "registry:search:generation"

# BM25F (docs/search.md): each field's weight (the same 8:4:2:1 as the keyword ranking), the
# length a field typically has (in keys), and how much a longer field is discounted.
FIELD_WEIGHTS = {"name": 4.0, "summary": 2.0, "body": 1.0, "places": 0.5}
TYPICAL_LENGTH = {"name": 4.0, "summary": 18.0, "body": 90.0, "places": 10.0}
LENGTH_DISCOUNT = 0.5
# A compound's part counts for this much of the whole word.
PART_WEIGHT = 0.5


def search_generation() -> int:
    """A number that changes whenever the index changes (keys of cached directory figures)."""
    return int(cache.get_or_set(GENERATION_KEY, 1, timeout=None) or 1)


def bump_search_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there (evicted, or a fresh cache)
        cache.set(GENERATION_KEY, 2, timeout=None)


@dataclass(frozen=True)
class VentureTexts:
    """The raw strings a venture is found by, grouped by how much a match in them weighs."""

    venture_id: int
    names: tuple[str, ...]
    summaries: tuple[str, ...]
    bodies: tuple[str, ...]
    places: tuple[str, ...]


@dataclass(frozen=True)
class DocumentFields:
    venture_id: int
    name: str
    summary: str
    body: str
    places: str
    text: str
    postings: tuple[tuple[str, float], ...] = ()

    def to_model(self) -> VentureSearchDocument:
        return VentureSearchDocument(
            venture_id=self.venture_id,
            name=self.name,
            summary=self.summary,
            body=self.body,
            places=self.places,
            text=self.text,
        )


def _names(obj: object) -> tuple[str, ...]:
    return tuple(s for s in (getattr(obj, "name_th", ""), getattr(obj, "name_en", "")) if s)


def venture_texts(venture: Venture) -> VentureTexts:
    """What is indexed: names, summaries, description and problem, and the names of the
    venture's areas, province, region and country in Thai and English."""
    places: list[str] = []
    for venture_area in venture.venture_areas.all():
        places.extend(_names(venture_area.area))
    if venture.province is not None:
        places.extend(_names(venture.province))
        places.extend(_names(venture.province.region))
    places.extend(_names(venture.country))
    return VentureTexts(
        venture_id=venture.pk,
        names=_names(venture),
        summaries=tuple(s for s in (venture.summary_th, venture.summary_en) if s),
        bodies=tuple(
            s for s in (venture.description_th, venture.description_en, venture.problem_th, venture.problem_en) if s
        ),
        places=tuple(places),
    )


def _analyse(strings: tuple[str, ...]) -> tuple[str, list[list[str]]]:
    """(compact copies joined by newlines, the words of each string) of a group of strings."""
    compacts: list[str] = []
    tokens: list[list[str]] = []
    for raw in strings:
        normalised = normalise(raw)
        compacts.append(compact_normalised(normalised))
        tokens.append(words_normalised(normalised))
    return "\n".join(c for c in compacts if c), tokens


def field_postings(groups: dict[str, list[list[str]]], thesaurus: Matcher) -> dict[str, float]:
    """The BM25F weight of every key and concept of a document, from each field's words."""
    weights: dict[str, float] = {}
    for field_name, strings in groups.items():
        occurrences: dict[str, float] = {}
        length = 0
        for tokens in strings:
            for key, is_part in keys(tokens):
                occurrences[key] = occurrences.get(key, 0.0) + (PART_WEIGHT if is_part else 1.0)
                length += 0 if is_part else 1
            for hit in thesaurus.find(tokens):
                name = concept_key(hit.concept)
                occurrences[name] = occurrences.get(name, 0.0) + 1.0
        if not occurrences:
            continue
        norm = 1 - LENGTH_DISCOUNT + LENGTH_DISCOUNT * max(length, 1) / TYPICAL_LENGTH[field_name]
        factor = FIELD_WEIGHTS[field_name] / norm
        for key, count in occurrences.items():
            weights[key] = weights.get(key, 0.0) + count * factor
    return weights


def document_fields(texts: VentureTexts) -> DocumentFields:
    """Segment and normalise a venture's texts (pure: runs in worker processes during a rebuild)."""
    analysed = {
        name: _analyse(group)
        for name, group in (
            ("name", texts.names),
            ("summary", texts.summaries),
            ("body", texts.bodies),
            ("places", texts.places),
        )
    }
    words = {name: [w for tokens in group[1] for w in tokens] for name, group in analysed.items()}
    postings = field_postings({name: group[1] for name, group in analysed.items()}, matcher())
    return DocumentFields(
        venture_id=texts.venture_id,
        name=padded(words["name"]),
        summary=padded(words["summary"]),
        body=padded(words["body"]),
        places=padded(words["places"]),
        text="\n".join(compact for compact, _ in analysed.values() if compact),
        postings=tuple(sorted((k, round(w, 4)) for k, w in postings.items() if len(k) <= 110)),
    )


def is_indexable_term(word: str) -> bool:
    """Words kept for "did you mean": two characters or more, not a number."""
    return 2 <= len(word) <= MAX_TERM_LENGTH and not word.isdigit()


def term_set(fields: DocumentFields | VentureSearchDocument) -> set[str]:
    joined = f"{fields.name} {fields.summary} {fields.body} {fields.places}"
    return {w for w in joined.split() if is_indexable_term(w)}


def indexable_ventures() -> QuerySet[Venture]:
    """Published ventures with everything `venture_texts` reads, in two queries per batch."""
    return (
        Venture.objects.published()
        .select_related("country", "province__region")
        .prefetch_related(Prefetch("venture_areas", queryset=VentureArea.objects.select_related("area")))
    )


def _adjust_term_counts(delta: Counter[str]) -> None:
    """Change the word frequencies by `delta` (word → +n / -n), dropping words no document uses."""
    _adjust_counts(SearchTerm, "term", "frequency", delta)


def _adjust_key_counts(delta: Counter[str]) -> None:
    """Change the documents-per-key counts (ranking's IDF) by `delta`."""
    _adjust_counts(SearchKey, "key", "documents", delta)


def _adjust_counts(model: Any, name: str, count: str, delta: Counter[str]) -> None:
    by_change: dict[int, list[str]] = {}
    for term, change in delta.items():
        if change:
            by_change.setdefault(change, []).append(term)
    added = sorted(t for t, change in delta.items() if change > 0)
    for chunk in _chunked(added):
        model.objects.bulk_create([model(**{name: t, count: 0}) for t in chunk], ignore_conflicts=True)
    for change, terms in sorted(by_change.items()):
        for chunk in _chunked(sorted(terms)):
            model.objects.filter(**{f"{name}__in": chunk}).update(**{count: F(count) + change})
    removed = sorted(t for t, change in delta.items() if change < 0)
    for chunk in _chunked(removed):
        model.objects.filter(**{f"{name}__in": chunk, f"{count}__lte": 0}).delete()


def _postings(fields: list[DocumentFields]) -> list[SearchPosting]:
    return [
        SearchPosting(document_id=f.venture_id, key=key, weight=weight) for f in fields for key, weight in f.postings
    ]


def insert_postings(fields: list[DocumentFields]) -> None:
    """Write the postings of these documents (a few hundred per venture): PostgreSQL's COPY,
    about twice as fast as INSERT at full-rebuild scale; bulk INSERTs elsewhere."""
    if connection.vendor == "postgresql":
        _copy_postings(fields)
    else:
        SearchPosting.objects.bulk_create(_postings(fields), batch_size=2000)


def _copy_postings(fields: list[DocumentFields]) -> None:
    table = SearchPosting._meta.db_table
    with connection.cursor() as cursor:
        copy_sql = f"COPY {table} (document_id, key, weight) FROM STDIN"
        with cursor.cursor.copy(copy_sql) as copy:
            for f in fields:
                for key, weight in f.postings:
                    copy.write_row((f.venture_id, key, weight))


def _chunked(items: list[Any], size: int = TERMS_PER_QUERY) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@transaction.atomic
def reindex_ventures(venture_ids: Iterable[int]) -> set[int]:
    """Make the search documents of these ventures match them (none for the unpublished ones).

    Idempotent: the word frequencies change by the difference between the stored documents and
    the new ones, so running it twice changes nothing the second time. A few queries for any
    number of ventures (an import sends REINDEX_BATCH at a time). Returns the ids searchable now.
    """
    ids = sorted(set(venture_ids))
    # Locking the venture rows (in id order: no deadlock between two batches) serialises two
    # reindexes of one venture.
    statuses = dict(Venture.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", "status"))
    published = [pk for pk in ids if statuses.get(pk) == VentureStatus.PUBLISHED]
    new = [document_fields(venture_texts(v)) for v in indexable_ventures().filter(pk__in=published).order_by("pk")]
    delta: Counter[str] = Counter()
    for old in VentureSearchDocument.objects.filter(pk__in=ids):
        delta.subtract(term_set(old))
    for fields in new:
        delta.update(term_set(fields))
    _adjust_term_counts(delta)
    key_delta: Counter[str] = Counter(SearchPosting.objects.filter(document__in=ids).values_list("key", flat=True))
    for key in key_delta:
        key_delta[key] = -key_delta[key]
    for fields in new:
        key_delta.update(key for key, _ in fields.postings)
    _adjust_key_counts(key_delta)
    SearchPosting.objects.filter(document__in=ids).delete()
    VentureSearchDocument.objects.filter(pk__in=ids).delete()
    VentureSearchDocument.objects.bulk_create([fields.to_model() for fields in new])
    insert_postings(new)
    browse_counts_changed()
    transaction.on_commit(bump_search_generation)
    return {fields.venture_id for fields in new}


def browse_counts_changed() -> None:
    # Imported here: registry.search.facets imports registry.tasks, which imports this module.
    from .facets import browse_counts_changed as changed

    changed()


def reindex_venture(venture_id: int) -> bool:
    """`reindex_ventures` for one venture: whether it is searchable now."""
    return venture_id in reindex_ventures([venture_id])


# Set inside `batched_search_reindex`: the ids to reindex when the block ends.
_pending_batch: ContextVar[list[int] | None] = ContextVar("registry_search_reindex_batch", default=None)


def schedule_search_reindex(venture: Venture) -> None:
    """Reindex `venture` once the surrounding transaction commits (a task; eager without a broker)."""
    # Imported here: registry.tasks imports this module.
    from ..tasks import reindex_venture_search

    batch = _pending_batch.get()
    if batch is not None:
        batch.append(venture.pk)
        return
    venture_id = venture.pk
    transaction.on_commit(lambda: reindex_venture_search.delay(venture_id))


@contextmanager
def batched_search_reindex() -> Iterator[None]:
    """Within the block, reindexes are collected instead of sent one task per venture; at its end
    they are sent as tasks of REINDEX_BATCH ventures, after the surrounding transaction commits
    (nothing is sent if the block raises, as its transaction rolls back)."""
    # Imported here: registry.tasks imports this module.
    from ..tasks import reindex_ventures_search

    ids: list[int] = []
    token = _pending_batch.set(ids)
    try:
        yield
    finally:
        _pending_batch.reset(token)
    for chunk in _chunked(sorted(set(ids)), REINDEX_BATCH):
        transaction.on_commit(functools.partial(reindex_ventures_search.delay, chunk))


def _batches(queryset: QuerySet[Venture], size: int) -> Iterator[list[Venture]]:
    last_pk = 0
    while True:
        batch = list(queryset.filter(pk__gt=last_pk).order_by("pk")[:size])
        if not batch:
            return
        yield batch
        last_pk = batch[-1].pk


def rebuild(
    *, batch_size: int = 500, jobs: int = 1, progress: Callable[[int], object] | None = None
) -> tuple[int, int]:
    """Recompute every document and the word list from the published ventures.

    Segmentation (the slow part) runs in `jobs` worker processes while the previous batch is
    written; each batch is written in its own transaction, so searches keep working during a
    rebuild. Returns (documents, words).
    """
    frequencies: Counter[str] = Counter()
    key_counts: Counter[str] = Counter()
    matcher()  # built once here, before any worker process is forked
    documents = 0
    seen_last = 0

    def write(fields: list[DocumentFields]) -> None:
        nonlocal documents, seen_last
        ids = [f.venture_id for f in fields]
        with transaction.atomic():
            # Documents of ventures no longer published, between the previous batch and this one.
            SearchPosting.objects.filter(document__gt=seen_last, document__lte=ids[-1]).delete()
            VentureSearchDocument.objects.filter(pk__gt=seen_last, pk__lte=ids[-1]).delete()
            VentureSearchDocument.objects.bulk_create([f.to_model() for f in fields], batch_size=batch_size)
            insert_postings(fields)
        seen_last = ids[-1]
        for f in fields:
            frequencies.update(term_set(f))
            key_counts.update(key for key, _ in f.postings)
        documents += len(fields)
        if progress is not None:
            progress(len(fields))

    if jobs <= 1 or connection.in_atomic_block:
        # (Inside a transaction the connection cannot be closed before forking: no workers.)
        for batch in _batches(indexable_ventures(), batch_size):
            write([document_fields(venture_texts(v)) for v in batch])
    else:
        # Forked workers must not share the parent's database connections.
        connections.close_all()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            pending = None
            for batch in _batches(indexable_ventures(), batch_size):
                texts = [venture_texts(v) for v in batch]
                segmenting = pool.map_async(document_fields, texts, chunksize=max(1, len(texts) // (jobs * 4)))
                if pending is not None:
                    write(pending.get())  # the previous batch, while the workers segment this one
                pending = segmenting
            if pending is not None:
                write(pending.get())
    with transaction.atomic():
        SearchPosting.objects.filter(document__gt=seen_last).delete()
        VentureSearchDocument.objects.filter(pk__gt=seen_last).delete()
        SearchTerm.objects.all().delete()
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=t, frequency=n) for t, n in sorted(frequencies.items())], batch_size=2000
        )
        SearchKey.objects.all().delete()
        SearchKey.objects.bulk_create(
            [SearchKey(key=k, documents=n) for k, n in sorted(key_counts.items())], batch_size=2000
        )
        browse_counts_changed()
    bump_search_generation()
    return documents, len(frequencies)


def tidy_after_rebuild() -> str:
    """Refresh planner statistics and compact the indexes after a full rebuild.

    A rebuild rewrites every document: on PostgreSQL that leaves as many dead rows and stale
    statistics (a broad search measured 480 ms before VACUUM ANALYZE, 140 ms after, at 100k
    ventures); on SQLite the FTS5 b-trees are merged. Runs only outside a transaction.
    Returns what was done.
    """
    if connection.in_atomic_block:
        return "skipped (inside a transaction)"
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "VACUUM (ANALYZE) registry_venturesearchdocument, registry_searchterm, registry_searchposting, "
                "registry_searchkey"
            )
            return "VACUUM ANALYZE"
        if connection.vendor == "sqlite":
            for table in ("registry_search_words", "registry_search_text", "registry_search_terms"):
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")  # noqa: S608 - constant names
            cursor.execute("ANALYZE")
            return "FTS5 optimize, ANALYZE"
    return "nothing to do"


def index_outdated() -> bool:
    """Whether the documents were written before the index had search keys (an older release):
    ranking a description needs a rebuild then (done after `migrate`, see registry/apps.py)."""
    return (
        VentureSearchDocument.objects.exists() and not SearchPosting.objects.exists() and not SearchKey.objects.exists()
    )
