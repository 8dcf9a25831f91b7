"""Test and demo-data factories, named by role (factory_boy + Faker th_TH)."""

import datetime
from decimal import Decimal
from typing import Any

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from grants.models import Award, GrantApplication
from programs.models import Call, Programme
from registry.models import Country, Entrepreneur, Province, SocialArea, User, Venture, VentureArea
from registry.models.ventures import Stage, VentureStatus
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
