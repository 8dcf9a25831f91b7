"""Every write to ventures that carries a business rule. Views, admin, API and tasks call these."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Venture, VentureArea
from .models.ventures import VENTURE_TRANSITIONS, VentureStatus
from .search.index import schedule_search_reindex
from .workflow import TransitionError, apply_transition, record_audit


def _locked(venture: Venture) -> Venture:
    return Venture.objects.select_for_update().get(pk=venture.pk)


def _refresh(venture: Venture) -> Venture:
    """Give the caller's instance the state the service saved."""
    venture.refresh_from_db()
    return venture


def venture_set_areas(*, venture: Venture, areas: list[Any], primary: Any) -> None:
    """Replace a venture's areas; `primary` must be one of them."""
    if not areas:
        raise ValidationError({"areas": _("Choose at least one social-innovation area.")})
    if primary not in areas:
        raise ValidationError({"primary_area": _("The primary area must be one of the chosen areas.")})
    VentureArea.objects.filter(venture=venture).delete()
    VentureArea.objects.bulk_create(
        [VentureArea(venture=venture, area=area, is_primary=(area == primary)) for area in areas]
    )
    schedule_search_reindex(venture)


def submission_problems(venture: Venture) -> list[str]:
    """What a venture still lacks before it can be reviewed (empty when it is complete)."""
    problems = []
    if not (venture.name_th or venture.name_en):
        problems.append(_("a name in Thai or English"))
    if not (venture.summary_th or venture.summary_en):
        problems.append(_("a short summary of what it does"))
    if not venture.venture_areas.exists():
        problems.append(_("at least one social-innovation area"))
    elif not venture.venture_areas.filter(is_primary=True).exists():
        problems.append(_("a primary area"))
    return problems


@transaction.atomic
def venture_submit(*, venture: Venture, by: Any) -> Venture:
    """Send a draft (or a venture with requested changes) to the reviewers."""
    locked = _locked(venture)
    problems = submission_problems(locked)
    if problems:
        raise TransitionError(_("Before submitting, please add: %(missing)s.") % {"missing": ", ".join(problems)})
    apply_transition(
        locked,
        to_status=VentureStatus.SUBMITTED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.submit",
        timestamps=("submitted_at",),
    )
    return _refresh(venture)


@transaction.atomic
def venture_withdraw_submission(*, venture: Venture, by: Any) -> Venture:
    """Take a submitted venture back to draft before the reviewers decide."""
    locked = _locked(venture)
    apply_transition(locked, to_status=VentureStatus.DRAFT, table=VENTURE_TRANSITIONS, by=by, action="venture.withdraw")
    return _refresh(venture)


@transaction.atomic
def venture_publish(*, venture: Venture, by: Any, reason: str = "") -> Venture:
    """Publish a submitted venture (or restore an archived one) in the public directory."""
    locked = _locked(venture)
    now = timezone.now()
    if locked.first_published_at is None:
        locked.first_published_at = now
    locked.moderation_note = ""
    apply_transition(
        locked,
        to_status=VentureStatus.PUBLISHED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.publish",
        reason=reason,
        timestamps=("published_at",),
        now=now,
    )
    schedule_search_reindex(locked)
    return _refresh(venture)


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("Give a reason: the owner will read it."))
    return reason


@transaction.atomic
def venture_request_changes(*, venture: Venture, by: Any, reason: str) -> Venture:
    """Send a submitted venture back to its owner with what must change."""
    reason = _require_reason(reason)
    locked = _locked(venture)
    locked.moderation_note = reason
    apply_transition(
        locked,
        to_status=VentureStatus.CHANGES_REQUESTED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.request_changes",
        reason=reason,
    )
    return _refresh(venture)


@transaction.atomic
def venture_reject(*, venture: Venture, by: Any, reason: str) -> Venture:
    """Refuse a submitted venture, with the reason."""
    reason = _require_reason(reason)
    locked = _locked(venture)
    locked.moderation_note = reason
    apply_transition(
        locked,
        to_status=VentureStatus.REJECTED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.reject",
        reason=reason,
    )
    return _refresh(venture)


@transaction.atomic
def venture_archive(*, venture: Venture, by: Any, reason: str = "") -> Venture:
    """Take a venture out of the directory (kept for the record)."""
    locked = _locked(venture)
    apply_transition(
        locked,
        to_status=VentureStatus.ARCHIVED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.archive",
        reason=reason,
        timestamps=("archived_at",),
    )
    schedule_search_reindex(locked)
    return _refresh(venture)


@transaction.atomic
def venture_reopen(*, venture: Venture, by: Any) -> Venture:
    """Bring an archived venture back to draft so its owner can work on it again."""
    locked = _locked(venture)
    apply_transition(locked, to_status=VentureStatus.DRAFT, table=VENTURE_TRANSITIONS, by=by, action="venture.reopen")
    return _refresh(venture)


@transaction.atomic
def venture_set_verified(*, venture: Venture, by: Any, verified: bool, note: str = "") -> Venture:
    """Mark a venture verified (with what was checked) or take the mark away."""
    locked = _locked(venture)
    if verified and not note.strip():
        raise ValidationError({"verification_note": _("Say what was checked to verify this venture.")})
    was = locked.verified
    locked.verified = verified
    locked.verified_at = timezone.now() if verified else None
    locked.verified_by = by if verified else None
    locked.verification_note = note.strip() if verified else ""
    locked.save(update_fields=["verified", "verified_at", "verified_by", "verification_note", "updated_at"])
    record_audit(
        obj=locked,
        actor=by,
        action="venture.verify" if verified else "venture.unverify",
        from_status="verified" if was else "unverified",
        to_status="verified" if verified else "unverified",
        reason=note,
    )
    return _refresh(venture)
