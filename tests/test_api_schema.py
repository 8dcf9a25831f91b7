"""The API's contract: /api/schema/ is valid OpenAPI 3, /api/docs/ renders it without any outside
script, schemathesis finds no server error against it, and anonymous callers are throttled with
a clear 429."""

import re
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from drf_spectacular.validation import validate_schema
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance
from werkzeug.test import Client as WerkzeugClient

from config.settings import base
from registry.search.index import rebuild
from tests.support.opendata import build_catalogue, with_known_codes

pytestmark = pytest.mark.django_db

EXAMPLES_PER_OPERATION = 25


def test_the_schema_is_valid_openapi_3(client):
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    schema = response.json()
    validate_schema(schema)  # drf-spectacular's check against the OpenAPI 3.0 meta-schema
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/ventures/",
        "/api/v1/ventures/{slug}/",
        "/api/v1/areas/",
        "/api/v1/programs/",
        "/api/v1/grants/",
        "/api/v1/grants/360giving.json",
    } <= set(schema["paths"])
    grants = {p["name"] for p in schema["paths"]["/api/v1/grants/"]["get"]["parameters"]}
    assert grants >= {"q", "area", "program", "year", "region", "province", "country", "min_amount", "max_amount"}
    assert client.get("/api/schema/").status_code == 200  # YAML by default


def test_the_docs_page_renders_the_schema_without_outside_scripts(client):
    response = client.get("/api/docs/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    page = response.content.decode()
    assert "<h1>Open data API</h1>" in page
    for path in ("/api/v1/grants/", "/api/v1/grants/360giving.json", "/api/v1/areas/", "/api/v1/ventures/{slug}/"):
        assert f"<code>{path}</code>" in page
    assert '<a href="#schema-Grant">' in page or 'id="schema-Grant"' in page
    assert "min_amount" in page and "At least (THB)" in page
    assert "<script" not in page
    assert not re.search(r'(src|href)="https?://(?!testserver)', page)  # nothing loaded from elsewhere
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "http" not in policy


@pytest.fixture
def wsgi_app() -> Iterator[WSGIHandler]:
    """The project's WSGI application, run in this thread on the test's database connection (as
    Django's test client does, it must not close the connection at the end of each request)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def test_schemathesis_finds_no_server_error(wsgi_app, settings):
    """Every operation, with data that fits the schema and data that does not, a bounded number
    of examples each: never a 5xx, and every 200 matches its documented media type and schema."""
    build_catalogue()
    rebuild(batch_size=50)
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None}}
    # (Through the WSGI app: Django's test client would reconnect close_old_connections.)
    served = WerkzeugClient(wsgi_app).get("/api/schema/?format=json").get_json()
    schema = schemathesis.openapi.from_dict(with_known_codes(served))
    schema.app = wsgi_app
    checks: list[Any] = [not_a_server_error, content_type_conformance, response_schema_conformance]
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 6
    seen: set[tuple[str, int, str]] = set()

    def run(operation: Any, strategy: Any, examples: int) -> None:
        @given(case=strategy)
        @hypothesis_settings(
            max_examples=examples,
            deadline=None,
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def check(case: Any) -> None:
            # The WSGI transport does not undo gzip as an HTTP client would (compression has its
            # own tests: tests/test_page_weight.py), so the bodies are asked for uncompressed.
            response = case.call(headers={"Accept-Encoding": "identity"})
            media_type = response.headers.get("content-type", [""])[0].split(";")[0]
            seen.add((operation.label, response.status_code, media_type))
            case.validate_response(response, checks=checks)

        check()

    for operation in operations:
        run(operation, operation.as_strategy(), EXAMPLES_PER_OPERATION)
        try:
            run(
                operation,
                operation.as_strategy(generation_mode=schemathesis.GenerationMode.NEGATIVE),
                EXAMPLES_PER_OPERATION,
            )
        except Unsatisfiable:
            # Nothing to get wrong: without query parameters (a path slug is any string) an
            # operation has no invalid request to make.
            assert not [p for p in parameters(operation) if p["in"] == "query"], operation.label
        if [p for p in parameters(operation) if p["name"] == "format"]:  # the lists' CSV, on purpose too
            run(operation, operation.as_strategy(query={"format": "csv"}), 10)
        if "{slug}" in operation.path:  # random slugs name no venture: also ask for real ones
            for slug in ("clinic", "farm", "gone"):
                run(operation, operation.as_strategy(path_parameters={"slug": slug}), 3)
    # The examples reached every operation's answers: 200 in JSON for each, CSV for the lists,
    # and 400 for the bad parameters.
    for operation in operations:
        assert (operation.label, 200, "application/json") in seen, operation.label
    for path in ("/api/v1/ventures/", "/api/v1/areas/", "/api/v1/programs/", "/api/v1/grants/"):
        assert (f"GET {path}", 200, "text/csv") in seen, path
    assert ("GET /api/v1/grants/", 400, "application/json") in seen


def parameters(operation: Any) -> list[Any]:
    return list(operation.definition.raw.get("parameters", []))


@pytest.mark.parametrize("path", ["/api/v1/grants/", "/api/v1/ventures/?format=csv", "/api/v1/grants/360giving.json"])
def test_anonymous_callers_are_throttled_with_a_clear_message(client, settings, path):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "3/min"}}
    for _ in range(3):
        assert client.get(path).status_code == 200
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 429
    assert response["Content-Type"] == "application/json"
    assert 1 <= int(response["Retry-After"]) <= 60
    body = response.json()
    assert body["retry_after"] == int(response["Retry-After"])
    assert body["detail"].startswith(f"Too many requests from your address: please wait {body['retry_after']} seconds")
    assert body["detail_en"] == body["detail"]
    assert body["detail_th"]  # the Thai catalogue gives the Thai text (English until it is translated)


def test_the_throttle_counts_each_address_on_its_own(client, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "2/min"}}
    for _ in range(2):
        assert client.get("/api/v1/areas/", REMOTE_ADDR="203.0.113.1").status_code == 200
    assert client.get("/api/v1/areas/", REMOTE_ADDR="203.0.113.1").status_code == 429
    assert client.get("/api/v1/areas/", REMOTE_ADDR="203.0.113.2").status_code == 200
    # Without a trusted proxy a made-up X-Forwarded-For does not give a fresh allowance.
    assert (
        client.get("/api/v1/areas/", REMOTE_ADDR="203.0.113.1", HTTP_X_FORWARDED_FOR="198.51.100.9").status_code == 429
    )


def test_the_default_rate_comes_from_the_settings(settings):
    rest_framework: dict[str, Any] = dict(base.REST_FRAMEWORK)
    assert rest_framework["DEFAULT_THROTTLE_RATES"]["anon"] == "120/min"
    assert rest_framework["DEFAULT_THROTTLE_CLASSES"] == ["registry.api_defaults.OpenDataAnonThrottle"]
    assert rest_framework["DEFAULT_RENDERER_CLASSES"] == ["registry.api_defaults.HtmlSafeJSONRenderer"]
