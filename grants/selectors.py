"""Reads of the grant lifecycle shared by the entrepreneur pages, the admin, the dashboard, the exports
and the public statistics (page and API)."""

import datetime
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, F, Model, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.db.models.functions import ExtractYear
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.audit import AUDIT_ACTIONS
from core.dates import local_datetime, local_year
from core.models import AuditEntry
from programs.models import Call, Programme, ReviewCriterion
from registry.models import Country, Region, SocialArea, Venture, VentureArea
from registry.models.i18n import pick
from registry.selectors import Facet, FacetOption, HeadlineFigures, headline_figures

from .models import ApplicationStatus, Award, CoInvestment, GrantApplication, Review

CENT = Decimal("0.01")

# --- the entrepreneur's side ---------------------------------------------------------------------


def applications_of(user: Any) -> QuerySet[GrantApplication]:
    """Applications of the ventures `user` owns or belongs to, newest first."""
    if not getattr(user, "is_authenticated", False):
        return GrantApplication.objects.none()
    ventures = Venture.objects.owned_or_joined_by(user).values("pk")
    return (
        GrantApplication.objects.filter(venture__in=ventures)
        .select_related("venture", "call__programme", "award")
        .order_by("-created_at", "-pk")
    )


def open_calls(now: datetime.datetime | None = None) -> QuerySet[Call]:
    """Calls taking applications now, closing soonest first."""
    return Call.objects.accepting_applications(now).select_related("programme").order_by("closes_at", "pk")


def next_step(application: GrantApplication, now: datetime.datetime | None = None) -> str:
    """What happens next, for the applicant, in plain words."""
    status = application.status
    if status == ApplicationStatus.DRAFT:
        if application.call.is_accepting(now):
            deadline = local_datetime(application.call.closes_at)
            return _("Complete and submit it before %(deadline)s (Bangkok time).") % {"deadline": deadline}
        return _("The call is closed: this draft can no longer be submitted.")
    return str(NEXT_STEPS.get(status, ""))


NEXT_STEPS: dict[str, Any] = {
    ApplicationStatus.SUBMITTED: gettext_lazy("Waiting for NIA staff to screen it. You can still withdraw it."),
    ApplicationStatus.SCREENING: gettext_lazy("NIA staff are checking it is complete and eligible."),
    ApplicationStatus.IN_REVIEW: gettext_lazy("Reviewers are scoring it; a grant approver will then decide."),
    ApplicationStatus.APPROVED: gettext_lazy("Grant awarded: NIA will pay it in tranches."),
    ApplicationStatus.REJECTED: gettext_lazy("Not funded: see the reason below. You may apply to other calls."),
    ApplicationStatus.WITHDRAWN: gettext_lazy("Withdrawn: nothing more will happen."),
}


@dataclass(frozen=True)
class HistoryItem:
    when: datetime.datetime
    text: str
    reason: str


def applicant_history(application: GrantApplication) -> list[HistoryItem]:
    """What happened to the application (and its award) and why, in plain words, oldest first."""
    entries = list(AuditEntry.objects.for_object(application))
    award = Award.objects.filter(application=application).first()
    if award is not None:
        entries += list(AuditEntry.objects.for_object(award))
    items = []
    for entry in sorted(entries, key=lambda e: (e.created_at, e.pk)):
        # core.audit (filled by grants.audit_labels) says what each action means to the applicant; actions it gives
        # no applicant text (reviewer assignments, reviews, a first of two approvals) are
        # staff-internal and never shown to the applicant.
        meaning = AUDIT_ACTIONS.get(entry.action)
        if meaning is None or meaning.applicant is None:
            continue
        reason = entry.reason if meaning.applicant_reason else ""
        items.append(HistoryItem(when=entry.created_at, text=str(meaning.applicant), reason=reason))
    return items


# --- the staff side: reviews side by side ----------------------------------------------------------


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


# --- the dashboard ------------------------------------------------------------------------------------

DIMENSIONS = {
    "area": gettext_lazy("Primary area"),
    "programme": gettext_lazy("Programme"),
    "year": gettext_lazy("Year"),
    "region": gettext_lazy("Region"),
    "country": gettext_lazy("Country"),
}


@dataclass(frozen=True)
class FigureRow:
    """Headline figures of one group (an area, a programme, a year…)."""

    key: Any
    label: str
    grants_approved: int
    thb_granted: Decimal
    thb_disbursed: Decimal
    thb_leveraged: Decimal
    # The group's public identity, the same whatever the language: slug, ISO code or year
    # (None for the "no group" row), and its names in both languages (the open-data reads).
    code: str | None = None
    name_th: str = ""
    name_en: str = ""

    @property
    def leverage_ratio(self) -> Decimal | None:
        if not self.thb_granted:
            return None
        return (self.thb_leveraged / self.thb_granted).quantize(Decimal("0.01"))


def _primary_area(venture_path: str) -> Subquery:
    return Subquery(VentureArea.objects.filter(venture=OuterRef(venture_path), is_primary=True).values("area_id")[:1])


def _award_key(dimension: str) -> Any:
    return {
        "area": _primary_area("application__venture"),
        "programme": F("application__call__programme_id"),
        "year": ExtractYear("award_date"),
        "region": F("application__venture__province__region_id"),
        "country": F("application__venture__country_id"),
    }[dimension]


def _coinvestment_key(dimension: str) -> Any:
    return {
        "area": _primary_area("venture"),
        "programme": F("award__application__call__programme_id"),
        "year": ExtractYear("date"),
        "region": F("venture__province__region_id"),
        "country": F("venture__country_id"),
    }[dimension]


@dataclass(frozen=True)
class _Group:
    label: str
    sort: Any
    code: str
    name_th: str
    name_en: str


def _groups(dimension: str, keys: Iterable[Any]) -> dict[Any, _Group]:
    """Names, codes and sort order of the groups (one query per dimension, none for years)."""
    keys = [k for k in keys if k is not None]
    if dimension == "year":
        # Thai readers count years in the Buddhist era (2025 is 2568); the code stays Gregorian.
        return {k: _Group(local_year(k), k, str(k), local_year(k, "th"), str(k)) for k in keys}
    model: type[Model] = {"area": SocialArea, "programme": Programme, "region": Region, "country": Country}[dimension]
    order = {"area": ("order", "code"), "programme": ("order", "code"), "region": ("order",), "country": ("order",)}
    code = {"area": "slug", "programme": "slug", "region": "slug", "country": "iso2"}[dimension]
    # Each of these models has bilingual names (name_th, name_en).
    objects: Iterable[Any] = model._default_manager.filter(pk__in=keys)
    return {
        obj.pk: _Group(
            label=str(obj),
            sort=tuple(getattr(obj, name) for name in order[dimension]),
            code=getattr(obj, code),
            name_th=obj.name_th,
            name_en=obj.name_en,
        )
        for obj in objects
    }


NO_GROUP = {
    "area": gettext_lazy("No primary area"),
    "programme": gettext_lazy("Not linked to a grant"),
    "year": gettext_lazy("No date"),
    "region": gettext_lazy("Outside Thailand's regions"),
    "country": gettext_lazy("No country"),
}


def figures_by(dimension: str) -> list[FigureRow]:
    """Headline figures grouped by `dimension`, from the rows, in three queries whatever their number."""
    awards = (
        Award.objects.annotate(key=_award_key(dimension))
        .values("key")
        .annotate(n=Count("pk"), granted=Sum("amount_thb"), disbursed=Sum("amount_disbursed_thb"))
        .order_by()
    )
    leveraged = (
        CoInvestment.objects.filter(verified=True)
        .annotate(key=_coinvestment_key(dimension))
        .values("key")
        .annotate(total=Sum("amount_thb"))
        .order_by()
    )
    granted = {row["key"]: row for row in awards}
    lever = {row["key"]: row["total"] or Decimal("0") for row in leveraged}
    keys = set(granted) | set(lever)
    groups = _groups(dimension, keys)
    no_group = str(NO_GROUP[dimension])
    rows = []
    for key in keys:
        group = groups.get(key)
        rows.append(
            FigureRow(
                key=key,
                label=group.label if group is not None else no_group,
                grants_approved=granted[key]["n"] if key in granted else 0,
                thb_granted=(granted[key]["granted"] or Decimal("0")) if key in granted else Decimal("0"),
                thb_disbursed=(granted[key]["disbursed"] or Decimal("0")) if key in granted else Decimal("0"),
                thb_leveraged=lever.get(key, Decimal("0")),
                code=group.code if group is not None else None,
                name_th=group.name_th if group is not None else "",
                name_en=group.name_en if group is not None else "",
            )
        )
    rows.sort(key=lambda row: (row.key is None, groups[row.key].sort if row.key in groups else (), row.label))
    return rows


@dataclass(frozen=True)
class Dashboard:
    totals: HeadlineFigures
    breakdowns: list[tuple[str, str, list[FigureRow]]]
    applications_by_status: list[tuple[str, int]]


def dashboard() -> Dashboard:
    """Everything the staff dashboard shows, in a fixed number of queries."""
    counts = dict(GrantApplication.objects.values_list("status").annotate(n=Count("pk")).order_by())
    return Dashboard(
        totals=headline_figures(),
        breakdowns=[(name, str(label), figures_by(name)) for name, label in DIMENSIONS.items()],
        applications_by_status=[(str(status.label), counts.get(status.value, 0)) for status in ApplicationStatus],
    )


# --- the public statistics: /<lang>/stats/ and /api/v1/stats/ ---------------------------------------

STATS_DIMENSIONS = ("year", "area", "region", "country", "programme")
# How long one computed copy of the public figures is served. Changes to ventures (publishing,
# archiving, a new stage) show at once: they change the search index generation, which is part
# of the cache key. Grant figures (awards, tranches, co-investment) show within this time.
# settings.REGISTRY_STATS_CACHE_SECONDS overrides it; 0 computes them on every request.
STATS_CACHE_SECONDS = 300


@dataclass(frozen=True)
class VentureCount:
    """Published ventures in one group (a stage, an area)."""

    code: str
    name_th: str
    name_en: str
    ventures: int


@dataclass(frozen=True)
class PublicStats:
    """Every figure of the public statistics page and of the API's stats/.

    Plain values only, the same in every language (groups carry their names in both), so one
    cached copy serves the Thai page, the English page and the API alike.
    """

    generated_at: datetime.datetime
    totals: HeadlineFigures
    ventures_published: int
    # STATS_DIMENSIONS -> figure rows; years run without gaps from the first to the last.
    breakdowns: dict[str, list[FigureRow]]
    ventures_by_stage: list[VentureCount]
    ventures_by_area: list[VentureCount]


def group_name(row: FigureRow, dimension: str, language: str) -> str:
    """A figure row's name in `language` ("No primary area"… for the row without a group)."""
    if row.code is None:
        with translation.override(language):
            return str(NO_GROUP[dimension])
    return pick(row, "name", language)


def _every_year(rows: list[FigureRow]) -> list[FigureRow]:
    """Year rows with the years between them that have no figures (a time axis has no gaps)."""
    years = {row.key: row for row in rows if row.key is not None}
    if not years:
        return rows
    zero = Decimal("0")
    filled = [
        years.get(year)
        or FigureRow(year, local_year(year), 0, zero, zero, zero, str(year), local_year(year, "th"), str(year))
        for year in range(min(years), max(years) + 1)
    ]
    return filled + [row for row in rows if row.key is None]


def compute_public_stats() -> PublicStats:
    """The public figures from the rows, in a fixed number of queries whatever their number."""
    from registry.facets import directory_facet_counts
    from registry.models.ventures import Stage

    # The directory's own counts (any of a venture's areas), so both pages agree.
    counts = directory_facet_counts({}, None).counts
    by_stage = []
    for stage in Stage:
        with translation.override("th"):
            name_th = str(stage.label)
        with translation.override("en"):
            name_en = str(stage.label)
        by_stage.append(VentureCount(stage.value, name_th, name_en, counts["stage"].get(stage.value, 0)))
    by_area = [
        VentureCount(area.slug, area.name_th, area.name_en, counts["area"].get(area.slug, 0))
        for area in SocialArea.objects.all()
        if area.is_active or counts["area"].get(area.slug)
    ]
    breakdowns = {dimension: figures_by(dimension) for dimension in STATS_DIMENSIONS}
    breakdowns["year"] = _every_year(breakdowns["year"])
    return PublicStats(
        generated_at=timezone.now(),
        totals=headline_figures(),
        ventures_published=sum(group.ventures for group in by_stage),
        breakdowns=breakdowns,
        ventures_by_stage=by_stage,
        ventures_by_area=by_area,
    )


def stats_cache_seconds() -> int:
    """How long one computed copy of the public figures is served (0: never cached)."""
    return max(0, int(getattr(settings, "REGISTRY_STATS_CACHE_SECONDS", STATS_CACHE_SECONDS)))


def public_stats() -> PublicStats:
    """The public figures, computed at most once per STATS_CACHE_SECONDS (see there)."""
    from registry.search.index import search_generation

    seconds = stats_cache_seconds()
    if not seconds:
        return compute_public_stats()
    key = f"grants:public-stats:v1:{search_generation()}"
    stats = cache.get(key)
    if stats is None:
        stats = compute_public_stats()
        cache.set(key, stats, seconds)
    return stats


# --- the CSV exports ------------------------------------------------------------------------------------

APPLICATION_COLUMNS = [
    "id",
    "title",
    "venture",
    "venture_slug",
    "programme",
    "call",
    "status",
    "requested_amount",
    "currency",
    "planned_start",
    "planned_end",
    "submitted_at",
    "decided_at",
    "decision_reason",
    "agreement_number",
]

AWARD_COLUMNS = [
    "agreement_number",
    "application_id",
    "title",
    "venture",
    "venture_slug",
    "programme",
    "call",
    "primary_area",
    "country",
    "region",
    "province",
    "amount",
    "currency",
    "amount_thb",
    "amount_disbursed",
    "amount_disbursed_thb",
    "leveraged_thb",
    "award_date",
    "status",
    "closed_at",
]


def _iso(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat(timespec="seconds")
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def application_export_rows(queryset: QuerySet[GrantApplication]) -> Iterator[list[str]]:
    """One row per application (header first), reading the table in chunks."""
    yield APPLICATION_COLUMNS
    rows = queryset.select_related("venture", "call__programme", "award").order_by("pk")
    for application in rows.iterator(chunk_size=500):
        award = getattr(application, "award", None)
        yield [
            str(application.pk),
            application.title,
            str(application.venture),
            application.venture.slug,
            str(application.call.programme),
            str(application.call),
            application.status,
            str(application.requested_amount),
            application.currency,
            _iso(application.planned_start),
            _iso(application.planned_end),
            _iso(application.submitted_at),
            _iso(application.decided_at),
            application.decision_reason,
            award.agreement_number if award is not None else "",
        ]


def award_export_rows(queryset: QuerySet[Award]) -> Iterator[list[str]]:
    """One row per award (header first) with its place, area and verified leverage in THB."""
    yield AWARD_COLUMNS
    rows = (
        queryset.with_venture()  # type: ignore[attr-defined]
        .select_related("application__venture__province")
        .annotate(
            primary_area_id=_primary_area("application__venture"),
            leveraged=Sum("co_investments__amount_thb", filter=Q(co_investments__verified=True)),
        )
        .order_by("pk")
    )
    areas = {area.pk: str(area) for area in SocialArea.objects.all()}
    for award in rows.iterator(chunk_size=500):
        application = award.application
        venture = application.venture
        province = venture.province
        yield [
            award.agreement_number,
            str(application.pk),
            application.title,
            str(venture),
            venture.slug,
            str(application.call.programme),
            str(application.call),
            areas.get(award.primary_area_id, ""),
            venture.country.iso2,
            str(province.region) if province is not None else "",
            province.abbr_en if province is not None else "",
            str(award.amount),
            award.currency,
            str(award.amount_thb),
            str(award.amount_disbursed),
            str(award.amount_disbursed_thb),
            str(Decimal(award.leveraged or 0).quantize(CENT)),
            _iso(award.award_date),
            award.status,
            _iso(award.closed_at),
        ]


# --- the public grants: /<lang>/grants/, the API, its CSV and the 360Giving package -------------------

GRANT_ORDERINGS: dict[str, tuple[str, ...]] = {
    "newest": ("-award_date", "-pk"),
    "oldest": ("award_date", "pk"),
    "largest": ("-amount_thb", "-pk"),
    "smallest": ("amount_thb", "pk"),
}


def grant_identifier(award: Award) -> str:
    """The grant's public identifier: the 360Giving prefix and the award's number (360G-nia-th-42)."""
    return f"{settings.OPENDATA_360G_PREFIX}{award.pk}"


def public_grants(cleaned: dict[str, Any] | None = None) -> QuerySet[Award]:
    """Awarded grants for validated GrantFilterSet values, in the requested order (newest award
    first by default), with what a grant shows, in a fixed number of queries for any number."""
    from .filters import grant_conditions

    cleaned = cleaned or {}
    sort = cleaned.get("sort") or "newest"
    return (
        Award.objects.filter(*grant_conditions(cleaned).values())
        .select_related(
            "application__call__programme",
            "application__venture__country",
            "application__venture__province__region",
        )
        .prefetch_related(
            Prefetch(
                "application__venture__venture_areas",
                queryset=VentureArea.objects.select_related("area").order_by("-is_primary", "area__order"),
            ),
            "application__venture__sdgs",
        )
        .order_by(*GRANT_ORDERINGS[sort])
    )


@dataclass(frozen=True)
class GrantTotals:
    """What the grants of a filter add up to: how many, THB awarded, THB disbursed."""

    count: int
    thb_awarded: Decimal
    thb_disbursed: Decimal


def grant_totals(cleaned: dict[str, Any] | None = None) -> GrantTotals:
    """Totals of the grants `public_grants(cleaned)` lists, in one query."""
    from .filters import grant_conditions

    totals = Award.objects.filter(*grant_conditions(cleaned or {}).values()).aggregate(
        n=Count("pk"), awarded=Sum("amount_thb"), disbursed=Sum("amount_disbursed_thb")
    )
    return GrantTotals(
        count=totals["n"],
        thb_awarded=totals["awarded"] or Decimal("0"),
        thb_disbursed=totals["disbursed"] or Decimal("0"),
    )


# The facets the grants page offers, and the column each one counts by.
GRANT_FACET_KEYS = {
    "area": "application__venture__venture_areas__area__slug",
    "program": "application__call__programme__slug",
    "year": "award_year",
    "region": "application__venture__province__region__slug",
    "country": "application__venture__country__iso2",
}


def _grant_facet_labels(name: str, keys: Iterable[Any]) -> list[tuple[str, str]]:
    """(value, label) of a facet's values, in display order."""
    if name == "year":
        return [(str(year), str(year)) for year in sorted(keys, reverse=True)]
    if name == "area":
        return [(a.slug, a.name) for a in SocialArea.objects.all()]
    if name == "program":
        return [(p.slug, p.name) for p in Programme.objects.all()]
    if name == "region":
        return [(r.slug, r.name) for r in Region.objects.all()]
    return [(c.iso2, c.name) for c in Country.objects.all()]


def grant_facets(cleaned: dict[str, Any]) -> list[Facet]:
    """The page's facets: each value with the number of grants it would give (every other
    parameter applied, so two values of one facet read as either), values without grants left
    out unless chosen."""
    from .filters import GrantFilterSet, grant_conditions

    conditions = grant_conditions(cleaned)
    facets = []
    for name, key in GRANT_FACET_KEYS.items():
        others = [condition for other, condition in conditions.items() if other != name]
        awards = Award.objects.filter(*others)
        if name == "year":
            awards = awards.annotate(award_year=ExtractYear("award_date"))
        counts = {
            str(row[key]): row["n"]
            for row in awards.values(key).annotate(n=Count("pk", distinct=True)).order_by()
            if row[key] is not None
        }
        chosen = cleaned.get(name) or []
        selected = {str(v) for v in chosen} if name == "year" else {str(_facet_value(name, v)) for v in chosen}
        options = [
            FacetOption(value=value, label=label, count=counts.get(value, 0), selected=value in selected)
            for value, label in _grant_facet_labels(name, [int(k) for k in counts] if name == "year" else counts)
            if counts.get(value) or value in selected
        ]
        if name == "year":
            missing = sorted(selected - {o.value for o in options}, reverse=True)
            options += [FacetOption(value=v, label=v, count=0, selected=True) for v in missing]
        facets.append(Facet(name=name, label=str(GrantFilterSet.base_filters[name].label), options=options))
    return facets


def _facet_value(name: str, obj: Any) -> Any:
    return obj.iso2 if name == "country" else obj.slug
