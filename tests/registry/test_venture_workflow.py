"""Every venture moderation transition, allowed and refused, through the services."""

from collections.abc import Callable
from typing import Any

import pytest

from core.models import AuditEntry
from core.workflow import TransitionError
from registry.models import Venture
from registry.models.ventures import VENTURE_TRANSITIONS, VentureStatus
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
from tests.factories import EntrepreneurFactory, ReviewerFactory, VentureFactory

pytestmark = pytest.mark.django_db

# Each service and the status it moves a venture to.
SERVICES: dict[str, tuple[Callable[..., Venture], str, dict[str, Any]]] = {
    "submit": (venture_submit, VentureStatus.SUBMITTED, {}),
    "withdraw": (venture_withdraw_submission, VentureStatus.DRAFT, {}),
    "publish": (venture_publish, VentureStatus.PUBLISHED, {}),
    "request_changes": (venture_request_changes, VentureStatus.CHANGES_REQUESTED, {"reason": "Add a summary"}),
    "reject": (venture_reject, VentureStatus.REJECTED, {"reason": "Not a social venture"}),
    "archive": (venture_archive, VentureStatus.ARCHIVED, {}),
    "reopen": (venture_reopen, VentureStatus.DRAFT, {}),
}

CASES = [(status, name) for status in VentureStatus.values for name in SERVICES]


@pytest.mark.parametrize(("start", "service_name"), CASES)
def test_each_service_follows_the_transition_table(start: str, service_name: str) -> None:
    service, target, extra = SERVICES[service_name]
    venture = VentureFactory.create(status=start)
    actor = ReviewerFactory.create()
    allowed = target in VENTURE_TRANSITIONS[start]

    if allowed:
        service(venture=venture, by=actor, **extra)
        venture.refresh_from_db()
        assert venture.status == target
        entry = AuditEntry.objects.for_object(venture).get()
        assert (entry.from_status, entry.to_status, entry.actor) == (start, target, actor)
        assert entry.action.startswith("venture.")
    else:
        with pytest.raises(TransitionError) as refused:
            service(venture=venture, by=actor, **extra)
        venture.refresh_from_db()
        assert venture.status == start
        assert not AuditEntry.objects.for_object(venture).exists()
        assert "cannot go from" in str(refused.value)


def test_the_table_covers_every_status_and_only_known_ones() -> None:
    assert set(VENTURE_TRANSITIONS) == set(VentureStatus.values)
    for targets in VENTURE_TRANSITIONS.values():
        assert targets <= set(VentureStatus.values)


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
