"""Reads shared by the public pages, the API and the admin."""

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core.collation import page_sort_key

from .filters import VentureFilterSet, active_conditions, facet_names, registered_facet
from .models import Country, Province, Region, Sdg, SocialArea, Venture, VentureArea, VentureSearchDocument
from .models.ventures import Stage, VentureStatus
from .search import engine  # engine.COUNT_CAP is read when called: tests lower it
from .search.engine import TextSearch
from .search.explain import explain
from .search.facets import directory_facet_counts
from .search.problem import analyse_query, rank
from .search.query import ParsedQuery, parse_query
from .search.text import keys


def area_cards() -> list[SocialArea]:
    """Active areas with `venture_count` (published ventures), from the cached directory counts."""
    counts = directory_facet_counts({}, None).counts["area"]
    areas = list(SocialArea.objects.active())
    for area in areas:
        area.venture_count = counts.get(area.slug, 0)  # type: ignore[attr-defined]
    return areas


def areas_with_counts() -> QuerySet[SocialArea]:
    """Active areas, each with the number of published ventures in it."""
    return SocialArea.objects.active().annotate(
        venture_count=Count("ventures", filter=Q(ventures__status=VentureStatus.PUBLISHED), distinct=True)
    )


# --- The public directory -------------------------------------------------------------------

DIRECTORY_PAGE_SIZE = 20


def directory_page_size() -> int:
    """Ventures per directory page (and API page): settings.REGISTRY_DIRECTORY_PAGE_SIZE, default 20."""
    return int(getattr(settings, "REGISTRY_DIRECTORY_PAGE_SIZE", DIRECTORY_PAGE_SIZE))


# A suggestion is offered when a search finds fewer ventures than this.
SUGGEST_BELOW = 5
# When the chosen facets leave at most this many ventures, a search tests them one by one.
FACETS_FIRST_LIMIT = 2000


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[FacetOption]
    approximate: bool = False  # counts are lower bounds ("n+")


@dataclass
class DirectoryResult:
    """One page of the directory: the ventures, counts, facets and a "did you mean"."""

    ventures: list[Venture]
    count: int
    count_capped: bool
    page: int
    page_size: int
    sort: str
    query: ParsedQuery
    suggestion: str | None = None
    facets: list[Facet] = field(default_factory=list)
    # True when the words were ranked as a description: the ventures match part of it.
    partial: bool = False
    # Venture id → why it matched (search.explain.Explanation), for the ventures of this page.
    explanations: dict[int, Any] = field(default_factory=dict)

    @property
    def num_pages(self) -> int:
        return max(1, -(-self.count // self.page_size))

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def start_index(self) -> int:
        return (self.page - 1) * self.page_size + 1 if self.ventures else 0

    @property
    def end_index(self) -> int:
        return self.start_index + len(self.ventures) - 1 if self.ventures else 0


class PageOutOfRange(Exception):
    """The requested page is past the last page of the results."""


def resolve_sort(sort: str | None, query: ParsedQuery) -> str:
    """`relevance` needs words to rank by; without them the newest come first."""
    if sort in ("newest", "name"):
        return sort
    return "relevance" if query.include else "newest"


def _name_ordering(prefix: str = "") -> list[Any]:
    """Thai dictionary order on Thai pages (ก–ฮ, then A–Z), A–Z then ก–ฮ on English ones, each
    page filing a venture under its own language's name (core/collation.py)."""
    key = "name_sort_en" if (get_language() or "th")[:2] == "en" else "name_sort_th"
    return [F(f"{prefix}{key}").asc(), F(f"{prefix}id").desc() if prefix else F("pk").desc()]


def _newest_ordering(prefix: str = "") -> list[Any]:
    # Published ventures always have published_at; plain DESC lets PostgreSQL walk the
    # (status, -published_at) index (NULLS LAST would not).
    return [F(f"{prefix}published_at").desc(), F(f"{prefix}id").desc() if prefix else F("pk").desc()]


def venture_cards() -> QuerySet[Venture]:
    """Published ventures with what a result card shows, in two queries for any number of rows."""
    return (
        Venture.objects.published()
        .select_related("country", "province__region")
        .prefetch_related(
            Prefetch(
                "venture_areas",
                queryset=VentureArea.objects.select_related("area").order_by("-is_primary", "area__order"),
            )
        )
    )


def _in_order(ids: list[int]) -> list[Venture]:
    by_id = {v.pk: v for v in venture_cards().filter(pk__in=ids)}
    return [by_id[i] for i in ids if i in by_id]


@dataclass
class _TextScope:
    """A directory search's text matches, before paging: shared by the page, the API and the CSV."""

    search: Any  # search.engine.TextSearch
    text_matches: QuerySet[VentureSearchDocument]  # every published venture the words match
    scope: QuerySet[VentureSearchDocument]  # what the chosen facets keep (the ranking's scope)
    matching: QuerySet[VentureSearchDocument]  # the results: the words and the facets


def _text_scope(query: ParsedQuery, conditions: dict[str, Q], base: QuerySet[Venture]) -> _TextScope:
    search = TextSearch.for_query(query)
    # Every published venture the words match (the facet counts start from these) ...
    # (a join, so the selective text index drives the query, not the list of all ventures)
    text_matches = search.matching(VentureSearchDocument.objects.filter(venture__status=VentureStatus.PUBLISHED))
    # ... and those the chosen facets keep: the results. When the facets leave few
    # ventures, test those few directly instead of going through the text indexes.
    scope = VentureSearchDocument.objects.filter(venture__status=VentureStatus.PUBLISHED)
    matching = text_matches
    if conditions:
        chosen = list(base.order_by().values_list("pk", flat=True)[: FACETS_FIRST_LIMIT + 1])
        if len(chosen) <= FACETS_FIRST_LIMIT:
            scope = VentureSearchDocument.objects.filter(pk__in=chosen)
            matching = search.matching_among(scope)
        else:
            scope = scope.filter(venture__in=base.values("pk"))
            matching = text_matches.filter(venture__in=base.values("pk"))
    return _TextScope(search=search, text_matches=text_matches, scope=scope, matching=matching)


# A query with at most this many content words, all found in some venture, is a keyword search:
# its results keep the keyword ranking (every word required). Anything else is a description.
KEYWORD_QUERY_WORDS = 3


def _is_keyword_query(query: ParsedQuery) -> bool:
    return len([k for k, is_part in keys([t for term in query.include for t in term.tokens]) if not is_part]) <= (
        KEYWORD_QUERY_WORDS
    )


def _is_keyword_search(query: ParsedQuery, text: "_TextScope", found_in_scope: bool) -> bool:
    """A keyword search is one of few words that some published venture has, all of them,
    whatever the facets: then the facets narrow its precise results, even to none."""
    if not _is_keyword_query(query):
        return False
    if found_in_scope:
        return True
    return text.matching is not text.text_matches and text.text_matches.exists()


def _explained(ventures: list[Venture], problem: Any) -> dict[int, Any]:
    """Why each venture matched (search/explain.py), also set on the venture for the API and CSV."""
    explanations = explain(problem, [v.pk for v in ventures])
    for venture in ventures:
        venture.search_explanation = explanations.get(venture.pk)  # type: ignore[attr-defined]
    return explanations


def _problem_ids(query: ParsedQuery, problem: Any, conditions: dict[str, Q], base: QuerySet[Venture]) -> Any:
    """A description's results: ventures ranked by how much of it they cover (search/problem.py),
    within the chosen facets, with its quoted phrases and none of its excluded words."""
    published = VentureSearchDocument.objects.filter(venture__status=VentureStatus.PUBLISHED)
    allowed = published
    required = ParsedQuery(include=tuple(t for t in query.include if t.quoted), exclude=query.exclude)
    if required:
        allowed = TextSearch.for_query(required).matching_among(allowed)
    scope = None
    if conditions:
        chosen = list(base.order_by().values_list("pk", flat=True)[: FACETS_FIRST_LIMIT + 1])
        if len(chosen) <= FACETS_FIRST_LIMIT:
            scope = chosen
        else:
            allowed = allowed.filter(venture__in=base.values("pk"))
    return rank(problem, scope=scope, allowed=allowed, stop_if_misspelt=_is_keyword_query(query))


def directory_search(
    cleaned: dict[str, Any],
    *,
    page: int = 1,
    page_size: int = DIRECTORY_PAGE_SIZE,
    with_facets: bool = True,
) -> DirectoryResult:
    """The directory's results for validated parameters (VentureFilterSet), page and facets.

    The page and the API both call this, so they list the same ventures in the same order.
    The number of queries does not depend on the page size or on how many ventures match
    (one more only for a relevance page past the ranked window, i.e. past result 500+).
    """
    query = parse_query(cleaned.get("q"))
    sort = resolve_sort(cleaned.get("sort"), query)
    conditions = active_conditions(cleaned)
    base = Venture.objects.published().filter(*conditions.values())
    start, stop = (page - 1) * page_size, page * page_size
    suggestion = None
    text_matches = None
    sample: list[int] | None = None  # the text matches the facets count, when already read

    partial = False
    explanations: dict[int, Any] = {}
    if query:
        problem = analyse_query(query, get_language())
        text = _text_scope(query, conditions, base)
        search, matching, text_matches = text.search, text.matching, text.text_matches
        first = search.first_matches(matching) if _is_keyword_query(query) else []
        count = len(first)
        if _is_keyword_search(query, text, bool(first)):
            capped = count > engine.COUNT_CAP
            if matching is text_matches:  # no facet chosen: the results are the text matches
                sample = first
            count = min(count, engine.COUNT_CAP)
            if page > 1 and start >= count:
                raise PageOutOfRange(page)
            if sort == "relevance":
                ranked = search.ranked(matching, text.scope, first=first)
                ids = ranked[start:stop]
                if len(ids) < page_size and stop > len(ranked) and count > len(ranked):
                    ids += search.after_window(matching, ranked, max(0, start - len(ranked)), stop - len(ranked))
            else:
                ordering = _name_ordering("venture__") if sort == "name" else _newest_ordering("venture__")
                ids = list(matching.order_by(*ordering).values_list("pk", flat=True)[start:stop])
        else:
            # A description (or words that no venture has all of): rank by how much each covers.
            found = _problem_ids(query, problem, conditions, base)
            # A misspelt keyword ("ท่องเทียว") is not stretched into a description: "did you mean" helps.
            all_ids = [] if found.misspelt and _is_keyword_query(query) else found.ids
            partial = bool(all_ids) and not found.complete
            count, capped = len(all_ids), False
            text_matches = VentureSearchDocument.objects.filter(pk__in=all_ids)
            sample = all_ids
            if page > 1 and start >= count:
                raise PageOutOfRange(page)
            if sort == "relevance":
                ids = all_ids[start:stop]
            else:
                ordering = _name_ordering("venture__") if sort == "name" else _newest_ordering("venture__")
                ids = list(text_matches.order_by(*ordering).values_list("pk", flat=True)[start:stop])
        ventures = _in_order(ids)
        explanations = _explained(ventures, problem)
        suggestion = search.suggestion()
        if count >= SUGGEST_BELOW:
            suggestion = None
    else:
        count, capped = base.count(), False
        if page > 1 and start >= count:
            raise PageOutOfRange(page)
        ordering = _name_ordering() if sort == "name" else _newest_ordering()
        ventures = list(venture_cards().filter(*conditions.values()).order_by(*ordering)[start:stop])

    result = DirectoryResult(
        ventures=ventures,
        count=count,
        count_capped=capped,
        page=page,
        page_size=page_size,
        sort=sort,
        query=query,
        suggestion=suggestion,
        partial=partial,
        explanations=explanations,
    )
    if with_facets:
        result.facets = facets_for(cleaned, text_matches, sample=sample)
    return result


def _chunks(ids: Iterable[int], size: int) -> Iterator[list[int]]:
    chunk: list[int] = []
    for pk in ids:
        chunk.append(pk)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def directory_rows(cleaned: dict[str, Any], *, chunk_size: int = 500) -> Iterator[Venture]:
    """Every venture the directory lists for validated parameters, in the directory's order,
    read `chunk_size` at a time (the CSV export). With words this is every match, past the
    1,000 the pages count to: the ranked window first, then the rest newest first, as the
    pages would list them."""
    query = parse_query(cleaned.get("q"))
    sort = resolve_sort(cleaned.get("sort"), query)
    conditions = active_conditions(cleaned)
    if not query:
        ordering = _name_ordering() if sort == "name" else _newest_ordering()
        yield from venture_cards().filter(*conditions.values()).order_by(*ordering).iterator(chunk_size=chunk_size)
        return

    problem = analyse_query(query, get_language())
    base = Venture.objects.published().filter(*conditions.values())
    text = _text_scope(query, conditions, base)
    ids: Iterable[int]
    keywords = _is_keyword_query(query) and _is_keyword_search(query, text, text.matching.exists())
    if not keywords:
        found = _problem_ids(query, problem, conditions, base)
        ranked_ids = [] if found.misspelt and _is_keyword_query(query) else found.ids
        if sort == "relevance":
            ids = ranked_ids
        else:
            ordering = _name_ordering("venture__") if sort == "name" else _newest_ordering("venture__")
            ids = (
                VentureSearchDocument.objects.filter(pk__in=ranked_ids).order_by(*ordering).values_list("pk", flat=True)
            )
    elif sort == "relevance":
        # The window is built as the page builds it (from the first matches), so the export
        # lists the ventures in the order the pages show them.
        first = text.search.first_matches(text.matching)
        ranked = text.search.ranked(text.matching, text.scope, first=first)
        rest = (
            text.matching.exclude(pk__in=ranked)
            .order_by(*_newest_ordering("venture__"))
            .values_list("pk", flat=True)
            .iterator(chunk_size=chunk_size)
        )
        ids = itertools.chain(ranked, rest)
    else:
        ordering = _name_ordering("venture__") if sort == "name" else _newest_ordering("venture__")
        ids = text.matching.order_by(*ordering).values_list("pk", flat=True).iterator(chunk_size=chunk_size)
    for chunk in _chunks(ids, chunk_size):
        ventures = _in_order(chunk)
        _explained(ventures, problem)
        yield from ventures


# The reference tables the registry's facets' labels come from: a change to any of them forgets
# the cached labels (registry/apps.py watches them; a registered facet names its own).
FACET_LABEL_MODELS = (
    "registry.SocialArea",
    "registry.Region",
    "registry.Province",
    "registry.Country",
    "registry.Sdg",
)
FACET_LABELS_CACHE_SECONDS = 60 * 60


def _facet_labels_key(language: str) -> str:
    return f"registry:facet-labels:{language}"


def _facet_labels() -> dict[str, list[tuple[str, str]]]:
    """(value, label) of every facet value, in display order, in the page's language: read from the
    reference tables once, then from the cache until staff change one of them."""
    key = _facet_labels_key(get_language() or settings.LANGUAGE_CODE)
    labels = cache.get(key)
    if labels is None:
        labels = _read_facet_labels()
        cache.set(key, labels, FACET_LABELS_CACHE_SECONDS)
    return labels


def watch_facet_label_models(models: Iterable[str]) -> None:
    """Forget the cached labels whenever a row of these models ("app.Model") is saved or deleted."""
    for model in models:
        # Lazy model references: a registered facet's model belongs to a higher app.
        post_save.connect(forget_facet_labels, sender=model, dispatch_uid=f"facet-labels-save-{model}")
        post_delete.connect(forget_facet_labels, sender=model, dispatch_uid=f"facet-labels-delete-{model}")


def forget_facet_labels(**kwargs: Any) -> None:
    """A reference table changed: the labels are read again, now and once the change commits."""

    def forget() -> None:
        cache.delete_many([_facet_labels_key(code) for code, _name in settings.LANGUAGES])

    forget()
    transaction.on_commit(forget)


def _read_facet_labels() -> dict[str, list[tuple[str, str]]]:
    """(value, label) of every facet value, in display order (reference tables: small)."""
    provinces = sorted(Province.objects.all(), key=lambda p: page_sort_key(p.name))
    labels = {
        "area": [(a.slug, a.name) for a in SocialArea.objects.all()],
        "region": [(r.slug, r.name) for r in Region.objects.all()],
        "province": [(p.abbr_en, p.name) for p in provinces],
        "country": [(c.iso2, c.name) for c in Country.objects.all()],
        "stage": [(str(value), str(label)) for value, label in Stage.choices],
        "sdg": [(str(s.number), str(s)) for s in Sdg.objects.all()],
        "youth": [("1", str(_("Youth-led")))],
        "verified": [("1", str(_("Verified")))],
    }
    for name in facet_names():
        registered = registered_facet(name)
        if registered is not None:
            labels[name] = registered.labels()
    return labels


def _selected_values(cleaned: dict[str, Any], name: str) -> set[str]:
    value = cleaned.get(name)
    if not value:
        return set()
    if isinstance(value, str):
        return {value}
    keys = {
        "area": "slug",
        "region": "slug",
        "province": "abbr_en",
        "country": "iso2",
        "sdg": "number",
    }
    registered = registered_facet(name)
    if registered is not None:
        keys[name] = registered.code
    return {str(getattr(v, keys[name])) if name in keys else str(v) for v in value}


def facets_for(
    cleaned: dict[str, Any],
    text_matches: QuerySet[VentureSearchDocument] | None,
    *,
    sample: list[int] | None = None,
) -> list[Facet]:
    """The facets to show: values with matches, plus the chosen ones (so they can be removed).

    `sample`: the ids of `text_matches[:COUNT_CAP + 1]` when already read.
    """
    result = directory_facet_counts(cleaned, text_matches, sample=sample)
    counts = result.counts
    labels = _facet_labels()
    facets = []
    for name in facet_names():
        selected = _selected_values(cleaned, name)
        options = [
            FacetOption(value=value, label=label, count=counts[name].get(value, 0), selected=value in selected)
            for value, label in labels[name]
            if counts[name].get(value) or value in selected
        ]
        facets.append(
            Facet(
                name=name,
                label=str(VentureFilterSet.base_filters[name].label),
                options=options,
                approximate=result.approximate,
            )
        )
    return facets


# --- Venture pages ----------------------------------------------------------------------------


def public_venture_detail() -> QuerySet[Venture]:
    """Published ventures with their places, areas and SDGs (other statuses are not public)."""
    return (
        Venture.objects.published()
        .select_related("country", "province__region")
        .prefetch_related(
            Prefetch("venture_areas", queryset=VentureArea.objects.select_related("area").order_by("-is_primary")),
            "sdgs",
        )
    )


def newest_ventures(limit: int = 6) -> list[Venture]:
    return list(venture_cards().order_by("-published_at", "-pk")[:limit])
