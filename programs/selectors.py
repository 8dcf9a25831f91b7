"""Reads of the public programme and call pages: eligibility in plain words, outcomes so far."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from core.models import AuditEntry
from registry.models import Venture
from registry.models.ventures import VentureStatus
from registry.selectors import venture_cards

from .extensions import funding
from .models import Call, CallQuerySet, CallStatus, ImpactIndicator, ImpactMeasurement, Participation, Programme

PUBLIC_CALL_STATUSES = (CallStatus.OPEN, CallStatus.CLOSED)


def public_calls(programme: Programme | None = None) -> CallQuerySet:
    """Calls the public may see: opened at least once (drafts and cancelled calls are not shown)."""
    calls: CallQuerySet = Call.objects.filter(status__in=PUBLIC_CALL_STATUSES).select_related("programme", "partner")
    if programme is not None:
        calls = calls.filter(programme=programme)
    return calls


def split_calls(calls: CallQuerySet, now: datetime.datetime | None = None) -> tuple[list[Call], list[Call]]:
    """(open now, closing soonest first; past and not yet open, latest first)."""
    now = now or timezone.now()
    open_now = list(calls.accepting_applications(now).order_by("closes_at", "pk"))
    others = list(calls.exclude(pk__in=[c.pk for c in open_now]).order_by("-closes_at", "-pk"))
    return open_now, others


def eligibility_in_words(call: Call) -> list[str]:
    """Who may apply to `call`, one plain sentence per rule (the rules `grants.services` enforces)."""
    lines = [_("The venture's profile must be published on the registry, and you must be on its team.")]
    areas = [str(area) for area in call.eligible_areas.all()]
    if areas:
        lines.append(_("Open to ventures working in: %(areas)s.") % {"areas": ", ".join(areas)})
    else:
        lines.append(_("Open to ventures in every social-innovation area."))
    countries = [str(country) for country in call.eligible_countries.all()]
    if countries:
        lines.append(_("Open to ventures based in: %(countries)s.") % {"countries": ", ".join(countries)})
    else:
        lines.append(_("Open to ventures from every country the registry covers."))
    if call.youth_only:
        lines.append(_("For youth-led ventures only."))
    if call.max_founder_age is not None:
        lines.append(
            _("The applicant must be %(age)s or younger (from the date of birth on their profile).")
            % {"age": call.max_founder_age}
        )
    if call.currency == "THB":
        lines.append(_("Ask for an amount in Thai baht (THB)."))
    else:
        lines.append(_("Ask for an amount in Thai baht (THB) or in %(currency)s.") % {"currency": call.currency})
    lines.append(_("One open application per venture to this call."))
    return lines


@dataclass
class ProgrammeOutcomes:
    """What a programme has achieved so far, from its participation and award rows."""

    ventures_supported: int
    grants_approved: int
    thb_granted: Decimal
    winners: list[Participation] = field(default_factory=list)
    assessments: list[Participation] = field(default_factory=list)
    assessed_count: int = 0
    mean_sroi: Decimal | None = None


def programme_outcomes(programme: Programme, *, limit: int = 12) -> ProgrammeOutcomes:
    """Ventures supported (by participation or grant), THB granted, competition winners and
    impact-assessment results; named ventures are published ones only."""
    participants = set(Participation.objects.filter(programme=programme).values_list("venture_id", flat=True))
    granted: set[int] = set()
    totals: dict[str, Any] = {"n": 0, "thb": None}
    money = funding()
    if money is not None:
        awards = money.through_programme(programme)
        granted = set(awards.values_list(f"{money.venture}_id", flat=True))
        totals = awards.aggregate(n=Count("pk"), thb=Sum(money.amount_thb))
    public = Participation.objects.filter(programme=programme, venture__status=VentureStatus.PUBLISHED).select_related(
        "venture", "call", "partner"
    )
    assessed = public.filter(outcome=Participation.Outcome.IMPACT_ASSESSED)
    assessed_figures = assessed.aggregate(n=Count("pk"), sroi=Sum("sroi_ratio"), with_sroi=Count("sroi_ratio"))
    mean_sroi = (
        (Decimal(assessed_figures["sroi"]) / assessed_figures["with_sroi"]).quantize(Decimal("0.01"))
        if assessed_figures["with_sroi"]
        else None
    )
    return ProgrammeOutcomes(
        ventures_supported=len(participants | granted),
        grants_approved=totals["n"],
        thb_granted=totals["thb"] or Decimal("0"),
        # Latest first, and the same order on SQLite and PostgreSQL (which sorts NULL first when descending).
        winners=list(
            public.filter(outcome=Participation.Outcome.WINNER).order_by(
                F("start_date").desc(nulls_last=True), F("prize_amount").desc(nulls_last=True), "pk"
            )[:limit]
        ),
        assessments=list(
            assessed.order_by(F("end_date").desc(nulls_last=True), F("sroi_ratio").desc(nulls_last=True), "pk")[:limit]
        ),
        assessed_count=assessed_figures["n"],
        mean_sroi=mean_sroi,
    )


# --- The public programme list and the programme page ------------------------------------------


def _count(queryset: QuerySet[Any], column: str = "pk", *, distinct: bool = False) -> Subquery:
    """COUNT over `queryset` as a scalar subquery (no GROUP BY: one row whatever the rows are)."""
    template = "%(function)s(DISTINCT %(expressions)s)" if distinct else "%(function)s(%(expressions)s)"
    counted = queryset.order_by().annotate(n=Func(F(column), function="COUNT", template=template)).values("n")
    return Subquery(counted, output_field=IntegerField())


def programme_cards(now: datetime.datetime | None = None) -> QuerySet[Programme]:
    """Active programmes with their partners and, at a glance: `open_call_count`,
    `ventures_supported` (by participation or grant, as `programme_outcomes` counts them) and
    `thb_granted`, in two queries whatever the number of calls, participations and awards."""
    now = now or timezone.now()
    programme = OuterRef("pk")
    money = DecimalField(max_digits=18, decimal_places=2)
    took_part = _count(Participation.objects.filter(programme=programme), "venture_id", distinct=True)
    funded_ventures: Any = Value(0)
    thb_granted: Any = Value(Decimal("0"), output_field=money)
    registered = funding()
    if registered is not None:
        awards = registered.through_programme(programme)
        # One level deeper, so the programme is the outer query's outer row.
        also_took_part = Participation.objects.filter(
            programme=OuterRef(programme), venture=OuterRef(registered.venture)
        )
        funded_only = awards.exclude(Exists(also_took_part))
        funded_ventures = Coalesce(_count(funded_only, f"{registered.venture}_id", distinct=True), 0)
        total = awards.order_by().values(registered.programme).annotate(total=Sum(registered.amount_thb))
        thb_granted = Coalesce(
            Subquery(total.values("total"), output_field=money), Value(Decimal("0")), output_field=money
        )
    return (
        Programme.objects.filter(is_active=True)
        .order_by("order", "code")
        .prefetch_related("partners")
        .annotate(
            open_call_count=_count(Call.objects.filter(programme=programme).accepting_applications(now)),
            ventures_supported=Coalesce(took_part, 0) + funded_ventures,
            thb_granted=thb_granted,
        )
    )


def programme_calls(programme: Programme, now: datetime.datetime | None = None) -> tuple[list[Call], list[Call]]:
    """The programme's public calls split into (open now, the others), with what their eligibility
    sentences read already loaded: six queries whatever the number of calls."""
    calls = public_calls(programme).prefetch_related("eligible_areas", "eligible_countries")
    return split_calls(calls, now)


def supported_venture_cards(programme: Programme) -> QuerySet[Venture]:
    """Published ventures the programme supported (took part, or were granted through one of its
    calls), with what a venture card shows."""
    supported = Q(Exists(Participation.objects.filter(programme=programme, venture=OuterRef("pk"))))
    registered = funding()
    if registered is not None:
        funded = registered.through_programme(programme).filter(**{registered.venture: OuterRef("pk")})
        supported |= Q(Exists(funded))
    return venture_cards().filter(supported)


# --- A call's page -------------------------------------------------------------------------------


def call_closed_at(call: Call, now: datetime.datetime | None = None) -> datetime.datetime | None:
    """When `call` stopped taking applications: its deadline, or the moment staff closed it if
    that came first. None while it is open (or closed early with no record of when)."""
    now = now or timezone.now()
    if call.status == CallStatus.OPEN:
        return call.closes_at if call.closes_at <= now else None
    if call.status != CallStatus.CLOSED:
        return None
    closed = (
        AuditEntry.objects.for_object(call)
        .filter(action="call.close", to_status=CallStatus.CLOSED)
        .order_by("-created_at", "-pk")
        .values_list("created_at", flat=True)
        .first()
    )
    candidates = [moment for moment in (closed, call.closes_at) if moment is not None and moment <= now]
    return min(candidates) if candidates else None


# --- A venture's page (registered with registry.extensions) ----------------------------------------


def venture_programmes_and_results(venture: Venture) -> dict[str, Any]:
    """The programmes a venture took part in (and how), and its impact results that staff checked."""
    participations = list(Participation.objects.filter(venture=venture).select_related("programme", "call", "partner"))
    # Only what staff have checked is public (what the team reported waits for them).
    indicators = list(
        ImpactIndicator.objects.checked()
        .filter(venture=venture)
        .select_related("area")
        .prefetch_related(Prefetch("measurements", queryset=ImpactMeasurement.objects.checked()))
    )
    return {"participations": participations, "indicators": indicators}
