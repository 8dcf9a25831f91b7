"""Every CSV the registry hands out follows one rule against formula injection (OWASP "CSV
Injection"): a cell starting with = + - @ tab, CR or LF gets a leading apostrophe, except a plain
negative number, which is data. The open-data export and the admin's export of the same awards
write the same cells."""

import csv
import io
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import AwardFactory, GrantApplicationFactory, SuperuserFactory

# (what a person typed, what the CSV must hold), written out by hand from the rule above.
CELLS = [
    ("-5", "-5"),  # a plain negative number: a spreadsheet reads the number, runs nothing
    ("-1250.50", "-1250.50"),
    ("=1+1", "'=1+1"),
    ("@x", "'@x"),
    ("\tx", "'\tx"),
    ("\nx", "'\nx"),
    ("\rx", "'\rx"),
    ("+5", "'+5"),
    ("-5+1", "'-5+1"),
    ("-1e3", "'-1e3"),
    ("-A1", "'-A1"),
    ("plain text", "plain text"),
]


def rows_of(response: Any) -> list[dict[str, str]]:
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"), newline="")))


@pytest.fixture
def awards(db: Any) -> dict[str, Any]:
    """One award per typed title, keyed by its agreement number."""
    made = {}
    for n, (typed, _expected) in enumerate(CELLS):
        application = GrantApplicationFactory.create(status="approved", title=typed)
        made[f"CSV-{n:02d}"] = AwardFactory.create(application=application, agreement_number=f"CSV-{n:02d}")
    return made


def test_the_open_data_export_neutralises_formulas_and_keeps_negative_numbers(client: Client, awards: Any) -> None:
    rows = rows_of(client.get("/api/v1/grants/", {"format": "csv"}))

    titles = {row["title"] for row in rows}
    assert titles == {expected for _typed, expected in CELLS}


def test_the_admin_export_applies_the_same_rule(awards: Any) -> None:
    staff = Client()
    staff.force_login(SuperuserFactory.create())

    rows = rows_of(staff.get(reverse("admin:grants_award_export")))

    by_number = {row["agreement_number"]: row["title"] for row in rows}
    assert by_number == {f"CSV-{n:02d}": expected for n, (_typed, expected) in enumerate(CELLS)}
