"""PDPA: the export holds every personal field; erasure leaves no personal data in any table
(history, audit, outbox and log-in tables included), hands over or unpublishes ventures, keeps
grant records and deletes logo files."""

import datetime
import json
from typing import Any

import pytest
from axes.models import AccessAttempt, AccessLog
from django.apps import apps
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import connection, models
from django.test import Client
from django.urls import reverse

from core.models import AuditEntry, OutboundEmail
from core.workflow import record_audit
from grants.models import GrantApplication
from registry import privacy
from registry.accounts import account_sign_up, consent_give
from registry.models import (
    ConsentRecord,
    Entrepreneur,
    User,
    Venture,
    VentureInvitation,
    VentureMembership,
    VentureRevision,
)
from registry.models.ventures import VentureStatus
from registry.services.team import venture_invite
from tests.factories import (
    ApplicationAnswerFactory,
    BudgetLineFactory,
    EntrepreneurFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    SuperuserFactory,
    VentureFactory,
)
from tests.support.accounts import PASSWORD, CommittingClient, image_bytes, upload, venture_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english", "media_root")]

# Distinctive values of every personal field, so finding one anywhere means it leaked.
EMAIL = "somsri.jaidee.pdpa@example.org"
FULL_NAME = "Somsri Jaidee-Pdpa"
NAME_TH = "สมศรี ใจดีพีดีพีเอ"
NAME_EN = "Somsri Jaidee Pdpa"
PHONE = "+66 81 234 5678"
BIRTH = datetime.date(1984, 2, 29)
IP = "203.0.113.77"
USER_AGENT = "SecretBrowser/9.9 (PDPA test)"
PERSONAL = [EMAIL, FULL_NAME, NAME_TH, NAME_EN, PHONE, BIRTH.isoformat(), IP, USER_AGENT]


class Person:
    """Someone with data in every place the registry keeps personal data."""

    def __init__(self, capture: Any) -> None:
        self.user = EntrepreneurFactory.create(email=EMAIL, full_name=FULL_NAME, preferred_language="en")
        Entrepreneur.objects.filter(user=self.user).update(
            name_th=NAME_TH, name_en=NAME_EN, phone=PHONE, date_of_birth=BIRTH, age_band="36_plus"
        )
        consent_give(user=self.user, purpose="registry_processing")
        consent_give(user=self.user, purpose="newsletter")
        self.client = CommittingClient(Client(REMOTE_ADDR=IP, HTTP_USER_AGENT=USER_AGENT), capture)
        # A failed then a successful log-in: axes keeps both, with address and browser.
        self.client.post(reverse("accounts:login"), {"username": EMAIL, "password": "wrong"})
        assert self.client.post(reverse("accounts:login"), {"username": EMAIL, "password": PASSWORD}).status_code == 302
        # (a success clears the failure count, so one more failure, from another tab)
        Client(REMOTE_ADDR=IP, HTTP_USER_AGENT=USER_AGENT).post(
            reverse("accounts:login"), {"username": EMAIL, "password": "wrong again"}
        )

        # A draft with a logo (to be deleted), a published venture with a grant (archived, kept),
        # and a published venture with a team (handed over).
        self.client.post(
            reverse("my:venture_create"),
            venture_form_data(contact_phone=PHONE, contact_public="on", logo=upload("a.png", image_bytes())),
        )
        self.draft = Venture.objects.get(owner=self.user)
        self.with_grant = PublishedVentureFactory.create(
            owner=self.user, contact_email=EMAIL, contact_phone=PHONE, contact_public=True, name_en="Grant Holder"
        )
        self.application = GrantApplicationFactory.create(
            venture=self.with_grant, applicant=self.user, summary=f"Led by {FULL_NAME}"
        )
        ApplicationAnswerFactory.create(application=self.application, text=f"Call me on {PHONE}")
        BudgetLineFactory.create(application=self.application)
        self.heir = EntrepreneurFactory.create(email="heir@example.org", full_name="Heir Person")
        self.team_venture = PublishedVentureFactory.create(
            owner=self.user, contact_email=EMAIL, contact_phone=PHONE, contact_public=True, name_en="Team Venture"
        )
        VentureMembership.objects.create(venture=self.team_venture, user=self.heir)
        self.client.post(
            reverse("my:venture_edit", args=[self.with_grant.pk]),
            venture_form_data(
                name_en="Grant Holder",
                summary_en="x",
                contact_email=EMAIL,
                contact_phone=PHONE,
                contact_public="on",
                logo=upload("b.png", image_bytes()),
            ),
        )
        self.revision = VentureRevision.objects.get(venture=self.with_grant)
        # A team elsewhere, invitations both ways, and emails that name the person.
        self.elsewhere = PublishedVentureFactory.create(name_en="Someone Else's")
        VentureMembership.objects.create(venture=self.elsewhere, user=self.user)
        venture_invite(venture=self.elsewhere, by=self.elsewhere.owner, email="other.invitee@example.org")
        VentureInvitation.objects.create(
            venture=self.elsewhere,
            email=EMAIL,
            token_hash="f" * 64,
            invited_by=self.elsewhere.owner,
            expires_at=self.elsewhere.created_at + datetime.timedelta(days=30),
        )
        with capture(execute=True):
            venture_invite(venture=self.team_venture, by=self.user, email="friend@example.org")
        # Staff wrote about them: an admin log line and an audit reason.
        LogEntry.objects.create(
            user=SuperuserFactory.create(),
            content_type=ContentType.objects.get_for_model(User),
            object_id=str(self.user.pk),
            object_repr=FULL_NAME,
            action_flag=CHANGE,
            change_message=f'[{{"changed": {{"fields": ["Email"]}}}}] {EMAIL}',
        )
        record_audit(obj=self.with_grant, actor=None, action="venture.note", reason=f"Phoned {FULL_NAME} on {PHONE}")
        # Someone tried to sign up with their address: the registry emailed them.
        with capture(execute=True):
            account_sign_up(email=EMAIL, password="x", full_name="x", preferred_language="en", consent_given=True)


@pytest.fixture
def person(django_capture_on_commit_callbacks: Any) -> Person:
    return Person(django_capture_on_commit_callbacks)


# --- Every relation to a person is accounted for ------------------------------------------------------


def relations_to_users() -> set[str]:
    found = set()
    for model in apps.get_models(include_auto_created=False):
        if model._meta.proxy:
            continue  # the same table as its concrete model
        for field in model._meta.get_fields():
            if not field.is_relation or field.related_model is not User:
                continue
            if isinstance(field, models.ForeignObjectRel) and not isinstance(field, models.ManyToManyRel):
                continue  # the other end of a foreign key, listed from its own model
            name = field.name if not isinstance(field, models.ManyToManyRel) else field.get_accessor_name()
            found.add(f"{model._meta.app_label}.{model.__name__}.{name}")
    return found


def test_every_relation_to_a_person_is_handled_by_export_and_erasure() -> None:
    missing = relations_to_users() - set(privacy.user_links())
    assert missing == set(), (
        f"list these in registry.privacy.USER_LINKS or a registered PersonalData, and handle them: {sorted(missing)}"
    )


# --- Export -------------------------------------------------------------------------------------------


def test_the_export_is_a_json_download_of_every_personal_field(person: Person) -> None:
    response = person.client.get(reverse("my:data_export"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    text = json.dumps(data, ensure_ascii=False)
    for value in PERSONAL:
        assert value in text, value
    assert data["account"]["email"] == EMAIL
    assert data["entrepreneur_profile"] == {
        **data["entrepreneur_profile"],
        "name_th": NAME_TH,
        "name_en": NAME_EN,
        "phone": PHONE,
        "date_of_birth": BIRTH.isoformat(),
        "age_band": "36_plus",
    }
    consents = {c["purpose"]: c for c in data["consents"]}
    assert consents["registry_processing"]["text_version"] and consents["registry_processing"]["given_at"]
    assert {"newsletter", "public_contact"} <= set(consents)
    ventures = {v["slug"]: v for v in data["ventures"]}
    assert ventures[person.with_grant.slug]["contact_email"] == EMAIL
    assert ventures[person.with_grant.slug]["proposed_changes"][0]["data"]["contact_phone"] == PHONE
    assert ventures[person.elsewhere.slug]["role"] == "editor"
    assert data["team_memberships"][0]["venture"] == person.elsewhere.slug
    assert data["invitations_received"][0]["email"] == EMAIL
    assert data["invitations_sent"][0]["email"] == "friend@example.org"
    [application] = data["grant_applications"]
    assert application["summary"] == f"Led by {FULL_NAME}"
    assert application["answers"][0]["text"] == f"Call me on {PHONE}"
    assert application["budget"]
    assert {e["action"] for e in data["activity"]} >= {"venture.create", "team.invite"}
    [email] = data["emails"]
    assert "already have an account" in email["body"] and email["sent_at"]
    assert data["log_ins"][0]["ip_address"] == IP and data["log_ins"][0]["user_agent"] == USER_AGENT
    assert data["failed_log_ins"][0]["ip_address"] == IP


def test_the_export_has_nothing_of_other_people(person: Person) -> None:
    other = EntrepreneurFactory.create(email="bystander@example.org", full_name="Bystander Person")
    VentureFactory.create(owner=other, name_en="Bystander Venture")
    text = json.dumps(privacy.export_personal_data(person.user), ensure_ascii=False)
    assert "bystander@example.org" not in text and "Bystander Venture" not in text


# --- Erasure ------------------------------------------------------------------------------------------


def every_cell() -> list[tuple[str, str]]:
    """(table, value) of every non-empty cell of every table, read with plain SQL."""
    cells: list[tuple[str, str]] = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608 (table names from the schema)
            for row in cursor.fetchall():
                cells.extend((table, str(value)) for value in row if value not in (None, ""))
    return cells


def test_erasure_leaves_no_personal_data_anywhere(person: Person, media_root: Any) -> None:
    before = [(table, value) for table, value in every_cell() if any(p.lower() in value.lower() for p in PERSONAL)]
    tables_before = {table for table, _ in before}
    assert {"registry_user", "registry_entrepreneur", "axes_accesslog", "registry_outboundemail"} <= tables_before

    response = person.client.post(
        reverse("my:erase"),
        {"password": PASSWORD, "confirm": "on", f"venture_{person.team_venture.pk}": str(person.heir.pk)},
    )

    assert response.status_code == 200
    assert "Your account is erased" in response.content.decode()
    leftovers = [(table, value) for table, value in every_cell() if any(p.lower() in value.lower() for p in PERSONAL)]
    assert leftovers == []


def test_erasure_hands_over_unpublishes_keeps_grants_and_deletes_logos(person: Person, media_root: Any) -> None:
    draft_logo, revision_logo = person.draft.logo.path, person.revision.logo.path
    user_pk = person.user.pk

    person.client.post(
        reverse("my:erase"),
        {"password": PASSWORD, "confirm": "on", f"venture_{person.team_venture.pk}": str(person.heir.pk)},
    )

    user = User.objects.get(pk=user_pk)
    assert user.erased_at is not None and not user.is_active and not user.has_usable_password()
    assert not Entrepreneur.objects.filter(user=user).exists()
    # The never-published draft is gone with its logo.
    assert not Venture.objects.filter(pk=person.draft.pk).exists()
    assert not media_root.joinpath(draft_logo).exists()
    # The venture with a grant is out of the directory, without owner, contact or logo; the grant stays.
    kept = Venture.objects.get(pk=person.with_grant.pk)
    assert kept.status == VentureStatus.ARCHIVED and kept.owner is None
    assert (kept.contact_email, kept.contact_phone, kept.contact_public, kept.logo.name) == ("", "", False, "")
    assert not media_root.joinpath(revision_logo).exists()
    application = GrantApplication.objects.get(pk=person.application.pk)
    assert application.applicant is None and application.venture == kept
    # The team venture now belongs to the heir and stays published.
    handed = Venture.objects.get(pk=person.team_venture.pk)
    assert handed.owner == person.heir and handed.status == VentureStatus.PUBLISHED
    assert handed.contact_email == ""  # it was the person's own address
    assert not VentureMembership.objects.filter(user=user).exists()
    # Consents are closed; the records stay (they hold no personal data).
    assert not ConsentRecord.objects.filter(user=user, withdrawn_at__isnull=True).exists()
    assert not AccessLog.objects.exists() and not AccessAttempt.objects.exists()
    assert not OutboundEmail.objects.filter(to__iexact=EMAIL).exists()
    assert AuditEntry.objects.filter(action="account.erase", object_id=str(user_pk)).exists()
    # They cannot log in any more, and their session is over.
    assert person.client.get(reverse("my:dashboard")).status_code == 403
    assert Client().post(reverse("accounts:login"), {"username": EMAIL, "password": PASSWORD}).status_code == 200


def test_erasure_needs_the_password(person: Person) -> None:
    response = person.client.post(reverse("my:erase"), {"password": "wrong", "confirm": "on"})
    assert response.status_code == 200
    assert "The password is not right." in response.content.decode()
    person.user.refresh_from_db()
    assert person.user.erased_at is None


def test_the_erase_page_asks_who_takes_each_venture_with_a_team(person: Person) -> None:
    page = person.client.get(reverse("my:erase")).content.decode()
    assert "Heir Person" in page
    assert f"venture_{person.team_venture.pk}" in page
    assert f"venture_{person.with_grant.pk}" not in page  # no team: it is taken out


# --- Consent withdrawal -------------------------------------------------------------------------------


def test_withdrawing_the_newsletter_consent_is_one_click_and_recorded(person: Person) -> None:
    page = person.client.get(reverse("my:data")).content.decode()
    assert reverse("my:consent", args=["newsletter"]) in page

    person.client.post(reverse("my:consent", args=["newsletter"]), {"action": "withdraw"})

    record = ConsentRecord.objects.get(user=person.user, purpose="newsletter")
    assert record.withdrawn_at is not None
    person.client.post(reverse("my:consent", args=["newsletter"]), {"action": "give"})
    assert ConsentRecord.objects.filter(user=person.user, purpose="newsletter", withdrawn_at__isnull=True).count() == 1


def test_processing_consent_is_withdrawn_by_erasing_the_account(person: Person) -> None:
    response = person.client.post(reverse("my:consent", args=["registry_processing"]), {"action": "withdraw"})
    assert response.status_code == 403
    page = person.client.get(reverse("my:data")).content.decode()
    assert "erase your account below" in page and reverse("my:erase") in page
