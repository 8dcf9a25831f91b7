"""Who may do what to a venture, its proposed changes and its team: each check answers and explains.

Services call these and refuse with the reason (PermissionDenied); views and the admin call them to
decide what to show. A check returns `(allowed, reason)`; the reason is empty when allowed.
"""

from typing import Any

from django.utils.translation import gettext as _

from .models import Venture, VentureMembership, VentureRevision
from .models.revisions import RevisionStatus
from .models.ventures import VentureStatus

Answer = tuple[bool, str]
YES: Answer = (True, "")

# What the team can do to a venture in each status (the reason is shown when it cannot).
EDITABLE_STATUSES = (VentureStatus.DRAFT, VentureStatus.CHANGES_REQUESTED, VentureStatus.PUBLISHED)


def _active(user: Any) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and not getattr(user, "erased_at", None))


def is_owner(user: Any, venture: Venture) -> bool:
    return _active(user) and venture.owner_id == user.pk


def is_on_team(user: Any, venture: Venture) -> bool:
    """The owner or a member of the venture's team."""
    if not _active(user):
        return False
    return venture.owner_id == user.pk or VentureMembership.objects.filter(venture=venture, user=user).exists()


def _staff_with(user: Any, permission: str) -> bool:
    return _active(user) and user.is_staff and user.has_perm(permission)


def _staff_may_change_ventures(user: Any) -> bool:
    """Staff who may change ventures in the admin (superusers; no staff role has it by default)."""
    return _staff_with(user, "registry.change_venture")


def can_staff_edit_venture(user: Any) -> Answer:
    """Correct a venture's texts and facts in the admin."""
    if not _staff_may_change_ventures(user):
        return False, _("Only staff who may change ventures can correct them in the admin.")
    return YES


def can_staff_create_venture(user: Any) -> Answer:
    """Add a venture in the admin (it starts as a draft with no team)."""
    if not _staff_with(user, "registry.add_venture"):
        return False, _("Only staff who may add ventures can add them in the admin.")
    return YES


def can_moderate(user: Any) -> Answer:
    if not _staff_with(user, "registry.moderate_venture"):
        return False, _("Only a reviewer can publish, send back, reject or archive ventures.")
    return YES


def can_verify(user: Any) -> Answer:
    if not _staff_with(user, "registry.verify_venture"):
        return False, _("Only a reviewer with the verification permission can mark ventures verified.")
    return YES


def can_see_own_venture(user: Any, venture: Venture) -> Answer:
    """The team's private view of a venture (under /my/)."""
    if not is_on_team(user, venture):
        return False, _("Only the venture's team can see this page.")
    return YES


def can_create_venture(user: Any) -> Answer:
    if not _active(user):
        return False, _("Log in to register a venture.")
    return YES


def can_edit_venture(user: Any, venture: Venture) -> Answer:
    if not is_on_team(user, venture):
        return False, _("Only the venture's team can change it.")
    if venture.status == VentureStatus.SUBMITTED:
        return False, _(
            "The reviewers are looking at this profile, so it cannot be changed now. Withdraw the "
            "submission if you need to change something."
        )
    if venture.status == VentureStatus.REJECTED:
        return False, _("The reviewers did not accept this venture, so it can no longer be changed.")
    if venture.status == VentureStatus.ARCHIVED:
        return False, _("This venture is archived. Reopen it to work on it again.")
    if venture.status == VentureStatus.PUBLISHED:
        pending = venture.revisions.open().first()
        if pending is not None and pending.status == RevisionStatus.SUBMITTED:
            return False, _(
                "Your proposed changes are with the reviewers. Withdraw them if you need to change something."
            )
    return YES


def _verified_email(user: Any) -> Answer:
    if getattr(user, "email_verified_at", None) is None:
        return False, _("Please confirm your email address first: open the link we sent you.")
    return YES


def can_submit_venture(user: Any, venture: Venture) -> Answer:
    """Send a draft (or a venture with requested changes) to the reviewers."""
    if not is_on_team(user, venture):
        if can_moderate(user)[0]:
            return YES  # staff may submit an imported venture that has no team
        return False, _("Only the venture's team can submit it for review.")
    if venture.status not in (VentureStatus.DRAFT, VentureStatus.CHANGES_REQUESTED):
        return False, _("Only a draft or a venture with requested changes can be submitted.")
    return _verified_email(user)


def can_withdraw_submission(user: Any, venture: Venture) -> Answer:
    if not (is_on_team(user, venture) or can_moderate(user)[0]):
        return False, _("Only the venture's team can withdraw its submission.")
    return YES


def can_reopen_venture(user: Any, venture: Venture) -> Answer:
    if not (is_owner(user, venture) or can_moderate(user)[0]):
        return False, _("Only the venture's owner can reopen it.")
    return YES


def can_submit_revision(user: Any, revision: VentureRevision) -> Answer:
    if not is_on_team(user, revision.venture):
        return False, _("Only the venture's team can submit changes to it.")
    if revision.status not in (RevisionStatus.DRAFT, RevisionStatus.CHANGES_REQUESTED):
        return False, _("These changes have already been sent to the reviewers.")
    return _verified_email(user)


def can_withdraw_revision(user: Any, revision: VentureRevision) -> Answer:
    if not is_on_team(user, revision.venture):
        return False, _("Only the venture's team can withdraw its proposed changes.")
    return YES


def can_delete_venture(user: Any, venture: Venture) -> Answer:
    """Delete for good: only the owner, and only a venture that never had a public life."""
    if not is_owner(user, venture):
        return False, _("Only the venture's owner can delete it.")
    if venture.first_published_at is not None or venture.status == VentureStatus.PUBLISHED:
        return False, _(
            "This venture has been published, so it is kept for the record. You can archive it to "
            "take it out of the directory."
        )
    if venture.applications.exists() or venture.participations.exists() or venture.co_investments.exists():
        return False, _(
            "This venture has grant or programme records, which are kept for audit. You can archive it instead."
        )
    if venture.status == VentureStatus.SUBMITTED:
        return False, _("Withdraw the submission before deleting the venture.")
    return YES


def can_archive_venture(user: Any, venture: Venture) -> Answer:
    """Take a venture out of the directory: its owner, or a reviewer."""
    if not (is_owner(user, venture) or can_moderate(user)[0]):
        return False, _("Only the venture's owner or a reviewer can archive it.")
    return YES


def can_withdraw_contact_consent(user: Any, venture: Venture) -> Answer:
    """Stop showing the contact details: the team, or staff in the admin (never the reverse:
    switching them on is the team's own consent)."""
    if not (is_on_team(user, venture) or _staff_may_change_ventures(user)):
        return False, _("Only the venture's team can see this page.")
    return YES


def can_transfer_venture(user: Any, venture: Venture) -> Answer:
    """The owner, or staff in the admin."""
    if _staff_may_change_ventures(user):
        return YES
    if not is_owner(user, venture):
        return False, _("Only the venture's owner can hand it over to someone else.")
    return YES


def can_manage_team(user: Any, venture: Venture) -> Answer:
    """Invite people, cancel invitations and remove members: the owner, or staff in the admin."""
    if _staff_may_change_ventures(user):
        return YES
    if not is_owner(user, venture):
        return False, _("Only the venture's owner can invite or remove team members.")
    return _verified_email(user)


def can_remove_member(user: Any, membership: VentureMembership) -> Answer:
    """The owner (or staff in the admin) removes a member; a member can always leave."""
    if _active(user) and membership.user_id == user.pk:
        return YES
    if _staff_may_change_ventures(user):
        return YES
    if not is_owner(user, membership.venture):
        return False, _("Only the venture's owner can remove team members.")
    return YES
