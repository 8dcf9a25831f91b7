"""The grant lifecycle's workflows: every move an application, an award and a tranche can make (`core.workflow`)."""

from core.workflow import Transition, Workflow

from .models import OPEN_APPLICATION_STATUSES, ApplicationStatus, Award, Disbursement

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

AWARD = Workflow(
    "award",
    [Transition("close", {Award.Status.ACTIVE}, Award.Status.CLOSED, "award.close")],
)

# A tranche's payment is recorded in its award's history, where the money of the grant is followed.
DISBURSEMENT = Workflow(
    "disbursement",
    [Transition("pay", {Disbursement.Status.PLANNED}, Disbursement.Status.PAID, "award.pay_tranche")],
    audit_subject=lambda tranche: tranche.award,
)
