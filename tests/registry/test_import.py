"""Bulk import of ventures (docs/data-standards.md, "Bulk import"): the service, the command and the admin page."""

import datetime
import io
import re
import threading
from pathlib import Path
from typing import Any, cast

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection, models, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from core.models import AuditEntry
from core.workflow import TransitionError
from registry import importer, tasks
from registry.admin import import_views as admin_import
from registry.importer import CHECKING, SAVING, ImportReport, import_ventures
from registry.models import ImportJob, ImportJobStatus, SearchTerm, User, Venture, VentureSearchDocument
from registry.models.imports import import_progress_key
from registry.models.ventures import VentureStatus
from registry.search import index as search_index
from registry.tasks import reindex_ventures_search
from tests.factories import StaffFactory, VentureFactory
from tests.support.workers import CeleryWorker, wait_until

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
GOOD = DATA / "import_good.csv"
BAD = DATA / "import_bad_rows.csv"
MISSING_COLUMNS = DATA / "import_missing_columns.csv"
HEADER = (
    "external_ref,name_th,name_en,summary_th,summary_en,description_th,description_en,areas,country,province,"
    "stage,website,email,founded_year,youth_led,status\n"
)


def make_staff() -> User:
    return cast(User, StaffFactory())


def run(path: Path, **kwargs: object) -> ImportReport:
    with path.open("rb") as handle:
        return import_ventures(handle, **kwargs)  # type: ignore[arg-type]


def run_text(text: str, **kwargs: object) -> ImportReport:
    return import_ventures(io.BytesIO(text.encode("utf-8")), **kwargs)  # type: ignore[arg-type]


def errors_by_line(report: ImportReport) -> dict[int, str]:
    return {error.line: " | ".join(error.reasons) for error in report.errors}


def areas_of(venture: Venture) -> list[tuple[str, bool]]:
    return list(venture.venture_areas.order_by("-is_primary", "area__code").values_list("area__slug", "is_primary"))


# --- a good file ---------------------------------------------------------------------------------


def test_a_good_file_creates_every_venture_with_its_fields():
    staff = make_staff()

    report = run(GOOD, by=staff)

    assert report.imported
    assert (report.created, report.updated, report.unchanged, report.errors) == (6, 0, 0, [])
    assert "6 created" in report.summary()
    rice = Venture.objects.get(external_ref="NIA-2562-001")
    assert rice.name_th == "วิสาหกิจชุมชนข้าวอินทรีย์บ้านหนองบัว"
    assert rice.description_en == "40 households hold organic certification\nand mill to order."
    assert rice.province is not None
    assert (rice.province.abbr_en, rice.country.iso2, rice.stage) == ("SRN", "TH", "growth")
    assert rice.founded_year == 2017  # given as the Buddhist-era year 2560
    assert rice.website == "https://www.nongbua-rice.example.org"
    assert rice.contact_email == "contact@nongbua-rice.example.org"
    assert rice.contact_public is False  # no consent to show it yet
    assert rice.status == VentureStatus.PUBLISHED
    assert rice.published_at is not None and rice.first_published_at == rice.published_at
    assert rice.slug == "ban-nong-bua-organic-rice-community-enterprise"
    flood = Venture.objects.get(external_ref="NIA-2564-007")
    assert (flood.status, flood.published_at, flood.youth_led, flood.stage) == ("draft", None, True, "prototype")
    assert flood.name_th == "" and flood.name_en == "FloodWatch Nan"
    water = Venture.objects.get(external_ref="RIC-2567-003")
    assert (water.country.iso2, water.province) == ("VN", None)
    assert water.name_en == "Nước Sạch Cho Mọi Nhà (Clean Water for Every Home)"
    assert all(v.slug.isascii() for v in Venture.objects.all())
    entries = AuditEntry.objects.filter(action="venture.import")
    assert entries.count() == 6
    assert set(entries.values_list("actor", flat=True)) == {staff.pk}
    # Created as a draft, then published through the workflow's named transition.
    assert list(
        AuditEntry.objects.for_object(rice).order_by("pk").values_list("action", "from_status", "to_status")
    ) == [
        ("venture.import", "", "draft"),
        ("venture.import_publish", "draft", "published"),
    ]


def test_the_first_area_is_primary_and_codes_mean_the_same_as_slugs():
    run(GOOD)

    assert areas_of(Venture.objects.get(external_ref="NIA-2562-001")) == [
        ("sustainable-agriculture", True),
        ("food-water-energy", False),  # given as code 2
    ]
    assert areas_of(Venture.objects.get(external_ref="NIA-2565-021")) == [
        ("public-sector-education", True),  # codes 3;4
        ("finance-employment-welfare", False),
    ]
    report = run_text(HEADER + "A-1,,By Code,,x,,,7,,,,,,,,\nA-2,,By Slug,,x,,,HEALTH,,,,,,,,\n")
    assert report.created == 2
    assert areas_of(Venture.objects.get(external_ref="A-1")) == areas_of(Venture.objects.get(external_ref="A-2"))
    assert areas_of(Venture.objects.get(external_ref="A-1")) == [("health", True)]


def test_thai_provinces_are_found_by_abbreviation_english_or_thai_name():
    run(GOOD)

    found = dict(Venture.objects.filter(external_ref__isnull=False).values_list("external_ref", "province__abbr_en"))
    assert found["NIA-2562-001"] == "SRN"  # SRN
    assert found["NIA-2563-014"] == "CMI"  # เชียงใหม่
    assert found["NIA-2564-007"] == "NAN"  # Nan
    assert found["NIA-2565-021"] == "CBI"  # chonburi (official: Chon Buri)
    assert found["NIA-2566-002"] == "NAN"  # จังหวัดน่าน
    assert found["RIC-2567-003"] is None


def test_text_input_and_a_byte_order_mark_are_both_read():
    text = GOOD.read_text(encoding="utf-8-sig")
    assert GOOD.read_bytes().startswith(b"\xef\xbb\xbf")

    report = import_ventures(io.StringIO("\ufeff" + text))

    assert report.created == 6


# --- bad rows ------------------------------------------------------------------------------------


def test_a_file_with_bad_rows_imports_nothing_and_lists_every_bad_row_with_its_reasons():
    report = run(BAD)

    assert not report.imported
    assert Venture.objects.count() == 0
    assert not AuditEntry.objects.exists()
    assert (report.created, report.updated, report.unchanged) == (0, 0, 0)
    assert "Nothing was imported: 17 of 19 rows have errors" in report.summary()
    errors = errors_by_line(report)
    assert sorted(errors) == list(range(3, 20))  # lines 2 and 20 are good
    expected = {
        3: ["unknown area “ocean-health”", "unknown area “12”"],
        4: ["province: unknown Thai province “Atlantis”"],
        5: ["country: unknown country “JP”"],
        6: ["province: a province can be given only for a venture in Thailand"],
        7: ["stage: unknown stage “unicorn”"],
        8: ["email: “somchai(at)example.org” is not an email address"],
        9: ["website: “http://not a site” is not a web address"],
        10: ["founded_year: “20x9” is not a year"],
        11: ["founded_year: “1850” is not a plausible founding year"],
        12: ["give the venture a name in Thai or in English"],
        13: ["external_ref: “BAD-001” is already used on line 2 of this file"],
        14: ["youth_led: write yes or no"],
        15: ["status: write published or draft"],
        16: ["external_ref: required"],
        17: ["this row has 18 cells but the header has 16 columns"],
        18: ["areas: unknown area “space”", "email: “nobody” is not an email address"],
        19: ["a published venture needs a summary"],
    }
    for line, fragments in expected.items():
        for fragment in fragments:
            assert fragment in errors[line], (line, errors[line])


def test_line_numbers_are_the_spreadsheet_rows_even_after_a_cell_with_a_line_break():
    # Line 2 has a description with a line break: every later row starts one text line further down.
    report = run(BAD)

    first = report.errors[0]
    assert (first.line, first.text_line) == (3, 4)
    assert str(first).startswith("Line 3 (line 4 of the text file): areas:")
    assert report.errors[-1].line == 19


def test_skip_invalid_imports_the_good_rows_and_still_lists_the_bad_ones():
    report = run(BAD, skip_invalid=True)

    assert report.imported
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    assert len(report.errors) == 17
    assert "17 bad rows were skipped" in report.summary()
    assert set(Venture.objects.values_list("external_ref", flat=True)) == {"BAD-001", "BAD-017"}
    second = Venture.objects.get(external_ref="BAD-017")  # the row after the last bad one, line 20
    assert second.description_en == "Line one\nline two"
    assert second.province is not None and second.province.abbr_en == "CRI"  # เชียงราย
    assert areas_of(second) == [("health", True), ("tourism-culture", False)]


def test_missing_header_columns_are_an_error_of_the_whole_file():
    report = run(MISSING_COLUMNS)

    assert not report.imported
    assert [(e.line, e.reasons) for e in report.errors] == [
        (1, ["Required columns are missing from the header: external_ref, areas, name_th or name_en."])
    ]
    assert "Columns ignored" not in report.summary()
    assert not Venture.objects.exists()


def test_a_file_that_is_not_utf8_is_refused_with_the_line_of_the_first_bad_character():
    text = HEADER + "T-1,กลุ่มทดสอบ,,สรุป,,,,health,TH,CMI,idea,,,2020,no,draft\n"

    report = import_ventures(io.BytesIO(text.encode("cp874")))

    assert not report.imported
    assert report.errors[0].line == 2
    assert "not UTF-8" in report.errors[0].reasons[0]
    assert not Venture.objects.exists()


def test_an_empty_file_is_refused():
    report = import_ventures(io.BytesIO(b""))

    assert not report.imported
    assert report.errors[0].line == 1


def test_unknown_columns_are_ignored_and_named():
    report = run_text("external_ref,name_en,areas,summary_en,notes\nU-1,Something,health,Does good,internal remark\n")

    assert report.created == 1
    assert report.ignored_columns == ["notes"]
    assert "Columns ignored (not part of the import format): notes." in report.summary()


# --- importing again -----------------------------------------------------------------------------


def test_importing_the_same_file_again_changes_nothing():
    run(GOOD)
    before = {v.external_ref: (v.pk, v.updated_at, v.slug) for v in Venture.objects.all()}
    audit_before = AuditEntry.objects.count()

    report = run(GOOD)

    assert report.imported
    assert (report.created, report.updated, report.unchanged) == (0, 0, 6)
    assert {v.external_ref: (v.pk, v.updated_at, v.slug) for v in Venture.objects.all()} == before
    assert AuditEntry.objects.count() == audit_before


def test_a_changed_row_updates_its_venture_and_the_others_stay_unchanged():
    run(GOOD)
    rice_slug = Venture.objects.get(external_ref="NIA-2562-001").slug
    changed = GOOD.read_text(encoding="utf-8-sig")
    changed = changed.replace(
        "Farmers growing organic jasmine rice and selling it directly.", "Organic rice sold direct."
    )
    changed = changed.replace(",1,TH,เชียงใหม่,", ",1;food-water-energy,TH,เชียงใหม่,")

    report = run_text(changed)

    assert (report.created, report.updated, report.unchanged) == (0, 2, 4)
    rice = Venture.objects.get(external_ref="NIA-2562-001")
    assert rice.summary_en == "Organic rice sold direct."
    assert rice.slug == rice_slug  # the public URL stays
    bank = Venture.objects.get(external_ref="NIA-2563-014")
    assert areas_of(bank) == [("environmental-conservation", True), ("food-water-energy", False)]
    update = AuditEntry.objects.for_object(rice).filter(action="venture.import").last()
    assert update is not None
    assert (update.from_status, update.to_status) == ("published", "published")
    assert "summary_en" in update.reason


def test_columns_left_out_of_a_file_leave_those_fields_alone():
    run(GOOD)
    water = Venture.objects.get(external_ref="RIC-2567-003")

    report = run_text(
        "external_ref,name_en,areas\n"
        "RIC-2567-003,Nước Sạch Cho Mọi Nhà (Clean Water for Every Home),food-water-energy;health\n"
    )

    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    water.refresh_from_db()
    assert (water.country.iso2, water.stage, water.summary_en) == (
        "VN",
        "growth",
        "Affordable household water filters.",
    )


def test_a_thai_province_for_a_venture_abroad_is_refused_even_without_a_country_column():
    run(GOOD)

    report = run_text("external_ref,name_en,areas,province\nRIC-2567-003,Clean Water,food-water-energy,CMI\n")

    assert not report.imported
    assert "province:" in report.errors[0].reasons[0]
    assert Venture.objects.get(external_ref="RIC-2567-003").province is None


def test_a_draft_can_be_published_by_a_later_import():
    run(GOOD)
    flood = Venture.objects.get(external_ref="NIA-2564-007")
    assert flood.published_at is None

    report = run_text(GOOD.read_text(encoding="utf-8-sig").replace("YES,draft", "YES,published"))

    assert report.updated == 1
    flood.refresh_from_db()
    assert flood.status == VentureStatus.PUBLISHED
    assert flood.published_at is not None
    entry = AuditEntry.objects.for_object(flood).last()
    assert entry is not None
    assert (entry.action, entry.from_status, entry.to_status) == ("venture.import_publish", "draft", "published")


def test_an_import_cannot_move_a_venture_against_the_moderation_rules():
    run(GOOD)
    rice = Venture.objects.get(external_ref="NIA-2562-001")

    report = run_text(GOOD.read_text(encoding="utf-8-sig").replace("2560,no,published", "2560,no,draft"))

    assert not report.imported
    assert [e.line for e in report.errors] == [2]
    assert "cannot make it “Draft”" in report.errors[0].reasons[0]
    rice.refresh_from_db()
    assert rice.status == VentureStatus.PUBLISHED


# --- status moves: named workflow transitions ---------------------------------------------------

# (the venture's status, the status a row asks for) -> the audit action of the move the import
# makes, or None when it refuses the row. Worked out by hand from the moderation rules: an import
# publishes NIA's reviewed list (drafts too) and may take a venture back to draft where the
# workflow has a move for it, but never overrides the reviewers' "changes requested" or
# "rejected", and never unpublishes.
IMPORT_MOVES: dict[tuple[str, str], str | None] = {
    ("draft", "published"): "venture.import_publish",
    ("submitted", "published"): "venture.import_publish",
    ("archived", "published"): "venture.import_publish",
    ("changes_requested", "published"): None,
    ("rejected", "published"): None,
    ("submitted", "draft"): "venture.withdraw",
    ("archived", "draft"): "venture.reopen",
    ("published", "draft"): None,
    ("changes_requested", "draft"): None,
    ("rejected", "draft"): None,
}


@pytest.mark.parametrize(("start", "wanted"), list(IMPORT_MOVES))
def test_an_import_moves_a_status_only_through_a_named_transition(start: str, wanted: str) -> None:
    staff = make_staff()
    venture = VentureFactory.create(external_ref="MOVE-1", status=start)
    before = timezone.now()

    report = run_text(f"external_ref,name_en,summary_en,areas,status\nMOVE-1,Moved,Does good,1,{wanted}\n", by=staff)

    venture.refresh_from_db()
    action = IMPORT_MOVES[start, wanted]
    entries = list(AuditEntry.objects.for_object(venture).values_list("action", "from_status", "to_status", "actor"))
    if action is None:
        assert not report.imported and venture.status == start
        assert [e.line for e in report.errors] == [2]
        assert report.errors[0].reasons[0].startswith("status: this venture is “")
        assert not entries
    else:
        assert report.imported and report.updated == 1
        assert venture.status == wanted
        assert venture.status_changed_at is not None and venture.status_changed_at >= before
        # The name changed too: the import's own entry for the fields, then the transition's.
        assert entries == [
            ("venture.import", start, start, staff.pk),
            (action, start, wanted, staff.pk),
        ]


def test_an_imported_published_venture_has_the_audit_entry_of_the_import_publish_transition() -> None:
    staff = make_staff()

    report = run_text(
        HEADER + "PUB-1,กลุ่มทดสอบ,Test Group,สรุป,Summary,,,health,TH,CMI,idea,,,2020,no,published\n", by=staff
    )

    assert report.created == 1
    venture = Venture.objects.get(external_ref="PUB-1")
    assert venture.status == "published"
    assert venture.published_at is not None
    assert venture.first_published_at == venture.published_at == venture.status_changed_at
    publish = AuditEntry.objects.for_object(venture).get(action="venture.import_publish")
    assert (publish.from_status, publish.to_status, publish.actor) == ("draft", "published", staff)
    assert "PUB-1" in publish.reason and "line 2" in publish.reason


def test_a_venture_published_before_keeps_its_first_publication_date_when_an_import_publishes_it_again() -> None:
    first = timezone.now() - datetime.timedelta(days=400)
    venture = VentureFactory.create(
        external_ref="AGAIN-1", status="archived", first_published_at=first, published_at=first
    )

    report = run_text("external_ref,name_en,areas,status\nAGAIN-1,Test Venture,1,published\n")

    assert report.updated == 1
    venture.refresh_from_db()
    assert venture.status == "published"
    assert venture.first_published_at == first
    assert venture.published_at is not None and venture.published_at > first


def test_a_row_asking_for_a_status_no_import_transition_reaches_is_refused_in_english_and_thai() -> None:
    VentureFactory.create(external_ref="REJ-1", status="rejected")
    text = "external_ref,name_en,areas,status\nOK-1,Fine Venture,1,draft\nREJ-1,Test Venture,1,published\n"

    with translation.override("en"):
        english = run_text(text)
        english_line = str(english.errors[0])
    with translation.override("th"):
        thai = run_text(text)
        thai_line = str(thai.errors[0])

    for report in (english, thai):
        assert not report.imported
        assert [e.line for e in report.errors] == [3]
    assert english.errors[0].reasons == [
        "status: this venture is “Rejected” in the registry and an import cannot make it “Published” "
        "(an import does that only from “Draft”, “Submitted for review”, “Archived”); "
        "change it in the admin, or leave the status cell empty"
    ]
    assert english_line.startswith("Line 3: status: this venture is “Rejected”")
    assert thai.errors[0].reasons == [
        "status: กิจการนี้มีสถานะ “ไม่ผ่านการพิจารณา” ในทะเบียน และการนำเข้าไม่สามารถเปลี่ยนเป็น “เผยแพร่แล้ว” ได้ "
        "(การนำเข้าทำได้เฉพาะจากสถานะ “ฉบับร่าง”, “ส่งให้พิจารณาแล้ว”, “เก็บเข้าคลัง”) "
        "กรุณาเปลี่ยนในระบบหลังบ้าน หรือเว้นช่องสถานะให้ว่าง"
    ]
    assert thai_line.startswith("บรรทัดที่ 3: status: กิจการนี้มีสถานะ “ไม่ผ่านการพิจารณา”")
    assert Venture.objects.get(external_ref="REJ-1").status == "rejected"
    assert not Venture.objects.filter(external_ref="OK-1").exists()


# --- slugs and queries ---------------------------------------------------------------------------


def test_new_ventures_get_the_first_free_slugs_in_file_order() -> None:
    VentureFactory.create(slug="green-farm", name_en="Green Farm")
    VentureFactory.create(slug="green-farm-3", name_en="Green Farm")
    rows = "".join(f"SLUG-{n},,{name},,x,,,1,,,,,,,,\n" for n, name in enumerate(["Green Farm"] * 3 + ["Green Farm 2"]))

    report = run_text(HEADER + rows)

    assert report.created == 4
    slugs = dict(Venture.objects.filter(external_ref__startswith="SLUG-").values_list("external_ref", "slug"))
    # Worked by hand: -2 is free, -3 is taken, then -4 and -5; "Green Farm 2" finds green-farm-2
    # given to the first row and takes the next suffix of its own.
    assert slugs == {
        "SLUG-0": "green-farm-2",
        "SLUG-1": "green-farm-4",
        "SLUG-2": "green-farm-5",
        "SLUG-3": "green-farm-2-2",
    }


def _import_counting_queries(rows: int, *, offset: int = 0) -> tuple[ImportReport, int, int]:
    """(the report, the queries other than inserts of ventures, the inserts of ventures)."""
    lines = [
        f"Q-{n},กลุ่มวิสาหกิจชุมชน {n},Community Group {n % 7},สรุปงาน {n},Summary {n},,,{n % 9 + 1};{(n + 1) % 9 + 1},"
        f"TH,{'CMI' if n % 2 else 'เชียงราย'},idea,www.example{n}.org,a{n}@example.org,2560,no,"
        + ("published" if n % 3 else "draft")
        for n in range(offset, offset + rows)
    ]
    with CaptureQueriesContext(connection) as queries:
        report = run_text(HEADER + "\n".join(lines) + "\n")
    inserts = sum(1 for q in queries if q["sql"].startswith('INSERT INTO "registry_venture" '))
    return report, len(queries) - inserts, inserts


def _inserts_needed(rows: int) -> int:
    """How many INSERT statements Django needs for `rows` ventures: one, unless the database limits
    the parameters of a statement (SQLite: 999 in Django 5.2), each venture taking one per column."""
    limit = connection.features.max_query_params
    columns = len([f for f in Venture._meta.concrete_fields if not f.primary_key])
    return 1 if limit is None else -(-rows // (limit // columns))


def test_the_queries_of_an_import_do_not_grow_with_its_rows() -> None:
    VentureFactory.create(slug="community-group-1", name_en="Community Group 1")
    run_text(HEADER + "WARM-1,,Warm Up,,x,,,1,,,,,,,,published\n")  # fills the content-type cache

    small, small_queries, small_inserts = _import_counting_queries(20)
    large, large_queries, large_inserts = _import_counting_queries(60, offset=20)

    assert (small.created, large.created) == (20, 60)
    # One batch each: the same statements whatever the number of rows (reading the references,
    # the ventures and their areas, the taken slugs, the inserts, one UPDATE per transition…),
    # except where the database's limit on parameters splits an insert.
    assert large_queries == small_queries <= 20
    assert (small_inserts, large_inserts) == (_inserts_needed(20), _inserts_needed(60))

    # Importing all 80 again with changes, then unchanged: still a few queries per batch.
    changed = HEADER + "".join(f"Q-{n},,Renamed Group {n},,Summary,,,1,,,,,,,,published\n" for n in range(80))
    with CaptureQueriesContext(connection) as queries:
        report = run_text(changed)
    assert (report.updated, report.unchanged) == (80, 0)
    assert len(queries) <= 20
    with CaptureQueriesContext(connection) as queries:
        report = run_text(changed)
    assert report.unchanged == 80 and len(queries) <= 10


def test_rows_are_written_in_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importer, "BATCH_SIZE", 20)
    run_text(HEADER + "WARM-1,,Warm Up,,x,,,1,,,,,,,,published\n")  # fills the content-type cache

    _report, one_batch, _inserts = _import_counting_queries(20)
    report, three_batches, _inserts = _import_counting_queries(60, offset=20)

    assert report.created == 60
    assert one_batch < three_batches <= 3 * one_batch
    assert Venture.objects.filter(external_ref__startswith="Q-").count() == 80
    assert Venture.objects.filter(external_ref__startswith="Q-", status="published").count() == 53


# --- the command ---------------------------------------------------------------------------------


def test_the_command_imports_and_reports_counts():
    out, err = io.StringIO(), io.StringIO()

    call_command("import_ventures", str(GOOD), stdout=out, stderr=err)

    assert "6 created, 0 updated, 0 unchanged" in out.getvalue()
    assert Venture.objects.count() == 6
    # Progress of both stages on stderr (not in the output a script may read).
    assert "checking: 100%" in err.getvalue() and "6/6" in err.getvalue() and "saving: 100%" in err.getvalue()
    quiet = io.StringIO()
    call_command("import_ventures", str(GOOD), "--no-progress", stdout=io.StringIO(), stderr=quiet)
    assert quiet.getvalue() == ""


def test_the_command_fails_on_bad_rows_and_prints_each_one():
    err = io.StringIO()

    with pytest.raises(CommandError, match="Nothing was imported"):
        call_command("import_ventures", str(BAD), stderr=err)

    assert "Line 9 (line 10 of the text file): website:" in err.getvalue()
    assert Venture.objects.count() == 0


def test_the_command_with_skip_invalid_imports_the_good_rows():
    out, err = io.StringIO(), io.StringIO()

    call_command("import_ventures", str(BAD), "--skip-invalid", stdout=out, stderr=err)

    assert "2 created" in out.getvalue()
    assert err.getvalue().count("Line ") == 17


# --- the admin page and its import jobs --------------------------------------------------------


@pytest.fixture
def importer_staff() -> User:
    user = make_staff()
    user.user_permissions.add(Permission.objects.get(content_type__app_label="registry", codename="add_venture"))
    return user


def admin_client(user: User | None) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    if user is not None:
        client.force_login(user)
    return client


def upload(path: Path, name: str = "ventures.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, path.read_bytes(), content_type="text/csv")


def upload_text(text: str, name: str = "ventures.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8"), content_type="text/csv")


def job_url(job: ImportJob) -> str:
    return reverse("admin:registry_venture_import_job", args=[job.pk])


def progress_url(job: ImportJob) -> str:
    return reverse("admin:registry_venture_import_job_progress", args=[job.pk])


def import_through_admin(client: Client, capture: Any, data: dict[str, Any]) -> tuple[ImportJob, str]:
    """Upload as the admin page does, run what is sent after the commit (the task runs eagerly, as
    in the embedded default), follow the redirect: (the job, the job page's HTML)."""
    with capture(execute=True):
        response = client.post(reverse("admin:registry_venture_import"), data)
    assert response.status_code == 302
    job = ImportJob.objects.get()
    assert response["Location"] == job_url(job)
    page = client.get(response["Location"])
    assert page.status_code == 200
    return job, page.content.decode()


def test_staff_with_permission_upload_a_file_and_see_the_report(
    importer_staff: User, django_capture_on_commit_callbacks: Any
):
    client = admin_client(importer_staff)
    page = client.get(reverse("admin:registry_venture_import"))
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.content.decode()

    job, html = import_through_admin(client, django_capture_on_commit_callbacks, {"file": upload(GOOD)})

    assert 'data-import-status="done"' in html
    assert 'data-import-imported="yes"' in html
    assert "6 ventures created" in html
    assert "<progress" not in html and "http-equiv" not in html  # a finished job does not refresh
    assert Venture.objects.count() == 6
    assert set(AuditEntry.objects.values_list("actor", flat=True)) == {importer_staff.pk}
    assert (job.status, job.uploaded_by, job.file_name, job.skip_invalid) == (
        "done",
        importer_staff,
        "ventures.csv",
        False,
    )
    assert job.report is not None and job.report["created"] == 6
    assert job.started_at is not None and job.finished_at is not None and job.started_at <= job.finished_at
    assert (job.stage, job.done, job.total) == ("saving", 6, 6)
    # The import page lists it among the recent imports.
    assert job_url(job) in client.get(reverse("admin:registry_venture_import")).content.decode()


def test_the_admin_page_lists_every_bad_row(importer_staff: User, django_capture_on_commit_callbacks: Any):
    job, html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(BAD)}
    )

    assert job.status == ImportJobStatus.DONE
    assert 'data-import-imported="no"' in html
    assert "Nothing was imported: 17 of 19 rows have errors" in html
    errors_table = html.split('id="import-errors"')[1].split("</table>")[0]
    assert errors_table.count("<tr>") == 1 + 17  # the header row and one row per bad line
    assert "line 4 of the text file" in html
    assert "unknown stage “unicorn”" in html
    assert not Venture.objects.exists()


def test_the_admin_page_imports_good_rows_when_asked_to_skip_bad_ones(
    importer_staff: User, django_capture_on_commit_callbacks: Any
):
    job, html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(BAD), "skip_invalid": "on"}
    )

    assert job.skip_invalid
    assert "2 ventures created" in html
    assert html.split('id="import-errors"')[1].split("</table>")[0].count("<tr>") == 1 + 17
    assert Venture.objects.count() == 2


def test_the_admin_page_refuses_a_file_over_the_size_limit(importer_staff: User, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(admin_import, "MAX_IMPORT_BYTES", 100)

    response = admin_client(importer_staff).post(reverse("admin:registry_venture_import"), {"file": upload(GOOD)})

    assert response.status_code == 200
    assert "the limit is 100" in response.content.decode()
    assert not ImportJob.objects.exists()
    assert not Venture.objects.exists()


def test_staff_without_the_permission_get_403(importer_staff: User):
    client = admin_client(make_staff())
    response = client.post(reverse("admin:registry_venture_import"), {"file": upload(GOOD)})

    assert response.status_code == 403
    assert not ImportJob.objects.exists()
    assert not Venture.objects.exists()
    job = ImportJob.objects.create(uploaded_by=importer_staff, file_name="a.csv", content=b"x", language="en")
    assert client.get(job_url(job)).status_code == 403
    assert client.get(progress_url(job)).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in():
    url = reverse("admin:registry_venture_import")

    response = admin_client(None).get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert response.status_code == admin_client(None).post(url, {"file": upload(GOOD)}).status_code
    assert not Venture.objects.exists()
    job = ImportJob.objects.create(file_name="a.csv", content=b"x", language="en")
    for page in (job_url(job), progress_url(job)):
        assert admin_client(None).get(page)["Location"].startswith(reverse("admin:login"))


def test_every_importer_may_follow_a_colleagues_job(importer_staff: User, django_capture_on_commit_callbacks: Any):
    job, _html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(GOOD)}
    )
    colleague = make_staff()
    colleague.user_permissions.add(Permission.objects.get(codename="add_venture"))

    page = admin_client(colleague).get(job_url(job))

    assert page.status_code == 200
    assert "6 ventures created" in page.content.decode()


def test_an_unknown_job_is_not_found(importer_staff: User):
    missing = reverse("admin:registry_venture_import_job", args=[987654])
    assert admin_client(importer_staff).get(missing).status_code == 404


def test_a_running_job_shows_the_progress_its_import_publishes(importer_staff: User):
    job = ImportJob.objects.create(
        uploaded_by=importer_staff, file_name="big.csv", content=b"x", language="en", status=ImportJobStatus.RUNNING
    )
    cache.set(import_progress_key(job.pk), {"stage": CHECKING, "done": 1200, "total": 10000})
    client = admin_client(importer_staff)

    html = client.get(job_url(job)).content.decode()

    assert 'data-import-status="running"' in html
    assert "Checking rows: 1,200 of 10,000" in html
    assert re.search(r'<progress[^>]* max="10000" value="1200"', html)
    assert 'role="status"' in html
    assert '<noscript><meta http-equiv="refresh" content="2"></noscript>' in html
    assert "js/import_progress.js" in html
    assert 'data-import-imported="' not in html  # no report yet
    assert client.get(progress_url(job)).json() == {
        "status": "running",
        "finished": False,
        "stage": "checking",
        "done": 1200,
        "total": 10000,
        "text": "Checking rows: 1,200 of 10,000",
    }

    # Without published progress (another cache, or not started yet) the page falls back to the row.
    cache.delete(import_progress_key(job.pk))
    ImportJob.objects.filter(pk=job.pk).update(stage=SAVING, done=5, total=9)
    assert "Saving rows: 5 of 9" in client.get(job_url(job)).content.decode()
    ImportJob.objects.filter(pk=job.pk).update(stage="", done=0, total=0)
    html = client.get(job_url(job)).content.decode()
    assert "Reading the file…" in html
    assert re.search(r"<progress[^>]*>", html) and "value=" not in re.search(r"<progress[^>]*>", html)[0]  # type: ignore[index]


def test_a_queued_job_says_it_waits(importer_staff: User):
    job = ImportJob.objects.create(uploaded_by=importer_staff, file_name="a.csv", content=b"x", language="en")

    html = admin_client(importer_staff).get(job_url(job)).content.decode()

    assert 'data-import-status="queued"' in html
    assert "Waiting for the import to start" in html


def test_the_job_page_follows_the_import_while_it_runs(
    importer_staff: User, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
):
    """What the page says in the middle of a real import: the task's published progress."""
    monkeypatch.setattr(tasks, "IMPORT_PROGRESS_INTERVAL", 0)
    client = admin_client(importer_staff)
    seen: list[dict[str, Any]] = []
    real_import = tasks.import_ventures

    def import_and_look(file: Any, **kwargs: Any) -> ImportReport:
        progress = kwargs.pop("progress")

        def progress_and_look(stage: str, done: int, total: int) -> None:
            progress(stage, done, total)
            if done == 3:
                job = ImportJob.objects.get()
                seen.append(client.get(progress_url(job)).json())

        return real_import(file, progress=progress_and_look, **kwargs)

    monkeypatch.setattr(tasks, "import_ventures", import_and_look)

    job, _html = import_through_admin(client, django_capture_on_commit_callbacks, {"file": upload(GOOD)})

    assert job.status == ImportJobStatus.DONE
    assert [(p["status"], p["text"]) for p in seen] == [
        ("running", "Checking rows: 3 of 6"),
        ("running", "Saving rows: 3 of 6"),
    ]
    # The published progress is gone once the job is finished: the row holds the last of it.
    assert cache.get(import_progress_key(job.pk)) is None


def test_a_job_that_fails_imports_nothing_and_says_why(
    importer_staff: User, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(importer, "BATCH_SIZE", 2)
    written = 0
    real_record_audits = importer._record_audits

    def record_audits_then_break(entries: list[AuditEntry]) -> None:
        nonlocal written
        if written + len(entries) >= 3:
            raise RuntimeError("the disk is full")
        written += len(entries)
        real_record_audits(entries)

    monkeypatch.setattr(importer, "_record_audits", record_audits_then_break)

    job, html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(GOOD)}
    )

    assert written == 2  # a batch of two ventures was saved before it broke, and was rolled back
    assert job.status == ImportJobStatus.FAILED
    assert job.error == "RuntimeError: the disk is full"
    assert job.finished_at is not None and job.report is None
    assert not Venture.objects.exists()
    assert not AuditEntry.objects.filter(action="venture.import").exists()
    assert 'data-import-status="failed"' in html
    assert "nothing was imported" in html
    assert "RuntimeError: the disk is full" in html
    assert "<progress" not in html


def test_running_the_task_again_for_a_finished_job_does_nothing(
    importer_staff: User, django_capture_on_commit_callbacks: Any
):
    job, _html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(GOOD)}
    )
    before = ImportJob.objects.values().get(pk=job.pk)
    audits = AuditEntry.objects.count()
    # Even if its file said something else now, a finished job is not imported again.
    ImportJob.objects.filter(pk=job.pk).update(content=(HEADER + "AGAIN-1,,Again,,,,,1,,,,,,,,draft\n").encode())

    assert tasks.run_import_job(job.pk) == "skipped"

    after = ImportJob.objects.values().get(pk=job.pk)
    assert {k: v for k, v in after.items() if k != "content"} == {k: v for k, v in before.items() if k != "content"}
    assert Venture.objects.count() == 6
    assert AuditEntry.objects.count() == audits

    failed = ImportJob.objects.create(
        file_name="f.csv", content=GOOD.read_bytes(), language="en", status=ImportJobStatus.FAILED, error="earlier"
    )
    assert tasks.run_import_job(failed.pk) == "skipped"
    failed.refresh_from_db()
    assert (failed.status, failed.error, Venture.objects.count()) == ("failed", "earlier", 6)


def test_a_job_whose_worker_died_is_imported_when_the_task_comes_again():
    # acks_late + reject_on_worker_lost: the broker redelivers the task; the dead worker's
    # transaction was rolled back, so the job is "running" with nothing imported.
    job = ImportJob.objects.create(
        file_name="g.csv", content=GOOD.read_bytes(), language="en", status=ImportJobStatus.RUNNING
    )

    assert tasks.run_import_job(job.pk) == ImportJobStatus.DONE

    job.refresh_from_db()
    assert job.status == ImportJobStatus.DONE and job.report is not None and job.report["created"] == 6
    assert Venture.objects.count() == 6


def test_a_finished_job_cannot_be_moved_again():
    job = ImportJob.objects.create(file_name="d.csv", content=b"", language="en", status=ImportJobStatus.DONE)

    with pytest.raises(TransitionError):
        tasks._move_import_job(job, "start")
    assert ImportJob.objects.get(pk=job.pk).status == ImportJobStatus.DONE


def test_the_report_is_written_in_the_uploaders_language(importer_staff: User, django_capture_on_commit_callbacks: Any):
    client = Client(HTTP_ACCEPT_LANGUAGE="th")
    client.force_login(importer_staff)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:registry_venture_import"), {"file": upload(BAD)})

    job = ImportJob.objects.get()
    assert job.language == "th"
    with translation.override("th"):
        expected = gettext("unknown stage “%(value)s” (use one of %(known)s)").split("“")[0]
    assert expected.strip() and not expected.startswith("unknown stage")
    assert any(expected in reason for error in job.report["errors"] for reason in error["reasons"])  # type: ignore[index]


def test_the_uploaded_file_waits_in_the_database_not_under_media_and_goes_when_imported(
    importer_staff: User, django_capture_on_commit_callbacks: Any, settings: Any, tmp_path: Path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    client = admin_client(importer_staff)

    with django_capture_on_commit_callbacks(execute=False):
        client.post(reverse("admin:registry_venture_import"), {"file": upload(GOOD, "nia.csv")})
    job = ImportJob.objects.get()
    assert bytes(job.content) == GOOD.read_bytes()  # queued: the worker reads it from the database
    tasks.run_import_job(job.pk)
    job.refresh_from_db()
    # Imported: the file (people's contact emails) is not kept; the report is.
    assert job.status == ImportJobStatus.DONE and bytes(job.content) == b"" and (job.report or {})["created"] == 6
    assert not any(isinstance(f, models.FileField) for f in ImportJob._meta.get_fields())
    assert not settings.MEDIA_ROOT.exists() or not any(settings.MEDIA_ROOT.rglob("*"))
    for guess in ("nia.csv", "imports/nia.csv", f"imports/{job.pk}.csv"):
        assert client.get(settings.MEDIA_URL + guess).status_code == 404
    # Nor does the admin show or offer the file's content.
    record = client.get(reverse("admin:registry_importjob_change", args=[job.pk])).content.decode()
    assert "NIA-2562-001" not in record


def test_importers_see_the_list_of_jobs_read_only(importer_staff: User, django_capture_on_commit_callbacks: Any):
    job, _html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(BAD), "skip_invalid": "on"}
    )
    client = admin_client(importer_staff)

    listing = client.get(reverse("admin:registry_importjob_changelist"))

    html = listing.content.decode()
    assert listing.status_code == 200
    assert "ventures.csv" in html and job_url(job) in html
    row = html.split('class="field-created_at')[1].split("</tr>")[0]
    assert ">2</td>" in row and ">17</td>" in row  # created, bad rows
    assert client.get(reverse("admin:registry_importjob_add")).status_code == 403
    assert client.post(reverse("admin:registry_importjob_delete", args=[job.pk])).status_code == 403
    assert admin_client(make_staff()).get(reverse("admin:registry_importjob_changelist")).status_code == 403


class Holder:
    """Another connection's open transaction, held until `release()`, that the import must wait for."""

    def __init__(self, work: Any) -> None:
        self.held, self.released = threading.Event(), threading.Event()
        self.thread = threading.Thread(target=self._run, args=(work,))
        self.thread.start()
        assert self.held.wait(timeout=10)

    def _run(self, work: Any) -> None:
        try:
            with transaction.atomic():
                work()
                self.held.set()
                self.released.wait(timeout=60)
                transaction.set_rollback(True)
        finally:
            connection.close()

    def release(self) -> None:
        self.released.set()
        self.thread.join(timeout=30)


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_imports_a_file_uploaded_in_the_admin(celery_worker: CeleryWorker, importer_staff: User):
    """The upload returns at once; the worker imports the file while the job page follows it."""
    VentureFactory.create(external_ref="WORKER-1", name_en="Held Venture")
    rows = "".join(f"WORKER-{i},,Worker Venture {i},,A summary,,,{i % 9 + 1},TH,,,,,,,draft\n" for i in range(1, 31))
    client = admin_client(importer_staff)
    # Two other transactions make the import wait twice: one holds the existing venture's row
    # (the import locks it before checking), one has inserted, uncommitted, a venture with a
    # reference of the file (the import waits on the unique index when it saves that row).
    before_checking = Holder(lambda: Venture.objects.select_for_update().get(external_ref="WORKER-1"))
    while_saving = Holder(lambda: VentureFactory.create(external_ref="WORKER-15", slug="held-15"))
    try:
        response = client.post(reverse("admin:registry_venture_import"), {"file": upload_text(HEADER + rows)})
        assert response.status_code == 302
        job = ImportJob.objects.get()
        first = client.get(response["Location"]).content.decode()
        assert re.search(r'data-import-status="(queued|running)"', first)
        assert "<progress" in first
        wait_until(
            lambda: 'data-import-status="running"' in client.get(job_url(job)).content.decode(),
            timeout=30,
            what="the worker to start the import",
        )
        assert client.get(progress_url(job)).json()["finished"] is False

        before_checking.release()
        # Mid-import, inside the import's open transaction, the page sees the worker's progress.
        saving = wait_until(
            lambda: (p := client.get(progress_url(job)).json())["stage"] == SAVING and p,
            timeout=30,
            what="the page to show the worker saving rows",
        )
        assert saving["status"] == "running" and saving["total"] == 30 and 1 <= saving["done"] < 15
        assert f"Saving rows: {saving['done']} of 30" in client.get(job_url(job)).content.decode()
        assert not Venture.objects.filter(external_ref="WORKER-2").exists()  # nothing committed yet
    finally:
        before_checking.release()
        while_saving.release()

    wait_until(lambda: client.get(progress_url(job)).json()["finished"], timeout=60, what="the import to finish")
    html = client.get(job_url(job)).content.decode()
    assert 'data-import-status="done"' in html
    assert "29 ventures created" in html and "1 venture updated" in html
    assert Venture.objects.filter(external_ref__startswith="WORKER-").count() == 30
    assert Venture.objects.get(external_ref="WORKER-1").name_en == "Worker Venture 1"


def test_imported_published_ventures_are_searchable_and_edits_reach_the_index(
    client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    header = "external_ref,name_th,name_en,summary_th,areas,province,status\n"
    first = header + "SRCH-1,โรงเรียนชาวนาอินทรีย์,Organic Farmer School,สอนทำนาอินทรีย์,5,CMI,published\n"
    with django_capture_on_commit_callbacks(execute=True):
        import_ventures(io.StringIO(first))
    found = client.get("/api/v1/ventures/", {"q": "ชาวนา"}).json()
    assert [v["name_en"] for v in found["results"]] == ["Organic Farmer School"]

    # the same row with new text (areas unchanged) must be found by its new words only
    edited = header + "SRCH-1,โรงเรียนชาวประมงพื้นบ้าน,Small-Scale Fishers School,สอนทำประมง,5,CMI,published\n"
    with django_capture_on_commit_callbacks(execute=True):
        import_ventures(io.StringIO(edited))
    assert client.get("/api/v1/ventures/", {"q": "ประมง"}).json()["count"] == 1
    assert client.get("/api/v1/ventures/", {"q": "ชาวนา"}).json()["count"] == 0


def _index_state() -> tuple[list[tuple[Any, ...]], list[tuple[str, int]]]:
    documents = list(
        VentureSearchDocument.objects.order_by("pk").values_list("pk", "name", "summary", "body", "places", "text")
    )
    return documents, list(SearchTerm.objects.order_by("term").values_list("term", "frequency"))


def test_a_large_import_is_indexed_in_batches_that_equal_a_full_rebuild(
    client: Client, django_capture_on_commit_callbacks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "REINDEX_BATCH", 4)
    header = "external_ref,name_th,name_en,summary_th,areas,province,status\n"
    rows = [
        f"BATCH-{i},กลุ่มปลูกผักปลอดสาร {i},Safe Vegetable Group {i},ปลูกผักขายในชุมชน,{i % 9 + 1},CMI,"
        + ("draft" if i % 5 == 0 else "published")
        for i in range(10)
    ]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        report = import_ventures(io.StringIO(header + "\n".join(rows) + "\n"))
    assert report.created == 10
    # One task per batch of ventures (10 ventures in batches of 4), not one per venture.
    reindex_tasks = [c for c in callbacks if getattr(c, "func", None) == reindex_ventures_search.delay]
    assert len(reindex_tasks) == 3

    imported = _index_state()
    assert len(imported[0]) == 8  # the two drafts have no document
    search_index.rebuild(batch_size=3)
    assert _index_state() == imported
    assert client.get("/api/v1/ventures/", {"q": "ผักปลอดสาร"}).json()["count"] == 8

    # Reindexing again changes nothing; an import that saves nothing sends nothing.
    search_index.reindex_ventures(Venture.objects.values_list("pk", flat=True))
    assert _index_state() == imported
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        failed = import_ventures(io.StringIO(header + "BATCH-X,,,,,,published\n"))
    assert not failed.imported and callbacks == []


def test_old_reports_forget_the_bad_rows_reasons_but_keep_the_counts(
    importer_staff: User, django_capture_on_commit_callbacks: Any, settings: Any
):
    settings.REGISTRY_IMPORT_REPORT_DAYS = 90
    job, _html = import_through_admin(
        admin_client(importer_staff), django_capture_on_commit_callbacks, {"file": upload(BAD), "skip_invalid": "on"}
    )
    bad_rows = len(job.report["errors"])  # type: ignore[index]
    assert bad_rows > 0 and bytes(job.content) == b""

    assert tasks.forget_old_import_reports() == 0  # a recent report is left alone
    ImportJob.objects.filter(pk=job.pk).update(finished_at=timezone.now() - datetime.timedelta(days=91))
    assert tasks.forget_old_import_reports() == 1
    assert tasks.forget_old_import_reports() == 0

    job.refresh_from_db()
    assert job.report["errors"] == [] and job.report["errors_forgotten"] == bad_rows  # type: ignore[index]
    assert job.report["created"] > 0  # type: ignore[index]
    page = admin_client(importer_staff).get(job_url(job)).content.decode()
    assert f"The details of {bad_rows} rows with errors were deleted after a while" in page
    assert f"{bad_rows} bad rows were skipped" in page  # the summary still counts them
    assert "forget-old-import-reports" in settings.CELERY_BEAT_SCHEDULE
