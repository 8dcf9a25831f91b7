"""The grant lifecycle through the test client: the entrepreneur's pages and the staff admin's buttons.

Every step a person takes is a page and a POST; the assertions are what they would see (pages,
messages, emails) and what the database keeps (statuses, awards, tranches, audit entries).
"""

import csv
import datetime
import io
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.models import AuditEntry, OutboundEmail
from grants.models import ApplicationStatus, Award, CoInvestment, Disbursement, GrantApplication, Review
from programs.models import Call, Participation
from registry.roles import sync_roles
from tests.factories import (
    ApproverFactory,
    AwardFactory,
    CallFactory,
    CallQuestionFactory,
    EntrepreneurFactory,
    FinanceFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewCriterionFactory,
    ReviewerFactory,
    StaffFactory,
)

pytestmark = pytest.mark.django_db


def client_for(user: Any) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="en")
    client.force_login(user)
    return client


def step(name: str, obj: Any) -> str:
    return reverse(f"admin:grants_{name}", args=[obj.pk])


def change(obj: Any) -> str:
    return reverse(f"admin:grants_{obj._meta.model_name}_change", args=[obj.pk])


def said(response: Any) -> list[str]:
    """The admin messages the next page would show, and the errors on the form shown now."""
    texts = [str(m) for m in get_messages(response.wsgi_request)]
    form = response.context.get("form") if response.context else None
    if form is not None:
        texts += [str(e) for errors in form.errors.values() for e in errors]
    return texts


def in_review(amount: str = "800000", **call: Any) -> GrantApplication:
    return GrantApplicationFactory.create(
        status=ApplicationStatus.IN_REVIEW, requested_amount=Decimal(amount), call=CallFactory.create(**call)
    )


def approve_data(amount: str, **extra: str) -> dict[str, str]:
    return {"amount": amount, "reason": "", "agreement_number": "", "award_date": "2026-02-01", **extra}


def test_the_whole_lifecycle_through_the_pages_and_the_admin(django_capture_on_commit_callbacks: Any) -> None:
    owner = EntrepreneurFactory.create(preferred_language="en")
    venture = PublishedVentureFactory.create(owner=owner, name_en="Mae Rim Water")
    call = CallFactory.create(title_en="Water grants 2026")
    question = CallQuestionFactory.create(call=call, text_en="Who benefits?")
    impact, team = (
        ReviewCriterionFactory.create(call=call, name_en="Impact"),
        ReviewCriterionFactory.create(call=call, name_en="Team"),
    )
    screener = ReviewerFactory.create(full_name="Screener Somchai")
    first_reviewer = ReviewerFactory.create(full_name="Reviewer Anong")
    second_reviewer = ReviewerFactory.create(full_name="Reviewer Boon")
    approver = ApproverFactory.create()
    finance = FinanceFactory.create()

    # The entrepreneur applies and submits.
    entrepreneur = client_for(owner)
    with translation.override("en"):
        apply_url = reverse("grants:apply", kwargs={"call_slug": call.slug})
    response = entrepreneur.post(
        apply_url,
        {
            "venture": venture.slug,
            "title": "Clean water for Mae Rim",
            "summary": "Filters for five villages.",
            "requested_amount": "900000",
            "currency": "THB",
            "planned_start": "2026-03-01",
            "planned_end": "2027-02-28",
            "budget-TOTAL_FORMS": "1",
            "budget-INITIAL_FORMS": "0",
            "budget-0-item": "Filters",
            "budget-0-amount": "900000",
            f"answers-question_{question.pk}": "500 households",
            "submit": "1",
        },
    )
    assert response.status_code == 302
    application = GrantApplication.objects.get(venture=venture)
    assert application.status == ApplicationStatus.SUBMITTED

    # Screening: start, assign two reviewers, pass.
    staff = client_for(screener)
    screener_page = staff.get(change(application)).content.decode()
    assert step("grantapplication_start_screening", application) in screener_page
    assert staff.get(step("grantapplication_start_screening", application)).status_code == 200
    response = staff.post(step("grantapplication_start_screening", application))
    assert response.status_code == 302 and "Screening started. The applicant is emailed." in said(response)
    for reviewer in (first_reviewer, second_reviewer):
        response = staff.post(step("grantapplication_assign_reviewer", application), {"reviewer": reviewer.pk})
        assert response.status_code == 302, said(response)
    response = staff.post(step("grantapplication_screening", application), {"decision": "pass", "reason": ""})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.IN_REVIEW

    # Each reviewer scores every criterion from their own review page.
    for reviewer, scores in ((first_reviewer, (4, 3)), (second_reviewer, (5, 2))):
        review = Review.objects.get(application=application, reviewer=reviewer)
        reviewer_client = client_for(reviewer)
        assert step("review_score", review) in reviewer_client.get(change(application)).content.decode()
        response = reviewer_client.post(
            step("review_score", review),
            {
                f"criterion_{impact.pk}": scores[0],
                f"criterion_{team.pk}": scores[1],
                "recommendation": "fund",
                "comment": "Sound plan.",
            },
        )
        assert response.status_code == 302, said(response)
        assert response["Location"] == change(application)

    # The approver sees the scores side by side and approves.
    decider = client_for(approver)
    approver_page = decider.get(change(application))
    table = approver_page.context["score_table"]
    assert [r.reviewer for r in table.reviews] == [first_reviewer, second_reviewer]
    assert [(c.name_en, scores, mean) for c, scores, mean in table.rows] == [
        ("Impact", [4, 5], Decimal("4.50")),
        ("Team", [3, 2], Decimal("2.50")),
    ]
    assert table.totals == [7, 7]
    html = approver_page.content.decode()
    assert "Review scores side by side" in html and "Reviewer Anong" in html and "Reviewer Boon" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = decider.post(step("grantapplication_approve", application), approve_data("850000"))
    assert response.status_code == 302, said(response)
    award = Award.objects.get(application=application)
    assert (award.amount, award.amount_thb, award.award_date) == (
        Decimal("850000.00"),
        Decimal("850000.00"),
        datetime.date(2026, 2, 1),
    )
    assert f"Approved: award {award.agreement_number} of 850,000.00 THB. The applicant is emailed." in said(response)
    assert Participation.objects.filter(venture=venture, call=call, outcome="granted").count() == 1

    # Finance plans and pays two tranches, records and verifies co-investment, closes the award.
    money = client_for(finance)
    for amount, date in (("500000", "2026-03-01"), ("350000", "2026-09-01")):
        response = money.post(step("award_plan_tranche", award), {"amount": amount, "planned_date": date})
        assert response.status_code == 302, said(response)
    for tranche in award.disbursements.all():
        assert step("disbursement_pay", tranche) in money.get(change(award)).content.decode()
        response = money.post(step("disbursement_pay", tranche), {"paid_date": "2026-03-05"})
        assert response.status_code == 302 and response["Location"] == change(award)
    add_url = reverse("admin:grants_coinvestment_add") + f"?award={award.pk}"
    form = money.get(add_url).context["form"]
    assert form.initial["venture"] == venture.pk
    response = money.post(
        add_url,
        {
            "venture": venture.pk,
            "award": award.pk,
            "source": "Chiang Mai Impact Fund",
            "source_kind": "impact_fund",
            "amount": "2000000",
            "currency": "THB",
            "amount_thb": "",
            "date": "2026-04-01",
        },
    )
    assert response.status_code == 302, said(response)
    record = CoInvestment.objects.get()
    assert not record.verified
    response = money.post(step("coinvestment_verify", record))
    assert response.status_code == 302
    response = money.post(step("award_close", award), {"final_report": "Five villages have clean water."})
    assert response.status_code == 302, said(response)

    award.refresh_from_db()
    record.refresh_from_db()
    assert (award.status, award.amount_disbursed, award.amount_disbursed_thb) == (
        Award.Status.CLOSED,
        Decimal("850000.00"),
        Decimal("850000.00"),
    )
    assert record.verified and record.verified_by == finance

    # The applicant heard of every decision once, and sees the whole story on their page.
    keys = sorted(OutboundEmail.objects.filter(to=owner.email).values_list("key", flat=True))
    assert keys == sorted(
        [
            f"grants:application:{application.pk}:submitted",
            f"grants:application:{application.pk}:screening",
            f"grants:application:{application.pk}:in_review",
            f"grants:application:{application.pk}:approved",
            f"grants:award:{award.pk}:tranche:1:paid",
            f"grants:award:{award.pk}:tranche:2:paid",
            f"grants:award:{award.pk}:closed",
        ]
    )
    approved_email = OutboundEmail.objects.get(key=f"grants:application:{application.pk}:approved")
    assert approved_email.subject == "Grant approved: Clean water for Mae Rim"
    assert award.agreement_number in approved_email.body and "850,000.00 THB" in approved_email.body
    with translation.override("en"):
        detail = entrepreneur.get(reverse("grants:application_detail", kwargs={"pk": application.pk}))
    page = detail.content.decode()
    for line in (
        "You submitted the application.",
        "NIA staff started screening it.",
        "It passed screening and went to the reviewers.",
        "It was approved: a grant was awarded.",
        "A tranche of the grant was paid.",
        "The grant was closed with its final report.",
        award.agreement_number,
    ):
        assert line in page
    assert "Reviewer Anong" not in page

    actions = list(AuditEntry.objects.for_object(application).values_list("action", flat=True))
    assert actions == [
        "application.create",
        "application.submit",
        "application.screen",
        "application.assign_reviewer",
        "application.assign_reviewer",
        "application.pass_screening",
        "application.review",
        "application.review",
        "application.approve",
    ]


# --- refusals through the admin, each with the service's message ------------------------------------


@pytest.mark.parametrize(
    ("status", "step_name", "data", "message"),
    [
        (
            ApplicationStatus.IN_REVIEW,
            "grantapplication_start_screening",
            {},
            "Grant application cannot go from “In review” to “Screening”.",
        ),
        (
            ApplicationStatus.SUBMITTED,
            "grantapplication_screening",
            {"decision": "pass"},
            "A screening decision is possible only while the application is “Screening”; it is “Submitted”.",
        ),
        (
            ApplicationStatus.SCREENING,
            "grantapplication_screening",
            {"decision": "fail", "reason": "  "},
            "Give the reason the application does not pass screening.",
        ),
        (
            ApplicationStatus.SUBMITTED,
            "grantapplication_assign_reviewer",
            "reviewer",
            "Reviewers can be assigned only while the application is screened or in review.",
        ),
    ],
)
def test_a_screener_is_refused_with_the_reason(status: str, step_name: str, data: Any, message: str) -> None:
    application = GrantApplicationFactory.create(status=status)
    if data == "reviewer":
        data = {"reviewer": ReviewerFactory.create().pk}
    response = client_for(ReviewerFactory.create()).post(step(step_name, application), data)

    assert response.status_code == 200
    assert message in said(response)
    assert message in response.content.decode().replace("&#x27;", "'")
    application.refresh_from_db()
    assert application.status == status


@pytest.mark.parametrize(
    ("who", "amount", "extra", "message"),
    [
        ("reviewer role", "500000", {}, "Only a grant approver can decide an application."),
        ("its own reviewer", "500000", {}, "You reviewed this application, so another approver must decide it."),
        ("team member", "500000", {}, "You cannot decide an application of a venture you belong to."),
        ("approver", "800000.01", {}, "Awarding more than was requested needs a reason."),
        ("approver", "0", {}, "The amount awarded must be more than zero."),
    ],
)
def test_an_approval_is_refused_with_the_reason(who: str, amount: str, extra: dict[str, str], message: str) -> None:
    application = in_review("800000")
    if who == "reviewer role":
        user = ReviewerFactory.create()
    else:
        user = ApproverFactory.create()
        if who == "its own reviewer":
            Review.objects.create(application=application, reviewer=user)
        if who == "team member":
            application.venture.memberships.create(user=user, role="editor")
    response = client_for(user).post(step("grantapplication_approve", application), approve_data(amount, **extra))

    assert response.status_code == 200
    assert message in said(response)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.IN_REVIEW
    assert not Award.objects.exists()


def test_approving_or_rejecting_outside_review_is_refused() -> None:
    application = GrantApplicationFactory.create(status=ApplicationStatus.SUBMITTED)
    approver = client_for(ApproverFactory.create())
    response = approver.post(step("grantapplication_approve", application), approve_data("1000"))
    assert "Approval is possible only while the application is “In review”; it is “Submitted”." in said(response)
    response = approver.post(step("grantapplication_reject", application), {"reason": "No"})
    assert "A funding decision is possible only while the application is “In review”; it is “Submitted”." in said(
        response
    )
    response = approver.post(step("grantapplication_reject", application), {"reason": ""})
    assert "This field is required." in said(response)


def test_a_reviewer_from_the_applicants_venture_is_refused() -> None:
    application = GrantApplicationFactory.create(status=ApplicationStatus.SCREENING)
    insider = ReviewerFactory.create()
    application.venture.memberships.create(user=insider, role="editor")
    response = client_for(ReviewerFactory.create()).post(
        step("grantapplication_assign_reviewer", application), {"reviewer": insider.pk}
    )
    assert "A reviewer cannot review an application of a venture they belong to." in said(response)
    assert not Review.objects.exists()


def test_only_the_assigned_reviewer_scores_and_every_criterion_is_needed() -> None:
    application = in_review()
    impact = ReviewCriterionFactory.create(call=application.call, name_en="Impact", max_score=5)
    ReviewCriterionFactory.create(call=application.call, name_en="Team", max_score=5)
    review = Review.objects.create(application=application, reviewer=ReviewerFactory.create())

    other = client_for(ReviewerFactory.create()).post(
        step("review_score", review), {f"criterion_{impact.pk}": 3, "recommendation": "fund"}
    )
    assert "Only the assigned reviewer can submit this review." in said(other)
    mine = client_for(review.reviewer).post(
        step("review_score", review), {f"criterion_{impact.pk}": 7, "recommendation": "fund"}
    )
    assert "Score every criterion: Team" in said(mine)
    assert not review.scores.exists()


def test_four_eyes_above_the_calls_threshold_through_the_admin(django_capture_on_commit_callbacks: Any) -> None:
    application = in_review("2000000", four_eyes_threshold=Decimal("1500000"))
    first, second = ApproverFactory.create(), ApproverFactory.create()

    response = client_for(first).post(step("grantapplication_approve", application), approve_data("2000000"))
    assert response.status_code == 302
    assert (
        "Your approval is recorded. Above this call's threshold of 1,500,000.00 THB a second, "
        "different grant approver must approve the same amount." in said(response)
    )
    assert not Award.objects.exists()
    again = client_for(first).post(step("grantapplication_approve", application), approve_data("2000000"))
    assert "You already approved this application; a different approver must approve it too." in said(again)
    page = client_for(second).get(step("grantapplication_approve", application)).content.decode()
    assert "Already approved by:" in page
    other_amount = client_for(second).post(step("grantapplication_approve", application), approve_data("1900000"))
    assert "The first approver approved 2000000.00; approve the same amount, or reject." in said(other_amount)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(second).post(step("grantapplication_approve", application), approve_data("2000000"))
    assert response.status_code == 302
    award = Award.objects.get()
    assert set(award.approvers.all()) == {first, second}
    assert OutboundEmail.objects.filter(key__endswith=":approved").count() == 1


def test_a_foreign_currency_award_needs_its_thb_value() -> None:
    application = GrantApplicationFactory.create(
        status=ApplicationStatus.IN_REVIEW, currency="LAK", requested_amount=Decimal("500000000")
    )
    approver = client_for(ApproverFactory.create())
    assert "amount_thb" in approver.get(step("grantapplication_approve", application)).context["form"].fields
    response = approver.post(step("grantapplication_approve", application), approve_data("400000000"))
    assert "Give the THB value of an award in LAK." in said(response)
    approver.post(step("grantapplication_approve", application), approve_data("400000000", amount_thb="600000"))
    assert Award.objects.get().amount_thb == Decimal("600000.00")


def test_the_disbursement_cap_through_the_admin() -> None:
    award = AwardFactory.create(amount=Decimal("1000000"), amount_thb=Decimal("1000000"))
    finance = client_for(FinanceFactory.create())
    finance.post(step("award_plan_tranche", award), {"amount": "600000", "planned_date": "2026-01-01"})

    response = finance.post(step("award_plan_tranche", award), {"amount": "400000.01", "planned_date": "2026-06-01"})
    assert response.status_code == 200
    assert "Tranches would add up to 1000000.01, more than the award of 1000000.00." in said(response)
    assert response.context["form"].has_error("amount")

    tranche = Disbursement.objects.get()
    finance.post(step("disbursement_pay", tranche), {"paid_date": "2026-01-02"})
    response = finance.post(step("disbursement_pay", tranche), {"paid_date": "2026-01-03"})
    assert "This tranche is already paid." in said(response)
    award.refresh_from_db()
    assert award.amount_disbursed == Decimal("600000.00")


def test_only_finance_moves_money_and_a_closed_award_takes_no_more_tranches() -> None:
    award = AwardFactory.create()
    response = client_for(ApproverFactory.create()).post(
        step("award_plan_tranche", award), {"amount": "1", "planned_date": "2026-01-01"}
    )
    assert "Only finance staff can record disbursements and co-investment." in said(response)
    finance = client_for(FinanceFactory.create())
    finance.post(step("award_close", award), {"final_report": "Done."})
    response = finance.post(step("award_plan_tranche", award), {"amount": "1", "planned_date": "2026-01-01"})
    assert "This award is closed." in said(response)
    assert step("award_plan_tranche", award) not in finance.get(change(award)).content.decode()


def test_bulk_actions_report_each_refusal() -> None:
    ready = GrantApplicationFactory.create(status=ApplicationStatus.SUBMITTED, title="Ready one")
    draft = GrantApplicationFactory.create(status=ApplicationStatus.DRAFT, title="Still a draft")
    response = client_for(ReviewerFactory.create()).post(
        reverse("admin:grants_grantapplication_changelist"),
        {"action": "start_screening_selected", "_selected_action": [ready.pk, draft.pk]},
        follow=True,
    )
    texts = [str(m) for m in response.context["messages"]]
    assert "Screening started for 1 application(s)." in texts
    assert any("Still a draft" in t and "cannot go from “Draft” to “Screening”" in t for t in texts)
    ready.refresh_from_db()
    draft.refresh_from_db()
    assert (ready.status, draft.status) == (ApplicationStatus.SCREENING, ApplicationStatus.DRAFT)


def test_co_investment_is_recorded_and_verified_only_through_the_services() -> None:
    venture = PublishedVentureFactory.create()
    finance = FinanceFactory.create()
    client = client_for(finance)
    response = client.post(
        reverse("admin:grants_coinvestment_add"),
        {
            "venture": venture.pk,
            "source": "Kasikorn SE fund",
            "source_kind": "private_investor",
            "amount": "50000000",
            "currency": "VND",
            "amount_thb": "",
            "date": "2026-01-01",
        },
    )
    assert "Give the THB value of an amount in VND." in said(response)
    assert not CoInvestment.objects.exists()
    client.post(
        reverse("admin:grants_coinvestment_add"),
        {
            "venture": venture.pk,
            "source": "Kasikorn SE fund",
            "source_kind": "private_investor",
            "amount": "50000000",
            "currency": "VND",
            "amount_thb": "70000",
            "date": "2026-01-01",
        },
    )
    record = CoInvestment.objects.get()
    assert (record.amount_thb, record.verified) == (Decimal("70000.00"), False)
    page = client.get(change(record))
    assert page.context["has_change_permission"] is False
    assert step("coinvestment_verify", record) in page.content.decode()
    response = client.post(
        reverse("admin:grants_coinvestment_changelist"),
        {"action": "verify_selected", "_selected_action": [record.pk]},
        follow=True,
    )
    assert "1 record(s) verified." in [str(m) for m in response.context["messages"]]
    assert AuditEntry.objects.for_object(venture).filter(action="coinvestment.verify").count() == 1
    reviewer_page = client_for(ReviewerFactory.create()).get(reverse("admin:grants_coinvestment_add"))
    assert reviewer_page.status_code == 403


def csv_rows(response: Any) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def test_the_application_list_exports_its_filtered_rows_as_csv() -> None:
    approved = AwardFactory.create(agreement_number="NIA-SI-2026-0007").application
    GrantApplicationFactory.create(status=ApplicationStatus.DRAFT, title="=HYPERLINK(evil)")
    client = client_for(ReviewerFactory.create())

    everything = client.get(reverse("admin:grants_grantapplication_export"))
    only_approved = client.get(reverse("admin:grants_grantapplication_export"), {"status__exact": "approved"})

    assert everything["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in everything["Content-Disposition"]
    rows = csv_rows(everything)
    assert rows[0][:3] == ["id", "title", "venture"]
    assert len(rows) == 3
    assert "'=HYPERLINK(evil)" in [row[1] for row in rows]
    approved_rows = csv_rows(only_approved)
    assert [row[0] for row in approved_rows[1:]] == [str(approved.pk)]
    assert approved_rows[1][-1] == "NIA-SI-2026-0007"
    assert Client().get(reverse("admin:grants_grantapplication_export")).status_code == 302


def test_call_status_changes_only_through_the_call_services() -> None:
    sync_roles()
    manager = StaffFactory.create()
    manager.groups.add(Group.objects.get(name="Programme manager"))
    call = CallFactory.create(status=Call.Status.DRAFT, closes_at=timezone.now() + datetime.timedelta(days=10))
    client = client_for(manager)
    page = client.get(reverse("admin:programs_call_change", args=[call.pk]))
    assert "status" not in page.context["adminform"].form.fields
    assert reverse("admin:programs_call_open", args=[call.pk]) in page.content.decode()

    response = client.post(reverse("admin:programs_call_open", args=[call.pk]))
    assert response.status_code == 302
    call.refresh_from_db()
    assert call.status == Call.Status.OPEN
    response = client.post(reverse("admin:programs_call_cancel", args=[call.pk]), {"reason": "Budget moved"})
    call.refresh_from_db()
    assert call.status == Call.Status.CANCELLED
    response = client.post(reverse("admin:programs_call_open", args=[call.pk]))
    assert "Call for applications cannot go from “Cancelled” to “Open”." in said(response)
    assert [e.action for e in AuditEntry.objects.for_object(call)] == ["call.open", "call.cancel"]
    reviewer = client_for(ReviewerFactory.create())
    refused = reviewer.post(reverse("admin:programs_call_cancel", args=[call.pk]), {"reason": "x"})
    assert "Only programme managers can open, close or cancel calls." in said(refused)
