"""Every refused transition of an application, with the exact message the person reads."""

import pytest
from django.utils import translation

from core.models import AuditEntry, OutboundEmail
from core.workflow import TransitionError
from grants.models import ApplicationStatus
from tests.factories import GrantApplicationFactory
from tests.support.grants import ALLOWED, SERVICES, actor_for

pytestmark = pytest.mark.django_db

# The services that belong to one state say so in their own words (grants.services._require_status).
STEP_NAMES = {
    "pass_screening": ("A screening decision", ApplicationStatus.SCREENING),
    "fail_screening": ("A screening decision", ApplicationStatus.SCREENING),
    "approve": ("Approval", ApplicationStatus.IN_REVIEW),
    "reject": ("A funding decision", ApplicationStatus.IN_REVIEW),
}

REFUSED = [(start, name) for name in SERVICES for start in ApplicationStatus.values if (name, start) not in ALLOWED]


def expected_message(start: str, name: str) -> str:
    label = ApplicationStatus(start).label
    if name in STEP_NAMES:
        step, needed = STEP_NAMES[name]
        return f"{step} is possible only while the application is “{needed.label}”; it is “{label}”."
    target = ApplicationStatus(SERVICES[name][1]).label
    return f"Grant application cannot go from “{label}” to “{target}”."


def test_the_refusals_cover_every_state_and_service() -> None:
    # 7 services x 7 states; allowed: withdraw from the 4 open states, each other service from 1.
    assert len(REFUSED) == 7 * 7 - (4 + 6)


@pytest.mark.parametrize(("start", "name"), REFUSED)
def test_a_refused_transition_says_why_and_changes_nothing(start: str, name: str) -> None:
    service, _target, actor_kind, extra = SERVICES[name]
    application = GrantApplicationFactory.create(status=start)

    with translation.override("en"), pytest.raises(TransitionError) as refused:
        service(application=application, by=actor_for(actor_kind, application), **extra)

    assert refused.value.message == expected_message(start, name)
    application.refresh_from_db()
    assert application.status == start
    assert not AuditEntry.objects.for_object(application).exists()
    assert not OutboundEmail.objects.exists()
