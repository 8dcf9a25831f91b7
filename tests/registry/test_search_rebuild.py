"""The full rebuild with Thai segmentation in worker processes (outside a test transaction)."""

from collections.abc import Iterator
from typing import Any

import pytest
from django.db import connections

from registry.models import SearchTerm, VentureSearchDocument
from registry.models.ventures import VentureStatus
from registry.search.index import rebuild

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(scope="module", autouse=True)
def _restore_migrated_data(django_db_setup: Any, django_db_blocker: Any) -> Iterator[None]:
    """A transactional test empties the database; put the migrated reference data back."""
    yield
    with django_db_blocker.unblock():
        for connection in connections.all():
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


def test_a_parallel_rebuild_gives_the_same_index_as_a_sequential_one(make_venture):
    for i in range(7):
        make_venture(slug=f"v{i}", name_th=f"กาแฟดอย {i}", summary_th="ชุมชนผู้สูงอายุปลูกกาแฟอินทรีย์")
    make_venture(slug="draft", name_th="ร่าง", status=VentureStatus.DRAFT)

    rebuild(batch_size=3, jobs=1)
    sequential = {d.pk: (d.name, d.summary, d.text) for d in VentureSearchDocument.objects.all()}
    words = dict(SearchTerm.objects.values_list("term", "frequency"))

    documents, _ = rebuild(batch_size=3, jobs=2)
    parallel = {d.pk: (d.name, d.summary, d.text) for d in VentureSearchDocument.objects.all()}
    assert documents == 7
    assert parallel == sequential
    assert dict(SearchTerm.objects.values_list("term", "frequency")) == words
    assert words["ผู้สูงอายุ"] == 7
