"""Fixtures for the directory and search tests: ventures with exactly the text a test gives."""

from collections.abc import Callable
from typing import Any

import pytest

from registry.models import SocialArea, Venture
from registry.models.ventures import VentureStatus
from registry.search.index import rebuild
from tests.factories import PublishedVentureFactory, VentureFactory

BLANK_TEXT = {
    "name_th": "",
    "name_en": "",
    "summary_th": "",
    "summary_en": "",
    "description_th": "",
    "description_en": "",
    "problem_th": "",
    "problem_en": "",
}


@pytest.fixture
def make_venture(db: Any) -> Callable[..., Venture]:
    """A venture with only the text given (the factory's default waste-bank text would match
    searches like `นา`), published unless `status` says otherwise."""

    def make(*, status: str = VentureStatus.PUBLISHED, areas: list[Any] | None = None, **fields: Any) -> Venture:
        factory = PublishedVentureFactory if status == VentureStatus.PUBLISHED else VentureFactory
        area_objects = [SocialArea.objects.get(slug=a) if isinstance(a, str) else a for a in areas or []]
        venture: Venture = factory.create(status=status, areas=area_objects or None, **{**BLANK_TEXT, **fields})
        return venture

    return make


@pytest.fixture
def reindex(db: Any) -> Callable[[], None]:
    """Rebuild the search index from the published ventures (as `rebuild_search_index` does)."""

    def run() -> None:
        rebuild(batch_size=50)

    return run


@pytest.fixture
def api_search(client: Any) -> Callable[..., list[str]]:
    """Slugs the API returns for directory parameters, in order."""

    def search(**params: Any) -> list[str]:
        response = client.get("/api/v1/ventures/", params)
        assert response.status_code == 200, response.content
        return [row["slug"] for row in response.json()["results"]]

    return search
