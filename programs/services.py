"""Writes to programmes with a business rule: opening, closing and cancelling calls.

Each change locks the call row, follows `CALL_TRANSITIONS` and writes one audit entry.
"""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from registry.dates import local_datetime
from registry.workflow import TransitionError, apply_transition

from .models import CALL_TRANSITIONS, Call, CallStatus


def can_manage_calls(user: Any) -> tuple[bool, str]:
    if not user.has_perm("programs.change_call"):
        return False, _("Only programme managers can open, close or cancel calls.")
    return True, ""


def _locked(call: Call, by: Any) -> Call:
    allowed, reason = can_manage_calls(by)
    if not allowed:
        raise PermissionDenied(reason)
    return Call.objects.select_for_update().get(pk=call.pk)


@transaction.atomic
def call_open(*, call: Call, by: Any, now: datetime.datetime | None = None) -> Call:
    """Open a draft (or re-open a closed) call; its closing time must still be ahead."""
    locked = _locked(call, by)
    now = now or timezone.now()
    if CallStatus.OPEN in CALL_TRANSITIONS[locked.status] and locked.closes_at <= now:
        raise TransitionError(
            _("Set a closing time in the future before opening the call (it closes on %(deadline)s).")
            % {"deadline": local_datetime(locked.closes_at)},
            from_status=locked.status,
            to_status=CallStatus.OPEN,
        )
    apply_transition(locked, to_status=CallStatus.OPEN, table=CALL_TRANSITIONS, by=by, action="call.open", now=now)
    call.refresh_from_db()
    return call


@transaction.atomic
def call_close(*, call: Call, by: Any) -> Call:
    """Close an open call: no more applications are submitted to it."""
    locked = _locked(call, by)
    apply_transition(locked, to_status=CallStatus.CLOSED, table=CALL_TRANSITIONS, by=by, action="call.close")
    call.refresh_from_db()
    return call


@transaction.atomic
def call_cancel(*, call: Call, by: Any, reason: str) -> Call:
    """Cancel a call that will not go ahead, with the reason."""
    if not reason.strip():
        raise TransitionError(_("Give the reason the call is cancelled."))
    locked = _locked(call, by)
    apply_transition(
        locked, to_status=CallStatus.CANCELLED, table=CALL_TRANSITIONS, by=by, action="call.cancel", reason=reason
    )
    call.refresh_from_db()
    return call
