"""Forms the public posts: sign-up, log-in, password reset, the venture profile, team and privacy.

Each form lists its fields; none is a ModelForm over a whole model, so posting `status`, `owner`,
`verified` or any other field a form does not list changes nothing.
"""

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.collation import page_sort_key
from core.dates import BUDDHIST_ERA_OFFSET, FIRST_BUDDHIST_ERA_YEAR, gregorian_year, is_thai, local_year

from . import consent as consent_texts
from .accounts import queue_password_reset_email
from .models import Country, Province, Region, Sdg, SocialArea, User, Venture
from .models.ventures import LegalForm, Stage, YearEra
from .profiles import VentureProfile
from .uploads import clean_logo
from .validators import validate_founded_year, validate_thai_juristic_id

# --- Accounts ------------------------------------------------------------------------------------


class SignUpForm(forms.Form):
    full_name = forms.CharField(
        label=_("Your name"), max_length=200, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We send a link to this address to confirm it. You log in with it."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    preferred_language = forms.ChoiceField(label=_("Language for our emails"), choices=settings.LANGUAGES)
    accept_terms = forms.BooleanField(label=_("I accept the terms of use of the registry."), required=True)
    consent = forms.BooleanField(label=consent_texts.REGISTRY_PROCESSING.text, required=True)
    newsletter = forms.BooleanField(label=consent_texts.NEWSLETTER.text, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["preferred_language"].initial = (get_language() or "th")[:2]
        self.fields["accept_terms"].error_messages["required"] = _("Please accept the terms of use.")
        self.fields["consent"].error_messages["required"] = _(
            "The registry can keep your account only with your consent to process your personal data."
        )

    def clean_email(self) -> str:
        return User.objects.normalize_email(self.cleaned_data["email"]).strip().lower()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password1, password2 = cleaned.get("password1"), cleaned.get("password2")
        if password1 and password2 and password1 != password2:
            self.add_error("password2", _("The two passwords are not the same."))
        elif password1:
            probe = User(email=cleaned.get("email", ""), full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(password1, probe)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class LoginForm(AuthenticationForm):
    """Log-in by email address."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Email address")
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "inputmode": "email"})
        self.error_messages["invalid_login"] = _(
            "The email address or password is not right. Both are checked exactly; the password is case-sensitive."
        )
        self.error_messages["inactive"] = _("This account is closed.")


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's password reset, sending its email through the outbox and a task after commit."""

    def get_users(self, email: str) -> Any:
        return (
            user
            for user in User._default_manager.filter(
                email__iexact=email.strip(), is_active=True, erased_at__isnull=True
            )
            if user.has_usable_password()
        )

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        user = context["user"]
        queue_password_reset_email(user=user, context={"uid": context["uid"], "token": context["token"], "user": user})


# --- The venture profile -------------------------------------------------------------------------

# The bilingual pairs, shown side by side: (Thai field, English field).
BILINGUAL_PAIRS = (
    ("name_th", "name_en"),
    ("summary_th", "summary_en"),
    ("problem_th", "problem_en"),
    ("description_th", "description_en"),
)


def _province_choices() -> list[Any]:
    """Provinces grouped by region, valued by their stable abbreviation."""
    groups: list[Any] = [("", _("— not in Thailand, or not chosen —"))]
    provinces = list(Province.objects.select_related("region").order_by("name_th"))
    for region in Region.objects.all():
        members = sorted((p for p in provinces if p.region_id == region.pk), key=lambda p: page_sort_key(str(p)))
        if members:
            groups.append((str(region), [(p.abbr_en, str(p)) for p in members]))
    return groups


class JuristicIdField(forms.CharField):
    """Accepts the ID as people write it (with spaces or dashes) and keeps the 13 digits."""

    def to_python(self, value: Any) -> str:
        text = super().to_python(value) or ""
        return "".join(ch for ch in text if ch not in " -")


class FoundedYearField(forms.IntegerField):
    """A year in the Gregorian count, accepting the Buddhist-era year Thai people write (2564 → 2021)."""

    def to_python(self, value: Any) -> int | None:
        year = super().to_python(value)
        return None if year is None else gregorian_year(year)

    def prepare_value(self, value: Any) -> Any:
        """The stored (Gregorian) year shown back on a Thai form in the Buddhist era, as Thai people
        type it and as the Thai venture page shows it (2022 → 2565); what was just typed (a string)
        is shown as typed."""
        if isinstance(value, int) and is_thai():
            return int(local_year(value, "th"))
        return super().prepare_value(value)


def founded_year_as_typed(year: int | None, era: str) -> int | str | None:
    """A stored (Gregorian) founding year as the form shows it: in the era it was typed in (2022
    typed as 2565 shows as "2565" on the English form too); a year whose era is not known is left
    to FoundedYearField, which shows it in the era of the page's language."""
    if year is None or era not in YearEra.values:
        return year
    return str(year + BUDDHIST_ERA_OFFSET if era == YearEra.BUDDHIST else year)


class VentureForm(forms.Form):
    """The venture profile a first-time user can finish: Thai or English (or both), areas with one
    primary, place, classification, public contact with its own consent, and a logo."""

    name_th = forms.CharField(label=_("Name in Thai"), max_length=200, required=False)
    name_en = forms.CharField(label=_("Name in English"), max_length=200, required=False)
    summary_th = forms.CharField(
        label=_("Summary in Thai"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: what the venture does and for whom."),
    )
    summary_en = forms.CharField(
        label=_("Summary in English"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: what the venture does and for whom."),
    )
    problem_th = forms.CharField(
        label=_("The problem it solves (Thai)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    problem_en = forms.CharField(
        label=_("The problem it solves (English)"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    description_th = forms.CharField(
        label=_("Description in Thai"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    description_en = forms.CharField(
        label=_("Description in English"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    areas = forms.ModelMultipleChoiceField(
        label=_("Social-innovation areas"),
        queryset=SocialArea.objects.active(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose every area the venture works in."),
        error_messages={"required": _("Choose at least one social-innovation area.")},
    )
    primary_area = forms.ModelChoiceField(
        label=_("Main area"),
        queryset=SocialArea.objects.active(),
        required=False,
        widget=forms.RadioSelect,
        help_text=_("The one area people should find the venture under first. Not needed if you chose one area."),
    )
    sdgs = forms.ModelMultipleChoiceField(
        label=_("Sustainable Development Goals (optional)"),
        queryset=Sdg.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    stage = forms.ChoiceField(label=_("Stage"), choices=Stage.choices, widget=forms.RadioSelect, initial=Stage.IDEA)
    legal_form = forms.ChoiceField(
        label=_("Legal form"), choices=LegalForm.choices, initial=LegalForm.UNREGISTERED_GROUP
    )
    juristic_id = JuristicIdField(
        label=_("Juristic-person ID (optional)"),
        required=False,
        max_length=20,
        validators=[validate_thai_juristic_id],
        help_text=_("The 13-digit number of a registered Thai organisation; spaces and dashes are fine."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    founded_year = FoundedYearField(
        label=_("Year founded (optional)"),
        required=False,
        validators=[validate_founded_year, MaxValueValidator(9999)],
        help_text=_("For example 2021, or 2564 in the Buddhist era."),
    )
    youth_led = forms.BooleanField(label=_("Youth-led (founders aged 35 or under)"), required=False)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.all(), to_field_name="iso2", empty_label=None
    )
    province = forms.ChoiceField(
        label=_("Province (ventures in Thailand)"),
        choices=_province_choices,
        required=False,
        help_text=_("Leave empty for a venture outside Thailand."),
    )
    website = forms.URLField(label=_("Website (optional)"), required=False, assume_scheme="https")
    contact_email = forms.EmailField(label=_("Contact email"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), required=False, max_length=30)
    contact_public = forms.BooleanField(label=consent_texts.PUBLIC_CONTACT.text, required=False)
    logo = forms.FileField(
        label=_("Logo (optional)"),
        required=False,
        help_text=_("A JPEG, PNG or WebP image, at most 2 MB."),
        error_messages={"empty": _("The file is empty. Please choose your logo image again.")},
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    def __init__(self, *args: Any, has_logo: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["country"].initial = "TH"
        self.fields["logo"].widget = forms.FileInput(attrs={"accept": "image/jpeg,image/png,image/webp"})
        if not has_logo:
            del self.fields["remove_logo"]
        for thai, english in BILINGUAL_PAIRS:
            self.fields[thai].widget.attrs["lang"] = "th"
            self.fields[english].widget.attrs["lang"] = "en"

    def bilingual_rows(self) -> list[tuple[Any, Any]]:
        return [(self[thai], self[english]) for thai, english in BILINGUAL_PAIRS]

    def clean_province(self) -> Province | None:
        abbr = self.cleaned_data.get("province")
        if not abbr:
            return None
        province = Province.objects.filter(abbr_en=abbr).first()
        if province is None:
            raise ValidationError(_("Choose a province from the list."))
        return province

    def clean_logo(self) -> Any:
        upload = self.cleaned_data.get("logo")
        if not upload:
            return None
        return clean_logo(upload)

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        thai_complete = bool(cleaned.get("name_th") and cleaned.get("summary_th"))
        english_complete = bool(cleaned.get("name_en") and cleaned.get("summary_en"))
        if not (thai_complete or english_complete):
            message = _("Fill in the name and the summary in Thai, or in English (or in both).")
            for name in (
                ("name_th", "summary_th") if (get_language() or "th")[:2] == "th" else ("name_en", "summary_en")
            ):
                if not cleaned.get(name):
                    self.add_error(name, message)
            if not self.errors:
                self.add_error(None, message)
        areas = list(cleaned.get("areas") or [])
        primary = cleaned.get("primary_area")
        if areas:
            if primary is None and len(areas) == 1:
                cleaned["primary_area"] = areas[0]
            elif primary is None:
                self.add_error("primary_area", _("You chose several areas: mark which one is the main area."))
            elif primary not in areas:
                self.add_error("primary_area", _("The main area must be one of the areas you ticked."))
        country, province = cleaned.get("country"), cleaned.get("province")
        if province is not None and country is not None and country.iso2 != "TH":
            self.add_error("province", _("A province can be chosen only for a venture in Thailand."))
        if cleaned.get("contact_public") and not (cleaned.get("contact_email") or cleaned.get("contact_phone")):
            self.add_error("contact_public", _("Give a contact email or phone to show publicly."))
        cleaned["founded_year_era"] = self._founded_year_era(cleaned.get("founded_year"))
        return cleaned

    def _founded_year_era(self, year: int | None) -> str:
        """The era the founding year was typed in: a four-digit year from 2400 on is Buddhist-era."""
        if year is None:
            return ""
        typed = forms.IntegerField().to_python(self.data.get(self.add_prefix("founded_year")))
        return YearEra.BUDDHIST if typed is not None and typed >= FIRST_BUDDHIST_ERA_YEAR else YearEra.GREGORIAN

    def to_profile(self) -> VentureProfile:
        data = self.cleaned_data
        areas = list(data["areas"])
        primary = data.get("primary_area")
        ordered = [primary, *(a for a in areas if a != primary)] if primary else areas
        return VentureProfile(
            **{
                name: data.get(name) or ""
                for name in (
                    "name_th",
                    "name_en",
                    "summary_th",
                    "summary_en",
                    "problem_th",
                    "problem_en",
                    "description_th",
                    "description_en",
                    "stage",
                    "legal_form",
                    "juristic_id",
                    "website",
                    "contact_email",
                    "contact_phone",
                )
            },
            founded_year=data.get("founded_year"),
            founded_year_era=data.get("founded_year_era") or "",
            youth_led=bool(data.get("youth_led")),
            contact_public=bool(data.get("contact_public")),
            country=data["country"],
            province=data.get("province"),
            areas=ordered,
            primary_area=primary,
            sdgs=list(data.get("sdgs") or []),
            logo=data.get("logo"),
            remove_logo=bool(data.get("remove_logo")),
        )


def venture_form_initial(profile: VentureProfile) -> dict[str, Any]:
    """Form values showing `profile` (a venture's, or its proposed change's)."""
    initial: dict[str, Any] = {
        name: getattr(profile, name)
        for name in (
            "name_th",
            "name_en",
            "summary_th",
            "summary_en",
            "problem_th",
            "problem_en",
            "description_th",
            "description_en",
            "stage",
            "legal_form",
            "juristic_id",
            "founded_year",
            "youth_led",
            "website",
            "contact_email",
            "contact_phone",
            "contact_public",
        )
    }
    initial["founded_year"] = founded_year_as_typed(profile.founded_year, profile.founded_year_era)
    initial["country"] = profile.country.iso2 if profile.country else "TH"
    initial["province"] = profile.province.abbr_en if profile.province else ""
    initial["areas"] = [a.pk for a in profile.areas]
    initial["primary_area"] = profile.primary_area.pk if profile.primary_area else None
    initial["sdgs"] = [s.pk for s in profile.sdgs]
    return initial


# --- Team and privacy ----------------------------------------------------------------------------


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("Email address of the person to invite"),
        help_text=_(
            "They get a link to accept or decline. Team members can edit the profile; only you can "
            "delete the venture or hand it over."
        ),
    )


class MemberChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.get_full_name()} <{obj.email}>"


class TransferForm(forms.Form):
    to = MemberChoiceField(label=_("New owner"), queryset=User.objects.none(), empty_label=None)

    def __init__(self, *args: Any, venture: Venture, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["to"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = User.objects.filter(
            memberships__venture=venture, is_active=True, erased_at__isnull=True
        ).order_by("email")


class EraseAccountForm(forms.Form):
    """Confirm erasure with the password; choose, for each owned venture with a team, who takes it."""

    UNPUBLISH = "unpublish"

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and personal data are erased for good."), required=True
    )

    def __init__(self, *args: Any, user: User, owned: list[Venture], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.venture_fields: list[tuple[Venture, str]] = []
        for venture in owned:
            members = list(
                User.objects.filter(memberships__venture=venture, is_active=True, erased_at__isnull=True).order_by(
                    "email"
                )
            )
            if not members:
                continue
            name = f"venture_{venture.pk}"
            choices: list[tuple[str, Any]] = [
                (str(m.pk), _("Hand it over to %(person)s") % {"person": m.get_full_name()}) for m in members
            ]
            choices.append((self.UNPUBLISH, _("Take it out of the registry")))
            self.fields[name] = forms.ChoiceField(label=venture.name, choices=choices, widget=forms.RadioSelect)
            self.venture_fields.append((venture, name))

    def venture_choices(self) -> list[tuple[Venture, Any]]:
        return [(venture, self[name]) for venture, name in self.venture_fields]

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("The password is not right."))
        return password

    def transfers(self) -> dict[int, User]:
        chosen: dict[int, User] = {}
        for venture, name in self.venture_fields:
            value = self.cleaned_data.get(name)
            if value and value != self.UNPUBLISH:
                chosen[venture.pk] = User.objects.get(pk=int(value))
        return chosen
