"""Background work of the registry app."""

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.db import OperationalError, transaction
from django.db.models import F
from django.utils import timezone

from .models import OutboundEmail


@shared_task(
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


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=5 * 60,
    max_retries=5,
    soft_time_limit=60,
    time_limit=90,
)
def reindex_venture_search(venture_id: int) -> bool:
    """Bring one venture's search document in line with the venture; safe to run twice."""
    from .search.index import reindex_venture

    return reindex_venture(venture_id)


@shared_task(
    acks_late=True,
    autoretry_for=(OperationalError,),
    retry_backoff=5,
    retry_backoff_max=5 * 60,
    max_retries=5,
    soft_time_limit=300,
    time_limit=360,
)
def reindex_ventures_search(venture_ids: list[int]) -> int:
    """Bring many ventures' search documents in line (an import's batch); safe to run twice."""
    from .search.index import reindex_ventures

    return len(reindex_ventures(venture_ids))
