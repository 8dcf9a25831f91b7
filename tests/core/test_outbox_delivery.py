"""The outbox's delivery through a real SMTP conversation (tests/support/smtp.py on 127.0.0.1, Django's
SMTP backend): an email the server accepted (250) is recorded as handed over at once, in its own
committed write, so nothing after the 250 (a QUIT that never comes back, a killed worker) can
make a retry send it again; each message carries a Message-ID that stays the same on a resend."""

import datetime
import re
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from core.models import OutboundEmail
from core.tasks import deliver_email
from tests.factories import OutboundEmailFactory
from tests.support.smtp import SmtpBehaviour, running_smtp_server

# RFC 5322 msg-id: "<" dot-atom-text "@" dot-atom-text ">"
ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
MSG_ID = re.compile(rf"^<{ATOM}(?:\.{ATOM})*@{ATOM}(?:\.{ATOM})*>$")


@pytest.fixture
def smtp_settings(settings: Any) -> Any:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 1
    settings.DEFAULT_FROM_EMAIL = "Social Innovation Registry <noreply@registry.nia.or.th>"
    return settings


@pytest.mark.django_db
def test_an_email_reaches_the_server_once_with_a_stable_message_id(smtp_settings: Any) -> None:
    email = OutboundEmailFactory.create(to="somchai@example.org")
    other = OutboundEmailFactory.create(to="malee@example.org")
    with running_smtp_server() as server:
        smtp_settings.EMAIL_PORT = server.port
        assert deliver_email(email.pk) is True
        assert deliver_email(email.pk) is False  # a retry or a redelivered task: already handed over
        deliver_email(other.pk)
        # Sent again on purpose (staff clearing the mark): the same Message-ID, so a mail system
        # that saw the first copy can tell it is the same message.
        OutboundEmail.objects.filter(pk=email.pk).update(sent_at=None)
        deliver_email(email.pk)

    first, second, again = server.messages()
    assert [m["To"] for m in (first, second, again)] == [email.to, other.to, email.to]
    assert first["Subject"].strip() == email.subject
    assert MSG_ID.match(first["Message-ID"]), first["Message-ID"]
    assert first["Message-ID"].endswith("@registry.nia.or.th>")  # the sender's domain
    assert again["Message-ID"] == first["Message-ID"]
    assert second["Message-ID"] != first["Message-ID"]
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.last_error == ""


@pytest.mark.django_db
def test_a_server_that_accepts_and_then_never_answers_quit_gets_the_email_once(smtp_settings: Any) -> None:
    """The 250 came, then the QUIT timed out: the email is handed over, the delivery succeeds and
    no retry sends it again."""
    email = OutboundEmailFactory.create()
    with running_smtp_server(SmtpBehaviour(hang_on_quit=True)) as server:
        smtp_settings.EMAIL_PORT = server.port
        deliver_email(email.pk)
        for _retry in range(2):
            deliver_email(email.pk)

    assert len(server.accepted) == 1
    email.refresh_from_db()
    assert email.sent_at is not None
    assert email.attempts == 1


@pytest.mark.django_db(transaction=True)
def test_the_hand_over_is_committed_before_the_connection_is_closed(smtp_settings: Any) -> None:
    """When QUIT reaches the server, another database connection already sees the email as sent:
    a worker killed at that moment leaves nothing for a retry to send again."""
    email = OutboundEmailFactory.create()
    seen_at_quit: list[Any] = []

    def look_from_another_connection() -> None:  # runs in the server's thread: its own connection
        try:
            seen_at_quit.append(OutboundEmail.objects.get(pk=email.pk).sent_at)
        finally:
            connection.close()

    with running_smtp_server(SmtpBehaviour(on_quit=look_from_another_connection)) as server:
        smtp_settings.EMAIL_PORT = server.port
        assert deliver_email(email.pk) is True

    assert server.quits == 1
    assert len(seen_at_quit) == 1
    assert seen_at_quit[0] is not None


@pytest.mark.django_db
def test_a_refused_email_is_kept_and_sent_once_on_the_retry(smtp_settings: Any) -> None:
    email = OutboundEmailFactory.create()
    with running_smtp_server(SmtpBehaviour(refuse_data=1)) as server:
        smtp_settings.EMAIL_PORT = server.port
        with pytest.raises(OSError, match="Try again later"):  # Celery retries it with backoff
            deliver_email(email.pk)
        email.refresh_from_db()
        assert email.sent_at is None
        assert "Try again later" in email.last_error
        assert deliver_email(email.pk) is True
        assert deliver_email(email.pk) is False

    assert len(server.accepted) == 1
    email.refresh_from_db()
    assert email.attempts == 2
    assert email.sent_at is not None


@pytest.mark.django_db
def test_an_email_another_delivery_is_sending_is_left_to_it_until_that_one_is_abandoned(
    smtp_settings: Any, settings: Any
) -> None:
    email = OutboundEmailFactory.create()
    with running_smtp_server() as server:
        smtp_settings.EMAIL_PORT = server.port
        OutboundEmail.objects.filter(pk=email.pk).update(sending_since=timezone.now())
        assert deliver_email(email.pk) is False
        assert server.accepted == []

        abandoned = timezone.now() - datetime.timedelta(seconds=settings.OUTBOX_SENDING_TIMEOUT + 1)
        OutboundEmail.objects.filter(pk=email.pk).update(sending_since=abandoned)
        assert deliver_email(email.pk) is True

    assert len(server.accepted) == 1
