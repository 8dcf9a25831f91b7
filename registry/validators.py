"""Validators for identifiers the registry accepts."""

import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.dates import BUDDHIST_ERA_OFFSET


def thai_id_check_digit(first12: str) -> int:
    """The check digit of a Thai 13-digit identification number from its first 12 digits."""
    total = sum(int(digit) * (13 - position) for position, digit in enumerate(first12))
    return (11 - total % 11) % 10


def validate_thai_juristic_id(value: str) -> None:
    """A Thai juristic-person ID: 13 digits whose last digit is the check digit of the others."""
    if not (len(value) == 13 and value.isascii() and value.isdigit()):
        raise ValidationError(_("A juristic-person ID has exactly 13 digits."), code="juristic_id_format")
    if thai_id_check_digit(value[:12]) != int(value[12]):
        raise ValidationError(
            _("This juristic-person ID is not valid: its check digit does not match. Please check the number."),
            code="juristic_id_checksum",
        )


def validate_founded_year(value: int) -> None:
    this_year = datetime.date.today().year
    if not 1900 <= value <= this_year:
        raise ValidationError(
            _("The founding year must be between 1900 and %(year)s (%(first_be)s to %(year_be)s in the Buddhist era)."),
            code="founded_year",
            params={
                "year": this_year,
                "first_be": 1900 + BUDDHIST_ERA_OFFSET,
                "year_be": this_year + BUDDHIST_ERA_OFFSET,
            },
        )
