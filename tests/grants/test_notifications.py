"""Emails to the applicant: one per decision, in their language, sent only after the decision commits."""

from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from core.models import OutboundEmail
from grants import services
from grants.models import ApplicationStatus
from grants.notifications import notify_application_status
from tests.factories import (
    ApproverFactory,
    EntrepreneurFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewerFactory,
)

pytestmark = pytest.mark.django_db


def application_of(language: str = "en", **kwargs: Any) -> Any:
    owner = EntrepreneurFactory.create(preferred_language=language)
    return GrantApplicationFactory.create(venture=PublishedVentureFactory.create(owner=owner), **kwargs)


def test_the_email_leaves_only_after_the_decision_commits(django_capture_on_commit_callbacks: Any) -> None:
    application = application_of(status=ApplicationStatus.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.application_reject(application=application, by=ApproverFactory.create(), reason="Out of budget.")
    assert mail.outbox == []
    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == f"Decision on your application: {application.title}"
    assert "Out of budget." in message.body
    assert OutboundEmail.objects.get().sent_at is not None


def test_a_decision_rolled_back_sends_nothing(django_capture_on_commit_callbacks: Any) -> None:
    application = application_of(status=ApplicationStatus.IN_REVIEW)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.application_reject(application=application, by=ApproverFactory.create(), reason="No.")
        raise RuntimeError("the surrounding work failed")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.IN_REVIEW
    assert mail.outbox == [] and not OutboundEmail.objects.exists()


def test_one_email_per_decision_even_when_asked_twice() -> None:
    application = application_of(status=ApplicationStatus.SUBMITTED)
    services.application_start_screening(application=application, by=ReviewerFactory.create())
    application.refresh_from_db()
    again = notify_application_status(application)
    assert OutboundEmail.objects.filter(key=f"grants:application:{application.pk}:screening").count() == 1
    assert again is not None and again.key.endswith(":screening")


def test_each_decision_has_its_own_email() -> None:
    application = application_of(status=ApplicationStatus.SUBMITTED)
    screener = ReviewerFactory.create()
    services.application_start_screening(application=application, by=screener)
    services.application_screen(application=application, by=screener, passed=True)
    award = services.application_approve(application=application, by=ApproverFactory.create(), amount=Decimal("1000"))
    assert award is not None
    subjects = list(OutboundEmail.objects.order_by("pk").values_list("subject", flat=True))
    assert subjects == [
        f"Your application is being screened: {application.title}",
        f"Your application passed screening: {application.title}",
        f"Grant approved: {application.title}",
    ]


def test_the_email_link_is_in_the_applicants_language() -> None:
    thai = application_of("th", status=ApplicationStatus.SUBMITTED)
    english = application_of("en", status=ApplicationStatus.SUBMITTED)
    for application in (thai, english):
        services.application_start_screening(application=application, by=ReviewerFactory.create())
    assert f"/th/my/applications/{thai.pk}/" in OutboundEmail.objects.get(to=thai.venture.owner.email).body
    assert f"/en/my/applications/{english.pk}/" in OutboundEmail.objects.get(to=english.venture.owner.email).body


def test_an_erased_applicant_gets_no_email() -> None:
    application = application_of(status=ApplicationStatus.SUBMITTED)
    owner = application.venture.owner
    owner.erased_at = timezone.now()
    owner.save()
    services.application_start_screening(application=application, by=ReviewerFactory.create())
    assert not OutboundEmail.objects.exists()
