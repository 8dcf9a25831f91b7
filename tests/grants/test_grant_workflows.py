"""The grant lifecycle's workflows hold exactly the moves written out here by hand, each with its
audit action. The application services' behaviour for every (move, status) pair is in
test_application_workflow.py and test_refusals.py; the award's and the tranche's is here."""

import datetime

import pytest

from core.models import AuditEntry
from core.workflow import TransitionError, Workflow
from grants import services
from grants.models import ApplicationStatus, Award, Disbursement
from grants.workflows import APPLICATION, AWARD, DISBURSEMENT
from tests.factories import AwardFactory, DisbursementFactory, FinanceFactory
from tests.support.grants import ALLOWED

ACTIONS = {
    "submit": "application.submit",
    "withdraw": "application.withdraw",
    "start_screening": "application.screen",
    "pass_screening": "application.pass_screening",
    "fail_screening": "application.fail_screening",
    "approve": "application.approve",
    "reject": "application.reject",
}


def test_the_allowed_moves_name_only_known_statuses() -> None:
    statuses = set(ApplicationStatus.values)
    assert {start for _name, start in ALLOWED} <= statuses
    assert set(ALLOWED.values()) <= statuses


def test_the_application_workflow_has_exactly_the_allowed_moves_each_with_its_audit_action() -> None:
    moves = {
        (transition.name, source, transition.target, transition.action)
        for transition in APPLICATION.transitions.values()
        for source in transition.sources
    }
    assert moves == {(name, start, target, ACTIONS[name]) for (name, start), target in ALLOWED.items()}


# An award is closed once; a tranche is paid once. Nothing else moves them.
AWARD_ALLOWED = {("close", "active"): "closed"}
TRANCHE_ALLOWED = {("pay", "planned"): "paid"}


def test_the_award_and_tranche_workflows_have_exactly_the_allowed_moves() -> None:
    def moves(workflow: Workflow) -> set[tuple[str, str, str, str]]:
        return {(t.name, source, t.target, t.action) for t in workflow.transitions.values() for source in t.sources}

    assert moves(AWARD) == {(name, start, target, "award.close") for (name, start), target in AWARD_ALLOWED.items()}
    assert moves(DISBURSEMENT) == {
        (name, start, target, "award.pay_tranche") for (name, start), target in TRANCHE_ALLOWED.items()
    }
    assert sorted({start for _n, start in AWARD_ALLOWED} | set(AWARD_ALLOWED.values())) == sorted(Award.Status.values)
    assert sorted({start for _n, start in TRANCHE_ALLOWED} | set(TRANCHE_ALLOWED.values())) == sorted(
        Disbursement.Status.values
    )


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["planned", "paid"])
def test_a_tranche_is_paid_once_and_the_payment_is_in_its_awards_history(start: str) -> None:
    tranche = DisbursementFactory.create(status=start, paid_date=datetime.date(2026, 1, 5) if start == "paid" else None)
    finance = FinanceFactory.create()
    if ("pay", start) in TRANCHE_ALLOWED:
        services.disbursement_pay(disbursement=tranche, by=finance, paid_date=datetime.date(2026, 1, 9))
        tranche.refresh_from_db()
        assert tranche.status == TRANCHE_ALLOWED["pay", start]
        entry = AuditEntry.objects.for_object(tranche.award).get()
        assert (entry.action, entry.from_status, entry.to_status, entry.actor, entry.reason) == (
            "award.pay_tranche",
            "planned",
            "paid",
            finance,
            f"{tranche.sequence}: {tranche.amount}",
        )
    else:
        with pytest.raises(TransitionError):
            services.disbursement_pay(disbursement=tranche, by=finance)
        tranche.refresh_from_db()
        assert tranche.status == start
        assert not AuditEntry.objects.for_object(tranche.award).exists()
    assert not AuditEntry.objects.for_object(tranche).exists()


@pytest.mark.django_db
@pytest.mark.parametrize("start", ["active", "closed"])
def test_an_award_is_closed_once_with_an_audit_entry(start: str) -> None:
    award = AwardFactory.create(status=start)
    finance = FinanceFactory.create()
    if ("close", start) in AWARD_ALLOWED:
        services.award_close(award=award, by=finance, final_report="Done.")
        award.refresh_from_db()
        assert award.status == AWARD_ALLOWED["close", start]
        assert award.closed_at is not None and award.final_report == "Done."
        entry = AuditEntry.objects.for_object(award).get()
        expected = ("award.close", start, AWARD_ALLOWED["close", start], finance)
        assert (entry.action, entry.from_status, entry.to_status, entry.actor) == expected
    else:
        with pytest.raises(TransitionError):
            services.award_close(award=award, by=finance, final_report="Done.")
        award.refresh_from_db()
        assert award.status == start
        assert not AuditEntry.objects.for_object(award).exists()
