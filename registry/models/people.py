import datetime
from typing import ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .i18n import pick


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra: object) -> "User":
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra.setdefault("is_staff", False)
        extra.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra)

    def create_superuser(self, email: str, password: str | None = None, **extra: object) -> "User":
        extra["is_staff"] = True
        extra["is_superuser"] = True
        return self._create_user(email, password, **extra)

    def get_by_natural_key(self, username: str | None) -> "User":
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """A person who logs in: entrepreneurs and staff. Log-in is by email address."""

    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=settings.LANGUAGES, default="th"
    )
    is_staff = models.BooleanField(
        _("staff status"), default=False, help_text=_("Designates whether the user can log into the admin site.")
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)
    email_verified_at = models.DateTimeField(_("email verified at"), null=True, blank=True)
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def is_email_verified(self) -> bool:
        return self.email_verified_at is not None


class Entrepreneur(models.Model):
    """The personal profile of a person who runs or belongs to a venture."""

    class AgeBand(models.TextChoices):
        UNDER_18 = "under_18", _("Under 18")
        AGE_18_24 = "18_24", _("18–24")
        AGE_25_30 = "25_30", _("25–30")
        AGE_31_35 = "31_35", _("31–35")
        AGE_36_PLUS = "36_plus", _("36 or older")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="entrepreneur", verbose_name=_("user")
    )
    name_th = models.CharField(_("name (Thai)"), max_length=200, blank=True)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    age_band = models.CharField(_("age band"), max_length=10, choices=AgeBand.choices, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        ordering = ["user__email"]
        verbose_name = _("entrepreneur")
        verbose_name_plural = _("entrepreneurs")

    def __str__(self) -> str:
        return pick(self, "name") or str(self.user)

    def age_on(self, day: "datetime.date | None" = None) -> int | None:
        """Age in whole years on `day` (today by default), or None when no birth date is known."""
        if self.date_of_birth is None:
            return None
        day = day or timezone.localdate()
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


class ConsentRecord(models.Model):
    """A consent given (and perhaps withdrawn) under the PDPA, with the text version agreed to."""

    class Purpose(models.TextChoices):
        REGISTRY_PROCESSING = "registry_processing", _("Processing of personal data by the registry")
        PUBLIC_CONTACT = "public_contact", _("Showing contact details publicly")
        NEWSLETTER = "newsletter", _("News and programme announcements")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consents", verbose_name=_("user")
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    # Consent to show a venture's contact details is given per venture.
    venture = models.ForeignKey(
        "registry.Venture",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consents",
        verbose_name=_("venture"),
    )
    text_version = models.CharField(_("consent text version"), max_length=20)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        ordering = ["-given_at"]
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(withdrawn_at__isnull=True) | models.Q(withdrawn_at__gte=models.F("given_at")),
                name="consent_withdrawn_after_given",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_purpose_display()} v{self.text_version}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None
