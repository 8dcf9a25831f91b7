"""Registry models: people, places, social areas, ventures, their teams, revisions, imports and search documents."""

from .areas import Sdg, SocialArea
from .imports import ImportJob, ImportJobStatus
from .people import ConsentRecord, Entrepreneur, User
from .places import Country, Province, Region
from .revisions import VentureReviewQueue, VentureRevision
from .search import (
    BrowseFacetCounts,
    Concept,
    ConceptTerm,
    SearchKey,
    SearchPosting,
    SearchTerm,
    VentureSearchDocument,
)
from .team import VentureInvitation
from .ventures import Venture, VentureArea, VentureMembership

__all__ = [
    "BrowseFacetCounts",
    "Concept",
    "ConceptTerm",
    "ConsentRecord",
    "Country",
    "Entrepreneur",
    "ImportJob",
    "ImportJobStatus",
    "Province",
    "Region",
    "Sdg",
    "SearchKey",
    "SearchPosting",
    "SearchTerm",
    "SocialArea",
    "User",
    "Venture",
    "VentureArea",
    "VentureInvitation",
    "VentureMembership",
    "VentureReviewQueue",
    "VentureRevision",
    "VentureSearchDocument",
]
