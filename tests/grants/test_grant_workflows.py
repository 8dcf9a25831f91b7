"""The grant lifecycle's workflows hold exactly the moves written out here by hand, each with its
audit action; the services' behaviour for every (move, status) pair is in test_application_workflow.py
and test_refusals.py."""

from grants.models import ApplicationStatus
from grants.workflows import APPLICATION
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
