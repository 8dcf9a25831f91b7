"""What staff correct in the admin: a venture's texts and facts that carry no rule of their own.

Everything else on a venture has a service that owns its rule, and the admin calls that service
instead: the owner (`team.venture_transfer`), the team (`team.venture_invite`,
`team.membership_remove`), public contact details (switched on only by the team's own consent in
`profile`; hidden by `profile.venture_withdraw_contact_consent`), the status (`moderation`, through
`workflows.VENTURE`) and the verified mark (`moderation.venture_set_verified`).
"""

from collections.abc import Mapping
from copy import copy
from typing import Any

from django.core.files import File
from django.db import transaction

from core.workflow import record_audit

from .. import permissions
from ..models import Venture
from ..profiles import TEXT_FIELDS
from ..search.index import schedule_search_reindex
from .common import _locked, _refresh, _require
from .files import delete_file_after_commit

# The team's plain fields, and those only staff set. Not `contact_public`: switching it on is the
# team's consent. The logo is stored only as the checked, re-encoded file that
# `registry.uploads.clean_logo` returns (the admin's form calls it, as the team's form does).
STAFF_EDITABLE_FIELDS = (
    *TEXT_FIELDS,
    "founded_year",
    "youth_led",
    "slug",
    "sdgs",
    "country",
    "province",
    "logo",
    "external_ref",
)


def _check_fields(values: Mapping[str, Any]) -> None:
    refused = sorted(set(values) - set(STAFF_EDITABLE_FIELDS))
    if refused:
        # A programming error, not a user's: these fields have services of their own.
        raise ValueError(f"venture_staff_edit cannot change {', '.join(refused)}: call their service.")


def _sdg_ids(sdgs: Any) -> set[int]:
    return {sdg.pk for sdg in sdgs}


def _set_logo(venture: Venture, logo: Any) -> None:
    """`logo`: a checked file to store, or nothing to remove the current one."""
    old = copy(venture.logo) if venture.logo else None
    if isinstance(logo, File):
        venture.logo.save(logo.name or "logo.png", logo, save=False)
    else:
        venture.logo.name = ""
    if old is not None and old.name != venture.logo.name:
        delete_file_after_commit(old)


def _write(venture: Venture, values: Mapping[str, Any], *, adding: bool) -> list[str]:
    """Set `values` on `venture`, validate and save it; returns the names of the fields changed."""
    changed = []
    for name in STAFF_EDITABLE_FIELDS:
        if name not in values or name in ("sdgs", "logo"):
            continue
        if adding or getattr(venture, name) != values[name]:
            setattr(venture, name, values[name])
            changed.append(name)
    sdgs_changed = "sdgs" in values and (adding or _sdg_ids(venture.sdgs.all()) != _sdg_ids(values["sdgs"]))
    logo_changed = "logo" in values and (bool(values["logo"]) or bool(venture.logo))
    if not (changed or sdgs_changed or logo_changed):
        return []
    venture.full_clean(exclude=["logo"])
    if logo_changed:
        _set_logo(venture, values["logo"])
    venture.save()
    if sdgs_changed:
        venture.sdgs.set(values["sdgs"])
    changed += ["sdgs"] * sdgs_changed + ["logo"] * logo_changed
    return sorted(changed, key=STAFF_EDITABLE_FIELDS.index)


@transaction.atomic
def venture_staff_edit(*, venture: Venture, by: Any, values: Mapping[str, Any]) -> Venture:
    """Save staff's corrections to a venture's texts and facts: one audit entry naming the fields
    changed (never their values, which may be personal), and the search index brought up to date."""
    _check_fields(values)
    _require(permissions.can_staff_edit_venture(by))
    locked = _locked(venture)
    changed = _write(locked, values, adding=False)
    if changed:
        record_audit(obj=locked, actor=by, action="venture.staff_edit", reason=", ".join(changed))
        schedule_search_reindex(locked)
    return _refresh(venture)


@transaction.atomic
def venture_staff_create(*, by: Any, values: Mapping[str, Any]) -> Venture:
    """Add a venture from the admin: a draft with no team (as an imported one), audited as created."""
    _check_fields(values)
    _require(permissions.can_staff_create_venture(by))
    venture = Venture()
    _write(venture, values, adding=True)
    record_audit(obj=venture, actor=by, action="venture.create", to_status=venture.status)
    schedule_search_reindex(venture)
    return venture
