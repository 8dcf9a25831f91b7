"""Every move of a call for applications, allowed and refused, through the services.

The allowed moves are written out here by hand; every other (transition, status) pair must be
refused, leave the call as it was and write no audit entry.
"""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from core.models import AuditEntry
from core.workflow import TransitionError
from programs import services
from programs.models import Call, CallStatus
from programs.workflows import CALL
from registry.roles import Role, assign_role
from tests.factories import CallFactory, StaffFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

DRAFT, OPEN, CLOSED, CANCELLED = "draft", "open", "closed", "cancelled"
STATUSES = [DRAFT, OPEN, CLOSED, CANCELLED]

# (transition, status it starts from) -> the status it leads to. Nothing else is allowed.
ALLOWED: dict[tuple[str, str], str] = {
    ("open", DRAFT): OPEN,
    ("open", CLOSED): OPEN,
    ("close", OPEN): CLOSED,
    ("cancel", DRAFT): CANCELLED,
    ("cancel", OPEN): CANCELLED,
}

SERVICES: dict[str, tuple[Callable[..., Call], str, dict[str, Any]]] = {
    "open": (services.call_open, "call.open", {}),
    "close": (services.call_close, "call.close", {}),
    "cancel": (services.call_cancel, "call.cancel", {"reason": "Programme merged"}),
}


@pytest.fixture
def manager() -> Any:
    user = StaffFactory.create()
    assign_role(user, Role.PROGRAMME_MANAGER)
    return user


def test_the_cases_cover_every_status() -> None:
    assert sorted(STATUSES) == sorted(CallStatus.values)


def test_the_workflow_has_exactly_the_allowed_moves_each_with_its_audit_action() -> None:
    moves = {
        (transition.name, source, transition.target, transition.action)
        for transition in CALL.transitions.values()
        for source in transition.sources
    }
    assert moves == {(name, start, target, SERVICES[name][1]) for (name, start), target in ALLOWED.items()}


@pytest.mark.parametrize(("start", "name"), [(start, name) for start in STATUSES for name in SERVICES])
def test_each_service_makes_exactly_the_allowed_moves(manager: Any, start: str, name: str) -> None:
    service, action, extra = SERVICES[name]
    call = CallFactory.create(status=start)

    if (name, start) in ALLOWED:
        target = ALLOWED[name, start]
        service(call=call, by=manager, **extra)
        call.refresh_from_db()
        assert call.status == target
        entry = AuditEntry.objects.for_object(call).get()
        assert (entry.action, entry.from_status, entry.to_status, entry.actor) == (action, start, target, manager)
    else:
        with pytest.raises(TransitionError, match="cannot go from"):
            service(call=call, by=manager, **extra)
        call.refresh_from_db()
        assert call.status == start
        assert not AuditEntry.objects.for_object(call).exists()


# What the call's admin page offers from each status: its links to the open, close and cancel pages.
OFFERED = {
    DRAFT: {"open", "cancel"},
    OPEN: {"close", "cancel"},
    CLOSED: {"open"},
    CANCELLED: set(),
}


@pytest.mark.parametrize("start", STATUSES)
def test_the_call_page_offers_exactly_the_allowed_moves(client: Client, start: str) -> None:
    call = CallFactory.create(status=start)
    client.force_login(SuperuserFactory.create())
    page = client.get(reverse("admin:programs_call_change", args=[call.pk])).content.decode()
    offered = {
        move for move in ("open", "close", "cancel") if reverse(f"admin:programs_call_{move}", args=[call.pk]) in page
    }
    assert offered == OFFERED[start]
