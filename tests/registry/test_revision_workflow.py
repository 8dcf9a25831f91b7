"""Every move of a proposed change to a published venture, allowed and refused, through the services.

The allowed moves are written out here by hand; every other (transition, status) pair must be
refused, leave the proposal as it was and write no audit entry.
"""

from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied

from core.models import AuditEntry
from core.workflow import TransitionError
from registry.models import VentureRevision
from registry.models.revisions import RevisionStatus
from registry.services.moderation import (
    venture_revision_approve,
    venture_revision_discard,
    venture_revision_reject,
    venture_revision_request_changes,
    venture_revision_submit,
    venture_revision_withdraw,
)
from registry.workflows import REVISION
from tests.factories import ReviewerFactory, VentureRevisionFactory

pytestmark = pytest.mark.django_db

DRAFT, SUBMITTED, CHANGES_REQUESTED = "draft", "submitted", "changes_requested"
APPROVED, REJECTED, WITHDRAWN = "approved", "rejected", "withdrawn"
STATUSES = [DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN]

# (transition, status it starts from) -> the status it leads to. Nothing else is allowed.
ALLOWED: dict[tuple[str, str], str] = {
    ("submit", DRAFT): SUBMITTED,
    ("submit", CHANGES_REQUESTED): SUBMITTED,
    ("withdraw", SUBMITTED): DRAFT,
    # Discarding drops changes the reviewers do not have: never sent, or sent back.
    ("discard", DRAFT): WITHDRAWN,
    ("discard", CHANGES_REQUESTED): WITHDRAWN,
    ("approve", SUBMITTED): APPROVED,
    ("request_changes", SUBMITTED): CHANGES_REQUESTED,
    ("reject", SUBMITTED): REJECTED,
}

# Each service under the name of its transition, the audit action it records, who runs it
# ("team": the venture's owner; "staff": a reviewer) and what else it needs.
SERVICES: dict[str, tuple[Callable[..., VentureRevision], str, str, dict[str, Any]]] = {
    "submit": (venture_revision_submit, "revision.submit", "team", {}),
    "withdraw": (venture_revision_withdraw, "revision.withdraw", "team", {}),
    "discard": (venture_revision_discard, "revision.discard", "team", {}),
    "approve": (venture_revision_approve, "revision.approve", "staff", {}),
    "request_changes": (venture_revision_request_changes, "revision.request_changes", "staff", {"reason": "Why?"}),
    "reject": (venture_revision_reject, "revision.reject", "staff", {"reason": "Not accurate"}),
}


def test_the_cases_cover_every_status() -> None:
    assert sorted(STATUSES) == sorted(RevisionStatus.values)


def test_the_workflow_has_exactly_the_allowed_moves_each_with_its_audit_action() -> None:
    moves = {
        (transition.name, source, transition.target, transition.action)
        for transition in REVISION.transitions.values()
        for source in transition.sources
    }
    assert moves == {(name, start, target, SERVICES[name][1]) for (name, start), target in ALLOWED.items()}


@pytest.mark.parametrize(("start", "name"), [(start, name) for start in STATUSES for name in SERVICES])
def test_each_service_makes_exactly_the_allowed_moves(start: str, name: str) -> None:
    service, action, who, extra = SERVICES[name]
    revision = VentureRevisionFactory.create(status=start)
    actor = revision.venture.owner if who == "team" else ReviewerFactory.create()

    if (name, start) in ALLOWED:
        target = ALLOWED[name, start]
        service(revision=revision, by=actor, **extra)
        revision.refresh_from_db()
        assert revision.status == target
        entry = AuditEntry.objects.for_object(revision).get()
        assert (entry.action, entry.from_status, entry.to_status, entry.actor) == (action, start, target, actor)
    else:
        with pytest.raises((TransitionError, PermissionDenied)):
            service(revision=revision, by=actor, **extra)
        revision.refresh_from_db()
        assert revision.status == start
        assert not AuditEntry.objects.for_object(revision).exists()
