"""The directory's queries per page: constant in the number of results, fewer once the facet
labels (six reference tables) are cached, and the labels follow staff's edits."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from programs.models import Programme
from registry.models import Country, Province, Region, Sdg, SocialArea

pytestmark = pytest.mark.django_db

REFERENCE_TABLES = [m._meta.db_table for m in (SocialArea, Region, Province, Country, Sdg, Programme)]


def queries(client, params):
    with CaptureQueriesContext(connection) as captured:
        assert client.get("/th/ventures/", params).status_code == 200
    return [q["sql"] for q in captured.captured_queries]


def reading_reference_tables(sql: list[str]) -> set[str]:
    return {t for t in REFERENCE_TABLES for q in sql if re.search(rf'FROM "{t}"', q)}


@pytest.mark.parametrize("params", [{}, {"q": "กาแฟ"}, {"area": "health"}, {"q": "กาแฟ", "province": "CMI"}])
def test_queries_do_not_grow_with_results_and_drop_with_the_cache_warm(make_venture, reindex, client, params):
    chiang_mai = Province.objects.get(abbr_en="CMI")
    make_venture(slug="first", name_th="กาแฟ 0", areas=["health"], province=chiang_mai)
    reindex()
    queries(client, params)  # per-process warm-up
    cache.clear()
    cold_few = queries(client, params)
    warm_few = queries(client, params)

    for i in range(1, 30):
        make_venture(slug=f"v{i}", name_th=f"กาแฟ {i}", areas=["health", "disaster-management"], province=chiang_mai)
    reindex()
    cache.clear()
    cold_many = queries(client, params)
    warm_many = queries(client, params)

    assert len(cold_many) == len(cold_few)
    assert len(warm_many) == len(warm_few)
    # Cold, the page reads the six tables for the facets' labels; warm, only the rows of the values
    # chosen (the form checks them) and the areas that explain a search's matches.
    assert reading_reference_tables(cold_many) == set(REFERENCE_TABLES)
    allowed = {SocialArea._meta.db_table} if {"q", "area"} & set(params) else set()
    allowed |= {Province._meta.db_table} if "province" in params else set()
    assert reading_reference_tables(warm_many) <= allowed
    assert len(warm_many) <= len(cold_many) - 6


def test_browsing_warm_reads_no_reference_table(make_venture, reindex, client):
    make_venture(slug="one", name_th="หนึ่ง", areas=["health"])
    reindex()
    cold = queries(client, {})
    assert reading_reference_tables(cold) == set(REFERENCE_TABLES)
    assert reading_reference_tables(queries(client, {})) == set()


def test_labels_follow_staff_edits(make_venture, reindex, client, django_capture_on_commit_callbacks):
    make_venture(slug="one", name_th="หนึ่ง", areas=["health"])
    reindex()
    assert "สุขภาพ" in client.get("/th/ventures/").content.decode()
    area = SocialArea.objects.get(slug="health")
    with django_capture_on_commit_callbacks(execute=True):
        area.name_th = "สุขภาพและการแพทย์ทางเลือก"
        area.save()
    assert "สุขภาพและการแพทย์ทางเลือก" in client.get("/th/ventures/").content.decode()

    programme = Programme.objects.order_by("pk")[0]
    client.get("/en/ventures/", {"program": programme.slug})
    with django_capture_on_commit_callbacks(execute=True):
        programme.name_en = "A renamed programme"
        programme.save()
    assert "A renamed programme" in client.get("/en/ventures/", {"program": programme.slug}).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        sdg = Sdg.objects.get(number=3)
        sdg.name_en = "Good health for all"
        sdg.save()
    html = client.get("/en/ventures/", {"sdg": "3"}).content.decode()
    assert "Good health for all" in html
