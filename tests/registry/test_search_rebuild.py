"""The full rebuild with Thai segmentation in worker processes (outside a test transaction)."""

import pytest

from registry.models import SearchTerm, VentureSearchDocument
from registry.models.ventures import VentureStatus
from registry.search.index import rebuild, tidy_after_rebuild

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_parallel_rebuild_gives_the_same_index_as_a_sequential_one(migrated_data, make_venture):
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


def test_the_index_is_tidied_after_a_rebuild_and_still_answers(migrated_data, make_venture, client):
    make_venture(slug="elderly", name_th="บ้านผู้สูงอายุ")
    rebuild(batch_size=10, jobs=1)
    assert tidy_after_rebuild() in {"VACUUM ANALYZE", "FTS5 optimize, ANALYZE"}
    assert [r["slug"] for r in client.get("/api/v1/ventures/", {"q": "สูงอายุ"}).json()["results"]] == ["elderly"]
