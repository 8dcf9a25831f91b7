"""Teams: the owner invites by email (a link to accept or decline), members edit, only the owner
invites, removes, deletes or hands the venture over."""

import datetime
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import AuditEntry
from registry.models import VentureInvitation, VentureMembership
from registry.models.ventures import VentureStatus
from tests.factories import EntrepreneurFactory, PublishedVentureFactory, VentureFactory
from tests.support.accounts import CommittingClient, link_path, text_of, venture_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english")]


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(email="owner@example.org", full_name="Khun Owner", preferred_language="en")


@pytest.fixture
def venture(owner: Any) -> Any:
    return PublishedVentureFactory.create(owner=owner, name_en="Weavers of Nan")


def as_user(user: Any, capture: Any) -> CommittingClient:
    client = CommittingClient(Client(), capture)
    client.force_login(user)
    return client


def invite(client: CommittingClient, venture: Any, email: str) -> Any:
    return client.post(reverse("my:team", args=[venture.pk]), {"email": email})


def test_invite_accept_and_edit(venture: Any, owner: Any, django_capture_on_commit_callbacks: Any) -> None:
    friend = EntrepreneurFactory.create(email="friend@example.org", preferred_language="en")
    owner_client = as_user(owner, django_capture_on_commit_callbacks)

    response = invite(owner_client, venture, "Friend@Example.org")

    assert response.status_code == 302
    invitation = VentureInvitation.objects.get()
    assert invitation.email == "friend@example.org"
    [message] = mail.outbox
    assert message.to == ["friend@example.org"]
    assert "Khun Owner" in message.body and "Weavers of Nan" in message.body
    path = link_path(message.body, "/my/invitations/")
    token = path.rstrip("/").split("/")[-1]
    assert token not in invitation.token_hash  # only a hash of the token is stored

    friend_client = as_user(friend, django_capture_on_commit_callbacks)
    page = friend_client.get(path)
    assert page.status_code == 200 and "Weavers of Nan" in text_of(page)
    accepted = friend_client.post(path, {"answer": "accept"})
    assert accepted["Location"] == reverse("my:venture_detail", args=[venture.pk])
    membership = VentureMembership.objects.get(venture=venture, user=friend)
    assert membership.role == VentureMembership.Role.EDITOR
    invitation.refresh_from_db()
    assert invitation.status == VentureInvitation.Status.ACCEPTED
    assert AuditEntry.objects.for_object(venture).filter(action="team.join").exists()

    # Members edit (a published venture: as a proposed change).
    friend_client.post(
        reverse("my:venture_edit", args=[venture.pk]), venture_form_data(name_en="Weavers of Nan 2", summary_en="x")
    )
    assert venture.revisions.get().created_by == friend
    # The link works once.
    assert friend_client.get(path).status_code == 403


def test_decline(venture: Any, owner: Any, django_capture_on_commit_callbacks: Any) -> None:
    friend = EntrepreneurFactory.create(email="friend@example.org")
    invite(as_user(owner, django_capture_on_commit_callbacks), venture, "friend@example.org")
    path = link_path(mail.outbox[0].body, "/my/invitations/")

    as_user(friend, django_capture_on_commit_callbacks).post(path, {"answer": "decline"})

    assert VentureInvitation.objects.get().status == VentureInvitation.Status.DECLINED
    assert not VentureMembership.objects.exists()


def test_someone_else_with_the_link_cannot_accept(
    venture: Any, owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invite(as_user(owner, django_capture_on_commit_callbacks), venture, "friend@example.org")
    path = link_path(mail.outbox[0].body, "/my/invitations/")
    intruder = as_user(EntrepreneurFactory.create(email="intruder@example.org"), django_capture_on_commit_callbacks)

    page = intruder.get(path)
    accept = intruder.post(path, {"answer": "accept"})

    assert page.status_code == 403 and "another email address" in text_of(page)
    assert accept.status_code == 403
    assert not VentureMembership.objects.exists()


def test_an_invitation_to_a_newcomer_works_after_sign_up(
    venture: Any, owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    invite(as_user(owner, django_capture_on_commit_callbacks), venture, "newcomer@example.org")
    path = link_path(mail.outbox[0].body, "/my/invitations/")
    anonymous = Client()
    landing = anonymous.get(path)
    assert landing.status_code == 403 and reverse("accounts:login") in text_of(landing)

    newcomer = EntrepreneurFactory.create(email="newcomer@example.org", email_verified_at=None)
    as_user(newcomer, django_capture_on_commit_callbacks).post(path, {"answer": "accept"})

    assert VentureMembership.objects.filter(user=newcomer).exists()
    newcomer.refresh_from_db()
    assert newcomer.email_verified_at is not None  # the link proved the address


def test_an_expired_or_cancelled_invitation_cannot_be_accepted(
    venture: Any, owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    friend = EntrepreneurFactory.create(email="friend@example.org")
    owner_client = as_user(owner, django_capture_on_commit_callbacks)
    invite(owner_client, venture, "friend@example.org")
    path = link_path(mail.outbox[0].body, "/my/invitations/")
    invitation = VentureInvitation.objects.get()
    VentureInvitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(days=1))
    friend_client = as_user(friend, django_capture_on_commit_callbacks)
    assert friend_client.post(path, {"answer": "accept"}).status_code == 403

    mail.outbox.clear()
    invite(owner_client, venture, "friend@example.org")
    second = VentureInvitation.objects.get(status=VentureInvitation.Status.PENDING)
    owner_client.post(reverse("my:invitation_revoke", args=[venture.pk, second.pk]))
    path = link_path(mail.outbox[0].body, "/my/invitations/")
    assert friend_client.post(path, {"answer": "accept"}).status_code == 403
    assert not VentureMembership.objects.exists()


def test_inviting_again_replaces_the_earlier_link(
    venture: Any, owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    owner_client = as_user(owner, django_capture_on_commit_callbacks)
    invite(owner_client, venture, "friend@example.org")
    invite(owner_client, venture, "friend@example.org")
    statuses = list(VentureInvitation.objects.order_by("pk").values_list("status", flat=True))
    assert statuses == [VentureInvitation.Status.REVOKED, VentureInvitation.Status.PENDING]
    assert len(mail.outbox) == 2


def test_inviting_a_member_or_the_owner_is_refused(
    venture: Any, owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    owner_client = as_user(owner, django_capture_on_commit_callbacks)
    response = invite(owner_client, venture, "owner@example.org")
    assert "already on the team" in text_of(response)
    assert not VentureInvitation.objects.exists()


def test_an_unverified_owner_cannot_send_invitations(django_capture_on_commit_callbacks: Any) -> None:
    owner = EntrepreneurFactory.create(email_verified_at=None)
    venture = VentureFactory.create(owner=owner)
    response = invite(as_user(owner, django_capture_on_commit_callbacks), venture, "friend@example.org")
    assert response.status_code == 403
    assert mail.outbox == []


def test_the_owner_removes_a_member_and_hands_over_to_another(
    venture: Any, owner: Any, django_capture_on_commit_callbacks: Any
) -> None:
    leaving = VentureMembership.objects.create(venture=venture, user=EntrepreneurFactory.create())
    heir = EntrepreneurFactory.create(email="heir@example.org", preferred_language="en")
    VentureMembership.objects.create(venture=venture, user=heir)
    owner_client = as_user(owner, django_capture_on_commit_callbacks)

    owner_client.post(reverse("my:member_remove", args=[venture.pk, leaving.pk]))
    assert not VentureMembership.objects.filter(pk=leaving.pk).exists()

    response = owner_client.post(reverse("my:venture_transfer", args=[venture.pk]), {"to": heir.pk})

    assert response.status_code == 302
    venture.refresh_from_db()
    assert venture.owner == heir
    assert VentureMembership.objects.get(venture=venture, user=owner).role == VentureMembership.Role.EDITOR
    assert not VentureMembership.objects.filter(venture=venture, user=heir).exists()
    [message] = [m for m in mail.outbox if m.to == ["heir@example.org"]]
    assert "Weavers of Nan" in message.body
    # The former owner is now an editor: no more owner-only pages.
    assert owner_client.get(reverse("my:venture_transfer", args=[venture.pk])).status_code == 403
    assert owner_client.get(reverse("my:venture_edit", args=[venture.pk])).status_code == 200


def test_only_the_owner_deletes(django_capture_on_commit_callbacks: Any) -> None:
    venture = VentureFactory.create(status=VentureStatus.DRAFT)
    member = EntrepreneurFactory.create()
    VentureMembership.objects.create(venture=venture, user=member)
    member_client = as_user(member, django_capture_on_commit_callbacks)
    assert member_client.post(reverse("my:venture_delete", args=[venture.pk]), {"action": "delete"}).status_code == 403
    venture.refresh_from_db()
    owner_client = as_user(venture.owner, django_capture_on_commit_callbacks)
    owner_client.post(reverse("my:venture_delete", args=[venture.pk]), {"action": "delete"})
    assert not type(venture).objects.filter(pk=venture.pk).exists()
