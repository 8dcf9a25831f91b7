"""Staff admin of the registry, one module per area: people, reference data, ventures, the
reviewers' side (proposed changes, invitations, the review queue) and bulk imports.

State fields (moderation status, verification and their timestamps) are read-only here: they
change only through `registry.services`. The moderation decisions are `moderation`'s rows of
core.admin.decisions; the audit trail and outbox admins are the core app's.
"""

from . import imports, people, reference, review, thesaurus, ventures

__all__ = ["imports", "people", "reference", "review", "thesaurus", "ventures"]
