"""Template helpers for the pages and emails: Thai dates, language-switch links, absolute URLs."""

import datetime
import re
from typing import Any

from django import template
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, pgettext

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
def explanation_for(explanations: dict[int, Any] | None, venture_id: int) -> Any:
    """Why this venture matched the search (registry.search.explain.Explanation), or None."""
    return (explanations or {}).get(venture_id)


@register.filter
def highlighted(text: str, explanation: Any) -> str:
    """`text` shortened to 220 characters, with the matched words in <mark> (escaped otherwise)."""
    short = Truncator(text or "").chars(220)
    return explanation.highlight(short) if explanation is not None else short


@register.filter
def chosen_count(facets: list[dict[str, Any]]) -> int:
    """How many filter values are chosen across the directory's facets (the search words not counted)."""
    return sum(1 for facet in facets for item in facet["options"] if item["option"].selected)


@register.filter
def currency_name(code: str) -> str:
    """A currency after an amount as the page's readers write it: THB is "บาท" on Thai pages
    ("THB" in English); other ISO codes (LAK, VND…) stay codes."""
    if code == "THB":
        return pgettext("the currency after an amount", "THB")
    return code


THAI_SCRIPT = re.compile(r"[\u0E00-\u0E7F]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


@register.filter
def lang_attr(text: object) -> str:
    """` lang="th"` for Thai text shown on a page in another language (a venture that wrote only
    in Thai, on /en/), ` lang="en"` for text with no Thai on a Thai page; "" when it matches the
    page. Screen readers then switch voice, and browsers pick the right fonts and line breaks."""
    value = str(text or "")
    page_is_thai = (get_language() or "th")[:2] == "th"
    if not page_is_thai and THAI_SCRIPT.search(value):
        return mark_safe(' lang="th"')
    if page_is_thai and LATIN_LETTER.search(value) and not THAI_SCRIPT.search(value):
        return mark_safe(' lang="en"')
    return ""


YEAR_MONTH = re.compile(r"(\d{4})-(\d{2})")


@register.filter
def text_version(version: str) -> str:
    """A consent text's version ("2025-06", the month it took effect) as the reader writes a month:
    "มิถุนายน 2568" on Thai pages, "June 2025" on English ones; another version shows as it is."""
    found = YEAR_MONTH.fullmatch(version or "")
    if not found or not 1 <= int(found.group(2)) <= 12:
        return version
    return dates.local_date(datetime.date(int(found.group(1)), int(found.group(2)), 1), "F Y")
