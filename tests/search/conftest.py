"""Fixtures of the golden set: the fixed corpus, created once per test module.

Creating 70-odd ventures and segmenting their Thai text takes seconds, so the corpus is made
once per module inside a transaction that is rolled back when the module ends. Each test runs in
a savepoint inside it (pytest-django's usual per-test transaction), so tests cannot change the
corpus for each other, and the reference data that migrations loaded is never touched.
"""

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.db import transaction

from tests.search.golden import GoldenVenture, build_corpus, load_problems, load_ventures


@pytest.fixture(scope="module")
def golden_corpus(django_db_setup: Any, django_db_blocker: Any) -> Iterator[list[GoldenVenture]]:
    """The corpus's ventures, published and indexed, for the whole module."""
    ventures = load_ventures()
    with django_db_blocker.unblock(), transaction.atomic():
        build_corpus(ventures)
        yield ventures
        transaction.set_rollback(True)


@pytest.fixture
def golden_problems() -> list[Any]:
    return load_problems()


@pytest.fixture
def unthrottled_api(settings: Any) -> None:
    """The golden set sends more requests than an anonymous caller may make in a minute."""
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None}}


@pytest.fixture
def api_results(client: Any, unthrottled_api: None) -> Callable[..., list[str]]:
    """Slugs of the API's first page for a query, in the directory's order."""

    def search(q: str, **params: Any) -> list[str]:
        response = client.get("/api/v1/ventures/", {"q": q, **params})
        assert response.status_code == 200, response.content
        return [row["slug"] for row in response.json()["results"]]

    return search
