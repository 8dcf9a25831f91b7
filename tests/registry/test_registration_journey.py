"""The whole entrepreneur journey through the test client, as a person and a reviewer would live it:
sign up → verify → create → upload logo → submit → reviewer requests changes → edit → resubmit →
publish → appears in the directory → edit → the pending change is invisible publicly → approve →
visible."""

from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import AuditEntry
from registry.consent import REGISTRY_PROCESSING
from registry.models import ConsentRecord, User, Venture, VentureRevision, VentureSearchDocument
from registry.models.revisions import RevisionStatus
from registry.models.ventures import VentureStatus
from tests.factories import ReviewerFactory
from tests.support.accounts import (
    CommittingClient,
    emails_to,
    image_bytes,
    link_path,
    text_of,
    upload,
    venture_form_data,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "thai", "media_root")]

EMAIL = "Somsri.Jaidee@Example.org"
PASSWORD = "Mae-Rim waste bank 2567!"


@pytest.fixture
def person(django_capture_on_commit_callbacks: Any) -> CommittingClient:
    return CommittingClient(Client(), django_capture_on_commit_callbacks)


@pytest.fixture
def reviewer(django_capture_on_commit_callbacks: Any) -> CommittingClient:
    client = CommittingClient(Client(), django_capture_on_commit_callbacks)
    client.force_login(ReviewerFactory.create(email="reviewer@nia.or.th"))
    return client


def decide(reviewer: CommittingClient, venture: Venture, decision: str, reason: str = "") -> Any:
    url = reverse("admin:registry_venture_decide", args=[venture.pk, decision])
    return reviewer.post(url, {"reason": reason, "apply": "1"})


def test_the_whole_journey(person: CommittingClient, reviewer: CommittingClient) -> None:
    # --- sign up: consent recorded with its text version and time, verification email sent ---
    before = timezone.now()
    response = person.get(reverse("accounts:signup"))
    assert response.status_code == 200
    assert str(REGISTRY_PROCESSING.text)[:40] in text_of(response)
    response = person.post(
        reverse("accounts:signup"),
        {
            "full_name": "สมศรี ใจดี",
            "email": EMAIL,
            "password1": PASSWORD,
            "password2": PASSWORD,
            "preferred_language": "th",
            "accept_terms": "on",
            "consent": "on",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signup_done")
    user = User.objects.get(email=EMAIL.lower())
    assert user.email_verified_at is None
    consent = ConsentRecord.objects.get(user=user)
    assert (consent.purpose, consent.text_version) == (REGISTRY_PROCESSING.purpose, REGISTRY_PROCESSING.version)
    assert before <= consent.given_at <= timezone.now()
    assert consent.withdrawn_at is None
    [verification] = emails_to(EMAIL.lower())

    # --- verify, log in ---
    response = person.get(link_path(verification.body, "/accounts/verify/"))
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.email_verified_at is not None
    response = person.post(reverse("accounts:login"), {"username": EMAIL, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("my:dashboard")
    dashboard = text_of(person.get(reverse("my:dashboard")))
    assert reverse("my:venture_create") in dashboard

    # --- create the venture with a logo, then submit it ---
    response = person.post(
        reverse("my:venture_create"),
        venture_form_data(logo=upload("โลโก้.png", image_bytes("PNG"))),
    )
    assert response.status_code == 302
    venture = Venture.objects.get(owner=user)
    assert response["Location"] == reverse("my:venture_detail", args=[venture.pk])
    assert venture.status == VentureStatus.DRAFT
    assert venture.logo.name.startswith("logos/") and "โลโก้" not in venture.logo.name
    assert venture.logo.storage.exists(venture.logo.name)
    response = person.post(reverse("my:venture_submit", args=[venture.pk]))
    venture.refresh_from_db()
    assert venture.status == VentureStatus.SUBMITTED
    # While submitted, the owner can read but not change it.
    response = person.get(reverse("my:venture_edit", args=[venture.pk]))
    assert response.status_code == 302
    response = person.post(reverse("my:venture_edit", args=[venture.pk]), venture_form_data(name_th="แอบแก้"))
    assert response.status_code == 403
    venture.refresh_from_db()
    assert venture.name_th == "ธนาคารขยะบ้านแม่ริม"

    # --- the reviewer asks for changes; the owner is told why, once ---
    mail.outbox.clear()
    decide(reviewer, venture, "request_changes", "กรุณาเพิ่มชื่อภาษาอังกฤษ")
    venture.refresh_from_db()
    assert venture.status == VentureStatus.CHANGES_REQUESTED
    [changes_email] = emails_to(user.email)
    assert "กรุณาเพิ่มชื่อภาษาอังกฤษ" in changes_email.body
    detail = text_of(person.get(reverse("my:venture_detail", args=[venture.pk])))
    assert "กรุณาเพิ่มชื่อภาษาอังกฤษ" in detail

    # --- edit and resubmit in one go ---
    response = person.post(
        reverse("my:venture_edit", args=[venture.pk]),
        venture_form_data(
            name_en="Mae Rim Waste Bank",
            summary_en="A community waste bank turning rubbish into income.",
            save_and_submit="1",
        ),
    )
    assert response.status_code == 302
    venture.refresh_from_db()
    assert venture.status == VentureStatus.SUBMITTED
    assert venture.name_en == "Mae Rim Waste Bank"

    # --- publish: it appears in the directory ---
    mail.outbox.clear()
    decide(reviewer, venture, "publish")
    venture.refresh_from_db()
    assert venture.status == VentureStatus.PUBLISHED
    assert len(emails_to(user.email)) == 1
    public = Client()
    directory = text_of(public.get(reverse("registry:venture_list")))
    assert "ธนาคารขยะบ้านแม่ริม" in directory
    assert public.get(reverse("registry:venture_detail", args=[venture.slug])).status_code == 200

    # --- edit the published venture: a pending change, invisible publicly ---
    response = person.post(
        reverse("my:venture_edit", args=[venture.pk]),
        venture_form_data(
            name_th="ธนาคารขยะแม่ริมรักษ์โลก",
            name_en="Mae Rim Waste Bank",
            summary_en="A community waste bank turning rubbish into income.",
            save_and_submit="1",
        ),
    )
    assert response.status_code == 302
    venture.refresh_from_db()
    assert venture.status == VentureStatus.PUBLISHED
    assert venture.name_th == "ธนาคารขยะบ้านแม่ริม"
    revision = VentureRevision.objects.get(venture=venture)
    assert revision.status == RevisionStatus.SUBMITTED
    detail_url = reverse("registry:venture_detail", args=[venture.slug])
    for url in (reverse("registry:venture_list"), detail_url, f"/api/v1/ventures/{venture.slug}/"):
        assert "รักษ์โลก" not in text_of(public.get(url)), url
    # The unapproved word is not in the search index, so no search finds the venture through it.
    # (A search for it may still list the venture for its published words: a described problem is
    # matched in part, here through "environment"; never for รักษ์โลก itself.)
    assert "รักษ์โลก" not in VentureSearchDocument.objects.get(pk=venture.pk).text
    for row in public.get("/api/v1/ventures/?q=รักษ์โลก").json()["results"]:
        assert "รักษ์โลก" not in row["matched_terms"] and "รักษ์โลก" not in row["name_th"]
    # The reviewer sees it in the queue with its diff.
    queue = text_of(reviewer.get(reverse("admin:registry_venturereviewqueue_changelist")))
    assert "ธนาคารขยะบ้านแม่ริม" in queue
    change_page = text_of(reviewer.get(reverse("admin:registry_venturerevision_change", args=[revision.pk])))
    assert "ธนาคารขยะบ้านแม่ริม" in change_page and "ธนาคารขยะแม่ริมรักษ์โลก" in change_page

    # --- approve: now visible ---
    mail.outbox.clear()
    url = reverse("admin:registry_venturerevision_decide", args=[revision.pk, "approve"])
    reviewer.post(url, {"reason": "", "apply": "1"})
    revision.refresh_from_db()
    venture.refresh_from_db()
    assert revision.status == RevisionStatus.APPROVED
    assert venture.name_th == "ธนาคารขยะแม่ริมรักษ์โลก"
    assert len(emails_to(user.email)) == 1
    assert "ธนาคารขยะแม่ริมรักษ์โลก" in text_of(public.get(detail_url))
    assert detail_url in text_of(public.get(reverse("registry:venture_list") + "?q=รักษ์โลก"))
    assert public.get(f"/api/v1/ventures/{venture.slug}/").json()["name_th"] == "ธนาคารขยะแม่ริมรักษ์โลก"

    # Every state change left its audit entry, with who did it.
    actions = list(AuditEntry.objects.for_object(venture).values_list("action", flat=True))
    assert actions[:6] == [
        "venture.create",
        "venture.submit",
        "venture.request_changes",
        "venture.edit",
        "venture.submit",
        "venture.publish",
    ]
    assert "venture.apply_change" in actions
