from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.workflow import StatusGuarded

from .ventures import Venture


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    REVOKED = "revoked", _("Cancelled")


class VentureInvitationQuerySet(models.QuerySet["VentureInvitation"]):
    def pending(self) -> "VentureInvitationQuerySet":
        return self.filter(status=InvitationStatus.PENDING, expires_at__gt=timezone.now())


class VentureInvitation(StatusGuarded):
    """An owner's invitation to someone's email address to join a venture's team as an editor.

    The link in the email carries a random token; only its SHA-256 is stored, so a copy of the
    database cannot be used to accept invitations. It can be accepted only by the person logged
    in with the invited address.
    """

    Status = InvitationStatus

    venture = models.ForeignKey(
        Venture, on_delete=models.CASCADE, related_name="invitations", verbose_name=_("venture")
    )
    email = models.EmailField(_("email address"))
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("invited by"),
    )
    status = models.CharField(
        _("status"), max_length=10, choices=InvitationStatus.choices, default=InvitationStatus.PENDING
    )
    created_at = models.DateTimeField(_("sent at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    responded_at = models.DateTimeField(_("answered at"), null=True, blank=True)

    objects = VentureInvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("team invitation")
        verbose_name_plural = _("team invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["venture", "email"],
                condition=models.Q(status="pending"),
                name="one_pending_invitation_per_address",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.venture}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()

    @property
    def is_answerable(self) -> bool:
        return self.status == InvitationStatus.PENDING and not self.is_expired
