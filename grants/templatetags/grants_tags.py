"""Template helpers of the grants app: the user's applications for the `/my/` dashboard partial."""

from typing import Any

from django import template

from .. import selectors

register = template.Library()


@register.simple_tag
def my_applications(user: Any, limit: int = 10) -> list[tuple[Any, str]]:
    """The user's latest applications, each with what happens next."""
    return [(application, selectors.next_step(application)) for application in selectors.applications_of(user)[:limit]]


@register.simple_tag
def open_call_count() -> int:
    """How many calls take applications now."""
    return selectors.open_calls().count()
