"""How every admin page shows a date and an amount: one rule with the public pages.

Django's admin shows a model's dates in the locale's format with the Gregorian year ("5 ธันวาคม
2026"), beside the audit history and the step pages that count Thai years in the Buddhist era
(core.dates: "5 ธันวาคม 2569"), and shows amounts as 1200000.00 (grouping is off site-wide so
years and ids never get separators). `install()` (CoreConfig.ready) wraps the admin's
`display_for_field` where its list and read-only field rendering call it, so list columns,
inlines and read-only fields use core.dates and grouped amounts, on every model's admin.
Date inputs and the calendar stay Gregorian (Django's widgets), as the field's help says.
"""

from collections.abc import Callable
from typing import Any

from django.contrib.admin import helpers, utils
from django.contrib.admin.templatetags import admin_list
from django.db import models

from ..dates import local_date, local_datetime
from .mixins import grouped_amount


def _display(original: Callable[..., Any]) -> Callable[..., Any]:
    def display_for_field(value: Any, field: Any, empty_value_display: Any, *args: Any, **kwargs: Any) -> Any:
        if value is not None and not getattr(field, "flatchoices", None):
            if isinstance(field, models.DateTimeField):
                return local_datetime(value)
            if isinstance(field, models.DateField):
                return local_date(value)
            if isinstance(field, models.DecimalField):
                return grouped_amount(value)
        return original(value, field, empty_value_display, *args, **kwargs)

    display_for_field.wrapped = original  # type: ignore[attr-defined]
    return display_for_field


def install() -> None:
    """Wrap display_for_field in the modules that render admin lists and read-only fields (once)."""
    for module in (utils, helpers, admin_list):
        if not hasattr(module.display_for_field, "wrapped"):
            module.display_for_field = _display(module.display_for_field)  # type: ignore[attr-defined]
