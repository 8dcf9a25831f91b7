"""What each audit action code means, in words: the one table behind the staff audit panel, the
audit trail list and the applicant's history of their grant application.

Services write codes (`venture.publish`, `award.pay_tranche`…) and status values (`published`,
`paid`…) to `AuditEntry`; people read the labels. A code missing from the table (an entry written
by older code) is shown as it is.
"""

from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import AuditEntry

# Where an action's from/to codes come from, when not from the subject's own `status` field.
VERIFICATION = "verification"
TRANCHE = "grants.Disbursement.status"

VERIFICATION_LABELS: dict[str, Promise] = {
    "verified": pgettext_lazy("verification status", "verified"),
    "unverified": pgettext_lazy("verification status", "not verified"),
}


@dataclass(frozen=True)
class AuditAction:
    label: Promise
    # "" for the audited object's own status field, VERIFICATION, or "app.Model.field".
    statuses: str = ""
    # What the entry means to the applicant on their application page (None: staff-internal,
    # never shown to them), and whether the applicant also reads the entry's reason.
    applicant: Promise | None = None
    applicant_reason: bool = False


AUDIT_ACTIONS: dict[str, AuditAction] = {
    # accounts
    "account.sign_up": AuditAction(pgettext_lazy("audit action", "Signed up")),
    "account.verify_email": AuditAction(pgettext_lazy("audit action", "Confirmed the email address")),
    "account.erase": AuditAction(pgettext_lazy("audit action", "Account erased")),
    # ventures
    "venture.create": AuditAction(pgettext_lazy("audit action", "Venture registered")),
    "venture.import": AuditAction(pgettext_lazy("audit action", "Venture imported")),
    "venture.edit": AuditAction(pgettext_lazy("audit action", "Profile edited")),
    "venture.submit": AuditAction(pgettext_lazy("audit action", "Sent for review")),
    "venture.withdraw": AuditAction(pgettext_lazy("audit action", "Taken back from review")),
    "venture.publish": AuditAction(pgettext_lazy("audit action", "Published")),
    "venture.request_changes": AuditAction(pgettext_lazy("audit action", "Changes requested")),
    "venture.reject": AuditAction(pgettext_lazy("audit action", "Rejected")),
    "venture.archive": AuditAction(pgettext_lazy("audit action", "Archived")),
    "venture.reopen": AuditAction(pgettext_lazy("audit action", "Reopened as a draft")),
    "venture.verify": AuditAction(pgettext_lazy("audit action", "Verified"), statuses=VERIFICATION),
    "venture.unverify": AuditAction(pgettext_lazy("audit action", "Verification removed"), statuses=VERIFICATION),
    "venture.hide_contact": AuditAction(pgettext_lazy("audit action", "Contact details hidden")),
    "venture.delete": AuditAction(pgettext_lazy("audit action", "Venture deleted")),
    "venture.apply_change": AuditAction(pgettext_lazy("audit action", "Approved changes published")),
    "venture.transfer": AuditAction(pgettext_lazy("audit action", "Handed over to a new owner")),
    # proposed changes to a published venture
    "revision.create": AuditAction(pgettext_lazy("audit action", "Changes proposed")),
    "revision.submit": AuditAction(pgettext_lazy("audit action", "Changes sent for review")),
    "revision.withdraw": AuditAction(pgettext_lazy("audit action", "Changes taken back for editing")),
    "revision.discard": AuditAction(pgettext_lazy("audit action", "Changes discarded")),
    "revision.approve": AuditAction(pgettext_lazy("audit action", "Changes approved")),
    "revision.request_changes": AuditAction(pgettext_lazy("audit action", "More changes requested")),
    "revision.reject": AuditAction(pgettext_lazy("audit action", "Changes rejected")),
    # teams
    "team.invite": AuditAction(pgettext_lazy("audit action", "Team member invited")),
    "team.join": AuditAction(pgettext_lazy("audit action", "Joined the team")),
    "team.leave": AuditAction(pgettext_lazy("audit action", "Left the team")),
    "team.remove": AuditAction(pgettext_lazy("audit action", "Removed from the team")),
    # programme calls
    "call.open": AuditAction(pgettext_lazy("audit action", "Call opened")),
    "call.close": AuditAction(pgettext_lazy("audit action", "Call closed")),
    "call.cancel": AuditAction(pgettext_lazy("audit action", "Call cancelled")),
    # grant applications
    "application.create": AuditAction(
        pgettext_lazy("audit action", "Application started"), applicant=_("You started the application as a draft.")
    ),
    "application.submit": AuditAction(
        pgettext_lazy("audit action", "Application submitted"), applicant=_("You submitted the application.")
    ),
    "application.screen": AuditAction(
        pgettext_lazy("audit action", "Screening started"), applicant=_("NIA staff started screening it.")
    ),
    "application.pass_screening": AuditAction(
        pgettext_lazy("audit action", "Passed screening"), applicant=_("It passed screening and went to the reviewers.")
    ),
    "application.fail_screening": AuditAction(
        pgettext_lazy("audit action", "Failed screening"),
        applicant=_("It did not pass screening."),
        applicant_reason=True,
    ),
    "application.assign_reviewer": AuditAction(pgettext_lazy("audit action", "Reviewer assigned")),
    "application.review": AuditAction(pgettext_lazy("audit action", "Review submitted")),
    "application.first_approval": AuditAction(pgettext_lazy("audit action", "First approval given")),
    "application.approve": AuditAction(
        pgettext_lazy("audit action", "Approved: grant awarded"),
        applicant=_("It was approved: a grant was awarded."),
        applicant_reason=True,
    ),
    "application.reject": AuditAction(
        pgettext_lazy("audit action", "Not funded"), applicant=_("It was not funded."), applicant_reason=True
    ),
    "application.withdraw": AuditAction(
        pgettext_lazy("audit action", "Application withdrawn"), applicant=_("It was withdrawn."), applicant_reason=True
    ),
    # awards, tranches and co-investment
    "award.create": AuditAction(pgettext_lazy("audit action", "Award made")),
    "award.plan_tranche": AuditAction(pgettext_lazy("audit action", "Tranche planned"), statuses=TRANCHE),
    "award.pay_tranche": AuditAction(
        pgettext_lazy("audit action", "Tranche paid"), statuses=TRANCHE, applicant=_("A tranche of the grant was paid.")
    ),
    "award.close": AuditAction(
        pgettext_lazy("audit action", "Award closed"), applicant=_("The grant was closed with its final report.")
    ),
    "coinvestment.record": AuditAction(pgettext_lazy("audit action", "Co-investment recorded"), statuses=VERIFICATION),
    "coinvestment.verify": AuditAction(pgettext_lazy("audit action", "Co-investment verified"), statuses=VERIFICATION),
    # impact results
    "impact.report_indicator": AuditAction(pgettext_lazy("audit action", "Indicator reported by the venture")),
    "impact.report": AuditAction(pgettext_lazy("audit action", "Figure reported by the venture")),
    "impact.check": AuditAction(pgettext_lazy("audit action", "Checked by staff (now public)")),
}


def action_label(action: str) -> str:
    """The action in words ("Published"), or the code itself when the table does not know it."""
    known = AUDIT_ACTIONS.get(action)
    return str(known.label) if known is not None else action


def _choices(model: type[models.Model] | None, field: str = "status") -> dict[str, Any]:
    if model is None:
        return {}
    try:
        return dict(getattr(model._meta.get_field(field), "flatchoices", []) or [])
    except FieldDoesNotExist:
        return {}


def status_labels(action: str, subject_model: type[models.Model] | None) -> dict[str, Any]:
    """The labels of the status codes an `action` entry records, for an object of `subject_model`."""
    known = AUDIT_ACTIONS.get(action)
    source = known.statuses if known is not None else ""
    if source == VERIFICATION:
        return dict(VERIFICATION_LABELS)
    if source:
        app_label, model_name, field = source.split(".")
        return _choices(apps.get_model(app_label, model_name), field)
    return _choices(subject_model)


def status_label(code: str, action: str, subject_model: type[models.Model] | None) -> str:
    """A recorded status code in words ("Published"); "" for none, the code itself if unknown."""
    if not code:
        return ""
    return str(status_labels(action, subject_model).get(code, code))


@dataclass(frozen=True)
class AuditRow:
    """One audit entry as a person reads it."""

    entry: AuditEntry
    action: str
    from_status: str
    to_status: str


def describe(entry: AuditEntry, subject_model: type[models.Model] | None = None) -> AuditRow:
    """`entry` in words; `subject_model` defaults to the model of the audited object."""
    if subject_model is None and entry.content_type_id is not None:
        subject_model = entry.content_type.model_class()
    return AuditRow(
        entry=entry,
        action=action_label(entry.action),
        from_status=status_label(entry.from_status, entry.action, subject_model),
        to_status=status_label(entry.to_status, entry.action, subject_model),
    )
