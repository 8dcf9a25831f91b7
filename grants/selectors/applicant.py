"""The applicant's side: their applications, what happens next, what happened, and whether they can apply to a call."""

import datetime
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.audit import AUDIT_ACTIONS
from core.dates import local_datetime
from core.models import AuditEntry
from programs.models import Call, CallStatus
from programs.selectors import call_closed_at
from registry.models import Venture

from ..models import ApplicationStatus, Award, GrantApplication
from ..services import eligibility_problems


def applications_of(user: Any) -> QuerySet[GrantApplication]:
    """Applications of the ventures `user` owns or belongs to, newest first."""
    if not getattr(user, "is_authenticated", False):
        return GrantApplication.objects.none()
    ventures = Venture.objects.owned_or_joined_by(user).values("pk")
    return (
        GrantApplication.objects.filter(venture__in=ventures)
        .select_related("venture", "call__programme", "award")
        .order_by("-created_at", "-pk")
    )


def open_calls(now: datetime.datetime | None = None) -> QuerySet[Call]:
    """Calls taking applications now, closing soonest first."""
    return Call.objects.accepting_applications(now).select_related("programme").order_by("closes_at", "pk")


def next_step(application: GrantApplication, now: datetime.datetime | None = None) -> str:
    """What happens next, for the applicant, in plain words."""
    status = application.status
    if status == ApplicationStatus.DRAFT:
        if application.call.is_accepting(now):
            deadline = local_datetime(application.call.closes_at)
            return _("Complete and submit it before %(deadline)s (Bangkok time).") % {"deadline": deadline}
        return _("The call is closed: this draft can no longer be submitted.")
    return str(NEXT_STEPS.get(status, ""))


NEXT_STEPS: dict[str, Any] = {
    ApplicationStatus.SUBMITTED: gettext_lazy("Waiting for NIA staff to screen it. You can still withdraw it."),
    ApplicationStatus.SCREENING: gettext_lazy("NIA staff are checking it is complete and eligible."),
    ApplicationStatus.IN_REVIEW: gettext_lazy("Reviewers are scoring it; a grant approver will then decide."),
    ApplicationStatus.APPROVED: gettext_lazy("Grant awarded: NIA will pay it in tranches."),
    ApplicationStatus.REJECTED: gettext_lazy("Not funded: see the reason below. You may apply to other calls."),
    ApplicationStatus.WITHDRAWN: gettext_lazy("Withdrawn: nothing more will happen."),
}


@dataclass(frozen=True)
class HistoryItem:
    when: datetime.datetime
    text: str
    reason: str


def applicant_history(application: GrantApplication) -> list[HistoryItem]:
    """What happened to the application (and its award) and why, in plain words, oldest first."""
    entries = list(AuditEntry.objects.for_object(application))
    award = Award.objects.filter(application=application).first()
    if award is not None:
        entries += list(AuditEntry.objects.for_object(award))
    items = []
    for entry in sorted(entries, key=lambda e: (e.created_at, e.pk)):
        # core.audit (filled by grants.audit_labels) says what each action means to the applicant; actions it gives
        # no applicant text (reviewer assignments, reviews, a first of two approvals) are
        # staff-internal and never shown to the applicant.
        meaning = AUDIT_ACTIONS.get(entry.action)
        if meaning is None or meaning.applicant is None:
            continue
        reason = entry.reason if meaning.applicant_reason else ""
        items.append(HistoryItem(when=entry.created_at, text=str(meaning.applicant), reason=reason))
    return items


# --- the call page's "Apply" panel ----------------------------------------------------------------


class ApplyState(StrEnum):
    """What the call page's "Apply" panel offers the person looking at it."""

    NOT_OPEN_YET = "not_open_yet"
    CLOSED = "closed"
    LOG_IN = "log_in"
    NO_VENTURE = "no_venture"
    INELIGIBLE = "ineligible"
    APPLY = "apply"


@dataclass
class VentureChoice:
    """One of the person's ventures: why it may not apply (empty if it may), or its open application."""

    venture: Venture
    problems: list[str]
    open_application: Any = None

    @property
    def can_apply(self) -> bool:
        return not self.problems and self.open_application is None


@dataclass
class ApplyPanel:
    state: ApplyState
    closed_at: datetime.datetime | None = None
    choices: list[VentureChoice] = field(default_factory=list)

    @property
    def eligible(self) -> list[VentureChoice]:
        return [choice for choice in self.choices if choice.can_apply]

    @property
    def applied(self) -> list[VentureChoice]:
        return [choice for choice in self.choices if choice.open_application is not None]

    @property
    def ineligible(self) -> list[VentureChoice]:
        return [choice for choice in self.choices if choice.problems and choice.open_application is None]


def apply_panel(call: Call, user: Any, now: datetime.datetime | None = None) -> ApplyPanel:
    """Whether and how `user` can apply to `call` now, and for which of their ventures
    (the reasons come from `grants.services.eligibility_problems`, the rules the service enforces)."""
    now = now or timezone.now()
    if not call.is_accepting(now):
        if call.status == CallStatus.OPEN and now < call.opens_at:
            return ApplyPanel(ApplyState.NOT_OPEN_YET)
        return ApplyPanel(ApplyState.CLOSED, closed_at=call_closed_at(call, now))
    if not getattr(user, "is_authenticated", False):
        return ApplyPanel(ApplyState.LOG_IN)
    ventures = list(Venture.objects.owned_or_joined_by(user).order_by("name_th", "name_en", "pk"))
    if not ventures:
        return ApplyPanel(ApplyState.NO_VENTURE)
    applications = {
        application.venture_id: application
        for application in GrantApplication.objects.open().filter(call=call, venture__in=ventures).order_by("pk")
    }
    choices = [
        VentureChoice(
            venture=venture,
            problems=eligibility_problems(venture=venture, call=call, applicant=user),
            open_application=applications.get(venture.pk),
        )
        for venture in ventures
    ]
    panel = ApplyPanel(ApplyState.APPLY, choices=choices)
    if not panel.eligible and not panel.applied:
        panel.state = ApplyState.INELIGIBLE
    return panel
