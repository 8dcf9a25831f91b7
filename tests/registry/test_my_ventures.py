"""The /my/ area: the dashboard explains each status, the venture form a first-time user can finish,
submission, read-only while with the reviewers, proposed changes to a published venture, the
contact-details consent, deleting and archiving."""

import re
from typing import Any

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from registry.consent import PUBLIC_CONTACT
from registry.models import ConsentRecord, SocialArea, Venture, VentureRevision
from registry.models.revisions import RevisionStatus
from registry.models.ventures import VentureStatus
from registry.services.moderation import venture_publish, venture_submit
from registry.services.profile import venture_delete
from registry.services.team import venture_invite
from tests.factories import (
    EntrepreneurFactory,
    PublishedVentureFactory,
    ReviewerFactory,
    VentureFactory,
    VentureMembershipFactory,
)
from tests.support.accounts import image_bytes, text_of, upload, venture_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english", "media_root")]

VALID_JURISTIC_ID = "0105550123451"


@pytest.fixture
def owner() -> Any:
    return EntrepreneurFactory.create(email="owner@example.org", preferred_language="en")


@pytest.fixture
def client(owner: Any) -> Client:
    client = Client()
    client.force_login(owner)
    return client


def create(client: Client, **overrides: Any) -> Any:
    return client.post(reverse("my:venture_create"), venture_form_data(**overrides))


def errors_of(response: Any) -> dict[str, list[str]]:
    form = response.context["form"]
    return {name: [str(e) for e in errors] for name, errors in form.errors.items()}


# --- Dashboard -------------------------------------------------------------------------------------


def test_the_dashboard_explains_each_status_and_what_to_do_next(client: Client, owner: Any) -> None:
    draft = VentureFactory.create(owner=owner, name_en="Draft One")
    sent_back = VentureFactory.create(
        owner=owner, name_en="Sent Back", status=VentureStatus.CHANGES_REQUESTED, moderation_note="Add a photo"
    )
    published = PublishedVentureFactory.create(owner=owner, name_en="Live One")
    joined = VentureFactory.create(name_en="Friend's Venture")
    VentureMembershipFactory.create(venture=joined, user=owner)
    VentureFactory.create(name_en="Not Mine")

    page = text_of(client.get(reverse("my:dashboard")))

    for venture in (draft, sent_back, published, joined):
        assert reverse("my:venture_detail", args=[venture.pk]) in page
    assert "Not Mine" not in page
    assert "Complete the profile, then submit it for review." in page
    assert "Read their message, edit the profile and submit it again." in page
    assert "Anyone can find it in the public directory." in page
    assert "You are a team member (editor)." in page
    for status in VentureStatus:
        assert str(status.label) in page  # the legend explains every status
    assert "My grant applications" in page
    assert "You have not applied to a programme call yet." in page


def test_the_dashboard_heads_the_grant_applications_once(client: Client) -> None:
    html = client.get(reverse("my:dashboard")).content.decode()
    with translation.override("th"):
        thai = client.get(reverse("my:dashboard")).content.decode()

    assert html.count(">My grant applications</h2>") == 1
    assert thai.count(">ใบสมัครขอทุนของฉัน</h2>") == 1
    assert html.count('id="my-applications-title"') == 1 and 'aria-labelledby="applications-title"' not in html


# --- The form --------------------------------------------------------------------------------------


def test_the_form_shows_thai_and_english_side_by_side_and_groups_provinces_by_region(client: Client) -> None:
    page = text_of(client.get(reverse("my:venture_create")))
    assert page.count('class="bilingual-row"') == 4
    assert 'lang="th"' in page and 'lang="en"' in page
    assert "<optgroup" in page and "Chiang Mai" in page
    assert "js/venture_form.js" in page  # the enhancement; the form works without it
    for area in SocialArea.objects.active():
        assert area.name_en in page


@pytest.mark.parametrize(
    "texts",
    [
        {"name_th": "กลุ่มทอผ้า", "summary_th": "ทอผ้าพื้นเมือง"},
        {"name_en": "Weavers", "summary_en": "Hand-woven cloth", "name_th": "", "summary_th": ""},
        {"name_en": "Weavers", "summary_en": "Hand-woven cloth"},
    ],
)
def test_thai_or_english_is_enough(client: Client, texts: dict[str, str]) -> None:
    response = create(client, **{"name_th": "", "summary_th": "", **texts})
    assert response.status_code == 302
    venture = Venture.objects.get()
    assert venture.name in texts.values()


@pytest.mark.parametrize(
    "texts",
    [
        {"name_th": "", "summary_th": "", "name_en": "", "summary_en": ""},
        {"name_th": "กลุ่มทอผ้า", "summary_th": "", "name_en": "", "summary_en": "Hand-woven cloth"},
    ],
)
def test_a_name_and_summary_in_one_language_are_needed(client: Client, texts: dict[str, str]) -> None:
    response = create(client, **texts)
    assert response.status_code == 200
    assert "Fill in the name and the summary in Thai, or in English" in text_of(response)
    assert not Venture.objects.exists()


def test_one_area_is_the_main_area_without_asking(client: Client) -> None:
    create(client)
    link = Venture.objects.get().venture_areas.get()
    assert link.is_primary


def test_several_areas_need_one_main_area_among_them(client: Client) -> None:
    health, education, environment = SocialArea.objects.order_by("code")[:3]
    two = [str(health.pk), str(education.pk)]

    assert "mark which one is the main area" in text_of(create(client, areas=two))
    assert "must be one of the areas you ticked" in text_of(create(client, areas=two, primary_area=environment.pk))
    assert not Venture.objects.exists()

    assert create(client, areas=two, primary_area=education.pk).status_code == 302
    venture = Venture.objects.get()
    assert venture.venture_areas.get(is_primary=True).area == education
    assert set(venture.areas.all()) == {health, education}


def test_no_area_is_refused(client: Client) -> None:
    response = create(client, areas=[])
    assert "Choose at least one social-innovation area." in text_of(response)


def test_a_province_only_for_thailand(client: Client) -> None:
    response = create(client, country="VN", province="CMI")
    assert "A province can be chosen only for a venture in Thailand." in text_of(response)
    assert create(client, country="VN", province="").status_code == 302
    venture = Venture.objects.get()
    assert venture.country.iso2 == "VN" and venture.province is None


def test_an_unknown_province_is_refused(client: Client) -> None:
    assert "Select a valid choice" in text_of(create(client, province="XXX"))


@pytest.mark.parametrize("written", [VALID_JURISTIC_ID, "0-1055-50123-45-1", "0 1055 50123 45 1"])
def test_a_valid_juristic_id_is_accepted_as_people_write_it(client: Client, written: str) -> None:
    assert create(client, juristic_id=written, legal_form="company").status_code == 302
    assert Venture.objects.get().juristic_id == VALID_JURISTIC_ID


@pytest.mark.parametrize(
    ("written", "message"),
    [("0105550123452", "check digit does not match"), ("01055501234", "exactly 13 digits")],
)
def test_a_wrong_juristic_id_is_refused_with_the_reason(client: Client, written: str, message: str) -> None:
    assert message in text_of(create(client, juristic_id=written))
    assert not Venture.objects.exists()


@pytest.mark.parametrize(("written", "stored"), [("2019", 2019), ("2562", 2019)])
def test_the_founding_year_is_understood_in_either_era(client: Client, written: str, stored: int) -> None:
    assert create(client, founded_year=written).status_code == 302
    assert Venture.objects.get().founded_year == stored


def founded_year_shown(client: Client, venture: Venture, language: str) -> str:
    """The value the edit form's "Year founded" box holds, on the page in `language`."""
    with translation.override(language):
        page = client.get(reverse("my:venture_edit", args=[venture.pk])).content.decode()
    box = re.search(r'<input[^>]*name="founded_year"[^>]*>', page)
    assert box is not None
    value = re.search(r'value="([^"]*)"', box.group(0))
    return value.group(1) if value else ""


@pytest.mark.parametrize(
    ("typed_on", "written", "stored", "era", "shown_th", "shown_en"),
    [
        # Typed in the Buddhist era: 2565 BE is 2022 CE, shown back as 2565 whatever the page's language.
        ("en", "2565", 2022, "be", "2565", "2565"),
        ("th", "2565", 2022, "be", "2565", "2565"),
        # Typed in the Gregorian count: shown back as 2022 on the Thai page too.
        ("th", "2022", 2022, "ce", "2022", "2022"),
        ("en", "2022", 2022, "ce", "2022", "2022"),
    ],
)
def test_the_founding_year_is_shown_back_in_the_era_it_was_typed_in(
    client: Client, typed_on: str, written: str, stored: int, era: str, shown_th: str, shown_en: str
) -> None:
    with translation.override(typed_on):
        assert create(client, founded_year=written).status_code == 302
    venture = Venture.objects.get()
    assert (venture.founded_year, venture.founded_year_era) == (stored, era)
    assert founded_year_shown(client, venture, "th") == shown_th
    assert founded_year_shown(client, venture, "en") == shown_en


def test_a_founding_year_stored_without_its_era_is_shown_in_the_page_s_era(client: Client) -> None:
    assert create(client, founded_year="2022").status_code == 302
    venture = Venture.objects.get()
    Venture.objects.filter(pk=venture.pk).update(founded_year_era="")
    assert founded_year_shown(client, venture, "th") == "2565"
    assert founded_year_shown(client, venture, "en") == "2022"


def test_clearing_the_founding_year_clears_its_era(client: Client) -> None:
    assert create(client, founded_year="2565").status_code == 302
    venture = Venture.objects.get()
    client.post(reverse("my:venture_edit", args=[venture.pk]), venture_form_data(founded_year=""))
    venture.refresh_from_db()
    assert (venture.founded_year, venture.founded_year_era) == (None, "")


def test_an_implausible_founding_year_is_refused_with_the_range_in_the_reader_s_era(client: Client) -> None:
    this_year = timezone.localdate().year
    assert f"between 1900 and {this_year} (2443 to {this_year + 543} in the Buddhist era)" in text_of(
        create(client, founded_year="1850")
    )
    with translation.override("th"):
        thai = text_of(client.post(reverse("my:venture_create"), venture_form_data(founded_year=str(this_year + 544))))
    assert f"ระหว่าง พ.ศ. 2443 ถึง {this_year + 543}" in thai
    assert not Venture.objects.exists()


def test_public_contact_needs_its_own_consent_which_is_recorded(client: Client, owner: Any) -> None:
    response = create(client, contact_email="hello@weavers.example", contact_public="")
    assert response.status_code == 302
    venture = Venture.objects.get()
    assert not venture.contact_public
    assert not ConsentRecord.objects.filter(purpose=PUBLIC_CONTACT.purpose).exists()

    client.post(
        reverse("my:venture_edit", args=[venture.pk]),
        venture_form_data(contact_email="hello@weavers.example", contact_public="on"),
    )
    venture.refresh_from_db()
    assert venture.contact_public and venture.contact_consent_at is not None
    record = ConsentRecord.objects.get(purpose=PUBLIC_CONTACT.purpose)
    assert (record.user, record.venture, record.text_version) == (owner, venture, PUBLIC_CONTACT.version)

    client.post(reverse("my:venture_edit", args=[venture.pk]), venture_form_data(contact_email="hello@weavers.example"))
    record.refresh_from_db()
    assert record.withdrawn_at is not None


def test_showing_contact_details_needs_some_to_show(client: Client) -> None:
    assert "Give a contact email or phone to show publicly." in text_of(create(client, contact_public="on"))


# --- Submission and read-only -----------------------------------------------------------------------


def test_submitting_needs_a_confirmed_email_and_says_so(client: Client, owner: Any) -> None:
    owner.email_verified_at = None
    owner.save()
    create(client)
    venture = Venture.objects.get()

    page = text_of(client.get(reverse("my:venture_detail", args=[venture.pk])))
    assert "confirm your email address first" in page
    response = client.post(reverse("my:venture_submit", args=[venture.pk]))
    assert response.status_code == 403
    venture.refresh_from_db()
    assert venture.status == VentureStatus.DRAFT


def test_save_and_submit_in_one_step(client: Client) -> None:
    create(client, save_and_submit="1")
    assert Venture.objects.get().status == VentureStatus.SUBMITTED


def test_while_submitted_the_owner_reads_but_cannot_change_then_can_withdraw(client: Client, owner: Any) -> None:
    venture = VentureFactory.create(owner=owner, status=VentureStatus.SUBMITTED, name_en="Steady")
    edit = reverse("my:venture_edit", args=[venture.pk])

    redirected = client.get(edit, follow=True)
    assert "The reviewers are looking at this profile" in text_of(redirected)
    assert client.post(edit, venture_form_data(name_en="Changed")).status_code == 403
    venture.refresh_from_db()
    assert venture.name_en == "Steady"

    client.post(reverse("my:venture_withdraw", args=[venture.pk]))
    venture.refresh_from_db()
    assert venture.status == VentureStatus.DRAFT
    assert client.get(edit).status_code == 200


def test_a_rejected_venture_cannot_be_edited(client: Client, owner: Any) -> None:
    venture = VentureFactory.create(owner=owner, status=VentureStatus.REJECTED, moderation_note="Not social")
    page = text_of(client.get(reverse("my:venture_detail", args=[venture.pk])))
    assert "Not social" in page
    assert client.post(reverse("my:venture_edit", args=[venture.pk]), venture_form_data()).status_code == 403


# --- Proposed changes to a published venture ------------------------------------------------------


def test_editing_a_published_venture_keeps_the_public_version_until_approved(client: Client, owner: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner, name_en="Old Name", summary_en="Old summary")
    edit = reverse("my:venture_edit", args=[venture.pk])

    client.post(edit, venture_form_data(name_en="New Name", summary_en="New summary"))

    venture.refresh_from_db()
    assert (venture.name_en, venture.summary_en) == ("Old Name", "Old summary")
    revision = VentureRevision.objects.get(venture=venture)
    assert revision.status == RevisionStatus.DRAFT
    assert revision.data["name_en"] == "New Name"
    # The form shows the proposal, not the published text, when the team comes back to it.
    assert 'value="New Name"' in text_of(client.get(edit))
    # Saving again updates the same proposal.
    client.post(edit, venture_form_data(name_en="Newer Name", summary_en="New summary"))
    assert VentureRevision.objects.get().data["name_en"] == "Newer Name"
    detail = text_of(client.get(reverse("my:venture_detail", args=[venture.pk])))
    assert "Old Name" in detail and "Newer Name" in detail  # the diff

    client.post(reverse("my:revision_submit", args=[venture.pk]))
    assert VentureRevision.objects.get().status == RevisionStatus.SUBMITTED
    assert client.post(edit, venture_form_data(name_en="Sneaky")).status_code == 403
    client.post(reverse("my:revision_withdraw", args=[venture.pk]))
    assert VentureRevision.objects.get().status == RevisionStatus.DRAFT
    client.post(reverse("my:revision_discard", args=[venture.pk]))
    assert VentureRevision.objects.get().status == RevisionStatus.WITHDRAWN
    venture.refresh_from_db()
    assert venture.name_en == "Old Name"


def test_saving_an_unchanged_published_venture_makes_no_proposal(client: Client, owner: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner, name_th="", summary_th="")
    data = venture_form_data(name_th="", summary_th="", name_en=venture.name_en, summary_en=venture.summary_en)
    data["description_th"], data["description_en"] = venture.description_th, venture.description_en
    data["stage"], data["legal_form"] = venture.stage, venture.legal_form
    data["areas"] = [str(a.pk) for a in venture.areas.all()]

    client.post(reverse("my:venture_edit", args=[venture.pk]), data)

    assert not VentureRevision.objects.exists()


def test_withdrawing_contact_consent_on_a_published_venture_is_immediate(client: Client, owner: Any) -> None:
    venture = PublishedVentureFactory.create(
        owner=owner, contact_email="team@example.org", contact_public=True, name_en="Shown"
    )
    ConsentRecord.objects.create(
        user=owner, venture=venture, purpose=PUBLIC_CONTACT.purpose, text_version=PUBLIC_CONTACT.version
    )

    client.post(reverse("my:venture_hide_contact", args=[venture.pk]))

    venture.refresh_from_db()
    assert not venture.contact_public
    assert ConsentRecord.objects.get(venture=venture).withdrawn_at is not None


def test_unticking_public_contact_in_a_proposed_change_hides_it_at_once(client: Client, owner: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner, contact_email="team@example.org", contact_public=True)
    client.post(
        reverse("my:venture_edit", args=[venture.pk]),
        venture_form_data(contact_email="team@example.org", name_en="Renamed", summary_en="x"),
    )
    venture.refresh_from_db()
    assert not venture.contact_public  # not waiting for review
    assert VentureRevision.objects.get().data["contact_public"] is False


# --- Removing a venture ----------------------------------------------------------------------------


def test_the_owner_deletes_a_never_published_venture_and_its_logo(
    client: Client, owner: Any, media_root: Any, django_capture_on_commit_callbacks: Any
) -> None:
    create(client, logo=upload("logo.png", image_bytes()))
    venture = Venture.objects.get()
    logo = media_root / venture.logo.name
    assert logo.exists()
    assert "Delete for good" in text_of(client.get(reverse("my:venture_delete", args=[venture.pk])))

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("my:venture_delete", args=[venture.pk]), {"action": "delete"})

    assert response["Location"] == reverse("my:dashboard")
    assert not Venture.objects.exists()
    assert not logo.exists()


def test_a_published_venture_is_archived_not_deleted(client: Client, owner: Any) -> None:
    venture = PublishedVentureFactory.create(owner=owner)
    page = text_of(client.get(reverse("my:venture_delete", args=[venture.pk])))
    assert "kept for the record" in page and "Delete for good" not in page
    assert client.post(reverse("my:venture_delete", args=[venture.pk]), {"action": "delete"}).status_code == 403

    client.post(reverse("my:venture_delete", args=[venture.pk]), {"action": "archive"})

    venture.refresh_from_db()
    assert venture.status == VentureStatus.ARCHIVED
    assert mail.outbox == []  # nobody is emailed about their own decision
    client.post(reverse("my:venture_reopen", args=[venture.pk]))
    venture.refresh_from_db()
    assert venture.status == VentureStatus.DRAFT


def test_services_refuse_a_stranger_whatever_the_view_does() -> None:
    venture = VentureFactory.create()
    stranger = EntrepreneurFactory.create()
    for call in (
        lambda: venture_submit(venture=venture, by=stranger),
        lambda: venture_delete(venture=venture, by=stranger),
        lambda: venture_publish(venture=venture, by=stranger),
        lambda: venture_invite(venture=venture, by=stranger, email="x@example.org"),
    ):
        with pytest.raises(PermissionDenied):
            call()
    reviewer = ReviewerFactory.create()
    with pytest.raises(PermissionDenied):
        venture_delete(venture=venture, by=reviewer)
