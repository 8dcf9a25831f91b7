"""The grant lifecycle through its services: every transition allowed and refused, and the rules."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from core.models import AuditEntry
from core.workflow import TransitionError
from grants import services
from grants.models import ApplicationStatus, Award, GrantApplication
from grants.selectors.stats import headline_figures
from programs.models import CallQuestion, ReviewCriterion
from registry.models import Country, SocialArea
from registry.roles import Role, assign_role
from tests.factories import (
    ApproverFactory,
    CallFactory,
    EntrepreneurFactory,
    FinanceFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    VentureFactory,
)
from tests.support.grants import ALLOWED, SERVICES, actor_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("start", ApplicationStatus.values)
@pytest.mark.parametrize("name", list(SERVICES))
def test_every_transition_is_allowed_or_refused_as_written_by_hand(start: str, name: str) -> None:
    service, target, actor_kind, extra = SERVICES[name]
    application = GrantApplicationFactory.create(status=start)
    actor = actor_for(actor_kind, application)
    allowed = (name, start) in ALLOWED

    if allowed:
        service(application=application, by=actor, **extra)
        application.refresh_from_db()
        assert application.status == target
        assert AuditEntry.objects.for_object(application).filter(from_status=start, to_status=target).count() == 1
    else:
        with pytest.raises(TransitionError):
            service(application=application, by=actor, **extra)
        application.refresh_from_db()
        assert application.status == start
        assert not AuditEntry.objects.for_object(application).exists()


def test_a_full_lifecycle_creates_one_award_with_its_approver() -> None:
    owner = EntrepreneurFactory.create()
    venture = PublishedVentureFactory.create(owner=owner)
    call = CallFactory.create()
    application = services.application_create(
        venture=venture, call=call, by=owner, title="Clean water", summary="Filters", requested_amount=Decimal("900000")
    )
    services.application_submit(application=application, by=owner)
    screener = ReviewerFactory.create()
    services.application_start_screening(application=application, by=screener)
    services.application_screen(application=application, by=screener, passed=True)
    approver = ApproverFactory.create()
    award = services.application_approve(application=application, by=approver, amount=Decimal("850000"))

    assert award is not None
    assert application.status == ApplicationStatus.APPROVED
    assert (award.amount, award.amount_thb, award.currency) == (Decimal("850000"), Decimal("850000"), "THB")
    assert list(award.approvers.all()) == [approver]
    assert award.agreement_number.startswith(f"NIA-SI-{timezone.localdate().year}-")
    actions = list(AuditEntry.objects.for_object(application).values_list("action", flat=True))
    assert actions == [
        "application.create",
        "application.submit",
        "application.screen",
        "application.pass_screening",
        "application.approve",
    ]


def in_review(amount: str = "800000", **call: Any) -> GrantApplication:
    return GrantApplicationFactory.create(
        status=ApplicationStatus.IN_REVIEW, requested_amount=Decimal(amount), call=CallFactory.create(**call)
    )


def test_above_the_threshold_two_different_approvers_are_needed() -> None:
    application = in_review("2000000")
    first, second = ApproverFactory.create(), ApproverFactory.create()

    assert services.application_approve(application=application, by=first, amount=Decimal("2000000")) is None
    application.refresh_from_db()
    assert application.status == ApplicationStatus.IN_REVIEW

    with pytest.raises(ValidationError, match="already approved"):
        services.application_approve(application=application, by=first, amount=Decimal("2000000"))
    with pytest.raises(ValidationError, match="same amount"):
        services.application_approve(application=application, by=second, amount=Decimal("1900000"))

    award = services.application_approve(application=application, by=second, amount=Decimal("2000000"))
    assert award is not None
    assert set(award.approvers.all()) == {first, second}


def test_at_the_threshold_one_approver_is_enough() -> None:
    application = in_review("1500000")
    assert services.application_approve(application=application, by=ApproverFactory.create(), amount=Decimal("1500000"))


def test_the_threshold_is_set_per_call() -> None:
    application = in_review("600000", four_eyes_threshold=Decimal("500000"))
    assert (
        services.application_approve(application=application, by=ApproverFactory.create(), amount=Decimal("600000"))
        is None
    )


def test_more_than_requested_needs_a_reason() -> None:
    application = in_review("800000")
    approver = ApproverFactory.create()
    with pytest.raises(ValidationError, match="reason"):
        services.application_approve(application=application, by=approver, amount=Decimal("800000.01"))
    award = services.application_approve(
        application=application, by=approver, amount=Decimal("850000"), reason="Adds a fifth village"
    )
    assert award is not None and award.over_request_reason == "Adds a fifth village"


def test_an_approver_who_reviewed_the_application_cannot_decide_it() -> None:
    application = in_review()
    approver = ApproverFactory.create()
    assign_role(approver, Role.NIA_REVIEWER)
    application.reviews.create(reviewer=approver)
    with pytest.raises(PermissionDenied, match="reviewed"):
        services.application_approve(application=application, by=approver, amount=Decimal("1"))


def test_only_grant_approvers_decide() -> None:
    application = in_review()
    with pytest.raises(PermissionDenied, match="grant approver"):
        services.application_approve(application=application, by=ReviewerFactory.create(), amount=Decimal("1"))
    with pytest.raises(PermissionDenied):
        services.application_reject(application=application, by=application.venture.owner, reason="no")


def test_a_reviewer_is_never_from_the_applicants_own_venture() -> None:
    application = GrantApplicationFactory.create(status=ApplicationStatus.SCREENING)
    insider = ReviewerFactory.create()
    application.venture.memberships.create(user=insider, role="editor")
    with pytest.raises(PermissionDenied, match="belong"):
        services.review_assign(application=application, reviewer=insider, by=ReviewerFactory.create())
    outsider = ReviewerFactory.create()
    review = services.review_assign(application=application, reviewer=outsider, by=ReviewerFactory.create())
    assert review.reviewer == outsider


def test_reviews_score_every_criterion_within_its_range() -> None:
    application = GrantApplicationFactory.create(status=ApplicationStatus.SCREENING)
    impact = ReviewCriterion.objects.create(call=application.call, name_en="Impact", max_score=5)
    team = ReviewCriterion.objects.create(call=application.call, name_en="Team", max_score=5)
    reviewer = ReviewerFactory.create()
    review = services.review_assign(application=application, reviewer=reviewer, by=ReviewerFactory.create())
    services.application_screen(application=application, by=ReviewerFactory.create(), passed=True)

    with pytest.raises(ValidationError, match="Team"):
        services.review_submit(review=review, by=reviewer, scores={impact.pk: 4}, recommendation="fund")
    with pytest.raises(ValidationError, match="between 0 and 5"):
        services.review_submit(review=review, by=reviewer, scores={impact.pk: 6, team.pk: 3}, recommendation="fund")
    with pytest.raises(PermissionDenied):
        services.review_submit(
            review=review, by=ReviewerFactory.create(), scores={impact.pk: 4, team.pk: 3}, recommendation="fund"
        )
    services.review_submit(review=review, by=reviewer, scores={impact.pk: 4, team.pk: 3}, recommendation="fund")
    assert sorted(review.scores.values_list("score", flat=True)) == [3, 4]


def test_submission_after_the_deadline_is_refused_with_the_deadline() -> None:
    application = GrantApplicationFactory.create()
    late = application.call.closes_at + datetime.timedelta(minutes=1)
    with pytest.raises(TransitionError, match="closed on"):
        services.application_submit(application=application, by=application.venture.owner, now=late)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT


def test_required_questions_must_be_answered_before_submitting() -> None:
    application = GrantApplicationFactory.create()
    question = CallQuestion.objects.create(call=application.call, text_en="Who benefits?", required=True)
    with pytest.raises(TransitionError, match="Who benefits"):
        services.application_submit(application=application, by=application.venture.owner)
    application.answers.create(question=question, text="500 farming households")
    services.application_submit(application=application, by=application.venture.owner)


class TestEligibility:
    def apply(self, venture: Any, call: Any) -> GrantApplication:
        return services.application_create(
            venture=venture, call=call, by=venture.owner, title="t", summary="s", requested_amount=Decimal("1")
        )

    def test_only_published_ventures_apply(self) -> None:
        venture = VentureFactory.create()
        with pytest.raises(ValidationError, match="published"):
            self.apply(venture, CallFactory.create())

    def test_the_calls_areas(self) -> None:
        call = CallFactory.create()
        call.eligible_areas.set([SocialArea.objects.get(code=7)])
        with pytest.raises(ValidationError, match="areas"):
            self.apply(PublishedVentureFactory.create(), call)  # area 1
        self.apply(PublishedVentureFactory.create(areas=[SocialArea.objects.get(code=7)]), call)

    def test_the_calls_countries(self) -> None:
        call = CallFactory.create()
        call.eligible_countries.set([Country.objects.get(iso2="VN")])
        with pytest.raises(ValidationError, match="not open to ventures in"):
            self.apply(PublishedVentureFactory.create(), call)

    def test_youth_only_and_maximum_founder_age(self) -> None:
        call = CallFactory.create(youth_only=True, max_founder_age=30)
        with pytest.raises(ValidationError, match="youth-led"):
            self.apply(PublishedVentureFactory.create(youth_led=False), call)
        older = PublishedVentureFactory.create(youth_led=True)  # owner born 1990: over 30
        with pytest.raises(ValidationError, match="30 or younger"):
            self.apply(older, call)
        young = PublishedVentureFactory.create(youth_led=True)
        young.owner.entrepreneur.date_of_birth = timezone.localdate().replace(year=timezone.localdate().year - 22)
        young.owner.entrepreneur.save()
        young.owner.refresh_from_db()
        self.apply(young, call)

    def test_one_open_application_per_venture_and_call(self) -> None:
        venture, call = PublishedVentureFactory.create(), CallFactory.create()
        self.apply(venture, call)
        with pytest.raises(ValidationError, match="already has an open application"):
            self.apply(venture, call)

    def test_only_the_team_applies(self) -> None:
        venture = PublishedVentureFactory.create()
        with pytest.raises(PermissionDenied):
            services.application_create(
                venture=venture,
                call=CallFactory.create(),
                by=EntrepreneurFactory.create(),
                title="t",
                summary="s",
                requested_amount=Decimal("1"),
            )


class TestMoney:
    def award(self, amount: str = "1000000") -> Award:
        application = in_review(amount)
        award = services.application_approve(
            application=application, by=ApproverFactory.create(), amount=Decimal(amount)
        )
        assert award is not None
        return award

    def test_tranches_never_pay_out_more_than_the_award(self) -> None:
        award = self.award()
        finance = FinanceFactory.create()
        first = services.disbursement_plan(
            award=award, by=finance, amount=Decimal("600000"), planned_date=datetime.date(2026, 1, 1)
        )
        with pytest.raises(ValidationError, match="more than the award"):
            services.disbursement_plan(
                award=award, by=finance, amount=Decimal("400000.01"), planned_date=datetime.date(2026, 6, 1)
            )
        second = services.disbursement_plan(
            award=award, by=finance, amount=Decimal("400000"), planned_date=datetime.date(2026, 6, 1)
        )
        services.disbursement_pay(disbursement=first, by=finance)
        services.disbursement_pay(disbursement=second, by=finance)
        with pytest.raises(TransitionError, match="already paid"):
            services.disbursement_pay(disbursement=first, by=finance)
        award.refresh_from_db()
        assert (award.amount_disbursed, award.amount_disbursed_thb) == (Decimal("1000000"), Decimal("1000000"))

    def test_only_finance_records_money(self) -> None:
        award = self.award()
        with pytest.raises(PermissionDenied, match="finance"):
            services.disbursement_plan(
                award=award, by=ApproverFactory.create(), amount=Decimal("1"), planned_date=datetime.date(2026, 1, 1)
            )

    def test_foreign_currency_awards_carry_their_thb_value(self) -> None:
        application = GrantApplicationFactory.create(
            status=ApplicationStatus.IN_REVIEW, currency="VND", requested_amount=Decimal("500000000")
        )
        approver = ApproverFactory.create()
        with pytest.raises(ValidationError, match="THB value"):
            services.application_approve(application=application, by=approver, amount=Decimal("400000000"))
        award = services.application_approve(
            application=application, by=approver, amount=Decimal("400000000"), amount_thb=Decimal("560000")
        )
        assert award is not None and (award.currency, award.amount_thb) == ("VND", Decimal("560000.00"))
        finance = FinanceFactory.create()
        tranche = services.disbursement_plan(
            award=award, by=finance, amount=Decimal("100000000"), planned_date=datetime.date(2026, 1, 1)
        )
        services.disbursement_pay(disbursement=tranche, by=finance)
        award.refresh_from_db()
        assert award.amount_disbursed_thb == Decimal("140000.00")

    def test_co_investment_counts_as_leveraged_once_verified(self) -> None:
        award = self.award("700000")
        finance = FinanceFactory.create()
        record = services.coinvestment_record(
            venture=award.application.venture,
            award=award,
            by=finance,
            source="Impact fund A",
            source_kind="impact_fund",
            amount=Decimal("3000000"),
            date=datetime.date(2026, 3, 1),
        )
        figures = headline_figures()
        assert (figures.grants_approved, figures.thb_granted, figures.thb_leveraged) == (
            1,
            Decimal("700000"),
            Decimal("0"),
        )
        services.coinvestment_verify(record=record, by=finance)
        figures = headline_figures()
        assert figures.thb_leveraged == Decimal("3000000")
        assert figures.leverage_ratio == Decimal("4.29")

    def test_closing_an_award_needs_the_final_report(self) -> None:
        award = self.award()
        finance = FinanceFactory.create()
        with pytest.raises(ValidationError, match="final report"):
            services.award_close(award=award, by=finance, final_report=" ")
        services.award_close(award=award, by=finance, final_report="All villages served.")
        assert award.status == Award.Status.CLOSED
        with pytest.raises(TransitionError):
            services.award_close(award=award, by=finance, final_report="again")


def test_an_application_is_in_thb_or_the_calls_currency() -> None:
    venture = PublishedVentureFactory.create()
    call = CallFactory.create(currency="LAK")
    for currency in ("THB", "LAK"):
        application = services.application_create(
            venture=venture,
            call=call,
            by=venture.owner,
            title="t",
            summary="s",
            requested_amount=Decimal("1"),
            currency=currency,
        )
        GrantApplication.objects.filter(pk=application.pk).update(status=ApplicationStatus.WITHDRAWN)
    with pytest.raises(ValidationError, match="LAK"):
        services.application_create(
            venture=venture,
            call=call,
            by=venture.owner,
            title="t",
            summary="s",
            requested_amount=Decimal("1"),
            currency="VND",
        )
