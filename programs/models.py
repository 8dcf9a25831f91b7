"""The five support programmes, their partners, calls (rounds) and the ventures that took part."""

import datetime
import re
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.dates import gregorian_year, is_thai, local_date, local_year
from core.workflow import StatusGuarded
from registry.models import Country, SocialArea, Venture
from registry.models.i18n import BilingualNameMixin, pick

CURRENCIES = [("THB", "THB"), ("KHR", "KHR"), ("LAK", "LAK"), ("MMK", "MMK"), ("VND", "VND")]


class Programme(BilingualNameMixin, models.Model):
    """One of NIA's support programmes (editable: the list may change between funding years)."""

    class Kind(models.TextChoices):
        GRANT = "grant", _("Project grants")
        INCUBATION = "incubation", _("Incubation by network partners")
        SCALE_UP = "scale_up", _("Scale-up of proven innovations")
        COMPETITION = "competition", _("Social business-plan competition")
        IMPACT_ASSESSMENT = "impact_assessment", _("Social impact assessment")

    code = models.PositiveSmallIntegerField(_("code"), unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    summary_th = models.TextField(_("summary (Thai)"), blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    partners: "models.ManyToManyField[Partner, Any]" = models.ManyToManyField(
        "Partner", blank=True, related_name="programmes", verbose_name=_("partners")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["order", "code"]
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")

    def get_absolute_url(self) -> str:
        return reverse("programs:programme_detail", kwargs={"slug": self.slug})

    @property
    def summary(self) -> str:
        return pick(self, "summary")

    @property
    def description(self) -> str:
        return pick(self, "description")


class Partner(BilingualNameMixin, models.Model):
    """An organisation that runs or supports a programme: NIA, UNDP, incubators, universities…"""

    class Kind(models.TextChoices):
        GOVERNMENT = "government", _("Government agency")
        UN_AGENCY = "un_agency", _("United Nations agency")
        INCUBATOR = "incubator", _("Incubator or accelerator")
        UNIVERSITY = "university", _("University")
        REGIONAL_CENTRE = "regional_centre", _("Regional Innovation Centre")
        INVESTOR = "investor", _("Investor or foundation")
        COMPANY = "company", _("Company")
        CIVIL_SOCIETY = "civil_society", _("Civil-society organisation")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="partners", verbose_name=_("country"))
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")


# The moves between these statuses, each with its name: programs/workflows.py (CALL).
class CallStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    CANCELLED = "cancelled", _("Cancelled")


class CallQuerySet(models.QuerySet["Call"]):
    def accepting_applications(self, now: "datetime.datetime | None" = None) -> "CallQuerySet":
        now = now or timezone.now()
        return self.filter(status=CallStatus.OPEN, opens_at__lte=now, closes_at__gt=now)


class Call(StatusGuarded):
    """A round of a programme that ventures apply to, with its window, budget and eligibility."""

    Status = CallStatus

    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="calls", verbose_name=_("programme")
    )
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title_th = models.CharField(_("title (Thai)"), max_length=250)
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    description_th = models.TextField(_("description (Thai)"), blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    budget = models.DecimalField(
        _("budget"), max_digits=16, decimal_places=2, default=Decimal("0"), validators=[MinValueValidator(Decimal("0"))]
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="THB")
    eligible_areas = models.ManyToManyField(
        SocialArea,
        blank=True,
        related_name="calls",
        verbose_name=_("eligible areas"),
        help_text=_("Leave empty for all areas."),
    )
    eligible_countries = models.ManyToManyField(
        Country,
        blank=True,
        related_name="calls",
        verbose_name=_("eligible countries"),
        help_text=_("Leave empty for all countries."),
    )
    youth_only = models.BooleanField(_("youth only"), default=False)
    max_founder_age = models.PositiveSmallIntegerField(_("maximum founder age"), null=True, blank=True)
    max_award = models.DecimalField(
        _("maximum per award (THB)"),
        max_digits=16,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("The most one application can be awarded, in THB. Leave empty for no maximum."),
    )
    four_eyes_threshold = models.DecimalField(
        _("two approvers needed above (THB)"),
        max_digits=16,
        decimal_places=2,
        default=Decimal(settings.REGISTRY_FOUR_EYES_THRESHOLD_THB),
        validators=[MinValueValidator(Decimal("0"))],
    )
    status = models.CharField(_("status"), max_length=20, choices=CallStatus.choices, default=CallStatus.DRAFT)
    partner = models.ForeignKey(
        Partner, on_delete=models.SET_NULL, null=True, blank=True, related_name="calls", verbose_name=_("run with")
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = CallQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("call for applications")
        verbose_name_plural = _("calls for applications")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(closes_at__gt=models.F("opens_at")), name="call_closes_after_opening"
            ),
            models.CheckConstraint(condition=models.Q(budget__gte=0), name="call_budget_non_negative"),
            models.CheckConstraint(condition=models.Q(four_eyes_threshold__gte=0), name="call_threshold_non_negative"),
            models.CheckConstraint(
                condition=models.Q(max_award__isnull=True) | models.Q(max_award__gt=0), name="call_max_award_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("programs:call_detail", kwargs={"programme_slug": self.programme.slug, "slug": self.slug})

    @property
    def title(self) -> str:
        return pick(self, "title")

    @property
    def description(self) -> str:
        return pick(self, "description")

    def is_accepting(self, now: "datetime.datetime | None" = None) -> bool:
        now = now or timezone.now()
        return self.status == CallStatus.OPEN and self.opens_at <= now < self.closes_at


# How cohorts are typed (Participation.cohort): a year ("2565", "2567/1"), or "รุ่นที่ 2" / "cohort 2".
COHORT_YEAR = re.compile(r"(\d{4})(?:/(\d+))?")
COHORT_NUMBER = re.compile(r"(?:รุ่นที่|รุ่น|cohort)\s*(\d+)", re.IGNORECASE)
# A unit typed in Thai with its English in brackets: "คน (people)", "ตัน/ปี (tonnes/year)".
BILINGUAL_UNIT = re.compile(r"([^()]*[\u0E00-\u0E7F][^()]*)\(([^()\u0E00-\u0E7F]+)\)")


class Participation(models.Model):
    """A venture's part in a programme (or one call of it): cohort, partner, outcome, impact."""

    class Outcome(models.TextChoices):
        PARTICIPANT = "participant", _("Participant")
        ENTRANT = "entrant", _("Entrant")
        FINALIST = "finalist", _("Finalist")
        WINNER = "winner", _("Winner")
        INCUBATED = "incubated", _("Incubated")
        GRADUATED = "graduated", _("Graduated")
        SCALED = "scaled", _("Scaled up")
        IMPACT_ASSESSED = "impact_assessed", _("Impact assessed")
        GRANTED = "granted", _("Grant awarded")

    venture = models.ForeignKey(
        Venture, on_delete=models.CASCADE, related_name="participations", verbose_name=_("venture")
    )
    programme = models.ForeignKey(
        Programme, on_delete=models.PROTECT, related_name="participations", verbose_name=_("programme")
    )
    call = models.ForeignKey(
        Call, on_delete=models.PROTECT, null=True, blank=True, related_name="participations", verbose_name=_("call")
    )
    partner = models.ForeignKey(
        Partner,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="participations",
        verbose_name=_("partner"),
    )
    cohort = models.CharField(_("cohort"), max_length=100, blank=True)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, choices=Outcome.choices, default=Outcome.PARTICIPANT)
    prize_amount = models.DecimalField(
        _("prize"), max_digits=14, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(Decimal("0"))]
    )
    prize_currency = models.CharField(_("prize currency"), max_length=3, choices=CURRENCIES, default="THB")
    assessment_method = models.CharField(_("assessment method"), max_length=100, blank=True)
    sroi_ratio = models.DecimalField(
        _("SROI ratio"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    impact_score = models.DecimalField(
        _("impact score"),
        max_digits=6,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
    )
    report_url = models.URLField(_("report"), blank=True)
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "-pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="participation_ends_after_start",
            ),
            models.CheckConstraint(
                condition=models.Q(prize_amount__isnull=True) | models.Q(prize_amount__gte=0),
                name="participation_prize_non_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(sroi_ratio__isnull=True) | models.Q(sroi_ratio__gte=0),
                name="participation_sroi_non_negative",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.venture} · {self.programme} ({self.get_outcome_display()})"

    @property
    def cohort_label(self) -> str:
        """The cohort as the page's reader reads it, or "" when the call's title already names it.

        Cohorts are typed as NIA labels them: a Buddhist-era year ("2565", shown "2022 cohort" in
        English), "รุ่นที่ 2" ("cohort 2"), or the round's own name (shown as it is, and not at all
        when it is the call's title, which the page shows already)."""
        cohort = self.cohort.strip()
        if not cohort:
            return ""
        if self.call is not None and cohort in {self.call.title_th.strip(), self.call.title_en.strip()}:
            return ""
        dated = COHORT_YEAR.fullmatch(cohort)
        if dated:
            year = local_year(gregorian_year(int(dated.group(1))))
            return _("%(year)s cohort") % {"year": year + (f"/{dated.group(2)}" if dated.group(2) else "")}
        numbered = COHORT_NUMBER.fullmatch(cohort)
        if numbered:
            return _("cohort %(number)s") % {"number": numbered.group(1)}
        return cohort  # a round's name ("Youth Co:Lab 2024"): no "cohort" word before it

    def clean(self) -> None:
        """The outcome and the fields filled in must fit the kind of programme."""
        if self.programme_id is None:
            return
        kind = self.programme.kind
        errors: dict[str, Any] = {}
        allowed = OUTCOMES_BY_KIND.get(kind)
        if allowed is not None and self.outcome not in allowed:
            errors["outcome"] = _("In this programme the outcome is one of: %(outcomes)s.") % {
                "outcomes": ", ".join(str(self.Outcome(value).label) for value in allowed)
            }
        if self.call is not None and self.call.programme_id != self.programme_id:
            errors["call"] = _("The call belongs to another programme.")
        if self.prize_amount is not None and kind != Programme.Kind.COMPETITION:
            errors["prize_amount"] = _("Only a competition awards prizes.")
        if self.prize_amount is not None and self.outcome == self.Outcome.ENTRANT:
            errors["prize_amount"] = _("An entrant without a place wins no prize: mark finalist or winner.")
        is_assessment = kind == Programme.Kind.IMPACT_ASSESSMENT
        assessed = [self.assessment_method, self.sroi_ratio, self.impact_score, self.report_url]
        if not is_assessment and any(value not in (None, "") for value in assessed):
            errors["assessment_method"] = _("Method, SROI ratio, score and report belong to an impact assessment.")
        if is_assessment and self.outcome == self.Outcome.IMPACT_ASSESSED:
            if not self.assessment_method:
                errors["assessment_method"] = _("Say which method the assessment used (e.g. SROI).")
            if self.sroi_ratio is None and self.impact_score is None:
                errors["sroi_ratio"] = _("Give the SROI ratio or the impact score the assessment found.")
        if errors:
            raise ValidationError(errors)


# The outcomes each kind of programme records (the participant state fits every kind).
OUTCOMES_BY_KIND: dict[str, tuple[str, ...]] = {
    Programme.Kind.GRANT: (Participation.Outcome.PARTICIPANT, Participation.Outcome.GRANTED),
    Programme.Kind.SCALE_UP: (
        Participation.Outcome.PARTICIPANT,
        Participation.Outcome.GRANTED,
        Participation.Outcome.SCALED,
    ),
    Programme.Kind.INCUBATION: (
        Participation.Outcome.PARTICIPANT,
        Participation.Outcome.INCUBATED,
        Participation.Outcome.GRADUATED,
    ),
    Programme.Kind.COMPETITION: (
        Participation.Outcome.ENTRANT,
        Participation.Outcome.FINALIST,
        Participation.Outcome.WINNER,
    ),
    Programme.Kind.IMPACT_ASSESSMENT: (Participation.Outcome.PARTICIPANT, Participation.Outcome.IMPACT_ASSESSED),
}


class ReviewCriterion(models.Model):
    """A criterion reviewers score a call's applications against."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("call"))
    name_th = models.CharField(_("criterion (Thai)"), max_length=200)
    name_en = models.CharField(_("criterion (English)"), max_length=200, blank=True)
    max_score = models.PositiveSmallIntegerField(_("maximum score"), default=5, validators=[MinValueValidator(1)])
    weight = models.DecimalField(
        _("weight"), max_digits=5, decimal_places=2, default=Decimal("1"), validators=[MinValueValidator(Decimal("0"))]
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["call", "order", "pk"]
        verbose_name = _("review criterion")
        verbose_name_plural = _("review criteria")
        constraints = [
            models.CheckConstraint(condition=models.Q(max_score__gte=1), name="criterion_max_score_positive")
        ]

    def __str__(self) -> str:
        return pick(self, "name")


class CallQuestion(models.Model):
    """A question of the call's own that every application answers."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="questions", verbose_name=_("call"))
    text_th = models.CharField(_("question (Thai)"), max_length=500)
    text_en = models.CharField(_("question (English)"), max_length=500, blank=True)
    required = models.BooleanField(_("required"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["call", "order", "pk"]
        verbose_name = _("call question")
        verbose_name_plural = _("call questions")

    def __str__(self) -> str:
        return pick(self, "text")


class CheckedByStaffQuerySet(models.QuerySet[Any]):
    def checked(self) -> "CheckedByStaffQuerySet":
        return self.filter(checked_at__isnull=False)

    def awaiting_check(self) -> "CheckedByStaffQuerySet":
        return self.filter(checked_at__isnull=True)


class CheckedByStaff(models.Model):
    """Figures a venture reports itself are public once staff have checked them (as a profile is
    once it is published): staff's own entries are checked when saved."""

    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reported by"),
    )
    reported_at = models.DateTimeField(_("reported at"), null=True, blank=True)
    checked_at = models.DateTimeField(
        _("checked by staff at"),
        null=True,
        blank=True,
        help_text=_("Empty while what the venture reported waits for staff to check it: it is not public until then."),
    )
    checked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("checked by"),
    )

    objects = CheckedByStaffQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_checked(self) -> bool:
        return self.checked_at is not None


class ImpactIndicator(CheckedByStaff):
    """Something a venture measures about its impact: baseline and target, in a unit."""

    venture = models.ForeignKey(
        Venture, on_delete=models.CASCADE, related_name="impact_indicators", verbose_name=_("venture")
    )
    name_th = models.CharField(_("indicator (Thai)"), max_length=200, blank=True)
    name_en = models.CharField(_("indicator (English)"), max_length=200, blank=True)
    unit = models.CharField(_("unit"), max_length=50)
    baseline = models.DecimalField(_("baseline"), max_digits=16, decimal_places=2, default=Decimal("0"))
    target = models.DecimalField(_("target"), max_digits=16, decimal_places=2, null=True, blank=True)
    area = models.ForeignKey(
        SocialArea, on_delete=models.SET_NULL, null=True, blank=True, related_name="+", verbose_name=_("area")
    )

    class Meta:
        ordering = ["venture", "pk"]
        verbose_name = _("impact indicator")
        verbose_name_plural = _("impact indicators")

    def __str__(self) -> str:
        return f"{pick(self, 'name')} ({self.unit_label})"

    @property
    def unit_label(self) -> str:
        """The unit in the page's language: a unit typed in both, "คน (people)", shows "คน" on Thai
        pages and "people" on English ones; any other unit shows as typed."""
        both = BILINGUAL_UNIT.fullmatch(self.unit.strip())
        if not both:
            return self.unit
        thai, english = both.group(1).strip(), both.group(2).strip()
        return thai if is_thai() else english

    def clean(self) -> None:
        if not (self.name_th.strip() or self.name_en.strip()):
            raise ValidationError({"name_th": _("Name the indicator in Thai or in English.")})


class ImpactMeasurement(CheckedByStaff):
    """The actual value of an impact indicator for one period."""

    indicator = models.ForeignKey(
        ImpactIndicator, on_delete=models.CASCADE, related_name="measurements", verbose_name=_("indicator")
    )
    period_start = models.DateField(_("period start"))
    period_end = models.DateField(_("period end"))
    actual = models.DecimalField(_("actual"), max_digits=16, decimal_places=2)
    target = models.DecimalField(_("target for the period"), max_digits=16, decimal_places=2, null=True, blank=True)

    class Meta:
        ordering = ["indicator", "period_start"]
        verbose_name = _("impact measurement")
        verbose_name_plural = _("impact measurements")
        constraints = [
            models.UniqueConstraint(fields=["indicator", "period_start"], name="measurement_once_per_period"),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")), name="measurement_period_ordered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.actual} ({local_date(self.period_start)} – {local_date(self.period_end)})"
