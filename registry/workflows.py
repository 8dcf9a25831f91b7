"""The registry's workflows: every move a venture, a proposed change or a team invitation can make.

Each row names a move, the statuses it may start from, the status it leads to and the audit
action it records (`core.workflow`). The services run them by name; pages and the admin ask the
same rows which moves an object's status allows.
"""

from core.workflow import Transition, Workflow

from .models.revisions import RevisionStatus
from .models.team import InvitationStatus
from .models.ventures import VentureStatus

# The moderation of a venture's profile.
VENTURE = Workflow(
    "venture",
    [
        Transition(
            "submit",
            {VentureStatus.DRAFT, VentureStatus.CHANGES_REQUESTED},
            VentureStatus.SUBMITTED,
            "venture.submit",
        ),
        # Back from the reviewers before they decide: only a submitted venture is with them.
        Transition("withdraw", {VentureStatus.SUBMITTED}, VentureStatus.DRAFT, "venture.withdraw"),
        Transition(
            "publish",
            {VentureStatus.SUBMITTED, VentureStatus.ARCHIVED},
            VentureStatus.PUBLISHED,
            "venture.publish",
        ),
        Transition(
            "request_changes",
            {VentureStatus.SUBMITTED},
            VentureStatus.CHANGES_REQUESTED,
            "venture.request_changes",
        ),
        Transition("reject", {VentureStatus.SUBMITTED}, VentureStatus.REJECTED, "venture.reject"),
        # The CSV import (registry.importer) publishing a row of NIA's own list, which NIA has
        # reviewed already: also from draft, never a venture the reviewers rejected or sent back.
        Transition(
            "import_publish",
            {VentureStatus.DRAFT, VentureStatus.SUBMITTED, VentureStatus.ARCHIVED},
            VentureStatus.PUBLISHED,
            "venture.import_publish",
        ),
        Transition(
            "archive",
            {VentureStatus.DRAFT, VentureStatus.CHANGES_REQUESTED, VentureStatus.PUBLISHED, VentureStatus.REJECTED},
            VentureStatus.ARCHIVED,
            "venture.archive",
        ),
        # An archived venture back to work on; a submitted one stays with the reviewers.
        Transition("reopen", {VentureStatus.ARCHIVED}, VentureStatus.DRAFT, "venture.reopen"),
    ],
)

# Proposed changes to a published venture.
REVISION = Workflow(
    "revision",
    [
        Transition(
            "submit",
            {RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED},
            RevisionStatus.SUBMITTED,
            "revision.submit",
        ),
        Transition("withdraw", {RevisionStatus.SUBMITTED}, RevisionStatus.DRAFT, "revision.withdraw"),
        # Dropping changes that were not sent, or were sent back.
        Transition(
            "discard",
            {RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED},
            RevisionStatus.WITHDRAWN,
            "revision.discard",
        ),
        Transition("approve", {RevisionStatus.SUBMITTED}, RevisionStatus.APPROVED, "revision.approve"),
        Transition(
            "request_changes",
            {RevisionStatus.SUBMITTED},
            RevisionStatus.CHANGES_REQUESTED,
            "revision.request_changes",
        ),
        Transition("reject", {RevisionStatus.SUBMITTED}, RevisionStatus.REJECTED, "revision.reject"),
    ],
)

# An owner's invitation to join a venture's team: answered once, or cancelled.
INVITATION = Workflow(
    "invitation",
    [
        Transition("accept", {InvitationStatus.PENDING}, InvitationStatus.ACCEPTED, "invitation.accept"),
        Transition("decline", {InvitationStatus.PENDING}, InvitationStatus.DECLINED, "invitation.decline"),
        Transition("revoke", {InvitationStatus.PENDING}, InvitationStatus.REVOKED, "invitation.revoke"),
    ],
)
