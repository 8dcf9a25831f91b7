"""Form widgets shared by the apps' forms."""

from typing import Any

from django import forms


class DateInput(forms.DateInput):
    """The browser's date picker; the value travels as YYYY-MM-DD whatever the page language."""

    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)
