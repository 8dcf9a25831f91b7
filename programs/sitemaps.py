"""The programme and call pages in sitemap.xml (config.urls puts every app's sitemaps together)."""

from django.db.models import QuerySet

from registry.views.seo import BilingualSitemap

from .models import Call, Programme
from .selectors import public_calls


class ProgrammeSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self) -> QuerySet[Programme]:
        return Programme.objects.filter(is_active=True).order_by("order", "code")


class CallSitemap(BilingualSitemap):
    """Open and past calls of active programmes (drafts and cancelled calls are not public)."""

    changefreq = "daily"

    def items(self) -> QuerySet[Call]:
        return public_calls().filter(programme__is_active=True).order_by("pk")
