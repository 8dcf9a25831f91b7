"""Staff moderation in the admin: idempotent roles, the review queue (oldest first, with the diff of
a proposed change), decisions through the services with audit entries and one email each, bulk
actions that report what was refused and why, and reviewers seeing only what they may do."""

import datetime
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import AuditEntry, OutboundEmail
from core.workflow import TransitionError
from registry.models import Venture, VentureRevision
from registry.models.revisions import RevisionStatus
from registry.models.ventures import VentureStatus
from registry.roles import ROLE_PERMISSIONS, Role, sync_roles
from registry.services.common import _email_owner
from registry.services.moderation import venture_archive, venture_publish, venture_revision_approve
from tests.factories import (
    EntrepreneurFactory,
    FinanceFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    StaffFactory,
    VentureFactory,
    VentureRevisionFactory,
)
from tests.support.accounts import CommittingClient, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english")]

CHANGELIST = "admin:registry_venture_changelist"


def staff_client(user: Any, capture: Any) -> CommittingClient:
    # The admin is not under a language prefix: it follows the browser's language.
    client = CommittingClient(Client(HTTP_ACCEPT_LANGUAGE="en"), capture)
    client.force_login(user)
    return client


@pytest.fixture
def reviewer(django_capture_on_commit_callbacks: Any) -> CommittingClient:
    return staff_client(ReviewerFactory.create(email="nia.reviewer@nia.or.th"), django_capture_on_commit_callbacks)


@pytest.fixture
def finance(django_capture_on_commit_callbacks: Any) -> CommittingClient:
    return staff_client(FinanceFactory.create(email="finance@nia.or.th"), django_capture_on_commit_callbacks)


def submitted(days_ago: int, **kwargs: Any) -> Venture:
    owner = EntrepreneurFactory.create(preferred_language="en")
    return VentureFactory.create(
        owner=owner,
        status=VentureStatus.SUBMITTED,
        submitted_at=timezone.now() - datetime.timedelta(days=days_ago),
        **kwargs,
    )


def bulk(client: CommittingClient, action: str, objects: list[Any], **extra: Any) -> Any:
    model = type(objects[0])._meta
    url = reverse(f"admin:{model.app_label}_{model.model_name}_changelist")
    data = {"action": action, "_selected_action": [o.pk for o in objects], "index": 0, **extra}
    return client.post(url, data, follow=True)


def messages_of(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]]


# --- Roles -------------------------------------------------------------------------------------------


def test_sync_roles_is_idempotent_and_gives_reviewers_the_moderation_permissions() -> None:
    first = sync_roles()
    snapshot = {g.name: sorted(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    second = sync_roles()

    assert first == second
    assert snapshot == {g.name: sorted(g.permissions.values_list("codename", flat=True)) for g in Group.objects.all()}
    assert Group.objects.count() == len(ROLE_PERMISSIONS)
    for role in (Role.NIA_REVIEWER, Role.UNDP_REVIEWER):
        codenames = set(Group.objects.get(name=role.value).permissions.values_list("codename", flat=True))
        assert {"moderate_venture", "verify_venture", "view_venturerevision"} <= codenames
    for role in (Role.GRANT_APPROVER, Role.FINANCE):
        codenames = set(Group.objects.get(name=role.value).permissions.values_list("codename", flat=True))
        assert not {"moderate_venture", "verify_venture"} & codenames


# --- The queue ---------------------------------------------------------------------------------------


def test_the_queue_lists_submissions_and_proposed_changes_oldest_first(reviewer: CommittingClient) -> None:
    newest = submitted(1, name_en="Newest Submission")
    oldest = submitted(9, name_en="Oldest Submission")
    change = VentureRevisionFactory.create(
        venture=PublishedVentureFactory.create(name_en="Live Venture"),
        submitted_at=timezone.now() - datetime.timedelta(days=5),
    )
    VentureFactory.create(name_en="Just A Draft")
    VentureRevisionFactory.create(venture=PublishedVentureFactory.create(name_en="Unsent Change"), status="draft")
    archived = PublishedVentureFactory.create(name_en="Archived Since")
    VentureRevisionFactory.create(venture=archived)
    Venture.objects.filter(pk=archived.pk).update(status=VentureStatus.ARCHIVED)

    page = text_of(reviewer.get(reverse("admin:registry_venturereviewqueue_changelist")))

    assert page.index("Oldest Submission") < page.index("Live Venture") < page.index("Newest Submission")
    for absent in ("Just A Draft", "Unsent Change", "Archived Since"):
        assert absent not in page
    assert "3 items wait for a decision" in page
    assert "name (English)" in page  # what the change touches
    assert reverse("admin:registry_venturerevision_change", args=[change.pk]) in page
    assert reverse("admin:registry_venturereviewqueue_change", args=[oldest.pk]) in page
    assert newest.name_en in text_of(
        reviewer.get(reverse("admin:registry_venturereviewqueue_change", args=[newest.pk]))
    )


def test_the_proposed_change_page_shows_its_diff_against_the_published_version(reviewer: CommittingClient) -> None:
    venture = PublishedVentureFactory.create(name_en="Before Name", summary_en="Same summary")
    revision = VentureRevisionFactory.create(venture=venture)
    revision.data = {**revision.data, "name_en": "After Name", "stage": "scaling"}
    revision.save()

    page = text_of(reviewer.get(reverse("admin:registry_venturerevision_change", args=[revision.pk])))

    assert "Before Name" in page and "After Name" in page
    assert "Scaling" in page and "Prototype" in page
    assert page.count("Same summary") == 0  # unchanged fields are not listed


def test_staff_without_the_moderation_permission_see_no_queue_and_no_actions(
    finance: CommittingClient, reviewer: CommittingClient
) -> None:
    venture = submitted(2)
    assert finance.get(reverse("admin:registry_venturereviewqueue_changelist")).status_code == 403
    assert "Review queue" not in text_of(finance.get(reverse("admin:index")))
    assert "Review queue" in text_of(reviewer.get(reverse("admin:index")))

    finance_list = text_of(finance.get(reverse(CHANGELIST)))
    reviewer_list = text_of(reviewer.get(reverse(CHANGELIST)))
    for action in ("decide_publish", "decide_request_changes", "decide_reject", "decide_archive", "decide_verify"):
        assert action not in finance_list
        assert action in reviewer_list

    finance_page = text_of(finance.get(reverse("admin:registry_venture_change", args=[venture.pk])))
    reviewer_page = text_of(reviewer.get(reverse("admin:registry_venture_change", args=[venture.pk])))
    decide = reverse("admin:registry_venture_decide", args=[venture.pk, "publish"])
    assert decide not in finance_page and decide in reviewer_page
    assert finance.post(decide, {"apply": "1"}).status_code == 403
    venture.refresh_from_db()
    assert venture.status == VentureStatus.SUBMITTED


def test_a_reviewer_without_the_verify_permission_does_not_see_mark_verified(
    django_capture_on_commit_callbacks: Any,
) -> None:
    moderator = StaffFactory.create()
    moderator.user_permissions.add(
        *Permission.objects.filter(codename__in=["moderate_venture", "view_venture", "change_venture"])
    )
    client = staff_client(moderator, django_capture_on_commit_callbacks)
    venture = PublishedVentureFactory.create()

    page = text_of(client.get(reverse("admin:registry_venture_change", args=[venture.pk])))

    assert reverse("admin:registry_venture_decide", args=[venture.pk, "archive"]) in page
    assert reverse("admin:registry_venture_decide", args=[venture.pk, "verify"]) not in page
    assert "decide_verify" not in text_of(client.get(reverse(CHANGELIST)))
    assert client.post(reverse("admin:registry_venture_decide", args=[venture.pk, "verify"]), {}).status_code == 403


def test_only_the_decisions_the_status_allows_are_offered(reviewer: CommittingClient) -> None:
    published = PublishedVentureFactory.create()
    page = text_of(reviewer.get(reverse("admin:registry_venture_change", args=[published.pk])))
    assert reverse("admin:registry_venture_decide", args=[published.pk, "archive"]) in page
    assert reverse("admin:registry_venture_decide", args=[published.pk, "publish"]) not in page
    assert reverse("admin:registry_venture_decide", args=[published.pk, "reject"]) not in page


# --- Decisions -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("decision", "reason", "status"),
    [
        ("publish", "", VentureStatus.PUBLISHED),
        ("request_changes", "Please add the English summary.", VentureStatus.CHANGES_REQUESTED),
        ("reject", "This is a shop, not a social venture.", VentureStatus.REJECTED),
    ],
)
def test_each_decision_goes_through_the_service_audits_and_emails_once(
    reviewer: CommittingClient, decision: str, reason: str, status: str
) -> None:
    venture = submitted(3, name_en="Decided Venture")
    url = reverse("admin:registry_venture_decide", args=[venture.pk, decision])
    assert reviewer.get(url).status_code == 200

    reviewer.post(url, {"reason": reason, "apply": "1"})
    reviewer.post(url, {"reason": reason, "apply": "1"})  # a double click

    venture.refresh_from_db()
    assert venture.status == status
    entries = AuditEntry.objects.for_object(venture).filter(to_status=status)
    assert entries.count() == 1
    assert getattr(entries.get().actor, "email", None) == "nia.reviewer@nia.or.th"
    [message] = mail.outbox
    assert message.to == [getattr(venture.owner, "email", None)]
    assert "Decided Venture" in message.subject
    if reason:
        assert reason in message.body
    assert OutboundEmail.objects.count() == 1


@pytest.mark.parametrize("decision", ["request_changes", "reject"])
def test_request_changes_and_reject_need_a_reason(reviewer: CommittingClient, decision: str) -> None:
    venture = submitted(3)
    response = reviewer.post(
        reverse("admin:registry_venture_decide", args=[venture.pk, decision]), {"reason": "  ", "apply": "1"}
    )
    assert response.status_code == 200
    assert "This field is required." in text_of(response)
    venture.refresh_from_db()
    assert venture.status == VentureStatus.SUBMITTED
    assert mail.outbox == []


def test_mark_verified_records_what_was_checked(reviewer: CommittingClient) -> None:
    venture = PublishedVentureFactory.create(juristic_id="0105550123451")
    url = reverse("admin:registry_venture_decide", args=[venture.pk, "verify"])
    reviewer.post(url, {"reason": "", "apply": "1"})
    venture.refresh_from_db()
    assert not venture.verified

    reviewer.post(url, {"reason": "DBD registration 0105550123451 checked on 2025-06-01", "apply": "1"})

    venture.refresh_from_db()
    assert venture.verified and getattr(venture.verified_by, "email", None) == "nia.reviewer@nia.or.th"
    assert venture.verification_note.startswith("DBD registration")
    assert AuditEntry.objects.for_object(venture).get().action == "venture.verify"


def test_bulk_actions_report_successes_and_each_refusal_with_its_reason(reviewer: CommittingClient) -> None:
    first, second = submitted(4, name_en="First Sent"), submitted(2, name_en="Second Sent")
    draft = VentureFactory.create(name_en="Still Draft")

    confirm = bulk(reviewer, "decide_request_changes", [first, second, draft])
    assert "What must change" in text_of(confirm)
    assert Venture.objects.filter(status=VentureStatus.CHANGES_REQUESTED).count() == 0

    done = bulk(reviewer, "decide_request_changes", [first, second, draft], apply="1", reason="Add photos.")

    messages = messages_of(done)
    assert "2 items sent back for changes." in messages
    [refusal] = [m for m in messages if "refused" in m]
    assert refusal.startswith("1 refused:")
    assert "Still Draft" in refusal and "cannot go from" in refusal
    assert set(Venture.objects.filter(status=VentureStatus.CHANGES_REQUESTED)) == {first, second}
    assert len(mail.outbox) == 2
    draft.refresh_from_db()
    assert draft.status == VentureStatus.DRAFT


def test_bulk_publish_of_proposed_changes(reviewer: CommittingClient) -> None:
    changes = [VentureRevisionFactory.create() for _ in range(2)]
    unsent = VentureRevisionFactory.create(status=RevisionStatus.DRAFT)

    done = bulk(reviewer, "decide_approve", [*changes, unsent], apply="1", reason="")

    assert "2 items published." in messages_of(done)
    for revision in changes:
        revision.refresh_from_db()
        assert revision.status == RevisionStatus.APPROVED
        assert revision.venture.name_en.endswith("(renamed)")
    unsent.refresh_from_db()
    assert unsent.status == RevisionStatus.DRAFT


def test_rejecting_a_proposed_change_keeps_the_published_version(reviewer: CommittingClient) -> None:
    revision = VentureRevisionFactory.create()
    name = revision.venture.name_en
    url = reverse("admin:registry_venturerevision_decide", args=[revision.pk, "reject"])

    reviewer.post(url, {"reason": "The new name is misleading.", "apply": "1"})

    revision.refresh_from_db()
    revision.venture.refresh_from_db()
    assert revision.status == RevisionStatus.REJECTED
    assert revision.venture.name_en == name
    [message] = mail.outbox
    assert "misleading" in message.body
    assert AuditEntry.objects.for_object(revision).get().action == "revision.reject"


def test_one_email_per_decision_even_if_the_service_queues_twice() -> None:
    venture = submitted(1)
    reviewer = ReviewerFactory.create()
    venture_publish(venture=venture, by=reviewer)
    entry = AuditEntry.objects.for_object(venture).get()
    _email_owner(venture, entry=entry, template="venture_published", by=reviewer)
    assert OutboundEmail.objects.filter(to=getattr(venture.owner, "email", None)).count() == 1


def test_an_approval_is_refused_once_the_venture_is_no_longer_published() -> None:
    revision = VentureRevisionFactory.create()
    reviewer = ReviewerFactory.create()
    venture_archive(venture=revision.venture, by=reviewer)
    with pytest.raises(TransitionError, match="no longer published"):
        venture_revision_approve(revision=revision, by=reviewer)
    assert VentureRevision.objects.get(pk=revision.pk).status == RevisionStatus.SUBMITTED


def test_email_subjects_are_plain_text(reviewer: CommittingClient) -> None:
    venture = submitted(1, name_en="Ben & Jerry's Farm <Co-op>")
    reviewer.post(reverse("admin:registry_venture_decide", args=[venture.pk, "publish"]), {"reason": "", "apply": "1"})
    [message] = mail.outbox
    assert "Ben & Jerry's Farm <Co-op>" in message.subject
    assert "Ben & Jerry's Farm <Co-op>" in message.body
