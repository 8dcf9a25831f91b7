from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.contrib.sitemaps import views as sitemaps
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import HttpRequest, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularAPIView

from config.health import healthz
from grants.views import staff as grants_staff
from grants.views.stats import StatsView
from programs.sitemaps import CallSitemap, ProgrammeSitemap
from registry.views.accounts import posts_per_ip
from registry.views.api_docs import api_docs
from registry.views.seo import AreaSitemap, StaticPagesSitemap, VentureSitemap, robots_txt


class PagesSitemap(StaticPagesSitemap):
    pages = ("registry:home", "registry:venture_list", "programs:programme_list", "stats")


SITEMAPS = {
    "pages": PagesSitemap,
    "areas": AreaSitemap,
    "programmes": ProgrammeSitemap,
    "calls": CallSitemap,
    "ventures": VentureSitemap,
}


def favicon(request: HttpRequest) -> HttpResponseRedirect:
    """Browsers ask for /favicon.ico on every site; the icon is a static file (hashed name in production)."""
    return HttpResponseRedirect(staticfiles_storage.url("img/favicon.ico"))


def moved_to_core(request: HttpRequest, model: str, rest: str) -> HttpResponsePermanentRedirect:
    """The audit trail and the outbox moved from the registry app to core: old admin links still work."""
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"/admin/core/{model}/{rest}" + (f"?{query}" if query else ""))


# 403 is Django's handler with the site's 403.html; 404 too, except under /api/ (JSON, the API's
# error body); 400 and 500 are rendered without the request's context processors, so they need
# no database.
handler404 = "registry.views.errors.not_found"
handler400 = "registry.views.errors.bad_request"
handler500 = "registry.views.errors.server_error"

admin.site.site_header = "Social Innovation Registry · ทะเบียนนวัตกรรมเพื่อสังคม"
admin.site.site_title = "Social Innovation Registry"

urlpatterns = [
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False)),
    path("healthz", healthz, name="healthz"),
    # Before admin/: a staff page inside the admin's log-in, beside the grants models.
    path("admin/grants/dashboard/", admin.site.admin_view(grants_staff.dashboard), name="grants_dashboard"),
    re_path(r"^admin/registry/(?P<model>auditentry|outboundemail)/(?P<rest>.*)$", moved_to_core),
    # The admin's log-in, before admin/ so it takes the URL (reverse("admin:login") still names it),
    # under the portal log-in's per-address limit and counter (RATE_LIMIT_LOGIN): without it one
    # address could try any number of names here while the portal answered 429.
    path("admin/login/", posts_per_ip("login")(admin.site.login)),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("config.api")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", api_docs, name="api_docs"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path("sitemap.xml", sitemaps.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"}),
    path("sitemap-<section>.xml", sitemaps.sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
]
urlpatterns += i18n_patterns(
    path("programs/", include("programs.urls")),
    path("grants/", include("grants.urls_public")),
    path("stats/", StatsView.as_view(), name="stats"),
    path("", include("registry.urls")),
    path("accounts/", include("registry.urls_accounts")),
    path("my/applications/", include("grants.urls")),
    path("my/ventures/<int:pk>/results/", include("programs.urls_my")),
    path("my/", include("registry.urls_my")),
    prefix_default_language=True,
)
# Uploaded logos live in media storage, not among the static files whitenoise serves. With
# DEBUG the development server serves them; in production the web server (or object storage)
# serves MEDIA_ROOT at MEDIA_URL. `static()` adds nothing when DEBUG is off.
urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
