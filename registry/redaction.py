"""Finding a person's details in free text however they were written, for erasure (registry/privacy.py).

A phone number is found by its digits whatever separates them (dashes, spaces, dots, brackets),
whether it starts with 0, 66 or +66, in Arabic or Thai digits (๐-๙). Text is matched without
regard to case. The same pattern runs in the database (PostgreSQL's and SQLite's REGEXP, to pick
the rows) and in Python (to rewrite them), so it keeps to what both understand: literal
characters, bracket lists, `?`, `{m,n}` and `(?:…)` groups.
"""

import re
from collections.abc import Iterable
from typing import Any

from django.db.models import Q

ERASED_TEXT = "[erased]"
THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_TO_ASCII_DIGITS = str.maketrans(THAI_DIGITS, "0123456789")
# Up to three of: space, tab, no-break space, dot, underscore, brackets, slash, dash.
_SEPARATORS = "[ \t\u00a0._()/-]{0,3}"
# Fewer digits than a Thai landline without its 0 would match unrelated numbers.
MIN_PHONE_DIGITS = 8
# Exact values shorter than this would hit unrelated words anywhere.
MIN_VALUE_LENGTH = 5
# Name parts are looked for only in the person's own records.
MIN_NAME_PART_LENGTH = 3


def national_number(phone: str) -> str:
    """The digits after the leading 0 or country code 66 (Thai digits read as digits); "" if too short."""
    digits = re.sub(r"[^0-9]", "", phone.translate(_TO_ASCII_DIGITS))
    if digits.startswith("0066"):
        digits = digits[4:]
    elif digits.startswith("66") and len(digits) > MIN_PHONE_DIGITS + 1:
        digits = digits[2:]
    digits = digits.lstrip("0")
    return digits if len(digits) >= MIN_PHONE_DIGITS else ""


def _digit(d: str) -> str:
    return f"[{d}{THAI_DIGITS[int(d)]}]"


def phone_pattern(phone: str) -> str:
    """A regular expression for `phone` in any of the ways people write it ("" if it is too short)."""
    number = national_number(phone)
    if not number:
        return ""
    zero = rf"\(?{_digit('0')}\)?{_SEPARATORS}"
    prefix = rf"(?:(?:\+|00)?{_digit('6')}{_digit('6')}{_SEPARATORS}(?:{zero})?|{zero})?"
    return prefix + _SEPARATORS.join(_digit(d) for d in number)


def name_parts(*names: str) -> list[str]:
    """The words of a person's names (long enough to mean something on their own)."""
    words = {w for name in names if name for w in re.split(r"[\s,.()/\-]+", name)}
    return sorted((w for w in words if len(w) >= MIN_NAME_PART_LENGTH), key=len, reverse=True)


class Redactor:
    """Replaces a person's values (case-insensitive) and phone numbers (any formatting) with [erased]."""

    def __init__(self, values: Iterable[str], phones: Iterable[str] = ()) -> None:
        literals = sorted({v.strip() for v in values if v and v.strip()}, key=len, reverse=True)
        phone_patterns = sorted({p for p in (phone_pattern(phone) for phone in phones if phone) if p})
        escaped = [re.escape(v) for v in literals]
        # The database picks rows with the plain pattern; Python also checks that a phone number
        # is not part of a longer number before rewriting it.
        self.database_pattern = "|".join([*escaped, *phone_patterns])
        not_a_digit = f"0-9{THAI_DIGITS}"
        bounded = [f"(?<![{not_a_digit}])(?:{p})(?![{not_a_digit}])" for p in phone_patterns]
        self._regex = re.compile("|".join([*escaped, *bounded]), re.IGNORECASE) if literals or bounded else None

    def __bool__(self) -> bool:
        return self._regex is not None

    def matching(self, field_name: str) -> Q:
        """Rows whose `field_name` may hold one of the values (checked again in Python)."""
        return Q(**{f"{field_name}__iregex": self.database_pattern})

    def text(self, value: str) -> str:
        return self._regex.sub(ERASED_TEXT, value) if self._regex is not None else value

    def json(self, value: Any) -> Any:
        """`value` with every string in it redacted (keys included), lists and objects walked."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json(v) for v in value]
        if isinstance(value, dict):
            return {self.text(k): self.json(v) for k, v in value.items()}
        return value
