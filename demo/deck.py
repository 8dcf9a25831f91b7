"""Which concept each demo venture tells: one deck of every concept, dealt in a seeded order.

Venture *i* of a run gets the *i*-th card, so the first `len(deck)` ventures (the default demo
included) each tell a different story. Past the end of the deck (benchmark runs with 100k ventures)
the generator picks concepts at random and texts repeat, which is fine there.

The head of the deck is arranged so that even a small run shows every case: the demo accounts'
ventures first, then one concept that belongs in each Thai region, then one venture per CLMV country.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from functools import partial

from .content import ClmvConcept, Concept

Card = Concept | ClmvConcept


def _take(pool: list[Card], fits: Callable[[Card], bool]) -> Card:
    for k, card in enumerate(pool):
        if fits(card):
            return pool.pop(k)
    raise LookupError("No demo concept fits this slot.")


def _has_key(card: Card, *, key: str) -> bool:
    return isinstance(card, Concept) and card.key == key


def _in_country(card: Card, *, country: str) -> bool:
    return isinstance(card, ClmvConcept) and card.country == country


def _fits_region(card: Card, *, abbrs: frozenset[str]) -> bool:
    return isinstance(card, Concept) and (not card.provinces or bool(abbrs.intersection(card.provinces)))


def deal(
    *,
    seed: int,
    thai: Sequence[Concept],
    clmv: Sequence[ClmvConcept],
    first: Iterable[str],
    regions: Iterable[frozenset[str]],
    countries: Iterable[str],
) -> list[Card]:
    """The deck for `seed`: the concepts keyed `first`, then one fitting each region (a set of
    province codes), then one CLMV concept per country, then every other concept shuffled."""
    rng = random.Random(f"{seed}:deck")  # noqa: S311 (demo data, reproducible on purpose)
    thai_left: list[Card] = list(thai)
    clmv_left: list[Card] = list(clmv)
    rng.shuffle(thai_left)
    rng.shuffle(clmv_left)
    head: list[Card] = []
    for key in first:
        head.append(_take(thai_left, partial(_has_key, key=key)))
    for abbrs in regions:
        head.append(_take(thai_left, partial(_fits_region, abbrs=abbrs)))
    for country in countries:
        head.append(_take(clmv_left, partial(_in_country, country=country)))
    rest = thai_left + clmv_left
    rng.shuffle(rest)
    return head + rest
