"""Reads shared by the public pages, the API and the admin."""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Count, Q, QuerySet, Sum

from .models import SocialArea
from .models.ventures import VentureStatus


@dataclass(frozen=True)
class HeadlineFigures:
    """The live figures NIA reports: projects approved, THB granted, THB of investment leveraged."""

    grants_approved: int
    thb_granted: Decimal
    thb_disbursed: Decimal
    thb_leveraged: Decimal

    @property
    def leverage_ratio(self) -> Decimal | None:
        if not self.thb_granted:
            return None
        return (self.thb_leveraged / self.thb_granted).quantize(Decimal("0.01"))


def headline_figures() -> HeadlineFigures:
    """Computed from the grant rows: awards, their THB value and verified co-investment."""
    from grants.models import Award, CoInvestment

    awards = Award.objects.aggregate(n=Count("pk"), granted=Sum("amount_thb"), disbursed=Sum("amount_disbursed_thb"))
    leveraged = CoInvestment.objects.filter(verified=True).aggregate(total=Sum("amount_thb"))["total"]
    return HeadlineFigures(
        grants_approved=awards["n"],
        thb_granted=awards["granted"] or Decimal("0"),
        thb_disbursed=awards["disbursed"] or Decimal("0"),
        thb_leveraged=leveraged or Decimal("0"),
    )


def areas_with_counts() -> QuerySet[SocialArea]:
    """Active areas, each with the number of published ventures in it."""
    return SocialArea.objects.active().annotate(
        venture_count=Count("ventures", filter=Q(ventures__status=VentureStatus.PUBLISHED), distinct=True)
    )
