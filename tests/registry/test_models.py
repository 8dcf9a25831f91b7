"""Models and the database constraints that protect the data."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from grants.models import Award, Disbursement, GrantApplication
from programs.models import Call
from registry.models import ConsentRecord, Country, Entrepreneur, SocialArea, User, Venture, VentureArea
from registry.validators import thai_id_check_digit, validate_thai_juristic_id
from tests.factories import (
    AwardFactory,
    CallFactory,
    EntrepreneurFactory,
    GrantApplicationFactory,
    PublishedVentureFactory,
    VentureFactory,
)

pytestmark = pytest.mark.django_db


def valid_juristic_id(first12: str = "010555612345") -> str:
    return first12 + str(thai_id_check_digit(first12))


class TestJuristicId:
    def test_a_number_with_the_right_check_digit_is_accepted(self) -> None:
        validate_thai_juristic_id(valid_juristic_id())
        validate_thai_juristic_id("0105536092641")  # a real-format company number

    @pytest.mark.parametrize("value", ["010555612345", "01055561234567", "01055561234a5", "๐๑๐๕๕๕๖๑๒๓๔๕๖"])
    def test_anything_but_13_ascii_digits_is_refused(self, value: str) -> None:
        with pytest.raises(ValidationError, match="13 digits"):
            validate_thai_juristic_id(value)

    def test_a_wrong_check_digit_is_refused_with_a_clear_message(self) -> None:
        good = valid_juristic_id()
        bad = good[:12] + str((int(good[12]) + 1) % 10)
        with pytest.raises(ValidationError, match="check digit"):
            validate_thai_juristic_id(bad)

    def test_the_venture_form_validation_uses_it(self) -> None:
        venture = VentureFactory.build(juristic_id="1234567890123")
        with pytest.raises(ValidationError) as error:
            venture.full_clean(exclude=["owner"])
        assert "juristic_id" in error.value.message_dict


class TestVenture:
    def test_a_venture_without_any_name_is_refused_by_the_database(self, thailand: Country) -> None:
        with pytest.raises(IntegrityError), transaction.atomic():
            Venture.objects.create(slug="nameless", name_th="", name_en="", country=thailand)

    def test_clean_explains_a_missing_name(self, thailand: Country) -> None:
        with pytest.raises(ValidationError) as error:
            Venture(slug="x", country=thailand).full_clean()
        assert "name_th" in error.value.message_dict

    def test_slugs_are_unique(self) -> None:
        VentureFactory.create(slug="waste-bank")
        with pytest.raises(IntegrityError), transaction.atomic():
            VentureFactory.create(slug="waste-bank")

    def test_external_refs_are_unique_but_optional(self) -> None:
        VentureFactory.create(external_ref=None)
        VentureFactory.create(external_ref=None)
        VentureFactory.create(external_ref="NIA-2019-001")
        with pytest.raises(IntegrityError), transaction.atomic():
            VentureFactory.create(external_ref="NIA-2019-001")

    def test_only_one_primary_area(self) -> None:
        venture = VentureFactory.create()  # area 1 is primary
        with pytest.raises(IntegrityError), transaction.atomic():
            VentureArea.objects.create(venture=venture, area=SocialArea.objects.get(code=2), is_primary=True)
        VentureArea.objects.create(venture=venture, area=SocialArea.objects.get(code=2), is_primary=False)
        assert venture.areas.count() == 2

    def test_a_province_only_for_ventures_in_thailand(self) -> None:
        venture = VentureFactory.build(country=Country.objects.get(iso2="VN"))
        with pytest.raises(ValidationError) as error:
            venture.full_clean(exclude=["owner", "slug"])
        assert "province" in error.value.message_dict

    def test_region_is_derived_from_the_province(self) -> None:
        venture = VentureFactory.create()
        assert venture.region is not None and venture.region.slug == "north"
        assert VentureFactory.create(province=None).region is None

    def test_text_is_read_in_the_active_language_with_fallback(self) -> None:
        venture = VentureFactory.create(name_th="ธนาคารขยะ", name_en="Waste Bank", summary_en="")
        with translation.override("en"):
            assert venture.name == "Waste Bank"
            assert venture.summary == venture.summary_th  # no English summary: falls back to Thai
        with translation.override("th"):
            assert venture.name == "ธนาคารขยะ"
        thai_only = VentureFactory.create(name_en="")
        with translation.override("en"):
            assert thai_only.name == thai_only.name_th

    def test_public_contact_needs_a_contact(self) -> None:
        venture = VentureFactory.build(contact_public=True, contact_email="", contact_phone="")
        with pytest.raises(ValidationError) as error:
            venture.full_clean(exclude=["owner", "slug"])
        assert "contact_public" in error.value.message_dict

    def test_published_queryset(self) -> None:
        published = PublishedVentureFactory.create()
        VentureFactory.create()
        assert list(Venture.objects.published()) == [published]


class TestPeople:
    def test_email_is_the_login_and_is_stored_lower_case(self) -> None:
        user = User.objects.create_user("Somchai@Example.ORG", "a long passphrase")
        assert user.email == "somchai@example.org"
        assert User.objects.get_by_natural_key("SOMCHAI@example.org") == user
        assert user.check_password("a long passphrase")

    def test_age_on_a_day(self) -> None:
        profile = Entrepreneur(date_of_birth=datetime.date(2000, 6, 15))
        assert profile.age_on(datetime.date(2026, 6, 14)) == 25
        assert profile.age_on(datetime.date(2026, 6, 15)) == 26
        assert Entrepreneur().age_on() is None

    def test_consent_cannot_be_withdrawn_before_it_was_given(self) -> None:
        user = EntrepreneurFactory.create()
        consent = ConsentRecord.objects.create(user=user, purpose="registry_processing", text_version="1.0")
        consent.withdrawn_at = consent.given_at - datetime.timedelta(days=1)
        with pytest.raises(IntegrityError), transaction.atomic():
            consent.save()


class TestGrantConstraints:
    def test_one_open_application_per_venture_and_call(self) -> None:
        application = GrantApplicationFactory.create()
        with pytest.raises(IntegrityError), transaction.atomic():
            GrantApplicationFactory.create(venture=application.venture, call=application.call)
        # a closed (withdrawn) one does not block a new one
        GrantApplication.objects.filter(pk=application.pk).update(status=GrantApplication.Status.WITHDRAWN)
        GrantApplicationFactory.create(venture=application.venture, call=application.call)

    def test_amounts_are_never_negative(self) -> None:
        with pytest.raises(IntegrityError), transaction.atomic():
            GrantApplicationFactory.create(requested_amount=Decimal("-1"))

    def test_one_award_per_application(self) -> None:
        award = AwardFactory.create()
        with pytest.raises(IntegrityError), transaction.atomic():
            AwardFactory.create(application=award.application)

    def test_disbursed_never_above_the_award(self) -> None:
        award = AwardFactory.create(amount=Decimal("500000"))
        with pytest.raises(IntegrityError), transaction.atomic():
            Award.objects.filter(pk=award.pk).update(amount_disbursed=Decimal("500000.01"))
        Award.objects.filter(pk=award.pk).update(amount_disbursed=Decimal("500000"))

    def test_a_paid_tranche_has_a_payment_date(self) -> None:
        award = AwardFactory.create()
        with pytest.raises(IntegrityError), transaction.atomic():
            Disbursement.objects.create(
                award=award, sequence=1, amount=Decimal("1"), planned_date=datetime.date(2026, 1, 1), status="paid"
            )

    def test_money_is_decimal(self) -> None:
        award = AwardFactory.create(amount=Decimal("1234567.89"))
        award.refresh_from_db()
        assert isinstance(award.amount, Decimal) and award.amount == Decimal("1234567.89")

    def test_a_call_closes_after_it_opens(self) -> None:
        call = CallFactory.build()
        call.closes_at = call.opens_at
        with pytest.raises(IntegrityError), transaction.atomic():
            call.save()
        assert Call.objects.count() == 0
