"""The postings a reindex and a rebuild write (COPY on PostgreSQL, INSERT elsewhere) are the
ones the analysis gives, key for key and weight for weight."""

import pytest

from registry.models import SearchPosting, Venture
from registry.search.index import document_fields, rebuild, reindex_ventures, venture_texts

pytestmark = pytest.mark.django_db


def expected() -> set[tuple[int, str, float]]:
    return {
        (f.venture_id, key, weight)
        for venture in Venture.objects.published()
        for f in [document_fields(venture_texts(venture))]
        for key, weight in f.postings
    }


def stored() -> set[tuple[int, str, float]]:
    return set(SearchPosting.objects.values_list("document_id", "key", "weight"))


def test_postings_are_written_as_analysed(make_venture):
    ventures = [
        make_venture(slug="coffee", name_th="กาแฟดอยชุมชน", summary_en="Hill-tribe coffee, 'fair' \\ trade\ttab"),
        make_venture(slug="elderly", name_th="บ้านผู้สูงอายุ", description_th="ดูแลผู้สูงอายุติดเตียงในชุมชน"),
        make_venture(slug="water", name_en="Nước sạch cho mọi người", summary_th="น้ำสะอาดสำหรับโรงเรียน"),
    ]
    reindex_ventures([v.pk for v in ventures])
    assert len(stored()) > 20
    assert stored() == expected()
    SearchPosting.objects.all().delete()
    rebuild(batch_size=2, jobs=1)
    assert stored() == expected()
