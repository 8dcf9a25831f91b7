"""Emails every app sends: recorded once in the outbox, delivered by a task after commit."""

from typing import Any

from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import translation

from .models import OutboundEmail
from .tasks import deliver_email


def queue_email(*, key: str, to: str, template: str, context: dict[str, Any], language: str = "th") -> OutboundEmail:
    """Record the email under `key` (once: a second call with the key returns the first) and
    enqueue its delivery after the surrounding transaction commits.

    `template` names a pair `<template>_subject.txt` / `<template>_body.txt`, rendered in `language`.
    """
    existing = OutboundEmail.objects.filter(key=key).first()
    if existing is not None:
        return existing
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}_body.txt", context)
    return queue_text_email(key=key, to=to, subject=subject, body=body)


def queue_text_email(*, key: str, to: str, subject: str, body: str) -> OutboundEmail:
    """Record an email whose text is already written (once per `key`) and enqueue its delivery
    after commit: queue_email without templates, for messages to the people who run the site."""
    existing = OutboundEmail.objects.filter(key=key).first()
    if existing is not None:
        return existing
    subject = " ".join(subject.split())[: OutboundEmail._meta.get_field("subject").max_length]
    try:
        with transaction.atomic():
            email = OutboundEmail.objects.create(key=key, to=to, subject=subject, body=body)
    except IntegrityError:
        return OutboundEmail.objects.get(key=key)
    email_id = email.pk
    transaction.on_commit(lambda: deliver_email.delay(email_id))
    return email
