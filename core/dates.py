"""Dates as people read them, in one rule for pages, emails, service messages and the admin.

Thai readers count years in the Buddhist era (2025 is 2568) and read Thai month names; English
readers get the Gregorian year. The language is the active one (the page's, or the recipient's
`preferred_language` that email rendering switches to) unless `language` is given.

Machine formats stay Gregorian/ISO and do not come here: CSV and JSON exports, the 360Giving
package, the `datetime` attribute of `<time>`.
"""

import datetime

from django.utils import dateformat, timezone, translation

BUDDHIST_ERA_OFFSET = 543

# "31 March 2025" / "31 มีนาคม 2568"
DATE = "j F Y"
# "31 March 2025, 23:30" / "31 มีนาคม 2568, 23:30"
DATETIME = "j F Y, H:i"


def is_thai(language: str | None = None) -> bool:
    return (language or translation.get_language() or "th")[:2] == "th"


def local_year(year: int, language: str | None = None) -> str:
    """A calendar year as the reader counts it: 2025 → "2568" in Thai, "2025" in English."""
    return str(year + BUDDHIST_ERA_OFFSET if is_thai(language) else year)


# A four-digit year at or past this is taken as Buddhist-era: no venture was founded in 2400 CE,
# and Thai documents write 2400 BE (1857) and later.
FIRST_BUDDHIST_ERA_YEAR = 2400


def gregorian_year(year: int) -> int:
    """A year as a person may write it (2564 in the Buddhist era, or 2021) in the Gregorian count."""
    return year - BUDDHIST_ERA_OFFSET if year >= FIRST_BUDDHIST_ERA_YEAR else year


def _with_year(fmt: str, year: int) -> str:
    """`fmt` with its year characters (Y, y) replaced by `year`, escaped so the formatter prints it
    as it is; characters the format already escapes are left alone."""
    out: list[str] = []
    chars = iter(fmt)
    for char in chars:
        if char == "\\":
            out.append(char + next(chars, ""))
        elif char == "Y":
            out.append("".join(f"\\{digit}" for digit in str(year)))
        elif char == "y":
            out.append("".join(f"\\{digit}" for digit in f"{year % 100:02d}"))
        else:
            out.append(char)
    return "".join(out)


def local_date(value: datetime.date | datetime.datetime | None, fmt: str = DATE, *, language: str | None = None) -> str:
    """`value` formatted with `fmt` (Django's date format characters) for the reader: Bangkok
    local time, month names in their language, and the Buddhist-era year on Thai."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    if language is not None:
        with translation.override(language):
            return local_date(value, fmt)
    if is_thai():
        fmt = _with_year(fmt, value.year + BUDDHIST_ERA_OFFSET)
    return dateformat.format(value, fmt)


def local_datetime(value: datetime.datetime | None, *, language: str | None = None) -> str:
    """A moment with its day and Bangkok time: "31 มีนาคม 2568, 23:30" / "31 March 2025, 23:30"."""
    return local_date(value, DATETIME, language=language)
