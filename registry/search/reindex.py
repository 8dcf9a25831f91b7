"""Reindex only what a thesaurus change touches, instead of rebuilding the whole index.

A concept key is written into the postings of the documents that use one of its words. When staff
change a concept (or `load_thesaurus` loads new files), the documents to redo are those that have
the concept now and those that contain one of its old or new words: found through the text
indexes (the same substring search as a one-word query), then reindexed by tasks in batches.
"""

import functools
from collections.abc import Iterable

from django.db import transaction

from ..models import SearchPosting, VentureSearchDocument
from ..tasks import reindex_ventures_search
from .engine import TextSearch
from .index import REINDEX_BATCH, _chunked
from .query import ParsedQuery, make_term
from .thesaurus import bump_version, concept_key


def documents_for(concepts: Iterable[str], words: Iterable[str]) -> set[int]:
    """Ids of the documents that have one of these concepts or contain one of these words."""
    ids = set(
        SearchPosting.objects.filter(key__in=[concept_key(c) for c in concepts]).values_list("document_id", flat=True)
    )
    for word in set(words):
        term = make_term(word)
        if term is None:
            continue
        matching = TextSearch.for_query(ParsedQuery(include=(term,))).matching(VentureSearchDocument.objects.all())
        ids.update(matching.values_list("pk", flat=True))
    return ids


def reindex_for_concepts(concepts: Iterable[str], words: Iterable[str]) -> int:
    """After the thesaurus changed: new matcher everywhere, then reindex the documents concerned
    (tasks, after the transaction commits). Returns how many ventures are reindexed."""
    concepts, words = list(concepts), list(words)
    if not concepts and not words:
        return 0
    # After the commit, so that no process caches the thesaurus as it was before under the new version.
    transaction.on_commit(bump_version)
    ids = sorted(documents_for(concepts, words))
    for chunk in _chunked(ids, REINDEX_BATCH):
        transaction.on_commit(functools.partial(reindex_ventures_search.delay, chunk))
    return len(ids)
