"""Test and demo-data factories, named by role (factory_boy + Faker th_TH)."""

import datetime
from decimal import Decimal
from typing import Any

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from core.models import OutboundEmail
from grants.models import (
    ApplicationAnswer,
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
from registry.models import (
    ConsentRecord,
    Country,
    Entrepreneur,
    Province,
    SocialArea,
    User,
    Venture,
    VentureArea,
    VentureInvitation,
    VentureMembership,
    VentureRevision,
)
from registry.models.revisions import RevisionStatus
from registry.models.ventures import Stage, VentureStatus
from registry.profiles import profile_of_venture, profile_to_data
from registry.roles import Role, assign_role


class UserFactory(DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    full_name = factory.Faker("name", locale="th_TH")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")
    email_verified_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def save_password(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            obj.save()


class EntrepreneurFactory(UserFactory):
    """A verified user with an entrepreneur profile."""

    @factory.post_generation
    def profile(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            Entrepreneur.objects.get_or_create(
                user=obj, defaults={"name_th": obj.full_name, "date_of_birth": datetime.date(1990, 5, 17)}
            )


class StaffFactory(UserFactory):
    is_staff = True


class ReviewerFactory(StaffFactory):
    """An NIA reviewer: moderates ventures and reviews grant applications."""

    @factory.post_generation
    def role(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            assign_role(obj, extracted or Role.NIA_REVIEWER)


class ApproverFactory(StaffFactory):
    """A grant approver."""

    @factory.post_generation
    def role(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            assign_role(obj, Role.GRANT_APPROVER)


class FinanceFactory(StaffFactory):
    @factory.post_generation
    def role(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if create:
            assign_role(obj, Role.FINANCE)


class VentureFactory(DjangoModelFactory):
    """A draft venture in Thailand with one (primary) area."""

    class Meta:
        model = Venture
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"venture-{n}")
    name_th = factory.Sequence(lambda n: f"วิสาหกิจชุมชนทดสอบ {n}")
    name_en = factory.Sequence(lambda n: f"Test Venture {n}")
    summary_th = "ธนาคารขยะชุมชนที่เปลี่ยนขยะเป็นรายได้"
    summary_en = "A community waste bank that turns rubbish into income."
    description_th = "โครงการนี้ช่วยให้ชาวบ้านคัดแยกขยะและขายให้โรงงานรีไซเคิล"
    description_en = "Villagers sort waste and sell it to recyclers."
    stage = Stage.PROTOTYPE
    country = factory.LazyFunction(lambda: Country.objects.get(iso2="TH"))
    province = factory.LazyFunction(lambda: Province.objects.get(abbr_en="CMI"))
    owner = factory.SubFactory(EntrepreneurFactory)
    status = VentureStatus.DRAFT

    @factory.post_generation
    def areas(obj: Any, create: bool, extracted: Any, **kwargs: Any) -> None:
        if not create:
            return
        areas = list(extracted) if extracted else [SocialArea.objects.get(code=1)]
        for i, area in enumerate(areas):
            VentureArea.objects.create(venture=obj, area=area, is_primary=(i == 0))


class PublishedVentureFactory(VentureFactory):
    status = VentureStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)
    first_published_at = factory.LazyAttribute(lambda o: o.published_at)


class CallFactory(DjangoModelFactory):
    """An open call of the project-grant programme, closing in 30 days."""

    class Meta:
        model = Call

    programme = factory.LazyFunction(lambda: Programme.objects.get(slug="project-grants"))
    slug = factory.Sequence(lambda n: f"call-{n}")
    title_th = factory.Sequence(lambda n: f"ทุนโครงการนวัตกรรมเพื่อสังคม รอบที่ {n}")
    title_en = factory.Sequence(lambda n: f"Social innovation project grants, round {n}")
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    budget = Decimal("10000000")
    status = Call.Status.OPEN


class GrantApplicationFactory(DjangoModelFactory):
    class Meta:
        model = GrantApplication

    venture = factory.SubFactory(PublishedVentureFactory)
    call = factory.SubFactory(CallFactory)
    applicant = factory.LazyAttribute(lambda o: o.venture.owner)
    title = "ต้นแบบธนาคารขยะชุมชน"
    summary = "ขยายธนาคารขยะไปอีก 5 หมู่บ้าน"
    requested_amount = Decimal("800000.00")


class AwardFactory(DjangoModelFactory):
    class Meta:
        model = Award

    application = factory.SubFactory(GrantApplicationFactory, status=GrantApplication.Status.APPROVED)
    amount = Decimal("800000.00")
    amount_thb = factory.LazyAttribute(lambda o: o.amount)
    award_date = factory.LazyFunction(timezone.localdate)
    agreement_number = factory.Sequence(lambda n: f"TEST-{n:05d}")


# --- Factories for every admin-registered model (tests/test_admin.py) ----------------------------


class SuperuserFactory(StaffFactory):
    is_superuser = True


class VentureMembershipFactory(DjangoModelFactory):
    class Meta:
        model = VentureMembership

    venture = factory.SubFactory(VentureFactory)
    user = factory.SubFactory(EntrepreneurFactory)
    role = VentureMembership.Role.EDITOR


class ConsentRecordFactory(DjangoModelFactory):
    class Meta:
        model = ConsentRecord

    user = factory.SubFactory(EntrepreneurFactory)
    purpose = ConsentRecord.Purpose.REGISTRY_PROCESSING
    text_version = "2025-01"


class OutboundEmailFactory(DjangoModelFactory):
    class Meta:
        model = OutboundEmail

    key = factory.Sequence(lambda n: f"test-email-{n}")
    to = factory.Sequence(lambda n: f"someone{n}@example.org")
    subject = "ทะเบียนนวัตกรรมเพื่อสังคม: ข้อความทดสอบ"
    body = "สวัสดีครับ"


class ParticipationFactory(DjangoModelFactory):
    """A venture incubated by NIA in the incubation programme."""

    class Meta:
        model = Participation

    venture = factory.SubFactory(PublishedVentureFactory)
    programme = factory.LazyFunction(lambda: Programme.objects.get(kind=Programme.Kind.INCUBATION))
    partner = factory.LazyFunction(lambda: Partner.objects.get(slug="nia"))
    cohort = "2567/1"
    start_date = datetime.date(2024, 6, 1)
    end_date = datetime.date(2024, 12, 1)
    outcome = Participation.Outcome.INCUBATED


class ReviewCriterionFactory(DjangoModelFactory):
    class Meta:
        model = ReviewCriterion

    call = factory.SubFactory(CallFactory)
    name_th = factory.Sequence(lambda n: f"ผลกระทบทางสังคม {n}")
    name_en = factory.Sequence(lambda n: f"Social impact {n}")
    max_score = 5
    order = factory.Sequence(lambda n: n)


class CallQuestionFactory(DjangoModelFactory):
    class Meta:
        model = CallQuestion

    call = factory.SubFactory(CallFactory)
    text_th = "กลุ่มเป้าหมายของโครงการคือใคร"
    text_en = "Who does the project serve?"


class ImpactIndicatorFactory(DjangoModelFactory):
    class Meta:
        model = ImpactIndicator

    venture = factory.SubFactory(PublishedVentureFactory)
    name_th = "ปริมาณขยะที่นำกลับมาใช้ใหม่"
    name_en = "Waste recycled"
    unit = "kg"
    baseline = Decimal("0")
    target = Decimal("12000")
    # Entered by staff (a venture's own reports wait for a check: checked_at=None).
    checked_at = factory.LazyFunction(timezone.now)


class ImpactMeasurementFactory(DjangoModelFactory):
    class Meta:
        model = ImpactMeasurement

    indicator = factory.SubFactory(ImpactIndicatorFactory)
    period_start = datetime.date(2024, 1, 1)
    period_end = datetime.date(2024, 12, 31)
    actual = Decimal("9500")
    checked_at = factory.LazyFunction(timezone.now)


class BudgetLineFactory(DjangoModelFactory):
    class Meta:
        model = BudgetLine

    application = factory.SubFactory(GrantApplicationFactory)
    item = "ค่าอุปกรณ์คัดแยกขยะ"
    amount = Decimal("250000.00")


class ApplicationAnswerFactory(DjangoModelFactory):
    class Meta:
        model = ApplicationAnswer

    application = factory.SubFactory(GrantApplicationFactory)
    question = factory.SubFactory(CallQuestionFactory, call=factory.SelfAttribute("..application.call"))
    text = "ชาวบ้านห้าหมู่บ้านในอำเภอแม่ริม"


class ReviewFactory(DjangoModelFactory):
    """A submitted review by an NIA reviewer (rows as `review_submit` leaves them)."""

    class Meta:
        model = Review

    application = factory.SubFactory(GrantApplicationFactory, status=GrantApplication.Status.IN_REVIEW)
    reviewer = factory.SubFactory(ReviewerFactory)
    recommendation = Review.Recommendation.FUND
    comment = "โครงการมีความพร้อมสูง"
    submitted_at = factory.LazyFunction(timezone.now)


class ReviewScoreFactory(DjangoModelFactory):
    class Meta:
        model = ReviewScore

    review = factory.SubFactory(ReviewFactory)
    criterion = factory.SubFactory(ReviewCriterionFactory, call=factory.SelfAttribute("..review.application.call"))
    score = 4


class ApprovalVoteFactory(DjangoModelFactory):
    class Meta:
        model = ApprovalVote

    application = factory.SubFactory(GrantApplicationFactory, status=GrantApplication.Status.APPROVED)
    approver = factory.SubFactory(ApproverFactory)
    amount = Decimal("800000.00")


class DisbursementFactory(DjangoModelFactory):
    """A planned first tranche of half the award."""

    class Meta:
        model = Disbursement

    award = factory.SubFactory(AwardFactory)
    sequence = factory.Sequence(lambda n: n + 1)
    amount = factory.LazyAttribute(lambda o: (o.award.amount / 2).quantize(Decimal("0.01")))
    planned_date = factory.LazyFunction(timezone.localdate)


class CoInvestmentFactory(DjangoModelFactory):
    class Meta:
        model = CoInvestment

    venture = factory.SubFactory(PublishedVentureFactory)
    source = "กองทุนเพื่อสังคมทดสอบ"
    source_kind = CoInvestment.SourceKind.IMPACT_FUND
    amount = Decimal("1500000.00")
    amount_thb = factory.LazyAttribute(lambda o: o.amount)
    date = factory.LazyFunction(timezone.localdate)


# --- Proposed changes and team invitations (issue 4) ------------------------------------------------


class VentureRevisionFactory(DjangoModelFactory):
    """A change proposed to a published venture, sent for review: a new English name."""

    class Meta:
        model = VentureRevision

    venture = factory.SubFactory(PublishedVentureFactory)
    created_by = factory.LazyAttribute(lambda o: o.venture.owner)
    status = RevisionStatus.SUBMITTED
    submitted_at = factory.LazyFunction(timezone.now)
    data = factory.LazyAttribute(lambda o: {**_profile_data(o.venture), "name_en": f"{o.venture.name_en} (renamed)"})


def _profile_data(venture: Venture) -> dict[str, Any]:
    return profile_to_data(profile_of_venture(venture))


class VentureInvitationFactory(DjangoModelFactory):
    """A pending invitation (the link's token is not known: tests that follow links use the service)."""

    class Meta:
        model = VentureInvitation

    venture = factory.SubFactory(PublishedVentureFactory)
    email = factory.Sequence(lambda n: f"invitee{n}@example.org")
    token_hash = factory.Sequence(lambda n: f"{n:064x}")
    invited_by = factory.LazyAttribute(lambda o: o.venture.owner)
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
