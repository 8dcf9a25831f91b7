"""The demo data set behind `manage.py seed_demo`: deterministic, bilingual, and fast at 100k ventures.

Everything random comes from `random.Random` seeded by `--seed` (one generator per venture, so
venture *i* is the same whatever `--ventures` is) and every generated date is counted from the fixed
`ANCHOR`, never from `now()`: the same seed gives the same names, slugs, amounts and dates.

The big part (ventures, their areas, SDGs and audit entries) is built in memory and written with
`bulk_create` in batches, without per-row queries or service calls. The grant portfolio is fixed in
size (~95 awards) and its amounts are computed so the live headline figures land just above NIA's
published ones (90+ projects, 70M+ THB granted, 580M+ THB leveraged) for every seed.

The rows are written directly rather than through the lifecycle services because they describe
a history (already published, already paid); each seeded row gets the audit entry of its state.
"""

from __future__ import annotations

import datetime
import random
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo

from django.contrib.auth.hashers import make_password
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import models, reset_queries, transaction
from django.utils.text import slugify
from faker import Faker
from tqdm import tqdm

from core.models import AuditEntry
from grants.models import (
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
from programs.models import (
    Call,
    CallQuestion,
    ImpactIndicator,
    ImpactMeasurement,
    Participation,
    Partner,
    Programme,
    ReviewCriterion,
)
from programs.services import indicator_report, measurement_report
from registry.models import (
    ConsentRecord,
    Country,
    Entrepreneur,
    Province,
    SocialArea,
    User,
    Venture,
    VentureArea,
    VentureMembership,
)
from registry.models.ventures import LegalForm, Stage, VentureStatus
from registry.profiles import profile_of_venture
from registry.roles import assign_role, sync_roles
from registry.services.moderation import venture_revision_submit
from registry.services.profile import venture_save_profile
from registry.validators import thai_id_check_digit

from . import content, stories
from .accounts import DEMO_ACCOUNTS, DEMO_PASSWORD, DemoAccount
from .concepts import CLMV_CONCEPTS, CONCEPTS
from .content import CLMV_CITIES, ClmvConcept, Concept
from .deck import deal

BANGKOK = ZoneInfo("Asia/Bangkok")
# Every generated date counts back (or, for open calls, forward) from here, never from now().
ANCHOR = datetime.datetime(2026, 6, 30, 10, 0, tzinfo=BANGKOK)
ANCHOR_DATE = ANCHOR.date()

DEFAULT_VENTURES = 300
DEFAULT_SEED = 2569
BATCH_SIZE = 2000

# The grant portfolio: ~95 awards whose totals land just above NIA's published figures.
TARGET_AWARDS = 95
TARGET_GRANTED_THB = Decimal("70560000")
TARGET_LEVERAGED_THB = Decimal("582400000")
SCALE_UP_AWARDS_PER_CALL = 4
# Units of local currency per 1 THB: fixed demo rates (award-time values, not live ones).
DEMO_RATES = {"KHR": Decimal("117.50"), "LAK": Decimal("612.00"), "MMK": Decimal("59.20"), "VND": Decimal("725.00")}
CLMV_CURRENCY = {"KH": "KHR", "LA": "LAK", "MM": "MMK", "VN": "VND"}
CLMV_ORDER = ("KH", "LA", "MM", "VN")
REGIONS = ("north", "northeast", "central", "east", "west", "south")
# The first ventures are laid out so that even a small run shows every case: 0–4 the demo
# entrepreneurs' ventures (these concepts), then one per Thai region, then one per CLMV country.
# After them every other concept follows once, in the seed's order (demo.deck), so the first
# len(CONCEPTS) + len(CLMV_CONCEPTS) ventures, the default demo among them, never share a text.
FIRST_CONCEPTS = ("organic-rice", "smart-farming", "youth-mental-health", "walkable-city", "flood-early-warning")
REGION_SLOTS = len(FIRST_CONCEPTS) + len(REGIONS)
CLMV_SLOTS = REGION_SLOTS + len(CLMV_ORDER)
# How often a venture whose concept is written in both languages keeps only an English summary.
THAI_WITH_ENGLISH_SUMMARY = 0.15
CONSENT_VERSION = "1.0"

CENT = Decimal("0.01")
T = TypeVar("T")


class Writer(Protocol):
    """Where progress messages go (a management command's stdout, or any text stream)."""

    def write(self, message: str, /) -> Any: ...


def _at(day: datetime.date, hour: int = 10, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=BANGKOK)


def _days(n: int) -> datetime.timedelta:
    return datetime.timedelta(days=n)


def _not_after_anchor(moment: datetime.datetime) -> datetime.datetime:
    return min(moment, ANCHOR)


def spread(total: Decimal, weights: Sequence[float], *, step: int = 1000) -> list[Decimal]:
    """Split `total` in proportion to `weights` into multiples of `step` that add up to exactly `total`."""
    whole = int(total)
    weight_sum = sum(weights)
    amounts = [max(step, round(whole * w / weight_sum / step) * step) for w in weights]
    amounts[amounts.index(max(amounts))] += whole - sum(amounts)
    return [Decimal(a) for a in amounts]


@dataclass(slots=True)
class VentureInfo:
    """What the later phases need to know about a seeded venture (kept for every row, so small)."""

    index: int
    pk: int
    slug: str
    country: str
    province_id: int | None
    region: str | None
    area_id: int
    concept: Concept | ClmvConcept
    status: str
    youth_led: bool
    founded_year: int
    published_at: datetime.datetime | None
    owner_id: int | None
    display_name: str
    place_th: str
    place_en: str


@dataclass
class SeedReport:
    ventures: int = 0
    published: int = 0
    applications: int = 0
    awards: int = 0
    participations: int = 0
    audit_entries: int = 0
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class CallPlan:
    slug: str
    programme: str
    title_th: str
    title_en: str
    opens: datetime.date
    closes: datetime.date
    status: str
    budget: int
    partner: str = "nia"
    year: int = 0
    countries: tuple[str, ...] = ()
    youth_only: bool = False
    criteria: tuple[tuple[str, str, int, str], ...] = ()
    questions: tuple[tuple[str, str, bool], ...] = ()
    description_th: str = ""
    description_en: str = ""
    max_award: int | None = None


# The most a project grant awards; the call page shows it from the call's max_award.
PROJECT_GRANT_MAX_THB = 1_500_000


def _call_plans() -> list[CallPlan]:
    plans = []
    grant_text_th = "ทุนสนับสนุนโครงการนวัตกรรมเพื่อสังคมที่นำร่องหรือสาธิตผลิตภัณฑ์หรือกระบวนการในชุมชน"
    grant_text_en = (
        "Grants for social-innovation projects that pilot or demonstrate a product or process in a community."
    )
    for year in range(2019, 2027):
        plans.append(
            CallPlan(
                slug=f"project-grants-fy{year + 543}",
                programme="project-grants",
                title_th=f"ทุนโครงการนวัตกรรมเพื่อสังคม ปีงบประมาณ {year + 543}",
                title_en=f"Social innovation project grants, fiscal year {year}",
                opens=datetime.date(year - 1, 11, 1),
                closes=datetime.date(year, 1, 31),
                status=Call.Status.CLOSED,
                budget=12_000_000,
                year=year,
                countries=("TH",),
                criteria=content.GRANT_CRITERIA,
                questions=content.GRANT_QUESTIONS if year >= 2026 else (),
                description_th=grant_text_th,
                description_en=grant_text_en,
                max_award=PROJECT_GRANT_MAX_THB,
            )
        )
    plans.append(
        CallPlan(
            slug="project-grants-fy2570",
            programme="project-grants",
            title_th="ทุนโครงการนวัตกรรมเพื่อสังคม ปีงบประมาณ 2570",
            title_en="Social innovation project grants, fiscal year 2027",
            opens=datetime.date(2026, 6, 1),
            closes=datetime.date(2027, 9, 30),
            status=Call.Status.OPEN,
            budget=15_000_000,
            year=2027,
            countries=("TH",),
            criteria=content.GRANT_CRITERIA,
            questions=content.GRANT_QUESTIONS,
            description_th=grant_text_th + " เปิดรับข้อเสนอตลอดปีงบประมาณ",
            description_en=grant_text_en + " Proposals are accepted throughout the fiscal year.",
            max_award=PROJECT_GRANT_MAX_THB,
        )
    )
    for year in (2022, 2024):
        plans.append(
            CallPlan(
                slug=f"scale-up-{year}",
                programme="scale-up",
                title_th=f"โปรแกรมขยายผลนวัตกรรมเพื่อสังคม ปี {year + 543}",
                title_en=f"Social innovation scale-up programme {year}",
                opens=datetime.date(year, 2, 1),
                closes=datetime.date(year, 4, 30),
                status=Call.Status.CLOSED,
                budget=15_000_000,
                year=year,
                countries=("TH",),
                criteria=content.GRANT_CRITERIA,
                description_th="ทุนขยายผลสำหรับโครงการที่พิสูจน์ผลลัพธ์แล้ว ให้ขยายไปสู่ชุมชนหรือจังหวัดอื่น",
                description_en="Scale-up grants for projects with proven results, to reach more communities "
                "or provinces.",
            )
        )
    plans.append(
        CallPlan(
            slug="ric-clmv-grants-2024",
            programme="project-grants",
            title_th="ทุนนวัตกรรมเพื่อสังคม CLMV ศูนย์นวัตกรรมระดับภูมิภาค ปี 2567",
            title_en="Regional Innovation Centre CLMV social innovation grants 2024",
            opens=datetime.date(2023, 12, 1),
            closes=datetime.date(2024, 2, 29),
            status=Call.Status.CLOSED,
            budget=3_000_000,
            partner="regional-innovation-centre",
            year=2024,
            countries=CLMV_ORDER,
            criteria=content.GRANT_CRITERIA,
            description_th="ทุนสำหรับกิจการเพื่อสังคมในกัมพูชา ลาว เมียนมา และเวียดนาม ผ่านศูนย์นวัตกรรมระดับภูมิภาค สนช.–UNDP",
            description_en="Grants for social ventures in Cambodia, Lao PDR, Myanmar and Viet Nam through the NIA–UNDP "
            "Regional Innovation Centre.",
        )
    )
    for cohort, year in enumerate((2021, 2023, 2025), start=1):
        plans.append(
            CallPlan(
                slug=f"partner-incubation-{year}",
                programme="partner-incubation",
                title_th=f"โปรแกรมบ่มเพาะโดยหน่วยงานเครือข่าย รุ่นที่ {cohort}",
                title_en=f"Incubation by network partners, cohort {cohort}",
                opens=datetime.date(year, 3, 1),
                closes=datetime.date(year, 4, 30),
                status=Call.Status.CLOSED,
                budget=0,
                year=year,
                description_th="บ่มเพาะหกเดือนกับมหาวิทยาลัยและหน่วยบ่มเพาะในภูมิภาค พร้อมพี่เลี้ยงและเครือข่ายตลาด",
                description_en="Six months of incubation with regional universities and incubators, with mentors and "
                "market links.",
            )
        )
    youth_th = "การประกวดและบ่มเพาะนวัตกรรมเพื่อสังคมของเยาวชน อายุไม่เกิน 30 ปี ร่วมกับ UNDP"
    youth_en = "Youth social-innovation competition and bootcamp with UNDP, for founders aged 30 or under."
    for year, status in ((2022, Call.Status.CLOSED), (2024, Call.Status.CLOSED)):
        plans.append(
            CallPlan(
                slug=f"youth-colab-{year}",
                programme="business-plan-competition",
                title_th=f"Youth Co:Lab ประเทศไทย {year + 543}",
                title_en=f"Youth Co:Lab Thailand {year}",
                opens=datetime.date(year, 5, 1),
                closes=datetime.date(year, 6, 30),
                status=status,
                budget=500_000,
                partner="undp-thailand",
                year=year,
                youth_only=True,
                description_th=youth_th,
                description_en=youth_en,
            )
        )
    plans.append(
        CallPlan(
            slug="business-plan-competition-2023",
            programme="business-plan-competition",
            title_th="การประกวดแผนธุรกิจนวัตกรรมเพื่อสังคม ปี 2566",
            title_en="Social innovation business plan competition 2023",
            opens=datetime.date(2023, 6, 1),
            closes=datetime.date(2023, 7, 31),
            status=Call.Status.CLOSED,
            budget=600_000,
            partner="tu-social-enterprise-lab",
            year=2023,
            description_th="ประกวดแผนธุรกิจพร้อมอบรมการสร้างต้นแบบและการให้คำปรึกษาจากผู้เชี่ยวชาญ",
            description_en="A business-plan competition with prototyping training and expert mentoring.",
        )
    )
    plans.append(
        CallPlan(
            slug="youth-colab-2026",
            programme="business-plan-competition",
            title_th="Youth Co:Lab ประเทศไทย 2569",
            title_en="Youth Co:Lab Thailand 2026",
            opens=datetime.date(2026, 6, 15),
            closes=datetime.date(2027, 1, 31),
            status=Call.Status.OPEN,
            budget=500_000,
            partner="undp-thailand",
            year=2026,
            youth_only=True,
            criteria=content.COMPETITION_CRITERIA,
            questions=content.COMPETITION_QUESTIONS,
            description_th=youth_th,
            description_en=youth_en,
        )
    )
    for year in (2023, 2025):
        plans.append(
            CallPlan(
                slug=f"sroi-assessment-{year}",
                programme="social-impact-assessment",
                title_th=f"โปรแกรมประเมินผลลัพธ์ทางสังคม (SROI) ปี {year + 543}",
                title_en=f"Social impact assessment (SROI) {year}",
                opens=datetime.date(year, 1, 15),
                closes=datetime.date(year, 3, 15),
                status=Call.Status.CLOSED,
                budget=0,
                partner="psu-social-innovation",
                year=year,
                description_th="ประเมินผลตอบแทนทางสังคมจากการลงทุน (SROI) ร่วมกับมหาวิทยาลัยเครือข่าย",
                description_en="A social return on investment (SROI) assessment with network universities.",
            )
        )
    return plans


def _pick(rng: random.Random, items: Sequence[T]) -> T:
    return items[rng.randrange(len(items))]


def _language(rng: random.Random, concept: Concept) -> str:
    """Which languages a venture writes in: what its concept is written in ("both", "th" only, "en"
    only, or "th+": Thai with an English name and summary); some bilingual ones keep only the summary."""
    if not concept.summary_th:
        return "en"
    if not concept.summary_en:
        return "th"
    if not concept.how_en or rng.random() < THAI_WITH_ENGLISH_SUMMARY:
        return "th+"
    return "both"


class DemoSeeder:
    """Builds the demo data set; `run()` writes it in one transaction."""

    def __init__(self, *, ventures: int, seed: int, progress: bool = False, out: Writer | None = None) -> None:
        self.n = ventures
        self.seed = seed
        self.progress = progress
        self.out = out
        self.report = SeedReport()
        self.faker = Faker("th_TH")
        self.faker.seed_instance(seed)
        self.audit: list[AuditEntry] = []

    # --- helpers ---------------------------------------------------------------------------------

    def _say(self, message: str) -> None:
        if self.out is not None:
            self.out.write(message + "\n")

    def _rng(self, *parts: int | str) -> random.Random:
        return random.Random(f"{self.seed}:" + ":".join(str(p) for p in parts))  # noqa: S311 (demo data)

    def _ct(self, model: type[models.Model]) -> int:
        return ContentType.objects.get_for_model(model).pk

    def _audit(
        self,
        model: type[models.Model],
        pk: int,
        action: str,
        *,
        at: datetime.datetime,
        actor: int | None = None,
        from_status: str = "",
        to_status: str = "",
        reason: str = "",
    ) -> None:
        self.audit.append(
            AuditEntry(
                content_type_id=self._ct(model),
                object_id=str(pk),
                actor_id=actor,
                action=action,
                from_status=from_status,
                to_status=to_status,
                reason=reason,
                created_at=at,
            )
        )

    def _flush_audit(self) -> None:
        AuditEntry.objects.bulk_create(self.audit, batch_size=BATCH_SIZE)
        self.report.audit_entries += len(self.audit)
        self.audit = []

    # --- the run ---------------------------------------------------------------------------------

    def run(self) -> SeedReport:
        with transaction.atomic():
            self._load_reference()
            self._accounts()
            self._partners()
            self._calls()
            self._ventures()
            self._grants()
            self._participations()
            self._impact()
            self._flush_audit()
            self._proposed_change()
            self._reported_results()
        _after_seed(progress=self.progress)
        return self.report

    def _proposed_change(self) -> None:
        """A published venture whose owner proposed new text, waiting in the review queue.

        Made through the services, as the owner would, so the queue, the diff and the rule that
        the public keeps seeing the approved version all have something to show."""
        owner = self.users["entrepreneur2"]
        venture = Venture.objects.filter(owner=owner, status=VentureStatus.PUBLISHED).order_by("pk").first()
        if venture is None:
            return
        profile = profile_of_venture(venture)
        profile.summary_th = (profile.summary_th + " ปีนี้ขยายบริการไปยังโรงเรียนมัธยมอีก 12 แห่ง").strip()
        profile.summary_en = (profile.summary_en + " This year the service reaches 12 more secondary schools.").strip()
        revision = venture_save_profile(venture=venture, by=owner, profile=profile)
        if revision is not None:
            venture_revision_submit(revision=revision, by=owner)
            self._say(f"A proposed change to “{venture.name}” waits in the review queue.")

    def _reported_results(self) -> None:
        """Results an entrepreneur reported that wait for staff to check them (not public yet),
        reported through the services as the team would on their results page."""
        owner = self.users["entrepreneur"]
        venture = Venture.objects.filter(owner=owner, status=VentureStatus.PUBLISHED).order_by("pk").first()
        if venture is None:
            return
        indicator = indicator_report(
            venture=venture,
            by=owner,
            name_th="ครัวเรือนที่ขายผลผลิตผ่านกลุ่ม",
            name_en="Households selling their harvest through the group",
            unit="ครัวเรือน",
            baseline=Decimal("40"),
            target=Decimal("80"),
        )
        measurement_report(
            indicator=indicator,
            by=owner,
            period_start=datetime.date(2026, 1, 1),
            period_end=datetime.date(2026, 6, 30),
            actual=Decimal("52"),
            today=ANCHOR_DATE,
        )
        self._say(f"Results reported by “{venture.name}” wait for staff to check them.")

    def _load_reference(self) -> None:
        self.areas = {a.slug: a for a in SocialArea.objects.prefetch_related("sdgs")}
        self.area_sdgs = {slug: [s.pk for s in a.sdgs.all()] for slug, a in self.areas.items()}
        self.countries = {c.iso2: c for c in Country.objects.all()}
        self.provinces = list(Province.objects.select_related("region").order_by("abbr_en"))
        self.province_by_abbr = {p.abbr_en: p for p in self.provinces}
        self.provinces_by_region: dict[str, list[Province]] = defaultdict(list)
        for province in self.provinces:
            self.provinces_by_region[province.region.slug].append(province)
        self.programmes = {p.slug: p for p in Programme.objects.all()}
        missing_areas = {c.area for c in CONCEPTS} - set(self.areas)
        if missing_areas or len(self.provinces) < 77 or "TH" not in self.countries:
            raise LookupError("Reference data is missing: run `manage.py migrate` first.")
        self.used_slugs = set(Venture.objects.values_list("slug", flat=True))
        self.slug_counts: dict[str, int] = defaultdict(int)

    # --- people ----------------------------------------------------------------------------------

    def _accounts(self) -> None:
        sync_roles()
        self.demo_password_hash: str | None = None
        self.users: dict[str, User] = {}
        for account in DEMO_ACCOUNTS:
            self.users[account.key] = self._account(account)
        somchai, malee = self.users["entrepreneur"], self.users["entrepreneur2"]
        profiles = (
            (somchai, "สมชาย ใจดี", "Somchai Jaidee", "081-234-5678", datetime.date(1986, 3, 14)),
            (malee, "มาลี รักษ์ถิ่น", "Malee Rakthin", "089-765-4321", datetime.date(2000, 8, 2)),
        )
        for user, name_th, name_en, phone, born in profiles:
            age = ANCHOR_DATE.year - born.year
            band = Entrepreneur.AgeBand.AGE_36_PLUS if age > 35 else Entrepreneur.AgeBand.AGE_25_30
            Entrepreneur.objects.get_or_create(
                user=user,
                defaults={
                    "name_th": name_th,
                    "name_en": name_en,
                    "phone": phone,
                    "date_of_birth": born,
                    "age_band": band,
                },
            )
            if not user.consents.exists():
                given = _at(ANCHOR_DATE - _days(400 if user is somchai else 120))
                purposes = [ConsentRecord.Purpose.REGISTRY_PROCESSING]
                purposes.append(
                    ConsentRecord.Purpose.NEWSLETTER if user is somchai else ConsentRecord.Purpose.PUBLIC_CONTACT
                )
                ConsentRecord.objects.bulk_create(
                    [
                        ConsentRecord(user=user, purpose=p, text_version=CONSENT_VERSION, given_at=given)
                        for p in purposes
                    ]
                )
        self.staff = {key: self.users[key].pk for key in ("nia_reviewer", "undp_reviewer", "approver", "approver2")}
        self.finance_id = self.users["finance"].pk

    def _account(self, account: DemoAccount) -> User:
        user = User.objects.filter(email__iexact=account.email).first()
        if user is None:
            user = User(
                email=account.email,
                full_name=account.full_name,
                is_staff=account.is_staff,
                is_superuser=account.is_superuser,
                preferred_language=account.preferred_language,
                date_joined=_at(ANCHOR_DATE - _days(900)),
                email_verified_at=_at(ANCHOR_DATE - _days(900)),
            )
            # The published demo password, only ever set when the account is created. Hashed once for
            # all accounts (PBKDF2 costs ~0.4 s a time): it is the same published password anyway.
            if self.demo_password_hash is None:
                self.demo_password_hash = make_password(DEMO_PASSWORD)
            user.password = self.demo_password_hash
            user.full_clean()
            user.save()
        if account.role is not None:
            assign_role(user, account.role)
        return user

    # --- programmes ------------------------------------------------------------------------------

    def _partners(self) -> None:
        for slug, name_th, name_en, kind, country, website, programmes in content.DEMO_PARTNERS:
            partner, created = Partner.objects.get_or_create(
                slug=slug,
                defaults={
                    "name_th": name_th,
                    "name_en": name_en,
                    "kind": kind,
                    "country": self.countries[country],
                    "website": website,
                },
            )
            if created:
                for programme in programmes:
                    self.programmes[programme].partners.add(partner)
        self.partners = {p.slug: p for p in Partner.objects.all()}

    def _calls(self) -> None:
        self.calls: dict[str, Call] = {}
        self.call_plans = {plan.slug: plan for plan in _call_plans()}
        self.criteria: dict[str, list[ReviewCriterion]] = {}
        self.questions: dict[str, list[CallQuestion]] = {}
        for plan in self.call_plans.values():
            call = Call.objects.filter(slug=plan.slug).first()
            if call is None:
                call = Call(
                    programme=self.programmes[plan.programme],
                    slug=plan.slug,
                    title_th=plan.title_th,
                    title_en=plan.title_en,
                    description_th=plan.description_th,
                    description_en=plan.description_en,
                    opens_at=_at(plan.opens, 9),
                    closes_at=_at(plan.closes, 16, 30),
                    budget=Decimal(plan.budget),
                    max_award=Decimal(plan.max_award) if plan.max_award else None,
                    youth_only=plan.youth_only,
                    max_founder_age=30 if plan.youth_only else None,
                    status=plan.status,
                    partner=self.partners.get(plan.partner),
                )
                call.full_clean()
                call.save()
                if plan.countries:
                    call.eligible_countries.set([self.countries[c] for c in plan.countries])
                ReviewCriterion.objects.bulk_create(
                    ReviewCriterion(call=call, name_th=th, name_en=en, max_score=top, weight=Decimal(w), order=i)
                    for i, (th, en, top, w) in enumerate(plan.criteria)
                )
                CallQuestion.objects.bulk_create(
                    CallQuestion(call=call, text_th=th, text_en=en, required=required, order=i)
                    for i, (th, en, required) in enumerate(plan.questions)
                )
            self.calls[plan.slug] = call
            self.criteria[plan.slug] = list(call.criteria.all())
            self.questions[plan.slug] = list(call.questions.all())

    # --- ventures --------------------------------------------------------------------------------

    def _unique_slug(self, text: str, fallback: str) -> str:
        base = slugify(text)[:100].strip("-") or fallback
        while True:
            self.slug_counts[base] += 1
            n = self.slug_counts[base]
            slug = base if n == 1 else f"{base}-{n}"
            if slug not in self.used_slugs:
                self.used_slugs.add(slug)
                return slug

    def _ventures(self) -> None:
        self._say(f"Ventures: {self.n:,}…")
        self.infos: list[VentureInfo] = []
        self.deck = deal(
            seed=self.seed,
            thai=CONCEPTS,
            clmv=CLMV_CONCEPTS,
            first=FIRST_CONCEPTS,
            regions=[frozenset(p.abbr_en for p in self.provinces_by_region[r]) for r in REGIONS],
            countries=CLMV_ORDER,
        )
        venture_ct = self._ct(Venture)
        sdg_through = Venture.sdgs.through
        bar = tqdm(total=self.n, desc="ventures", unit="venture", file=sys.stderr, disable=not self.progress)
        for start in range(0, self.n, BATCH_SIZE):
            planned = [self._plan_venture(i) for i in range(start, min(start + BATCH_SIZE, self.n))]
            ventures = Venture.objects.bulk_create([p.venture for p in planned], batch_size=BATCH_SIZE)
            area_rows: list[VentureArea] = []
            sdg_rows: list[Any] = []
            audit_rows: list[AuditEntry] = []
            for plan, venture in zip(planned, ventures, strict=True):
                plan.info.pk = venture.pk
                area_rows.extend(
                    VentureArea(venture_id=venture.pk, area_id=area_id, is_primary=(k == 0))
                    for k, area_id in enumerate(plan.area_ids)
                )
                sdg_rows.extend(sdg_through(venture_id=venture.pk, sdg_id=sdg_id) for sdg_id in plan.sdg_ids)
                audit_rows.extend(
                    AuditEntry(
                        content_type_id=venture_ct,
                        object_id=str(venture.pk),
                        actor_id=actor,
                        action=action,
                        from_status=from_status,
                        to_status=to_status,
                        reason=reason,
                        created_at=at,
                    )
                    for action, from_status, to_status, actor, reason, at in plan.audit
                )
                self.infos.append(plan.info)
            VentureArea.objects.bulk_create(area_rows, batch_size=BATCH_SIZE)
            sdg_through.objects.bulk_create(sdg_rows, batch_size=BATCH_SIZE)
            AuditEntry.objects.bulk_create(audit_rows, batch_size=BATCH_SIZE)
            self.report.audit_entries += len(audit_rows)
            reset_queries()  # under DEBUG=True Django keeps every (huge) INSERT in memory otherwise
            bar.update(len(planned))
        bar.close()
        self.report.ventures = len(self.infos)
        self.report.published = sum(1 for v in self.infos if v.status == VentureStatus.PUBLISHED)
        self._memberships()

    def _fixed_plan(self, i: int) -> dict[str, Any]:
        """The first ventures are fixed so that small runs still show every case the demo needs; every
        venture up to the end of the deck tells its own concept (the "card")."""
        if i >= len(self.deck):
            return {}
        somchai, malee = self.users["entrepreneur"].pk, self.users["entrepreneur2"].pk
        fixed: dict[int, dict[str, Any]] = {
            0: {
                "status": "published",
                "owner": somchai,
                "lang": "both",
                "verified": True,
                "founded": 2017,
            },
            1: {"status": "draft", "owner": somchai, "lang": "both", "founded": 2025},
            2: {
                "status": "published",
                "owner": malee,
                "lang": "both",
                "youth": True,
                "founded": 2021,
            },
            3: {"status": "changes_requested", "owner": malee, "youth": True},
            4: {"status": "submitted", "owner": malee, "youth": True},
        }
        plan: dict[str, Any] = {"card": self.deck[i]}
        if i in fixed:
            plan.update(fixed[i])
        # Then one published venture in each Thai region and in each CLMV country.
        elif i < REGION_SLOTS:
            plan.update(region=REGIONS[i - len(FIRST_CONCEPTS)], status="published")
        elif i < CLMV_SLOTS:
            plan.update(status="published")
        return plan

    def _plan_venture(self, i: int) -> _PlannedVenture:
        rng = random.Random(self.seed * 1_000_003 + i)  # noqa: S311 (demo data, reproducible on purpose)
        fixed = self._fixed_plan(i)
        card = fixed.get("card")
        if card is None:  # past the end of the deck: any concept, texts repeat
            country = _pick(rng, CLMV_ORDER) if rng.random() < 0.04 else "TH"
        else:
            country = card.country if isinstance(card, ClmvConcept) else "TH"
        status = fixed.get("status") or self._status(rng)
        if country == "TH":
            return self._plan_thai(i, rng, fixed, status)
        return self._plan_clmv(i, rng, country, status, card)

    @staticmethod
    def _status(rng: random.Random) -> str:
        r = rng.random()
        for limit, status in (
            (0.80, VentureStatus.PUBLISHED),
            (0.86, VentureStatus.DRAFT),
            (0.91, VentureStatus.SUBMITTED),
            (0.94, VentureStatus.CHANGES_REQUESTED),
            (0.965, VentureStatus.REJECTED),
        ):
            if r < limit:
                return status
        return VentureStatus.ARCHIVED

    def _plan_thai(self, i: int, rng: random.Random, fixed: dict[str, Any], status: str) -> _PlannedVenture:
        concept: Concept = fixed["card"] if "card" in fixed else _pick(rng, CONCEPTS)
        if "region" in fixed:  # the deck put a concept that belongs in this region here
            region_abbrs = {p.abbr_en for p in self.provinces_by_region[fixed["region"]]}
            fitting = sorted(region_abbrs.intersection(concept.provinces)) or sorted(region_abbrs)
            province = self.province_by_abbr[_pick(rng, fitting)]
        elif concept.provinces:
            province = self.province_by_abbr[_pick(rng, concept.provinces)]
        else:
            province = _pick(rng, self.provinces)
        region = province.region.slug
        if concept.urban or rng.random() < 0.3:
            place_th, place_en = province.name_th, province.name_en
        else:
            place_th, place_en = _pick(rng, content.VILLAGES[region])
        form = _pick(rng, concept.forms)
        if concept.brands and (form in content.COMPANY or rng.random() < 0.5):
            brand_th, brand_en = _pick(rng, concept.brands)
            suffix_th, suffix_en = _pick(rng, content.BRAND_SUFFIXES)
            pattern_th, pattern_en = content.BRAND_NAMES[form]
            name_th = pattern_th.format(brand=brand_th + suffix_th)
            name_en = pattern_en.format(brand=brand_en + suffix_en)
        else:
            pattern_th, pattern_en = content.COMMUNITY_NAMES[form]
            name_th = pattern_th.format(core=concept.core_th, place=place_th)
            name_en = pattern_en.format(core=concept.core_en, place=place_en)
        founded = fixed.get("founded") or ANCHOR_DATE.year - 1 - int(rng.triangular(0, 17, 3))
        n = rng.randint(3, 40)
        people = rng.randint(12, 2500) * 10
        where_th = province.name_th if province.abbr_en == "BKK" else f"จังหวัด{province.name_th}"
        unit_th, unit_en = ("ชุมชน", "communities") if concept.urban else ("หมู่บ้าน", "villages")
        slots = {
            "place_th": place_th,
            "place_en": place_en,
            "province_th": where_th,
            "province_en": province.name_en,
            "n": n,
        }
        indicator = concept.indicator
        result_th, result_en = stories.result_of(
            indicator.name_th, indicator.name_en, indicator.unit, rng.randint(*indicator.baseline)
        )
        facts = stories.Facts(
            year=founded,
            where_th=where_th,
            where_en=province.name_en,
            n=n,
            unit_th=unit_th,
            unit_en=unit_en,
            people=people,
            team=rng.randint(4, 60),
            result_th=result_th,
            result_en=result_en,
        )
        ending_th, ending_en = stories.ending(rng, facts, area=concept.area)
        description_th = concept.how_th.format(**slots) + "\n\n" + ending_th
        description_en = concept.how_en.format(**slots) + "\n\n" + ending_en
        texts = {
            "name_th": name_th,
            "name_en": name_en,
            "summary_th": concept.summary_th.format(**slots),
            "summary_en": concept.summary_en.format(**slots),
            "problem_th": concept.problem_th.format(**slots),
            "problem_en": concept.problem_en.format(**slots),
            "description_th": description_th,
            "description_en": description_en,
        }
        lang = fixed.get("lang") or _language(rng, concept)
        if lang in ("th", "th+"):
            keep = ("name_en", "summary_en") if lang == "th+" else ()
            for key in ("name_en", "summary_en", "problem_en", "description_en"):
                if key not in keep:
                    texts[key] = ""
        elif lang == "en":
            for key in ("name_th", "summary_th", "problem_th", "description_th"):
                texts[key] = ""
        slug = self._unique_slug(name_en, concept.key)
        youth = fixed.get("youth", rng.random() < concept.youth_share)
        return self._finish(
            i,
            rng,
            slug=slug,
            texts=texts,
            concept=concept,
            area_slug=concept.area,
            also=concept.also,
            country="TH",
            province=province,
            form=form,
            founded=founded,
            status=status,
            youth=youth,
            fixed=fixed,
            display_name=name_th or name_en,
            place_th=place_th,
            place_en=place_en,
        )

    def _plan_clmv(
        self, i: int, rng: random.Random, country: str, status: str, card: Concept | ClmvConcept | None
    ) -> _PlannedVenture:
        concept = (
            card if isinstance(card, ClmvConcept) else _pick(rng, [c for c in CLMV_CONCEPTS if c.country == country])
        )
        city_native, city_en, city_th = concept.city if concept.city[0] else _pick(rng, CLMV_CITIES[country])
        native = concept.native.format(city=city_native)
        english = concept.english.format(city=city_en)
        founded = ANCHOR_DATE.year - 1 - int(rng.triangular(0, 12, 3))
        place = self.countries[country]
        ending_en, ending_th = stories.clmv_ending(
            rng,
            area=concept.area,
            year=founded,
            city_en=city_en,
            city_th=city_th,
            country_en=place.name_en,
            country_th=place.name_th,
        )
        summary_en = concept.summary_en.format(city=city_en)
        summary_th = concept.summary_th.format(city_th=city_th)
        description_th = ""
        if concept.description_th:
            description_th = f"{summary_th} {concept.description_th}\n\n{ending_th}".lstrip()
        texts = {
            "name_th": "",
            "name_en": f"{native} ({english})",
            "summary_th": summary_th,
            "summary_en": summary_en,
            "problem_th": concept.problem_th,
            "problem_en": concept.problem_en,
            "description_th": description_th,
            "description_en": f"{summary_en} {concept.description_en}\n\n{ending_en}",
        }
        slug = self._unique_slug(f"{english} {country}", "clmv-venture")
        return self._finish(
            i,
            rng,
            slug=slug,
            texts=texts,
            concept=concept,
            area_slug=concept.area,
            also=(),
            country=country,
            province=None,
            form=_pick(rng, ("community_enterprise", "social_enterprise_osep", "unregistered_group", "cooperative")),
            founded=founded,
            status=status,
            youth=rng.random() < 0.2,
            fixed={},
            display_name=texts["name_en"],
            place_th=city_th,
            place_en=city_en,
        )

    def _finish(
        self,
        i: int,
        rng: random.Random,
        *,
        slug: str,
        texts: dict[str, str],
        concept: Concept | ClmvConcept,
        area_slug: str,
        also: tuple[str, ...],
        country: str,
        province: Province | None,
        form: str,
        founded: int,
        status: str,
        youth: bool,
        fixed: dict[str, Any],
        display_name: str,
        place_th: str,
        place_en: str,
    ) -> _PlannedVenture:
        """Dates, status fields, contact details, areas, SDGs and audit rows shared by every venture."""
        earliest = max(datetime.date(founded, 1, 1), datetime.date(2019, 1, 1))
        span = max(10, (ANCHOR_DATE - earliest).days)
        first_published = _at(earliest + _days(rng.randint(0, span - 5)), rng.randint(8, 18), rng.randint(0, 59))
        reviewer = _pick(rng, (self.staff["nia_reviewer"], self.staff["undp_reviewer"]))
        owner = fixed.get("owner")
        values: dict[str, Any] = {}
        audit: list[tuple[str, str, str, int | None, str, datetime.datetime]] = []
        if status in (VentureStatus.PUBLISHED, VentureStatus.ARCHIVED):
            values.update(
                submitted_at=first_published - _days(rng.randint(1, 14)),
                published_at=first_published,
                first_published_at=first_published,
                status_changed_at=first_published,
            )
            audit.append(("venture.publish", "submitted", "published", reviewer, "", first_published))
            if status == VentureStatus.ARCHIVED:
                archived = _not_after_anchor(first_published + _days(rng.randint(60, 500)))
                values.update(archived_at=archived, status_changed_at=archived)
                audit.append(("venture.archive", "published", "archived", reviewer, "", archived))
        elif status == VentureStatus.DRAFT:
            audit.append(("venture.create", "", "draft", owner, "", ANCHOR - _days(rng.randint(1, 90))))
        else:
            submitted = ANCHOR - _days(rng.randint(3, 45))
            values.update(submitted_at=submitted, status_changed_at=submitted)
            if status == VentureStatus.SUBMITTED:
                audit.append(("venture.submit", "draft", "submitted", owner, "", submitted))
            else:
                note = _pick(rng, content.MODERATION_NOTES[status])
                decided = submitted + _days(rng.randint(1, 3))
                values.update(moderation_note=note, status_changed_at=decided)
                action = "venture.request_changes" if status == VentureStatus.CHANGES_REQUESTED else "venture.reject"
                audit.append((action, "submitted", status, reviewer, note, decided))
        verified = status == VentureStatus.PUBLISHED and fixed.get("verified", rng.random() < 0.35)
        if verified:
            verified_at = _not_after_anchor(first_published + _days(rng.randint(7, 200)))
            note = _pick(rng, content.VERIFICATION_NOTES)
            values.update(verified=True, verified_at=verified_at, verified_by_id=reviewer, verification_note=note)
            audit.append(("venture.verify", "unverified", "verified", reviewer, note, verified_at))
        juristic = ""
        registered = (LegalForm.COMPANY, LegalForm.SOCIAL_ENTERPRISE_OSEP, LegalForm.FOUNDATION, LegalForm.COOPERATIVE)
        if form in registered and country == "TH":
            juristic = self._juristic_id(rng, form, founded, province)
        host = slug[:40].strip("-")
        website = f"https://{host}.example.org/" if rng.random() < 0.45 else ""
        email = f"contact@{host}.example.org" if rng.random() < 0.7 else ""
        phone = ""
        if country == "TH" and rng.random() < 0.5:
            phone = f"0{_pick(rng, '689')}{rng.randint(0, 9)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        public = bool(email or phone) and rng.random() < 0.45
        if public:
            values.update(contact_public=True, contact_consent_at=values.get("submitted_at") or first_published)
        area_slugs = [area_slug]
        for extra in also:
            if len(area_slugs) < 3 and rng.random() < 0.35:
                area_slugs.append(extra)
        area_ids = [self.areas[a].pk for a in area_slugs]
        pool = sorted({s for a in area_slugs for s in self.area_sdgs[a]})
        primary_sdgs = self.area_sdgs[area_slug]
        sdg_ids = {_pick(rng, primary_sdgs)} if primary_sdgs else set()
        if pool:
            sdg_ids.update(rng.sample(pool, min(len(pool), rng.randint(0, 2))))
        stage = rng.choices(list(Stage.values), weights=(10, 24, 30, 23, 13))[0]
        venture = Venture(
            slug=slug,
            **texts,
            stage=stage,
            legal_form=form,
            juristic_id=juristic,
            country_id=self.countries[country].pk,
            province_id=province.pk if province else None,
            website=website,
            contact_email=email,
            contact_phone=phone,
            founded_year=founded,
            youth_led=youth,
            status=status,
            owner_id=owner,
            **values,
        )
        info = VentureInfo(
            index=i,
            pk=0,
            slug=slug,
            country=country,
            province_id=province.pk if province else None,
            region=province.region.slug if province else None,
            area_id=area_ids[0],
            concept=concept,
            status=status,
            youth_led=youth,
            founded_year=founded,
            published_at=values.get("published_at"),
            owner_id=owner,
            display_name=display_name,
            place_th=place_th,
            place_en=place_en,
        )
        return _PlannedVenture(venture, info, area_ids, sorted(sdg_ids), audit)

    def _juristic_id(self, rng: random.Random, form: str, founded: int, province: Province | None) -> str:
        """A valid 13-digit juristic-person ID: registrar, type, Buddhist-era year, running number, check digit."""
        registrar = {"north": 50, "northeast": 40, "central": 10, "east": 20, "west": 70, "south": 90}
        office = registrar[province.region.slug] if province else 10
        kind = {"company": 5, "social_enterprise_osep": 5, "foundation": 9, "cooperative": 3}[form]
        first12 = f"0{office:02d}{kind}{(founded + 543) % 1000:03d}{rng.randint(0, 99999):05d}"
        return first12 + str(thai_id_check_digit(first12))

    def _memberships(self) -> None:
        # The owners are Venture.owner; the team's memberships are its other people.
        rows: list[VentureMembership] = []
        if self.infos and self.infos[0].owner_id:
            # Malee helps on Somchai's rice venture: a team member who is not the owner.
            rows.append(
                VentureMembership(
                    venture_id=self.infos[0].pk,
                    user_id=self.users["entrepreneur2"].pk,
                    role=VentureMembership.Role.EDITOR,
                )
            )
        VentureMembership.objects.bulk_create(rows)

    def _owners_for(self, infos: Iterable[VentureInfo]) -> None:
        """Give every venture that applies for a grant an owner (an entrepreneur with a profile and consent)."""
        ownerless = sorted({v.index: v for v in infos if v.owner_id is None}.values(), key=lambda v: v.index)
        if not ownerless:
            return
        users = []
        for v in ownerless:
            users.append(
                User(
                    email=f"founder.{v.index:06d}@demo.registry.example",
                    full_name=self.faker.name(),
                    date_joined=v.published_at or ANCHOR,
                    email_verified_at=v.published_at or ANCHOR,
                    # An unusable password ("!" prefix): these founders cannot log in.
                    password="!seeded-demo-founder",  # noqa: S106
                )
            )
        users = User.objects.bulk_create(users, batch_size=BATCH_SIZE)
        profiles, consents = [], []
        for v, user in zip(ownerless, users, strict=True):
            v.owner_id = user.pk
            born = datetime.date(ANCHOR_DATE.year - (24 if v.youth_led else 38), 1, 1) + _days(v.index % 3000)
            profiles.append(
                Entrepreneur(
                    user_id=user.pk,
                    name_th=user.full_name,
                    phone=self.faker.phone_number()[:30],
                    date_of_birth=born,
                )
            )
            consents.append(
                ConsentRecord(
                    user_id=user.pk,
                    purpose=ConsentRecord.Purpose.REGISTRY_PROCESSING,
                    text_version=CONSENT_VERSION,
                    given_at=user.date_joined,
                )
            )
        Entrepreneur.objects.bulk_create(profiles, batch_size=BATCH_SIZE)
        ConsentRecord.objects.bulk_create(consents, batch_size=BATCH_SIZE)
        Venture.objects.bulk_update(
            [Venture(pk=v.pk, owner_id=v.owner_id) for v in ownerless], ["owner"], batch_size=BATCH_SIZE
        )

    # --- grants ----------------------------------------------------------------------------------

    def _grants(self) -> None:
        self._say("Grants, reviews, awards, disbursements and co-investment…")
        rng = self._rng("grants")
        published = [v for v in self.infos if v.status == VentureStatus.PUBLISHED]
        thai = [v for v in published if v.country == "TH"]
        clmv = [v for v in published if v.country != "TH"]
        # Which ventures win which call.
        awards: list[tuple[VentureInfo, CallPlan]] = []
        project_calls = [self.call_plans[f"project-grants-fy{y + 543}"] for y in range(2019, 2026)]
        scale_calls = [self.call_plans["scale-up-2022"], self.call_plans["scale-up-2024"]]
        clmv_call = self.call_plans["ric-clmv-grants-2024"]
        clmv_winners = [
            next(v for v in clmv if v.country == c) for c in CLMV_ORDER if any(v.country == c for v in clmv)
        ]
        extra_clmv = [v for v in clmv if v not in clmv_winners][:1]
        clmv_winners += extra_clmv
        n_scale = SCALE_UP_AWARDS_PER_CALL * len(scale_calls)
        n_project = TARGET_AWARDS - n_scale - len(clmv_winners)
        per_call = spread(Decimal(n_project), [8, 10, 11, 12, 13, 14, 14], step=1)
        used: set[int] = set()
        winners_by_year: dict[int, list[VentureInfo]] = defaultdict(list)
        for plan, count in zip(project_calls, per_call, strict=True):
            chosen = self._choose(rng, thai, int(count), plan.year, used)
            if plan.year == 2024 and self.infos and self.infos[0].status == VentureStatus.PUBLISHED:
                first = self.infos[0]  # Somchai's venture holds a grant (the demo entrepreneur's evidence)
                if first not in chosen:
                    chosen = [first, *chosen[:-1]] if chosen else [first]
                    used.add(first.pk)
            winners_by_year[plan.year].extend(chosen)
            awards.extend((v, plan) for v in chosen)
        for plan in scale_calls:
            earlier = [v for y, vs in winners_by_year.items() if y < plan.year for v in vs]
            pool = earlier if len(earlier) >= SCALE_UP_AWARDS_PER_CALL else thai
            chosen = self._choose(rng, pool, SCALE_UP_AWARDS_PER_CALL, plan.year, set())
            awards.extend((v, plan) for v in chosen)
        awards.extend((v, clmv_call) for v in clmv_winners)
        # How much each award is: scale-up and CLMV amounts fixed, project grants fill up to the target.
        amounts_thb: list[Decimal] = []
        fixed_total = Decimal(0)
        flexible: list[int] = []
        for k, (_venture, plan) in enumerate(awards):
            if plan.programme == "scale-up":
                amount = Decimal(rng.randint(180, 300) * 10_000)
            elif plan.slug == clmv_call.slug:
                amount = Decimal(rng.randint(25, 60) * 10_000)
            else:
                amount = Decimal(0)
                flexible.append(k)
            amounts_thb.append(amount)
            fixed_total += amount
        if flexible:
            shares = spread(TARGET_GRANTED_THB - fixed_total, [rng.uniform(0.5, 1.7) for _ in flexible])
            for k, amount in zip(flexible, shares, strict=True):
                amounts_thb[k] = amount
        self._owners_for(v for v, _plan in awards)
        # Applications that did not (yet) win: rejected, in the pipeline, or on the open call.
        others = self._other_applications(rng, thai, clmv, awards)
        self._owners_for(v for v, _plan, _status in others)
        self._write_applications(rng, awards, amounts_thb, others)

    @staticmethod
    def _choose(
        rng: random.Random, pool: list[VentureInfo], count: int, year: int, used: set[int]
    ) -> list[VentureInfo]:
        candidates = [v for v in pool if v.founded_year <= year and v.pk not in used] or [
            v for v in pool if v.pk not in used
        ]
        if len(candidates) < count:
            candidates = list(pool)
        chosen = rng.sample(candidates, min(count, len(candidates)))
        used.update(v.pk for v in chosen)
        return chosen

    def _other_applications(
        self,
        rng: random.Random,
        thai: list[VentureInfo],
        clmv: list[VentureInfo],
        awards: list[tuple[VentureInfo, CallPlan]],
    ) -> list[tuple[VentureInfo, CallPlan, str]]:
        S = ApplicationStatus
        others: list[tuple[VentureInfo, CallPlan, str]] = []
        taken = {(v.pk, plan.slug) for v, plan in awards}

        def add(plan: CallPlan, statuses: Sequence[str], pool: list[VentureInfo]) -> None:
            candidates = [v for v in pool if (v.pk, plan.slug) not in taken]
            for venture, status in zip(
                rng.sample(candidates, min(len(statuses), len(candidates))), statuses, strict=False
            ):
                taken.add((venture.pk, plan.slug))
                others.append((venture, plan, status))

        for year in range(2019, 2026):
            add(
                self.call_plans[f"project-grants-fy{year + 543}"],
                [S.REJECTED, S.REJECTED, S.WITHDRAWN][: 2 + year % 2],
                thai,
            )
        add(self.call_plans["scale-up-2024"], [S.REJECTED, S.REJECTED], thai)
        add(self.call_plans["ric-clmv-grants-2024"], [S.REJECTED], clmv)
        in_progress = [S.IN_REVIEW] * 6 + [S.SCREENING] * 3 + [S.SUBMITTED] * 4 + [S.REJECTED] * 2
        add(self.call_plans["project-grants-fy2569"], in_progress, thai)
        open_call = self.call_plans["project-grants-fy2570"]
        if self.infos and self.infos[0].status == VentureStatus.PUBLISHED:
            taken.add((self.infos[0].pk, open_call.slug))
            others.append((self.infos[0], open_call, S.DRAFT))  # Somchai is writing a new application
        add(open_call, [S.SUBMITTED] * 3 + [S.DRAFT] * 2, thai)
        youth_call = self.call_plans["youth-colab-2026"]
        if len(self.infos) > 2 and self.infos[2].status == VentureStatus.PUBLISHED:
            taken.add((self.infos[2].pk, youth_call.slug))
            others.append((self.infos[2], youth_call, S.SUBMITTED))  # Malee applied to Youth Co:Lab
        add(youth_call, [S.SUBMITTED] * 2, [v for v in thai if v.youth_led])
        return others

    def _write_applications(
        self,
        rng: random.Random,
        awards: list[tuple[VentureInfo, CallPlan]],
        amounts_thb: list[Decimal],
        others: list[tuple[VentureInfo, CallPlan, str]],
    ) -> None:
        S = ApplicationStatus
        rows: list[tuple[VentureInfo, CallPlan, str, Decimal | None]] = [
            (v, plan, S.APPROVED, amount) for (v, plan), amount in zip(awards, amounts_thb, strict=True)
        ]
        rows += [(v, plan, status, None) for v, plan, status in others]
        applications = []
        facts = []
        for venture, plan, status, amount_thb in rows:
            currency = CLMV_CURRENCY.get(venture.country, "THB")
            rate = DEMO_RATES.get(currency, Decimal(1))
            base_thb = amount_thb or Decimal(rng.randint(30, 140) * 10_000)
            requested_thb = (base_thb * Decimal(str(rng.choice((1, 1, 1.05, 1.1, 1.2))))).quantize(Decimal("1000"))
            requested_thb = max(requested_thb, base_thb)
            submitted = _at(plan.closes - _days(rng.randint(1, 25)), rng.randint(9, 20))
            if plan.status == Call.Status.OPEN:
                submitted = _not_after_anchor(_at(plan.opens + _days(rng.randint(1, 20)), rng.randint(9, 20)))
            decided = _at(plan.closes + _days(rng.randint(60, 150)), 14)
            award_date = decided.date()
            planned_start = award_date + _days(30)
            concept = venture.concept
            if isinstance(concept, Concept):
                if plan.programme == "scale-up":
                    title = f"โครงการขยายผล{concept.core_th}สู่ {rng.randint(3, 12)} จังหวัด"
                else:
                    title = f"โครงการพัฒนาและนำร่อง{concept.core_th} {venture.place_th}"
                summary = (concept.summary_th or concept.summary_en).format(**self._slots(venture))
            else:
                title = f"{concept.english.format(city=venture.place_en)}: community pilot"
                summary = concept.summary_en.format(city=venture.place_en)
            application = GrantApplication(
                venture_id=venture.pk,
                call_id=self.calls[plan.slug].pk,
                applicant_id=venture.owner_id,
                title=title[:250],
                summary=summary,
                requested_amount=(requested_thb * rate).quantize(CENT),
                currency=currency,
                planned_start=planned_start,
                planned_end=planned_start + _days(365),
                status=status,
                submitted_at=None if status == S.DRAFT else submitted,
                status_changed_at=None if status == S.DRAFT else submitted,
            )
            if status in (S.APPROVED, S.REJECTED):
                if plan.status == Call.Status.CLOSED and plan.year >= 2026:
                    decided = _not_after_anchor(_at(plan.closes + _days(rng.randint(20, 60)), 14))
                application.decided_at = decided
                application.status_changed_at = decided
            if status == S.REJECTED:
                application.decision_reason = _pick(rng, content.REJECTION_REASONS)
            if status in (S.SCREENING, S.IN_REVIEW, S.WITHDRAWN):
                application.status_changed_at = _not_after_anchor(submitted + _days(rng.randint(10, 40)))
            applications.append(application)
            facts.append((venture, plan, status, amount_thb, award_date))
        applications = GrantApplication.objects.bulk_create(applications, batch_size=BATCH_SIZE)
        self.report.applications = len(applications)
        app_ct_actions: dict[str, tuple[str, str]] = {
            S.APPROVED: ("application.approve", S.IN_REVIEW),
            S.IN_REVIEW: ("application.pass_screening", S.SCREENING),
            S.SCREENING: ("application.screen", S.SUBMITTED),
            S.SUBMITTED: ("application.submit", S.DRAFT),
            S.WITHDRAWN: ("application.withdraw", S.SUBMITTED),
            S.DRAFT: ("application.create", ""),
        }
        reviews: list[Review] = []
        review_scores: list[tuple[int, list[tuple[int, int]]]] = []
        votes, budget_lines, answers = [], [], []
        award_rows: list[tuple[Award, GrantApplication, VentureInfo, CallPlan, list[int]]] = []
        agreement_seq: dict[int, int] = defaultdict(int)
        ordered = sorted(zip(applications, facts, strict=True), key=lambda pair: (pair[1][4], pair[0].pk))
        for application, (venture, plan, status, amount_thb, award_date) in ordered:
            applicant = venture.owner_id
            screened_out = status == S.REJECTED and rng.random() < 0.5
            approvers: list[int] = []
            if status == S.APPROVED:
                assert amount_thb is not None
                call = self.calls[plan.slug]
                amount = (amount_thb * DEMO_RATES.get(application.currency, Decimal(1))).quantize(CENT)
                # The same rule as grants.services.approvals_needed (amount in the application's currency).
                two = amount > call.four_eyes_threshold
                first = _pick(rng, (self.staff["approver"], self.staff["approver2"]))
                approvers = [first]
                if two:
                    approvers.append(
                        self.staff["approver2"] if first == self.staff["approver"] else self.staff["approver"]
                    )
                for approver in approvers:
                    votes.append(ApprovalVote(application_id=application.pk, approver_id=approver, amount=amount))
                agreement_seq[award_date.year] += 1
                award = Award(
                    application_id=application.pk,
                    amount=amount,
                    currency=application.currency,
                    amount_thb=amount_thb,
                    award_date=award_date,
                    agreement_number=f"NIA-SI-{award_date.year}-{agreement_seq[award_date.year]:04d}",
                )
                award_rows.append((award, application, venture, plan, approvers))
                self._audit(
                    GrantApplication,
                    application.pk,
                    "application.approve",
                    at=application.decided_at or ANCHOR,
                    actor=approvers[-1],
                    from_status=S.IN_REVIEW,
                    to_status=S.APPROVED,
                )
            elif status == S.REJECTED:
                self._audit(
                    GrantApplication,
                    application.pk,
                    "application.fail_screening" if screened_out else "application.reject",
                    at=application.decided_at or ANCHOR,
                    actor=self.staff["nia_reviewer"] if screened_out else self.staff["approver"],
                    from_status=S.SCREENING if screened_out else S.IN_REVIEW,
                    to_status=S.REJECTED,
                    reason=application.decision_reason,
                )
            else:
                action, before = app_ct_actions[status]
                self._audit(
                    GrantApplication,
                    application.pk,
                    action,
                    at=application.status_changed_at or _at(ANCHOR_DATE - _days(5)),
                    actor=applicant if status in (S.DRAFT, S.SUBMITTED, S.WITHDRAWN) else self.staff["nia_reviewer"],
                    from_status=before,
                    to_status=status,
                )
            # Reviews: both reviewers on decided applications, one done and one pending while in review.
            if status in (S.APPROVED, S.IN_REVIEW) or (status == S.REJECTED and not screened_out):
                criteria = self.criteria[plan.slug]
                for k, reviewer in enumerate((self.staff["nia_reviewer"], self.staff["undp_reviewer"])):
                    done = status != S.IN_REVIEW or k == 0
                    low, high = (3, 5) if status != S.REJECTED else (1, 3)
                    recommendation = ""
                    if done:
                        recommendation = (
                            _pick(rng, ("fund", "fund", "fund_with_changes")) if status != S.REJECTED else "do_not_fund"
                        )
                    reviews.append(
                        Review(
                            application_id=application.pk,
                            reviewer_id=reviewer,
                            recommendation=recommendation,
                            comment=_pick(rng, content.REVIEW_COMMENTS[recommendation]) if done else "",
                            submitted_at=_not_after_anchor(_at(plan.closes + _days(20 + 7 * k), 15)) if done else None,
                        )
                    )
                    review_scores.append(
                        (
                            len(reviews) - 1,
                            [(c.pk, min(c.max_score, rng.randint(low, high))) for c in criteria] if done else [],
                        )
                    )
            # Budget lines add up to the amount requested.
            remaining = application.requested_amount
            for k, (item, share) in enumerate(content.BUDGET_ITEMS):
                line = (
                    remaining
                    if k == len(content.BUDGET_ITEMS) - 1
                    else (application.requested_amount * Decimal(str(share))).quantize(CENT)
                )
                remaining -= line
                budget_lines.append(BudgetLine(application_id=application.pk, item=item, amount=line))
            if status != S.DRAFT or rng.random() < 0.5:
                for question in self.questions[plan.slug]:
                    answers.append(
                        ApplicationAnswer(
                            application_id=application.pk,
                            question_id=question.pk,
                            text=self._answer(venture, question),
                        )
                    )
        saved_reviews = Review.objects.bulk_create(reviews, batch_size=BATCH_SIZE)
        ReviewScore.objects.bulk_create(
            [
                ReviewScore(review_id=saved_reviews[k].pk, criterion_id=criterion, score=score)
                for k, scores in review_scores
                for criterion, score in scores
            ],
            batch_size=BATCH_SIZE,
        )
        ApprovalVote.objects.bulk_create(votes, batch_size=BATCH_SIZE)
        BudgetLine.objects.bulk_create(budget_lines, batch_size=BATCH_SIZE)
        ApplicationAnswer.objects.bulk_create(answers, batch_size=BATCH_SIZE)
        self._write_awards(rng, award_rows)

    def _slots(self, venture: VentureInfo) -> dict[str, Any]:
        province = next((p for p in self.provinces if p.pk == venture.province_id), None)
        where_th = ""
        if province is not None:
            where_th = province.name_th if province.abbr_en == "BKK" else f"จังหวัด{province.name_th}"
        return {
            "place_th": venture.place_th,
            "place_en": venture.place_en,
            "province_th": where_th,
            "province_en": province.name_en if province else "",
            "n": 10,
        }

    def _answer(self, venture: VentureInfo, question: CallQuestion) -> str:
        concept = venture.concept
        if isinstance(concept, Concept):
            if question.order == 0:
                return (concept.problem_th or concept.problem_en).format(**self._slots(venture))
            if question.order == 1:
                return f"ติดตามตัวชี้วัด “{concept.indicator.name_th}” ทุกไตรมาส เทียบกับค่าฐานก่อนเริ่มโครงการ"
            return "รายได้จากการขายสินค้าและบริการ และค่าสมาชิกจากชุมชน"
        return concept.description_en

    def _write_awards(
        self, rng: random.Random, award_rows: list[tuple[Award, GrantApplication, VentureInfo, CallPlan, list[int]]]
    ) -> None:
        awards = [row[0] for row in award_rows]
        tranche_rows: list[Disbursement] = []
        for award, _application, _venture, _plan, _approvers in award_rows:
            fractions = _pick(rng, ((Decimal("0.6"),), (Decimal("0.4"), Decimal("0.4")), (Decimal("0.3"),) * 3))
            parts = [(award.amount * f).quantize(Decimal("1")) for f in fractions]
            parts.append(award.amount - sum(parts))
            planned = award.award_date + _days(15)
            age_years = ANCHOR_DATE.year - award.award_date.year
            paid_count = len(parts) if age_years >= 3 else min(len(parts) - 1, max(1, age_years))
            paid_total = Decimal(0)
            last_paid = award.award_date
            for k, part in enumerate(parts):
                paid = k < paid_count and planned + _days(10) <= ANCHOR_DATE
                paid_date = planned + _days(rng.randint(0, 10)) if paid else None
                if paid and paid_date is not None:
                    paid_total += part
                    last_paid = paid_date
                tranche_rows.append(
                    Disbursement(
                        award=award,
                        sequence=k + 1,
                        amount=part,
                        planned_date=planned,
                        paid_date=paid_date,
                        status=Disbursement.Status.PAID if paid else Disbursement.Status.PLANNED,
                    )
                )
                planned += _days(rng.randint(120, 180))
            award.amount_disbursed = paid_total
            award.amount_disbursed_thb = (award.amount_thb * paid_total / award.amount).quantize(CENT)
            if paid_total == award.amount and age_years >= 3:
                award.status = Award.Status.CLOSED
                award.closed_at = _not_after_anchor(_at(last_paid + _days(60), 11))
                award.final_report = "รายงานฉบับสมบูรณ์: โครงการดำเนินการครบตามแผน ตัวชี้วัดผลลัพธ์บรรลุเป้าหมาย"
        awards = Award.objects.bulk_create(awards, batch_size=BATCH_SIZE)
        self.report.awards = len(awards)
        approver_through = Award.approvers.through
        approver_through.objects.bulk_create(
            [
                approver_through(award_id=award.pk, user_id=user_id)
                for award, _a, _v, _p, approvers in award_rows
                for user_id in approvers
            ],
            batch_size=BATCH_SIZE,
        )
        for tranche in tranche_rows:
            tranche.award_id = tranche.award.pk
        Disbursement.objects.bulk_create(tranche_rows, batch_size=BATCH_SIZE)
        for award, _application, _venture, _plan, approvers in award_rows:
            self._audit(
                Award,
                award.pk,
                "award.create",
                at=_at(award.award_date, 15),
                actor=approvers[-1],
                to_status=Award.Status.ACTIVE,
                reason=award.agreement_number,
            )
        for tranche in tranche_rows:
            if tranche.status == Disbursement.Status.PAID and tranche.paid_date:
                self._audit(
                    Award,
                    tranche.award.pk,
                    "award.pay_tranche",
                    at=_at(tranche.paid_date, 11),
                    actor=self.finance_id,
                    from_status="planned",
                    to_status="paid",
                    reason=f"{tranche.sequence}: {tranche.amount}",
                )
        for award in awards:
            if award.status == Award.Status.CLOSED and award.closed_at:
                self._audit(
                    Award,
                    award.pk,
                    "award.close",
                    at=award.closed_at,
                    actor=self.finance_id,
                    from_status="active",
                    to_status="closed",
                )
        self._coinvestment(rng, award_rows)
        self.awarded = award_rows

    def _coinvestment(
        self, rng: random.Random, award_rows: list[tuple[Award, GrantApplication, VentureInfo, CallPlan, list[int]]]
    ) -> None:
        planned: list[tuple[Award, VentureInfo, bool, float]] = []
        for award, _application, venture, _plan, _approvers in award_rows:
            for _ in range(rng.randint(1, 3)):
                planned.append((award, venture, True, rng.lognormvariate(0, 1.1)))
            if rng.random() < 0.3:
                planned.append((award, venture, False, 0.0))
        verified_weights = [w for _a, _v, verified, w in planned if verified]
        verified_amounts = iter(spread(TARGET_LEVERAGED_THB, verified_weights) if verified_weights else [])
        rows = []
        for award, venture, verified, _w in planned:
            thb = next(verified_amounts) if verified else Decimal(rng.randint(5, 80) * 10_000)
            currency = award.currency
            rate = DEMO_RATES.get(currency, Decimal(1))
            source, kind = _pick(rng, content.COINVESTORS)
            if venture.country != "TH":
                source, kind = "UNDP Accelerator Lab (demo)", "international"
            date = min(ANCHOR_DATE - _days(1), award.award_date + _days(rng.randint(20, 700)))
            rows.append(
                CoInvestment(
                    venture_id=venture.pk,
                    award_id=award.pk,
                    source=source,
                    source_kind=kind,
                    amount=(thb * rate).quantize(CENT),
                    currency=currency,
                    amount_thb=thb,
                    date=date,
                    verified=verified,
                    verified_by_id=self.finance_id if verified else None,
                    verified_at=_at(min(ANCHOR_DATE, date + _days(14)), 11) if verified else None,
                )
            )
            self._audit(
                Venture,
                venture.pk,
                "coinvestment.record",
                at=_at(date, 11),
                actor=self.finance_id,
                to_status="verified" if verified else "unverified",
                reason=f"{source}: {(thb * rate).quantize(CENT)} {currency}",
            )
        CoInvestment.objects.bulk_create(rows, batch_size=BATCH_SIZE)

    # --- programme participation and impact ------------------------------------------------------

    def _participations(self) -> None:
        self._say("Participations in the five programmes…")
        rng = self._rng("participations")
        published = [v for v in self.infos if v.status == VentureStatus.PUBLISHED]
        thai = [v for v in published if v.country == "TH"]
        rows: list[Participation] = []
        nia = self.partners.get("nia")
        for award, _application, venture, plan, _approvers in self.awarded:
            scale = plan.programme == "scale-up"
            rows.append(
                Participation(
                    venture_id=venture.pk,
                    programme=self.programmes[plan.programme],
                    call=self.calls[plan.slug],
                    partner=self.partners.get(plan.partner) or nia,
                    cohort=str(plan.year + 543),
                    start_date=award.award_date,
                    end_date=award.award_date + _days(395),
                    outcome=Participation.Outcome.SCALED if scale else Participation.Outcome.GRANTED,
                )
            )
        regional = {
            "north": ("cmu-science-park", "northern-se-incubator"),
            "northeast": ("kku-incubator", "isan-impact-hub"),
            "south": ("psu-social-innovation", "southern-coast-accelerator"),
        }
        per_cohort = max(8, round(0.02 * len(published)))
        for cohort, year in enumerate((2021, 2023, 2025), start=1):
            plan = self.call_plans[f"partner-incubation-{year}"]
            for venture in rng.sample(thai, min(per_cohort, len(thai))):
                partner = _pick(rng, regional.get(venture.region or "", content.INCUBATORS))
                start = plan.closes + _days(30)
                rows.append(
                    Participation(
                        venture_id=venture.pk,
                        programme=self.programmes["partner-incubation"],
                        call=self.calls[plan.slug],
                        partner=self.partners[partner],
                        cohort=f"รุ่นที่ {cohort}",
                        start_date=start,
                        end_date=start + _days(180),
                        outcome=Participation.Outcome.GRADUATED if year < 2025 else Participation.Outcome.INCUBATED,
                    )
                )
        youth = [v for v in thai if v.youth_led]
        per_competition = max(16, round(0.015 * len(published)))
        for slug in ("youth-colab-2022", "business-plan-competition-2023", "youth-colab-2024"):
            plan = self.call_plans[slug]
            pool = youth if plan.youth_only else thai
            entrants = rng.sample(pool, min(per_competition, len(pool)))
            malee = self.infos[2] if len(self.infos) > 2 else None
            if slug == "youth-colab-2024" and malee is not None and malee.status == VentureStatus.PUBLISHED:
                # Malee's venture was a finalist (not a winner) of Youth Co:Lab 2024.
                entrants = [v for v in entrants if v is not malee]
                entrants.insert(min(3, len(entrants)), malee)
            prizes = (Decimal(100_000), Decimal(50_000), Decimal(30_000))
            for rank, venture in enumerate(entrants):
                if rank < len(prizes):
                    outcome, prize = Participation.Outcome.WINNER, prizes[rank]
                elif rank < 10:
                    outcome, prize = Participation.Outcome.FINALIST, Decimal(10_000)
                else:
                    outcome, prize = Participation.Outcome.ENTRANT, None
                rows.append(
                    Participation(
                        venture_id=venture.pk,
                        programme=self.programmes["business-plan-competition"],
                        call=self.calls[slug],
                        partner=self.partners.get(plan.partner),
                        cohort=plan.title_en,
                        start_date=plan.closes + _days(14),
                        end_date=plan.closes + _days(75),
                        outcome=outcome,
                        prize_amount=prize,
                        note="รางวัลชนะเลิศ" if rank == 0 else "",
                    )
                )
        granted = [row[2] for row in self.awarded if row[2].country == "TH"]
        per_assessment = max(8, round(0.01 * len(published)))
        self.assessed: list[VentureInfo] = []
        for k, year in enumerate((2023, 2025)):
            plan = self.call_plans[f"sroi-assessment-{year}"]
            pool = granted[k::2] or thai
            chosen = rng.sample(pool, min(per_assessment, len(pool)))
            if year == 2025 and self.infos and self.infos[0].status == VentureStatus.PUBLISHED:
                chosen = [self.infos[0], *[v for v in chosen if v is not self.infos[0]]]
            for venture in chosen:
                self.assessed.append(venture)
                rows.append(
                    Participation(
                        venture_id=venture.pk,
                        programme=self.programmes["social-impact-assessment"],
                        call=self.calls[plan.slug],
                        partner=self.partners[_pick(rng, content.ASSESSORS)],
                        cohort=str(year + 543),
                        start_date=plan.closes + _days(20),
                        end_date=plan.closes + _days(200),
                        outcome=Participation.Outcome.IMPACT_ASSESSED,
                        assessment_method=_pick(rng, content.IMPACT_METHODS),
                        sroi_ratio=Decimal(str(round(rng.uniform(1.4, 6.8), 2))),
                        impact_score=Decimal(str(round(rng.uniform(55, 96), 1))),
                        report_url=f"https://reports.demo.registry.example/sroi/{year}/{venture.slug}.pdf",
                    )
                )
        Participation.objects.bulk_create(rows, batch_size=BATCH_SIZE)
        self.report.participations = len(rows)

    def _impact(self) -> None:
        rng = self._rng("impact")
        chosen: dict[int, VentureInfo] = {}
        for venture in [row[2] for row in self.awarded] + self.assessed:
            chosen[venture.pk] = venture
        published = [v for v in self.infos if v.status == VentureStatus.PUBLISHED and v.pk not in chosen]
        for venture in rng.sample(published, min(len(published), round(0.03 * len(published)))):
            chosen[venture.pk] = venture
        indicators: list[ImpactIndicator] = []
        growths: list[float] = []
        for venture in sorted(chosen.values(), key=lambda v: v.index):
            concept = venture.concept
            if isinstance(concept, ClmvConcept):
                concept = next(c for c in CONCEPTS if c.area == concept.area)
            indicator = concept.indicator
            baseline = Decimal(rng.randint(*indicator.baseline))
            indicators.append(
                ImpactIndicator(
                    venture_id=venture.pk,
                    name_th=indicator.name_th,
                    name_en=indicator.name_en,
                    unit=indicator.unit,
                    baseline=baseline,
                    target=(baseline * Decimal(str(1 + indicator.growth * 3))).quantize(Decimal("1")),
                    area_id=venture.area_id,
                    checked_at=ANCHOR,
                )
            )
            growths.append(indicator.growth)
        indicators = ImpactIndicator.objects.bulk_create(indicators, batch_size=BATCH_SIZE)
        measurements = []
        for saved, growth in zip(indicators, growths, strict=True):
            for k, year in enumerate((2023, 2024, 2025), start=1):
                actual = saved.baseline * Decimal(str(round(1 + growth * k * rng.uniform(0.6, 1.2), 3)))
                measurements.append(
                    ImpactMeasurement(
                        indicator_id=saved.pk,
                        period_start=datetime.date(year, 1, 1),
                        period_end=datetime.date(year, 12, 31),
                        actual=actual.quantize(CENT),
                        target=(saved.baseline * Decimal(str(1 + growth * k))).quantize(CENT),
                        checked_at=ANCHOR,
                    )
                )
        ImpactMeasurement.objects.bulk_create(measurements, batch_size=BATCH_SIZE)
        self.report.counts["impact_indicators"] = len(indicators)


@dataclass(slots=True)
class _PlannedVenture:
    venture: Venture
    info: VentureInfo
    area_ids: list[int]
    sdg_ids: list[int]
    audit: list[tuple[str, str, str, int | None, str, datetime.datetime]]


def _after_seed(*, progress: bool) -> None:
    """Make the seeded ventures searchable: the bulk inserts bypass the services that schedule
    a reindex per venture, so rebuild the whole search index once, after the data is committed."""
    call_command("rebuild_search_index", no_progress=not progress)


def seed_demo(
    *, ventures: int = DEFAULT_VENTURES, seed: int = DEFAULT_SEED, progress: bool = False, out: Writer | None = None
) -> SeedReport:
    """Write the demo data set (see the module docstring); returns what was written."""
    return DemoSeeder(ventures=ventures, seed=seed, progress=progress, out=out).run()


__all__ = ["ANCHOR", "DEFAULT_SEED", "DEFAULT_VENTURES", "SeedReport", "seed_demo"]
