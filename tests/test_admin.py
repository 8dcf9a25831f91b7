"""The staff admin: every page renders, state fields stay read-only, the audit trail is visible
and untouchable, reviewers see but cannot delete, and the venture list costs a fixed number of queries."""

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django import forms
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.models import AuditEntry
from core.workflow import record_audit
from grants.models import Award, Disbursement, GrantApplication
from grants.services import application_start_screening, disbursement_plan
from registry.models import ImportJob, SocialArea, User, Venture, VentureArea
from registry.models.ventures import VentureStatus
from registry.services.moderation import venture_submit
from tests import factories

pytestmark = pytest.mark.django_db

OWN_APPS = ("registry", "programs", "grants")


# --- helpers -----------------------------------------------------------------------------------


def admin_url(model: Any, view: str, *args: Any) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def logged_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _form_values(form: forms.BaseForm, data: dict[str, Any]) -> None:
    """Put what the browser would send back for `form` (its current values) into `data`."""
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        widget = field.widget
        if isinstance(field, forms.FileField):
            continue
        if value is None and isinstance(field, forms.MultipleChoiceField | forms.ModelMultipleChoiceField):
            continue
        if isinstance(widget, forms.MultiWidget):
            for i, part in enumerate(widget.decompress(value) or []):
                data[f"{key}_{i}"] = "" if part is None else str(part)
        elif isinstance(widget, forms.CheckboxInput):
            if value:
                data[key] = "on"
        elif value is None:
            data[key] = ""
        elif isinstance(value, list | tuple):
            data[key] = [str(v) for v in value]
        else:
            data[key] = str(value)


def change_form_data(client: Client, url: str) -> dict[str, Any]:
    """The change form of `url` as the browser would post it unchanged (main form and inlines)."""
    response = client.get(url)
    assert response.status_code == 200
    data: dict[str, Any] = {}
    _form_values(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        _form_values(inline.formset.management_form, data)
        for form in inline.formset.forms:
            _form_values(form, data)
    return data


def post_errors(response: Any) -> Any:
    if response.status_code != 200 or response.context is None or "adminform" not in response.context:
        return response.status_code
    return {
        "form": response.context["adminform"].form.errors,
        "inlines": [
            (i.formset.prefix, i.formset.errors, i.formset.non_form_errors())
            for i in response.context["inline_admin_formsets"]
        ],
    }


@pytest.fixture
def superuser() -> User:
    return factories.SuperuserFactory.create(email="root@nia.or.th")


@pytest.fixture
def one_of_everything(superuser: User) -> dict[str, Any]:
    """A row of every model the admin shows, linked the way the services leave them."""
    venture = factories.PublishedVentureFactory.create()
    factories.VentureMembershipFactory.create(venture=venture)
    factories.ConsentRecordFactory.create(user=venture.owner)
    factories.OutboundEmailFactory.create(to=venture.owner.email)
    ImportJob.objects.create(
        uploaded_by=superuser, file_name="ventures.csv", content=b"external_ref\n", language="en", status="failed"
    )
    factories.ParticipationFactory.create(venture=venture)
    factories.ImpactMeasurementFactory.create(indicator=factories.ImpactIndicatorFactory.create(venture=venture))
    application = factories.GrantApplicationFactory.create(venture=venture, status=GrantApplication.Status.APPROVED)
    factories.BudgetLineFactory.create(application=application)
    factories.ApplicationAnswerFactory.create(application=application)
    review = factories.ReviewFactory.create(application=application)
    factories.ReviewScoreFactory.create(review=review)
    factories.ApprovalVoteFactory.create(application=application)
    award = factories.AwardFactory.create(application=application)
    factories.DisbursementFactory.create(award=award)
    factories.CoInvestmentFactory.create(venture=venture, award=award)
    factories.VentureRevisionFactory.create(venture=venture)
    factories.VentureInvitationFactory.create(venture=venture)
    record_audit(obj=venture, actor=superuser, action="venture.publish", from_status="submitted", to_status="published")
    return {"venture": venture, "application": application, "award": award}


# --- every page renders ------------------------------------------------------------------------


def test_every_admin_page_renders_for_a_superuser(superuser: User, one_of_everything: dict[str, Any]) -> None:
    client = logged_in(superuser)
    request = client.get(reverse("admin:index")).wsgi_request
    problems = []
    checked = 0
    for model, model_admin in admin.site._registry.items():
        pages = [("changelist", admin_url(model, "changelist"))]
        obj = model._default_manager.order_by("pk").first()
        if obj is not None:
            pages.append(("change", admin_url(model, "change", obj.pk)))
        elif model._meta.app_label in OWN_APPS or model is Group:
            problems.append(f"{model.__name__}: no row to open (add one to one_of_everything)")
        if model_admin.has_add_permission(request):
            pages.append(("add", admin_url(model, "add")))
        for page, url in pages:
            status = client.get(url).status_code
            checked += 1
            if status != 200:
                problems.append(f"{model.__name__} {page}: HTTP {status}")
    assert problems == []
    assert checked >= 3 * 20


# The search index is derived data, rebuilt from the ventures (rebuild_search_index): there is
# nothing in it for staff to edit, and showing it would only invite edits that the next reindex
# overwrites.
# The search index (rebuilt from the ventures) and rows edited inline on their parent's page.
DERIVED_MODELS = {"VentureSearchDocument", "SearchTerm", "SearchPosting", "SearchKey", "BrowseFacetCounts"}
INLINE_MODELS = {"ConceptTerm"}  # the words of a thesaurus concept, on the concept's page


def test_the_admin_site_lists_every_model_of_the_three_apps() -> None:
    missing = [
        model.__name__
        for app in OWN_APPS
        for model in apps.get_app_config(app).get_models()
        if model not in admin.site._registry and model.__name__ not in DERIVED_MODELS | INLINE_MODELS
    ]
    assert missing == []


def test_services_only_rows_have_no_add_page_even_for_a_superuser(superuser: User) -> None:
    client = logged_in(superuser)
    for model in (Award, Disbursement, AuditEntry):
        assert client.get(admin_url(model, "add")).status_code == 403


# --- ventures ----------------------------------------------------------------------------------


def test_venture_changelist_finds_a_venture_by_its_thai_or_english_name(superuser: User) -> None:
    factories.VentureFactory.create(name_th="ธนาคารขยะบ้านแม่ริม", name_en="Mae Rim Waste Bank")
    factories.VentureFactory.create(name_th="กาแฟอินทรีย์ดอยช้าง", name_en="Doi Chang Organic Coffee")
    client = logged_in(superuser)
    url = admin_url(Venture, "changelist")

    by_thai = client.get(url, {"q": "ขยะบ้าน"})
    by_english = client.get(url, {"q": "organic coffee"})

    assert by_thai.status_code == by_english.status_code == 200
    assert [v.name_en for v in by_thai.context["cl"].result_list] == ["Mae Rim Waste Bank"]
    assert [v.name_th for v in by_english.context["cl"].result_list] == ["กาแฟอินทรีย์ดอยช้าง"]
    assert "Mae Rim Waste Bank" in by_thai.content.decode()


def test_posting_a_status_in_the_venture_form_does_not_change_it(superuser: User) -> None:
    venture = factories.VentureFactory.create(name_en="Draft venture")
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    assert "status" not in data
    data.update({"name_en": "Renamed venture", "status": VentureStatus.PUBLISHED, "verified": "on"})

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    venture.refresh_from_db()
    assert venture.name_en == "Renamed venture"
    assert venture.status == VentureStatus.DRAFT
    assert venture.verified is False
    assert venture.published_at is None


def test_the_primary_area_moves_to_another_row_in_one_save(superuser: User) -> None:
    health, education = SocialArea.objects.get(code=1), SocialArea.objects.get(code=2)
    venture = factories.VentureFactory.create(areas=[health, education])
    # Make the later row primary, so the form's first row gains the mark while the second loses it.
    VentureArea.objects.filter(venture=venture).update(is_primary=False)
    VentureArea.objects.filter(venture=venture, area=education).update(is_primary=True)
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    first, second = "venture_areas-0-is_primary", "venture_areas-1-is_primary"
    assert second in data and first not in data
    data[first] = "on"
    del data[second]

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    assert VentureArea.objects.get(venture=venture, is_primary=True).area == health


def test_two_primary_areas_are_refused_with_a_message(superuser: User) -> None:
    venture = factories.VentureFactory.create(areas=[SocialArea.objects.get(code=1), SocialArea.objects.get(code=2)])
    client = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client, url)
    data["venture_areas-1-is_primary"] = "on"

    response = client.post(url, data)

    assert response.status_code == 200
    # The admin speaks Thai by default: "Mark only one area as the primary area."
    assert "กรุณาระบุด้านหลักเพียงด้านเดียว" in response.content.decode()
    assert VentureArea.objects.filter(venture=venture, is_primary=True).count() == 1


def test_a_venture_added_with_a_thai_name_only_gets_a_slug(superuser: User, thailand: Any) -> None:
    client = logged_in(superuser)
    url = admin_url(Venture, "add")
    data = change_form_data(client, url)
    data.update({"name_th": "วิสาหกิจชุมชนผ้าทอมือ", "name_en": "", "slug": "", "country": str(thailand.pk)})

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    venture = Venture.objects.get(name_th="วิสาหกิจชุมชนผ้าทอมือ")
    assert venture.slug and venture.slug.isascii()
    assert venture.status == VentureStatus.DRAFT


def test_a_reviewer_can_view_ventures_but_not_delete_them() -> None:
    reviewer = factories.ReviewerFactory.create()
    venture = factories.PublishedVentureFactory.create(name_en="Visible Venture")
    client = logged_in(reviewer)

    listing = client.get(admin_url(Venture, "changelist"))
    page = client.get(admin_url(Venture, "change", venture.pk))

    assert listing.status_code == 200
    assert "Visible Venture" in listing.content.decode()
    assert "delete_selected" not in listing.content.decode()
    assert page.status_code == 200
    assert page.context["has_change_permission"] is False
    assert client.get(admin_url(Venture, "delete", venture.pk)).status_code == 403
    assert client.post(admin_url(Venture, "delete", venture.pk), {"post": "yes"}).status_code == 403
    assert Venture.objects.filter(pk=venture.pk).exists()


def test_the_import_link_shows_only_to_staff_who_may_add_ventures(superuser: User) -> None:
    import_url = reverse("admin:registry_venture_import")
    reviewer = factories.ReviewerFactory.create()

    for_superuser = logged_in(superuser).get(admin_url(Venture, "changelist")).content.decode()
    for_reviewer = logged_in(reviewer).get(admin_url(Venture, "changelist")).content.decode()

    assert import_url == "/admin/registry/venture/import/"
    assert f'href="{import_url}"' in for_superuser
    assert import_url not in for_reviewer
    assert logged_in(reviewer).get(import_url).status_code == 403


def test_the_venture_changelist_costs_the_same_queries_for_10_and_50_rows(superuser: User) -> None:
    areas = list(SocialArea.objects.all()[:3])
    factories.PublishedVentureFactory.create_batch(10, areas=areas)
    client = logged_in(superuser)
    url = admin_url(Venture, "changelist")
    client.get(url)  # warm the per-process caches (content types, permissions of the session user)

    with CaptureQueriesContext(connection) as ten:
        assert client.get(url).status_code == 200
    factories.PublishedVentureFactory.create_batch(40, areas=areas)
    with CaptureQueriesContext(connection) as fifty:
        response = client.get(url)

    assert len(response.context["cl"].result_list) == 50
    assert len(fifty) == len(ten), [q["sql"] for q in fifty.captured_queries]
    assert len(fifty) <= 15


# --- the audit trail ---------------------------------------------------------------------------


def test_audit_entries_cannot_be_added_changed_or_deleted_even_by_a_superuser(superuser: User) -> None:
    venture = factories.VentureFactory.create()
    entry = record_audit(obj=venture, actor=superuser, action="venture.submit", from_status="draft", to_status="x")
    client = logged_in(superuser)

    assert client.get(admin_url(AuditEntry, "changelist")).status_code == 200
    assert client.get(admin_url(AuditEntry, "add")).status_code == 403
    assert client.post(admin_url(AuditEntry, "add"), {"action": "forged"}).status_code == 403
    assert client.post(admin_url(AuditEntry, "change", entry.pk), {"action": "forged"}).status_code == 403
    assert client.get(admin_url(AuditEntry, "delete", entry.pk)).status_code == 403
    bulk = client.post(
        admin_url(AuditEntry, "changelist"), {"action": "delete_selected", "_selected_action": [entry.pk]}
    )
    assert bulk.status_code in (200, 302)
    entry.refresh_from_db()
    assert entry.action == "venture.submit"
    assert AuditEntry.objects.count() == 1


def test_the_venture_page_shows_the_audit_entry_written_by_a_service(superuser: User) -> None:
    owner = factories.EntrepreneurFactory.create(email="owner@example.org", full_name="สมชาย ใจดี")
    venture = factories.VentureFactory.create(owner=owner)
    venture_submit(venture=venture, by=owner)

    url = admin_url(Venture, "change", venture.pk)
    page = logged_in(superuser).get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()

    assert "venture.submit" in page
    assert "สมชาย ใจดี · owner@example.org" in page
    assert "Draft → Submitted for review" in page


def test_the_application_and_award_pages_show_their_audit_entries(superuser: User) -> None:
    reviewer = factories.ReviewerFactory.create(email="reviewer@nia.or.th")
    finance = factories.FinanceFactory.create(email="finance@nia.or.th")
    application = factories.GrantApplicationFactory.create(status=GrantApplication.Status.SUBMITTED)
    application_start_screening(application=application, by=reviewer)
    award = factories.AwardFactory.create()
    disbursement_plan(award=award, by=finance, amount=Decimal("100000.00"), planned_date=datetime.date(2025, 3, 1))
    client = logged_in(superuser)

    application_page = client.get(admin_url(GrantApplication, "change", application.pk)).content.decode()
    award_page = client.get(admin_url(Award, "change", award.pk)).content.decode()

    assert "application.screen" in application_page and "reviewer@nia.or.th" in application_page
    assert "award.plan_tranche" in award_page and "finance@nia.or.th" in award_page
    assert "venture.submit" not in award_page


# --- grants ------------------------------------------------------------------------------------


def test_posting_application_status_and_award_payments_changes_neither(superuser: User) -> None:
    award = factories.AwardFactory.create(agreement_number="NIA-SI-2025-0001")
    application = award.application
    client = logged_in(superuser)

    url = admin_url(GrantApplication, "change", application.pk)
    data = change_form_data(client, url)
    data.update({"title": "ชื่อโครงการใหม่", "status": GrantApplication.Status.DRAFT, "decision_reason": "x"})
    response = client.post(url, data)
    assert response.status_code == 302, post_errors(response)

    url = admin_url(Award, "change", award.pk)
    data = change_form_data(client, url)
    data.update(
        {
            "agreement_number": "NIA-SI-2025-0099",
            "amount_disbursed": "800000.00",
            "amount_disbursed_thb": "800000.00",
            "status": Award.Status.CLOSED,
            "amount": "1.00",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, post_errors(response)

    application.refresh_from_db()
    award.refresh_from_db()
    assert application.title == "ชื่อโครงการใหม่"
    assert application.status == GrantApplication.Status.APPROVED
    assert award.agreement_number == "NIA-SI-2025-0099"
    assert (award.amount, award.amount_disbursed, award.status) == (Decimal("800000.00"), 0, Award.Status.ACTIVE)


def test_posting_a_paid_status_to_a_tranche_does_not_pay_it(superuser: User) -> None:
    tranche = factories.DisbursementFactory.create()
    client = logged_in(superuser)
    url = admin_url(Disbursement, "change", tranche.pk)
    data = change_form_data(client, url)
    data.update({"status": Disbursement.Status.PAID, "paid_date": "2025-01-31", "planned_date": "2025-02-01"})

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    tranche.refresh_from_db()
    assert tranche.status == Disbursement.Status.PLANNED
    assert tranche.paid_date is None
    assert tranche.planned_date == datetime.date(2025, 2, 1)


def test_the_application_page_summarises_reviews_and_approvals_read_only(superuser: User) -> None:
    review = factories.ReviewScoreFactory.create(score=4).review
    factories.ApprovalVoteFactory.create(application=review.application, amount=Decimal("750000.00"))

    response = logged_in(superuser).get(admin_url(GrantApplication, "change", review.application.pk))

    inlines = {i.formset.prefix: i for i in response.context["inline_admin_formsets"]}
    assert not inlines["reviews"].has_change_permission and not inlines["reviews"].has_add_permission
    assert not inlines["approval_votes"].has_change_permission
    page = response.content.decode()
    assert "4 / 5" in page
    assert "750000" in page.replace(",", "")


# --- users -------------------------------------------------------------------------------------


def test_staff_add_a_user_by_email_which_is_stored_lower_case(superuser: User) -> None:
    client = logged_in(superuser)
    url = admin_url(User, "add")
    form = {
        "email": "New.Reviewer@NIA.or.th",
        "full_name": "ผู้ตรวจสอบใหม่",
        "preferred_language": "th",
        "usable_password": "true",
        "password1": "a-long-enough-passphrase-2025",
        "password2": "a-long-enough-passphrase-2025",
    }

    response = client.post(url, form)
    again = client.post(url, {**form, "email": "new.reviewer@nia.or.th"})

    assert response.status_code == 302, post_errors(response)
    user = User.objects.get(email="new.reviewer@nia.or.th")
    assert user.check_password("a-long-enough-passphrase-2025")
    assert again.status_code == 200
    assert User.objects.filter(email__iexact="new.reviewer@nia.or.th").count() == 1


def test_the_user_page_edits_groups_of_an_email_user(superuser: User) -> None:
    person = factories.StaffFactory.create(email="staff@undp.org")
    factories.ReviewerFactory.create()  # creates the role groups
    group = Group.objects.get(name="UNDP reviewer")
    client = logged_in(superuser)
    url = admin_url(User, "change", person.pk)
    data = change_form_data(client, url)
    data["groups"] = [str(group.pk)]

    response = client.post(url, data)

    assert response.status_code == 302, post_errors(response)
    assert list(person.groups.values_list("name", flat=True)) == ["UNDP reviewer"]


def test_a_staff_correction_of_a_published_venture_reaches_the_search_index(
    superuser: User, client: Client, django_capture_on_commit_callbacks: Any
) -> None:
    venture = factories.PublishedVentureFactory.create(name_en="Clean Water Filters")
    client_staff = logged_in(superuser)
    url = admin_url(Venture, "change", venture.pk)
    data = change_form_data(client_staff, url)
    data["name_en"] = "Rainwater Harvesting Network"
    with django_capture_on_commit_callbacks(execute=True):
        response = client_staff.post(url, data)
    assert response.status_code == 302, post_errors(response)

    found = client.get("/api/v1/ventures/", {"q": "rainwater"}).json()
    assert [v["slug"] for v in found["results"]] == [venture.slug]
