"""The grant lifecycle's workflows: every move an application can make (`core.workflow`)."""

from core.workflow import Transition, Workflow

from .models import OPEN_APPLICATION_STATUSES, ApplicationStatus

APPLICATION = Workflow(
    "application",
    [
        Transition("submit", {ApplicationStatus.DRAFT}, ApplicationStatus.SUBMITTED, "application.submit"),
        # The applicant may withdraw at any point before a decision.
        Transition("withdraw", OPEN_APPLICATION_STATUSES, ApplicationStatus.WITHDRAWN, "application.withdraw"),
        Transition("start_screening", {ApplicationStatus.SUBMITTED}, ApplicationStatus.SCREENING, "application.screen"),
        Transition(
            "pass_screening", {ApplicationStatus.SCREENING}, ApplicationStatus.IN_REVIEW, "application.pass_screening"
        ),
        # Screening and funding both end in "rejected", each from its own step and with its own action.
        Transition(
            "fail_screening", {ApplicationStatus.SCREENING}, ApplicationStatus.REJECTED, "application.fail_screening"
        ),
        Transition("approve", {ApplicationStatus.IN_REVIEW}, ApplicationStatus.APPROVED, "application.approve"),
        Transition("reject", {ApplicationStatus.IN_REVIEW}, ApplicationStatus.REJECTED, "application.reject"),
    ],
)
