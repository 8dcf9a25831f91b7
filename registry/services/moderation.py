"""The review of ventures and of proposed changes: submit, withdraw, publish, request changes,
reject, archive, reopen, verify."""

from copy import copy
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.workflow import TransitionError, record_audit

from .. import permissions
from ..models import (
    Venture,
    VentureRevision,
)
from ..models.revisions import RevisionStatus
from ..models.ventures import VentureStatus
from ..profiles import profile_from_data
from ..search.index import browse_counts_changed, schedule_search_reindex
from ..workflows import REVISION, VENTURE
from .common import _email_owner, _email_revision_owner, _locked, _locked_revision, _refresh, _require, _require_reason
from .files import delete_file_after_commit
from .profile import _apply_profile, submission_problems


@transaction.atomic
def venture_submit(*, venture: Venture, by: Any) -> Venture:
    """Send a draft (or a venture with requested changes) to the reviewers."""
    locked = _locked(venture)
    _require(permissions.can_submit_venture(by, locked))
    problems = submission_problems(locked)
    if problems:
        raise TransitionError(_("Before submitting, please add: %(missing)s.") % {"missing": ", ".join(problems)})
    VENTURE.apply(locked, "submit", by=by, timestamps=("submitted_at",))
    return _refresh(venture)


@transaction.atomic
def venture_withdraw_submission(*, venture: Venture, by: Any) -> Venture:
    """Take a submitted venture back to draft before the reviewers decide."""
    locked = _locked(venture)
    _require(permissions.can_withdraw_submission(by, locked))
    VENTURE.apply(locked, "withdraw", by=by)
    return _refresh(venture)


@transaction.atomic
def venture_publish(*, venture: Venture, by: Any, reason: str = "") -> Venture:
    """Publish a submitted venture (or restore an archived one) in the public directory."""
    _require(permissions.can_moderate(by))
    locked = _locked(venture)
    now = timezone.now()
    if locked.first_published_at is None:
        locked.first_published_at = now
    locked.moderation_note = ""
    entry = VENTURE.apply(locked, "publish", by=by, reason=reason, timestamps=("published_at",), now=now)
    _email_owner(locked, entry=entry, template="venture_published", by=by)
    schedule_search_reindex(locked)
    return _refresh(venture)


def _send_back(venture: Venture, *, by: Any, reason: str, transition: str, template: str) -> Venture:
    """A reviewer's answer that needs a reason, kept as the venture's message from the reviewers
    and emailed to the owner: request changes, reject."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked(venture)
    locked.moderation_note = reason
    entry = VENTURE.apply(locked, transition, by=by, reason=reason)
    _email_owner(locked, entry=entry, template=template, by=by)
    return _refresh(venture)


@transaction.atomic
def venture_request_changes(*, venture: Venture, by: Any, reason: str) -> Venture:
    """Send a submitted venture back to its owner with what must change."""
    return _send_back(venture, by=by, reason=reason, transition="request_changes", template="venture_changes_requested")


@transaction.atomic
def venture_reject(*, venture: Venture, by: Any, reason: str) -> Venture:
    """Refuse a submitted venture, with the reason."""
    return _send_back(venture, by=by, reason=reason, transition="reject", template="venture_rejected")


@transaction.atomic
def venture_archive(*, venture: Venture, by: Any, reason: str = "") -> Venture:
    """Take a venture out of the directory (kept for the record): by a reviewer or its owner."""
    locked = _locked(venture)
    _require(permissions.can_archive_venture(by, locked))
    entry = VENTURE.apply(locked, "archive", by=by, reason=reason, timestamps=("archived_at",))
    _email_owner(locked, entry=entry, template="venture_archived", by=by)
    schedule_search_reindex(locked)
    return _refresh(venture)


@transaction.atomic
def venture_reopen(*, venture: Venture, by: Any) -> Venture:
    """Bring an archived venture back to draft so its owner can work on it again."""
    locked = _locked(venture)
    _require(permissions.can_reopen_venture(by, locked))
    VENTURE.apply(locked, "reopen", by=by)
    return _refresh(venture)


@transaction.atomic
def venture_set_verified(*, venture: Venture, by: Any, verified: bool, note: str = "") -> Venture:
    """Mark a venture verified (with what was checked) or take the mark away."""
    _require(permissions.can_verify(by))
    locked = _locked(venture)
    if verified and not note.strip():
        raise ValidationError({"verification_note": _("Say what was checked to verify this venture.")})
    was = locked.verified
    locked.verified = verified
    locked.verified_at = timezone.now() if verified else None
    locked.verified_by = by if verified else None
    locked.verification_note = note.strip() if verified else ""
    locked.save(update_fields=["verified", "verified_at", "verified_by", "verification_note", "updated_at"])
    if was != verified:
        browse_counts_changed()  # the directory's "verified" count (no reindex: the texts are the same)
    record_audit(
        obj=locked,
        actor=by,
        action="venture.verify" if verified else "venture.unverify",
        from_status="verified" if was else "unverified",
        to_status="verified" if verified else "unverified",
        reason=note,
    )
    return _refresh(venture)


@transaction.atomic
def venture_revision_submit(*, revision: VentureRevision, by: Any) -> VentureRevision:
    """Send proposed changes to the reviewers."""
    locked = _locked_revision(revision)
    _require(permissions.can_submit_revision(by, locked))
    REVISION.apply(locked, "submit", by=by, timestamps=("submitted_at",))
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_withdraw(*, revision: VentureRevision, by: Any) -> VentureRevision:
    """Take proposed changes back from the reviewers to keep working on them."""
    locked = _locked_revision(revision)
    _require(permissions.can_withdraw_revision(by, locked))
    REVISION.apply(locked, "withdraw", by=by)
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_discard(*, revision: VentureRevision, by: Any) -> VentureRevision:
    """Drop proposed changes that were not sent (or were sent back); the published version stays."""
    locked = _locked_revision(revision)
    _require(permissions.can_withdraw_revision(by, locked))
    REVISION.apply(locked, "discard", by=by)
    delete_file_after_commit(copy(locked.logo) if locked.logo else None)
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_approve(*, revision: VentureRevision, by: Any, reason: str = "") -> VentureRevision:
    """Publish proposed changes: the venture takes the new version and the public sees it."""
    _require(permissions.can_moderate(by))
    locked = _locked_revision(revision)
    venture = _locked(locked.venture)
    if locked.status == RevisionStatus.SUBMITTED and venture.status != VentureStatus.PUBLISHED:
        raise TransitionError(
            _("The venture is no longer published; its proposed changes cannot be published."),
            from_status=locked.status,
            to_status=RevisionStatus.APPROVED,
        )
    now = timezone.now()
    entry = REVISION.apply(locked, "approve", by=by, reason=reason, timestamps=("decided_at",), now=now)
    profile = profile_from_data(locked.data)
    profile.remove_logo = locked.remove_logo
    # The consent to show contact details was recorded when the change was proposed.
    _apply_profile(venture, profile, by=locked.created_by, logo_name=locked.logo.name or None, record_consent=False)
    venture.moderation_note = ""
    venture.save(update_fields=["moderation_note", "updated_at"])
    record_audit(obj=venture, actor=by, action="venture.apply_change", reason=f"revision #{locked.pk}")
    _email_revision_owner(locked, entry=entry, template="revision_approved", by=by)
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_request_changes(*, revision: VentureRevision, by: Any, reason: str) -> VentureRevision:
    """Send proposed changes back to the team with what must change."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked_revision(revision)
    locked.moderation_note = reason
    entry = REVISION.apply(locked, "request_changes", by=by, reason=reason, timestamps=("decided_at",))
    _email_revision_owner(locked, entry=entry, template="revision_changes_requested", by=by)
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_reject(*, revision: VentureRevision, by: Any, reason: str) -> VentureRevision:
    """Refuse proposed changes; the published version stays as it is."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked_revision(revision)
    locked.moderation_note = reason
    entry = REVISION.apply(locked, "reject", by=by, reason=reason, timestamps=("decided_at",))
    delete_file_after_commit(copy(locked.logo) if locked.logo else None)
    _email_revision_owner(locked, entry=entry, template="revision_rejected", by=by)
    revision.refresh_from_db()
    return revision
