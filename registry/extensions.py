"""What the apps built on the registry (programmes, grants) add to its pages, exports, erasure and
directory facets.

The registry never imports them (import-linter's layers contract: grants → programs → registry →
core). Where a registry page or a personal-data request needs their rows, each registers a
function here in its `AppConfig.ready()`, and the registry calls whatever is registered, in the
order the apps are installed.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from django.db.models import Q

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


@dataclass(frozen=True)
class FacetLink:
    """How the facet counts' SQL reaches a facet's values: a link table of (venture, value) rows
    and the table of the values. Table and column names only; every value is a parameter."""

    table: str  # the link table ("programs_participation")
    venture_column: str  # its column of the venture's id
    value_column: str  # its column of the value's id
    value_table: str  # the values' table ("programs_programme")
    code_column: str  # the values' column that the parameter carries ("slug")
    # Whether one venture may have several link rows to the same value (then counted distinctly).
    may_repeat: bool = False


@dataclass(frozen=True)
class DirectoryFacet:
    """A facet of the public directory and the ventures API that a higher app adds (programs: the
    programme a venture took part in). Its parameter lists codes of a reference table."""

    name: str  # the query parameter ("program")
    after: str  # the registry's facet it is placed after (in the page, the API and its schema)
    # The django-filter filter of the parameter (a registry.filters.CodesFilter with `method="filter_facet"`).
    make_filter: Callable[[], Any]
    # The condition chosen values (the filter's cleaned value) put on `Venture`.
    condition: Callable[[Any], "Q"]
    code: str  # the attribute of a chosen value that the parameter carries ("slug")
    # (code, label) of every value, in display order, in the active language.
    labels: Callable[[], list[tuple[str, str]]]
    # The models whose changes change the labels ("programs.Programme").
    label_models: tuple[str, ...]
    link: Callable[[], FacetLink]


@dataclass
class Extensions:
    # Extra context of the home page ({"figures": …}).
    home_context: list[Callable[[], dict[str, Any]]] = field(default_factory=list)
    # What backs a venture up on its public page ({"awards": […]}).
    venture_evidence: list[Callable[["Venture"], dict[str, Any]]] = field(default_factory=list)
    personal_data: list[PersonalData] = field(default_factory=list)
    directory_facets: list[DirectoryFacet] = field(default_factory=list)


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


def register_directory_facet(facet: DirectoryFacet) -> None:
    """Add a facet to the directory: its parameter, filter, counts and labels."""
    if any(registered.name == facet.name for registered in REGISTERED.directory_facets):
        return
    REGISTERED.directory_facets.append(facet)
    # Imported here: the filters and selectors read these extensions when they are imported.
    from . import filters, selectors

    filters.install_registered_facets()
    selectors.watch_facet_label_models(facet.label_models)


def directory_facets() -> list[DirectoryFacet]:
    return list(REGISTERED.directory_facets)


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
