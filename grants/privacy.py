"""The grant lifecycle's part of a person's data (PDPA), registered with registry.extensions."""

from typing import Any

from registry.extensions import PersonalData
from registry.models import User
from registry.privacy import json_row, json_value

from .models import GrantApplication


def export_applications(user: User) -> list[dict[str, Any]]:
    """The grant applications the person made, with their answers and budgets."""
    rows = []
    applications = GrantApplication.objects.filter(applicant=user).select_related("venture", "call")
    for application in applications.prefetch_related("answers__question", "budget_lines"):
        row = json_row(
            application,
            [
                "title",
                "summary",
                "requested_amount",
                "currency",
                "planned_start",
                "planned_end",
                "status",
                "submitted_at",
                "decided_at",
                "decision_reason",
                "created_at",
            ],
        )
        row.update(
            venture=application.venture.slug,
            call=application.call.slug,
            answers=[{"question": str(a.question), "text": a.text} for a in application.answers.all()],
            budget=[{"item": b.item, "amount": json_value(b.amount)} for b in application.budget_lines.all()],
        )
        rows.append(row)
    return rows


def detach_applications(user: User) -> None:
    """Erasure: the applications stay (grant records are kept for audit), pointing at nobody."""
    GrantApplication.objects.filter(applicant=user).update(applicant=None)


PERSONAL_DATA = PersonalData(
    user_links={
        "grants.GrantApplication.applicant": "set to nobody (the application is kept for audit)",
        "grants.Review.reviewer": "keep (staff action)",
        "grants.ApprovalVote.approver": "keep (staff action)",
        "grants.Award.approvers": "keep (staff action)",
        "grants.CoInvestment.verified_by": "keep (staff action)",
    },
    detach=detach_applications,
    export=("grant_applications", export_applications),
)
