"""Registry models: people, places, social areas, ventures and the audit trail."""

from .areas import Sdg, SocialArea
from .audit import AuditEntry
from .imports import IMPORT_JOB_TRANSITIONS, ImportJob, ImportJobStatus
from .outbox import OutboundEmail
from .people import ConsentRecord, Entrepreneur, User
from .places import Country, Province, Region
from .revisions import VentureReviewQueue, VentureRevision
from .search import SearchTerm, VentureSearchDocument
from .team import VentureInvitation
from .ventures import Venture, VentureArea, VentureMembership

__all__ = [
    "IMPORT_JOB_TRANSITIONS",
    "AuditEntry",
    "ConsentRecord",
    "Country",
    "Entrepreneur",
    "ImportJob",
    "ImportJobStatus",
    "OutboundEmail",
    "Province",
    "Region",
    "Sdg",
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
