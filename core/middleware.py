"""Requests refused before any view sees them."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.encoding import iri_to_uri
from django.utils.translation import gettext, gettext_noop

from .bilingual import bilingual

NUL_MESSAGE = gettext_noop("The address contains a character that is not allowed (a NUL byte).")
URL_TOO_LONG_MESSAGE = gettext_noop(
    "The address is too long (more than %(limit)s characters). Ask for fewer values at once, "
    "or download the whole list as CSV (?format=csv) and filter it yourself."
)


class RejectLongUrlMiddleware:
    """Answer 414 to a request whose address (path and query string, percent-encoded) is longer
    than settings.MAX_URL_LENGTH.

    The limit is the application's, below gunicorn's request-line limit (Dockerfile:
    --limit-request-line), so a long address gets this answer (JSON under /api/, a page elsewhere)
    rather than gunicorn's plain-text 400; docs/operations.md says which layer refuses what.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.MAX_URL_LENGTH
        query = iri_to_uri(request.META.get("QUERY_STRING", ""))
        length = len(iri_to_uri(request.path)) + (len(query) + 1 if query else 0)
        if length > limit:
            return refusal(request, URL_TOO_LONG_MESSAGE, status=414, limit=limit)
        return self.get_response(request)


class RejectNulMiddleware:
    """Answer 400 to a request whose path holds a NUL character.

    No URL of the site can contain one, and PostgreSQL refuses NUL in text, so a NUL in a path
    value (`/api/v1/ventures/%00/`) that reached a lookup ended in a 500 ("text fields cannot
    contain NUL"). Query strings and form fields go through Django forms and django-filter, whose
    fields already refuse NUL (ProhibitNullCharactersValidator) with the page's or the API's own
    400 per parameter. The API answers in JSON, in both of the site's languages.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if "\x00" in request.path:
            return refusal(request, NUL_MESSAGE, status=400)
        return self.get_response(request)


def refusal(request: HttpRequest, message: str, *, status: int, **values: object) -> HttpResponse:
    """The API's error body (JSON, both languages) under /api/; the site's 400 page elsewhere."""
    if request.path.startswith("/api/"):
        return JsonResponse(bilingual(message, **values), status=status)
    text = gettext(message) % values if values else gettext(message)
    return render(request, "400.html", {"message": text, "status": status}, status=status)
