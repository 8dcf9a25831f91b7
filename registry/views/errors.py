"""Error pages of the accounts and /my/ areas that are not Django's defaults."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render


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
