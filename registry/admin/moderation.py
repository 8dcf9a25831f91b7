"""The moderation decisions on a venture or a proposed change, as `core.admin.decisions` rows:
used by the bulk actions, the buttons on a venture's or proposed change's page and the review queue.

Every decision calls its service in `registry.services` (which checks the permission and the
transition table, writes the audit entry and queues the owner's email). A reviewer sees only the
decisions their permissions allow, and only those the object's workflow allows from its status
(`registry.workflows`).
"""

from collections.abc import Callable, Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy

from core.admin.decisions import Decision, DecisionAdminMixin

from .. import permissions
from ..services.moderation import (
    venture_archive,
    venture_publish,
    venture_reject,
    venture_request_changes,
    venture_revision_approve,
    venture_revision_reject,
    venture_revision_request_changes,
    venture_set_verified,
)
from ..workflows import REVISION, VENTURE


def _can_moderate(user: Any) -> bool:
    return permissions.can_moderate(user)[0]


def _can_verify(user: Any) -> bool:
    return permissions.can_verify(user)[0]


def _venture_may(transition: str) -> Any:
    return lambda venture: VENTURE.allows(venture, transition)


def _revision_may(transition: str) -> Any:
    return lambda revision: REVISION.allows(revision, transition)


REASON = gettext_lazy("Reason (the owner reads it in the email)")
OPTIONAL_MESSAGE = gettext_lazy("Message to the owner (optional)")
WHAT_MUST_CHANGE = gettext_lazy("What must change (the owner reads it in the email)")

Run = Callable[[Any, Any, str], Any]


def _moderation(
    name: str, label: Any, past: Any, run: Run, possible: Callable[[Any], bool], *, reason_label: Any = None
) -> Decision:
    """A reviewer's decision; a reason is asked for (and required) when it has its own label."""
    return Decision(
        name=name,
        label=label,
        past=past,
        run=run,
        allowed=_can_moderate,
        permission="moderate",
        reason_required=reason_label is not None,
        reason_label=reason_label or OPTIONAL_MESSAGE,
        possible=possible,
    )


def _send_back(run: Run, possible: Callable[[Any], bool]) -> Decision:
    past = gettext_lazy("sent back for changes")
    return _moderation(
        "request_changes", gettext_lazy("Request changes"), past, run, possible, reason_label=WHAT_MUST_CHANGE
    )


def _reject(label: Any, run: Run, possible: Callable[[Any], bool]) -> Decision:
    return _moderation("reject", label, gettext_lazy("rejected"), run, possible, reason_label=REASON)


def _by_name(*decisions: Decision) -> Mapping[str, Decision]:
    return {d.name: d for d in decisions}


VENTURE_DECISIONS = _by_name(
    _moderation(
        "publish",
        gettext_lazy("Publish"),
        gettext_lazy("published"),
        lambda v, by, reason: venture_publish(venture=v, by=by, reason=reason),
        _venture_may("publish"),
    ),
    _send_back(
        lambda v, by, reason: venture_request_changes(venture=v, by=by, reason=reason), _venture_may("request_changes")
    ),
    _reject(
        gettext_lazy("Reject"),
        lambda v, by, reason: venture_reject(venture=v, by=by, reason=reason),
        _venture_may("reject"),
    ),
    _moderation(
        "archive",
        gettext_lazy("Archive"),
        gettext_lazy("archived"),
        lambda v, by, reason: venture_archive(venture=v, by=by, reason=reason),
        _venture_may("archive"),
    ),
    Decision(
        name="verify",
        label=gettext_lazy("Mark verified"),
        past=gettext_lazy("marked verified"),
        run=lambda v, by, reason: venture_set_verified(venture=v, by=by, verified=True, note=reason),
        allowed=_can_verify,
        possible=lambda venture: not venture.verified,
        permission="verify",
        reason_required=True,
        reason_label=gettext_lazy("What was checked (e.g. the DBD registration of the juristic ID)"),
    ),
)

REVISION_DECISIONS = _by_name(
    _moderation(
        "approve",
        gettext_lazy("Publish the changes"),
        gettext_lazy("published"),
        lambda r, by, reason: venture_revision_approve(revision=r, by=by, reason=reason),
        _revision_may("approve"),
    ),
    _send_back(
        lambda r, by, reason: venture_revision_request_changes(revision=r, by=by, reason=reason),
        _revision_may("request_changes"),
    ),
    _reject(
        gettext_lazy("Reject the changes"),
        lambda r, by, reason: venture_revision_reject(revision=r, by=by, reason=reason),
        _revision_may("reject"),
    ),
)


class ModerationAdminMixin(DecisionAdminMixin):
    """Decision buttons on the object's page and bulk actions, each shown only to reviewers whose
    permissions allow it (the decisions: VENTURE_DECISIONS, REVISION_DECISIONS above)."""

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return permissions.can_moderate(request.user)[0]

    def has_verify_permission(self, request: HttpRequest) -> bool:
        return permissions.can_verify(request.user)[0]
