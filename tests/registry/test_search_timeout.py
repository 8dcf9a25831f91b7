"""A search that runs too long is cancelled by PostgreSQL and answered "too broad, add a word"."""

from unittest import mock

import pytest
from django.db import connection

from registry.search.limits import search_time_limit
from registry.selectors import directory_search as real_directory_search

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def postgres_only(on_postgres):
    if not on_postgres:
        pytest.skip("statement_timeout is PostgreSQL's (SQLite searches have no time limit)")


def slow_search(*args, **kwargs):
    """The directory's search behind a statement that takes half a second: a search that runs too long."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_sleep(0.5)")
    return real_directory_search(*args, **kwargs)


def statement_timeout() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        return cursor.fetchone()[0]


@pytest.fixture
def coffee(make_venture, reindex):
    make_venture(slug="coffee", name_th="กาแฟชุมชน", name_en="Community coffee", areas=["health"])
    reindex()


@pytest.mark.parametrize(
    ("path", "heading"), [("/th/ventures/", "คำค้นนี้กว้างเกินไป"), ("/en/ventures/", "This search is too broad")]
)
def test_a_search_past_the_time_limit_gets_the_too_broad_page(client, settings, coffee, path, heading):
    settings.REGISTRY_SEARCH_TIMEOUT_MS = 100
    before = statement_timeout()
    with mock.patch("registry.views.directory.directory_search", slow_search):
        response = client.get(path, {"q": "กาแฟ", "area": "health"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    assert heading in html
    # What was typed and chosen is kept in the search box, ready for one more word.
    assert 'value="กาแฟ"' in html and 'name="area" value="health"' in html
    # The limit was the search's only: the connection is as it was, and the next search works.
    assert statement_timeout() == before
    assert client.get(path, {"q": "กาแฟ"}).status_code == 200


def test_the_api_answers_a_json_error_in_both_languages(client, settings, coffee):
    settings.REGISTRY_SEARCH_TIMEOUT_MS = 100
    with mock.patch("registry.api.directory_search", slow_search):
        response = client.get("/api/v1/ventures/", {"q": "กาแฟ"})
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.json()
    assert body["retry_after"] == 30
    assert body["detail_th"].startswith("คำค้นนี้กว้างเกินกว่าจะตอบได้ทันเวลา")
    assert body["detail_en"].startswith("This search is too broad to answer in time")
    assert client.get("/api/v1/ventures/", {"q": "กาแฟ"}).json()["count"] == 1


def test_within_the_limit_the_search_answers(client, settings, coffee):
    settings.REGISTRY_SEARCH_TIMEOUT_MS = 2000
    with mock.patch("registry.views.directory.directory_search", slow_search):
        response = client.get("/en/ventures/", {"q": "coffee"})
    assert response.status_code == 200
    assert "Community coffee" in response.content.decode()


def test_the_limit_is_set_for_the_search_only(settings):
    settings.REGISTRY_SEARCH_TIMEOUT_MS = 1234
    before = statement_timeout()
    with search_time_limit():
        assert statement_timeout() == "1234ms"
    assert statement_timeout() == before


@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_limit_ends_with_the_search(client, settings):
    # As in production (no transaction around the request): the search's own transaction ends.
    settings.REGISTRY_SEARCH_TIMEOUT_MS = 100
    with mock.patch("registry.views.directory.directory_search", slow_search):
        assert client.get("/en/ventures/", {"q": "coffee"}).status_code == 503
    assert statement_timeout() == "0"
    assert client.get("/en/ventures/", {"q": "coffee"}).status_code == 200
