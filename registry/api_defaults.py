"""The open-data API's defaults, named in settings.REST_FRAMEWORK: renderers, pagination,
throttling and the error handler.

DRF reads these settings while its own `rest_framework.views` module is being imported, so
nothing here may import DRF views (or anything that does) at module level.
"""

import math
from typing import Any

from django.utils.translation import gettext_noop
from rest_framework.pagination import PageNumberPagination
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle

from core.bilingual import bilingual
from core.client_ip import client_ip
from core.csv_export import csv_chunks

from .search.limits import RETRY_AFTER_SECONDS


class HtmlSafeJSONRenderer(JSONRenderer):
    """JSON with <, > and & written as \\u escapes, so venture text stays inert even if a
    client pastes the JSON into an HTML page (the JSON value is unchanged)."""

    _ESCAPES = ((b"<", b"\\u003c"), (b">", b"\\u003e"), (b"&", b"\\u0026"))

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        body = super().render(data, accepted_media_type, renderer_context)
        return html_safe_json(body)


def html_safe_json(body: bytes) -> bytes:
    """Escape <, > and & in serialised JSON (outside strings JSON has none of them)."""
    for raw, escaped in HtmlSafeJSONRenderer._ESCAPES:
        body = body.replace(raw, escaped)
    return body


class CSVRenderer(BaseRenderer):
    """`?format=csv` of a list. The list views stream their rows themselves (registry.opendata);
    this renderer only names the format for content negotiation and the schema, and renders a
    small non-streamed body (a flat object or a list of flat objects) if one ever reaches it."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: str | None = None, renderer_context: Any = None) -> bytes:
        rows = data.get("results", [data]) if isinstance(data, dict) else list(data or [])
        columns = list(rows[0]) if rows else []
        return b"".join(csv_chunks(columns, ([csv_value(row.get(name)) for name in columns] for row in rows)))


def csv_value(value: Any) -> str:
    """One JSON value as the text of a CSV cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ";".join(csv_value(item) for item in value)
    return str(value)


class OpenDataPagination(PageNumberPagination):
    """`{"count", "next", "previous", "results"}`, 20 a page (settings.REST_FRAMEWORK PAGE_SIZE,
    read on every request)."""

    def get_page_size(self, request: Any) -> int | None:
        return api_settings.PAGE_SIZE


class OpenDataAnonThrottle(AnonRateThrottle):
    """Requests per client address, counted in the default cache.

    The address is read as django-axes and the rate limits read it (core.client_ip, which
    trusts X-Forwarded-For only behind TRUSTED_PROXY_COUNT proxies). The rate is read from the
    settings on every request, so a changed setting (e.g. in a test) takes effect at once.
    """

    def get_rate(self) -> str | None:
        rate = api_settings.DEFAULT_THROTTLE_RATES.get(self.scope or "anon")
        return str(rate) if rate is not None else None

    def get_ident(self, request: Any) -> str:
        return client_ip(request) or "unknown"


THROTTLED_MESSAGE = gettext_noop(
    "Too many requests from your address: please wait %(seconds)s seconds and try again. "
    "To copy the whole registry, download the CSV exports (?format=csv) instead of paging through them."
)
INVALID_PARAMETERS_MESSAGE = gettext_noop(
    "Some parameters are not valid: see `errors` for what is wrong with each, and the API's documentation "
    "(/api/docs/) for the values each parameter takes."
)
NOT_FOUND_MESSAGE = gettext_noop(
    "Nothing here: check the address (a venture's slug), the page number (from 1 to the last page) and "
    "the format (json or csv, csv on lists only)."
)
METHOD_NOT_ALLOWED_MESSAGE = gettext_noop("The open-data API is read-only: use GET.")
NOT_ACCEPTABLE_MESSAGE = gettext_noop(
    "The API answers in JSON (application/json), and lists also in CSV (text/csv): accept one of them."
)
SEARCH_TOO_BROAD_MESSAGE = gettext_noop(
    "This search is too broad to answer in time. Add a word that says more precisely what you are "
    "looking for, or a filter (an area, a province), and try again."
)
# The API's error body (registry.api_schema.ApiErrorSerializer) for each status DRF raises; the
# middleware's refusals (core.middleware: 400 for a NUL, 414 for a long address) use the same body.
ERROR_MESSAGES = {
    400: INVALID_PARAMETERS_MESSAGE,
    404: NOT_FOUND_MESSAGE,
    405: METHOD_NOT_ALLOWED_MESSAGE,
    406: NOT_ACCEPTABLE_MESSAGE,
}


def search_too_broad_response() -> Any:
    """The API's answer when a search ran past its time limit (registry/search/limits.py): 503."""
    return Response(
        {**bilingual(SEARCH_TOO_BROAD_MESSAGE), "retry_after": RETRY_AFTER_SECONDS},
        status=503,
        headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


def parameter_errors(data: Any) -> dict[str, list[str]]:
    """A ValidationError's detail as `{parameter: [messages]}` (a bare list belongs to no parameter)."""
    if isinstance(data, dict):
        return {str(name): [str(m) for m in (v if isinstance(v, list) else [v])] for name, v in data.items()}
    return {"non_field_errors": [str(m) for m in (data if isinstance(data, list) else [data])]}


def exception_handler(exc: Exception, context: dict[str, Any]) -> Any:
    """DRF's handler, with every error in the API's one error body: `detail` in the request's
    language and `detail_th`/`detail_en`, plus `errors` (400: each parameter's problems) or
    `retry_after` (429: seconds to wait, also in Retry-After)."""
    # Imported when called: DRF reads this module while rest_framework.views is being imported
    # (see the module docstring), so importing it at the top would be circular.
    from rest_framework.exceptions import Throttled, ValidationError
    from rest_framework.views import exception_handler as drf_exception_handler

    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, Throttled):
        wait = max(1, math.ceil(getattr(exc, "wait", None) or 1))
        response.data = {**bilingual(THROTTLED_MESSAGE, seconds=wait), "retry_after": wait}
        response["Retry-After"] = str(wait)
    elif isinstance(exc, ValidationError):
        response.data = {**bilingual(INVALID_PARAMETERS_MESSAGE), "errors": parameter_errors(response.data)}
    elif response.status_code in ERROR_MESSAGES:
        response.data = bilingual(ERROR_MESSAGES[response.status_code])
    else:
        text = str(response.data.get("detail", "")) if isinstance(response.data, dict) else str(response.data)
        response.data = {"detail": text, "detail_th": text, "detail_en": text}
    return response
