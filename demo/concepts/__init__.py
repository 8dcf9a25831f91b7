"""The demo's ventures, one module per NIA area plus the CLMV network.

`CONCEPTS` are the Thai ventures, `CLMV_CONCEPTS` the ventures of Cambodia, Lao PDR, Myanmar and
Viet Nam. The default demo tells each of them at most once (see `demo.deck`).
"""

from ..content import ClmvConcept, Concept
from . import (
    agriculture,
    clmv,
    disaster,
    education,
    environment,
    food_water_energy,
    health,
    tourism_culture,
    urban,
    welfare,
)

CONCEPTS: tuple[Concept, ...] = (
    *environment.CONCEPTS,
    *food_water_energy.CONCEPTS,
    *education.CONCEPTS,
    *welfare.CONCEPTS,
    *agriculture.CONCEPTS,
    *urban.CONCEPTS,
    *health.CONCEPTS,
    *tourism_culture.CONCEPTS,
    *disaster.CONCEPTS,
)
CLMV_CONCEPTS: tuple[ClmvConcept, ...] = clmv.CONCEPTS

__all__ = ["CLMV_CONCEPTS", "CONCEPTS"]
