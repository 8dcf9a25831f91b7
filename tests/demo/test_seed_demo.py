"""`seed_demo`: NIA's figures, coverage of every area/region/country/programme, determinism, --if-empty."""

import io
import re
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Count, Q, Sum
from django.test import Client

from core.models import AuditEntry
from demo.accounts import DEMO_ACCOUNTS, DEMO_PASSWORD
from demo.seed import ANCHOR, seed_demo
from grants.models import ApprovalVote, Award, CoInvestment, Disbursement, GrantApplication
from grants.selectors.stats import headline_figures
from grants.services import next_agreement_number
from programs.models import Call, ImpactMeasurement, Participation, Programme
from registry.models import (
    Country,
    Region,
    SocialArea,
    User,
    Venture,
    VentureArea,
    VentureRevision,
    VentureSearchDocument,
)
from registry.models.revisions import RevisionStatus
from registry.models.ventures import VentureStatus
from registry.roles import Role
from registry.validators import validate_thai_juristic_id

pytestmark = pytest.mark.django_db

THAI = re.compile(r"[\u0E00-\u0E7F]")
SCRIPTS = {
    "VN": re.compile(r"[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE),
    "LA": re.compile(r"[\u0E80-\u0EFF]"),
    "KH": re.compile(r"[\u1780-\u17FF]"),
    "MM": re.compile(r"[\u1000-\u109F]"),
}


@pytest.fixture
def demo() -> None:
    seed_demo()  # the default: 300 ventures, the default seed


def test_headline_figures_land_just_above_nias_published_ones(demo: None):
    figures = headline_figures()

    assert 90 <= figures.grants_approved <= 100
    assert Decimal("70000000") <= figures.thb_granted <= Decimal("72000000")
    assert Decimal("580000000") <= figures.thb_leveraged <= Decimal("590000000")
    # Leverage counts verified co-investment only; unverified records exist but do not count.
    assert CoInvestment.objects.filter(verified=False).exists()


def test_every_area_region_clmv_country_and_programme_is_represented(demo: None):
    published = Venture.objects.filter(status=VentureStatus.PUBLISHED)
    primary = VentureArea.objects.filter(is_primary=True, venture__in=published)
    assert set(primary.values_list("area__slug", flat=True)) == set(SocialArea.objects.values_list("slug", flat=True))
    assert set(published.values_list("province__region__slug", flat=True)) - {None} == set(
        Region.objects.values_list("slug", flat=True)
    )
    assert set(published.values_list("country__iso2", flat=True)) == set(Country.objects.values_list("iso2", flat=True))
    for programme in Programme.objects.all():
        assert Participation.objects.filter(programme=programme).exists(), programme.slug
        assert Call.objects.filter(programme=programme).exists(), programme.slug
    outcomes = set(Participation.objects.values_list("outcome", flat=True))
    assert {"winner", "finalist", "incubated", "scaled", "impact_assessed", "granted"} <= outcomes
    assert not Participation.objects.filter(outcome="impact_assessed", sroi_ratio__isnull=True).exists()
    assert Participation.objects.filter(outcome="winner", prize_amount__gt=0).exists()
    assert ImpactMeasurement.objects.exists()
    open_calls = [c for c in Call.objects.filter(status=Call.Status.OPEN) if c.is_accepting(ANCHOR)]
    assert any(c.criteria.exists() and c.questions.exists() for c in open_calls)
    # Moderation has work to do.
    statuses = set(Venture.objects.values_list("status", flat=True))
    assert statuses == set(VentureStatus.values)


def test_ventures_read_like_thai_and_english_and_clmv_names_use_their_scripts(demo: None):
    ventures = list(Venture.objects.select_related("country"))
    thai_only = [v for v in ventures if v.name_th and not v.name_en]
    english_only = [v for v in ventures if v.name_en and not v.name_th and v.country.iso2 == "TH"]
    bilingual = [v for v in ventures if v.name_th and v.name_en and v.description_th and v.description_en]
    assert len(bilingual) > len(english_only) > 0 and thai_only
    assert all(THAI.search(v.name_th + v.summary_th) for v in thai_only)
    for country, script in SCRIPTS.items():
        assert any(script.search(v.name_en) for v in ventures if v.country.iso2 == country), country
    assert all(v.slug.isascii() for v in ventures)
    assert len({v.slug for v in ventures}) == len(ventures)
    for venture in ventures:
        venture.full_clean()  # valid data: the model's own rules hold for every seeded row
    juristic = [v.juristic_id for v in ventures if v.juristic_id]
    assert juristic
    for number in juristic:
        validate_thai_juristic_id(number)
    audited = AuditEntry.objects.filter(content_type__model="venture").values_list("object_id", flat=True)
    assert set(audited) == {str(v.pk) for v in ventures}  # every seeded venture has the audit entry of its state


def test_grant_money_adds_up(demo: None):
    awards = Award.objects.annotate(paid=Sum("disbursements__amount", filter=Q(disbursements__status="paid")))
    for award in awards:
        assert award.amount_disbursed == (award.paid or 0)
        assert award.amount_disbursed <= award.amount
        expected_thb = (award.amount_thb * award.amount_disbursed / award.amount).quantize(Decimal("0.01"))
        assert award.amount_disbursed_thb == expected_thb
        assert award.application.status == GrantApplication.Status.APPROVED
        assert award.amount <= award.application.requested_amount
        votes = ApprovalVote.objects.filter(application=award.application)
        needed = 2 if award.amount > award.application.call.four_eyes_threshold else 1
        assert votes.values("approver").distinct().count() == needed
        assert set(award.approvers.values_list("pk", flat=True)) == set(votes.values_list("approver", flat=True))
        assert not award.application.reviews.filter(reviewer__in=award.approvers.all()).exists()
        maximum = award.application.call.max_award
        assert maximum is None or award.amount_thb <= maximum
    assert Disbursement.objects.filter(status="planned").exists()
    assert set(Award.objects.values_list("currency", flat=True)) == {"THB", "KHR", "LAK", "MMK", "VND"}
    assert Award.objects.annotate(n=Count("approvers")).filter(n=2).exists()  # above the four-eyes threshold
    assert set(GrantApplication.objects.values_list("status", flat=True)) >= {
        "approved",
        "rejected",
        "in_review",
        "submitted",
        "draft",
    }


def test_demo_accounts_can_log_in_with_their_roles(demo: None):
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(email=account.email)
        assert user.check_password(DEMO_PASSWORD)
        assert user.is_staff == account.is_staff
        if account.role:
            assert user.groups.filter(name=account.role.value).exists()
    assert User.objects.get(email="admin@demo.registry.example").is_superuser
    approvers = User.objects.filter(groups__name=Role.GRANT_APPROVER.value)
    assert approvers.count() == 2
    for key in ("somchai", "malee"):
        entrepreneur = User.objects.get(email=f"{key}@demo.registry.example")
        assert entrepreneur.entrepreneur.date_of_birth is not None
        assert entrepreneur.consents.filter(purpose="registry_processing").exists()
        assert entrepreneur.owned_ventures.count() >= 2
    somchai = User.objects.get(email="somchai@demo.registry.example")
    assert Award.objects.filter(application__venture__owner=somchai).exists()


def test_the_same_seed_gives_the_same_data_and_another_seed_does_not():
    def names_and_slugs(seed: int) -> list[tuple[str, str, str]]:
        with transaction.atomic():
            seed_demo(ventures=60, seed=seed)
            rows = list(Venture.objects.order_by("pk").values_list("slug", "name_th", "name_en"))
            figures = headline_figures()
            transaction.set_rollback(True)
        assert figures.grants_approved >= 90
        return rows

    first = names_and_slugs(7)
    again = names_and_slugs(7)
    other = names_and_slugs(8)

    assert len(first) == 60
    assert first == again
    assert first != other


def test_a_small_run_still_covers_the_basics():
    out = io.StringIO()

    call_command("seed_demo", ventures=20, verbosity=1, stdout=out)

    assert Venture.objects.count() == 20
    assert "20 ventures" in out.getvalue()
    assert "grants approved" in out.getvalue()
    assert Award.objects.exists()
    assert set(Venture.objects.values_list("country__iso2", flat=True)) == {"TH", "KH", "LA", "MM", "VN"}


def test_if_empty_does_nothing_when_ventures_exist_and_without_it_the_command_refuses():
    call_command("seed_demo", ventures=12, verbosity=0)
    count = Venture.objects.count()
    out = io.StringIO()

    call_command("seed_demo", "--if-empty", stdout=out)

    assert Venture.objects.count() == count
    assert "already has 12 ventures" in out.getvalue()
    with pytest.raises(CommandError, match="already has 12 ventures"):
        call_command("seed_demo", ventures=5, verbosity=0)


def test_if_empty_seeds_an_empty_registry():
    call_command("seed_demo", "--if-empty", ventures=15, verbosity=0)

    assert Venture.objects.count() == 15


def test_demo_logins_prints_the_urls_and_every_account_as_local_demo_credentials(demo: None):
    out = io.StringIO()

    call_command("demo_logins", url="http://127.0.0.1:8000/", stdout=out)

    text = out.getvalue()
    assert "http://127.0.0.1:8000/th/" in text
    assert "http://127.0.0.1:8000/admin/" in text
    assert "LOCAL USE ONLY" in text
    assert DEMO_PASSWORD in text
    for account in DEMO_ACCOUNTS:
        assert account.email in text
        assert account.label in text
    assert "not created yet" not in text


def test_demo_logins_says_when_the_accounts_do_not_exist_yet():
    out = io.StringIO()

    call_command("demo_logins", stdout=out)

    assert "not created yet" in out.getvalue()


def test_the_award_service_numbers_new_agreements_after_the_seeded_ones(demo: None):
    numbers = list(Award.objects.values_list("agreement_number", flat=True))
    assert all(re.fullmatch(r"NIA-SI-\d{4}-\d{4}", number) for number in numbers)
    for day in Award.objects.dates("award_date", "year"):
        assert next_agreement_number(day.year) not in numbers


def test_seeded_ventures_are_searchable(demo: None, client: Client) -> None:
    assert VentureSearchDocument.objects.count() == Venture.objects.published().count()
    found = client.get("/api/v1/ventures/", {"q": "ขยะ"}).json()
    assert found["count"] > 0


def test_a_proposed_change_waits_in_the_review_queue_and_the_public_keeps_the_approved_text(demo: None) -> None:
    revision = VentureRevision.objects.get(status=RevisionStatus.SUBMITTED)
    venture = revision.venture
    assert venture.status == VentureStatus.PUBLISHED
    assert "12 more secondary schools" in revision.data["summary_en"]
    assert "12 more secondary schools" not in venture.summary_en


def test_project_grant_calls_state_their_maximum_as_a_field_not_in_their_text(demo: None):
    calls = Call.objects.filter(programme__slug="project-grants", eligible_countries__iso2="TH")
    assert calls.count() == 9
    for call in calls:
        assert call.max_award == Decimal("1500000")  # NIA: "ไม่เกิน 1.5 ล้านบาทต่อโครงการ"
        assert "ล้านบาท" not in call.description_th and "million" not in call.description_en
