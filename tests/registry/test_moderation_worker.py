"""Moderation emails through a real Celery worker on Redis (PostgreSQL + Redis run): each decision
emails the owner exactly once, however often it is clicked, raced or redelivered; nothing is sent
for a decision that is refused. Skipped without REDIS_URL and PostgreSQL (see tests/conftest.py)."""

import threading
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from core.models import OutboundEmail
from core.notifications import queue_email
from core.tasks import deliver_email
from core.workflow import TransitionError
from registry.models import Venture
from registry.models.ventures import VentureStatus
from registry.profiles import profile_of_venture
from registry.services.moderation import (
    venture_archive,
    venture_publish,
    venture_revision_approve,
    venture_revision_submit,
    venture_submit,
)
from registry.services.profile import venture_save_profile
from tests.factories import EntrepreneurFactory, ReviewerFactory, VentureFactory
from tests.support.workers import CeleryWorker, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

DELIVER = "registry.tasks.deliver_email"


def subjects(worker: CeleryWorker) -> list[str]:
    found = []
    for path in worker.sent_email_files():
        message = message_from_bytes(Path(path).read_bytes(), policy=policy.default)
        found.append(" ".join(str(message["Subject"]).split()))
    return sorted(found)


def wait_for_sent(count: int) -> None:
    wait_until(
        lambda: OutboundEmail.objects.filter(sent_at__isnull=False).count() >= count,
        timeout=60,
        what=f"{count} emails to be sent by the worker",
    )


def test_each_decision_emails_the_owner_exactly_once(celery_worker: CeleryWorker) -> None:
    owner = EntrepreneurFactory.create(email="owner@example.org", preferred_language="en")
    venture = VentureFactory.create(owner=owner, status=VentureStatus.SUBMITTED, name_en="Worker Venture")
    reviewer_user = ReviewerFactory.create(email="reviewer@nia.or.th")
    reviewer = Client(HTTP_ACCEPT_LANGUAGE="en")
    reviewer.force_login(reviewer_user)
    log_position = celery_worker.log_position()

    # 1. Request changes, through the admin, clicked twice.
    url = reverse("admin:registry_venture_decide", args=[venture.pk, "request_changes"])
    for _ in range(2):
        reviewer.post(url, {"reason": "Please add an English summary.", "apply": "1"})
    # 2. The owner resubmits (no email: nobody decided anything), the reviewer publishes.
    venture_submit(venture=venture, by=owner)
    publish = reverse("admin:registry_venture_decide", args=[venture.pk, "publish"])
    for _ in range(2):
        reviewer.post(publish, {"reason": "", "apply": "1"})
    # 3. A proposed change, approved (once, though asked twice).
    profile = profile_of_venture(Venture.objects.get(pk=venture.pk))
    profile.name_en = "Worker Venture Renamed"
    revision = venture_save_profile(venture=venture, by=owner, profile=profile)
    assert revision is not None
    venture_revision_submit(revision=revision, by=owner)
    venture_revision_approve(revision=revision, by=reviewer_user)
    with pytest.raises(TransitionError):
        venture_revision_approve(revision=revision, by=reviewer_user)
    # 4. Archived.
    venture_archive(venture=venture, by=reviewer_user, reason="Closed down.")

    wait_for_sent(4)
    assert OutboundEmail.objects.count() == 4
    assert celery_worker.tasks_received_since(log_position, DELIVER) == 4

    # A redelivered task for every email sends nothing more.
    for email in OutboundEmail.objects.all():
        deliver_email.delay(email.pk)
    wait_until(
        lambda: celery_worker.tasks_received_since(log_position, DELIVER) == 8,
        timeout=60,
        what="the worker to receive the redelivered tasks",
    )
    marker = queue_email(
        key="worker-marker",
        to="marker@example.org",
        template="emails/registry/account_exists",
        context={"user": owner, "site_url": "http://testserver"},
        language="en",
    )
    wait_until(lambda: OutboundEmail.objects.filter(pk=marker.pk, sent_at__isnull=False).exists(), timeout=60)

    owner_subjects = [s for s in subjects(celery_worker) if "Worker Venture" in s]
    assert len(owner_subjects) == 4
    assert sum("update" in s for s in owner_subjects) == 1  # changes requested
    assert sum("now published" in s for s in owner_subjects) == 1
    assert sum("changes to" in s for s in owner_subjects) == 1  # the approved change
    assert sum("archived" in s for s in owner_subjects) == 1
    assert all(e.attempts == 1 for e in OutboundEmail.objects.exclude(pk=marker.pk))


def test_two_reviewers_publishing_at_once_send_one_email(celery_worker: CeleryWorker) -> None:
    owner = EntrepreneurFactory.create(email="raced@example.org", preferred_language="en")
    venture = VentureFactory.create(owner=owner, status=VentureStatus.SUBMITTED, name_en="Raced Venture")
    reviewers = [ReviewerFactory.create() for _ in range(6)]
    barrier = threading.Barrier(len(reviewers))
    outcomes: list[str] = []

    def publish(reviewer: Any) -> None:
        try:
            barrier.wait()
            venture_publish(venture=Venture.objects.get(pk=venture.pk), by=reviewer)
            outcomes.append("published")
        except TransitionError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=publish, args=(r,)) for r in reviewers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["published"] + ["refused"] * (len(reviewers) - 1)
    wait_for_sent(1)
    assert OutboundEmail.objects.filter(to="raced@example.org").count() == 1
    assert [s for s in subjects(celery_worker) if "Raced Venture" in s] == ["“Raced Venture” is now published"]
