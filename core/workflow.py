"""Explicit state machines: one transition table per model, one audit entry per state change."""

import datetime
from collections.abc import Mapping
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AuditEntry


class TransitionError(Exception):
    """A state change the transition table does not allow; the message says which and why."""

    def __init__(self, message: str, *, from_status: str = "", to_status: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.from_status = from_status
        self.to_status = to_status


def check_transition(
    obj: models.Model, to_status: str, table: Mapping[str, frozenset[str]], *, field: str = "status"
) -> str:
    """Return the current status if `to_status` is allowed from it, else raise TransitionError."""
    current = getattr(obj, field)
    if to_status not in table.get(current, frozenset()):
        labels = dict(getattr(obj._meta.get_field(field), "choices", None) or [])
        raise TransitionError(
            _("%(object)s cannot go from “%(from)s” to “%(to)s”.")
            % {
                "object": str(obj._meta.verbose_name).capitalize(),
                "from": labels.get(current, current),
                "to": labels.get(to_status, to_status),
            },
            from_status=current,
            to_status=to_status,
        )
    return current


def record_audit(
    *,
    obj: models.Model,
    actor: Any,
    action: str,
    from_status: str = "",
    to_status: str = "",
    reason: str = "",
) -> AuditEntry:
    """Append an audit entry for `obj` (never updated afterwards)."""
    return AuditEntry.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=str(obj.pk),
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        from_status=from_status,
        to_status=to_status,
        reason=reason,
    )


def apply_transition(
    obj: models.Model,
    *,
    to_status: str,
    table: Mapping[str, frozenset[str]],
    by: Any,
    action: str,
    reason: str = "",
    timestamps: tuple[str, ...] = (),
    field: str = "status",
    now: datetime.datetime | None = None,
) -> AuditEntry:
    """Move `obj` to `to_status` if the table allows it, save, and write the audit entry.

    Callers hold the row lock (`select_for_update`) and the transaction. Every timestamp the
    change sets (status_changed_at and `timestamps`) gets the same `now`.
    """
    from_status = check_transition(obj, to_status, table, field=field)
    now = now or timezone.now()
    setattr(obj, field, to_status)
    if hasattr(obj, "status_changed_at"):
        obj.status_changed_at = now
    for name in timestamps:
        setattr(obj, name, now)
    obj.full_clean()
    obj.save()
    return record_audit(obj=obj, actor=by, action=action, from_status=from_status, to_status=to_status, reason=reason)
