"""Outbox emails a delivery never finished (a worker killed mid-task, a broker down when the row was
committed) are queued again by a periodic task, once, and sent once; the broker's visibility
timeout covers the longest any task can hold a message."""

import contextlib
import datetime
import json
import os
import signal
import subprocess
import sys
import threading
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
from django.conf import settings as django_settings
from django.core import mail
from django.db import connection
from django.utils import timezone

from config.celery import app
from core.models import OutboundEmail
from core.tasks import deliver_email, requeue_unsent_emails
from tests.factories import OutboundEmailFactory
from tests.support.smtp import SmtpBehaviour, running_smtp_server
from tests.support.workers import CeleryWorker, wait_until


def minutes_ago(minutes: float) -> datetime.datetime:
    return timezone.now() - datetime.timedelta(minutes=minutes)


def outbox_rows(settings: Any) -> dict[str, OutboundEmail]:
    """One abandoned row among rows the re-queue must leave alone."""
    wait = settings.OUTBOX_REQUEUE_AFTER_MINUTES
    return {
        # written 2 waits ago; its delivery claimed it and died (the claim is long abandoned)
        "abandoned": OutboundEmailFactory.create(
            to="abandoned@example.org",
            created_at=minutes_ago(2 * wait),
            sending_since=minutes_ago(2 * wait),
            attempts=1,
        ),
        "sent": OutboundEmailFactory.create(
            to="sent@example.org", created_at=minutes_ago(2 * wait), sent_at=timezone.now()
        ),
        # its first delivery may simply not have run yet
        "fresh": OutboundEmailFactory.create(to="fresh@example.org", created_at=minutes_ago(wait / 2)),
        # a delivery is talking to the mail server right now
        "sending": OutboundEmailFactory.create(
            to="sending@example.org", created_at=minutes_ago(2 * wait), sending_since=timezone.now()
        ),
        # past the age at which the outbox gives up: left for staff to look at
        "given_up": OutboundEmailFactory.create(
            to="given-up@example.org", created_at=timezone.now() - datetime.timedelta(days=30)
        ),
    }


@pytest.mark.django_db
def test_an_abandoned_email_is_queued_again_and_sent_once(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    rows = outbox_rows(settings)

    with django_capture_on_commit_callbacks(execute=True):  # eager tasks, as on the embedded default
        first = requeue_unsent_emails()
        second = requeue_unsent_emails()  # beat running it twice, or a second beat

    assert (first, second) == (1, 0)
    assert [m.to for m in mail.outbox] == [["abandoned@example.org"]]
    abandoned = OutboundEmail.objects.get(pk=rows["abandoned"].pk)
    assert abandoned.sent_at is not None
    assert abandoned.attempts == 2
    assert OutboundEmail.objects.filter(sent_at__isnull=True).count() == 3  # fresh, sending, given up


@pytest.mark.django_db
def test_an_email_still_unsent_is_queued_again_only_once_per_wait(
    settings: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """A mail server that keeps refusing: the row is queued again every OUTBOX_REQUEUE_AFTER_MINUTES,
    not at every beat."""
    email = OutboundEmailFactory.create(created_at=minutes_ago(3 * settings.OUTBOX_REQUEUE_AFTER_MINUTES))
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 1  # nothing listens
    # The delivery fails (eagerly: Celery's retries end in an error or a Retry, either way unsent).
    with contextlib.suppress(Exception), django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_emails() == 1
    assert OutboundEmail.objects.get(pk=email.pk).sent_at is None
    assert requeue_unsent_emails() == 0

    OutboundEmail.objects.filter(pk=email.pk).update(requeued_at=minutes_ago(settings.OUTBOX_REQUEUE_AFTER_MINUTES + 1))
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_unsent_emails() == 1
    assert len(mail.outbox) == 1


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_requeue_runs_at_the_same_moment_queue_an_email_once(settings: Any) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks need PostgreSQL (SQLite serialises the whole database)")
    rows = outbox_rows(settings)
    start = threading.Barrier(2)
    counts: list[int] = []

    def run() -> None:
        try:
            start.wait()
            counts.append(requeue_unsent_emails())
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(counts) == [0, 1]
    assert [m.to for m in mail.outbox] == [["abandoned@example.org"]]
    assert OutboundEmail.objects.get(pk=rows["abandoned"].pk).sent_at is not None


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_sends_an_abandoned_email_exactly_once(celery_worker: CeleryWorker, settings: Any) -> None:
    """PostgreSQL, Redis and a worker process: the re-queue, queued twice through the broker as
    beat would, makes the worker send the abandoned email once and nothing else."""
    rows = outbox_rows(settings)
    log_position = celery_worker.log_position()

    requeue_unsent_emails.delay()
    requeue_unsent_emails.delay()

    wait_until(
        lambda: OutboundEmail.objects.filter(pk=rows["abandoned"].pk, sent_at__isnull=False).exists(),
        what="the worker to send the abandoned email",
    )
    wait_until(
        lambda: celery_worker.tasks_received_since(log_position, "core.tasks.requeue_unsent_emails") == 2,
        what="both re-queue runs",
    )
    # The worker takes its queue in order: once this one is sent, everything queued before it ran.
    marker = OutboundEmailFactory.create(to="marker@example.org")
    deliver_email.delay(marker.pk)
    wait_until(lambda: OutboundEmail.objects.filter(pk=marker.pk, sent_at__isnull=False).exists(), what="marker")
    files = celery_worker.sent_email_files()
    recipients = sorted(path.read_text(errors="replace").split("\nTo: ", 1)[1].split("\n", 1)[0] for path in files)
    assert recipients == ["abandoned@example.org", "marker@example.org"]


def test_the_periodic_re_queue_is_scheduled() -> None:
    schedule = django_settings.CELERY_BEAT_SCHEDULE.values()
    entries = [entry for entry in schedule if entry["task"] == "core.tasks.requeue_unsent_emails"]
    assert len(entries) == 1
    assert entries[0]["schedule"] <= 60  # seconds: the worst-case wait in the README counts on it


def test_the_broker_waits_longer_than_any_task_can_hold_a_message() -> None:
    """Redis hands an unacknowledged task to another worker after the visibility timeout: shorter
    than a task can run (plus the retry delay it may wait for first), a long task would run twice;
    much longer, a killed worker's tasks wait for nothing."""
    app.loader.import_default_modules()
    timeout = django_settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    longest = 0
    for name, task in app.tasks.items():
        if name.startswith("celery."):
            continue
        limit = task.time_limit or django_settings.CELERY_TASK_TIME_LIMIT
        retry_wait = 0
        if getattr(task, "autoretry_for", ()):
            backoff = getattr(task, "retry_backoff", False)
            retry_wait = getattr(task, "retry_backoff_max", 600) if backoff else task.default_retry_delay
        longest = max(longest, limit + retry_wait)
    assert timeout > longest
    assert timeout <= longest + 15 * 60


def _unacked_tags_of(client: Any, queue: str) -> list[bytes]:
    """kombu's Redis transport keeps a delivered, unacknowledged task in the "unacked" hash until it
    is acknowledged or the visibility timeout gives it back to its queue."""
    tags = []
    for tag, payload in client.hgetall("unacked").items():
        _message, _exchange, routing_key = json.loads(payload)
        if routing_key == queue:
            tags.append(tag)
    return tags


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_while_sending_leaves_an_email_the_re_queue_sends_once(settings: Any) -> None:
    """A real worker process is SIGKILLed while the mail server holds its message (no 250 yet). The
    row stays claimed and unsent; once the claim is abandoned and the wait is over, the re-queue
    sends it, exactly once, and a second run sends nothing."""
    missing = pytest.fail if os.environ.get("REQUIRE_WORKER_TESTS") else pytest.skip
    if not os.environ.get("REDIS_URL") or connection.vendor != "postgresql":
        missing("needs PostgreSQL and Redis: a worker process shares the test database through them")
    queue = f"kill-test-{os.getpid()}"  # not the session worker's queue: only this worker takes it
    email = OutboundEmailFactory.create(to="killed@example.org")
    database = urlsplit(os.environ["DATABASE_URL"])._replace(path="/" + str(connection.settings_dict["NAME"]))
    broker = redis.Redis.from_url(django_settings.CELERY_BROKER_URL)

    with running_smtp_server(SmtpBehaviour(hang_on_data=True)) as server:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.test",
            "DATABASE_URL": urlunsplit(database),
            "TEST_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_URL": f"smtp://127.0.0.1:{server.port}",
        }
        hostname = f"kill-test-{os.getpid()}@localhost"
        command = [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool=solo", f"--queues={queue}"]
        command += [f"--hostname={hostname}", "--without-gossip", "--without-mingle", "--loglevel=WARNING"]
        worker = subprocess.Popen(command, cwd=settings.BASE_DIR, env=env, stdout=subprocess.DEVNULL)
        try:
            wait_until(lambda: app.control.ping(destination=[hostname], timeout=1.0), timeout=60, what="the worker")
            was_eager = app.conf.task_always_eager
            app.conf.task_always_eager = False
            try:
                deliver_email.apply_async(args=(email.pk,), queue=queue)
            finally:
                app.conf.task_always_eager = was_eager
            assert server.data_received.wait(timeout=60), "the worker never sent the message"
            worker.send_signal(signal.SIGKILL)
            worker.wait(timeout=30)
        finally:
            if worker.poll() is None:
                worker.kill()
                worker.wait(timeout=30)

        killed = OutboundEmail.objects.get(pk=email.pk)
        assert (killed.sent_at, killed.attempts) == (None, 1)
        assert killed.sending_since is not None  # claimed by the delivery that died
        assert server.accepted == []
        assert len(_unacked_tags_of(broker, queue)) == 1  # Redis would give it back only after 40 minutes

        # Later: the claim is abandoned and the wait is over (moved back in time, not waited for).
        server.behaviour.hang_on_data = False
        long_ago = minutes_ago(settings.OUTBOX_REQUEUE_AFTER_MINUTES + settings.OUTBOX_SENDING_TIMEOUT / 60 + 1)
        OutboundEmail.objects.filter(pk=email.pk).update(created_at=long_ago, sending_since=long_ago)
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", server.port, False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        assert requeue_unsent_emails() == 1  # eager here: the delivery runs in this process
        assert requeue_unsent_emails() == 0

    assert len(server.accepted) == 1
    sent = OutboundEmail.objects.get(pk=email.pk)
    assert sent.sent_at is not None
    assert sent.attempts == 2
    # The killed worker's task, redelivered after the visibility timeout, would find it sent; it is
    # removed here so that it does not linger in the test broker.
    for tag in _unacked_tags_of(broker, queue):
        broker.hdel("unacked", tag)
        broker.zrem("unacked_index", tag)
    broker.close()
