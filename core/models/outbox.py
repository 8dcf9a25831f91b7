from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboundEmail(models.Model):
    """An email the registry owes someone. The unique key makes every notification send once.

    Services create the row inside their transaction and enqueue delivery after commit. The
    delivery task (core.tasks.deliver_email) claims the row (`sending_since`), hands the message
    to the mail server and, straight after the server's 250, commits `sent_at`: a row with
    `sent_at` is never sent again.
    """

    key = models.CharField(_("idempotency key"), max_length=200, unique=True)
    to = models.EmailField(_("to"))
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # Set while a delivery is talking to the mail server; one older than OUTBOX_SENDING_TIMEOUT
    # belongs to a delivery that died and is taken over.
    sending_since = models.DateTimeField(_("sending since"), null=True, blank=True)
    # When core.tasks.requeue_unsent_emails last queued a delivery of it again.
    requeued_at = models.DateTimeField(_("queued again at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        db_table = "registry_outboundemail"  # moved from the registry app, table kept
        ordering = ["-created_at"]
        indexes = [
            # What the periodic re-queue reads every minute: the few unsent rows, not the whole outbox.
            models.Index(fields=["created_at"], condition=Q(sent_at__isnull=True), name="outbox_unsent_idx"),
        ]
        verbose_name = _("outbound email")
        verbose_name_plural = _("outbound emails")

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"
