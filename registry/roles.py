"""Staff roles as Django groups, created idempotently by `sync_roles` (and seed_demo)."""

from enum import StrEnum
from typing import Any

from django.contrib.auth.models import Group, Permission
from django.db.models import Q

# Every staff role can look at everything in the admin.
VIEW_ALL = [
    f"{app}.view_{model}"
    for app, models in {
        "registry": [
            "venture",
            "venturearea",
            "venturemembership",
            "venturerevision",
            "ventureinvitation",
            "socialarea",
            "sdg",
            "country",
            "region",
            "province",
            "entrepreneur",
        ],
        "core": ["auditentry"],
        "programs": [
            "programme",
            "partner",
            "call",
            "participation",
            "reviewcriterion",
            "callquestion",
            "impactindicator",
            "impactmeasurement",
        ],
        "grants": [
            "grantapplication",
            "budgetline",
            "applicationanswer",
            "review",
            "reviewscore",
            "approvalvote",
            "award",
            "disbursement",
            "coinvestment",
        ],
    }.items()
    for model in models
]

# Moderating covers proposed changes to published ventures and the review queue too.
REVIEWER = [
    "registry.moderate_venture",
    "registry.verify_venture",
    "grants.screen_grantapplication",
    "grants.review_grantapplication",
    "grants.change_review",
    "programs.add_participation",
    "programs.change_participation",
    "programs.add_impactindicator",
    "programs.change_impactindicator",
    "programs.add_impactmeasurement",
    "programs.change_impactmeasurement",
]


class Role(StrEnum):
    NIA_REVIEWER = "NIA reviewer"
    UNDP_REVIEWER = "UNDP reviewer"
    GRANT_APPROVER = "Grant approver"
    FINANCE = "Finance"
    PROGRAMME_MANAGER = "Programme manager"


ROLE_PERMISSIONS: dict[Role, list[str]] = {
    Role.NIA_REVIEWER: VIEW_ALL + REVIEWER,
    Role.UNDP_REVIEWER: VIEW_ALL + REVIEWER,
    Role.GRANT_APPROVER: [*VIEW_ALL, "grants.decide_grantapplication"],
    Role.FINANCE: [
        *VIEW_ALL,
        "grants.manage_award_finance",
        "grants.add_disbursement",
        "grants.change_disbursement",
        "grants.add_coinvestment",
        "grants.change_coinvestment",
    ],
    Role.PROGRAMME_MANAGER: [
        *VIEW_ALL,
        *(
            f"programs.{verb}_{model}"
            for verb in ("add", "change")
            for model in ("programme", "partner", "call", "reviewcriterion", "callquestion")
        ),
        "registry.change_socialarea",
        "registry.add_socialarea",
    ],
}


def _permissions(names: list[str]) -> list[Permission]:
    query = Q()
    for name in names:
        app_label, codename = name.split(".")
        query |= Q(content_type__app_label=app_label, codename=codename)
    found = list(Permission.objects.filter(query))
    missing = set(names) - {f"{p.content_type.app_label}.{p.codename}" for p in found}
    if missing:
        raise LookupError(f"Unknown permissions: {sorted(missing)} (run migrate first)")
    return found


def sync_roles() -> dict[str, int]:
    """Create or update every role group with exactly its permissions; returns permission counts."""
    counts = {}
    for role, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=role.value)
        group.permissions.set(_permissions(names))
        counts[role.value] = group.permissions.count()
    return counts


def assign_role(user: Any, role: Role | str) -> None:
    """Put `user` in the role's group (creating the groups first if needed)."""
    name = Role(role).value
    group = Group.objects.filter(name=name).first()
    if group is None:
        sync_roles()
        group = Group.objects.get(name=name)
    user.groups.add(group)
    # Drop Django's per-instance permission cache so has_perm sees the new group.
    for cache in ("_perm_cache", "_user_perm_cache", "_group_perm_cache"):
        if hasattr(user, cache):
            delattr(user, cache)
