"""The entrepreneur's side: apply to an open call, save a draft, edit, submit, withdraw, follow it."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone, translation

from core.models import OutboundEmail
from grants import services
from grants.models import ApplicationStatus, GrantApplication
from programs.models import Call, CallQuestion
from registry.models import SocialArea
from tests.factories import (
    ApplicationAnswerFactory,
    ApproverFactory,
    AwardFactory,
    BudgetLineFactory,
    CallFactory,
    CallQuestionFactory,
    EntrepreneurFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    VentureFactory,
)
from tests.support.opendata import body

pytestmark = pytest.mark.django_db


def url(name: str, **kwargs: Any) -> str:
    with translation.override("en"):
        return reverse(f"grants:{name}", kwargs=kwargs)


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def application_data(venture: Any = None, **overrides: Any) -> dict[str, Any]:
    data = {
        "title": "Clean water for Mae Rim",
        "summary": "Water filters for five villages.",
        "requested_amount": "900000",
        "currency": "THB",
        "planned_start": "2026-01-01",
        "planned_end": "2026-12-31",
        "budget-TOTAL_FORMS": "3",
        "budget-INITIAL_FORMS": "0",
        "budget-MIN_NUM_FORMS": "0",
        "budget-MAX_NUM_FORMS": "50",
        "budget-0-item": "Filters",
        "budget-0-amount": "600000",
        "budget-1-item": "Training",
        "budget-1-amount": "300000",
        "budget-2-item": "",
        "budget-2-amount": "",
        "save": "1",
    }
    if venture is not None:
        data["venture"] = venture.slug
    data.update(overrides)
    return data


def messages_of(response: Any) -> list[str]:
    return [str(m) for m in response.context["messages"]] if response.context else []


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(preferred_language="en")


@pytest.fixture
def venture(owner: Any) -> Any:
    return PublishedVentureFactory.create(owner=owner, name_en="Mae Rim Water")


@pytest.fixture
def call() -> Call:
    return CallFactory.create(title_en="Water grants 2026")


def test_the_pages_need_a_log_in(call: Call) -> None:
    response = Client().get(url("my_applications"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
    assert Client().get(url("apply", call_slug=call.slug)).status_code == 302


def test_an_entrepreneur_saves_a_draft_with_budget_lines_and_answers(owner: Any, venture: Any, call: Call) -> None:
    question = CallQuestionFactory.create(call=call, text_en="Who benefits?")
    client = client_for(owner)

    form_page = client.get(url("apply", call_slug=call.slug))
    assert form_page.status_code == 200
    assert "Mae Rim Water" in form_page.content.decode() and "Who benefits?" in form_page.content.decode()

    response = client.post(
        url("apply", call_slug=call.slug),
        application_data(venture, **{f"answers-question_{question.pk}": "500 households"}),
        follow=True,
    )

    application = GrantApplication.objects.get(venture=venture)
    assert response.redirect_chain[-1][0] == url("application_detail", pk=application.pk)
    assert application.status == ApplicationStatus.DRAFT
    assert application.applicant == owner
    assert [(b.item, b.amount) for b in application.budget_lines.all()] == [
        ("Filters", Decimal("600000.00")),
        ("Training", Decimal("300000.00")),
    ]
    assert application.answers.get().text == "500 households"
    page = response.content.decode()
    assert "Your draft is saved" in page
    assert "Complete and submit it before" in page
    assert "You started the application as a draft." in page
    assert "900,000.00" in page


def test_save_and_submit_sends_one_confirmation_in_the_applicants_language(
    owner: Any, venture: Any, call: Call, django_capture_on_commit_callbacks: Any
) -> None:
    client = client_for(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("apply", call_slug=call.slug), application_data(venture, save="", submit="1"), follow=True
        )

    application = GrantApplication.objects.get(venture=venture)
    assert application.status == ApplicationStatus.SUBMITTED
    assert "Your application is submitted" in response.content.decode()
    assert "You submitted the application." in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [owner.email]
    assert mail.outbox[0].subject == "Application received: Clean water for Mae Rim"
    assert f"/en/my/applications/{application.pk}/" in mail.outbox[0].body


def test_the_confirmation_is_in_thai_for_a_thai_speaking_applicant(call: Call) -> None:
    owner = EntrepreneurFactory.create(preferred_language="th")
    application = GrantApplicationFactory.create(venture=PublishedVentureFactory.create(owner=owner), call=call)
    services.application_submit(application=application, by=owner)
    email = OutboundEmail.objects.get(key=f"grants:application:{application.pk}:submitted")
    assert f"/th/my/applications/{application.pk}/" in email.body
    assert email.to == owner.email


def test_the_currency_is_thb_or_the_calls_own(owner: Any, venture: Any) -> None:
    call = CallFactory.create(currency="LAK")
    client = client_for(owner)
    page = client.get(url("apply", call_slug=call.slug))
    assert [c for c, _ in page.context["form"].fields["currency"].choices] == ["THB", "LAK"]

    response = client.post(url("apply", call_slug=call.slug), application_data(venture, currency="VND"))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    client.post(url("apply", call_slug=call.slug), application_data(venture, currency="LAK"))
    assert GrantApplication.objects.get(venture=venture).currency == "LAK"


def test_an_entrepreneur_edits_a_draft_but_not_a_submitted_application(owner: Any, venture: Any) -> None:
    application = GrantApplicationFactory.create(venture=venture)
    client = client_for(owner)
    page = client.get(url("application_edit", pk=application.pk))
    assert page.status_code == 200

    response = client.post(
        url("application_edit", pk=application.pk),
        application_data(title="Clean water, second draft", **{"budget-1-item": "", "budget-1-amount": ""}),
        follow=True,
    )
    application.refresh_from_db()
    assert application.title == "Clean water, second draft"
    assert [b.item for b in application.budget_lines.all()] == ["Filters"]
    assert "Your changes to the draft are saved." in response.content.decode()

    services.application_submit(application=application, by=owner)
    response = client.post(url("application_edit", pk=application.pk), application_data(title="Changed"), follow=True)
    assert "Only a draft can be edited; this application is “Submitted”." in response.content.decode()
    application.refresh_from_db()
    assert application.title == "Clean water, second draft"


def test_a_budget_line_needs_both_an_item_and_an_amount(owner: Any, venture: Any, call: Call) -> None:
    response = client_for(owner).post(
        url("apply", call_slug=call.slug), application_data(venture, **{"budget-2-amount": "5000"})
    )
    assert response.status_code == 200
    assert "Say what this amount is for." in response.content.decode()
    assert not GrantApplication.objects.exists()


def test_submitting_after_the_deadline_is_refused_with_the_deadline(owner: Any, venture: Any) -> None:
    call = CallFactory.create(closes_at=timezone.now() + datetime.timedelta(hours=1))
    application = GrantApplicationFactory.create(venture=venture, call=call)
    closes = timezone.make_aware(datetime.datetime(2025, 3, 31, 16, 30), datetime.UTC)
    Call.objects.filter(pk=call.pk).update(opens_at=closes - datetime.timedelta(days=30), closes_at=closes)
    client = client_for(owner)

    response = client.post(url("application_submit", pk=application.pk), follow=True)

    expected = "This call is not accepting applications: it closed on 31 March 2025, 23:30 (Bangkok time)."
    assert expected in messages_of(response)
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT
    detail = client.get(url("application_detail", pk=application.pk)).content.decode()
    assert "The call is closed: this draft can no longer be submitted." in detail
    assert "Submit the application" not in detail

    apply_page = client.get(url("apply", call_slug=call.slug)).content.decode()
    assert expected in apply_page and "Save draft" not in apply_page
    refused = client.post(url("apply", call_slug=call.slug), application_data(venture))
    assert expected in refused.content.decode()
    assert GrantApplication.objects.count() == 1


def test_eligibility_refusals_are_shown_with_their_reasons(owner: Any) -> None:
    call = CallFactory.create(youth_only=True)
    call.eligible_areas.set([SocialArea.objects.get(code=7)])
    venture = PublishedVentureFactory.create(owner=owner, youth_led=False)  # area 1, not youth-led
    draft = VentureFactory.create(owner=owner, name_en="Still a draft")
    client = client_for(owner)

    page = client.get(url("apply", call_slug=call.slug)).content.decode()
    assert "This call is for other social-innovation areas than the venture&#x27;s." in page
    assert "This call is for youth-led ventures only." in page
    assert "Only a published venture can apply." in page and "Still a draft" in page

    response = client.post(url("apply", call_slug=call.slug), application_data(venture))
    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert "This call is for youth-led ventures only." in errors
    assert not GrantApplication.objects.exists()
    assert draft.applications.count() == 0


def test_one_open_application_per_venture_and_call(owner: Any, venture: Any, call: Call) -> None:
    client = client_for(owner)
    client.post(url("apply", call_slug=call.slug), application_data(venture))
    response = client.post(url("apply", call_slug=call.slug), application_data(venture))
    assert "This venture already has an open application to this call." in response.content.decode()
    assert GrantApplication.objects.count() == 1


def test_required_questions_block_submission_with_their_text(owner: Any, venture: Any, call: Call) -> None:
    CallQuestion.objects.create(call=call, text_en="How will you measure impact?", required=True)
    response = client_for(owner).post(
        url("apply", call_slug=call.slug), application_data(venture, save="", submit="1"), follow=True
    )
    application = GrantApplication.objects.get()
    assert application.status == ApplicationStatus.DRAFT
    assert any(
        "Your draft is saved, but it could not be submitted: Please answer: How will you measure impact?" in m
        for m in messages_of(response)
    )


def test_withdrawing_before_a_decision_and_the_refusal_after_it(owner: Any, venture: Any) -> None:
    application = GrantApplicationFactory.create(venture=venture, status=ApplicationStatus.SCREENING)
    client = client_for(owner)
    assert client.get(url("application_withdraw", pk=application.pk)).status_code == 200

    response = client.post(
        url("application_withdraw", pk=application.pk), {"reason": "We found other funding"}, follow=True
    )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    page = response.content.decode()
    assert "Your application is withdrawn." in page
    assert "It was withdrawn." in page and "We found other funding" in page
    assert OutboundEmail.objects.filter(key=f"grants:application:{application.pk}:withdrawn").count() == 1

    decided = GrantApplicationFactory.create(venture=venture, status=ApplicationStatus.APPROVED)
    response = client.post(url("application_withdraw", pk=decided.pk), {"reason": ""}, follow=True)
    assert "Grant application cannot go from “Approved” to “Withdrawn”." in messages_of(response)
    decided.refresh_from_db()
    assert decided.status == ApplicationStatus.APPROVED


def test_someone_elses_application_is_not_found(venture: Any) -> None:
    application = GrantApplicationFactory.create(venture=venture)
    stranger = client_for(EntrepreneurFactory.create())
    for name in ("application_detail", "application_edit", "application_withdraw"):
        assert stranger.get(url(name, pk=application.pk)).status_code == 404
    assert stranger.post(url("application_submit", pk=application.pk)).status_code == 404
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DRAFT


def test_a_team_member_sees_and_submits_the_ventures_application(venture: Any) -> None:
    member = EntrepreneurFactory.create()
    venture.memberships.create(user=member, role="editor")
    application = GrantApplicationFactory.create(venture=venture)
    client = client_for(member)
    assert application.title in client.get(url("my_applications")).content.decode()
    client.post(url("application_submit", pk=application.pk))
    application.refresh_from_db()
    assert application.status == ApplicationStatus.SUBMITTED


def test_the_history_explains_decisions_but_hides_staff_internals(owner: Any, venture: Any) -> None:
    reviewer = ReviewerFactory.create(full_name="Secret Reviewer")
    application = GrantApplicationFactory.create(venture=venture, status=ApplicationStatus.SUBMITTED)
    screener = ReviewerFactory.create()
    services.application_start_screening(application=application, by=screener)
    services.review_assign(application=application, reviewer=reviewer, by=screener)
    services.application_screen(application=application, by=screener, passed=True)
    services.application_reject(application=application, by=ApproverFactory.create(), reason="The budget is exhausted.")

    page = client_for(owner).get(url("application_detail", pk=application.pk)).content.decode()

    assert "NIA staff started screening it." in page
    assert "It passed screening and went to the reviewers." in page
    assert "It was not funded." in page and "The budget is exhausted." in page
    assert "Secret Reviewer" not in page and reviewer.email not in page
    assert "Not funded: see the reason below." in page


def test_the_dashboard_partial_lists_the_users_applications_with_the_next_step(owner: Any, venture: Any) -> None:
    GrantApplicationFactory.create(venture=venture, title="Solar dryer", status=ApplicationStatus.IN_REVIEW)
    GrantApplicationFactory.create(title="Someone else's project")
    request = RequestFactory().get("/en/my/")
    request.user = owner
    with translation.override("en"):
        html = Template('{% include "grants/_my_applications.html" %}').render(Context({"request": request}))
    assert "Solar dryer" in html
    assert "In review" in html
    assert "Reviewers are scoring it; a grant approver will then decide." in html
    assert "Someone else" not in html
    assert "2 calls open now" in html  # each application above has its own open call


def test_the_form_says_what_is_published_if_the_grant_is_awarded(owner: Any, venture: Any, call: Call) -> None:
    client = client_for(owner)
    english = client.get(url("apply", call_slug=call.slug)).content.decode()
    assert "If a grant is awarded, the title, the summary, the amount and the planned dates are published" in english
    assert f'href="{reverse("public_grants:grant_list")}"' in english
    with translation.override("th"):
        thai = client.get(reverse("grants:apply", kwargs={"call_slug": call.slug})).content.decode()
        thai_grants_url = reverse("public_grants:grant_list")
    assert thai_grants_url.startswith("/th/")
    assert "หากได้รับทุน ชื่อโครงการ บทสรุป จำนวนเงิน และวันที่ตามแผน จะเผยแพร่" in thai
    assert f'href="{thai_grants_url}"' in thai


def test_what_the_form_promises_stays_with_the_reviewers_is_not_published() -> None:
    """The notice says budget lines and answers are not published: the public pages and the open
    data of an awarded grant show its title and summary, and neither of those."""
    award = AwardFactory.create(
        application__title="Filters for Mae Rim", application__summary="Five villages drink clean water."
    )
    BudgetLineFactory.create(application=award.application, item="Salary of Khun Somchai")
    ApplicationAnswerFactory.create(application=award.application, text="Somchai's home address")
    pages = [
        Client().get(reverse("public_grants:grant_list")),
        Client().get(reverse("registry:venture_detail", kwargs={"slug": award.application.venture.slug})),
        Client().get("/api/v1/grants/"),
        Client().get("/api/v1/grants/?format=csv"),
        Client().get("/api/v1/grants/360giving.json"),
    ]
    assert [response.status_code for response in pages] == [200] * len(pages)
    texts = [body(response).decode() for response in pages]
    assert not [text for text in texts if "Somchai" in text]
    assert "Filters for Mae Rim" in texts[0]
    assert "Five villages drink clean water." in texts[4]
