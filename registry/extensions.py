"""What the apps built on the registry (programmes, grants) add to its pages, exports and erasure.

The registry never imports them (import-linter's layers contract: grants → programs → registry →
core). Where a registry page or a personal-data request needs their rows, each registers a
function here in its `AppConfig.ready()`, and the registry calls whatever is registered, in the
order the apps are installed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import User, Venture


@dataclass(frozen=True)
class PersonalData:
    """An app's part of a person's data (PDPA): what it exports, and how erasure detaches it."""

    # Every column of the app that points at a user ("grants.GrantApplication.applicant") and
    # what erasure does with it, in words (registry.privacy.user_links lists them all).
    user_links: dict[str, str]
    # Cut the person's links (erasure), keeping the records themselves where audit needs them.
    detach: Callable[["User"], None]
    # (section name, rows) in the export, or None when the app exports nothing of its own.
    export: tuple[str, Callable[["User"], Any]] | None = None


@dataclass
class Extensions:
    # Extra context of the home page ({"figures": …}).
    home_context: list[Callable[[], dict[str, Any]]] = field(default_factory=list)
    # What backs a venture up on its public page ({"awards": […]}).
    venture_evidence: list[Callable[["Venture"], dict[str, Any]]] = field(default_factory=list)
    personal_data: list[PersonalData] = field(default_factory=list)


REGISTERED = Extensions()


def register_home_context(provider: Callable[[], dict[str, Any]]) -> None:
    if provider not in REGISTERED.home_context:
        REGISTERED.home_context.append(provider)


def register_venture_evidence(provider: Callable[["Venture"], dict[str, Any]]) -> None:
    if provider not in REGISTERED.venture_evidence:
        REGISTERED.venture_evidence.append(provider)


def register_personal_data(part: PersonalData) -> None:
    if part not in REGISTERED.personal_data:
        REGISTERED.personal_data.append(part)


def home_context() -> dict[str, Any]:
    """The home page's context from every registered provider."""
    context: dict[str, Any] = {}
    for provider in REGISTERED.home_context:
        context.update(provider())
    return context


def venture_evidence(venture: "Venture") -> dict[str, Any]:
    """A venture page's evidence from every registered provider."""
    context: dict[str, Any] = {}
    for provider in REGISTERED.venture_evidence:
        context.update(provider(venture))
    return context
