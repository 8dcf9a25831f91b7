"""The workflow mechanism: transitions asked for by name, refused with a clear error, audited once."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from core.models import AuditEntry
from core.workflow import Transition, TransitionError, Workflow
from tests.factories import ReviewerFactory, VentureFactory

# A workflow of its own, on the venture's status field, so these tests do not depend on the
# registry's table: "withdraw" and "reopen" lead to the same status from different ones.
FLOW = Workflow(
    "test",
    [
        Transition("withdraw", {"submitted"}, "draft", "test.withdraw"),
        Transition("reopen", {"archived"}, "draft", "test.reopen"),
        Transition("archive", {"draft", "published"}, "archived", "test.archive"),
    ],
)


def test_two_transitions_with_the_same_name_are_a_configuration_error() -> None:
    with pytest.raises(ImproperlyConfigured, match="'archive' twice"):
        Workflow("test", [Transition("archive", {"a"}, "b", "x.a"), Transition("archive", {"c"}, "b", "x.b")])


def test_an_unknown_transition_name_is_a_lookup_error_not_a_refusal() -> None:
    with pytest.raises(LookupError, match="no transition 'publish'"):
        FLOW.allows("draft", "publish")


def test_the_same_target_is_reached_only_from_each_transitions_own_sources() -> None:
    assert FLOW.allows("submitted", "withdraw") and not FLOW.allows("archived", "withdraw")
    assert FLOW.allows("archived", "reopen") and not FLOW.allows("submitted", "reopen")
    assert [t.name for t in FLOW.available("draft")] == ["archive"]
    assert FLOW.targets("archived") == {"draft"}
    assert FLOW.targets("rejected") == frozenset()


@pytest.mark.django_db
def test_apply_moves_stamps_and_records_the_transitions_own_action() -> None:
    venture = VentureFactory.create(status="archived")
    reviewer = ReviewerFactory.create()
    entry = FLOW.apply(venture, "reopen", by=reviewer, reason="asked by the owner", timestamps=("submitted_at",))
    venture.refresh_from_db()
    assert venture.status == "draft"
    assert venture.submitted_at == venture.status_changed_at is not None
    assert (entry.action, entry.from_status, entry.to_status, entry.actor, entry.reason) == (
        "test.reopen",
        "archived",
        "draft",
        reviewer,
        "asked by the owner",
    )


@pytest.mark.django_db
def test_a_refused_transition_says_why_in_the_statuses_labels_and_changes_nothing() -> None:
    venture = VentureFactory.create(status="archived")
    with translation.override("en"), pytest.raises(TransitionError) as refused:
        FLOW.apply(venture, "withdraw", by=None)
    assert refused.value.message == "Venture cannot go from “Archived” to “Draft”."
    assert (refused.value.from_status, refused.value.to_status) == ("archived", "draft")
    venture.refresh_from_db()
    assert venture.status == "archived"
    assert not AuditEntry.objects.for_object(venture).exists()
