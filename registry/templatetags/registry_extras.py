"""Template helpers for the public pages: Thai dates, language-switch links, absolute URLs."""

import datetime
from typing import Any

from django import template
from django.urls import translate_url
from django.utils import dateformat, timezone
from django.utils.translation import get_language

register = template.Library()

BUDDHIST_ERA_OFFSET = 543


@register.filter
def local_date(value: datetime.date | datetime.datetime | None, fmt: str = "j F Y") -> str:
    """A date as readers of the page's language expect it: Thai pages count years in the
    Buddhist era (2025 → 2568), with Thai month names."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    if (get_language() or "th")[:2] == "th":
        year = str(value.year + BUDDHIST_ERA_OFFSET)
        # Each digit escaped so the date formatter prints it as it is.
        fmt = fmt.replace("Y", "".join(f"\\{digit}" for digit in year))
    return dateformat.format(value, fmt)


@register.simple_tag(takes_context=True)
def translated_url(context: dict[str, Any], language: str) -> str:
    """This page in `language`: the language prefix changes, the rest of the path and the query stay."""
    request = context.get("request")
    if request is None:
        return f"/{language}/"
    return translate_url(request.get_full_path(), language)


@register.simple_tag(takes_context=True)
def absolute_url(context: dict[str, Any], path: str | None = None) -> str:
    request = context.get("request")
    if request is None:
        return path or ""
    return request.build_absolute_uri(path) if path else request.build_absolute_uri()


@register.filter
def og_locale(language: str) -> str:
    return {"th": "th_TH", "en": "en_US"}.get((language or "th")[:2], "th_TH")
