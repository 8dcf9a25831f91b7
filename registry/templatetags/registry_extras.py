"""Template helpers for the pages and emails: Thai dates, language-switch links, absolute URLs."""

import datetime
from typing import Any

from django import template
from django.urls import translate_url

from core import dates

register = template.Library()


@register.filter
def local_date(value: datetime.date | datetime.datetime | None, fmt: str = dates.DATE) -> str:
    """A date as readers of the page's language expect it (see `core.dates`): Thai pages count
    years in the Buddhist era (2025 → 2568), with Thai month names."""
    return dates.local_date(value, fmt)


@register.filter
def local_datetime(value: datetime.datetime | None) -> str:
    """A moment with its day and Bangkok time, in the page's language (see `core.dates`)."""
    return dates.local_datetime(value)


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


@register.filter
def chosen_count(facets: list[dict[str, Any]]) -> int:
    """How many filter values are chosen across the directory's facets (the search words not counted)."""
    return sum(1 for facet in facets for item in facet["options"] if item["option"].selected)
