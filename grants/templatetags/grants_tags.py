"""Template helpers of the grants app: the user's applications for the `/my/` dashboard partial, scores."""

from decimal import Decimal
from typing import Any

from django import template

from ..selectors.applicant import applications_of, next_step, open_calls
from ..selectors.reviews import score_text

register = template.Library()


@register.simple_tag
def my_applications(user: Any, limit: int = 10) -> list[tuple[Any, str]]:
    """The user's latest applications, each with what happens next."""
    return [(application, next_step(application)) for application in applications_of(user)[:limit]]


@register.simple_tag
def open_call_count() -> int:
    """How many calls take applications now."""
    return open_calls().count()


@register.filter
def score(value: Decimal | None) -> str:
    """A (weighted) score without trailing zeros: 17.5, 19."""
    return score_text(value)
