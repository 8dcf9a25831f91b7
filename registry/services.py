"""Every write to ventures that carries a business rule. Views, admin, API and tasks call these.

Moderation decisions (publish, request changes, reject, archive, approve a proposed change) each
lock the row, check `registry.permissions` and the transition table, write one audit entry and
queue one email to the owner, keyed by that audit entry so it is sent once per decision.
"""

import hashlib
import secrets
from copy import copy
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import AuditEntry
from core.notifications import queue_email
from core.workflow import TransitionError, apply_transition, record_audit

from . import permissions
from .consent import PUBLIC_CONTACT
from .models import (
    ConsentRecord,
    Country,
    User,
    Venture,
    VentureArea,
    VentureInvitation,
    VentureMembership,
    VentureRevision,
)
from .models.revisions import REVISION_TRANSITIONS, RevisionStatus
from .models.team import InvitationStatus
from .models.ventures import VENTURE_TRANSITIONS, VentureStatus
from .profiles import VALUE_FIELDS, VentureProfile, profile_diff, profile_of_venture, profile_to_data
from .search.index import schedule_search_reindex
from .slugs import unique_slug


def _require(answer: tuple[bool, str]) -> None:
    allowed, reason = answer
    if not allowed:
        raise PermissionDenied(reason)


def _locked(venture: Venture) -> Venture:
    return Venture.objects.select_for_update().get(pk=venture.pk)


def _refresh(venture: Venture) -> Venture:
    """Give the caller's instance the state the service saved."""
    venture.refresh_from_db()
    return venture


def venture_set_areas(*, venture: Venture, areas: list[Any], primary: Any) -> None:
    """Replace a venture's areas; `primary` must be one of them."""
    if not areas:
        raise ValidationError({"areas": _("Choose at least one social-innovation area.")})
    if primary not in areas:
        raise ValidationError({"primary_area": _("The primary area must be one of the chosen areas.")})
    VentureArea.objects.filter(venture=venture).delete()
    VentureArea.objects.bulk_create(
        [VentureArea(venture=venture, area=area, is_primary=(area == primary)) for area in areas]
    )
    schedule_search_reindex(venture)


def submission_problems(venture: Venture) -> list[str]:
    """What a venture still lacks before it can be reviewed (empty when it is complete)."""
    problems = []
    if not (venture.name_th or venture.name_en):
        problems.append(_("a name in Thai or English"))
    if not (venture.summary_th or venture.summary_en):
        problems.append(_("a short summary of what it does"))
    elif not ((venture.name_th and venture.summary_th) or (venture.name_en and venture.summary_en)):
        problems.append(_("the name and the summary in the same language (Thai or English)"))
    if not venture.venture_areas.exists():
        problems.append(_("at least one social-innovation area"))
    elif not venture.venture_areas.filter(is_primary=True).exists():
        problems.append(_("a primary area"))
    return problems


@transaction.atomic
def venture_submit(*, venture: Venture, by: Any) -> Venture:
    """Send a draft (or a venture with requested changes) to the reviewers."""
    locked = _locked(venture)
    _require(permissions.can_submit_venture(by, locked))
    problems = submission_problems(locked)
    if problems:
        raise TransitionError(_("Before submitting, please add: %(missing)s.") % {"missing": ", ".join(problems)})
    apply_transition(
        locked,
        to_status=VentureStatus.SUBMITTED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.submit",
        timestamps=("submitted_at",),
    )
    return _refresh(venture)


@transaction.atomic
def venture_withdraw_submission(*, venture: Venture, by: Any) -> Venture:
    """Take a submitted venture back to draft before the reviewers decide."""
    locked = _locked(venture)
    _require(permissions.can_withdraw_submission(by, locked))
    apply_transition(locked, to_status=VentureStatus.DRAFT, table=VENTURE_TRANSITIONS, by=by, action="venture.withdraw")
    return _refresh(venture)


@transaction.atomic
def venture_publish(*, venture: Venture, by: Any, reason: str = "") -> Venture:
    """Publish a submitted venture (or restore an archived one) in the public directory."""
    _require(permissions.can_moderate(by))
    locked = _locked(venture)
    now = timezone.now()
    if locked.first_published_at is None:
        locked.first_published_at = now
    locked.moderation_note = ""
    entry = apply_transition(
        locked,
        to_status=VentureStatus.PUBLISHED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.publish",
        reason=reason,
        timestamps=("published_at",),
        now=now,
    )
    _email_owner(locked, entry=entry, template="venture_published", by=by)
    schedule_search_reindex(locked)
    return _refresh(venture)


def _require_reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise TransitionError(_("Give a reason: the owner will read it."))
    return reason


@transaction.atomic
def venture_request_changes(*, venture: Venture, by: Any, reason: str) -> Venture:
    """Send a submitted venture back to its owner with what must change."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked(venture)
    locked.moderation_note = reason
    entry = apply_transition(
        locked,
        to_status=VentureStatus.CHANGES_REQUESTED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.request_changes",
        reason=reason,
    )
    _email_owner(locked, entry=entry, template="venture_changes_requested", by=by)
    return _refresh(venture)


@transaction.atomic
def venture_reject(*, venture: Venture, by: Any, reason: str) -> Venture:
    """Refuse a submitted venture, with the reason."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked(venture)
    locked.moderation_note = reason
    entry = apply_transition(
        locked,
        to_status=VentureStatus.REJECTED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.reject",
        reason=reason,
    )
    _email_owner(locked, entry=entry, template="venture_rejected", by=by)
    return _refresh(venture)


@transaction.atomic
def venture_archive(*, venture: Venture, by: Any, reason: str = "") -> Venture:
    """Take a venture out of the directory (kept for the record): by a reviewer or its owner."""
    locked = _locked(venture)
    _require(permissions.can_archive_venture(by, locked))
    entry = apply_transition(
        locked,
        to_status=VentureStatus.ARCHIVED,
        table=VENTURE_TRANSITIONS,
        by=by,
        action="venture.archive",
        reason=reason,
        timestamps=("archived_at",),
    )
    _email_owner(locked, entry=entry, template="venture_archived", by=by)
    schedule_search_reindex(locked)
    return _refresh(venture)


@transaction.atomic
def venture_reopen(*, venture: Venture, by: Any) -> Venture:
    """Bring an archived venture back to draft so its owner can work on it again."""
    locked = _locked(venture)
    _require(permissions.can_reopen_venture(by, locked))
    apply_transition(locked, to_status=VentureStatus.DRAFT, table=VENTURE_TRANSITIONS, by=by, action="venture.reopen")
    return _refresh(venture)


@transaction.atomic
def venture_set_verified(*, venture: Venture, by: Any, verified: bool, note: str = "") -> Venture:
    """Mark a venture verified (with what was checked) or take the mark away."""
    _require(permissions.can_verify(by))
    locked = _locked(venture)
    if verified and not note.strip():
        raise ValidationError({"verification_note": _("Say what was checked to verify this venture.")})
    was = locked.verified
    locked.verified = verified
    locked.verified_at = timezone.now() if verified else None
    locked.verified_by = by if verified else None
    locked.verification_note = note.strip() if verified else ""
    locked.save(update_fields=["verified", "verified_at", "verified_by", "verification_note", "updated_at"])
    record_audit(
        obj=locked,
        actor=by,
        action="venture.verify" if verified else "venture.unverify",
        from_status="verified" if was else "unverified",
        to_status="verified" if verified else "unverified",
        reason=note,
    )
    return _refresh(venture)


# --- Emails to the owner -------------------------------------------------------------------------


def _email_context(venture: Venture, **extra: Any) -> dict[str, Any]:
    return {"venture": venture, "site_url": settings.SITE_URL.rstrip("/"), **extra}


def _email_owner(venture: Venture, *, entry: AuditEntry, template: str, by: Any, **extra: Any) -> None:
    """Tell the owner about a decision, once: the key is the decision's audit entry.

    Nobody is emailed about what they did themselves (an owner archiving their own venture).
    """
    owner = venture.owner
    if owner is None or not owner.is_active or owner.erased_at is not None:
        return
    if getattr(by, "pk", None) == owner.pk:
        return
    queue_email(
        key=f"{template}:{entry.pk}",
        to=owner.email,
        template=f"emails/registry/{template}",
        context=_email_context(venture, reason=entry.reason, owner=owner, **extra),
        language=owner.preferred_language,
    )


# --- Files ---------------------------------------------------------------------------------------


def _logo_in_use(name: str) -> bool:
    return Venture.objects.filter(logo=name).exists() or VentureRevision.objects.open().filter(logo=name).exists()


def delete_file_after_commit(field_file: FieldFile | None, *, unless_in_use: bool = True) -> None:
    """Remove a stored file once the transaction that stopped using it commits."""
    if not field_file or not field_file.name:
        return
    storage, name = field_file.storage, field_file.name

    def remove() -> None:
        if unless_in_use and _logo_in_use(name):
            return
        storage.delete(name)

    transaction.on_commit(remove)


# --- Creating and editing a venture --------------------------------------------------------------


def _default_country() -> Country:
    return Country.objects.get(iso2="TH")


def _set_values(venture: Venture, profile: VentureProfile) -> None:
    for name in VALUE_FIELDS:
        setattr(venture, name, getattr(profile, name))
    venture.country = profile.country or _default_country()
    venture.province = profile.province


def _record_contact_consent(*, venture: Venture, by: Any, now: Any) -> None:
    ConsentRecord.objects.create(
        user=by, purpose=PUBLIC_CONTACT.purpose, venture=venture, text_version=PUBLIC_CONTACT.version, given_at=now
    )


def _withdraw_contact_consents(venture: Venture, now: Any) -> None:
    ConsentRecord.objects.filter(venture=venture, purpose=PUBLIC_CONTACT.purpose, withdrawn_at__isnull=True).update(
        withdrawn_at=now
    )


def _apply_profile(
    venture: Venture, profile: VentureProfile, *, by: Any, logo_name: str | None = None, record_consent: bool = True
) -> None:
    """Write `profile` onto `venture` (the caller holds the lock and the transaction).

    `logo_name` is a file already stored (an approved change's logo); otherwise `profile.logo`
    is a checked, re-encoded upload to store. Switching public contact details on records the
    consent of `by` unless it was recorded already (`record_consent=False`).
    """
    now = timezone.now()
    was_public = venture.contact_public
    _set_values(venture, profile)
    if profile.contact_public and not was_public:
        venture.contact_consent_at = now
    elif not profile.contact_public:
        venture.contact_consent_at = None
    old_logo = copy(venture.logo) if venture.logo else None
    venture.full_clean(exclude=["logo"])
    if logo_name:
        venture.logo.name = logo_name
    elif profile.logo is not None:
        venture.logo.save(profile.logo.name or "logo.png", profile.logo, save=False)
    elif profile.remove_logo:
        venture.logo.name = ""
    if old_logo is not None and old_logo.name != venture.logo.name:
        delete_file_after_commit(old_logo)
    venture.save()
    if profile.contact_public and not was_public and record_consent and getattr(by, "pk", None):
        _record_contact_consent(venture=venture, by=by, now=now)
    elif was_public and not profile.contact_public:
        _withdraw_contact_consents(venture, now)
    venture_set_areas(venture=venture, areas=profile.areas, primary=profile.primary_area)
    venture.sdgs.set(profile.sdgs)


@transaction.atomic
def venture_create(*, owner: Any, profile: VentureProfile) -> Venture:
    """Register a new venture as a draft owned by `owner`."""
    _require(permissions.can_create_venture(owner))
    venture = Venture(
        owner=owner,
        slug=unique_slug(Venture, profile.name_en, profile.name_th),
        country=profile.country or _default_country(),
    )
    _set_values(venture, profile)
    # Saved first without public contact details, so that switching them on below records consent.
    venture.contact_public = False
    venture.full_clean(exclude=["logo"])
    venture.save()
    _apply_profile(venture, profile, by=owner)
    record_audit(obj=venture, actor=owner, action="venture.create", to_status=venture.status)
    return venture


@transaction.atomic
def venture_save_profile(*, venture: Venture, by: Any, profile: VentureProfile) -> VentureRevision | None:
    """Save what the team entered: directly while the venture is unpublished; as a proposed change
    (returned) once it is published, so the public keeps seeing the approved version."""
    locked = _locked(venture)
    _require(permissions.can_edit_venture(by, locked))
    if locked.status == VentureStatus.PUBLISHED:
        return _propose_change(locked, by=by, profile=profile)
    _apply_profile(locked, profile, by=by)
    record_audit(obj=locked, actor=by, action="venture.edit")
    _refresh(venture)
    return None


def _propose_change(venture: Venture, *, by: Any, profile: VentureProfile) -> VentureRevision | None:
    now = timezone.now()
    if venture.contact_public and not profile.contact_public:
        # Withdrawing consent to show contact details takes effect at once, not after review.
        _hide_contact(venture, by=by, now=now)
    # Check the proposal the way the venture itself would be checked, without saving it.
    candidate = copy(venture)
    _set_values(candidate, profile)
    candidate.full_clean(exclude=["logo", "slug"], validate_unique=False, validate_constraints=False)
    if not profile.areas:
        raise ValidationError({"areas": _("Choose at least one social-innovation area.")})
    if profile.primary_area not in profile.areas:
        raise ValidationError({"primary_area": _("The primary area must be one of the chosen areas.")})

    revision = VentureRevision.objects.select_for_update().filter(venture=venture).open().first()
    data = profile_to_data(profile)
    if revision is None:
        unchanged = data == profile_to_data(profile_of_venture(venture))
        if unchanged and profile.logo is None and not (profile.remove_logo and venture.logo):
            return None
        revision = VentureRevision(venture=venture, created_by=by, status=RevisionStatus.DRAFT)
        created = True
    else:
        created = False
    was_public = revision.data.get("contact_public", venture.contact_public) if not created else venture.contact_public
    revision.data = data
    if profile.logo is not None:
        delete_file_after_commit(copy(revision.logo) if revision.logo else None)
        revision.logo.save(profile.logo.name or "logo.png", profile.logo, save=False)
        revision.remove_logo = False
    elif profile.remove_logo:
        delete_file_after_commit(copy(revision.logo) if revision.logo else None)
        revision.logo.name = ""
        revision.remove_logo = True
    revision.full_clean()
    revision.save()
    if profile.contact_public and not was_public:
        _record_contact_consent(venture=venture, by=by, now=now)
    if created:
        record_audit(obj=revision, actor=by, action="revision.create", to_status=revision.status)
    return revision


def _hide_contact(venture: Venture, *, by: Any, now: Any) -> None:
    venture.contact_public = False
    venture.contact_consent_at = None
    venture.save(update_fields=["contact_public", "contact_consent_at", "updated_at"])
    _withdraw_contact_consents(venture, now)
    for revision in VentureRevision.objects.filter(venture=venture).open():
        revision.data = {**revision.data, "contact_public": False}
        revision.save(update_fields=["data", "updated_at"])
    record_audit(obj=venture, actor=by, action="venture.hide_contact")


@transaction.atomic
def venture_withdraw_contact_consent(*, venture: Venture, by: Any) -> Venture:
    """Stop showing a venture's contact details, at once (also in any proposed change)."""
    locked = _locked(venture)
    _require(permissions.can_see_own_venture(by, locked))
    if locked.contact_public or VentureRevision.objects.filter(venture=locked, data__contact_public=True).open():
        _hide_contact(locked, by=by, now=timezone.now())
    return _refresh(venture)


@transaction.atomic
def venture_delete(*, venture: Venture, by: Any) -> None:
    """Delete a venture that was never published and has no grant or programme records."""
    locked = _locked(venture)
    _require(permissions.can_delete_venture(by, locked))
    files = [copy(locked.logo), *(copy(r.logo) for r in locked.revisions.all() if r.logo)]
    record_audit(obj=locked, actor=by, action="venture.delete", from_status=locked.status)
    locked.delete()
    for field_file in files:
        delete_file_after_commit(field_file)


# --- Proposed changes to a published venture -----------------------------------------------------


def _locked_revision(revision: VentureRevision) -> VentureRevision:
    return VentureRevision.objects.select_for_update().select_related("venture").get(pk=revision.pk)


def _email_revision_owner(revision: VentureRevision, *, entry: AuditEntry, template: str, by: Any) -> None:
    _email_owner(revision.venture, entry=entry, template=template, by=by, revision=revision)


@transaction.atomic
def venture_revision_submit(*, revision: VentureRevision, by: Any) -> VentureRevision:
    """Send proposed changes to the reviewers."""
    locked = _locked_revision(revision)
    _require(permissions.can_submit_revision(by, locked))
    apply_transition(
        locked,
        to_status=RevisionStatus.SUBMITTED,
        table=REVISION_TRANSITIONS,
        by=by,
        action="revision.submit",
        timestamps=("submitted_at",),
    )
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_withdraw(*, revision: VentureRevision, by: Any) -> VentureRevision:
    """Take proposed changes back from the reviewers to keep working on them."""
    locked = _locked_revision(revision)
    _require(permissions.can_withdraw_revision(by, locked))
    apply_transition(
        locked, to_status=RevisionStatus.DRAFT, table=REVISION_TRANSITIONS, by=by, action="revision.withdraw"
    )
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_discard(*, revision: VentureRevision, by: Any) -> VentureRevision:
    """Drop proposed changes that were not sent (or were sent back); the published version stays."""
    locked = _locked_revision(revision)
    _require(permissions.can_withdraw_revision(by, locked))
    apply_transition(
        locked, to_status=RevisionStatus.WITHDRAWN, table=REVISION_TRANSITIONS, by=by, action="revision.discard"
    )
    delete_file_after_commit(copy(locked.logo) if locked.logo else None)
    revision.refresh_from_db()
    return revision


def revision_changes(revision: VentureRevision) -> list[Any]:
    """What the proposed change would change on the published venture, field by field."""
    from .profiles import profile_from_data

    logo_change = ""
    if revision.logo:
        logo_change = _("a new logo")
    elif revision.remove_logo and revision.venture.logo:
        logo_change = _("logo removed")
    return profile_diff(profile_of_venture(revision.venture), profile_from_data(revision.data), logo_change=logo_change)


@transaction.atomic
def venture_revision_approve(*, revision: VentureRevision, by: Any, reason: str = "") -> VentureRevision:
    """Publish proposed changes: the venture takes the new version and the public sees it."""
    from .profiles import profile_from_data

    _require(permissions.can_moderate(by))
    locked = _locked_revision(revision)
    venture = _locked(locked.venture)
    if locked.status == RevisionStatus.SUBMITTED and venture.status != VentureStatus.PUBLISHED:
        raise TransitionError(
            _("The venture is no longer published; its proposed changes cannot be published."),
            from_status=locked.status,
            to_status=RevisionStatus.APPROVED,
        )
    now = timezone.now()
    entry = apply_transition(
        locked,
        to_status=RevisionStatus.APPROVED,
        table=REVISION_TRANSITIONS,
        by=by,
        action="revision.approve",
        reason=reason,
        timestamps=("decided_at",),
        now=now,
    )
    profile = profile_from_data(locked.data)
    profile.remove_logo = locked.remove_logo
    # The consent to show contact details was recorded when the change was proposed.
    _apply_profile(venture, profile, by=locked.created_by, logo_name=locked.logo.name or None, record_consent=False)
    venture.moderation_note = ""
    venture.save(update_fields=["moderation_note", "updated_at"])
    record_audit(obj=venture, actor=by, action="venture.apply_change", reason=f"revision #{locked.pk}")
    _email_revision_owner(locked, entry=entry, template="revision_approved", by=by)
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_request_changes(*, revision: VentureRevision, by: Any, reason: str) -> VentureRevision:
    """Send proposed changes back to the team with what must change."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked_revision(revision)
    locked.moderation_note = reason
    entry = apply_transition(
        locked,
        to_status=RevisionStatus.CHANGES_REQUESTED,
        table=REVISION_TRANSITIONS,
        by=by,
        action="revision.request_changes",
        reason=reason,
        timestamps=("decided_at",),
    )
    _email_revision_owner(locked, entry=entry, template="revision_changes_requested", by=by)
    revision.refresh_from_db()
    return revision


@transaction.atomic
def venture_revision_reject(*, revision: VentureRevision, by: Any, reason: str) -> VentureRevision:
    """Refuse proposed changes; the published version stays as it is."""
    _require(permissions.can_moderate(by))
    reason = _require_reason(reason)
    locked = _locked_revision(revision)
    locked.moderation_note = reason
    entry = apply_transition(
        locked,
        to_status=RevisionStatus.REJECTED,
        table=REVISION_TRANSITIONS,
        by=by,
        action="revision.reject",
        reason=reason,
        timestamps=("decided_at",),
    )
    delete_file_after_commit(copy(locked.logo) if locked.logo else None)
    _email_revision_owner(locked, entry=entry, template="revision_rejected", by=by)
    revision.refresh_from_db()
    return revision


# --- The team ------------------------------------------------------------------------------------


def invitation_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def venture_invite(*, venture: Venture, by: Any, email: str) -> tuple[VentureInvitation, str]:
    """Invite `email` to the team as an editor; returns the invitation and the token of its link.

    Inviting the same address again cancels the earlier link and sends a new one.
    """
    locked = _locked(venture)
    _require(permissions.can_manage_team(by, locked))
    email = User.objects.normalize_email(email).strip().lower()
    if not email:
        raise ValidationError({"email": _("Enter the email address of the person to invite.")})
    on_team = (locked.owner is not None and locked.owner.email.lower() == email) or locked.memberships.filter(
        user__email__iexact=email
    ).exists()
    if on_team:
        raise ValidationError({"email": _("This person is already on the team.")})
    now = timezone.now()
    locked.invitations.filter(email__iexact=email, status=InvitationStatus.PENDING).update(
        status=InvitationStatus.REVOKED, responded_at=now
    )
    token = secrets.token_urlsafe(32)
    invitation = VentureInvitation(
        venture=locked,
        email=email,
        token_hash=invitation_token_hash(token),
        invited_by=by,
        created_at=now,
        expires_at=now + timedelta(days=settings.REGISTRY_INVITATION_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    record_audit(obj=locked, actor=by, action="team.invite", reason=f"invitation #{invitation.pk}")
    existing = User.objects.filter(email__iexact=email).first()
    queue_email(
        key=f"team_invitation:{invitation.pk}",
        to=email,
        template="emails/registry/team_invitation",
        context=_email_context(locked, inviter=by, token=token, invitation=invitation),
        language=existing.preferred_language if existing else by.preferred_language,
    )
    return invitation, token


def invitation_for_token(token: str) -> VentureInvitation | None:
    return VentureInvitation.objects.select_related("venture").filter(token_hash=invitation_token_hash(token)).first()


def _check_invitation(invitation: VentureInvitation, user: Any) -> None:
    if not invitation.is_answerable:
        raise PermissionDenied(_("This invitation is no longer valid. Ask the venture's owner for a new one."))
    if not permissions._active(user) or user.email.lower() != invitation.email.lower():
        raise PermissionDenied(
            _("This invitation was sent to another email address. Log in with the address it was sent to.")
        )


@transaction.atomic
def invitation_accept(*, invitation: VentureInvitation, user: Any) -> VentureMembership:
    """Join the team as an editor (only the person logged in with the invited address)."""
    locked = VentureInvitation.objects.select_for_update().select_related("venture").get(pk=invitation.pk)
    _check_invitation(locked, user)
    if locked.venture.owner_id == user.pk:
        raise ValidationError(_("You already own this venture."))
    now = timezone.now()
    membership, _created = VentureMembership.objects.get_or_create(
        venture=locked.venture, user=user, defaults={"role": VentureMembership.Role.EDITOR}
    )
    locked.status = InvitationStatus.ACCEPTED
    locked.responded_at = now
    locked.save(update_fields=["status", "responded_at"])
    if user.email_verified_at is None:
        # The link reached this address, which proves it.
        user.email_verified_at = now
        user.save(update_fields=["email_verified_at"])
    record_audit(obj=locked.venture, actor=user, action="team.join", reason=f"invitation #{locked.pk}")
    return membership


@transaction.atomic
def invitation_decline(*, invitation: VentureInvitation, user: Any) -> VentureInvitation:
    """Say no to an invitation."""
    locked = VentureInvitation.objects.select_for_update().get(pk=invitation.pk)
    _check_invitation(locked, user)
    locked.status = InvitationStatus.DECLINED
    locked.responded_at = timezone.now()
    locked.save(update_fields=["status", "responded_at"])
    return locked


@transaction.atomic
def invitation_revoke(*, invitation: VentureInvitation, by: Any) -> VentureInvitation:
    """Cancel an invitation that has not been answered."""
    locked = VentureInvitation.objects.select_for_update().select_related("venture").get(pk=invitation.pk)
    _require(permissions.can_manage_team(by, locked.venture))
    if locked.status != InvitationStatus.PENDING:
        raise ValidationError(_("This invitation has already been answered or cancelled."))
    locked.status = InvitationStatus.REVOKED
    locked.responded_at = timezone.now()
    locked.save(update_fields=["status", "responded_at"])
    return locked


@transaction.atomic
def membership_remove(*, membership: VentureMembership, by: Any) -> None:
    """Remove a member from the team (the owner), or leave it (the member)."""
    locked = VentureMembership.objects.select_for_update().select_related("venture").get(pk=membership.pk)
    _require(permissions.can_remove_member(by, locked))
    action = "team.leave" if locked.user_id == getattr(by, "pk", None) else "team.remove"
    record_audit(obj=locked.venture, actor=by, action=action, reason=f"user #{locked.user_id}")
    locked.delete()


@transaction.atomic
def venture_transfer(*, venture: Venture, by: Any, to: Any) -> Venture:
    """Hand a venture over to a member of its team; the former owner stays on as an editor."""
    locked = _locked(venture)
    _require(permissions.can_transfer_venture(by, locked))
    membership = VentureMembership.objects.filter(venture=locked, user=to).first()
    if membership is None or not permissions._active(to):
        raise ValidationError({"to": _("A venture can be handed over only to a member of its team.")})
    previous = locked.owner
    membership.delete()
    locked.owner = to
    locked.save(update_fields=["owner", "updated_at"])
    if previous is not None:
        VentureMembership.objects.get_or_create(
            venture=locked, user=previous, defaults={"role": VentureMembership.Role.EDITOR}
        )
    entry = record_audit(
        obj=locked, actor=by, action="venture.transfer", reason=f"user #{getattr(previous, 'pk', '')} → user #{to.pk}"
    )
    _email_owner(locked, entry=entry, template="venture_transferred", by=by)
    return _refresh(venture)


def ventures_of(user: Any) -> Any:
    """The ventures a person owns or helps edit, for their dashboard."""
    return (
        Venture.objects.filter(Q(owner=user) | Q(memberships__user=user))
        .distinct()
        .select_related("country", "province", "owner")
        .order_by("-updated_at", "-pk")
    )
