"""Emails to an applicant about their application and award, queued by the grant services.

Each email has a key of its own per decision (an application reaches each status at most once,
a tranche is paid once, an award is closed once), so a retried or concurrent service call can
never send it twice. Delivery happens after commit (`core.notifications.queue_email`).
"""

from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.models import OutboundEmail
from core.notifications import queue_email

from .models import Award, Disbursement, GrantApplication

# The application statuses the applicant hears about, and the template each one uses.
STATUS_TEMPLATES: dict[str, str] = {
    GrantApplication.Status.SUBMITTED: "emails/grants/application_submitted",
    GrantApplication.Status.SCREENING: "emails/grants/application_screening",
    GrantApplication.Status.IN_REVIEW: "emails/grants/application_in_review",
    GrantApplication.Status.APPROVED: "emails/grants/application_approved",
    GrantApplication.Status.REJECTED: "emails/grants/application_not_funded",
    GrantApplication.Status.WITHDRAWN: "emails/grants/application_withdrawn",
}


def application_email_key(application: GrantApplication, status: str) -> str:
    return f"grants:application:{application.pk}:{status}"


def _recipient(application: GrantApplication) -> Any:
    person = application.applicant or application.venture.owner
    if person is None or not person.email or getattr(person, "erased_at", None):
        return None
    return person


def _detail_url(application: GrantApplication, language: str) -> str:
    with translation.override(language):
        path = reverse("grants:application_detail", kwargs={"pk": application.pk})
    return settings.SITE_URL.rstrip("/") + path


def _queue(application: GrantApplication, *, key: str, template: str, **context: Any) -> OutboundEmail | None:
    person = _recipient(application)
    if person is None:
        return None
    language = person.preferred_language or settings.LANGUAGE_CODE
    return queue_email(
        key=key,
        to=person.email,
        template=template,
        language=language,
        context={
            "person": person,
            "application": application,
            "venture": application.venture,
            "call": application.call,
            "url": _detail_url(application, language),
            **context,
        },
    )


def notify_application_status(
    application: GrantApplication, *, reason: str = "", award: Award | None = None
) -> OutboundEmail | None:
    """Tell the applicant the application reached its current status (once per status)."""
    template = STATUS_TEMPLATES.get(application.status)
    if template is None:
        return None
    return _queue(
        application,
        key=application_email_key(application, application.status),
        template=template,
        reason=reason,
        award=award,
    )


def notify_tranche_paid(tranche: Disbursement, award: Award) -> OutboundEmail | None:
    """Tell the applicant a tranche of their award was paid."""
    return _queue(
        award.application,
        key=f"grants:award:{award.pk}:tranche:{tranche.sequence}:paid",
        template="emails/grants/tranche_paid",
        award=award,
        tranche=tranche,
    )


def notify_award_closed(award: Award) -> OutboundEmail | None:
    """Tell the applicant their award was closed with its final report."""
    return _queue(
        award.application,
        key=f"grants:award:{award.pk}:closed",
        template="emails/grants/award_closed",
        award=award,
    )
