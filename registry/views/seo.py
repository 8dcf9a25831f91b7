"""robots.txt and the registry's sitemaps (config.urls puts every app's together in sitemap.xml):
what search engines may read, and every public page in both languages."""

from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from ..models import SocialArea, Venture


class BilingualSitemap(Sitemap):
    """Each page in Thai and English, with the alternates between them."""

    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(BilingualSitemap):
    """Pages without an object, by URL name (config.urls lists those of every app)."""

    changefreq = "daily"
    pages: tuple[str, ...] = ("registry:home", "registry:venture_list")

    def items(self) -> list[str]:
        return list(self.pages)

    def location(self, item: str) -> str:
        return reverse(item)


class VentureSitemap(BilingualSitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self) -> QuerySet[Venture]:
        return Venture.objects.published().order_by("pk").only("slug", "updated_at")

    def lastmod(self, item: Venture) -> Any:
        return item.updated_at


class AreaSitemap(BilingualSitemap):
    changefreq = "weekly"

    def items(self) -> QuerySet[SocialArea]:
        return SocialArea.objects.active().order_by("order", "code")

    def location(self, item: SocialArea) -> str:
        return reverse("registry:area_detail", kwargs={"slug": item.slug})


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
