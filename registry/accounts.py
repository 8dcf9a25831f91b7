"""Accounts: sign-up with recorded consent, email verification, password-reset emails, consents.

Every email goes through the outbox (`core.notifications.queue_email`) and is delivered by a
Celery task after the transaction commits.
"""

import datetime
import logging
import re
import uuid
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from core.models import OutboundEmail
from core.notifications import queue_email
from core.workflow import record_audit

from . import consent
from .models import ConsentRecord, Entrepreneur, User


class EmailVerificationTokenGenerator(PasswordResetTokenGenerator):
    """One-time links for confirming an email address: a link stops working once the address is
    confirmed or changed, and after PASSWORD_RESET_TIMEOUT."""

    key_salt = "registry.accounts.EmailVerificationTokenGenerator"

    def _make_hash_value(self, user: Any, timestamp: int) -> str:
        verified = "" if user.email_verified_at is None else user.email_verified_at.replace(microsecond=0, tzinfo=None)
        return f"{user.pk}{user.email}{verified}{timestamp}"


email_verification_token = EmailVerificationTokenGenerator()

logger = logging.getLogger(__name__)

_RATE = re.compile(r"^(?P<count>\d+)/(?P<multiplier>\d*)(?P<unit>[smhd])$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str) -> tuple[int, datetime.timedelta]:
    """A limit written as django-ratelimit writes them ("3/h", "30/10m") as (count, period)."""
    match = _RATE.match(rate.strip())
    if match is None:
        raise ValueError(f"not a rate like '3/h' or '30/10m': {rate!r}")
    seconds = int(match["multiplier"] or 1) * _UNIT_SECONDS[match["unit"]]
    return int(match["count"]), datetime.timedelta(seconds=seconds)


def _site_url() -> str:
    return settings.SITE_URL.rstrip("/")


def send_verification_email(*, user: User) -> OutboundEmail:
    """Queue the link that confirms `user`'s email address (sent after commit)."""
    return queue_email(
        key=f"verify_email:{user.pk}:{uuid.uuid4().hex}",
        to=user.email,
        template="emails/registry/verify_email",
        context={
            "user": user,
            "uid": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": email_verification_token.make_token(user),
            "site_url": _site_url(),
        },
        language=user.preferred_language,
    )


@transaction.atomic
def account_sign_up(
    *,
    email: str,
    password: str,
    full_name: str,
    preferred_language: str,
    consent_given: bool,
    newsletter: bool = False,
) -> User | None:
    """Create an entrepreneur's account with their recorded consent and send the verification link.

    If the address already has an account, nothing is created and its owner is emailed instead
    (returns None): the sign-up page looks the same either way, so it cannot be used to find out
    who is registered.
    """
    if not consent_given:
        raise ValidationError({"consent": _("The registry can keep your account only with your consent.")})
    email = User.objects.normalize_email(email).strip().lower()
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        queue_email(
            key=f"account_exists:{existing.pk}:{uuid.uuid4().hex}",
            to=existing.email,
            template="emails/registry/account_exists",
            context={"user": existing, "site_url": _site_url()},
            language=existing.preferred_language,
        )
        return None
    user = User(email=email, full_name=full_name.strip(), preferred_language=preferred_language)
    user.set_password(password)
    user.full_clean()
    user.save()
    Entrepreneur.objects.create(user=user)
    now = timezone.now()
    consent_give(user=user, purpose=consent.REGISTRY_PROCESSING.purpose, now=now)
    if newsletter:
        consent_give(user=user, purpose=consent.NEWSLETTER.purpose, now=now)
    record_audit(obj=user, actor=user, action="account.sign_up")
    send_verification_email(user=user)
    return user


@transaction.atomic
def verify_email(*, user: User, token: str) -> bool:
    """Mark `user`'s address confirmed if `token` is a valid link for it; False otherwise."""
    locked = User.objects.select_for_update().get(pk=user.pk)
    if locked.email_verified_at is not None:
        return True
    if not email_verification_token.check_token(locked, token):
        return False
    locked.email_verified_at = timezone.now()
    locked.save(update_fields=["email_verified_at"])
    record_audit(obj=locked, actor=locked, action="account.verify_email")
    user.email_verified_at = locked.email_verified_at
    return True


@transaction.atomic
def queue_password_reset_email(*, user: User, context: dict[str, Any]) -> OutboundEmail | None:
    """Queue a password-reset link (the context comes from Django's PasswordResetForm), unless the
    account already had settings.PASSWORD_RESET_EMAILS_PER_RECIPIENT of them in its period: then
    nothing is sent (returns None) and the page answers as always.

    The per-client-address limit alone let anyone flood one inbox from many addresses. The count
    is of the outbox's rows, so it holds across processes and cache restarts.
    """
    allowed, period = parse_rate(settings.PASSWORD_RESET_EMAILS_PER_RECIPIENT)
    # The account's row lock makes two simultaneous requests count one after the other (PostgreSQL).
    User.objects.select_for_update().filter(pk=user.pk).first()
    recent = OutboundEmail.objects.filter(
        key__startswith=f"password_reset:{user.pk}:", created_at__gte=timezone.now() - period
    ).count()
    if recent >= allowed:
        logger.info("Password-reset email to user %s not sent: %s already in the last %s", user.pk, recent, period)
        return None
    return queue_email(
        key=f"password_reset:{user.pk}:{uuid.uuid4().hex}",
        to=user.email,
        template="emails/registry/password_reset",
        context={**context, "site_url": _site_url()},
        language=user.preferred_language,
    )


# --- Consent -------------------------------------------------------------------------------------


def active_consent(user: User, purpose: str) -> ConsentRecord | None:
    return ConsentRecord.objects.filter(user=user, purpose=purpose, venture=None, withdrawn_at__isnull=True).first()


@transaction.atomic
def consent_give(*, user: User, purpose: str, now: Any = None) -> ConsentRecord:
    """Record a consent with the current text version (once: an active consent is kept)."""
    if purpose == consent.PUBLIC_CONTACT.purpose:
        raise ValidationError(_("Consent to show contact details is given on the venture's form."))
    existing = active_consent(user, purpose)
    if existing is not None:
        return existing
    text = consent.CURRENT[purpose]
    return ConsentRecord.objects.create(
        user=user, purpose=purpose, text_version=text.version, given_at=now or timezone.now()
    )


@transaction.atomic
def consent_withdraw(*, user: User, purpose: str) -> int:
    """Withdraw a consent (as easily as it was given); returns how many records it closed.

    Consent to process personal data cannot be withdrawn while the account exists: withdrawing
    it is erasing the account (`registry.privacy.erase_account`).
    """
    if purpose == consent.REGISTRY_PROCESSING.purpose:
        raise PermissionDenied(
            _("The registry cannot keep an account without this consent: erase your account to withdraw it.")
        )
    return ConsentRecord.objects.filter(user=user, purpose=purpose, venture=None, withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now()
    )
