"""Every venture moderation transition, allowed and refused, through the services.

The allowed moves are written out here by hand, from what each step means to the people who use
it; every other (transition, status) pair must be refused and leave no audit entry.
"""

from collections.abc import Callable
from typing import Any

import pytest

from core.models import AuditEntry
from core.workflow import TransitionError
from registry.models import Venture
from registry.models.ventures import VentureStatus
from registry.services.moderation import (
    venture_archive,
    venture_publish,
    venture_reject,
    venture_reopen,
    venture_request_changes,
    venture_set_verified,
    venture_submit,
    venture_withdraw_submission,
)
from registry.workflows import VENTURE
from tests.factories import EntrepreneurFactory, ReviewerFactory, VentureFactory

pytestmark = pytest.mark.django_db

DRAFT, SUBMITTED, PUBLISHED = "draft", "submitted", "published"
CHANGES_REQUESTED, REJECTED, ARCHIVED = "changes_requested", "rejected", "archived"
STATUSES = [DRAFT, SUBMITTED, PUBLISHED, CHANGES_REQUESTED, REJECTED, ARCHIVED]

# (transition, status it starts from) -> the status it leads to. Nothing else is allowed.
ALLOWED: dict[tuple[str, str], str] = {
    ("submit", DRAFT): SUBMITTED,
    ("submit", CHANGES_REQUESTED): SUBMITTED,
    # Withdrawing takes a venture back from the reviewers; only a submitted one is with them.
    ("withdraw", SUBMITTED): DRAFT,
    ("publish", SUBMITTED): PUBLISHED,
    ("publish", ARCHIVED): PUBLISHED,
    ("request_changes", SUBMITTED): CHANGES_REQUESTED,
    ("reject", SUBMITTED): REJECTED,
    ("archive", DRAFT): ARCHIVED,
    ("archive", CHANGES_REQUESTED): ARCHIVED,
    ("archive", PUBLISHED): ARCHIVED,
    ("archive", REJECTED): ARCHIVED,
    # Reopening brings an archived venture back to work on; a submitted one is with the reviewers.
    ("reopen", ARCHIVED): DRAFT,
    # The CSV import publishes rows of NIA's reviewed list, drafts included, but nothing the
    # reviewers rejected or sent back (its moves are tested in test_import.py).
    ("import_publish", DRAFT): PUBLISHED,
    ("import_publish", SUBMITTED): PUBLISHED,
    ("import_publish", ARCHIVED): PUBLISHED,
}

# Each service, under the name of the transition it runs, and the audit action it records.
SERVICES: dict[str, tuple[Callable[..., Venture], str, dict[str, Any]]] = {
    "submit": (venture_submit, "venture.submit", {}),
    "withdraw": (venture_withdraw_submission, "venture.withdraw", {}),
    "publish": (venture_publish, "venture.publish", {}),
    "request_changes": (venture_request_changes, "venture.request_changes", {"reason": "Add a summary"}),
    "reject": (venture_reject, "venture.reject", {"reason": "Not a social venture"}),
    "archive": (venture_archive, "venture.archive", {}),
    "reopen": (venture_reopen, "venture.reopen", {}),
}

CASES = [(start, name) for start in STATUSES for name in SERVICES]
ACTIONS = {
    **{name: action for name, (_service, action, _extra) in SERVICES.items()},
    "import_publish": "venture.import_publish",
}


def test_the_cases_cover_every_status() -> None:
    assert sorted(STATUSES) == sorted(VentureStatus.values)


def test_the_workflow_has_exactly_the_allowed_moves_each_with_its_audit_action() -> None:
    moves = {
        (transition.name, source, transition.target, transition.action)
        for transition in VENTURE.transitions.values()
        for source in transition.sources
    }
    assert moves == {(name, start, target, ACTIONS[name]) for (name, start), target in ALLOWED.items()}


@pytest.mark.parametrize(("start", "name"), CASES)
def test_each_service_makes_exactly_the_allowed_moves(start: str, name: str) -> None:
    service, action, extra = SERVICES[name]
    venture = VentureFactory.create(status=start)
    actor = ReviewerFactory.create()

    if (name, start) in ALLOWED:
        target = ALLOWED[name, start]
        service(venture=venture, by=actor, **extra)
        venture.refresh_from_db()
        assert venture.status == target
        entry = AuditEntry.objects.for_object(venture).get()
        assert (entry.action, entry.from_status, entry.to_status, entry.actor) == (action, start, target, actor)
    else:
        with pytest.raises(TransitionError) as refused:
            service(venture=venture, by=actor, **extra)
        venture.refresh_from_db()
        assert venture.status == start
        assert not AuditEntry.objects.for_object(venture).exists()
        assert "cannot go from" in str(refused.value)


def test_withdrawing_an_archived_venture_is_refused_and_it_stays_archived() -> None:
    venture = VentureFactory.create(status=ARCHIVED)
    with pytest.raises(TransitionError, match="cannot go from “Archived” to “Draft”"):
        venture_withdraw_submission(venture=venture, by=venture.owner)
    venture.refresh_from_db()
    assert venture.status == ARCHIVED
    assert not AuditEntry.objects.for_object(venture).filter(action="venture.withdraw").exists()


def test_reopening_cannot_pull_a_submitted_venture_out_of_review() -> None:
    venture = VentureFactory.create(status=SUBMITTED)
    with pytest.raises(TransitionError, match="cannot go from “Submitted for review” to “Draft”"):
        venture_reopen(venture=venture, by=venture.owner)
    venture.refresh_from_db()
    assert venture.status == SUBMITTED


def test_publishing_stamps_the_dates_and_clears_the_reviewers_note() -> None:
    venture = VentureFactory.create(status=VentureStatus.SUBMITTED, moderation_note="old note")
    venture_publish(venture=venture, by=ReviewerFactory.create())
    assert venture.published_at is not None
    assert venture.first_published_at == venture.published_at
    assert venture.moderation_note == ""

    venture_archive(venture=venture, by=ReviewerFactory.create())
    first = venture.first_published_at
    venture_publish(venture=venture, by=ReviewerFactory.create())
    assert venture.first_published_at == first
    assert venture.published_at > first


@pytest.mark.parametrize("service", [venture_request_changes, venture_reject])
@pytest.mark.parametrize("reason", ["", "   "])
def test_requesting_changes_or_rejecting_needs_a_reason(service: Callable[..., Venture], reason: str) -> None:
    venture = VentureFactory.create(status=VentureStatus.SUBMITTED)
    with pytest.raises(TransitionError, match="reason"):
        service(venture=venture, by=ReviewerFactory.create(), reason=reason)
    venture.refresh_from_db()
    assert venture.status == VentureStatus.SUBMITTED


def test_the_reason_is_kept_for_the_owner_and_in_the_audit() -> None:
    venture = VentureFactory.create(status=VentureStatus.SUBMITTED)
    venture_request_changes(venture=venture, by=ReviewerFactory.create(), reason="โปรดเพิ่มรายละเอียดผลลัพธ์")
    assert venture.moderation_note == "โปรดเพิ่มรายละเอียดผลลัพธ์"
    assert AuditEntry.objects.for_object(venture).get().reason == "โปรดเพิ่มรายละเอียดผลลัพธ์"


def test_an_incomplete_venture_cannot_be_submitted_and_is_told_what_is_missing() -> None:
    venture = VentureFactory.create(summary_th="", summary_en="", areas=[])
    venture.venture_areas.all().delete()
    with pytest.raises(TransitionError) as refused:
        venture_submit(venture=venture, by=venture.owner)
    message = str(refused.value)
    assert "summary" in message and "area" in message
    venture.refresh_from_db()
    assert venture.status == VentureStatus.DRAFT


def test_verification_needs_a_note_and_is_audited() -> None:
    venture = VentureFactory.create(status=VentureStatus.PUBLISHED)
    reviewer = ReviewerFactory.create()
    with pytest.raises(Exception, match="checked"):
        venture_set_verified(venture=venture, by=reviewer, verified=True, note="")
    venture_set_verified(venture=venture, by=reviewer, verified=True, note="Checked DBD registration")
    assert venture.verified and venture.verified_by == reviewer and venture.verified_at is not None
    venture_set_verified(venture=venture, by=reviewer, verified=False)
    assert not venture.verified and venture.verified_by is None
    actions = list(AuditEntry.objects.for_object(venture).values_list("action", flat=True))
    assert actions == ["venture.verify", "venture.unverify"]


def test_the_owner_can_be_the_actor_of_a_submission() -> None:
    owner = EntrepreneurFactory.create()
    venture = VentureFactory.create(owner=owner)
    venture_submit(venture=venture, by=owner)
    assert AuditEntry.objects.for_object(venture).get().actor == owner
    assert venture.submitted_at is not None
