"""Reads of the public programme and call pages: eligibility in plain words, outcomes so far."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, F, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from registry.models.ventures import VentureStatus

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
