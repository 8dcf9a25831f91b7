from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from grants.views import staff as grants_staff
from registry.views.health import healthz

admin.site.site_header = "Social Innovation Registry · ทะเบียนนวัตกรรมเพื่อสังคม"
admin.site.site_title = "Social Innovation Registry"

urlpatterns = [
    path("", RedirectView.as_view(url=f"/{settings.LANGUAGE_CODE}/", permanent=False)),
    path("healthz", healthz, name="healthz"),
    # Before admin/: a staff page inside the admin's log-in, beside the grants models.
    path("admin/grants/dashboard/", admin.site.admin_view(grants_staff.dashboard), name="grants_dashboard"),
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
urlpatterns += i18n_patterns(
    path("", include("registry.urls")),
    path("my/applications/", include("grants.urls")),
    prefix_default_language=True,
)
