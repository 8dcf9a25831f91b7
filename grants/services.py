"""Every write in the grant lifecycle: apply, screen, review, decide, award, pay, co-invest.

Each transition locks the application row (`select_for_update`), checks the transition table
and the permission rules, writes one audit entry, and leaves emails to after commit.
"""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Sum
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from core.dates import local_datetime, local_year
from core.workflow import TransitionError, record_audit
from programs.models import Call, CallQuestion, Participation, Programme, ReviewCriterion
from registry.models import Venture
from registry.models.ventures import VentureStatus

from . import notifications, permissions
from .models import (
    ApplicationAnswer,
    ApplicationStatus,
    ApprovalVote,
    Award,
    BudgetLine,
    CoInvestment,
    Disbursement,
    GrantApplication,
    Review,
    ReviewScore,
)
from .workflows import APPLICATION, AWARD, DISBURSEMENT

CENT = Decimal("0.01")

# A budget line as the forms hand it over: (item, amount).
BudgetLines = list[tuple[str, Decimal]]


def _require(answer: tuple[bool, str]) -> None:
    allowed, reason = answer
    if not allowed:
        raise PermissionDenied(reason)


def _locked(application: GrantApplication) -> GrantApplication:
    return GrantApplication.objects.select_for_update().select_related("call", "venture").get(pk=application.pk)


def _require_status(application: GrantApplication, status: str, step: str) -> None:
    """Some steps lead to a status reachable from several states but belong to one of them."""
    if application.status != status:
        raise TransitionError(
            _("%(step)s is possible only while the application is “%(expected)s”; it is “%(status)s”.")
            % {
                "step": step,
                "expected": ApplicationStatus(status).label,
                "status": application.get_status_display(),
            },
            from_status=application.status,
        )


def eligibility_problems(*, venture: Venture, call: Call, applicant: Any = None) -> list[str]:
    """Why `venture` may not apply to `call` (empty when it may)."""
    problems = []
    if venture.status != VentureStatus.PUBLISHED:
        problems.append(_("Only a published venture can apply."))
    areas = set(call.eligible_areas.values_list("pk", flat=True))
    if areas and not areas.intersection(venture.areas.values_list("pk", flat=True)):
        problems.append(_("This call is for other social-innovation areas than the venture's."))
    countries = set(call.eligible_countries.values_list("pk", flat=True))
    if countries and venture.country_id not in countries:
        problems.append(_("This call is not open to ventures in %(country)s.") % {"country": venture.country})
    if call.youth_only and not venture.youth_led:
        problems.append(_("This call is for youth-led ventures only."))
    if call.max_founder_age is not None:
        profile = getattr(applicant, "entrepreneur", None) if applicant is not None else None
        age = profile.age_on(timezone.localdate()) if profile is not None else None
        if age is None:
            problems.append(_("This call has an age limit: add your date of birth to your profile first."))
        elif age > call.max_founder_age:
            problems.append(_("This call is for founders aged %(max)s or younger.") % {"max": call.max_founder_age})
    return problems


def deadline_refusal(call: Call, now: datetime.datetime | None = None) -> str:
    """Why `call` does not take applications at `now` (empty when it does)."""
    now = now or timezone.now()
    if call.is_accepting(now):
        return ""
    if now >= call.closes_at:
        return _("This call is not accepting applications: it closed on %(deadline)s (Bangkok time).") % {
            "deadline": local_datetime(call.closes_at)
        }
    return _("This call is not accepting applications now.")


def _check_currency(call: Call, currency: str) -> None:
    if currency not in {"THB", call.currency}:
        raise ValidationError(
            {"currency": _("Apply in THB or in the call's currency (%(currency)s).") % {"currency": call.currency}}
        )


def _set_budget_lines(application: GrantApplication, lines: BudgetLines) -> None:
    rows = [BudgetLine(application=application, item=item.strip(), amount=amount) for item, amount in lines]
    for row in rows:
        row.full_clean(exclude=["application"])
    application.budget_lines.all().delete()
    BudgetLine.objects.bulk_create(rows)


def _set_answers(application: GrantApplication, answers: dict[int, str]) -> None:
    questions = {q.pk: q for q in CallQuestion.objects.filter(call=application.call_id)}
    unknown = set(answers) - set(questions)
    if unknown:
        raise ValidationError(_("An answer is for a question this call does not ask."))
    for pk, text in answers.items():
        ApplicationAnswer.objects.update_or_create(
            application=application, question=questions[pk], defaults={"text": text.strip()}
        )


@transaction.atomic
def application_create(
    *,
    venture: Venture,
    call: Call,
    by: Any,
    title: str,
    summary: str,
    requested_amount: Decimal,
    currency: str | None = None,
    planned_start: datetime.date | None = None,
    planned_end: datetime.date | None = None,
    budget_lines: BudgetLines | None = None,
    answers: dict[int, str] | None = None,
    now: datetime.datetime | None = None,
) -> GrantApplication:
    """Start a draft application of `venture` to an open `call` (one open application per venture and call)."""
    currency = currency or call.currency
    _check_currency(call, currency)
    application = GrantApplication(
        venture=venture,
        call=call,
        applicant=by,
        title=title,
        summary=summary,
        requested_amount=requested_amount,
        currency=currency,
        planned_start=planned_start,
        planned_end=planned_end,
    )
    _require(permissions.can_apply(by, application))
    refusal = deadline_refusal(call, now)
    if refusal:
        raise ValidationError(refusal)
    problems = eligibility_problems(venture=venture, call=call, applicant=by)
    if problems:
        raise ValidationError(problems)
    if GrantApplication.objects.open().filter(venture=venture, call=call).exists():
        raise ValidationError(_("This venture already has an open application to this call."))
    application.full_clean()
    application.save()
    _set_budget_lines(application, budget_lines or [])
    _set_answers(application, answers or {})
    record_audit(obj=application, actor=by, action="application.create", to_status=application.status)
    return application


@transaction.atomic
def application_update(
    *,
    application: GrantApplication,
    by: Any,
    title: str,
    summary: str,
    requested_amount: Decimal,
    currency: str,
    planned_start: datetime.date | None = None,
    planned_end: datetime.date | None = None,
    budget_lines: BudgetLines | None = None,
    answers: dict[int, str] | None = None,
) -> GrantApplication:
    """The applicant edits a draft: its texts, money, dates, budget lines and answers."""
    locked = _locked(application)
    _require(permissions.can_apply(by, locked))
    if locked.status != ApplicationStatus.DRAFT:
        raise TransitionError(
            _("Only a draft can be edited; this application is “%(status)s”.")
            % {"status": locked.get_status_display()},
            from_status=locked.status,
        )
    _check_currency(locked.call, currency)
    locked.title, locked.summary = title, summary
    locked.requested_amount, locked.currency = requested_amount, currency
    locked.planned_start, locked.planned_end = planned_start, planned_end
    locked.full_clean()
    locked.save()
    if budget_lines is not None:
        _set_budget_lines(locked, budget_lines)
    if answers is not None:
        _set_answers(locked, answers)
    application.refresh_from_db()
    return application


@transaction.atomic
def application_submit(
    *, application: GrantApplication, by: Any, now: datetime.datetime | None = None
) -> GrantApplication:
    """Submit a draft before the call's deadline, if the venture is still eligible."""
    locked = _locked(application)
    _require(permissions.can_apply(by, locked))
    refusal = deadline_refusal(locked.call, now)
    if refusal:
        raise TransitionError(refusal)
    problems = eligibility_problems(venture=locked.venture, call=locked.call, applicant=by)
    if problems:
        raise TransitionError(" ".join(problems))
    missing = [
        str(q)
        for q in locked.call.questions.filter(required=True).exclude(answers__application=locked, answers__text__gt="")
    ]
    if missing:
        raise TransitionError(_("Please answer: %(questions)s") % {"questions": "; ".join(missing)})
    APPLICATION.apply(locked, "submit", by=by, timestamps=("submitted_at",))
    notifications.notify_application_status(locked)
    application.refresh_from_db()
    return application


@transaction.atomic
def application_withdraw(*, application: GrantApplication, by: Any, reason: str = "") -> GrantApplication:
    """The applicant withdraws before a decision."""
    locked = _locked(application)
    _require(permissions.can_apply(by, locked))
    APPLICATION.apply(locked, "withdraw", by=by, reason=reason)
    notifications.notify_application_status(locked, reason=reason)
    application.refresh_from_db()
    return application


@transaction.atomic
def application_start_screening(*, application: GrantApplication, by: Any) -> GrantApplication:
    """Staff take a submitted application into screening."""
    locked = _locked(application)
    _require(permissions.can_screen(by, locked))
    APPLICATION.apply(locked, "start_screening", by=by)
    notifications.notify_application_status(locked)
    application.refresh_from_db()
    return application


@transaction.atomic
def application_screen(*, application: GrantApplication, by: Any, passed: bool, reason: str = "") -> GrantApplication:
    """Screening result: on to review, or rejected with a reason."""
    locked = _locked(application)
    _require(permissions.can_screen(by, locked))
    _require_status(locked, ApplicationStatus.SCREENING, _("A screening decision"))
    if passed:
        APPLICATION.apply(locked, "pass_screening", by=by, reason=reason)
    else:
        if not reason.strip():
            raise TransitionError(_("Give the reason the application does not pass screening."))
        locked.decision_reason = reason.strip()
        APPLICATION.apply(locked, "fail_screening", by=by, reason=reason, timestamps=("decided_at",))
    notifications.notify_application_status(locked, reason=locked.decision_reason)
    application.refresh_from_db()
    return application


@transaction.atomic
def review_assign(*, application: GrantApplication, reviewer: Any, by: Any) -> Review:
    """Assign a reviewer (never one from the applicant's own venture)."""
    locked = _locked(application)
    _require(permissions.can_screen(by, locked))
    _require(permissions.can_review(reviewer, locked))
    if locked.status not in (ApplicationStatus.SCREENING, ApplicationStatus.IN_REVIEW):
        raise TransitionError(_("Reviewers can be assigned only while the application is screened or in review."))
    if locked.approval_votes.filter(approver=reviewer).exists():
        raise ValidationError(_("This person already approved the application and cannot also review it."))
    review, created = Review.objects.get_or_create(application=locked, reviewer=reviewer)
    if created:
        record_audit(obj=locked, actor=by, action="application.assign_reviewer", reason=str(reviewer))
    return review


@transaction.atomic
def review_submit(*, review: Review, by: Any, scores: dict[int, int], recommendation: str, comment: str = "") -> Review:
    """A reviewer scores every criterion of the call and recommends."""
    review = Review.objects.select_for_update().select_related("application__call").get(pk=review.pk)
    if review.reviewer_id != by.pk:
        raise PermissionDenied(_("Only the assigned reviewer can submit this review."))
    if review.application.status != ApplicationStatus.IN_REVIEW:
        raise TransitionError(_("Reviews can be submitted only while the application is in review."))
    criteria = {c.pk: c for c in ReviewCriterion.objects.filter(call=review.application.call)}
    missing = [str(c) for pk, c in criteria.items() if pk not in scores]
    if missing:
        raise ValidationError(_("Score every criterion: %(missing)s") % {"missing": ", ".join(missing)})
    errors = [
        _("%(criterion)s: the score must be between 0 and %(max)s.")
        % {"criterion": criteria[pk], "max": criteria[pk].max_score}
        for pk, score in scores.items()
        if pk in criteria and not 0 <= score <= criteria[pk].max_score
    ]
    if errors:
        raise ValidationError(errors)
    if recommendation not in Review.Recommendation.values:
        raise ValidationError(_("Choose a recommendation."))
    for pk, score in scores.items():
        if pk in criteria:
            ReviewScore.objects.update_or_create(review=review, criterion=criteria[pk], defaults={"score": score})
    review.recommendation = recommendation
    review.comment = comment
    review.submitted_at = timezone.now()
    review.full_clean()
    review.save()
    record_audit(obj=review.application, actor=by, action="application.review", reason=recommendation)
    return review


def grouped(amount: Decimal) -> str:
    """An amount in a message, with grouped thousands: 1,500,000 (cents only when there are some)."""
    return number_format(amount, decimal_pos=0 if amount == amount.to_integral_value() else 2, force_grouping=True)


def approvals_needed(application: GrantApplication, amount_thb: Decimal) -> int:
    """Two different approvers when the THB value is above the call's threshold, one otherwise."""
    return 2 if amount_thb > application.call.four_eyes_threshold else 1


def next_agreement_number(year: int) -> str:
    prefix = f"NIA-SI-{year}-"
    taken = Award.objects.filter(agreement_number__startswith=prefix).count()
    number = taken + 1
    while Award.objects.filter(agreement_number=f"{prefix}{number:04d}").exists():
        number += 1
    return f"{prefix}{number:04d}"


@transaction.atomic
def application_approve(
    *,
    application: GrantApplication,
    by: Any,
    amount: Decimal,
    reason: str = "",
    agreement_number: str = "",
    award_date: datetime.date | None = None,
    amount_thb: Decimal | None = None,
) -> Award | None:
    """A grant approver approves `amount`. Returns the award once enough approvers agreed.

    Above the call's threshold a second, different approver must approve the same amount.
    More than requested needs a reason; more than the call's maximum per award is refused.
    The award is created exactly once: the row lock makes
    concurrent approvals queue, and the second finds the application already approved.
    """
    locked = _locked(application)
    _require(permissions.can_decide(by, locked))
    _require_status(locked, ApplicationStatus.IN_REVIEW, _("Approval"))
    amount = Decimal(amount).quantize(CENT)
    if amount <= 0:
        raise ValidationError({"amount": _("The amount awarded must be more than zero.")})
    if amount > locked.requested_amount and not reason.strip():
        raise ValidationError({"amount": _("Awarding more than was requested needs a reason.")})
    if locked.currency != "THB" and amount_thb is None:
        raise ValidationError(
            {"amount_thb": _("Give the THB value of an award in %(currency)s.") % {"currency": locked.currency}}
        )
    value_thb = (amount if locked.currency == "THB" else Decimal(amount_thb or 0)).quantize(CENT)
    maximum = locked.call.max_award
    if maximum is not None and value_thb > maximum:
        raise ValidationError(
            {
                "amount": _("This call awards at most %(maximum)s THB per project; this award is %(amount)s THB.")
                % {"maximum": grouped(maximum), "amount": grouped(value_thb)}
            }
        )
    earlier = list(locked.approval_votes.all())
    if any(v.approver_id == by.pk for v in earlier):
        raise ValidationError(_("You already approved this application; a different approver must approve it too."))
    if earlier and earlier[0].amount != amount:
        raise ValidationError(
            _("The first approver approved %(amount)s; approve the same amount, or reject.")
            % {"amount": earlier[0].amount}
        )
    ApprovalVote.objects.create(application=locked, approver=by, amount=amount, reason=reason)
    votes = len(earlier) + 1
    needed = approvals_needed(locked, value_thb)
    if votes < needed:
        record_audit(obj=locked, actor=by, action="application.first_approval", reason=reason)
        return None
    locked.decision_reason = reason
    APPLICATION.apply(locked, "approve", by=by, reason=reason, timestamps=("decided_at",))
    award_date = award_date or timezone.localdate()
    award = Award(
        application=locked,
        amount=amount,
        currency=locked.currency,
        amount_thb=value_thb,
        award_date=award_date,
        agreement_number=agreement_number.strip() or next_agreement_number(award_date.year),
        over_request_reason=reason if amount > locked.requested_amount else "",
    )
    award.full_clean()
    _save_award(award, numbered=not agreement_number.strip())
    award.approvers.set([v.approver for v in earlier] + [by])
    record_audit(obj=award, actor=by, action="award.create", to_status=award.status, reason=award.agreement_number)
    _record_grant_participation(locked, award)
    notifications.notify_application_status(locked, reason=reason, award=award)
    application.refresh_from_db()
    return award


def _record_grant_participation(application: GrantApplication, award: Award) -> None:
    """The venture's evidence of support: a grant makes it a participant of the call's programme."""
    programme = application.call.programme
    if programme.kind not in (Programme.Kind.GRANT, Programme.Kind.SCALE_UP):
        return
    end = application.planned_end if application.planned_end and application.planned_end >= award.award_date else None
    participation = Participation(
        venture=application.venture,
        programme=programme,
        call=application.call,
        partner=application.call.partner,
        cohort=local_year(award.award_date.year, "th"),  # the Buddhist-era year, as NIA labels its rounds
        start_date=award.award_date,
        end_date=end,
        outcome=Participation.Outcome.GRANTED,
    )
    participation.full_clean()
    participation.save()


def _save_award(award: Award, *, numbered: bool, attempts: int = 5) -> None:
    """Save a new award; a generated agreement number taken meanwhile by another approval gets the next one."""
    for attempt in range(attempts):
        try:
            with transaction.atomic():
                award.save()
            return
        except IntegrityError:
            if not numbered or attempt == attempts - 1:
                raise
            award.agreement_number = next_agreement_number(award.award_date.year)


@transaction.atomic
def application_reject(*, application: GrantApplication, by: Any, reason: str) -> GrantApplication:
    """A grant approver decides not to fund, with the reason."""
    locked = _locked(application)
    _require(permissions.can_decide(by, locked))
    _require_status(locked, ApplicationStatus.IN_REVIEW, _("A funding decision"))
    if not reason.strip():
        raise TransitionError(_("Give the reason for not funding: the applicant will read it."))
    locked.decision_reason = reason.strip()
    APPLICATION.apply(locked, "reject", by=by, reason=reason, timestamps=("decided_at",))
    notifications.notify_application_status(locked, reason=locked.decision_reason)
    application.refresh_from_db()
    return application


def _locked_award(award: Award) -> Award:
    return Award.objects.select_for_update().get(pk=award.pk)


@transaction.atomic
def disbursement_plan(*, award: Award, by: Any, amount: Decimal, planned_date: datetime.date) -> Disbursement:
    """Plan a tranche; planned tranches may not add up to more than the award."""
    _require(permissions.can_manage_finance(by))
    locked = _locked_award(award)
    if locked.status == Award.Status.CLOSED:
        raise TransitionError(_("This award is closed."))
    planned = locked.disbursements.aggregate(total=Sum("amount"))["total"] or Decimal("0")
    if planned + amount > locked.amount:
        raise ValidationError(
            {
                "amount": _("Tranches would add up to %(total)s, more than the award of %(award)s.")
                % {"total": planned + amount, "award": locked.amount}
            }
        )
    sequence = (locked.disbursements.order_by("-sequence").values_list("sequence", flat=True).first() or 0) + 1
    tranche = Disbursement(award=locked, sequence=sequence, amount=amount, planned_date=planned_date)
    tranche.full_clean()
    tranche.save()
    record_audit(obj=locked, actor=by, action="award.plan_tranche", to_status="planned", reason=f"{sequence}: {amount}")
    return tranche


@transaction.atomic
def disbursement_pay(*, disbursement: Disbursement, by: Any, paid_date: datetime.date | None = None) -> Disbursement:
    """Record a planned tranche as paid (today or earlier); the paid total never exceeds the award."""
    _require(permissions.can_manage_finance(by))
    tranche = Disbursement.objects.select_for_update().get(pk=disbursement.pk)
    award = _locked_award(tranche.award)
    if tranche.status == Disbursement.Status.PAID:
        raise TransitionError(_("This tranche is already paid."))
    if award.amount_disbursed + tranche.amount > award.amount:
        raise ValidationError(_("Paying this tranche would pay out more than the award."))
    today = timezone.localdate()
    if paid_date and paid_date > today:
        # Public totals count a paid tranche as disbursed: a payment not made yet is not one.
        raise ValidationError({"paid_date": _("A tranche cannot be paid on a date after today.")})
    tranche.paid_date = paid_date or today
    DISBURSEMENT.apply(tranche, "pay", by=by, reason=f"{tranche.sequence}: {tranche.amount}")
    award.amount_disbursed += tranche.amount
    award.amount_disbursed_thb = (award.amount_thb * award.amount_disbursed / award.amount).quantize(CENT)
    award.save(update_fields=["amount_disbursed", "amount_disbursed_thb"])
    notifications.notify_tranche_paid(tranche, award)
    return tranche


@transaction.atomic
def award_close(*, award: Award, by: Any, final_report: str) -> Award:
    """Close an award with its final report."""
    _require(permissions.can_manage_finance(by))
    locked = _locked_award(award)
    if locked.status == Award.Status.CLOSED:
        raise TransitionError(_("This award is already closed."))
    if not final_report.strip():
        raise ValidationError({"final_report": _("Attach the final report to close the award.")})
    locked.final_report = final_report.strip()
    AWARD.apply(locked, "close", by=by, timestamps=("closed_at",))
    notifications.notify_award_closed(locked)
    award.refresh_from_db()
    return award


@transaction.atomic
def coinvestment_record(
    *,
    venture: Venture,
    by: Any,
    source: str,
    source_kind: str,
    amount: Decimal,
    date: datetime.date,
    currency: str = "THB",
    amount_thb: Decimal | None = None,
    award: Award | None = None,
    verified: bool = False,
) -> CoInvestment:
    """Record money a venture raised beside NIA's support (counts as leveraged once verified)."""
    _require(permissions.can_manage_finance(by))
    if currency != "THB" and amount_thb is None:
        raise ValidationError(
            {"amount_thb": _("Give the THB value of an amount in %(currency)s.") % {"currency": currency}}
        )
    record = CoInvestment(
        venture=venture,
        award=award,
        source=source,
        source_kind=source_kind,
        amount=amount,
        currency=currency,
        amount_thb=amount if currency == "THB" or amount_thb is None else amount_thb,
        date=date,
        verified=verified,
        verified_by=by if verified else None,
        verified_at=timezone.now() if verified else None,
    )
    record.full_clean()
    record.save()
    record_audit(obj=venture, actor=by, action="coinvestment.record", reason=f"{source}: {amount} {currency}")
    return record


@transaction.atomic
def coinvestment_verify(*, record: CoInvestment, by: Any) -> CoInvestment:
    """Mark a co-investment verified, so it counts as investment leveraged."""
    _require(permissions.can_manage_finance(by))
    locked = CoInvestment.objects.select_for_update().get(pk=record.pk)
    if locked.verified:
        return locked
    locked.verified, locked.verified_by, locked.verified_at = True, by, timezone.now()
    locked.save(update_fields=["verified", "verified_by", "verified_at"])
    record_audit(
        obj=locked.venture, actor=by, action="coinvestment.verify", from_status="unverified", to_status="verified"
    )
    return locked
