"""Background work every app shares: delivering the outbox's emails."""

import datetime
import functools
import hashlib
import logging
from email.utils import parseaddr
from typing import Any

from celery import Task, shared_task
from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.utils import DNS_NAME
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerUnreachable

from .models import OutboundEmail

logger = logging.getLogger(__name__)


class QueuedWhenBrokerIsUp(Task):
    """A task whose queuing may be skipped while the broker (Redis) is down, because something
    queues it again later: an email's delivery (requeue_unsent_emails, every minute), the browse
    facet recount (the next change or page view after RECOUNT_PENDING_SECONDS). Queuing one from a
    page then logs a warning instead of failing the page with a 500 after its work was committed
    (a sign-up, a directory page). Tasks without such a second chance keep raising."""

    def apply_async(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().apply_async(*args, **kwargs)
        except BrokerUnreachable as error:
            logger.warning("The broker is unreachable: %s not queued now (%s)", self.name, error)
            return None


def message_id(email: OutboundEmail) -> str:
    """The email's Message-ID, the same every time this outbox row is sent: a copy sent again after
    a crash carries the Message-ID of the first, so a mail system can tell it is the same message."""
    digest = hashlib.sha256(email.key.encode()).hexdigest()[:16]
    domain = parseaddr(settings.DEFAULT_FROM_EMAIL)[1].rpartition("@")[2] or str(DNS_NAME)
    return f"<outbox.{email.pk}.{digest}@{domain}>"


def _close_quietly(backend: Any) -> None:
    """End the SMTP session. The message is already handed over (or already failed): a QUIT that
    fails or times out changes nothing about it."""
    try:
        backend.close()
    except Exception:  # nothing to do about a failed goodbye
        logger.warning("Closing the mail server connection failed", exc_info=True)


@shared_task(
    # The name queued messages carry: kept from when this task lived in registry.tasks, so a
    # delivery queued before a deploy is still run by the workers after it.
    name="registry.tasks.deliver_email",
    base=QueuedWhenBrokerIsUp,
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=15 * 60,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
)
def deliver_email(email_id: int) -> bool:
    """Send one outbox email unless it was already handed to the mail server; safe to run twice or
    concurrently.

    1. Claim the row (`sending_since`) in one conditional, committed UPDATE: a second delivery
       running at the same time finds it claimed and leaves it; a claim older than
       OUTBOX_SENDING_TIMEOUT is a delivery that died, and is taken over.
    2. Hand the message to the mail server, no transaction open.
    3. Straight after the server's 250, before anything else (even the QUIT), commit `sent_at` in
       a write of its own. From then on no retry sends it again.

    A crash between the 250 and that commit (a few milliseconds) can still send it twice: SMTP
    cannot be exactly-once. The stable Message-ID lets mail systems recognise such a copy.
    """
    started = timezone.now()
    abandoned = started - datetime.timedelta(seconds=settings.OUTBOX_SENDING_TIMEOUT)
    with transaction.atomic(durable=True):
        claimed = (
            OutboundEmail.objects.filter(pk=email_id, sent_at__isnull=True)
            .filter(Q(sending_since__isnull=True) | Q(sending_since__lt=abandoned))
            .update(sending_since=started, attempts=F("attempts") + 1)
        )
    if not claimed:
        return False  # handed over already, or another delivery is sending it right now
    email = OutboundEmail.objects.get(pk=email_id)
    message = EmailMessage(
        email.subject,
        email.body,
        settings.DEFAULT_FROM_EMAIL,
        [email.to],
        headers={"Message-ID": message_id(email)},
    )
    backend = get_connection(fail_silently=False)
    try:
        backend.open()
        sent = backend.send_messages([message])
    except OSError as exc:  # smtplib's errors are OSErrors: Celery retries with backoff
        with transaction.atomic(durable=True):
            OutboundEmail.objects.filter(pk=email_id, sending_since=started).update(
                sending_since=None, last_error=str(exc)[:1000]
            )
        _close_quietly(backend)
        raise
    if sent:
        with transaction.atomic(durable=True):
            OutboundEmail.objects.filter(pk=email_id).update(sent_at=timezone.now(), sending_since=None, last_error="")
    _close_quietly(backend)
    return bool(sent)


# Rows looked at per run; the next run (a minute later) takes the rest.
REQUEUE_BATCH = 500


@shared_task(name="core.tasks.requeue_unsent_emails", acks_late=True, soft_time_limit=60, time_limit=90)
def requeue_unsent_emails() -> int:
    """Queue a delivery again for each outbox email still unsent OUTBOX_REQUEUE_AFTER_MINUTES after it
    was written (or last re-queued), unless a live delivery is sending it; returns how many.

    Celery redelivers the task of a killed worker only after the broker's visibility timeout, and
    a delivery queued while the broker was down is never queued at all: this periodic task (beat)
    puts every such row back in the queue. Safe to run twice or concurrently: each row is taken
    by one conditional UPDATE of `requeued_at`, and the delivery itself skips a row already sent.
    Rows older than OUTBOX_GIVE_UP_AFTER_DAYS are left for staff to look at (admin: unsent).
    """
    now = timezone.now()
    wait = datetime.timedelta(minutes=settings.OUTBOX_REQUEUE_AFTER_MINUTES)
    due = (
        OutboundEmail.objects.filter(
            sent_at__isnull=True,
            created_at__lt=now - wait,
            created_at__gte=now - datetime.timedelta(days=settings.OUTBOX_GIVE_UP_AFTER_DAYS),
        )
        .filter(Q(requeued_at__isnull=True) | Q(requeued_at__lt=now - wait))
        .filter(
            Q(sending_since__isnull=True)
            | Q(sending_since__lt=now - datetime.timedelta(seconds=settings.OUTBOX_SENDING_TIMEOUT))
        )
    )
    requeued = 0
    for email_id in list(due.order_by("created_at").values_list("pk", flat=True)[:REQUEUE_BATCH]):
        with transaction.atomic():
            # The same conditions again, in the UPDATE: a concurrent run that took the row first
            # has set requeued_at, so this one updates nothing and queues nothing.
            if due.filter(pk=email_id).update(requeued_at=now):
                transaction.on_commit(functools.partial(deliver_email.delay, email_id))
                requeued += 1
    if requeued:
        logger.warning("Queued %s unsent outbox email(s) again", requeued)
    return requeued
