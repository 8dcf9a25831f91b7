"""The real background path: an email queued in a committed transaction reaches a real Celery worker
process through Redis and is sent exactly once; one queued in a rolled-back transaction never is.

Skipped without REDIS_URL and PostgreSQL; CI's second phase runs them (see .ci/run)."""

import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import redis
from django.conf import settings as django_settings
from django.db import transaction

from core.models import OutboundEmail
from core.notifications import queue_email
from core.tasks import deliver_email
from tests.support.workers import CeleryWorker, wait_until

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

DELIVER = "registry.tasks.deliver_email"


@pytest.fixture
def greeting_template(tmp_path: Path, settings: Any) -> str:
    """A `<name>_subject.txt` / `<name>_body.txt` pair that queue_email renders, in a template dir
    of the test's own so the test does not depend on the project's notification wording."""
    folder = tmp_path / "templates" / "worker_test"
    folder.mkdir(parents=True)
    (folder / "greeting_subject.txt").write_text("Hello {{ name }} · สวัสดี\n", encoding="utf-8")
    (folder / "greeting_body.txt").write_text("Dear {{ name }},\nyour registration was received.\n", encoding="utf-8")
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [{**engine, "DIRS": [tmp_path / "templates", *engine["DIRS"]]}, *settings.TEMPLATES[1:]]
    return "worker_test/greeting"


def read_message(path: Path) -> EmailMessage:
    message = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def wait_until_sent(email_id: int) -> OutboundEmail:
    return wait_until(
        lambda: OutboundEmail.objects.filter(pk=email_id, sent_at__isnull=False).first(),
        what=f"the worker to send outbound email {email_id}",
    )


def queue_length(worker: CeleryWorker) -> int:
    client = redis.Redis.from_url(django_settings.CELERY_BROKER_URL)
    try:
        return int(client.llen(worker.queue))
    finally:
        client.close()


def test_worker_sends_a_committed_email_exactly_once(celery_worker: CeleryWorker, greeting_template: str) -> None:
    log_position = celery_worker.log_position()
    with transaction.atomic():
        email = queue_email(
            key="worker-test:first", to="somchai@example.org", template=greeting_template, context={"name": "Somchai"}
        )
        # Until the row is committed nothing reaches the broker, however long the transaction runs.
        time.sleep(1.0)
        assert queue_length(celery_worker) == 0
        assert celery_worker.tasks_received_since(log_position, DELIVER) == 0

    sent = wait_until_sent(email.pk)

    assert sent.attempts == 1
    assert sent.last_error == ""
    files = celery_worker.sent_email_files()
    assert len(files) == 1
    message = read_message(files[0])
    assert message["To"] == "somchai@example.org"
    assert message["Subject"] == "Hello Somchai · สวัสดี"
    assert "your registration was received" in message.get_body().get_content()  # type: ignore[union-attr]
    assert celery_worker.tasks_received_since(log_position, DELIVER) == 1
    # Running the delivery again (a retry, a redelivered message) finds it sent and sends nothing.
    assert deliver_email(email.pk) is False
    sent.refresh_from_db()
    assert sent.attempts == 1
    assert len(celery_worker.sent_email_files()) == 1


def test_a_redelivered_task_does_not_send_twice(celery_worker: CeleryWorker, greeting_template: str) -> None:
    log_position = celery_worker.log_position()
    first = queue_email(
        key="worker-test:redelivered", to="malee@example.org", template=greeting_template, context={"name": "Malee"}
    )
    wait_until_sent(first.pk)

    # The same delivery reaches the worker again, then a second email: the worker takes its queue in
    # order, one task at a time, so once the second is sent the duplicate has been handled.
    deliver_email.delay(first.pk)
    second = queue_email(
        key="worker-test:after", to="anan@example.org", template=greeting_template, context={"name": "Anan"}
    )
    wait_until_sent(second.pk)

    assert celery_worker.tasks_received_since(log_position, DELIVER) == 3
    first.refresh_from_db()
    assert first.attempts == 1
    recipients = sorted(read_message(path)["To"] for path in celery_worker.sent_email_files())
    assert recipients == ["anan@example.org", "malee@example.org"]


def test_an_email_queued_in_a_rolled_back_transaction_is_never_sent(
    celery_worker: CeleryWorker, greeting_template: str
) -> None:
    log_position = celery_worker.log_position()
    with pytest.raises(RuntimeError, match="the approval failed"), transaction.atomic():
        queue_email(
            key="worker-test:rolled-back", to="rollback@example.org", template=greeting_template, context={"name": "X"}
        )
        raise RuntimeError("the approval failed")

    assert not OutboundEmail.objects.filter(key="worker-test:rolled-back").exists()
    assert queue_length(celery_worker) == 0
    # A committed email queued afterwards is delivered; it is the only task the worker received
    # (it takes its queue in order) and the only email it sent.
    later = queue_email(
        key="worker-test:committed", to="committed@example.org", template=greeting_template, context={"name": "Y"}
    )
    wait_until_sent(later.pk)
    assert celery_worker.tasks_received_since(log_position, DELIVER) == 1
    assert [read_message(path)["To"] for path in celery_worker.sent_email_files()] == ["committed@example.org"]
