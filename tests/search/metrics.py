"""Relevance measures for ranked search results (pure Python).

- success@k: 1 when a directly relevant item is among the first k results, else 0;
- reciprocal rank: 1 / the rank of the first directly relevant result (0 when none is listed);
- nDCG@k: discounted cumulative gain of the first k results, gain 2 for a relevant item and 1 for
  a partially relevant one, discount 1 / log2(rank + 1), divided by the gain of the best possible
  order of all graded items (so a perfect first page scores 1).

Averaged over statements they give success@3, MRR and nDCG@5.
"""

import math
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

RELEVANT_GAIN = 2
PARTIAL_GAIN = 1


def success_at(ranking: Sequence[str], relevant: Collection[str], k: int = 3) -> float:
    return 1.0 if any(item in relevant for item in ranking[:k]) else 0.0


def first_relevant_rank(ranking: Sequence[str], relevant: Collection[str]) -> int | None:
    """1-based rank of the first relevant result, or None."""
    for rank, item in enumerate(ranking, start=1):
        if item in relevant:
            return rank
    return None


def reciprocal_rank(ranking: Sequence[str], relevant: Collection[str]) -> float:
    rank = first_relevant_rank(ranking, relevant)
    return 0.0 if rank is None else 1.0 / rank


def _dcg(gains: Iterable[int]) -> float:
    return sum(gain / math.log2(rank + 1) for rank, gain in enumerate(gains, start=1))


def ndcg_at(ranking: Sequence[str], relevant: Collection[str], partial: Collection[str] = (), k: int = 5) -> float:
    def gain(item: str) -> int:
        if item in relevant:
            return RELEVANT_GAIN
        if item in partial:
            return PARTIAL_GAIN
        return 0

    ideal = sorted([RELEVANT_GAIN] * len(set(relevant)) + [PARTIAL_GAIN] * len(set(partial) - set(relevant)))[::-1]
    best = _dcg(ideal[:k])
    if best == 0:
        return 0.0
    seen: set[str] = set()
    gains = []
    for item in ranking[:k]:
        gains.append(0 if item in seen else gain(item))  # a repeated result earns nothing twice
        seen.add(item)
    return _dcg(gains) / best


@dataclass(frozen=True)
class Scores:
    """The measures of one ranked list."""

    success_at_3: float
    reciprocal_rank: float
    ndcg_at_5: float
    first_relevant_rank: int | None


def score(ranking: Sequence[str], relevant: Collection[str], partial: Collection[str] = ()) -> Scores:
    return Scores(
        success_at_3=success_at(ranking, relevant, 3),
        reciprocal_rank=reciprocal_rank(ranking, relevant),
        ndcg_at_5=ndcg_at(ranking, relevant, partial, 5),
        first_relevant_rank=first_relevant_rank(ranking, relevant),
    )


@dataclass(frozen=True)
class Summary:
    """Means over several statements."""

    count: int
    success_at_3: float
    mrr: float
    ndcg_at_5: float

    def row(self) -> str:
        return f"{self.count:4d}  {self.success_at_3:6.3f} {self.mrr:6.3f} {self.ndcg_at_5:7.3f}"


def summarise(scores: Sequence[Scores]) -> Summary:
    n = len(scores)
    if n == 0:
        return Summary(0, 0.0, 0.0, 0.0)
    return Summary(
        count=n,
        success_at_3=sum(s.success_at_3 for s in scores) / n,
        mrr=sum(s.reciprocal_rank for s in scores) / n,
        ndcg_at_5=sum(s.ndcg_at_5 for s in scores) / n,
    )


def summarise_by(items: Sequence[T], scores: Sequence[Scores], key: Callable[[T], str | None]) -> dict[str, Summary]:
    """Summaries per group (`key` returns the group, or None to leave an item out), in first-seen order."""
    groups: dict[str, list[Scores]] = {}
    for item, item_scores in zip(items, scores, strict=True):
        group = key(item)
        if group is not None:
            groups.setdefault(group, []).append(item_scores)
    return {group: summarise(group_scores) for group, group_scores in groups.items()}
