"""Facet counts of the directory: one SQL query, the same on PostgreSQL and SQLite.

The SQL is written by hand because its base is a CTE, not a model: only table names from
`_meta`, constant column names and facet names are pasted into it; every value is a parameter.
What differs between the databases (how many parameters a statement takes, whether a CTE can be
asked to be materialised) is asked of the search backend. A facet a higher app registers
(`extensions.DirectoryFacet`) is counted through the link table it describes.
"""

# ruff: noqa: S608 - see the module docstring: no user input reaches the SQL text.

import hashlib
import json
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import F, QuerySet
from django.utils import timezone

from ..extensions import FacetLink
from ..filters import facet_names, registered_facet
from ..models import (
    BrowseFacetCounts,
    Country,
    Province,
    Region,
    Sdg,
    SocialArea,
    Venture,
    VentureArea,
    VentureSearchDocument,
)
from ..tasks import refresh_browse_facet_counts
from . import engine  # engine.COUNT_CAP is read when called: tests lower it
from .backends import get_backend
from .index import search_generation

FACET_BASE = "registry_facet_base"
# Facets without values of their own: the count of ventures that have the mark.
MARKS = {"youth": "youth_led", "verified": "verified"}


def _ids(values: Any, key: str = "pk") -> list[Any]:
    return [getattr(v, key) if hasattr(v, key) else v for v in values]


def _any_of(column: str, values: list[Any]) -> tuple[str, list[Any]]:
    return f"{column} IN ({', '.join(['%s'] * len(values))})", values


def _links() -> dict[str, FacetLink]:
    """The facets whose values a venture reaches through a link table: the registry's and the registered ones."""
    links = {
        "area": FacetLink(
            table=VentureArea._meta.db_table,
            venture_column="venture_id",
            value_column="area_id",
            value_table=SocialArea._meta.db_table,
            code_column="slug",
        ),
        "sdg": FacetLink(
            table=Venture.sdgs.through._meta.db_table,
            venture_column="venture_id",
            value_column="sdg_id",
            value_table=Sdg._meta.db_table,
            code_column="number",
        ),
    }
    for name in facet_names():
        registered = registered_facet(name)
        if registered is not None:
            links[name] = registered.link()
    return links


def _facet_condition_sql(name: str, value: Any, links: dict[str, FacetLink]) -> tuple[str, list[Any]]:
    """The SQL condition a chosen facet puts on the facet base `b` (values as parameters)."""
    if name in links:
        link = links[name]
        sql, params = _any_of(link.value_column, _ids(value))
        return f"b.id IN (SELECT {link.venture_column} FROM {link.table} WHERE {sql})", params
    if name == "region":
        sql, params = _any_of("region_id", _ids(value))
        return f"b.province_id IN (SELECT id FROM {Province._meta.db_table} WHERE {sql})", params
    if name == "province":
        return _any_of("b.province_id", _ids(value))
    if name == "country":
        return _any_of("b.country_id", _ids(value))
    if name == "stage":
        return _any_of("b.stage", list(value))
    if name in MARKS:
        return f"b.{MARKS[name]} = %s", [True]
    raise ValueError(f"unknown facet {name!r}")


def _facet_branch(name: str, links: dict[str, FacetLink]) -> str:
    """SELECT facet, value, n for one facet over the facet base `b` (WHERE added by the caller)."""
    if name in MARKS:
        return f"SELECT '{name}' AS facet, '1' AS value, COUNT(*) AS n FROM {FACET_BASE} b"
    province, region, country = Province._meta.db_table, Region._meta.db_table, Country._meta.db_table
    joins_and_value = {
        "region": (f"JOIN {province} p ON p.id = b.province_id JOIN {region} x ON x.id = p.region_id", "x.slug"),
        "province": (f"JOIN {province} x ON x.id = b.province_id", "x.abbr_en"),
        "country": (f"JOIN {country} x ON x.id = b.country_id", "x.iso2"),
        "stage": ("", "b.stage"),
    }
    may_repeat = False
    if name in links:
        link = links[name]
        joins_and_value[name] = (
            f"JOIN {link.table} l ON l.{link.venture_column} = b.id "
            f"JOIN {link.value_table} x ON x.id = l.{link.value_column}",
            f"x.{link.code_column}",
        )
        may_repeat = link.may_repeat
    joins, value = joins_and_value[name]
    # The base has each venture once, and these joins give each venture at most one row per
    # value (one place and stage per venture; venture_area_once and the SDG table's unique
    # pair): COUNT(*) is COUNT(DISTINCT b.id) there, and lets PostgreSQL hash the groups
    # instead of sorting every row (on disk, for all published ventures). A link that may repeat
    # (a venture can join a programme more than once) counts each venture once.
    counted = "COUNT(DISTINCT b.id)" if may_repeat else "COUNT(*)"
    return f"SELECT '{name}' AS facet, CAST({value} AS TEXT) AS value, {counted} AS n FROM {FACET_BASE} b {joins}"


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
    facets = facet_names()
    backend = get_backend()
    base = Venture.objects.published()
    if sample is not None and not sample:  # no match: every count is 0 (and `pk IN ()` is no SQL)
        return FacetCounts(counts={name: {} for name in facets}, approximate=False)
    if sample is not None and backend.takes_parameters(len(sample) + len(facets)):
        base = base.filter(pk__in=sample)
    elif text_matches is not None:
        base = base.filter(pk__in=text_matches.values("pk")[: engine.COUNT_CAP + 1])
    base_sql, base_params = (
        base.order_by()
        .values("id", "country_id", "province_id", "stage", "youth_led", "verified")
        .query.sql_with_params()
    )
    links = _links()
    chosen = {name: _facet_condition_sql(name, cleaned[name], links) for name in facets if cleaned.get(name)}
    branches: list[str] = [f"SELECT '_total' AS facet, '' AS value, COUNT(*) AS n FROM {FACET_BASE} b"]
    params: list[Any] = []
    for name in facets:
        where = [condition for other, (condition, _) in chosen.items() if other != name]
        if name in MARKS:
            where.append(_facet_condition_sql(name, True, links)[0])
        branch = _facet_branch(name, links) + (f" WHERE {' AND '.join(where)}" if where else "")
        if name not in MARKS:
            branch += " GROUP BY 2"
        branches.append(branch)
        params.extend(p for other, (_, ps) in chosen.items() if other != name for p in ps)
        if name in MARKS:
            params.append(True)
    columns = "id, country_id, province_id, stage, youth_led, verified"
    sql = f"WITH {FACET_BASE}({columns}) AS {backend.materialized()}({base_sql}) " + " UNION ALL ".join(branches)
    counts: dict[str, dict[str, int]] = {name: {} for name in facets}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, [*base_params, *params])
        for facet, value, n in cursor.fetchall():
            if facet == "_total":
                total = n
            elif value is not None and n:
                counts[facet][str(value)] = n
    return FacetCounts(counts=counts, approximate=text_matches is not None and total > engine.COUNT_CAP)


BROWSE_CACHE_SECONDS = 300


def _selection_key(cleaned: dict[str, Any]) -> str:
    chosen = {name: sorted(str(v) for v in _ids(cleaned[name])) for name in facet_names() if cleaned.get(name)}
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

    key = f"registry:facets:{search_generation()}:{_selection_key(cleaned)}"
    counts = cache.get(key)
    if counts is None:
        chosen = any(cleaned.get(name) for name in facet_names())
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
    if not BrowseFacetCounts.objects.filter(pk=1).update(version=F("version") + 1):
        BrowseFacetCounts.objects.get_or_create(pk=1, defaults={"version": 2})
    # One recount queued at a time (an import reindexes hundreds of batches): a recount that has
    # not started yet will read this change's version anyway.
    if cache.add(RECOUNT_PENDING_KEY, 1, RECOUNT_PENDING_SECONDS):
        transaction.on_commit(refresh_browse_facet_counts.delay)


def refresh_browse_counts() -> None:
    """Recount the browsing facet counts and record the index version they were counted at."""
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
    row = BrowseFacetCounts.objects.filter(pk=1).values("version", "counted_version", "counts", "counted_at").first()
    if row is None or row["counted_version"] != row["version"]:
        return None
    # Figures that change without a reindex (the verified mark, SDGs, programmes) are recounted
    # when the counts are older than the cache's few minutes: these serve meanwhile.
    old = row["counted_at"] is None or timezone.now() - row["counted_at"] > timedelta(seconds=BROWSE_CACHE_SECONDS)
    if old and cache.add(RECOUNT_PENDING_KEY, 1, RECOUNT_PENDING_SECONDS):
        transaction.on_commit(refresh_browse_facet_counts.delay)
    return FacetCounts(counts={name: dict(row["counts"].get(name, {})) for name in facet_names()}, approximate=False)
