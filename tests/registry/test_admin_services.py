"""Staff edits in the admin reach the services: handing a venture over, its team, its contact
consent and the texts staff correct each write their audit entry (and consent record, and email)
exactly as the same change made by the team does. The admin pages are driven as a staff member
would, with the test client."""

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from core.models import AuditEntry, OutboundEmail
from registry.consent import PUBLIC_CONTACT
from registry.models import ConsentRecord, User, Venture, VentureInvitation, VentureMembership
from registry.services.staff import venture_staff_edit
from tests import factories
from tests.test_admin import admin_url, change_form_data, logged_in, post_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser() -> User:
    return factories.SuperuserFactory.create(email="root@nia.or.th")


@pytest.fixture
def team() -> dict[str, Any]:
    owner = factories.EntrepreneurFactory.create(email="owner@example.org")
    member = factories.EntrepreneurFactory.create(email="member@example.org")
    venture = factories.PublishedVentureFactory.create(owner=owner, name_en="River Care")
    membership = factories.VentureMembershipFactory.create(venture=venture, user=member)
    return {"owner": owner, "member": member, "venture": venture, "membership": membership}


def audit_actions(venture: Venture) -> list[str]:
    return list(
        AuditEntry.objects.filter(content_type__model="venture", object_id=str(venture.pk))
        .order_by("pk")
        .values_list("action", flat=True)
    )


def venture_url(name: str, venture: Venture) -> str:
    return reverse(f"admin:registry_venture_{name}", args=[venture.pk])


# --- the change form no longer writes what has rules ------------------------------------------------


def test_choosing_another_owner_in_the_change_form_does_not_hand_the_venture_over(
    superuser: User, team: dict[str, Any]
) -> None:
    venture = team["venture"]
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    data["owner"] = str(team["member"].pk)

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    venture.refresh_from_db()
    # Before: the owner changed with no audit entry and no email to the new owner.
    assert venture.owner == team["owner"]
    assert "venture.transfer" not in audit_actions(venture)


def test_switching_public_contact_on_in_the_change_form_shows_nothing_without_the_teams_consent(
    superuser: User, team: dict[str, Any]
) -> None:
    venture = team["venture"]
    Venture.objects.filter(pk=venture.pk).update(contact_email="hello@rivercare.example", contact_public=False)
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    data["contact_public"] = "on"

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    venture.refresh_from_db()
    # Before: shown publicly with no consent record at all.
    assert venture.contact_public is False
    assert venture.contact_consent_at is None
    assert ConsentRecord.objects.filter(venture=venture).count() == 0


def test_the_membership_rows_on_the_venture_page_cannot_add_or_remove_members(
    superuser: User, team: dict[str, Any]
) -> None:
    venture, stranger = team["venture"], factories.EntrepreneurFactory.create()
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    # What the editable inline used to accept: a new row and the existing row ticked for deletion.
    data.update(
        {
            "memberships-TOTAL_FORMS": "2",
            "memberships-INITIAL_FORMS": "1",
            "memberships-0-id": str(team["membership"].pk),
            "memberships-0-venture": str(venture.pk),
            "memberships-0-user": str(team["member"].pk),
            "memberships-0-role": "editor",
            "memberships-0-DELETE": "on",
            "memberships-1-venture": str(venture.pk),
            "memberships-1-user": str(stranger.pk),
            "memberships-1-role": "editor",
        }
    )

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    assert list(VentureMembership.objects.filter(venture=venture).values_list("user__email", flat=True)) == [
        "member@example.org"
    ]


def test_the_membership_list_in_the_admin_is_read_only(superuser: User, team: dict[str, Any]) -> None:
    client = logged_in(superuser)
    membership = team["membership"]
    assert client.get(admin_url(VentureMembership, "add")).status_code == 403
    assert client.post(admin_url(VentureMembership, "delete", membership.pk), {"post": "yes"}).status_code == 403
    assert VentureMembership.objects.filter(pk=membership.pk).exists()


# --- the pages that call the services -----------------------------------------------------------------


def test_handing_over_from_the_admin_writes_the_audit_entry_and_emails_the_new_owner(
    superuser: User, team: dict[str, Any]
) -> None:
    venture = team["venture"]
    client = logged_in(superuser)
    url = venture_url("transfer", venture)
    page = client.get(url)
    assert page.status_code == 200
    assert "member@example.org" in page.content.decode()

    response = client.post(url, {"to": str(team["member"].pk)})

    assert response.status_code == 302, post_errors(response)
    venture.refresh_from_db()
    assert venture.owner == team["member"]
    assert audit_actions(venture) == ["venture.transfer"]
    emails = OutboundEmail.objects.filter(key__startswith="venture_transferred:")
    assert list(emails.values_list("to", flat=True)) == ["member@example.org"]
    # The former owner stays on the team as an editor.
    assert list(VentureMembership.objects.filter(venture=venture).values_list("user__email", "role")) == [
        ("owner@example.org", "editor")
    ]


def test_a_venture_can_be_handed_over_only_to_a_member_of_its_team(superuser: User, team: dict[str, Any]) -> None:
    venture, stranger = team["venture"], factories.EntrepreneurFactory.create()
    client = logged_in(superuser)

    response = client.post(venture_url("transfer", venture), {"to": str(stranger.pk)})

    assert response.status_code == 200
    venture.refresh_from_db()
    assert venture.owner == team["owner"]
    assert audit_actions(venture) == []


def test_inviting_from_the_admin_sends_the_invitation_and_audits_it(superuser: User, team: dict[str, Any]) -> None:
    venture = team["venture"]
    client = logged_in(superuser)

    response = client.post(venture_url("invite", venture), {"email": "New.Person@Example.org"})

    assert response.status_code == 302, post_errors(response)
    invitation = VentureInvitation.objects.get(venture=venture)
    assert invitation.email == "new.person@example.org"
    assert audit_actions(venture) == ["team.invite"]
    assert list(OutboundEmail.objects.filter(key__startswith="team_invitation:").values_list("to", flat=True)) == [
        "new.person@example.org"
    ]
    # Nobody joins before accepting: the team is unchanged.
    assert VentureMembership.objects.filter(venture=venture).count() == 1


def test_removing_a_member_from_the_admin_writes_the_audit_entry(superuser: User, team: dict[str, Any]) -> None:
    venture = team["venture"]
    client = logged_in(superuser)

    response = client.post(venture_url("remove_member", venture), {"membership": str(team["membership"].pk)})

    assert response.status_code == 302, post_errors(response)
    assert not VentureMembership.objects.filter(venture=venture).exists()
    assert audit_actions(venture) == ["team.remove"]


def test_hiding_contact_details_from_the_admin_withdraws_the_consent_and_audits_it(
    superuser: User, team: dict[str, Any]
) -> None:
    venture = team["venture"]
    Venture.objects.filter(pk=venture.pk).update(contact_email="hello@rivercare.example", contact_public=True)
    consent = ConsentRecord.objects.create(
        user=team["owner"], purpose=PUBLIC_CONTACT.purpose, venture=venture, text_version=PUBLIC_CONTACT.version
    )
    client = logged_in(superuser)

    response = client.post(venture_url("hide_contact", venture), {})

    assert response.status_code == 302, post_errors(response)
    venture.refresh_from_db()
    consent.refresh_from_db()
    assert venture.contact_public is False
    assert consent.withdrawn_at is not None
    assert audit_actions(venture) == ["venture.hide_contact"]


def test_a_reviewer_without_the_change_permission_cannot_hand_over_or_manage_the_team(team: dict[str, Any]) -> None:
    venture = team["venture"]
    client = logged_in(factories.ReviewerFactory.create())

    responses = [
        client.post(venture_url("transfer", venture), {"to": str(team["member"].pk)}),
        client.post(venture_url("remove_member", venture), {"membership": str(team["membership"].pk)}),
        client.post(venture_url("invite", venture), {"email": "someone@example.org"}),
    ]

    assert [r.status_code for r in responses] == [403, 403, 403]
    venture.refresh_from_db()
    assert venture.owner == team["owner"]
    assert VentureMembership.objects.filter(venture=venture).count() == 1
    assert audit_actions(venture) == []


# --- texts staff correct: venture_staff_edit -------------------------------------------------------


def test_an_admin_edit_of_the_description_is_audited_by_field_and_found_by_search(
    superuser: User, team: dict[str, Any], django_capture_on_commit_callbacks: Any, api_search: Any
) -> None:
    venture = team["venture"]
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    data["description_en"] = "Volunteers replant mangroves along the estuary."

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    entries = AuditEntry.objects.filter(object_id=str(venture.pk), action="venture.staff_edit")
    assert [(e.actor_id, e.reason) for e in entries] == [(superuser.pk, "description_en")]
    assert api_search(q="mangroves") == [venture.slug]


def test_the_audit_entry_of_a_staff_edit_names_the_fields_but_not_their_personal_values(
    superuser: User, team: dict[str, Any]
) -> None:
    venture = team["venture"]

    venture_staff_edit(
        venture=venture,
        by=superuser,
        values={
            "contact_phone": "081 234 5678",
            "contact_email": "somchai.private@example.org",
            "name_en": "River Care",
        },
    )

    entry = AuditEntry.objects.get(object_id=str(venture.pk), action="venture.staff_edit")
    # name_en was given unchanged, so it is not named.
    assert entry.reason == "contact_email, contact_phone"
    venture.refresh_from_db()
    assert (venture.contact_email, venture.contact_phone) == ("somchai.private@example.org", "081 234 5678")


def test_a_staff_edit_that_changes_nothing_writes_no_audit_entry(superuser: User, team: dict[str, Any]) -> None:
    venture = team["venture"]

    venture_staff_edit(venture=venture, by=superuser, values={"name_en": "River Care"})

    assert audit_actions(venture) == []


def test_a_staff_edit_refuses_fields_with_rules_of_their_own(superuser: User, team: dict[str, Any]) -> None:
    venture = team["venture"]
    for values in ({"owner": team["member"]}, {"status": "draft"}, {"contact_public": True}, {"verified": True}):
        with pytest.raises(ValueError):
            venture_staff_edit(venture=venture, by=superuser, values=values)
    venture.refresh_from_db()
    assert (venture.owner, venture.status, venture.contact_public, venture.verified) == (
        team["owner"],
        "published",
        False,
        False,
    )
    assert audit_actions(venture) == []


def test_a_staff_edit_is_validated_and_refused_to_people_who_are_not_staff(
    superuser: User, team: dict[str, Any]
) -> None:
    venture = team["venture"]
    with pytest.raises(ValidationError):
        venture_staff_edit(venture=venture, by=superuser, values={"website": "not a web address"})
    with pytest.raises(PermissionDenied):
        venture_staff_edit(venture=venture, by=team["owner"], values={"name_en": "Taken Over"})
    venture.refresh_from_db()
    assert venture.name_en == "River Care" and venture.website == ""
    assert audit_actions(venture) == []
