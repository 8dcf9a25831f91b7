"""The site's URLs plus views that fail, for the error-report tests (ROOT_URLCONF in those tests)."""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from config.urls import urlpatterns as site_urlpatterns


def divide_by_zero(request: HttpRequest) -> HttpResponse:
    return HttpResponse(str(1 / int(request.GET.get("by", "0"))))


def undefined_name(request: HttpRequest) -> HttpResponse:
    raise LookupError("a different kind of error")


urlpatterns = [
    path("crash/divide/", divide_by_zero),
    path("crash/lookup/", undefined_name),
    *site_urlpatterns,
]
