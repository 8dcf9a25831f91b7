"""The audit trail in words: every action code the services write has a translated label, status
codes show as their model's labels, and codes nobody labelled still show as they are."""

import ast
import datetime
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from core.audit import AUDIT_ACTIONS, describe
from core.models import AuditEntry
from core.workflow import record_audit
from grants import services as grant_services
from registry.models.ventures import VentureStatus
from registry.services.moderation import venture_publish, venture_set_verified, venture_submit
from tests.factories import (
    AwardFactory,
    DisbursementFactory,
    PublishedVentureFactory,
    SuperuserFactory,
    VentureFactory,
)

CODE = re.compile(
    r"(account|venture|revision|team|invitation|import_job|call|application|award|coinvestment|impact)\.[a-z_]+"
)
# The modules that write audit entries (services, the workflows they run, the importer, erasure,
# the demo data).
WRITERS = [
    "registry/workflows.py",
    "programs/workflows.py",
    "grants/workflows.py",
    *(f"registry/services/{module}.py" for module in ("moderation", "profile", "staff", "team")),
    "registry/accounts.py",
    "registry/privacy.py",
    "registry/importer.py",
    "demo/seed.py",
    "grants/services.py",
    "programs/services.py",
]


def codes_written() -> set[str]:
    """Every action-code-like string literal in the modules that write audit entries."""
    found = set()
    for path in WRITERS:
        tree = ast.parse((Path(settings.BASE_DIR) / path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
                found.add(node.value)
    return found


def test_every_action_code_the_services_write_has_a_label() -> None:
    written = codes_written()
    assert len(written) > 40
    assert sorted(written - set(AUDIT_ACTIONS)) == []
    assert sorted(set(AUDIT_ACTIONS) - written) == []  # and no label for a code nobody writes


def test_every_label_is_translated_into_thai() -> None:
    for code, action in AUDIT_ACTIONS.items():
        with translation.override("en"):
            english = str(action.label)
        with translation.override("th"):
            thai = str(action.label)
        assert thai != english and thai != code, code


@pytest.mark.django_db
def test_status_codes_read_as_the_labels_of_their_own_kind() -> None:
    venture = PublishedVentureFactory.create()
    award = AwardFactory.create()
    entries = [
        record_audit(obj=venture, actor=None, action="venture.publish", from_status="submitted", to_status="published"),
        record_audit(obj=venture, actor=None, action="venture.verify", from_status="unverified", to_status="verified"),
        record_audit(obj=venture, actor=None, action="coinvestment.record", to_status="unverified"),
        record_audit(obj=award, actor=None, action="award.pay_tranche", from_status="planned", to_status="paid"),
        record_audit(obj=award, actor=None, action="award.close", from_status="active", to_status="closed"),
        record_audit(obj=venture, actor=None, action="venture.teleport", from_status="here", to_status="there"),
    ]

    rows = [(row.action, row.from_status, row.to_status) for row in map(describe, entries)]

    assert rows == [
        ("Published", "Submitted for review", "Published"),
        ("Verified", "not verified", "verified"),
        ("Co-investment recorded", "", "not verified"),
        ("Tranche paid", "Planned", "Paid"),
        ("Award closed", "Active", "Closed"),
        ("venture.teleport", "here", "there"),  # unknown: the codes as they are
    ]
    assert str(entries[0]) == "Published: Submitted for review → Published"


# --- the admin --------------------------------------------------------------------------------------


def admin_client(language: str) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(SuperuserFactory.create())
    return client


def audit_panel(html: str) -> str:
    return html.split('class="audit-history"')[1].split("</table>")[0]


@pytest.mark.django_db
def test_the_venture_audit_panel_speaks_in_words() -> None:
    admin = SuperuserFactory.create()
    venture = VentureFactory.create()
    venture_submit(venture=venture, by=venture.owner)
    venture_publish(venture=venture, by=admin)
    venture_set_verified(venture=venture, by=admin, verified=True, note="DBD record checked")
    url = reverse("admin:registry_venture_change", args=[venture.pk])

    english = audit_panel(admin_client("en").get(url).content.decode())
    thai = audit_panel(admin_client("th").get(url).content.decode())

    assert "<code>" not in english and ">venture.publish<" not in english
    for words in ("Sent for review", "Draft → Submitted for review", "Submitted for review → Published"):
        assert words in english
    assert "Verified" in english and "not verified → verified" in english
    with translation.override("th"):
        published = str(AUDIT_ACTIONS["venture.publish"].label)
        status = str(VentureStatus.PUBLISHED.label)
    assert published in thai and f"→ {status}" in thai
    assert "Published" not in thai and "→ verified" not in thai


@pytest.mark.django_db
def test_the_award_audit_panel_names_tranche_statuses() -> None:
    award = AwardFactory.create(amount=Decimal("1000"))
    tranche = DisbursementFactory.create(award=award, amount=Decimal("500"))
    finance = SuperuserFactory.create()
    grant_services.disbursement_pay(disbursement=tranche, by=finance, paid_date=datetime.date(2025, 6, 3))

    page = admin_client("en").get(reverse("admin:grants_award_change", args=[award.pk])).content.decode()

    panel = audit_panel(page)
    assert "Tranche paid" in panel and "Planned → Paid" in panel
    assert "planned → paid" not in panel


@pytest.mark.django_db
def test_the_audit_trail_list_speaks_in_words_and_still_finds_codes() -> None:
    venture = PublishedVentureFactory.create()
    record_audit(obj=venture, actor=None, action="venture.archive", from_status="published", to_status="archived")
    record_audit(obj=venture, actor=None, action="legacy.thing")
    client = admin_client("en")

    listing = client.get(reverse("admin:core_auditentry_changelist")).content.decode()
    found: Any = client.get(reverse("admin:core_auditentry_changelist"), {"q": "venture."})
    entry = AuditEntry.objects.get(action="venture.archive")
    detail = client.get(reverse("admin:core_auditentry_change", args=[entry.pk])).content.decode()

    assert '<span title="venture.archive">Archived</span>' in listing
    assert ">Published<" in listing and ">legacy.thing<" in listing
    assert [e.action for e in found.context["cl"].result_list] == ["venture.archive"]
    assert "venture.archive" in detail and "Archived" in detail


def test_old_admin_links_to_the_audit_trail_and_outbox_lead_to_their_new_place() -> None:
    old = Client().get("/admin/registry/auditentry/", {"q": "venture."})
    assert old.status_code == 301
    assert old["Location"] == f"{reverse('admin:core_auditentry_changelist')}?q=venture."
    entry = Client().get("/admin/registry/outboundemail/7/change/")
    assert entry["Location"] == reverse("admin:core_outboundemail_change", args=[7])
