"""Reference data in the admin: SDGs, social areas, countries, regions and provinces."""

from django.contrib import admin

from ..models import (
    Country,
    Province,
    Region,
    Sdg,
    SocialArea,
)

# --- Reference data ----------------------------------------------------------------------------


@admin.register(Sdg)
class SdgAdmin(admin.ModelAdmin):
    list_display = ("number", "name_th", "name_en")
    search_fields = ("name_th", "name_en", "=number")
    ordering = ("number",)


@admin.register(SocialArea)
class SocialAreaAdmin(admin.ModelAdmin):
    list_display = ("code", "name_th", "name_en", "slug", "order", "is_active")
    list_filter = ("is_active", "sdgs")
    search_fields = ("name_th", "name_en", "slug", "=code")
    filter_horizontal = ("sdgs",)
    ordering = ("order", "code")


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ("iso2", "iso3", "name_th", "name_en", "currency", "is_clmv", "order")
    list_filter = ("is_clmv",)
    search_fields = ("name_th", "name_en", "=iso2", "=iso3")
    ordering = ("order", "iso2")


@admin.register(Region)
class RegionAdmin(admin.ModelAdmin):
    list_display = ("slug", "name_th", "name_en", "order")
    search_fields = ("name_th", "name_en", "slug")
    ordering = ("order", "slug")


@admin.register(Province)
class ProvinceAdmin(admin.ModelAdmin):
    list_display = ("abbr_en", "name_th", "name_en", "region")
    list_filter = ("region",)
    search_fields = ("name_th", "name_en", "=abbr_en")
    list_select_related = ("region",)
    ordering = ("name_en",)
