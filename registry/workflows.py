"""The registry's workflows: every move a venture, a proposed change, a team invitation or an
import job can make.

Each row names a move, the statuses it may start from, the status it leads to and the audit
action it records (`core.workflow`). The services run them by name; pages and the admin ask the
same rows which moves an object's status allows.
"""

from core.workflow import Transition, Workflow

from .models.imports import ImportJobStatus
from .models.revisions import RevisionStatus
from .models.team import InvitationStatus
from .models.ventures import VentureStatus

# What a venture and a proposed change share: drafted, sent to the reviewers, taken back while it
# waits, sent back for changes or rejected. Both status enums spell those four statuses alike.
_Reviewed = type[VentureStatus] | type[RevisionStatus]


def _review_moves(
    status: _Reviewed, *, submit: str, withdraw: str, request_changes: str, reject: str
) -> list[Transition]:
    """The four moves, each recorded as the given audit action."""
    return [
        Transition("submit", {status.DRAFT, status.CHANGES_REQUESTED}, status.SUBMITTED, submit),
        # Back from the reviewers before they decide: only a submitted one is with them.
        Transition("withdraw", {status.SUBMITTED}, status.DRAFT, withdraw),
        Transition("request_changes", {status.SUBMITTED}, status.CHANGES_REQUESTED, request_changes),
        Transition("reject", {status.SUBMITTED}, status.REJECTED, reject),
    ]


# The moderation of a venture's profile.
VENTURE = Workflow(
    "venture",
    [
        *_review_moves(
            VentureStatus,
            submit="venture.submit",
            withdraw="venture.withdraw",
            request_changes="venture.request_changes",
            reject="venture.reject",
        ),
        Transition(
            "publish",
            {VentureStatus.SUBMITTED, VentureStatus.ARCHIVED},
            VentureStatus.PUBLISHED,
            "venture.publish",
        ),
        Transition(
            # The CSV import (registry.importer) publishing a row of NIA's own list, which NIA has
            # reviewed already: also from draft, never a venture the reviewers rejected or sent back.
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
        *_review_moves(
            RevisionStatus,
            submit="revision.submit",
            withdraw="revision.withdraw",
            request_changes="revision.request_changes",
            reject="revision.reject",
        ),
        # Dropping changes that were not sent, or were sent back.
        Transition(
            "discard",
            {RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED},
            RevisionStatus.WITHDRAWN,
            "revision.discard",
        ),
        Transition("approve", {RevisionStatus.SUBMITTED}, RevisionStatus.APPROVED, "revision.approve"),
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

# A CSV file imported in the background (registry.tasks.run_import_job). Done and failed are final:
# running the task again for a finished job does nothing.
IMPORT_JOB = Workflow(
    "import job",
    [
        Transition("start", {ImportJobStatus.QUEUED}, ImportJobStatus.RUNNING, "import_job.start"),
        # The worker died mid-import (the broker redelivers the task, the import's transaction
        # was rolled back): the import starts again.
        Transition("restart", {ImportJobStatus.RUNNING}, ImportJobStatus.RUNNING, "import_job.restart"),
        Transition("finish", {ImportJobStatus.RUNNING}, ImportJobStatus.DONE, "import_job.finish"),
        Transition(
            "fail", {ImportJobStatus.QUEUED, ImportJobStatus.RUNNING}, ImportJobStatus.FAILED, "import_job.fail"
        ),
    ],
)
