from django.db import models
from django.utils.translation import gettext_lazy as _

from .i18n import BilingualNameMixin


class Country(BilingualNameMixin, models.Model):
    """A country the registry serves: Thailand and the CLMV countries."""

    iso2 = models.CharField(_("ISO code (alpha-2)"), max_length=2, unique=True)
    iso3 = models.CharField(_("ISO code (alpha-3)"), max_length=3, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    currency = models.CharField(_("currency"), max_length=3)
    is_clmv = models.BooleanField(_("CLMV country"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "iso2"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class Region(BilingualNameMixin, models.Model):
    """One of Thailand's six geographic regions."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class Province(BilingualNameMixin, models.Model):
    """A Thai province (changwat), keyed by its English abbreviation (e.g. CMI)."""

    abbr_en = models.CharField(_("abbreviation"), max_length=3, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=100, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="provinces", verbose_name=_("region"))

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")
