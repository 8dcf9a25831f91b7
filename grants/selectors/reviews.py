"""The reviewers' side: every score on every criterion, side by side."""

from dataclasses import dataclass, field
from decimal import Decimal

from programs.models import ReviewCriterion

from ..models import GrantApplication, Review


@dataclass
class ScoreTable:
    criteria: list[ReviewCriterion]
    reviews: list[Review]
    # rows[i][j]: the score of reviews[j] on criteria[i] (None when not scored yet)
    rows: list[tuple[ReviewCriterion, list[int | None], Decimal | None]] = field(default_factory=list)
    totals: list[int | None] = field(default_factory=list)
    max_total: int = 0


def review_score_table(application: GrantApplication) -> ScoreTable:
    """Every reviewer's score on every criterion of the call, with the mean per criterion."""
    criteria = list(ReviewCriterion.objects.filter(call=application.call_id))
    reviews = list(Review.objects.filter(application=application).select_related("reviewer").prefetch_related("scores"))
    by_review = [{s.criterion_id: s.score for s in review.scores.all()} for review in reviews]
    table = ScoreTable(criteria=criteria, reviews=reviews, max_total=sum(c.max_score for c in criteria))
    for criterion in criteria:
        scores = [scores.get(criterion.pk) for scores in by_review]
        given = [s for s in scores if s is not None]
        mean = (Decimal(sum(given)) / len(given)).quantize(Decimal("0.01")) if given else None
        table.rows.append((criterion, scores, mean))
    table.totals = [sum(scores.values()) if scores else None for scores in by_review]
    return table
