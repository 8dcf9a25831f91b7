"""Hostile input never makes the site answer 5xx: every URL pattern with hostile path values and
query strings, and the public forms (sign-up, log-in, password reset, search box, directory
filters) with hostile field values. A 400, 404 or a form error is the right answer; a 500 is a
crash someone can trigger at will (and fill the error reports with).

The values: over-long strings, NUL, lone surrogates, invalid percent-encodings, RTL and
zero-width characters, huge and negative numbers, SQL and template fragments. The sweep runs on
SQLite and on PostgreSQL, which is the stricter of the two (NUL in text, varchar lengths, integer
ranges)."""

import itertools
import re
from collections.abc import Iterator
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from registry.models import SocialArea
from tests.factories import (
    CallFactory,
    EntrepreneurFactory,
    PublishedVentureFactory,
    VentureMembershipFactory,
)
from tests.support.accounts import PASSWORD

pytestmark = pytest.mark.django_db

# Hostile values as they appear in a URL (already percent-encoded where the raw character cannot
# be sent): each is used as a path value and as a query-string value.
HOSTILE_URL_VALUES = [
    "%00",  # NUL
    "ab%00cd",
    "x" * 3000,  # longer than any column and than a PostgreSQL index entry
    "%ED%A0%80",  # a lone surrogate (U+D800) as UTF-8 bytes: not valid UTF-8
    "%FF%FE%FD",  # bytes that are never UTF-8
    "%",  # broken percent-encodings
    "%zz",
    "%E0%A4",  # a truncated UTF-8 sequence
    "%C0%AF",  # an over-long encoding of '/'
    "%E2%80%AEevil%E2%80%AC",  # RTL override
    "a%E2%80%8Bb%EF%BB%BF",  # zero-width space, BOM
    "99999999999999999999999999",  # beyond 64-bit integers
    "-1",
    "-99999999999999999999",
    "0",
    "1e309",  # float infinity when parsed
    "NaN",
    "%27%20OR%201%3D1--",  # ' OR 1=1--
    "1%3B%20DROP%20TABLE%20registry_venture",  # 1; DROP TABLE registry_venture
    "%7B%7B7*7%7D%7D",  # {{7*7}}
    "%7B%25%20debug%20%25%7D",  # {% debug %}
    "..%2F..%2Fetc%2Fpasswd",
    "%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A",  # ทดสอบ (well-formed Thai, as a control)
]

# Query parameters the site's pages and API read (directory facets, grants filters, paging,
# sorting, formats, redirects, the admin's list parameters).
QUERY_PARAMETERS = [
    "q",
    "page",
    "sort",
    "area",
    "region",
    "province",
    "country",
    "program",
    "stage",
    "sdg",
    "youth",
    "verified",
    "year",
    "min_amount",
    "max_amount",
    "next",
    "language",
    "page_size",
    "limit",
    "offset",
    "o",
    "p",
]

GROUP = re.compile(r"\(\?P<(?P<name>\w+)>")
CONVERTER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")


def _routes(patterns: list[Any], prefix: str = "") -> Iterator[str]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def _fill_regex(route: str, value: str) -> str:
    """A regex route with each named group replaced by `value` (nested groups included)."""
    while match := GROUP.search(route):
        depth, end = 1, match.end()
        while depth:
            depth += {"(": 1, ")": -1}.get(route[end], 0)
            end += 1
        route = route[: match.start()] + value + route[end:]
    return route.replace("^", "").replace("$", "").replace("\\.", ".").replace("/?", "/")


def url_for(route: str, value: str) -> str:
    """The path of `route` with every parameter set to `value`."""
    return "/" + CONVERTER.sub(value, _fill_regex(route, value))


def all_routes() -> list[str]:
    return sorted(set(_routes(get_resolver().url_patterns)))


def anonymous() -> Client:
    return Client(raise_request_exception=False, REMOTE_ADDR="198.51.100.50")


_addresses = (f"10.{n // 250 % 250}.{n % 250}.{n // 62500 + 1}" for n in itertools.count())


def crashes(client: Client, requests: list[tuple[str, str]]) -> list[str]:
    """The requests, as (method, path with query), that answered 5xx. Each comes from a new client
    address, so the API's throttle and the rate limits let every one of them reach its view."""
    failed = []
    for method, url in requests:
        address = next(_addresses)
        response = client.get(url, REMOTE_ADDR=address) if method == "GET" else client.post(url, REMOTE_ADDR=address)
        if response.status_code >= 500:
            failed.append(f"{response.status_code} {method} {url[:200]}")
    return failed


@pytest.fixture
def site_content() -> dict[str, Any]:
    """One of each public object, so detail pages run their views rather than 404 at once."""
    owner = EntrepreneurFactory.create(email="owner@example.org")
    venture = PublishedVentureFactory.create(slug="hostile-test-venture")
    VentureMembershipFactory.create(venture=venture, user=owner)
    call = CallFactory.create()
    return {"owner": owner, "venture": venture, "call": call}


@pytest.fixture
def generous_limits(settings: Any) -> None:
    """Rate limits far above what the sweep sends from one address, so the forms themselves run."""
    settings.REGISTRY_RATE_LIMITS = dict.fromkeys(settings.REGISTRY_RATE_LIMITS, "100000/h")


# --- The two crashes the issue reported ------------------------------------------------------------


@pytest.mark.parametrize("url", ["/en/accounts/login/", "/admin/login/"])
def test_an_overlong_user_name_at_log_in_is_a_failed_log_in_not_a_crash(url: str) -> None:
    response = anonymous().post(url, {"username": "a" * 300 + "@example.org", "password": "wrong"})

    assert response.status_code == 200
    assert AccessAttempt.objects.count() == 1  # the failure still counts towards the lockout


@pytest.mark.parametrize("url", ["/api/v1/ventures/%00/", "/api/v1/ventures/ab%00cd/", "/en/ventures/ab%00cd/"])
def test_a_nul_in_a_path_is_a_client_error_not_a_crash(url: str) -> None:
    response = anonymous().get(url)

    assert response.status_code in (400, 404)


def test_a_nul_in_a_query_string_is_refused_by_the_form_that_reads_it() -> None:
    api = anonymous().get("/api/v1/ventures/?q=ab%00cd")
    assert api.status_code == 400
    assert set(api.json()["errors"]) == {"q"}
    assert anonymous().get("/en/ventures/?q=ab%00cd&province=%00").status_code == 200  # the form's error


def test_the_nul_refusal_is_a_page_in_the_url_s_language_and_json_in_the_api() -> None:
    thai = anonymous().get("/th/ventures/ab%00cd/")
    assert thai.status_code == 400
    assert "อักขระที่ไม่อนุญาต" in thai.content.decode()
    api = anonymous().get("/api/v1/ventures/ab%00cd/")
    assert api.status_code == 400
    assert "not allowed" in api.json()["detail_en"]
    assert "อักขระที่ไม่อนุญาต" in api.json()["detail_th"]


# --- The sweep -------------------------------------------------------------------------------------


def test_no_url_pattern_crashes_on_hostile_path_values(site_content: dict[str, Any], generous_limits: None) -> None:
    routes = [route for route in all_routes() if "<" in route or "(?P" in route]
    requests = [("GET", url_for(route, value)) for route in routes for value in HOSTILE_URL_VALUES]
    owner = Client(raise_request_exception=False)
    owner.force_login(site_content["owner"])
    mine = [(method, url) for method, url in requests if "/my/" in url]

    failed = crashes(anonymous(), requests) + crashes(owner, mine)

    assert len(routes) > 50  # the walk found the site's patterns
    assert failed == []


def _pages_that_read_parameters(content: dict[str, Any]) -> list[str]:
    """Every pattern without parameters, and the detail pages of real objects."""
    plain = ["/" + _fill_regex(route, "") for route in all_routes() if "<" not in route and "(?P" not in route]
    venture, call = content["venture"], content["call"]
    area = SocialArea.objects.first()
    assert area is not None
    details = [
        venture.get_absolute_url(),
        f"/api/v1/ventures/{venture.slug}/",
        f"/en/areas/{area.slug}/",
        f"/en/programs/{call.programme.slug}/",
        f"/en/programs/{call.programme.slug}/calls/{call.slug}/",
    ]
    return sorted({url for url in plain + details if not url.startswith("/admin/")} | {"/admin/login/"})


def _lists(content: dict[str, Any]) -> list[str]:
    """The pages whose views read most of those parameters: each parameter is also sent alone to them."""
    area = SocialArea.objects.first()
    assert area is not None
    pages = ["/en/", "/en/ventures/", "/en/grants/", "/en/programs/", "/en/stats/", f"/en/areas/{area.slug}/"]
    return pages + [f"/api/v1/{name}/" for name in ("ventures", "grants", "areas", "programs", "stats")]


def test_no_page_crashes_on_hostile_query_strings(site_content: dict[str, Any], generous_limits: None) -> None:
    pages = _pages_that_read_parameters(site_content)
    requests = []
    for page, value in itertools.product(pages, HOSTILE_URL_VALUES):
        # all parameters at once, then each on its own (one bad parameter may hide the others)
        requests.append(("GET", f"{page}?" + "&".join(f"{name}={value}" for name in QUERY_PARAMETERS)))
        requests.append(("GET", f"{page}?format={value}"))
    lists = _lists(site_content)
    for page, name, value in itertools.product(lists, QUERY_PARAMETERS, ["%00", "x" * 3000, "%ED%A0%80"]):
        requests.append(("GET", f"{page}?{name}={value}"))
    requests += [("GET", f"{page}?{value}") for page in lists for value in HOSTILE_URL_VALUES]  # a bare key
    requests += [("GET", f"/api/v1/ventures/?format=csv&q={value}") for value in HOSTILE_URL_VALUES]

    failed = crashes(anonymous(), requests)

    assert len(pages) > 20
    assert failed == []


# --- Forms ----------------------------------------------------------------------------------------

SIGN_UP = {
    "full_name": "Somchai Jaidee",
    "email": "somchai@example.org",
    "password1": "Koh Samui sunset 2567",
    "password2": "Koh Samui sunset 2567",
    "preferred_language": "th",
    "accept_terms": "on",
    "consent": "on",
    "newsletter": "on",
}
LOG_IN = {"username": "owner@example.org", "password": PASSWORD}
PASSWORD_RESET = {"email": "owner@example.org"}

FORMS = {
    "/en/accounts/signup/": SIGN_UP,
    "/th/accounts/signup/": SIGN_UP,
    "/en/accounts/login/": LOG_IN,
    "/admin/login/": LOG_IN,
    "/en/accounts/password/reset/": PASSWORD_RESET,
}


def _body(fields: dict[str, str], field: str, value: str) -> str:
    """A form body (application/x-www-form-urlencoded, as a browser sends it) with `field` hostile;
    the value is put in raw, so its broken encodings reach the server as they are."""
    return "&".join(f"{name}={value if name == field else original}" for name, original in fields.items())


def test_no_public_form_crashes_on_hostile_values(site_content: dict[str, Any], generous_limits: None) -> None:
    failed = []
    for (url, fields), value in itertools.product(FORMS.items(), HOSTILE_URL_VALUES):
        for field in fields:
            # A new address for each post, so the log-in lockout does not stop the form from running.
            client = Client(raise_request_exception=False, REMOTE_ADDR=next(_addresses))
            response = client.post(url, _body(fields, field, value), content_type="application/x-www-form-urlencoded")
            if response.status_code >= 500:
                failed.append(f"{response.status_code} POST {url} {field}={value[:60]}")
    # The search box and the directory's filters are GET forms.
    searches = [f"/{lang}/ventures/?q={value}" for lang in ("th", "en") for value in HOSTILE_URL_VALUES]
    searches += [f"/en/?q={value}" for value in HOSTILE_URL_VALUES]
    failed += crashes(anonymous(), [("GET", url) for url in searches])

    assert failed == []
