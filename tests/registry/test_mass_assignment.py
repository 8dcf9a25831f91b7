"""Posting fields a form does not list (`status`, `owner`, `verified`, staff flags) or another
person's ids changes nothing: every public form lists its fields, and ids are checked against
what the visitor may touch."""

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from registry.accounts import consent_give
from registry.models import User, Venture, VentureInvitation, VentureMembership
from registry.models.ventures import VentureStatus
from tests.factories import (
    EntrepreneurFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    VentureFactory,
    VentureInvitationFactory,
    VentureMembershipFactory,
)
from tests.support.accounts import venture_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english", "media_root")]


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(email="owner@example.org")


@pytest.fixture
def stranger() -> Any:
    return EntrepreneurFactory.create(email="stranger@example.org")


@pytest.fixture
def client(owner: Any) -> Client:
    client = Client()
    client.force_login(owner)
    return client


def forged(stranger: Any, reviewer: Any) -> dict[str, Any]:
    """Fields nobody's form offers, with values an attacker would like."""
    return {
        "status": VentureStatus.PUBLISHED,
        "owner": stranger.pk,
        "owner_id": stranger.pk,
        "verified": "on",
        "verified_by": reviewer.pk,
        "verification_note": "trust me",
        "slug": "hijacked",
        "published_at": "2020-01-01T00:00:00Z",
        "moderation_note": "",
        "external_ref": "X-1",
        "id": 1,
        "pk": 1,
    }


def test_creating_a_venture_ignores_forged_fields(client: Client, owner: Any, stranger: Any) -> None:
    response = client.post(reverse("my:venture_create"), {**venture_form_data(), **forged(stranger, ReviewerFactory())})

    assert response.status_code == 302
    venture = Venture.objects.get()
    assert venture.status == VentureStatus.DRAFT
    assert venture.owner == owner
    assert not venture.verified and venture.verified_by is None and venture.verification_note == ""
    assert venture.slug != "hijacked"
    assert venture.published_at is None and venture.external_ref is None


def test_editing_ignores_forged_fields(client: Client, owner: Any, stranger: Any) -> None:
    venture = VentureFactory.create(owner=owner, status=VentureStatus.CHANGES_REQUESTED, moderation_note="Fix it")
    before = Venture.objects.filter(pk=venture.pk).values().get()

    client.post(
        reverse("my:venture_edit", args=[venture.pk]),
        {**venture_form_data(name_en="Renamed", summary_en="x"), **forged(stranger, ReviewerFactory())},
    )

    after = Venture.objects.filter(pk=venture.pk).values().get()
    assert after["name_en"] == "Renamed"
    for field in ("status", "owner_id", "verified", "verified_by_id", "slug", "published_at", "moderation_note"):
        assert after[field] == before[field], field


def test_editing_a_published_venture_cannot_forge_its_way_past_review(
    client: Client, owner: Any, stranger: Any
) -> None:
    venture = PublishedVentureFactory.create(owner=owner, name_en="Approved")
    client.post(
        reverse("my:venture_edit", args=[venture.pk]),
        {**venture_form_data(name_en="Unreviewed", summary_en="x"), **forged(stranger, ReviewerFactory())},
    )
    venture.refresh_from_db()
    assert venture.name_en == "Approved" and venture.owner == owner and not venture.verified
    revision = venture.revisions.get()
    assert set(revision.data) >= {"name_en"} and "status" not in revision.data and "owner" not in revision.data


def test_posting_another_persons_venture_id_in_the_url_changes_nothing(client: Client, stranger: Any) -> None:
    theirs = VentureFactory.create(owner=stranger, name_en="Theirs")
    for name in ("venture_edit", "venture_submit", "venture_delete", "venture_transfer", "team"):
        response = client.post(reverse(f"my:{name}", args=[theirs.pk]), venture_form_data(name_en="Mine now"))
        assert response.status_code == 404, name
    theirs.refresh_from_db()
    assert (theirs.name_en, theirs.status, theirs.owner) == ("Theirs", VentureStatus.DRAFT, stranger)


def test_sign_up_cannot_make_staff_or_pre_verified_accounts(fresh_cache: None) -> None:
    Client().post(
        reverse("accounts:signup"),
        {
            "full_name": "Mallory",
            "email": "mallory@example.org",
            "password1": "Koh Samui sunset 2567",
            "password2": "Koh Samui sunset 2567",
            "preferred_language": "th",
            "accept_terms": "on",
            "consent": "on",
            "is_staff": "on",
            "is_superuser": "on",
            "email_verified_at": "2020-01-01T00:00:00Z",
            "groups": "1",
        },
    )
    user = User.objects.get(email="mallory@example.org")
    assert not user.is_staff and not user.is_superuser
    assert user.email_verified_at is None
    assert not user.groups.exists()


def test_transfer_to_someone_outside_the_team_is_refused(client: Client, owner: Any, stranger: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner)
    VentureMembershipFactory.create(venture=venture)

    response = client.post(reverse("my:venture_transfer", args=[venture.pk]), {"to": stranger.pk})

    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    venture.refresh_from_db()
    assert venture.owner == owner


def test_ids_of_another_ventures_members_and_invitations_are_not_reachable(client: Client, owner: Any) -> None:
    mine = PublishedVentureFactory.create(owner=owner)
    other = PublishedVentureFactory.create()
    their_member = VentureMembershipFactory.create(venture=other)
    their_invitation = VentureInvitationFactory.create(venture=other)

    remove = client.post(reverse("my:member_remove", args=[mine.pk, their_member.pk]))
    revoke = client.post(reverse("my:invitation_revoke", args=[mine.pk, their_invitation.pk]))

    assert (remove.status_code, revoke.status_code) == (404, 404)
    assert VentureMembership.objects.filter(pk=their_member.pk).exists()
    assert VentureInvitation.objects.get(pk=their_invitation.pk).status == VentureInvitation.Status.PENDING


def test_the_erase_form_cannot_hand_a_venture_to_an_outsider(client: Client, owner: Any, stranger: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner)
    VentureMembershipFactory.create(venture=venture)

    response = client.post(
        reverse("my:erase"),
        {"password": "correct horse battery staple", "confirm": "on", f"venture_{venture.pk}": str(stranger.pk)},
    )

    assert response.status_code == 200
    owner.refresh_from_db()
    assert owner.erased_at is None
    venture.refresh_from_db()
    assert venture.owner == owner


def test_withdrawing_consent_only_touches_ones_own_records(client: Client, owner: Any, stranger: Any) -> None:
    theirs = consent_give(user=stranger, purpose="newsletter")
    client.post(reverse("my:consent", args=["newsletter"]), {"action": "withdraw", "user": stranger.pk})
    theirs.refresh_from_db()
    assert theirs.withdrawn_at is None
