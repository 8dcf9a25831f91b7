"""Concurrent decisions: 20 approvers at once on one application give one award, one email, one audit entry.

On SQLite `select_for_update()` is a no-op and concurrent writers die with "database is locked"
(docs/architecture.md), so this runs on PostgreSQL only. The second test does the same with the
email going through Redis to a real Celery worker process (skipped without REDIS_URL).
"""

import threading
import time
from decimal import Decimal
from email import message_from_bytes, policy
from typing import Any

import pytest
from django.core import mail
from django.db import connection, connections

from core.models import AuditEntry, OutboundEmail
from core.workflow import TransitionError
from grants import services
from grants.models import ApplicationStatus, ApprovalVote, Award, GrantApplication
from tests.factories import ApproverFactory, EntrepreneurFactory, GrantApplicationFactory, PublishedVentureFactory
from tests.support.workers import CeleryWorker, wait_until

THREADS = 20


def approve_at_once(application: GrantApplication) -> list[Any]:
    """`THREADS` different grant approvers approve `application` at the same moment, each on its own connection."""
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
    return outcomes


def assert_one_decision(application: GrantApplication, outcomes: list[Any]) -> None:
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


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_twenty_approvers_at_once_give_one_award_one_email_one_audit_entry() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("select_for_update is a no-op on SQLite: concurrency is tested on PostgreSQL")
    # The email is written in the applicant's language; English keeps the subject readable here.
    owner = EntrepreneurFactory.create(preferred_language="en")
    application = GrantApplicationFactory.create(
        venture=PublishedVentureFactory.create(owner=owner),
        status=ApplicationStatus.IN_REVIEW,
        requested_amount=Decimal("900000"),
    )

    outcomes = approve_at_once(application)

    assert_one_decision(application, outcomes)
    assert [m.subject for m in mail.outbox] == [f"Grant approved: {application.title}"]


@pytest.mark.worker
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_real_worker_sends_the_one_approval_email_of_twenty_concurrent_approvals(
    celery_worker: CeleryWorker,
) -> None:
    owner = EntrepreneurFactory.create(preferred_language="en", email="malee@example.org")
    application = GrantApplicationFactory.create(
        venture=PublishedVentureFactory.create(owner=owner),
        status=ApplicationStatus.IN_REVIEW,
        requested_amount=Decimal("900000"),
        title="Solar dryers for Nan",
    )
    log_position = celery_worker.log_position()

    outcomes = approve_at_once(application)

    assert_one_decision(application, outcomes)
    email = OutboundEmail.objects.get(key=f"grants:application:{application.pk}:approved")
    wait_until(
        lambda: OutboundEmail.objects.filter(pk=email.pk, sent_at__isnull=False).exists(),
        what="the worker to send the approval email",
    )
    time.sleep(1.0)  # a duplicate delivery, if there were one, would land in this second
    files = celery_worker.sent_email_files()
    assert len(files) == 1
    message = message_from_bytes(files[0].read_bytes(), policy=policy.default)
    assert message["To"] == "malee@example.org"
    assert message["Subject"] == "Grant approved: Solar dryers for Nan"
    award = Award.objects.get()
    assert award.agreement_number in message.get_body().get_content()  # type: ignore[union-attr]
    assert celery_worker.tasks_received_since(log_position, "registry.tasks.deliver_email") == 1
    assert mail.outbox == []  # nothing was sent in this process: the worker sent it
