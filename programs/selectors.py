"""Reads of the public programme and call pages: eligibility in plain words, outcomes so far."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Any

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
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

from .models import Call, CallQuerySet, CallStatus, Participation, Programme

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
    from grants.models import Award

    participants = set(Participation.objects.filter(programme=programme).values_list("venture_id", flat=True))
    awards = Award.objects.filter(application__call__programme=programme)
    granted = set(awards.values_list("application__venture_id", flat=True))
    totals = awards.aggregate(n=Count("pk"), thb=Sum("amount_thb"))
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
    from grants.models import Award

    now = now or timezone.now()
    programme = OuterRef("pk")
    awards = Award.objects.filter(application__call__programme=programme)
    # One level deeper, so the programme is the outer query's outer row.
    took_part = Participation.objects.filter(programme=OuterRef(programme), venture=OuterRef("application__venture"))
    granted_without_participation = awards.exclude(Exists(took_part))
    thb_granted = awards.order_by().values("application__call__programme").annotate(total=Sum("amount_thb"))
    return (
        Programme.objects.filter(is_active=True)
        .order_by("order", "code")
        .prefetch_related("partners")
        .annotate(
            open_call_count=_count(Call.objects.filter(programme=programme).accepting_applications(now)),
            ventures_supported=Coalesce(
                _count(Participation.objects.filter(programme=programme), "venture_id", distinct=True), 0
            )
            + Coalesce(_count(granted_without_participation, "application__venture_id", distinct=True), 0),
            thb_granted=Coalesce(
                Subquery(thb_granted.values("total"), output_field=DecimalField(max_digits=18, decimal_places=2)),
                Value(Decimal("0")),
                output_field=DecimalField(max_digits=18, decimal_places=2),
            ),
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
    from grants.models import Award

    took_part = Participation.objects.filter(programme=programme, venture=OuterRef("pk"))
    granted = Award.objects.filter(application__call__programme=programme, application__venture=OuterRef("pk"))
    return venture_cards().filter(Q(Exists(took_part)) | Q(Exists(granted)))


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


class ApplyState(StrEnum):
    """What the call page's "Apply" panel offers the person looking at it."""

    NOT_OPEN_YET = "not_open_yet"
    CLOSED = "closed"
    LOG_IN = "log_in"
    NO_VENTURE = "no_venture"
    INELIGIBLE = "ineligible"
    APPLY = "apply"


@dataclass
class VentureChoice:
    """One of the person's ventures: why it may not apply (empty if it may), or its open application."""

    venture: Venture
    problems: list[str]
    open_application: Any = None

    @property
    def can_apply(self) -> bool:
        return not self.problems and self.open_application is None


@dataclass
class ApplyPanel:
    state: ApplyState
    closed_at: datetime.datetime | None = None
    choices: list[VentureChoice] = field(default_factory=list)

    @property
    def eligible(self) -> list[VentureChoice]:
        return [choice for choice in self.choices if choice.can_apply]

    @property
    def applied(self) -> list[VentureChoice]:
        return [choice for choice in self.choices if choice.open_application is not None]

    @property
    def ineligible(self) -> list[VentureChoice]:
        return [choice for choice in self.choices if choice.problems and choice.open_application is None]


def apply_panel(call: Call, user: Any, now: datetime.datetime | None = None) -> ApplyPanel:
    """Whether and how `user` can apply to `call` now, and for which of their ventures
    (the reasons come from `grants.services.eligibility_problems`, the rules the service enforces)."""
    from grants.models import GrantApplication
    from grants.services import eligibility_problems

    now = now or timezone.now()
    if not call.is_accepting(now):
        if call.status == CallStatus.OPEN and now < call.opens_at:
            return ApplyPanel(ApplyState.NOT_OPEN_YET)
        return ApplyPanel(ApplyState.CLOSED, closed_at=call_closed_at(call, now))
    if not getattr(user, "is_authenticated", False):
        return ApplyPanel(ApplyState.LOG_IN)
    ventures = list(Venture.objects.owned_or_joined_by(user).order_by("name_th", "name_en", "pk"))
    if not ventures:
        return ApplyPanel(ApplyState.NO_VENTURE)
    applications = {
        application.venture_id: application
        for application in GrantApplication.objects.open().filter(call=call, venture__in=ventures).order_by("pk")
    }
    choices = [
        VentureChoice(
            venture=venture,
            problems=eligibility_problems(venture=venture, call=call, applicant=user),
            open_application=applications.get(venture.pk),
        )
        for venture in ventures
    ]
    panel = ApplyPanel(ApplyState.APPLY, choices=choices)
    if not panel.eligible and not panel.applied:
        panel.state = ApplyState.INELIGIBLE
    return panel
