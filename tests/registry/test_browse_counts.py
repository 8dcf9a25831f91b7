"""The directory's browsing counts (no word, no facet) are kept in the database: a cold cache
reads them instead of counting every venture, and they follow publish, archive, area and
verification changes."""

import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registry.models import BrowseFacetCounts, SocialArea, Venture
from registry.models.ventures import VentureStatus
from registry.services.moderation import venture_archive, venture_publish, venture_set_verified
from registry.services.profile import venture_set_areas
from tests.factories import ReviewerFactory, StaffFactory

pytestmark = pytest.mark.django_db


def area_counts(client) -> dict[str, int]:
    html = client.get("/th/ventures/").content.decode()
    section = re.search(r'<section class="facet" aria-labelledby="facet-area">(.*?)</section>', html, re.S)
    assert section is not None
    options = re.findall(r'data-value="([^"]+)".*?<span class="facet-count">(\d+)</span>', section.group(1), re.S)
    return {value: int(count) for value, count in options}


def counted_live(client) -> bool:
    """Whether a cold-cache browse counted the ventures (the facet query) instead of reading the stored counts."""
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        client.get("/th/ventures/")
    return any("registry_facet_base" in q["sql"] for q in captured.captured_queries)


@pytest.fixture
def published(make_venture, reindex, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ventures = [make_venture(slug=f"v{i}", name_th=f"กิจการ {i}", areas=["health"]) for i in range(3)]
        reindex()
    return ventures


def test_a_cold_cache_reads_the_stored_counts(published, client):
    assert not counted_live(client)
    assert area_counts(client) == {"health": 3}


def test_counts_follow_publish_archive_areas_and_verification(
    published, make_venture, client, django_capture_on_commit_callbacks
):
    reviewer = ReviewerFactory()
    draft = make_venture(slug="new", name_th="ใหม่", areas=["health"], status=VentureStatus.SUBMITTED)
    with django_capture_on_commit_callbacks(execute=True):
        venture_publish(venture=draft, by=reviewer)
    assert not counted_live(client)
    assert area_counts(client) == {"health": 4}

    with django_capture_on_commit_callbacks(execute=True):
        venture_archive(venture=published[0], by=reviewer, reason="closed")
    assert not counted_live(client)
    assert area_counts(client) == {"health": 3}

    environment = SocialArea.objects.get(slug="environmental-conservation")
    with django_capture_on_commit_callbacks(execute=True):
        venture_set_areas(venture=published[1], areas=[environment], primary=environment)
    assert not counted_live(client)
    assert area_counts(client) == {"health": 2, "environmental-conservation": 1}

    with django_capture_on_commit_callbacks(execute=True):
        venture_set_verified(venture=published[2], by=StaffFactory(is_superuser=True), verified=True, note="ID checked")
    assert not counted_live(client)
    html = client.get("/th/ventures/").content.decode()
    section = re.search(r'<section class="facet" aria-labelledby="facet-verified">(.*?)</section>', html, re.S)
    assert section is not None and '<span class="facet-count">1</span>' in section.group(1)


def test_counts_are_never_read_stale_even_before_the_recount(published, make_venture, client):
    # A change moves the version on in its own transaction; until the recount task runs (here:
    # never, its on-commit is not executed) the page counts live, and correctly.
    venture = make_venture(slug="late", name_th="ช้า", areas=["health"])
    from registry.search.index import reindex_ventures

    reindex_ventures([venture.pk])
    row = BrowseFacetCounts.objects.get(pk=1)
    assert row.counted_version != row.version
    assert counted_live(client)
    assert area_counts(client) == {"health": 4}
    assert Venture.objects.published().count() == 4


def test_many_changes_queue_one_recount(make_venture, django_capture_on_commit_callbacks):
    from registry.search.index import reindex_ventures

    ventures = [make_venture(slug=f"batch-{i}", name_th=f"ชุด {i}", areas=["health"]) for i in range(4)]
    with django_capture_on_commit_callbacks() as callbacks:
        for venture in ventures:  # an import's batches, before any recount has started
            reindex_ventures([venture.pk])
    recounts = [c for c in callbacks if "refresh_browse_facet_counts" in repr(c)]
    assert len(recounts) == 1
    recounts[0]()
    row = BrowseFacetCounts.objects.get(pk=1)
    assert row.counted_version == row.version
    assert row.counts["area"] == {"health": 4}
