"""The reviewers' side: every score on every criterion, side by side, totalled with the weights."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format

from programs.models import ReviewCriterion

from ..models import GrantApplication, Review

TWO_PLACES = Decimal("0.01")


def weighted_total(scored: Iterable[tuple[int | Decimal, Decimal]]) -> Decimal:
    """Σ score × weight over (score, weight) pairs: what the call page says applications are ranked by."""
    return sum((Decimal(score) * weight for score, weight in scored), start=Decimal(0)).quantize(TWO_PLACES)


def score_text(value: Decimal | None) -> str:
    """A score as people write it: 17.5, 19, 18.25 (no trailing zeros); "—" for none."""
    if value is None:
        return "—"
    places = max(0, -value.normalize().as_tuple().exponent)  # type: ignore[operator]
    return number_format(value, decimal_pos=places)


def review_weighted_score(review: Review) -> tuple[Decimal, Decimal] | None:
    """A review's weighted total and the most it could be on the criteria it scored (None: nothing scored)."""
    scores = list(review.scores.all())
    if not scores:
        return None
    return (
        weighted_total((s.score, s.criterion.weight) for s in scores),
        weighted_total((s.criterion.max_score, s.criterion.weight) for s in scores),
    )


@dataclass
class ScoreTable:
    criteria: list[ReviewCriterion]
    reviews: list[Review]
    # rows[i][j]: the score of reviews[j] on criteria[i] (None when not scored yet)
    rows: list[tuple[ReviewCriterion, list[int | None], Decimal | None]] = field(default_factory=list)
    # each review's weighted total (Σ score × weight), out of max_total (Σ maximum × weight)
    totals: list[Decimal | None] = field(default_factory=list)
    max_total: Decimal = Decimal(0)
    mean_total: Decimal | None = None


def review_score_table(application: GrantApplication) -> ScoreTable:
    """Every reviewer's score on every criterion of the call, the mean per criterion, and each
    reviewer's weighted total with their mean."""
    criteria = list(ReviewCriterion.objects.filter(call=application.call_id))
    reviews = list(Review.objects.filter(application=application).select_related("reviewer").prefetch_related("scores"))
    by_review = [{s.criterion_id: s.score for s in review.scores.all()} for review in reviews]
    table = ScoreTable(
        criteria=criteria, reviews=reviews, max_total=weighted_total((c.max_score, c.weight) for c in criteria)
    )
    for criterion in criteria:
        scores = [scores.get(criterion.pk) for scores in by_review]
        given = [s for s in scores if s is not None]
        mean = (Decimal(sum(given)) / len(given)).quantize(TWO_PLACES) if given else None
        table.rows.append((criterion, scores, mean))
    weights = {c.pk: c.weight for c in criteria}
    table.totals = [
        weighted_total((score, weights[pk]) for pk, score in scores.items() if pk in weights) if scores else None
        for scores in by_review
    ]
    given_totals = [t for t in table.totals if t is not None]
    if given_totals:
        table.mean_total = (sum(given_totals, start=Decimal(0)) / len(given_totals)).quantize(TWO_PLACES)
    return table
