"""Error pages that are not Django's defaults: 400 and 500 in the request's language without
touching the database, and the pages of the accounts and /my/ areas."""

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.views import defaults
from django.views.decorators.csrf import requires_csrf_token

from core.bilingual import bilingual

from ..api_defaults import NOT_FOUND_MESSAGE

logger = logging.getLogger(__name__)


def request_language(request: HttpRequest) -> str:
    """The page's language: its /th/ or /en/ prefix; else what LocaleMiddleware chose (cookie,
    Accept-Language), else the default. Reads neither the session nor the database."""
    return translation.get_language_from_path(request.path_info) or translation.get_language() or settings.LANGUAGE_CODE


def _render_without_request(request: HttpRequest, template_name: str) -> str:
    """The error page in the site's layout, rendered with no request: no context processor runs
    (the user, the session and messages may need the database that just failed)."""
    with translation.override(request_language(request)):
        try:
            return loader.render_to_string(template_name)
        except Exception:  # the error page must not fail in turn: plain text then
            logger.exception("The %s page could not be rendered", template_name)
            return ""


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    """handler500: the site's 500 page in the request's language, without the database."""
    return HttpResponseServerError(
        _render_without_request(request, "500.html") or "<h1>Server error (500) · ระบบขัดข้อง</h1>"
    )


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler404: under /api/ the API's error body in JSON (an address no API route matches, such
    as a slug with a dot, which the router's lookup refuses); elsewhere Django's page (404.html)."""
    if request.path.startswith("/api/"):
        return JsonResponse(bilingual(NOT_FOUND_MESSAGE), status=404)
    return defaults.page_not_found(request, exception or Exception())


@requires_csrf_token
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """handler400 (also a request with a host name not in ALLOWED_HOSTS): the site's 400 page."""
    return HttpResponseBadRequest(
        _render_without_request(request, "400.html") or "<h1>Bad request (400) · คำขอไม่ถูกต้อง</h1>"
    )


def rate_limited(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """django-ratelimit's RATELIMIT_VIEW: too many requests from this address, said plainly (429)."""
    return render(request, "429.html", status=429)


def login_needed(request: HttpRequest) -> HttpResponse:
    """A page under /my/ asked for without logging in: 403, a link to log in, and nothing else."""
    return render(request, "registration/login_needed.html", status=403)


def lockout_minutes() -> int:
    """How long a locked log-in stays locked (settings.AXES_COOLOFF_TIME is in hours)."""
    return round(float(settings.AXES_COOLOFF_TIME or 0) * 60)


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: object = None
) -> HttpResponse:
    """django-axes' AXES_LOCKOUT_CALLABLE: the clear page a locked log-in gets, with HTTP 429."""
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": lockout_minutes()}
    return render(request, "registration/locked_out.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
