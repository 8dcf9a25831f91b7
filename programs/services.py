"""Writes to programmes with a business rule: opening, closing and cancelling calls, and the
impact results ventures report and staff check.

Each call change locks the call row and runs its transition of `programs.workflows.CALL`, which
writes one audit entry.
A venture's team reports impact indicators and their actual figures per period; they are public
once staff have checked them (`CheckedByStaff`), and a checked figure is no longer the team's to
change.
"""

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.dates import local_date, local_datetime
from core.workflow import TransitionError, record_audit
from registry import permissions as venture_permissions
from registry.models import SocialArea, Venture
from registry.models.ventures import VentureStatus

from .models import Call, CallStatus, CheckedByStaff, ImpactIndicator, ImpactMeasurement
from .workflows import CALL


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
    if CALL.allows(locked, "open") and locked.closes_at <= now:
        raise TransitionError(
            _("Set a closing time in the future before opening the call (it closes on %(deadline)s).")
            % {"deadline": local_datetime(locked.closes_at)},
            from_status=locked.status,
            to_status=CallStatus.OPEN,
        )
    CALL.apply(locked, "open", by=by, now=now)
    call.refresh_from_db()
    return call


@transaction.atomic
def call_close(*, call: Call, by: Any) -> Call:
    """Close an open call: no more applications are submitted to it."""
    locked = _locked(call, by)
    CALL.apply(locked, "close", by=by)
    call.refresh_from_db()
    return call


@transaction.atomic
def call_cancel(*, call: Call, by: Any, reason: str) -> Call:
    """Cancel a call that will not go ahead, with the reason."""
    if not reason.strip():
        raise TransitionError(_("Give the reason the call is cancelled."))
    locked = _locked(call, by)
    CALL.apply(locked, "cancel", by=by, reason=reason)
    call.refresh_from_db()
    return call


# --- Impact results --------------------------------------------------------------------------------

# A venture in these states no longer reports results (the reason is shown).
_NO_REPORTING = {VentureStatus.REJECTED, VentureStatus.ARCHIVED}


def can_report_results(user: Any, venture: Venture) -> tuple[bool, str]:
    """The venture's team reports its results, while the venture is neither rejected nor archived."""
    if not venture_permissions.is_on_team(user, venture):
        return False, _("Only the venture's team can report its results.")
    if venture.status in _NO_REPORTING:
        return False, _("This venture is rejected or archived, so it no longer reports results.")
    return True, ""


def can_check_results(user: Any) -> tuple[bool, str]:
    if not (user.is_active and user.is_staff and user.has_perm("programs.change_impactmeasurement")):
        return False, _("Only staff who manage impact results can mark them checked.")
    return True, ""


def _require(answer: tuple[bool, str]) -> None:
    allowed, reason = answer
    if not allowed:
        raise PermissionDenied(reason)


@transaction.atomic
def indicator_report(
    *,
    venture: Venture,
    by: Any,
    name_th: str,
    name_en: str,
    unit: str,
    baseline: Any,
    target: Any = None,
    area: SocialArea | None = None,
) -> ImpactIndicator:
    """A new indicator the team will report figures for; public once staff have checked it."""
    _require(can_report_results(by, venture))
    name_th, name_en, unit = name_th.strip(), name_en.strip(), unit.strip()
    indicator = ImpactIndicator(
        venture=venture,
        name_th=name_th,
        name_en=name_en,
        unit=unit,
        baseline=baseline,
        target=target,
        area=area,
        reported_by=by,
        reported_at=timezone.now(),
    )
    indicator.full_clean(exclude=["venture"])
    indicator.save()
    record_audit(obj=indicator, actor=by, action="impact.report_indicator")
    return indicator


@transaction.atomic
def measurement_report(
    *,
    indicator: ImpactIndicator,
    by: Any,
    period_start: datetime.date,
    period_end: datetime.date,
    actual: Any,
    today: datetime.date | None = None,
) -> ImpactMeasurement:
    """The team's actual figure for one period: a new one, or a correction of one staff have not
    checked yet. Public once staff have checked it."""
    _require(can_report_results(by, indicator.venture))
    today = today or timezone.localdate()
    if period_end < period_start:
        raise ValidationError(_("The period ends before it starts."))
    if period_start > today:
        raise ValidationError(
            _("Report a period once it has started (it starts on %(date)s).") % {"date": local_date(period_start)}
        )
    existing = (
        ImpactMeasurement.objects.select_for_update().filter(indicator=indicator, period_start=period_start).first()
    )
    if existing is not None and existing.is_checked:
        raise ValidationError(
            _(
                "Staff have already checked the figure for the period starting %(date)s. "
                "Write to the programme team if it needs correcting."
            )
            % {"date": local_date(period_start)}
        )
    measurement = existing or ImpactMeasurement(indicator=indicator, period_start=period_start)
    measurement.period_end = period_end
    measurement.actual = actual
    measurement.reported_by = by
    measurement.reported_at = timezone.now()
    measurement.full_clean(exclude=["indicator"], validate_unique=False)
    measurement.save()
    record_audit(
        obj=measurement,
        actor=by,
        action="impact.report",
        reason=_("%(actual)s for %(start)s – %(end)s")
        % {"actual": measurement.actual, "start": local_date(period_start), "end": local_date(period_end)},
    )
    return measurement


def results_entered_by_staff(*, item: CheckedByStaff, by: Any) -> None:
    """An indicator or figure staff enter themselves (in the admin) is checked as it is saved:
    only what a venture's team reports waits for a check."""
    if item.checked_at is None:
        item.checked_at = timezone.now()
        item.checked_by = by if getattr(by, "pk", None) else None


@transaction.atomic
def results_check(*, item: CheckedByStaff, by: Any) -> bool:
    """Staff mark a reported indicator or figure checked: it becomes public. Checking a figure
    checks its indicator too (a figure is read under its indicator). Returns False if it already was."""
    _require(can_check_results(by))
    model = type(item)
    locked = model.objects.select_for_update().get(pk=item.pk)
    if locked.is_checked:
        return False
    now = timezone.now()
    model.objects.filter(pk=locked.pk).update(checked_at=now, checked_by=by)
    record_audit(obj=locked, actor=by, action="impact.check")
    if isinstance(locked, ImpactMeasurement):
        results_check(item=locked.indicator, by=by)
    item.refresh_from_db()
    return True
