"""Every move of a team invitation, allowed and refused, through the services; each one audited.

The allowed moves are written out here by hand: an invitation is answered once (accepted or
declined) or cancelled by the owner while it waits; nothing moves it afterwards.
"""

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from core.models import AuditEntry
from core.workflow import TransitionError
from registry.models import VentureInvitation
from registry.models.team import InvitationStatus
from registry.services.team import invitation_accept, invitation_decline, invitation_revoke, venture_invite
from registry.workflows import INVITATION
from tests.factories import EntrepreneurFactory, PublishedVentureFactory, VentureInvitationFactory

pytestmark = pytest.mark.django_db

PENDING, ACCEPTED, DECLINED, REVOKED = "pending", "accepted", "declined", "revoked"
STATUSES = [PENDING, ACCEPTED, DECLINED, REVOKED]

# (transition, status it starts from) -> the status it leads to. Nothing else is allowed.
ALLOWED: dict[tuple[str, str], str] = {
    ("accept", PENDING): ACCEPTED,
    ("decline", PENDING): DECLINED,
    ("revoke", PENDING): REVOKED,
}

ACTIONS = {"accept": "invitation.accept", "decline": "invitation.decline", "revoke": "invitation.revoke"}


def _accept(invitation: VentureInvitation, actor: Any) -> Any:
    return invitation_accept(invitation=invitation, user=actor)


def _decline(invitation: VentureInvitation, actor: Any) -> Any:
    return invitation_decline(invitation=invitation, user=actor)


def _revoke(invitation: VentureInvitation, actor: Any) -> Any:
    return invitation_revoke(invitation=invitation, by=actor)


# Each service under the name of its transition, and who runs it: the invited person or the owner.
SERVICES: dict[str, tuple[Callable[[VentureInvitation, Any], Any], str]] = {
    "accept": (_accept, "invitee"),
    "decline": (_decline, "invitee"),
    "revoke": (_revoke, "owner"),
}


def test_the_cases_cover_every_status() -> None:
    assert sorted(STATUSES) == sorted(InvitationStatus.values)


def test_the_workflow_has_exactly_the_allowed_moves_each_with_its_audit_action() -> None:
    moves = {
        (transition.name, source, transition.target, transition.action)
        for transition in INVITATION.transitions.values()
        for source in transition.sources
    }
    assert moves == {(name, start, target, ACTIONS[name]) for (name, start), target in ALLOWED.items()}


@pytest.mark.parametrize(("start", "name"), [(start, name) for start in STATUSES for name in SERVICES])
def test_each_service_makes_exactly_the_allowed_moves_and_audits_them(start: str, name: str) -> None:
    service, who = SERVICES[name]
    invitee = EntrepreneurFactory.create()
    invitation = VentureInvitationFactory.create(email=invitee.email, status=start)
    actor = invitee if who == "invitee" else invitation.venture.owner

    if (name, start) in ALLOWED:
        target = ALLOWED[name, start]
        service(invitation, actor)
        invitation.refresh_from_db()
        assert invitation.status == target
        assert invitation.responded_at is not None
        entry = AuditEntry.objects.for_object(invitation).get()
        assert (entry.action, entry.from_status, entry.to_status, entry.actor) == (ACTIONS[name], start, target, actor)
    else:
        with pytest.raises((TransitionError, PermissionDenied, ValidationError)):
            service(invitation, actor)
        invitation.refresh_from_db()
        assert invitation.status == start
        assert not AuditEntry.objects.for_object(invitation).exists()


def test_declining_is_in_the_audit_trail_with_who_declined() -> None:
    invitee = EntrepreneurFactory.create()
    invitation = VentureInvitationFactory.create(email=invitee.email)
    invitation_decline(invitation=invitation, user=invitee)
    entry = AuditEntry.objects.for_object(invitation).get()
    assert (entry.action, entry.actor, entry.from_status, entry.to_status) == (
        "invitation.decline",
        invitee,
        "pending",
        "declined",
    )


def test_revoking_is_in_the_audit_trail_with_who_revoked() -> None:
    invitation = VentureInvitationFactory.create()
    owner = invitation.venture.owner
    invitation_revoke(invitation=invitation, by=owner)
    entry = AuditEntry.objects.for_object(invitation).get()
    assert (entry.action, entry.actor, entry.from_status, entry.to_status) == (
        "invitation.revoke",
        owner,
        "pending",
        "revoked",
    )


def test_inviting_the_same_address_again_revokes_the_earlier_invitation_with_an_audit_entry(
    django_capture_on_commit_callbacks: Any,
) -> None:
    venture = PublishedVentureFactory.create()
    first, _token = venture_invite(venture=venture, by=venture.owner, email="friend@example.org")
    second, _token = venture_invite(venture=venture, by=venture.owner, email="friend@example.org")
    first.refresh_from_db()
    assert (first.status, second.status) == (REVOKED, PENDING)
    entry = AuditEntry.objects.for_object(first).get()
    assert (entry.action, entry.actor, entry.from_status, entry.to_status) == (
        "invitation.revoke",
        venture.owner,
        "pending",
        "revoked",
    )
