"""Grant applications, their reviews and decisions, awards, disbursements and co-investment."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.workflow import StatusGuarded
from programs.models import CURRENCIES, Call, CallQuestion, ReviewCriterion
from registry.models import Venture

NON_NEGATIVE = [MinValueValidator(Decimal("0"))]


# The moves between these statuses, each with its name: grants/workflows.py (APPLICATION).
class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    SCREENING = "screening", _("Screening")
    IN_REVIEW = "in_review", _("In review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Not funded")
    WITHDRAWN = "withdrawn", _("Withdrawn")


OPEN_APPLICATION_STATUSES = [
    ApplicationStatus.DRAFT,
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.SCREENING,
    ApplicationStatus.IN_REVIEW,
]


class GrantApplicationQuerySet(models.QuerySet["GrantApplication"]):
    def open(self) -> "GrantApplicationQuerySet":
        return self.filter(status__in=OPEN_APPLICATION_STATUSES)


class GrantApplication(StatusGuarded):
    """A venture's application to a call."""

    Status = ApplicationStatus

    venture = models.ForeignKey(
        Venture, on_delete=models.PROTECT, related_name="applications", verbose_name=_("venture")
    )
    call = models.ForeignKey(Call, on_delete=models.PROTECT, related_name="applications", verbose_name=_("call"))
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="grant_applications",
        verbose_name=_("applicant"),
    )
    title = models.CharField(_("project title"), max_length=250)
    summary = models.TextField(_("summary"))
    requested_amount = models.DecimalField(
        _("requested amount"), max_digits=14, decimal_places=2, validators=NON_NEGATIVE
    )
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="THB")
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.DRAFT, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = GrantApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("grant application")
        verbose_name_plural = _("grant applications")
        permissions = [
            ("screen_grantapplication", _("Can screen grant applications and assign reviewers")),
            ("decide_grantapplication", _("Can approve or reject grant applications (grant approver)")),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(requested_amount__gte=0), name="application_amount_non_negative"),
            models.CheckConstraint(
                condition=models.Q(planned_end__isnull=True)
                | models.Q(planned_start__isnull=True)
                | models.Q(planned_end__gte=models.F("planned_start")),
                name="application_dates_ordered",
            ),
            models.UniqueConstraint(
                fields=["venture", "call"],
                condition=models.Q(status__in=OPEN_APPLICATION_STATUSES),
                name="one_open_application_per_venture_and_call",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title} ({self.venture})"


class BudgetLine(models.Model):
    """One line of an application's budget."""

    application = models.ForeignKey(
        GrantApplication, on_delete=models.CASCADE, related_name="budget_lines", verbose_name=_("application")
    )
    item = models.CharField(_("item"), max_length=200)
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2, validators=NON_NEGATIVE)

    class Meta:
        ordering = ["application", "pk"]
        verbose_name = _("budget line")
        verbose_name_plural = _("budget lines")
        constraints = [models.CheckConstraint(condition=models.Q(amount__gte=0), name="budget_line_non_negative")]

    def __str__(self) -> str:
        return f"{self.item}: {self.amount}"


class ApplicationAnswer(models.Model):
    """An application's answer to one of the call's questions."""

    application = models.ForeignKey(
        GrantApplication, on_delete=models.CASCADE, related_name="answers", verbose_name=_("application")
    )
    question = models.ForeignKey(
        CallQuestion, on_delete=models.PROTECT, related_name="answers", verbose_name=_("question")
    )
    text = models.TextField(_("answer"), blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [models.UniqueConstraint(fields=["application", "question"], name="answer_once_per_question")]

    def __str__(self) -> str:
        return f"{self.question}: {self.text[:40]}"


class Review(models.Model):
    """A reviewer's assessment of an application: scores per criterion and a recommendation."""

    class Recommendation(models.TextChoices):
        FUND = "fund", _("Fund")
        FUND_WITH_CHANGES = "fund_with_changes", _("Fund with changes")
        DO_NOT_FUND = "do_not_fund", _("Do not fund")

    application = models.ForeignKey(
        GrantApplication, on_delete=models.CASCADE, related_name="reviews", verbose_name=_("application")
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="reviews", verbose_name=_("reviewer")
    )
    recommendation = models.CharField(_("recommendation"), max_length=20, choices=Recommendation.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    assigned_at = models.DateTimeField(_("assigned at"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)

    class Meta:
        ordering = ["application", "assigned_at"]
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        permissions = [("review_grantapplication", _("Can review and score grant applications"))]
        constraints = [models.UniqueConstraint(fields=["application", "reviewer"], name="one_review_per_reviewer")]

    def __str__(self) -> str:
        return f"{self.reviewer} · {self.application}"


class ReviewScore(models.Model):
    """The score a review gives on one criterion."""

    review = models.ForeignKey(Review, on_delete=models.CASCADE, related_name="scores", verbose_name=_("review"))
    criterion = models.ForeignKey(
        ReviewCriterion, on_delete=models.PROTECT, related_name="scores", verbose_name=_("criterion")
    )
    score = models.PositiveSmallIntegerField(_("score"), validators=[MaxValueValidator(100)])

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["review", "criterion"], name="score_once_per_criterion")]

    def __str__(self) -> str:
        return f"{self.criterion}: {self.score}"


class ApprovalVote(models.Model):
    """One grant approver's approval; above the call's threshold two different approvers are needed."""

    application = models.ForeignKey(
        GrantApplication, on_delete=models.CASCADE, related_name="approval_votes", verbose_name=_("application")
    )
    approver = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="approval_votes", verbose_name=_("approver")
    )
    amount = models.DecimalField(_("amount approved"), max_digits=14, decimal_places=2, validators=NON_NEGATIVE)
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("time"), auto_now_add=True)

    class Meta:
        ordering = ["application", "created_at"]
        verbose_name = _("approval")
        verbose_name_plural = _("approvals")
        constraints = [
            models.UniqueConstraint(fields=["application", "approver"], name="one_vote_per_approver"),
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="vote_amount_non_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.approver} approved {self.amount} for {self.application}"


class AwardQuerySet(models.QuerySet["Award"]):
    def with_venture(self) -> "AwardQuerySet":
        return self.select_related(
            "application__venture__country", "application__venture__province__region", "application__call__programme"
        )


class Award(StatusGuarded):
    """A grant awarded on an approved application (one per application)."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        CLOSED = "closed", _("Closed")

    application = models.OneToOneField(
        GrantApplication, on_delete=models.PROTECT, related_name="award", verbose_name=_("application")
    )
    amount = models.DecimalField(_("amount awarded"), max_digits=14, decimal_places=2, validators=NON_NEGATIVE)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="THB")
    # The THB value at award time, so headline figures in THB add up across currencies.
    amount_thb = models.DecimalField(_("amount in THB"), max_digits=16, decimal_places=2, validators=NON_NEGATIVE)
    amount_disbursed = models.DecimalField(
        _("amount disbursed"), max_digits=14, decimal_places=2, default=Decimal("0"), validators=NON_NEGATIVE
    )
    # Kept by the disbursement service beside amount_disbursed, at the award's own THB rate.
    amount_disbursed_thb = models.DecimalField(
        _("amount disbursed in THB"), max_digits=16, decimal_places=2, default=Decimal("0"), validators=NON_NEGATIVE
    )
    award_date = models.DateField(_("award date"))
    agreement_number = models.CharField(_("agreement number"), max_length=60, unique=True)
    approvers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="approved_awards", blank=True, verbose_name=_("approvers")
    )
    over_request_reason = models.TextField(_("reason for awarding more than requested"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    final_report = models.TextField(_("final report"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = AwardQuerySet.as_manager()

    class Meta:
        ordering = ["-award_date", "-pk"]
        verbose_name = _("award")
        verbose_name_plural = _("awards")
        permissions = [("manage_award_finance", _("Can record disbursements and co-investment (finance)"))]
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="award_amount_non_negative"),
            models.CheckConstraint(condition=models.Q(amount_thb__gte=0), name="award_amount_thb_non_negative"),
            models.CheckConstraint(
                condition=models.Q(amount_disbursed__gte=0) & models.Q(amount_disbursed__lte=models.F("amount")),
                name="award_disbursed_within_amount",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agreement_number}: {self.amount} {self.currency}"


class Disbursement(StatusGuarded):
    """A tranche of an award, planned then paid. Paid tranches never add up to more than the award."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        PAID = "paid", _("Paid")

    award = models.ForeignKey(Award, on_delete=models.PROTECT, related_name="disbursements", verbose_name=_("award"))
    sequence = models.PositiveSmallIntegerField(_("tranche"))
    amount = models.DecimalField(_("amount"), max_digits=14, decimal_places=2, validators=NON_NEGATIVE)
    planned_date = models.DateField(_("planned date"))
    paid_date = models.DateField(_("paid on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)

    class Meta:
        ordering = ["award", "sequence"]
        verbose_name = _("disbursement")
        verbose_name_plural = _("disbursements")
        constraints = [
            models.UniqueConstraint(fields=["award", "sequence"], name="tranche_sequence_unique"),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="tranche_amount_positive"),
            models.CheckConstraint(
                condition=models.Q(status="planned", paid_date__isnull=True)
                | models.Q(status="paid", paid_date__isnull=False),
                name="tranche_paid_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.award} · {self.sequence}: {self.amount}"


class CoInvestment(models.Model):
    """Money a venture raised beside NIA's support: the basis of 'investment leveraged'."""

    class SourceKind(models.TextChoices):
        PRIVATE_INVESTOR = "private_investor", _("Private investor")
        IMPACT_FUND = "impact_fund", _("Impact fund")
        CORPORATE = "corporate", _("Corporate partner")
        GOVERNMENT = "government", _("Government or local authority")
        INTERNATIONAL = "international", _("International donor")
        COMMUNITY = "community", _("Community contribution")
        OWN_FUNDS = "own_funds", _("Own funds")

    venture = models.ForeignKey(
        Venture, on_delete=models.PROTECT, related_name="co_investments", verbose_name=_("venture")
    )
    award = models.ForeignKey(
        Award, on_delete=models.SET_NULL, null=True, blank=True, related_name="co_investments", verbose_name=_("award")
    )
    source = models.CharField(_("source"), max_length=200)
    source_kind = models.CharField(_("kind of source"), max_length=20, choices=SourceKind.choices)
    amount = models.DecimalField(_("amount"), max_digits=16, decimal_places=2, validators=NON_NEGATIVE)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCIES, default="THB")
    amount_thb = models.DecimalField(_("amount in THB"), max_digits=16, decimal_places=2, validators=NON_NEGATIVE)
    date = models.DateField(_("date"))
    verified = models.BooleanField(_("verified"), default=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("co-investment")
        verbose_name_plural = _("co-investments")
        constraints = [
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="coinvestment_non_negative"),
            models.CheckConstraint(condition=models.Q(amount_thb__gte=0), name="coinvestment_thb_non_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.source}: {self.amount} {self.currency}"
