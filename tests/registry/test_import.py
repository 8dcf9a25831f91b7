"""Bulk import of ventures (PRODUCT.md "Bulk import"): the service, the command and the admin page."""

import io
from pathlib import Path
from typing import Any, cast

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from registry import admin_import
from registry.importer import ImportReport, import_ventures
from registry.models import AuditEntry, SearchTerm, User, Venture, VentureSearchDocument
from registry.models.ventures import VentureStatus
from registry.search import index as search_index
from registry.tasks import reindex_ventures_search
from tests.factories import StaffFactory

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
    assert AuditEntry.objects.for_object(rice).get().to_status == "published"


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
    assert (entry.action, entry.from_status, entry.to_status) == ("venture.import", "draft", "published")


def test_an_import_cannot_move_a_venture_against_the_moderation_rules():
    run(GOOD)
    rice = Venture.objects.get(external_ref="NIA-2562-001")

    report = run_text(GOOD.read_text(encoding="utf-8-sig").replace("2560,no,published", "2560,no,draft"))

    assert not report.imported
    assert [e.line for e in report.errors] == [2]
    assert "cannot make it “Draft”" in report.errors[0].reasons[0]
    rice.refresh_from_db()
    assert rice.status == VentureStatus.PUBLISHED


# --- the command ---------------------------------------------------------------------------------


def test_the_command_imports_and_reports_counts():
    out = io.StringIO()

    call_command("import_ventures", str(GOOD), stdout=out)

    assert "6 created, 0 updated, 0 unchanged" in out.getvalue()
    assert Venture.objects.count() == 6


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


# --- the admin page ------------------------------------------------------------------------------


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


def test_staff_with_permission_upload_a_file_and_see_the_report(importer_staff: User):
    client = admin_client(importer_staff)
    url = reverse("admin:registry_venture_import")
    page = client.get(url)
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.content.decode()

    response = client.post(url, {"file": upload(GOOD)})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-import-imported="yes"' in html
    assert "6 ventures created" in html
    assert Venture.objects.count() == 6
    assert set(AuditEntry.objects.values_list("actor", flat=True)) == {importer_staff.pk}


def test_the_admin_page_lists_every_bad_row(importer_staff: User):
    response = admin_client(importer_staff).post(reverse("admin:registry_venture_import"), {"file": upload(BAD)})

    html = response.content.decode()
    assert 'data-import-imported="no"' in html
    assert "Nothing was imported: 17 of 19 rows have errors" in html
    errors_table = html.split('id="import-errors"')[1].split("</table>")[0]
    assert errors_table.count("<tr>") == 1 + 17  # the header row and one row per bad line
    assert "line 4 of the text file" in html
    assert "unknown stage “unicorn”" in html
    assert not Venture.objects.exists()


def test_the_admin_page_imports_good_rows_when_asked_to_skip_bad_ones(importer_staff: User):
    response = admin_client(importer_staff).post(
        reverse("admin:registry_venture_import"), {"file": upload(BAD), "skip_invalid": "on"}
    )

    assert "2 ventures created" in response.content.decode()
    assert Venture.objects.count() == 2


def test_the_admin_page_refuses_a_file_over_the_size_limit(importer_staff: User, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(admin_import, "MAX_IMPORT_BYTES", 100)

    response = admin_client(importer_staff).post(reverse("admin:registry_venture_import"), {"file": upload(GOOD)})

    assert response.status_code == 200
    assert "the limit is 100" in response.content.decode()
    assert not Venture.objects.exists()


def test_staff_without_the_permission_get_403():
    response = admin_client(make_staff()).post(reverse("admin:registry_venture_import"), {"file": upload(GOOD)})

    assert response.status_code == 403
    assert not Venture.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in():
    url = reverse("admin:registry_venture_import")

    response = admin_client(None).get(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert response.status_code == admin_client(None).post(url, {"file": upload(GOOD)}).status_code
    assert not Venture.objects.exists()


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
