"""Concurrent decisions: 20 approvers at once on one application give one award, one email, one audit entry.

On SQLite `select_for_update()` is a no-op and concurrent writers die with "database is locked"
(notes/reliability.md), so this runs on PostgreSQL only.
"""

import threading
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.db import connection, connections

from grants import services
from grants.models import ApplicationStatus, ApprovalVote, Award, GrantApplication
from registry.models import AuditEntry, OutboundEmail
from registry.workflow import TransitionError
from tests.factories import ApproverFactory, GrantApplicationFactory

THREADS = 20


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_approvers_at_once_give_one_award_one_email_one_audit_entry() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("select_for_update is a no-op on SQLite: concurrency is tested on PostgreSQL")
    application = GrantApplicationFactory.create(status=ApplicationStatus.IN_REVIEW, requested_amount=Decimal("900000"))
    approvers = [ApproverFactory.create() for _ in range(THREADS)]
    start = threading.Barrier(THREADS)
    outcomes: list[Any] = []
    lock = threading.Lock()

    def approve(approver: Any) -> None:
        try:
            start.wait()
            try:
                result: Any = services.application_approve(
                    application=GrantApplication(pk=application.pk), by=approver, amount=Decimal("900000")
                )
            except TransitionError as refused:
                result = refused
            with lock:
                outcomes.append(result)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=approve, args=(approver,)) for approver in approvers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    awards = [o for o in outcomes if isinstance(o, Award)]
    refusals = [o for o in outcomes if isinstance(o, TransitionError)]
    assert len(outcomes) == THREADS
    assert len(awards) == 1 and len(refusals) == THREADS - 1
    assert {r.from_status for r in refusals} == {ApplicationStatus.APPROVED}
    assert Award.objects.count() == 1 and ApprovalVote.objects.count() == 1
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    assert AuditEntry.objects.for_object(application).filter(action="application.approve").count() == 1
    assert AuditEntry.objects.filter(action="award.create").count() == 1
    assert OutboundEmail.objects.filter(key=f"grants:application:{application.pk}:approved").count() == 1
    assert [m.subject for m in mail.outbox] == [f"Grant approved: {application.title}"]
