"""What the grant lifecycle adds to the apps below it (registered by GrantsConfig.ready()):
the headline figures on the home page, the grants on a venture's page, the grants part of a
person's data, the money given through each programme, and the call page's "Apply" panel."""

import datetime
from typing import Any

from django.db.models import QuerySet

from programs import extensions as programs_extensions
from programs.models import Call
from registry import extensions as registry_extensions

from . import privacy
from .models import Award
from .selectors.applicant import apply_panel
from .selectors.public import venture_awards
from .selectors.stats import headline_figures


def home_figures() -> dict[str, Any]:
    return {"figures": headline_figures()}


def awards_through(programme: Any) -> QuerySet[Award]:
    return Award.objects.filter(application__call__programme=programme)


def call_apply_panel(call: Call, user: Any, now: datetime.datetime) -> dict[str, Any]:
    return {"panel": apply_panel(call, user, now)}


AWARDS = programs_extensions.Funding(
    through_programme=awards_through,
    venture="application__venture",
    amount_thb="amount_thb",
    programme="application__call__programme",
)


def register() -> None:
    registry_extensions.register_home_context(home_figures)
    registry_extensions.register_venture_evidence(venture_awards)
    registry_extensions.register_personal_data(privacy.PERSONAL_DATA)
    programs_extensions.register_funding(AWARDS)
    programs_extensions.register_call_context(call_apply_panel)
