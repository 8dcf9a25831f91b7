"""What the venture services share: permission answers, row locks, the owner's emails."""

from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from core.models import AuditEntry
from core.notifications import queue_email
from core.workflow import TransitionError

from ..models import (
    Venture,
    VentureRevision,
)


def _require(answer: tuple[bool, str]) -> None:
    allowed, reason = answer
    if not allowed:
        raise PermissionDenied(reason)


def _locked(venture: Venture) -> Venture:
    return Venture.objects.select_for_update().get(pk=venture.pk)


def _refresh(venture: Venture) -> Venture:
    """Give the caller's instance the state the service saved."""
    venture.refresh_from_db()
    return venture


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("Give a reason: the owner will read it."))
    return reason


def _email_context(venture: Venture, **extra: Any) -> dict[str, Any]:
    return {"venture": venture, "site_url": settings.SITE_URL.rstrip("/"), **extra}


def _email_owner(venture: Venture, *, entry: AuditEntry, template: str, by: Any, **extra: Any) -> None:
    """Tell the owner about a decision, once: the key is the decision's audit entry.

    Nobody is emailed about what they did themselves (an owner archiving their own venture).
    """
    owner = venture.owner
    if owner is None or not owner.is_active or owner.erased_at is not None:
        return
    if getattr(by, "pk", None) == owner.pk:
        return
    queue_email(
        key=f"{template}:{entry.pk}",
        to=owner.email,
        template=f"emails/registry/{template}",
        context=_email_context(venture, reason=entry.reason, owner=owner, **extra),
        language=owner.preferred_language,
    )


def _locked_revision(revision: VentureRevision) -> VentureRevision:
    return VentureRevision.objects.select_for_update().select_related("venture").get(pk=revision.pk)


def _email_revision_owner(revision: VentureRevision, *, entry: AuditEntry, template: str, by: Any) -> None:
    _email_owner(revision.venture, entry=entry, template=template, by=by, revision=revision)
