"""The API's error answers: the schema documents 400, 404, 414 and 429 (and the search's 503)
with one error body, and what the API really sends on each of them validates against it."""

from typing import Any

import jsonschema
import pytest

pytestmark = pytest.mark.django_db

# Worked out by hand from what each operation reads: every operation can be throttled (429),
# refuses an over-long address (414) and an unknown ?format= (404); those that read filters or a
# path value refuse bad ones (400); the venture list runs a search under a time limit (503).
EXPECTED_ERRORS = {
    ("get", "/api/v1/ventures/"): {"400", "404", "414", "429", "503"},
    ("get", "/api/v1/ventures/{slug}/"): {"400", "404", "414", "429"},
    ("get", "/api/v1/areas/"): {"404", "414", "429"},
    ("get", "/api/v1/programs/"): {"404", "414", "429"},
    ("get", "/api/v1/grants/"): {"400", "404", "414", "429"},
    ("get", "/api/v1/grants/360giving.json"): {"404", "414", "429"},
    ("get", "/api/v1/stats/"): {"404", "414", "429"},
}


@pytest.fixture
def schema(client) -> dict[str, Any]:
    return client.get("/api/schema/", {"format": "json"}).json()


def error_schema(schema: dict[str, Any], method: str, path: str, status: int) -> dict[str, Any]:
    """The documented JSON schema of `status` on that operation, with its $refs resolvable."""
    content = schema["paths"][path][method]["responses"][str(status)]["content"]
    assert list(content) == ["application/json"]
    return {**content["application/json"]["schema"], "components": schema["components"]}


def test_every_operation_documents_its_errors_with_the_one_error_body(schema):
    operations = {(m, p): op for p, ops in schema["paths"].items() for m, op in ops.items()}
    assert set(operations) == set(EXPECTED_ERRORS)
    for key, operation in operations.items():
        errors = {code for code in operation["responses"] if not code.startswith("2")}
        assert errors == EXPECTED_ERRORS[key], key
        for code in errors:
            body = operation["responses"][code]["content"]["application/json"]["schema"]
            assert body == {"$ref": "#/components/schemas/ApiError"}, (key, code)
            assert operation["responses"][code]["description"]
    for code in ("429", "503"):
        headers = operations[("get", "/api/v1/ventures/")]["responses"][code]["headers"]
        assert headers["Retry-After"]["required"] is True
    error = schema["components"]["schemas"]["ApiError"]
    assert set(error["required"]) == {"detail", "detail_th", "detail_en"}
    assert set(error["properties"]) == {"detail", "detail_th", "detail_en", "errors", "retry_after"}


def test_an_empty_format_is_documented_and_answers_json(client, schema):
    for path in ("/api/v1/ventures/", "/api/v1/areas/", "/api/v1/programs/", "/api/v1/grants/"):
        (format_parameter,) = [p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == "format"]
        assert sorted(format_parameter["schema"]["enum"]) == ["", "csv", "json"]
        response = client.get(f"{path}?format=")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert "results" in response.json()


def assert_documented(response: Any, schema: dict[str, Any], path: str, status: int) -> dict[str, Any]:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    body = response.json()
    jsonschema.validate(body, error_schema(schema, "get", path, status))
    assert body["detail_en"] and body["detail_th"] and body["detail_th"] != body["detail_en"]
    return body


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/api/v1/grants/?year=abc", "/api/v1/grants/"),
        ("/api/v1/ventures/?area=nowhere&format=csv", "/api/v1/ventures/"),
    ],
)
def test_a_bad_parameter_is_a_400_with_each_parameter_s_errors(client, schema, url, path):
    body = assert_documented(client.get(url, HTTP_ACCEPT_LANGUAGE="en"), schema, path, 400)
    assert set(body["errors"]) == {url.split("?")[1].split("=")[0]}
    assert body["detail"] == body["detail_en"]
    assert body["detail_en"].startswith("Some parameters are not valid")


@pytest.mark.parametrize(
    ("url", "parameters"),
    [
        # Found by schemathesis: an empty number was read as "no filter" and answered 200.
        ("/api/v1/grants/?max_amount=&min_amount=", {"max_amount", "min_amount"}),
        ("/api/v1/grants/?year=&q=", {"year"}),  # an empty q is no search, as on the page
        ("/api/v1/ventures/?area=&sort=name&format=csv", {"area"}),
        ("/api/v1/ventures/?youth=&q=", {"youth"}),
    ],
)
def test_an_empty_value_of_a_number_or_code_is_a_400(client, schema, url, parameters):
    path = url.split("?")[0]
    body = assert_documented(client.get(url, HTTP_ACCEPT_LANGUAGE="en"), schema, path, 400)
    assert body["errors"] == {name: ["Give a value, or leave the parameter out."] for name in parameters}


def test_an_address_outside_the_api_s_routes_is_a_json_404_and_a_page_elsewhere(client):
    api = client.get("/api/v1/no-such-list/", HTTP_ACCEPT_LANGUAGE="en")
    assert api.status_code == 404
    assert api["Content-Type"] == "application/json"
    assert api.json()["detail_en"].startswith("Nothing here")
    page = client.get("/en/no-such-page/")
    assert page.status_code == 404
    assert page["Content-Type"].startswith("text/html")


def test_a_nul_in_the_path_is_a_400_with_the_same_body(client, schema):
    body = assert_documented(client.get("/api/v1/ventures/ab%00cd/"), schema, "/api/v1/ventures/{slug}/", 400)
    assert "NUL" in body["detail_en"]


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/api/v1/ventures/no-such-venture/", "/api/v1/ventures/{slug}/"),
        ("/api/v1/areas/?page=2", "/api/v1/areas/"),  # nine areas: one page
        ("/api/v1/ventures/?page=99", "/api/v1/ventures/"),
        ("/api/v1/programs/?format=xml", "/api/v1/programs/"),
        ("/api/v1/stats/?format=csv", "/api/v1/stats/"),
        ("/api/v1/grants/360giving.json?format=csv", "/api/v1/grants/360giving.json"),
        # Found by schemathesis: a slug with a dot matches no route (the router's lookup refuses
        # dots), and Django's HTML 404 page answered.
        ("/api/v1/ventures/ab./", "/api/v1/ventures/{slug}/"),
        ("/api/v1/ventures/a%2Fb/", "/api/v1/ventures/{slug}/"),
    ],
)
def test_not_found_is_a_404_in_both_languages(client, schema, url, path):
    body = assert_documented(client.get(url, HTTP_ACCEPT_LANGUAGE="th"), schema, path, 404)
    assert body["detail"] == body["detail_th"]
    assert body["detail_en"].startswith("Nothing here")


@pytest.mark.parametrize(
    "url",
    [
        # Found by schemathesis (tests/test_api_fuzz_live.py): the CSV export ignored `page`, so
        # any value was a 200; DRF's paging read the last of several pages and accepted "+1".
        "/api/v1/areas/?page=undefined&format=csv",
        "/api/v1/ventures/?page=0&format=csv",
        "/api/v1/grants/?page=1&page=1",
        "/api/v1/programs/?page=%2B1",
        "/api/v1/areas/?page=%201",
        "/api/v1/programs/?format=json&format=csv",
    ],
)
def test_a_page_that_is_not_one_whole_number_is_a_404_in_json_and_csv(client, schema, url):
    path = url.split("?")[0]
    assert_documented(client.get(url), schema, path, 404)


@pytest.mark.parametrize("path", ["/api/v1/ventures/", "/api/v1/grants/360giving.json", "/api/v1/stats/"])
def test_an_over_long_address_is_a_414(client, schema, path, settings):
    assert settings.MAX_URL_LENGTH == 4096
    # 4,096 characters in all is still answered; one more is refused.
    just_fits = f"{path}?q=" + "x" * (4096 - len(path) - 3)
    assert len(just_fits) == 4096
    assert client.get(just_fits).status_code != 414
    # Thai counts as it travels, percent-encoded: 9 characters a letter.
    response = client.get(f"{path}?q=" + "ก" * 460)
    body = assert_documented(response, schema, path, 414)
    assert "4096" in body["detail_en"]


def test_an_over_long_address_of_a_page_is_a_414_page(client):
    response = client.get("/en/ventures/?q=" + "x" * 5000)
    assert response.status_code == 414
    assert "Error 414" in response.content.decode()


def test_too_many_requests_is_a_429_with_retry_after(client, schema, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "1/min"}}
    address = {"REMOTE_ADDR": "203.0.113.7"}  # not the address that asked for the schema
    assert client.get("/api/v1/programs/", **address).status_code == 200
    body = assert_documented(client.get("/api/v1/programs/", **address), schema, "/api/v1/programs/", 429)
    assert 1 <= body["retry_after"] <= 60


def test_another_method_is_a_405_with_the_same_body(client):
    response = client.post("/api/v1/areas/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 405
    assert response.json()["detail_en"] == "The open-data API is read-only: use GET."
    assert set(response.json()) == {"detail", "detail_th", "detail_en"}


def test_the_schema_says_text_parameters_refuse_nul_and_pages_start_at_1(schema):
    """Found by schemathesis: `q` with a NUL was a schema-valid request answered 400."""
    ventures = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/ventures/"]["get"]["parameters"]}
    assert ventures["q"]["pattern"] == r"^[^\x00]*$"
    assert ventures["area"]["items"]["pattern"] == r"^[^\x00]*$"
    assert ventures["page"]["minimum"] == 1
    (slug,) = schema["paths"]["/api/v1/ventures/{slug}/"]["get"]["parameters"]
    assert slug["schema"]["pattern"] == r"^[^\x00]*$"
