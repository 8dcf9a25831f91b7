"""No personal data in any export: every field of every record of every API list (JSON, every
page, and CSV), every venture's detail and the 360Giving package is walked, and none holds a
value that belongs to a person (names, emails, phones, dates of birth), a venture's contact
details, or the staff-internal text of the grant process.

The endpoints are read from the OpenAPI schema, so an endpoint added later is walked too.
"""

import csv
import io
from typing import Any

import pytest

from tests.support.opendata import PERSONAL, body, build_catalogue, json_body, strings_in

pytestmark = pytest.mark.django_db


def _json_strings(client: Any, path: str) -> list[str]:
    """Every string of a JSON endpoint, following `next` through every page."""
    found: list[str] = []
    url: str | None = path
    while url:
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 200, (url, response.content[:300])
        data = json_body(response)
        found += strings_in(data)
        url = data.get("next") if isinstance(data, dict) else None
    return found


def _csv_strings(client: Any, path: str) -> list[str]:
    response = client.get(path, {"format": "csv"})
    assert response.status_code == 200, (path, response.content[:300])
    text = body(response).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def exported_strings(client: Any) -> dict[str, list[str]]:
    """Every value every GET endpoint of the API exports, by endpoint."""
    schema = client.get("/api/schema/", {"format": "json"}).json()
    slugs = [v["slug"] for v in json_body(client.get("/api/v1/ventures/", {"format": "json"}))["results"]]
    exports: dict[str, list[str]] = {}
    for path, operations in schema["paths"].items():
        if "get" not in operations:
            continue
        if "{slug}" in path:
            for slug in slugs:
                exports[path.replace("{slug}", slug)] = _json_strings(client, path.replace("{slug}", slug))
            continue
        assert "{" not in path, f"walk {path} too: it takes a parameter this test does not fill"
        exports[path] = _json_strings(client, path)
        formats = [p for p in operations["get"].get("parameters", []) if p["name"] == "format"]
        if formats and "csv" in formats[0]["schema"].get("enum", []):
            exports[f"{path}?format=csv"] = _csv_strings(client, path)
    return exports


def test_no_export_holds_personal_data(client):
    catalogue = build_catalogue()
    exports = exported_strings(client)
    # Everything was walked: the lists, each published venture, the grants in three forms.
    assert {
        "/api/v1/ventures/",
        "/api/v1/ventures/?format=csv",
        "/api/v1/areas/",
        "/api/v1/programs/",
        "/api/v1/grants/",
        "/api/v1/grants/?format=csv",
        "/api/v1/grants/360giving.json",
        "/api/v1/ventures/clinic/",
    } <= set(exports)
    everything = [value for values in exports.values() for value in values]
    assert "Venture clinic" in everything and "คลินิกชุมชนเคลื่อนที่" in everything  # the walk sees the data
    assert f"360G-nia-th-{catalogue.awards['clinic-2024'].pk}" in exports["/api/v1/grants/360giving.json"]

    leaks = [
        (endpoint, value, personal)
        for endpoint, values in exports.items()
        for value in values
        for personal in PERSONAL.values()
        if personal.lower() in value.lower()
    ]
    assert not leaks, leaks[:10]


def test_the_grants_page_shows_no_personal_data(client):
    build_catalogue()
    for language in ("en", "th"):
        page = client.get(f"/{language}/grants/").content.decode()
        assert "Venture clinic" in page or "กิจการ clinic" in page
        assert not [value for value in PERSONAL.values() if value.lower() in page.lower()]
