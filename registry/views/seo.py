"""robots.txt and sitemap.xml: what search engines may read, and every public page in both languages."""

from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from ..models import SocialArea, Venture


class _Bilingual(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(_Bilingual):
    changefreq = "daily"

    def items(self) -> list[str]:
        return ["registry:home", "registry:venture_list", "programs:programme_list", "stats"]

    def location(self, item: str) -> str:
        return reverse(item)


class VentureSitemap(_Bilingual):
    changefreq = "weekly"
    limit = 5000

    def items(self) -> QuerySet[Venture]:
        return Venture.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, item: Venture) -> Any:
        return item.updated_at


class AreaSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self) -> QuerySet[SocialArea]:
        return SocialArea.objects.active().order_by("order", "code")

    def location(self, item: SocialArea) -> str:
        return reverse("registry:area_detail", kwargs={"slug": item.slug})


class ProgrammeSitemap(_Bilingual):
    changefreq = "weekly"

    def items(self) -> Any:
        from programs.models import Programme

        return Programme.objects.filter(is_active=True).order_by("order", "code")


class CallSitemap(_Bilingual):
    """Open and past calls of active programmes (drafts and cancelled calls are not public)."""

    changefreq = "daily"

    def items(self) -> Any:
        from programs.selectors import public_calls

        return public_calls().filter(programme__is_active=True).order_by("pk")


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "areas": AreaSitemap,
    "programmes": ProgrammeSitemap,
    "calls": CallSitemap,
    "ventures": VentureSitemap,
}


@require_GET
@cache_control(max_age=60 * 60)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /i18n/",
        "Disallow: /th/my/",
        "Disallow: /en/my/",
        "Disallow: /th/accounts/",
        "Disallow: /en/accounts/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
