"""A venture's team: invitations, members, handing the venture over, and the ventures a person is on."""

import hashlib
import secrets
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from core.notifications import queue_email
from core.workflow import record_audit

from .. import permissions
from ..models import (
    User,
    Venture,
    VentureInvitation,
    VentureMembership,
)
from ..models.team import InvitationStatus
from ..workflows import INVITATION
from .common import _email_context, _email_owner, _locked, _refresh, _require


def invitation_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def venture_invite(*, venture: Venture, by: Any, email: str) -> tuple[VentureInvitation, str]:
    """Invite `email` to the team as an editor; returns the invitation and the token of its link.

    Inviting the same address again cancels the earlier link and sends a new one.
    """
    locked = _locked(venture)
    _require(permissions.can_manage_team(by, locked))
    email = User.objects.normalize_email(email).strip().lower()
    if not email:
        raise ValidationError({"email": _("Enter the email address of the person to invite.")})
    on_team = (locked.owner is not None and locked.owner.email.lower() == email) or locked.memberships.filter(
        user__email__iexact=email
    ).exists()
    if on_team:
        raise ValidationError({"email": _("This person is already on the team.")})
    now = timezone.now()
    earlier = locked.invitations.select_for_update().filter(email__iexact=email, status=InvitationStatus.PENDING)
    for replaced in earlier.order_by("pk"):
        INVITATION.apply(replaced, "revoke", by=by, timestamps=("responded_at",), now=now)
    token = secrets.token_urlsafe(32)
    invitation = VentureInvitation(
        venture=locked,
        email=email,
        token_hash=invitation_token_hash(token),
        invited_by=by,
        created_at=now,
        expires_at=now + timedelta(days=settings.REGISTRY_INVITATION_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    record_audit(obj=locked, actor=by, action="team.invite", reason=f"invitation #{invitation.pk}")
    existing = User.objects.filter(email__iexact=email).first()
    queue_email(
        key=f"team_invitation:{invitation.pk}",
        to=email,
        template="emails/registry/team_invitation",
        context=_email_context(locked, inviter=by, token=token, invitation=invitation),
        language=existing.preferred_language if existing else by.preferred_language,
    )
    return invitation, token


def invitation_for_token(token: str) -> VentureInvitation | None:
    return VentureInvitation.objects.select_related("venture").filter(token_hash=invitation_token_hash(token)).first()


def _check_invitation(invitation: VentureInvitation, user: Any) -> None:
    if not invitation.is_answerable:
        raise PermissionDenied(_("This invitation is no longer valid. Ask the venture's owner for a new one."))
    if not permissions._active(user) or user.email.lower() != invitation.email.lower():
        raise PermissionDenied(
            _("This invitation was sent to another email address. Log in with the address it was sent to.")
        )


@transaction.atomic
def invitation_accept(*, invitation: VentureInvitation, user: Any) -> VentureMembership:
    """Join the team as an editor (only the person logged in with the invited address)."""
    locked = VentureInvitation.objects.select_for_update().select_related("venture").get(pk=invitation.pk)
    _check_invitation(locked, user)
    if locked.venture.owner_id == user.pk:
        raise ValidationError(_("You already own this venture."))
    now = timezone.now()
    membership, _created = VentureMembership.objects.get_or_create(
        venture=locked.venture, user=user, defaults={"role": VentureMembership.Role.EDITOR}
    )
    INVITATION.apply(locked, "accept", by=user, timestamps=("responded_at",), now=now)
    if user.email_verified_at is None:
        # The link reached this address, which proves it.
        user.email_verified_at = now
        user.save(update_fields=["email_verified_at"])
    record_audit(obj=locked.venture, actor=user, action="team.join", reason=f"invitation #{locked.pk}")
    return membership


@transaction.atomic
def invitation_decline(*, invitation: VentureInvitation, user: Any) -> VentureInvitation:
    """Say no to an invitation."""
    locked = VentureInvitation.objects.select_for_update().get(pk=invitation.pk)
    _check_invitation(locked, user)
    INVITATION.apply(locked, "decline", by=user, timestamps=("responded_at",))
    return locked


@transaction.atomic
def invitation_revoke(*, invitation: VentureInvitation, by: Any) -> VentureInvitation:
    """Cancel an invitation that has not been answered."""
    locked = VentureInvitation.objects.select_for_update().select_related("venture").get(pk=invitation.pk)
    _require(permissions.can_manage_team(by, locked.venture))
    if not INVITATION.allows(locked, "revoke"):
        raise ValidationError(_("This invitation has already been answered or cancelled."))
    INVITATION.apply(locked, "revoke", by=by, timestamps=("responded_at",))
    return locked


@transaction.atomic
def membership_remove(*, membership: VentureMembership, by: Any) -> None:
    """Remove a member from the team (the owner), or leave it (the member)."""
    locked = VentureMembership.objects.select_for_update().select_related("venture").get(pk=membership.pk)
    _require(permissions.can_remove_member(by, locked))
    action = "team.leave" if locked.user_id == getattr(by, "pk", None) else "team.remove"
    record_audit(obj=locked.venture, actor=by, action=action, reason=f"user #{locked.user_id}")
    locked.delete()


@transaction.atomic
def venture_transfer(*, venture: Venture, by: Any, to: Any) -> Venture:
    """Hand a venture over to a member of its team; the former owner stays on as an editor."""
    locked = _locked(venture)
    _require(permissions.can_transfer_venture(by, locked))
    membership = VentureMembership.objects.filter(venture=locked, user=to).first()
    if membership is None or not permissions._active(to):
        raise ValidationError({"to": _("A venture can be handed over only to a member of its team.")})
    previous = locked.owner
    membership.delete()
    locked.owner = to
    locked.save(update_fields=["owner", "updated_at"])
    if previous is not None:
        VentureMembership.objects.get_or_create(
            venture=locked, user=previous, defaults={"role": VentureMembership.Role.EDITOR}
        )
    entry = record_audit(
        obj=locked, actor=by, action="venture.transfer", reason=f"user #{getattr(previous, 'pk', '')} → user #{to.pk}"
    )
    _email_owner(locked, entry=entry, template="venture_transferred", by=by)
    return _refresh(venture)


def ventures_of(user: Any) -> Any:
    """The ventures a person owns or helps edit, for their dashboard."""
    return (
        Venture.objects.filter(Q(owner=user) | Q(memberships__user=user))
        .distinct()
        .select_related("country", "province", "owner")
        .order_by("-updated_at", "-pk")
    )
