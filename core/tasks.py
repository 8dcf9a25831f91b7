"""Background work every app shares: delivering the outbox's emails."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import OutboundEmail


@shared_task(
    # The name queued messages carry: kept from when this task lived in registry.tasks, so a
    # delivery queued before a deploy is still run by the workers after it.
    name="registry.tasks.deliver_email",
    acks_late=True,
    autoretry_for=(OSError,),
    retry_backoff=30,
    retry_backoff_max=15 * 60,
    max_retries=8,
    soft_time_limit=60,
    time_limit=90,
)
def deliver_email(email_id: int) -> bool:
    """Send one outbox email unless it was already sent; safe to run twice or concurrently."""
    try:
        with transaction.atomic():
            # The row lock makes a concurrent second delivery wait, then find it already sent.
            email = OutboundEmail.objects.select_for_update().filter(pk=email_id, sent_at__isnull=True).first()
            if email is None:
                return False
            send_mail(email.subject, email.body, settings.DEFAULT_FROM_EMAIL, [email.to], fail_silently=False)
            email.attempts += 1
            email.sent_at = timezone.now()
            email.last_error = ""
            email.save(update_fields=["attempts", "sent_at", "last_error"])
    except OSError as exc:
        OutboundEmail.objects.filter(pk=email_id).update(attempts=F("attempts") + 1, last_error=str(exc)[:1000])
        raise
    return True
