"""What each audit action code means, in words: the one table behind the staff audit panel, the
audit trail list and the applicant's history of their grant application.

Services write codes (`venture.publish`, `award.pay_tranche`…) and status values (`published`,
`paid`…) to `AuditEntry`; people read the labels. Each app registers the codes it writes in its
`AppConfig.ready()` (`registry.audit_labels`, `programs.audit_labels`, `grants.audit_labels`).
A code missing from the table (an entry written by older code) is shown as it is.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

if TYPE_CHECKING:
    from .models import AuditEntry


# Where an action's from/to codes come from, when not from the subject's own `status` field.
VERIFICATION = "verification"

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


# Filled by each app's AppConfig.ready() through register_audit_actions().
AUDIT_ACTIONS: dict[str, AuditAction] = {}


def register_audit_actions(actions: dict[str, AuditAction]) -> None:
    """Add an app's action codes and their labels; a code has one meaning, so registering it twice fails."""
    taken = sorted(code for code, action in actions.items() if AUDIT_ACTIONS.get(code, action) != action)
    if taken:
        raise ImproperlyConfigured(f"Audit action codes registered twice: {taken}")
    AUDIT_ACTIONS.update(actions)


# The models whose audit entries the audit trail list filters by ("registry.Venture"), also
# registered by each app's AppConfig.ready().
AUDITED_MODELS: list[str] = []


def register_audited_models(*labels: str) -> None:
    """Offer these models ("app_label.Model") in the audit trail's object-type filter."""
    AUDITED_MODELS.extend(label for label in labels if label not in AUDITED_MODELS)


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

    entry: "AuditEntry"
    action: str
    from_status: str
    to_status: str


def describe(entry: "AuditEntry", subject_model: type[models.Model] | None = None) -> AuditRow:
    """`entry` in words; `subject_model` defaults to the model of the audited object."""
    if subject_model is None and entry.content_type_id is not None:
        subject_model = entry.content_type.model_class()
    return AuditRow(
        entry=entry,
        action=action_label(entry.action),
        from_status=status_label(entry.from_status, entry.action, subject_model),
        to_status=status_label(entry.to_status, entry.action, subject_model),
    )
