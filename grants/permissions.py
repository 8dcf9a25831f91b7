"""Who may do what to an application: each check answers and explains."""

from typing import Any

from django.utils.translation import gettext as _

from .models import GrantApplication

Answer = tuple[bool, str]


def _is_on_team(user: Any, application: GrantApplication) -> bool:
    venture = application.venture
    return venture.owner_id == user.pk or venture.memberships.filter(user=user).exists()


def can_apply(user: Any, application: GrantApplication) -> Answer:
    if not getattr(user, "is_authenticated", False):
        return False, _("Log in to apply.")
    if not _is_on_team(user, application):
        return False, _("Only the venture's team can apply for it.")
    return True, ""


def can_screen(user: Any, application: GrantApplication) -> Answer:
    if not user.has_perm("grants.screen_grantapplication"):
        return False, _("You do not have permission to screen applications.")
    if _is_on_team(user, application):
        return False, _("You cannot handle an application of a venture you belong to.")
    return True, ""


def can_review(user: Any, application: GrantApplication) -> Answer:
    if not user.has_perm("grants.review_grantapplication"):
        return False, _("This person is not a grant reviewer.")
    if _is_on_team(user, application):
        return False, _("A reviewer cannot review an application of a venture they belong to.")
    return True, ""


def can_decide(user: Any, application: GrantApplication) -> Answer:
    if not user.has_perm("grants.decide_grantapplication"):
        return False, _("Only a grant approver can decide an application.")
    if _is_on_team(user, application):
        return False, _("You cannot decide an application of a venture you belong to.")
    if application.reviews.filter(reviewer=user).exists():
        return False, _("You reviewed this application, so another approver must decide it.")
    return True, ""


def can_manage_finance(user: Any) -> Answer:
    if not user.has_perm("grants.manage_award_finance"):
        return False, _("Only finance staff can record disbursements and co-investment.")
    return True, ""
