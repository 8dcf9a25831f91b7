from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .i18n import BilingualNameMixin, pick


class Sdg(BilingualNameMixin, models.Model):
    """One of the 17 UN Sustainable Development Goals."""

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(17)]
    )
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)

    class Meta:
        ordering = ["number"]
        verbose_name = _("sustainable development goal")
        verbose_name_plural = _("sustainable development goals")
        constraints = [
            models.CheckConstraint(condition=models.Q(number__gte=1, number__lte=17), name="sdg_number_1_17"),
        ]

    def __str__(self) -> str:
        return f"SDG {self.number}: {pick(self, 'name')}"


class SocialAreaQuerySet(models.QuerySet["SocialArea"]):
    def active(self) -> "SocialAreaQuerySet":
        return self.filter(is_active=True)


class SocialArea(BilingualNameMixin, models.Model):
    """A social-innovation area (NIA lists nine; the list changes between funding years)."""

    code = models.PositiveSmallIntegerField(_("code"), unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    sdgs = models.ManyToManyField(Sdg, blank=True, related_name="areas", verbose_name=_("SDGs"))
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    objects = SocialAreaQuerySet.as_manager()

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("social-innovation area")
        verbose_name_plural = _("social-innovation areas")

    @property
    def description(self) -> str:
        return pick(self, "description")
