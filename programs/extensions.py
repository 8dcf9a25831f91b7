"""What the apps built on the programmes (grants) add to the programme and call pages.

Programmes never import grants (import-linter's layers contract). Grants register here in their
`AppConfig.ready()`: how money reaches ventures through a programme (`Funding`, used by the
programme list, a programme's page and its outcomes) and what a call page offers a visitor
(the "Apply" panel).
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.db.models import Model, QuerySet

from .models import Call


@dataclass(frozen=True)
class Funding:
    """Rows of money given to ventures through a programme (grants: the awards made through its calls)."""

    # The rows given through `programme` (a Programme, or an OuterRef to one in a subquery).
    through_programme: Callable[[Any], QuerySet[Any]]
    # Each row's venture, and its amount in THB, as lookups on those rows.
    venture: str
    amount_thb: str
    # The programme of a row, as a lookup (to group the amounts by programme).
    programme: str


@dataclass
class _Registered:
    funding: Funding | None = None
    call_context: list[Callable[[Call, Any, datetime.datetime], dict[str, Any]]] = field(default_factory=list)


REGISTERED = _Registered()


def register_funding(funding: Funding) -> None:
    """Say how ventures are funded through programmes (one app does: grants)."""
    if REGISTERED.funding not in (None, funding):
        raise ImproperlyConfigured("Programme funding is registered twice.")
    REGISTERED.funding = funding


def funding() -> Funding | None:
    return REGISTERED.funding


def register_call_context(provider: Callable[[Call, Any, datetime.datetime], dict[str, Any]]) -> None:
    """Add to a call page's context: provider(call, visitor, now) -> {"panel": …}."""
    if provider not in REGISTERED.call_context:
        REGISTERED.call_context.append(provider)


def call_context(call: Call, user: Any, now: datetime.datetime) -> dict[str, Any]:
    context: dict[str, Any] = {}
    for provider in REGISTERED.call_context:
        context.update(provider(call, user, now))
    return context


def funded_rows(programme: Model | Any) -> QuerySet[Any] | None:
    """The funding rows given through `programme`, or None when no app funds ventures."""
    registered = REGISTERED.funding
    return registered.through_programme(programme) if registered is not None else None
