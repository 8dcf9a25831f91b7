"""Creating and editing a venture: its profile, areas and contact consent, proposing changes to a
published one, and deleting it."""

from copy import copy
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.workflow import record_audit

from .. import permissions
from ..consent import PUBLIC_CONTACT
from ..models import (
    ConsentRecord,
    Country,
    Venture,
    VentureArea,
    VentureRevision,
)
from ..models.revisions import RevisionStatus
from ..models.ventures import VentureStatus
from ..profiles import (
    VALUE_FIELDS,
    VentureProfile,
    profile_diff,
    profile_from_data,
    profile_of_venture,
    profile_to_data,
)
from ..search.index import schedule_search_reindex
from ..slugs import unique_slug
from .common import _locked, _refresh, _require
from .files import delete_file_after_commit


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
    _require(permissions.can_withdraw_contact_consent(by, locked))
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


def revision_changes(revision: VentureRevision) -> list[Any]:
    """What the proposed change would change on the published venture, field by field."""
    logo_change = ""
    if revision.logo:
        logo_change = _("a new logo")
    elif revision.remove_logo and revision.venture.logo:
        logo_change = _("logo removed")
    return profile_diff(profile_of_venture(revision.venture), profile_from_data(revision.data), logo_change=logo_change)
