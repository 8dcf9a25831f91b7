"""Bulk import of ventures from a CSV file (docs/data-standards.md, "Bulk import").

    import_ventures(file, *, skip_invalid=False, by=None) -> ImportReport

The file is UTF-8 (with or without a BOM) with a header row. Columns:

    external_ref, name_th, name_en, summary_th, summary_en, description_th, description_en,
    areas, country, province, stage, website, email, founded_year, youth_led, status

`external_ref` and `areas` are required columns, and so is at least one of `name_th`/`name_en`;
other columns may be left out (their fields are then left alone on update and take their default
on create). Unknown columns are ignored and reported.

Every row is validated before anything is written. A file with any bad row imports nothing and the
report lists every bad row with its line number as a spreadsheet shows it (the header is line 1, a
cell with line breaks does not push later rows down) and all its reasons; `skip_invalid=True`
imports the good rows and still lists the bad ones. All writes happen in one transaction.

Idempotent by `external_ref`: a row that matches its venture changes nothing (no write, no audit
entry); a changed row updates that venture. What a cell means:
- an empty text, website, email or founded_year cell clears that field; empty youth_led means no;
- an empty country means TH; a province is allowed for Thailand only (abbr_en such as CMI, the
  English name with or without spaces, or the Thai name, with or without "จังหวัด");
- areas are slugs or codes (1–9), `;`-separated; the first is the primary area;
- an empty stage or status keeps the venture's current value (new ventures: idea, draft);
- founded_year may be given in the Buddhist era (2560 = 2017);
- status changes go through named transitions of the moderation workflow
  (`registry.workflows.VENTURE`, the ones in IMPORT_TRANSITIONS): a new venture is created as a
  draft, and a row asking for `published` runs `import_publish` (from draft, submitted or
  archived: NIA's own list is reviewed), one asking for `draft` runs `reopen` or `withdraw`; a row
  asking for a move none of them makes is a row error.
Published rows get `published_at`; every created or updated venture gets a `venture.import` audit
entry for its fields, and every status move the audit entry of its transition
(`venture.import_publish`…). Contact emails are imported as contact details but never made public
(no consent yet).

Rows are checked and written in batches of BATCH_SIZE: the ventures of a batch are read by
reference at once, uniqueness is checked for the whole file (references) or chosen among the taken
values (slugs, `registry.slugs.unique_slugs`), and the writes are bulk inserts and updates, so the
number of queries grows with the batches, not the rows (docs/performance.md).
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.dates import gregorian_year
from core.models import AuditEntry

from .models import Country, Province, SocialArea, User, Venture, VentureArea
from .models.ventures import Stage, VentureStatus
from .search.index import batched_search_reindex, schedule_search_reindex
from .slugs import unique_slugs
from .workflows import VENTURE

COLUMNS = (
    "external_ref",
    "name_th",
    "name_en",
    "summary_th",
    "summary_en",
    "description_th",
    "description_en",
    "areas",
    "country",
    "province",
    "stage",
    "website",
    "email",
    "founded_year",
    "youth_led",
    "status",
)
REQUIRED_COLUMNS = ("external_ref", "areas")
NAME_COLUMNS = ("name_th", "name_en")
TEXT_FIELDS = ("name_th", "name_en", "summary_th", "summary_en", "description_th", "description_en")
IMPORT_STATUSES = (VentureStatus.PUBLISHED, VentureStatus.DRAFT)
# The workflow transitions an import may run (registry.workflows.VENTURE), found by the status a
# row asks for and the venture's own: publishing (a draft too: NIA's own list is reviewed), or
# back to draft from archived or submitted.
IMPORT_TRANSITIONS = ("import_publish", "reopen", "withdraw")
# Rows checked and written together: the queries of an import grow with its batches, not its rows.
BATCH_SIZE = 500
# Common spellings a spreadsheet may use for a province besides its official names.
PROVINCE_ALIASES = {
    "กรุงเทพฯ": "BKK",
    "กทม": "BKK",
    "กทม.": "BKK",
    "bangkokmetropolis": "BKK",
    "ayutthaya": "AYA",
    "อยุธยา": "AYA",
    "korat": "NMA",
    "โคราช": "NMA",
}


@dataclass
class RowError:
    """A bad row: its line as a spreadsheet shows it (header = 1) and every reason it is bad.

    `text_line` is the row's first line in the file as a text editor shows it, when cells with
    line breaks earlier in the file make it differ from `line`.
    """

    line: int
    reasons: list[str]
    text_line: int | None = None

    def __str__(self) -> str:
        where = _("Line %(line)s") % {"line": self.line}
        if self.text_line and self.text_line != self.line:
            where += " " + _("(line %(line)s of the text file)") % {"line": self.text_line}
        return f"{where}: {'; '.join(self.reasons)}"


@dataclass
class ImportReport:
    """What an import did (or would have done): counts, and every bad row with its reasons."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    imported: bool = False
    rows: int = 0
    ignored_columns: list[str] = field(default_factory=list)
    # Bad rows whose details an old report no longer keeps (registry.tasks.forget_old_import_reports).
    errors_forgotten: int = 0

    def summary(self) -> str:
        """One paragraph for a person: what was imported, or why nothing was."""
        bad = len(self.errors) + self.errors_forgotten
        if not self.imported:
            if self.rows == 0 and bad:
                text = _("Nothing was imported: the file cannot be read as the import expects.")
            else:
                text = ngettext(
                    "Nothing was imported: %(bad)s of %(rows)s rows has errors.",
                    "Nothing was imported: %(bad)s of %(rows)s rows have errors.",
                    bad,
                ) % {"bad": bad, "rows": self.rows}
                text += " " + _("Fix them and import the file again, or choose to skip the bad rows.")
        else:
            text = ngettext(
                "Imported %(rows)s row: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.",
                "Imported %(rows)s rows: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.",
                self.created + self.updated + self.unchanged,
            ) % {
                "rows": self.created + self.updated + self.unchanged,
                "created": self.created,
                "updated": self.updated,
                "unchanged": self.unchanged,
            }
            if bad:
                text += " " + ngettext("%(bad)s bad row was skipped.", "%(bad)s bad rows were skipped.", bad) % {
                    "bad": bad
                }
        if self.ignored_columns:
            text += " " + _("Columns ignored (not part of the import format): %(columns)s.") % {
                "columns": ", ".join(self.ignored_columns)
            }
        return text

    def error_lines(self) -> list[str]:
        """Every bad row as one line of text, in file order."""
        return [str(error) for error in self.errors]


class _FileError(Exception):
    def __init__(self, error: RowError) -> None:
        super().__init__(str(error))
        self.error = error


@dataclass
class _Row:
    line: int
    text_line: int
    ref: str
    values: dict[str, Any]
    area_ids: list[int]
    existing: Venture | None = None
    changed: list[str] = field(default_factory=list)
    areas_changed: bool = False
    from_status: str = ""
    transition: str = ""


def _text_of(file: IO[bytes] | IO[str]) -> str:
    data = file.read()
    if isinstance(data, str):
        return data.removeprefix("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise _FileError(
            RowError(
                line,
                [
                    _(
                        "The file is not UTF-8 text (the first character that is not is on line %(line)s). "
                        "Save it as “CSV UTF-8” and import it again."
                    )
                    % {"line": line}
                ],
            )
        ) from exc


def _records(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """(spreadsheet line, first text line, cells) for every record; the header is line 1."""
    reader = csv.reader(io.StringIO(text, newline=""))
    consumed = 0
    line = 0
    try:
        for cells in reader:
            line += 1
            yield line, consumed + 1, cells
            consumed = reader.line_num
    except csv.Error as exc:
        raise _FileError(
            RowError(line + 1, [_("The file is not valid CSV here: %(error)s.") % {"error": exc}], consumed + 1)
        ) from exc


def _norm(value: str) -> str:
    return unicodedata.normalize("NFC", value).strip()


def _key(value: str) -> str:
    """A province or area name compared without case, spaces or hyphens."""
    return re.sub(r"[\s\-]+", "", _norm(value).casefold())


class _Lookups:
    """Reference data read once per import."""

    def __init__(self) -> None:
        self.areas: dict[str, SocialArea] = {}
        self.inactive_areas: set[str] = set()
        for area in SocialArea.objects.all():
            keys = (area.slug.lower(), str(area.code))
            for key in keys:
                if area.is_active:
                    self.areas[key] = area
                else:
                    self.inactive_areas.add(key)
        self.countries = {c.iso2.upper(): c for c in Country.objects.all()}
        self.provinces: dict[str, Province] = {}
        by_abbr = {}
        for province in Province.objects.all():
            by_abbr[province.abbr_en.upper()] = province
            self.provinces[province.abbr_en.upper()] = province
            self.provinces[_key(province.name_en)] = province
            self.provinces[_key(province.name_th)] = province
        for alias, abbr in PROVINCE_ALIASES.items():
            if abbr in by_abbr:
                self.provinces.setdefault(_key(alias), by_abbr[abbr])

    def province(self, value: str) -> Province | None:
        value = _norm(value)
        for candidate in (value.upper(), _key(value), _key(re.sub(r"^(จังหวัด|จ\.)\s*", "", value))):
            if candidate in self.provinces:
                return self.provinces[candidate]
        return None


def _parse_row(
    cells: dict[str, str], present: set[str], lookups: _Lookups, this_year: int
) -> tuple[dict[str, Any], list[int], list[str]]:
    """Field values, area ids and the reasons the row is bad (empty when it is good)."""
    reasons: list[str] = []
    values: dict[str, Any] = {}

    def bad(column: str, message: str) -> None:
        reasons.append(f"{column}: {message}")

    ref = cells.get("external_ref", "")
    if not ref:
        bad("external_ref", _("required (it identifies the venture when the file is imported again)"))
    elif len(ref) > 100:
        bad("external_ref", _("at most 100 characters"))
    limits = {"name_th": 200, "name_en": 200, "summary_th": 500, "summary_en": 500}
    for column in TEXT_FIELDS:
        if column in present:
            values[column] = cells.get(column, "")
            if column in limits and len(values[column]) > limits[column]:
                bad(
                    column,
                    _("at most %(limit)s characters (this has %(n)s)")
                    % {"limit": limits[column], "n": len(values[column])},
                )
    if not any(cells.get(column) for column in NAME_COLUMNS):
        bad("name_th/name_en", _("give the venture a name in Thai or in English"))

    area_ids: list[int] = []
    raw_areas = [a.strip() for a in cells.get("areas", "").split(";") if a.strip()]
    if not raw_areas:
        bad("areas", _("give at least one area (a slug such as health, or a code 1–9)"))
    for raw in raw_areas:
        area = lookups.areas.get(raw.lower())
        if area is None:
            if raw.lower() in lookups.inactive_areas:
                bad("areas", _("“%(value)s” is no longer an active area") % {"value": raw})
            else:
                bad("areas", _("unknown area “%(value)s” (use a slug such as health, or a code 1–9)") % {"value": raw})
        elif area.pk not in area_ids:
            area_ids.append(area.pk)

    # Without a country column the venture keeps its country (new ones: TH); an empty cell means TH.
    country = None
    if "country" in present:
        country = lookups.countries.get(cells.get("country", "").upper() or "TH")
        if country is None:
            known = ", ".join(sorted(lookups.countries))
            bad(
                "country",
                _("unknown country “%(value)s” (use one of %(known)s)") % {"value": cells["country"], "known": known},
            )
        else:
            values["country"] = country
    if "province" in present:
        raw_province = cells.get("province", "")
        province = None
        if raw_province:
            province = lookups.province(raw_province)
            if province is None:
                bad(
                    "province",
                    _("unknown Thai province “%(value)s” (use e.g. CMI, Chiang Mai or เชียงใหม่)")
                    % {"value": raw_province},
                )
            elif country is not None and country.iso2 != "TH":
                bad(
                    "province",
                    _("a province can be given only for a venture in Thailand (country is %(country)s)")
                    % {"country": country.iso2},
                )
        values["province"] = province

    if cells.get("stage"):
        stage = re.sub(r"[\s\-]+", "_", cells["stage"].lower())
        if stage in Stage.values:
            values["stage"] = stage
        else:
            bad(
                "stage",
                _("unknown stage “%(value)s” (use one of %(known)s)")
                % {"value": cells["stage"], "known": ", ".join(Stage.values)},
            )

    if "website" in present:
        website = cells.get("website", "")
        if website and "://" not in website:
            website = "https://" + website
        if website:
            try:
                URLValidator(schemes=["http", "https"])(website)
                if len(website) > 200:
                    raise ValidationError("too long")
            except ValidationError:
                bad("website", _("“%(value)s” is not a web address") % {"value": cells["website"]})
        values["website"] = website
    if "email" in present:
        email = cells.get("email", "")
        if email:
            try:
                EmailValidator()(email)
            except ValidationError:
                bad("email", _("“%(value)s” is not an email address") % {"value": email})
        values["contact_email"] = email
    if "founded_year" in present:
        raw_year = cells.get("founded_year", "")
        year: int | None = None
        if raw_year:
            if re.fullmatch(r"\d{4}", raw_year):
                year = gregorian_year(int(raw_year))
                if not 1900 <= year <= this_year:
                    bad(
                        "founded_year",
                        _("“%(value)s” is not a plausible founding year (1900–%(year)s)")
                        % {"value": raw_year, "year": this_year},
                    )
            else:
                bad("founded_year", _("“%(value)s” is not a year (write four digits, e.g. 2019)") % {"value": raw_year})
        values["founded_year"] = year
    if "youth_led" in present:
        youth = cells.get("youth_led", "").lower()
        if youth in ("yes", "no", ""):
            values["youth_led"] = youth == "yes"
        else:
            bad("youth_led", _("write yes or no (not “%(value)s”)") % {"value": cells["youth_led"]})
    if cells.get("status"):
        status = cells["status"].lower()
        if status in IMPORT_STATUSES:
            values["status"] = status
        else:
            bad("status", _("write published or draft (not “%(value)s”)") % {"value": cells["status"]})
    return values, area_ids, reasons


def _import_transition(current: str, wanted: str) -> tuple[str, str | None]:
    """(the name of the workflow transition that takes a venture from `current` to `wanted`, or "" when
    it stays; the row's reason when no transition an import may run does it)."""
    if current == wanted:
        return "", None
    for name in IMPORT_TRANSITIONS:
        transition = VENTURE[name]
        if transition.target == wanted and current in transition.sources:
            return name, None
    labels = dict(VentureStatus.choices)
    starts = {s for name in IMPORT_TRANSITIONS if VENTURE[name].target == wanted for s in VENTURE[name].sources}
    return "", "status: " + _(
        "this venture is “%(current)s” in the registry and an import cannot make it “%(wanted)s” "
        "(an import does that only from %(sources)s); change it in the admin, or leave the status cell empty"
    ) % {
        "current": labels.get(current, current),
        "wanted": labels.get(wanted, wanted),
        "sources": ", ".join(f"“{label}”" for value, label in VentureStatus.choices if value in starts),
    }


# Foreign keys whose values come from the reference tables read at the start (`_Lookups`) or from
# the venture's own row: they exist, so validation need not ask the database row by row.
CHECKED_FOREIGN_KEYS = ("country", "province", "owner", "verified_by")


def _prepare(
    row: _Row, existing: Venture | None, existing_areas: list[int], default_country: Country | None
) -> list[str]:
    """Apply the row to a venture instance (new or existing, unsaved) and validate it; returns reasons.

    New ventures are drafts; a row asking for another status gets the workflow transition that
    leads there (`row.transition`), run when the batch is saved.
    """
    reasons: list[str] = []
    values = dict(row.values)
    if existing is None:
        # A new venture starts as a draft (the model's default); `row.transition` moves it on.
        venture = Venture(external_ref=row.ref, country=values.pop("country", default_country))
        for name, value in values.items():
            if name != "status":
                setattr(venture, name, value)
        row.changed = ["created"]
        row.areas_changed = True
    else:
        venture = existing
        for name, value in values.items():
            if name != "status" and getattr(venture, name) != value:
                setattr(venture, name, value)
                row.changed.append(name)
        row.areas_changed = (existing_areas[:1] != row.area_ids[:1]) or set(existing_areas) != set(row.area_ids)
    row.from_status = venture.status
    row.transition, problem = _import_transition(venture.status, values.get("status", venture.status))
    if problem:
        reasons.append(problem)
    row.existing = venture
    target = VENTURE[row.transition].target if row.transition else venture.status
    if target == VentureStatus.PUBLISHED and not (venture.summary_th or venture.summary_en):
        reasons.append("summary_th/summary_en: " + _("a published venture needs a summary in Thai or English"))
    if not reasons:
        # Uniqueness is checked for the whole file instead: external_ref against the file and the
        # ventures read by reference, the slug chosen among the taken ones (`unique_slugs`).
        known = [name for name in CHECKED_FOREIGN_KEYS if getattr(venture, f"{name}_id") is not None]
        try:
            venture.full_clean(exclude=["slug", *known], validate_unique=False, validate_constraints=False)
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                column = {"contact_email": "email", "contact_public": "email"}.get(name, name)
                reasons.extend(f"{column}: {message}" for message in messages)
    return reasons


# What an import is doing, for a progress bar: (stage, rows done, rows in all), stage being
# CHECKING (each row against the database) or SAVING (writing the good rows).
Progress = Callable[[str, int, int], object]
CHECKING = "checking"
SAVING = "saving"


@transaction.atomic
def import_ventures(
    file: IO[bytes] | IO[str],
    *,
    skip_invalid: bool = False,
    by: User | None = None,
    progress: Progress | None = None,
) -> ImportReport:
    """Validate every row of a ventures CSV, then create or update the ventures in one transaction.

    `progress`, when given, is called for every row of each stage, once it is checked or (after
    its batch's writes) saved; the caller decides how often to pass it on. The search index is
    brought up to date after the commit, in batches.
    """
    with batched_search_reindex():
        return _import(file, skip_invalid=skip_invalid, by=by, progress=progress or _no_progress)


def _no_progress(stage: str, done: int, total: int) -> None:
    return None


def _import(file: IO[bytes] | IO[str], *, skip_invalid: bool, by: User | None, progress: Progress) -> ImportReport:
    report = ImportReport()
    try:
        text = _text_of(file)
        records = _records(text)
        header_record = next(records, None)
        if header_record is None:
            raise _FileError(RowError(1, [_("The file is empty: it needs a header row and one row per venture.")]))
        header = [_norm(h).lower() for h in header_record[2]]
        duplicates = sorted({h for h in header if h and header.count(h) > 1})
        problems = []
        if duplicates:
            problems.append(_("Columns appear twice in the header: %(columns)s.") % {"columns": ", ".join(duplicates)})
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if not any(c in header for c in NAME_COLUMNS):
            missing.append(_("name_th or name_en"))
        if missing:
            problems.append(
                _("Required columns are missing from the header: %(columns)s.") % {"columns": ", ".join(missing)}
            )
        if problems:
            raise _FileError(RowError(1, problems))
        report.ignored_columns = [h for h in header if h and h not in COLUMNS]
        present = {h for h in header if h in COLUMNS}
        lookups = _Lookups()
        this_year = timezone.localdate().year
        rows: list[_Row] = []
        first_line_of_ref: dict[str, int] = {}
        for line, text_line, cells in records:
            if not any(cell.strip() for cell in cells):
                continue  # a blank row (it still counts for line numbers)
            report.rows += 1
            reasons = []
            if len(cells) > len(header) and any(c.strip() for c in cells[len(header) :]):
                reasons.append(
                    _("this row has %(cells)s cells but the header has %(columns)s columns (a comma outside quotes?)")
                    % {"cells": len(cells), "columns": len(header)}
                )
            row_cells = {name: _norm(value) for name, value in zip(header, cells, strict=False) if name in present}
            values, area_ids, row_reasons = _parse_row(row_cells, present, lookups, this_year)
            reasons += row_reasons
            ref = row_cells.get("external_ref", "")
            if ref:
                if ref in first_line_of_ref:
                    reasons.append(
                        "external_ref: "
                        + _("“%(ref)s” is already used on line %(line)s of this file")
                        % {"ref": ref, "line": first_line_of_ref[ref]}
                    )
                else:
                    first_line_of_ref[ref] = line
            if reasons:
                report.errors.append(RowError(line, reasons, text_line))
            else:
                rows.append(_Row(line=line, text_line=text_line, ref=ref, values=values, area_ids=area_ids))
    except _FileError as problem:
        report.errors = [problem.error]
        report.rows = 0
        return report

    good: list[_Row] = []
    checked = 0
    for batch in _batches(rows):
        existing = {
            v.external_ref: v
            for v in Venture.objects.select_for_update(of=("self",))
            .select_related("country", "province")
            .filter(external_ref__in=[r.ref for r in batch])
        }
        areas_of: dict[int, list[int]] = {}
        for venture_id, area_id in (
            VentureArea.objects.filter(venture__in=existing.values())
            .order_by("-is_primary", "pk")
            .values_list("venture_id", "area_id")
        ):
            areas_of.setdefault(venture_id, []).append(area_id)
        for row in batch:
            venture = existing.get(row.ref)
            known_areas = areas_of.get(venture.pk, []) if venture else []
            reasons = _prepare(row, venture, known_areas, lookups.countries.get("TH"))
            if reasons:
                report.errors.append(RowError(row.line, reasons, row.text_line))
            else:
                good.append(row)
            checked += 1
            progress(CHECKING, checked, len(rows))
    report.errors.sort(key=lambda e: e.line)
    if report.errors and not skip_invalid:
        return report  # validation changed instances in memory only: nothing was saved

    saver = _BatchWriter(by=by, now=timezone.now(), progress=progress, total=len(good))
    for batch in _batches(good):
        saver.write(batch)
    report.created, report.updated, report.unchanged = saver.created, saver.updated, saver.unchanged
    report.imported = True
    return report


def _batches(rows: list[_Row]) -> Iterator[list[_Row]]:
    for start in range(0, len(rows), BATCH_SIZE):
        yield rows[start : start + BATCH_SIZE]


class _BatchWriter:
    """Writes the good rows a batch at a time, set-based: a few queries per batch, none per row."""

    def __init__(self, *, by: User | None, now: datetime.datetime, progress: Progress, total: int) -> None:
        self.by = by
        self.now = now
        self.progress = progress
        self.total = total
        self.done = 0
        self.created = self.updated = self.unchanged = 0

    def write(self, batch: list[_Row]) -> None:
        # The ventures already in the registry first: a new one's insert may have to wait for
        # another transaction holding its reference, and the progress shows the rows done by then.
        old = [row for row in batch if _venture(row).pk is not None]
        new = [row for row in batch if _venture(row).pk is None]
        for rows, write in ((old, self._update), (new, self._create)):
            write(rows)
            self._run_transitions(rows)
            for row in rows:
                if row.changed or row.areas_changed or row.transition:
                    schedule_search_reindex(_venture(row))  # collected, sent in batches after the commit
            self._advance(len(rows))

    def _advance(self, rows: int) -> None:
        for _row in range(rows):
            self.done += 1
            self.progress(SAVING, self.done, self.total)

    def _update(self, rows: list[_Row]) -> None:
        changed = [row for row in rows if row.changed or row.areas_changed or row.transition]
        self.unchanged += len(rows) - len(changed)
        self.updated += len(changed)
        edited = [row for row in changed if row.changed]
        fields = list(dict.fromkeys(name for row in edited for name in row.changed))
        for row in edited:
            _venture(row).updated_at = self.now  # bulk_update does not stamp auto_now fields
        if edited:  # (the name-sort keys follow the names: VentureQuerySet.bulk_update)
            Venture.objects.bulk_update([_venture(row) for row in edited], [*fields, "updated_at"])
        self._replace_areas([row for row in changed if row.areas_changed], delete_old=True)
        _record_audits(
            [
                self._audit(
                    row,
                    _("Updated from import row %(ref)s (line %(line)s): %(fields)s.")
                    % {
                        "ref": row.ref,
                        "line": row.line,
                        "fields": ", ".join(
                            _field_label(f) for f in [*row.changed, *(["areas"] if row.areas_changed else [])]
                        ),
                    },
                    from_status=row.from_status,
                )
                for row in changed
                if row.changed or row.areas_changed
            ]
        )

    def _create(self, rows: list[_Row]) -> None:
        if not rows:
            return
        ventures = [_venture(row) for row in rows]
        slugs = unique_slugs(Venture, [(v.name_en, v.name_th, row.ref) for v, row in zip(ventures, rows, strict=True)])
        for venture, slug in zip(ventures, slugs, strict=True):
            venture.slug = slug
        Venture.objects.bulk_create(ventures)  # with their name-sort keys (VentureQuerySet.bulk_create)
        self.created += len(rows)
        self._replace_areas(rows, delete_old=False)
        _record_audits(
            [
                self._audit(
                    row,
                    _("Created from import row %(ref)s (line %(line)s).") % {"ref": row.ref, "line": row.line},
                )
                for row in rows
            ]
        )

    def _replace_areas(self, rows: list[_Row], *, delete_old: bool) -> None:
        if not rows:
            return
        if delete_old:
            VentureArea.objects.filter(venture__in=[_venture(row).pk for row in rows]).delete()
        VentureArea.objects.bulk_create(
            VentureArea(venture=_venture(row), area_id=area_id, is_primary=(n == 0))
            for row in rows
            for n, area_id in enumerate(row.area_ids)
        )

    def _run_transitions(self, rows: list[_Row]) -> None:
        """Each status move through its named workflow transition: one UPDATE per transition (and
        per set of timestamps it stamps), one audit entry per venture."""
        groups: dict[tuple[str, tuple[str, ...]], list[_Row]] = {}
        for row in rows:
            if row.transition:
                groups.setdefault((row.transition, _timestamps(row)), []).append(row)
        for (name, timestamps), moving in groups.items():
            VENTURE.apply_bulk(
                [_venture(row) for row in moving],
                name,
                by=self.by,
                reason=_transition_reasons(moving),
                timestamps=timestamps,
                now=self.now,
            )

    def _audit(self, row: _Row, reason: str, *, from_status: str = "") -> AuditEntry:
        venture = _venture(row)
        return AuditEntry(
            content_type=ContentType.objects.get_for_model(Venture),
            object_id=str(venture.pk),
            actor=self.by if getattr(self.by, "pk", None) else None,
            action="venture.import",
            from_status=from_status,
            to_status=venture.status,
            reason=reason,
        )


def _transition_reasons(rows: list[_Row]) -> Callable[[Venture], str]:
    line_of = {row.ref: row.line for row in rows}
    return lambda venture: (
        _("Import row %(ref)s (line %(line)s).")
        % {
            "ref": venture.external_ref,
            "line": line_of[venture.external_ref or ""],
        }
    )


def _venture(row: _Row) -> Venture:
    assert row.existing is not None
    return row.existing


def _timestamps(row: _Row) -> tuple[str, ...]:
    """What the row's transition stamps besides `status_changed_at`."""
    if VENTURE[row.transition].target != VentureStatus.PUBLISHED:
        return ("updated_at",)
    if _venture(row).first_published_at is None:
        return ("published_at", "first_published_at", "updated_at")
    return ("published_at", "updated_at")


def _record_audits(entries: list[AuditEntry]) -> None:
    """The import's own audit entries (`venture.import`), all of a step in one insert."""
    AuditEntry.objects.bulk_create(entries)


def _field_label(name: str) -> str:
    return {"contact_email": "email", "country": "country", "province": "province"}.get(name, name)
