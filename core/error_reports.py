"""Uncaught errors reach the people who run the site: an email to each of settings.ADMINS, written to
the outbox and delivered like every other email (so a mail server that is down delays it, and
nothing is lost with the request that failed)."""

import hashlib
import logging
import time
from typing import Any

from django.conf import settings
from django.utils.functional import Promise as StrPromise
from django.utils.log import AdminEmailHandler

# One email per kind of error and admin in this many seconds: an error hit by every request, or a
# mail server that is down (each failed delivery is itself an error), does not flood the inboxes.
REPORT_WINDOW_SECONDS = 10 * 60


def error_signature(record: logging.LogRecord) -> str:
    """What makes two log records "the same error": the logger, the message before its arguments
    are filled in (so request paths and task ids do not count), the exception's type and where it
    was raised."""
    parts = [record.name, str(record.msg)]
    if record.exc_info and record.exc_info[0] is not None:
        parts.append(record.exc_info[0].__qualname__)
        traceback = record.exc_info[2]
        while traceback is not None and traceback.tb_next is not None:
            traceback = traceback.tb_next
        if traceback is not None:
            parts.append(f"{traceback.tb_frame.f_code.co_filename}:{traceback.tb_lineno}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


class OutboxAdminEmailHandler(AdminEmailHandler):
    """Django's AdminEmailHandler (same subject, same traceback text with passwords and settings
    hidden), writing to the outbox instead of calling the mail server inside the failing request."""

    def emit(self, record: logging.LogRecord) -> None:
        self._record = record
        super().emit(record)

    def send_mail(self, subject: "str | StrPromise", message: "str | StrPromise", *args: Any, **kwargs: Any) -> None:
        if not settings.ADMINS:
            return
        # Imported here: logging is configured before the apps are loaded.
        from core.notifications import queue_text_email

        window = int(time.time() // REPORT_WINDOW_SECONDS)
        signature = error_signature(self._record)
        try:
            for _name, address in settings.ADMINS:
                queue_text_email(
                    key=f"error_report:{signature}:{window}:{address}"[:200],
                    to=address,
                    subject=f"{settings.EMAIL_SUBJECT_PREFIX}{subject}",
                    body=str(message),
                )
        except Exception:  # noqa: BLE001 - a database down, a broken transaction…: never fail the caller
            self.handleError(self._record)
