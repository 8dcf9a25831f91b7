"""CSV files people open in a spreadsheet: one rule against formula injection, one writer.

Every CSV the registry hands out (the open-data `?format=csv` lists and the admin's exports)
is written here, so the rule below is applied the same way everywhere.

The rule (OWASP, "CSV Injection"): a spreadsheet reads a cell that starts with `=`, `+`, `-`,
`@`, a tab, a carriage return or a line feed as a formula, so such a cell gets a leading
apostrophe, which spreadsheets show as text and do not evaluate. One exception: a plain
negative number (`-5`, `-1250.50`, as Python writes a negative int or Decimal) is data in a
numeric column; a spreadsheet reads it as that number and runs nothing, and an apostrophe would
turn the number into text. Anything more (`-5+1`, `-1e3`, `+5`, `-A1`) is not a plain negative
number and gets the apostrophe.
"""

import csv
import re
from collections.abc import Iterable, Iterator, Sequence

from django.http import StreamingHttpResponse
from django.utils import translation

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
PLAIN_NEGATIVE_NUMBER = re.compile(r"-[0-9]+(\.[0-9]+)?")
BOM = "\ufeff"  # Excel reads a CSV as UTF-8 (Thai included) only with it
FLUSH_BYTES = 64 * 1024


def csv_cell(value: str) -> str:
    """`value` made safe to open in a spreadsheet (see the rule above)."""
    if value.startswith(FORMULA_PREFIXES) and not PLAIN_NEGATIVE_NUMBER.fullmatch(value):
        return f"'{value}"
    return value


class _Line:
    """A file-like object that hands back what csv.writer writes."""

    def write(self, value: str) -> str:
        return value


def csv_chunks(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> Iterator[bytes]:
    """The CSV text (BOM, header, rows; every cell through `csv_cell`) as UTF-8 byte chunks of
    about FLUSH_BYTES."""
    writer = csv.writer(_Line())
    pending = [BOM, writer.writerow([csv_cell(c) for c in columns])]
    size = 0
    for row in rows:
        line = writer.writerow([csv_cell(cell) for cell in row])
        pending.append(line)
        size += len(line)
        if size >= FLUSH_BYTES:
            yield "".join(pending).encode()
            pending, size = [], 0
    yield "".join(pending).encode()


def streamed_csv(columns: Sequence[str], rows: Iterable[Sequence[str]], filename: str) -> StreamingHttpResponse:
    """A CSV download written while `rows` are read, in the language active now."""
    language = translation.get_language()

    def body() -> Iterator[bytes]:
        # The rows are read after the view has returned: keep the request's language for them.
        with translation.override(language):
            yield from csv_chunks(columns, rows)

    response = StreamingHttpResponse(body(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
