"""/api/v1/grants/360giving.json: every awarded grant as a 360Giving data package that validates
against the official schema (tests/data/360giving/, offline)."""

import csv
import datetime
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from grants.threesixtygiving import province_geocodes
from registry.models import Province
from tests.factories import AwardFactory, GrantApplicationFactory
from tests.support.opendata import JURISTIC_ID, Catalogue, build_catalogue, json_body

pytestmark = pytest.mark.django_db

SCHEMAS = Path(__file__).resolve().parent.parent / "data" / "360giving"
PACKAGE_URL = "/api/v1/grants/360giving.json"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def _is_date_time(value: object) -> bool:
    if not isinstance(value, str) or not RFC3339.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def validators() -> list[jsonschema.Draft202012Validator]:
    """The package schema with the grant schema it refers to, registered under its own `$id`
    and the 1.4.2 `$id` the package names (see tests/data/360giving/360-giving-SOURCE.md);
    once checking formats (date-time included) and once without format checks."""
    grant = json.loads((SCHEMAS / "360-giving-schema.json").read_text(encoding="utf-8"))
    package = json.loads((SCHEMAS / "360-giving-package-schema.json").read_text(encoding="utf-8"))
    resource = DRAFT202012.create_resource(grant)
    registry: Registry[Any] = Registry().with_resources(
        [(grant["$id"], resource), (grant["$id"].replace("/1.4.3/", "/1.4.2/"), resource)]
    )
    assert package["properties"]["grants"]["items"]["$ref"] == grant["$id"].replace("/1.4.3/", "/1.4.2/")
    checker = jsonschema.FormatChecker()
    checker.checks("date-time")(_is_date_time)
    return [
        jsonschema.Draft202012Validator(package, registry=registry, format_checker=checker),
        jsonschema.Draft202012Validator(package, registry=registry),
    ]


def errors(package: dict[str, Any]) -> list[str]:
    """Every validation error, the reasons inside `oneOf` included, as "path: message"."""

    def walk(error: jsonschema.ValidationError) -> list[str]:
        found = [f"{list(error.absolute_path)}: {error.message}"]
        for inner in error.context or []:
            found += walk(inner)
        return found

    return [text for validator in validators() for error in validator.iter_errors(package) for text in walk(error)]


def assert_valid(package: dict[str, Any]) -> None:
    found = errors(package)
    assert not found, "\n".join(found[:10])


@pytest.fixture
def catalogue(db: Any) -> Catalogue:
    return build_catalogue()


@pytest.fixture
def package(client: Any, catalogue: Catalogue) -> dict[str, Any]:
    response = client.get(PACKAGE_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    result: dict[str, Any] = json_body(response)
    return result


def grant_of(package: dict[str, Any], award: Any) -> dict[str, Any]:
    return next(g for g in package["grants"] if g["id"] == f"360G-nia-th-{award.pk}")


def test_the_package_validates_against_the_official_schema(package, catalogue):
    assert_valid(package)
    assert len(package["grants"]) == len(catalogue.awards)
    assert package["version"] == "1.4"
    assert package["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert package["publisher"]["name"] == "National Innovation Agency (NIA)"


def test_a_broken_grant_fails_the_validation(package):
    """The validation is real: a missing required field, a recipient without an id or a date the
    validators cannot tell from a date-time make the package invalid."""
    assert_valid(package)
    broken = json.loads(json.dumps(package))
    del broken["grants"][0]["amountAwarded"]
    assert "['grants', 0]: 'amountAwarded' is a required property" in errors(broken)
    broken = json.loads(json.dumps(package))
    broken["grants"][0]["recipientOrganization"] = [{"name": "no id"}]
    assert "['grants', 0, 'recipientOrganization', 0]: 'id' is a required property" in errors(broken)
    broken = json.loads(json.dumps(package))
    broken["grants"][0]["awardDate"] = "2024-03-01"  # valid under both oneOf branches without a date-time check
    assert any("awardDate" in text and "valid under each of" in text for text in errors(broken))


def test_a_grant_maps_areas_sdgs_province_programme_dates_and_money(package, catalogue):
    award = catalogue.awards["clinic-2024"]
    grant = grant_of(package, award)
    assert grant["id"] == f"360G-nia-th-{award.pk}"
    assert grant["title"] == "คลินิกชุมชนเคลื่อนที่"
    assert grant["description"] == "Project summary clinic-2024"
    assert (grant["currency"], grant["amountAwarded"], grant["amountDisbursed"]) == ("THB", 500000, 200000)
    assert grant["amountAppliedFor"] == 500000
    assert grant["awardDate"] == "2024-03-01T00:00:00+07:00"
    assert grant["plannedDates"] == [{"startDate": "2024-04-01T00:00:00+07:00", "endDate": "2025-03-31T00:00:00+07:00"}]
    assert grant["fundingOrganization"][0]["id"] == "360G-nia-th-org-nia"
    assert grant["recipientOrganization"][0]["id"] == f"TH-DBD-{JURISTIC_ID}"
    assert grant["recipientOrganization"][0]["name"] == "Venture clinic"
    assert grant["recipientOrganization"][0]["alternateName"] == "กิจการ clinic"
    assert grant["grantProgramme"] == [
        {
            "code": "project-grants",
            "title": "Project grant programme",
            "url": "http://testserver/en/programs/project-grants/",
        }
    ]
    assert grant["beneficiaryLocation"] == [{"name": "Chiang Mai", "countryCode": "TH", "geoCode": "TH-50"}]
    assert [(c["vocabulary"], c["code"]) for c in grant["classifications"]] == [
        ("nia-th-social-innovation-areas", "health"),
        ("un-sdg", "3"),
    ]
    assert grant["classifications"][1]["title"].startswith("SDG 3: ")
    assert grant["url"] == "http://testserver/en/ventures/clinic/"


def test_other_currencies_places_and_recipients(package, catalogue):
    hanoi = grant_of(package, catalogue.awards["hanoi-2025"])
    assert (hanoi["currency"], hanoi["amountAwarded"]) == ("VND", 700000000)
    assert hanoi["beneficiaryLocation"] == [{"name": "Viet Nam", "countryCode": "VN"}]
    # no juristic-person ID: the registry's prefix and the venture's slug
    assert hanoi["recipientOrganization"][0]["id"] == "360G-nia-th-org-hanoi"
    assert hanoi["recipientOrganization"][0]["name"] == "Venture hanoi"  # no Thai name
    assert hanoi["grantProgramme"][0]["code"] == "scale-up"
    farm = grant_of(package, catalogue.awards["farm-2024"])
    assert [c["code"] for c in farm["classifications"]] == ["environmental-conservation", "health", "3", "13"]
    school = grant_of(package, catalogue.awards["school-2023"])
    assert school["amountAwarded"] == 250000.5
    assert school["recipientOrganization"][0]["name"] == "กิจการ school"  # no English name
    assert "plannedDates" not in school
    gone = grant_of(package, catalogue.awards["gone-2023"])
    assert "url" not in gone and "url" not in gone["recipientOrganization"][0]  # no longer published


def test_identifiers_keep_their_prefix_from_the_settings(client, catalogue, settings):
    settings.OPENDATA_360G_PREFIX = "360G-example-"
    package = json_body(client.get(PACKAGE_URL))
    assert all(g["id"].startswith("360G-example-") for g in package["grants"])
    api_ids = [g["id"] for g in client.get("/api/v1/grants/").json()["results"]]
    assert sorted(api_ids) == sorted(g["id"] for g in package["grants"])  # the API uses the same ids


def test_every_province_has_one_iso_code():
    codes = province_geocodes()
    provinces = set(Province.objects.values_list("abbr_en", flat=True))
    assert set(codes) == provinces
    assert len(set(codes.values())) == len(provinces) == 77
    assert all(re.fullmatch(r"TH-\d{2}", code) for code in codes.values())
    with (Path(__file__).resolve().parents[2] / "grants" / "data" / "province_iso3166_2.csv").open() as handle:
        names = {row["abbr_en"]: row["name_en"] for row in csv.DictReader(handle)}
    assert names == dict(Province.objects.values_list("abbr_en", "name_en"))
    assert (codes["BKK"], codes["CMI"], codes["NWT"], codes["BKN"]) == ("TH-10", "TH-50", "TH-96", "TH-38")


def test_the_package_is_streamed_in_a_fixed_number_of_queries(client, catalogue):
    def queries() -> tuple[int, int]:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(PACKAGE_URL)
            assert isinstance(response, StreamingHttpResponse)
            grants = len(json_body(response)["grants"])
        return grants, len(captured)

    few, few_queries = queries()
    for _ in range(5):
        AwardFactory.create(application=GrantApplicationFactory.create(status="approved"))
    many, many_queries = queries()
    assert (few, many) == (6, 11)
    assert many_queries == few_queries


def test_an_empty_registry_gives_an_empty_package(client, db):
    package = json_body(client.get(PACKAGE_URL))
    assert package["grants"] == []
    assert package["version"] == "1.4"
