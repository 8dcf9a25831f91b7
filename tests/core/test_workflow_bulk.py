"""Workflow.apply_bulk: one transition for many objects, one conditional UPDATE, one audit entry each."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.models import AuditEntry
from core.workflow import Transition, TransitionError, Workflow
from registry.models import Venture
from tests.factories import ReviewerFactory, VentureFactory

pytestmark = pytest.mark.django_db

# A workflow of its own on the venture's status field, independent of the registry's table.
FLOW = Workflow("test", [Transition("reopen", {"archived", "submitted"}, "draft", "test.reopen")])


def test_apply_bulk_moves_every_object_and_audits_each_with_its_own_reason() -> None:
    ventures = [VentureFactory.create(status=status) for status in ("archived", "submitted", "archived")]
    reviewer = ReviewerFactory.create()

    with CaptureQueriesContext(connection) as queries:
        entries = FLOW.apply_bulk(
            ventures, "reopen", by=reviewer, reason=lambda v: f"row {v.name_en}", timestamps=("submitted_at",)
        )

    updates = [q for q in queries if q["sql"].startswith("UPDATE")]
    assert len(updates) == 1
    assert [(e.action, e.from_status, e.to_status, e.actor, e.reason) for e in entries] == [
        ("test.reopen", "archived", "draft", reviewer, f"row {ventures[0].name_en}"),
        ("test.reopen", "submitted", "draft", reviewer, f"row {ventures[1].name_en}"),
        ("test.reopen", "archived", "draft", reviewer, f"row {ventures[2].name_en}"),
    ]
    for venture in ventures:
        stored = Venture.objects.get(pk=venture.pk)
        assert stored.status == venture.status == "draft"
        assert stored.submitted_at == stored.status_changed_at == venture.status_changed_at is not None
        assert AuditEntry.objects.for_object(venture).count() == 1


def test_apply_bulk_refuses_when_one_object_is_not_in_a_source_status_and_changes_nothing() -> None:
    ok, wrong = VentureFactory.create(status="archived"), VentureFactory.create(status="published")

    with pytest.raises(TransitionError, match="cannot go from “Published” to “Draft”"):
        FLOW.apply_bulk([ok, wrong], "reopen", by=None)

    assert list(Venture.objects.filter(pk__in=[ok.pk, wrong.pk]).order_by("pk").values_list("status", flat=True)) == [
        "archived",
        "published",
    ]
    assert not AuditEntry.objects.exists()


def test_apply_bulk_refuses_when_a_row_changed_since_it_was_read() -> None:
    venture, moved = VentureFactory.create(status="archived"), VentureFactory.create(status="archived")
    Venture.objects.filter(pk=moved.pk).update(status="published")  # another transaction, in effect

    with pytest.raises(TransitionError, match="1 of 2"):
        FLOW.apply_bulk([venture, moved], "reopen", by=None)

    # The row that could move is back as it was: the refusal changed nothing.
    assert Venture.objects.get(pk=venture.pk).status == "archived"
    assert not AuditEntry.objects.exists()


def test_apply_bulk_of_nothing_does_nothing() -> None:
    with CaptureQueriesContext(connection) as queries:
        assert FLOW.apply_bulk([], "reopen", by=None) == []
    assert len(queries) == 0
