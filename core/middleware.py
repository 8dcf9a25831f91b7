"""Requests refused before any view sees them."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

NUL_MESSAGE = gettext_noop("The address contains a character that is not allowed (a NUL byte).")


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
            return bad_request(request)
        return self.get_response(request)


def bad_request(request: HttpRequest) -> HttpResponse:
    if request.path.startswith("/api/"):
        body = {"detail": gettext(NUL_MESSAGE)}
        for language in ("th", "en"):
            with translation.override(language):
                body[f"detail_{language}"] = gettext(NUL_MESSAGE)
        return JsonResponse(body, status=400)
    return render(request, "400.html", {"message": gettext(NUL_MESSAGE)}, status=400)
