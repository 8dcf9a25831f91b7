"""Facet counts of the directory: one SQL query, the same on PostgreSQL and SQLite.

The SQL is written by hand because its base is a CTE, not a model: only table names from
`_meta`, constant column names and facet names are pasted into it; every value is a parameter.
"""

# ruff: noqa: S608 - see the module docstring: no user input reaches the SQL text.

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import QuerySet
from django.utils import timezone

from .filters import FACETS
from .models import Province, SocialArea, Venture, VentureArea, VentureSearchDocument

FACET_BASE = "registry_facet_base"
# Facets whose join can give one venture several rows with the same value (participations).
VENTURE_MAY_REPEAT = frozenset({"program"})


def _ids(values: Any, key: str = "pk") -> list[Any]:
    return [getattr(v, key) if hasattr(v, key) else v for v in values]


def _facet_condition_sql(name: str, value: Any) -> tuple[str, list[Any]]:
    """The SQL condition a chosen facet puts on the facet base `b` (values as parameters)."""
    from programs.models import Participation

    def any_of(column: str, values: list[Any]) -> tuple[str, list[Any]]:
        return f"{column} IN ({', '.join(['%s'] * len(values))})", values

    if name == "area":
        sql, params = any_of("area_id", _ids(value))
        return f"b.id IN (SELECT venture_id FROM {VentureArea._meta.db_table} WHERE {sql})", params
    if name == "region":
        sql, params = any_of("region_id", _ids(value))
        return f"b.province_id IN (SELECT id FROM {Province._meta.db_table} WHERE {sql})", params
    if name == "province":
        return any_of("b.province_id", _ids(value))
    if name == "country":
        return any_of("b.country_id", _ids(value))
    if name == "program":
        sql, params = any_of("programme_id", _ids(value))
        return f"b.id IN (SELECT venture_id FROM {Participation._meta.db_table} WHERE {sql})", params
    if name == "stage":
        return any_of("b.stage", list(value))
    if name == "sdg":
        sql, params = any_of("sdg_id", _ids(value))
        return f"b.id IN (SELECT venture_id FROM {Venture.sdgs.through._meta.db_table} WHERE {sql})", params
    if name in ("youth", "verified"):
        return f"b.{'youth_led' if name == 'youth' else 'verified'} = %s", [True]
    raise ValueError(f"unknown facet {name!r}")


def _facet_branch(name: str) -> str:
    """SELECT facet, value, n for one facet over the facet base `b` (WHERE added by the caller)."""
    from programs.models import Participation, Programme

    from .models import Country, Region, Sdg

    t = {
        "area": VentureArea._meta.db_table,
        "social_area": SocialArea._meta.db_table,
        "province": Province._meta.db_table,
        "region": Region._meta.db_table,
        "country": Country._meta.db_table,
        "participation": Participation._meta.db_table,
        "programme": Programme._meta.db_table,
        "venture_sdgs": Venture.sdgs.through._meta.db_table,
        "sdg": Sdg._meta.db_table,
    }
    joins_and_value = {
        "area": (
            f"JOIN {t['area']} va ON va.venture_id = b.id JOIN {t['social_area']} x ON x.id = va.area_id",
            "x.slug",
        ),
        "region": (
            f"JOIN {t['province']} p ON p.id = b.province_id JOIN {t['region']} x ON x.id = p.region_id",
            "x.slug",
        ),
        "province": (f"JOIN {t['province']} x ON x.id = b.province_id", "x.abbr_en"),
        "country": (f"JOIN {t['country']} x ON x.id = b.country_id", "x.iso2"),
        "program": (
            f"JOIN {t['participation']} pa ON pa.venture_id = b.id JOIN {t['programme']} x ON x.id = pa.programme_id",
            "x.slug",
        ),
        "stage": ("", "b.stage"),
        "sdg": (
            f"JOIN {t['venture_sdgs']} vs ON vs.venture_id = b.id JOIN {t['sdg']} x ON x.id = vs.sdg_id",
            "x.number",
        ),
    }
    if name in ("youth", "verified"):
        return f"SELECT '{name}' AS facet, '1' AS value, COUNT(*) AS n FROM {FACET_BASE} b"
    joins, value = joins_and_value[name]
    # The base has each venture once, and these joins give each venture at most one row per
    # value (one place and stage per venture; venture_area_once and the SDG table's unique
    # pair): COUNT(*) is COUNT(DISTINCT b.id) there, and lets PostgreSQL hash the groups
    # instead of sorting every row (on disk, for all published ventures). A venture can join
    # a programme more than once.
    counted = "COUNT(DISTINCT b.id)" if name in VENTURE_MAY_REPEAT else "COUNT(*)"
    return f"SELECT '{name}' AS facet, CAST({value} AS TEXT) AS value, {counted} AS n FROM {FACET_BASE} b {joins}"


def takes_parameters(n: int) -> bool:
    """Whether one SQL statement may carry `n` parameters (SQLite before 3.32 stops at 999)."""
    if connection.vendor != "sqlite":
        return True
    connection.ensure_connection()
    return n <= connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


@dataclass
class FacetCounts:
    counts: dict[str, dict[str, int]]
    approximate: bool  # counted over the first COUNT_CAP + 1 matches only: each count is a lower bound


def facet_counts(
    cleaned: dict[str, Any],
    text_matches: QuerySet[VentureSearchDocument] | None,
    *,
    sample: list[int] | None = None,
) -> FacetCounts:
    """Per facet, the number of matching published ventures for each value, in ONE query.

    A facet is counted with every other chosen facet applied but not its own, so the number
    beside a value is what choosing it (alone) would give. The ventures counted are gathered
    once, into a narrow materialised CTE: all published ventures when there is no text, or
    the first COUNT_CAP + 1 text matches (then every count is a lower bound, shown as "n+":
    counting facets over every match of a broad term takes seconds at 100k ventures).
    `sample`: those first matches' ids when the caller has already read them
    (`TextSearch.first_matches`), so they are not looked for again.
    """
    from .search.engine import COUNT_CAP

    base = Venture.objects.published()
    if sample is not None and not sample:  # no match: every count is 0 (and `pk IN ()` is no SQL)
        return FacetCounts(counts={name: {} for name in FACETS}, approximate=False)
    if sample is not None and takes_parameters(len(sample) + len(FACETS)):
        base = base.filter(pk__in=sample)
    elif text_matches is not None:
        base = base.filter(pk__in=text_matches.values("pk")[: COUNT_CAP + 1])
    base_sql, base_params = (
        base.order_by()
        .values("id", "country_id", "province_id", "stage", "youth_led", "verified")
        .query.sql_with_params()
    )
    chosen = {name: _facet_condition_sql(name, cleaned[name]) for name in FACETS if cleaned.get(name)}
    branches: list[str] = [f"SELECT '_total' AS facet, '' AS value, COUNT(*) AS n FROM {FACET_BASE} b"]
    params: list[Any] = []
    for name in FACETS:
        where = [condition for other, (condition, _) in chosen.items() if other != name]
        if name in ("youth", "verified"):
            where.append(_facet_condition_sql(name, True)[0])
        branch = _facet_branch(name) + (f" WHERE {' AND '.join(where)}" if where else "")
        if name not in ("youth", "verified"):
            branch += " GROUP BY 2"
        branches.append(branch)
        params.extend(p for other, (_, ps) in chosen.items() if other != name for p in ps)
        if name in ("youth", "verified"):
            params.append(True)
    # MATERIALIZED: PostgreSQL ≥ 12, SQLite ≥ 3.35 (older SQLite decides by itself).
    materialized = "MATERIALIZED " if connection.vendor != "sqlite" or sqlite3.sqlite_version_info >= (3, 35) else ""
    columns = "id, country_id, province_id, stage, youth_led, verified"
    sql = f"WITH {FACET_BASE}({columns}) AS {materialized}({base_sql}) " + " UNION ALL ".join(branches)
    counts: dict[str, dict[str, int]] = {name: {} for name in FACETS}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, [*base_params, *params])
        for facet, value, n in cursor.fetchall():
            if facet == "_total":
                total = n
            elif value is not None and n:
                counts[facet][str(value)] = n
    return FacetCounts(counts=counts, approximate=text_matches is not None and total > COUNT_CAP)


BROWSE_CACHE_SECONDS = 300


def _selection_key(cleaned: dict[str, Any]) -> str:
    chosen = {name: sorted(str(v) for v in _ids(cleaned[name])) for name in FACETS if cleaned.get(name)}
    return hashlib.sha256(json.dumps(chosen, sort_keys=True).encode()).hexdigest()[:32]


def directory_facet_counts(
    cleaned: dict[str, Any],
    text_matches: QuerySet[VentureSearchDocument] | None,
    *,
    sample: list[int] | None = None,
) -> FacetCounts:
    """facet_counts, cached for browsing without words.

    Browsing counts every published venture (≈0.5 s at 100k): those counts are cached for a
    few minutes and dropped whenever the index changes (publish, archive, areas, rebuild).
    Figures that change without a reindex (the verified mark) may lag by BROWSE_CACHE_SECONDS.
    A search counts at most COUNT_CAP + 1 matches, so it is computed each time.
    """
    if text_matches is not None:
        return facet_counts(cleaned, text_matches, sample=sample)
    from .search.index import search_generation

    key = f"registry:facets:{search_generation()}:{_selection_key(cleaned)}"
    counts = cache.get(key)
    if counts is None:
        chosen = any(cleaned.get(name) for name in FACETS)
        counts = (None if chosen else stored_browse_counts()) or facet_counts(cleaned, None)
        cache.set(key, counts, BROWSE_CACHE_SECONDS)
    return counts


# --- Browsing counts kept in the database --------------------------------------------------------
#
# With no word and no facet chosen, the counts cover every published venture (≈0.5 s at 100k).
# They are kept in BrowseFacetCounts: every change to the search index moves its version on in
# the same transaction (so stale counts are never read), and a task recounts after the commit.


RECOUNT_PENDING_KEY = "registry:facets:recount-pending"
# If a queued recount is lost, the next change queues another after this long.
RECOUNT_PENDING_SECONDS = 60


def browse_counts_changed() -> None:
    """The set of indexed ventures changed (call inside the change's transaction)."""
    from django.db.models import F

    from .models import BrowseFacetCounts

    if not BrowseFacetCounts.objects.filter(pk=1).update(version=F("version") + 1):
        BrowseFacetCounts.objects.get_or_create(pk=1, defaults={"version": 2})
    # One recount queued at a time (an import reindexes hundreds of batches): a recount that has
    # not started yet will read this change's version anyway.
    if cache.add(RECOUNT_PENDING_KEY, 1, RECOUNT_PENDING_SECONDS):
        from .tasks import refresh_browse_facet_counts

        transaction.on_commit(refresh_browse_facet_counts.delay)


def refresh_browse_counts() -> None:
    """Recount the browsing facet counts and record the index version they were counted at."""
    from .models import BrowseFacetCounts

    cache.delete(RECOUNT_PENDING_KEY)  # from now on, a new change queues a new recount
    with transaction.atomic():
        row, _ = BrowseFacetCounts.objects.get_or_create(pk=1)
        version = row.version
        counts = facet_counts({}, None)
    # Recorded only if nothing changed meanwhile (a newer change schedules its own recount).
    BrowseFacetCounts.objects.filter(pk=1, version=version).update(
        counted_version=version, counts=counts.counts, counted_at=timezone.now()
    )


def stored_browse_counts() -> FacetCounts | None:
    """The recorded browsing counts, if they were counted at the index's current version (one query)."""
    from .models import BrowseFacetCounts

    row = BrowseFacetCounts.objects.filter(pk=1).values("version", "counted_version", "counts", "counted_at").first()
    if row is None or row["counted_version"] != row["version"]:
        return None
    # Figures that change without a reindex (the verified mark, SDGs, programmes) are recounted
    # when the counts are older than the cache's few minutes: these serve meanwhile.
    old = row["counted_at"] is None or timezone.now() - row["counted_at"] > timedelta(seconds=BROWSE_CACHE_SECONDS)
    if old and cache.add(RECOUNT_PENDING_KEY, 1, RECOUNT_PENDING_SECONDS):
        from .tasks import refresh_browse_facet_counts

        transaction.on_commit(refresh_browse_facet_counts.delay)
    return FacetCounts(counts={name: dict(row["counts"].get(name, {})) for name in FACETS}, approximate=False)
