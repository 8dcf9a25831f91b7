from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.workflow import StatusGuarded

from .ventures import Venture


class RevisionStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Discarded")


# The moves between these statuses, each with its name: registry/workflows.py (REVISION).
OPEN_REVISION_STATUSES = [RevisionStatus.DRAFT, RevisionStatus.SUBMITTED, RevisionStatus.CHANGES_REQUESTED]


class VentureRevisionQuerySet(models.QuerySet["VentureRevision"]):
    def open(self) -> "VentureRevisionQuerySet":
        return self.filter(status__in=OPEN_REVISION_STATUSES)

    def awaiting_review(self) -> "VentureRevisionQuerySet":
        return self.filter(status=RevisionStatus.SUBMITTED)


class VentureRevision(StatusGuarded):
    """A change its team proposes to a published venture, kept apart until staff approve it.

    The venture row always holds the approved version: the public pages, the API and the search
    index read only the venture, so nothing here is public. `data` holds the proposed profile in
    stable keys (country ISO code, province abbreviation, area slugs, SDG numbers; see
    `registry.profiles`); approving copies it onto the venture in one transaction.
    """

    Status = RevisionStatus

    venture = models.ForeignKey(Venture, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("venture"))
    data = models.JSONField(_("proposed profile"), default=dict)
    logo = models.ImageField(_("proposed logo"), upload_to="logos/%Y/%m/", blank=True)
    remove_logo = models.BooleanField(_("remove the logo"), default=False)
    status = models.CharField(
        _("status"), max_length=20, choices=RevisionStatus.choices, default=RevisionStatus.DRAFT, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed at"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True, db_index=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    moderation_note = models.TextField(_("message from the reviewers"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = VentureRevisionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("proposed change")
        verbose_name_plural = _("proposed changes")
        constraints = [
            models.UniqueConstraint(
                fields=["venture"],
                condition=models.Q(status__in=OPEN_REVISION_STATUSES),
                name="one_open_revision_per_venture",
            ),
        ]

    def __str__(self) -> str:
        return _("Change to %(venture)s (%(status)s)") % {"venture": self.venture, "status": self.get_status_display()}

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_REVISION_STATUSES


class VentureReviewQueue(Venture):
    """The staff review queue in the admin: submitted ventures and proposed changes, oldest first.

    A proxy with no table of its own; it gives the queue its own place in the admin.
    """

    class Meta:
        proxy = True
        verbose_name = _("review queue")
        verbose_name_plural = _("review queue")
