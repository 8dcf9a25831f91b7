"""Sign-up with recorded consent, email verification, log-in/log-out and password reset by email."""

import datetime
from typing import Any

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core.models import OutboundEmail
from registry.accounts import email_verification_token, parse_rate, send_verification_email
from registry.consent import NEWSLETTER, REGISTRY_PROCESSING
from registry.models import ConsentRecord, Entrepreneur, User
from tests.factories import EntrepreneurFactory
from tests.support.accounts import PASSWORD, CommittingClient, emails_to, link_path, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english")]

GOOD_PASSWORD = "Koh Samui sunset 2567"


@pytest.fixture
def visitor(django_capture_on_commit_callbacks: Any) -> CommittingClient:
    return CommittingClient(Client(), django_capture_on_commit_callbacks)


def sign_up(client: CommittingClient, **overrides: Any) -> Any:
    data = {
        "full_name": "Nguyen Thi Lan",
        "email": "lan@example.org",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        "preferred_language": "en",
        "accept_terms": "on",
        "consent": "on",
        **overrides,
    }
    return client.post(reverse("accounts:signup"), {k: v for k, v in data.items() if v is not None})


# --- Sign-up ---------------------------------------------------------------------------------------


def test_sign_up_creates_an_unverified_account_with_its_consent_and_sends_one_link(visitor: CommittingClient) -> None:
    response = sign_up(visitor, newsletter="on")

    assert response.status_code == 302
    user = User.objects.get(email="lan@example.org")
    assert user.full_name == "Nguyen Thi Lan"
    assert user.preferred_language == "en"
    assert user.email_verified_at is None
    assert user.check_password(GOOD_PASSWORD)
    assert Entrepreneur.objects.filter(user=user).exists()
    consents = {c.purpose: c for c in ConsentRecord.objects.filter(user=user)}
    assert consents[REGISTRY_PROCESSING.purpose].text_version == REGISTRY_PROCESSING.version
    assert consents[NEWSLETTER.purpose].text_version == NEWSLETTER.version
    [message] = mail.outbox
    assert message.to == ["lan@example.org"]
    assert "/en/accounts/verify/" in message.body  # in the language the person chose
    assert OutboundEmail.objects.get(to="lan@example.org").sent_at is not None


def test_the_newsletter_is_a_separate_optional_consent(visitor: CommittingClient) -> None:
    sign_up(visitor)
    user = User.objects.get(email="lan@example.org")
    assert list(ConsentRecord.objects.filter(user=user).values_list("purpose", flat=True)) == [
        REGISTRY_PROCESSING.purpose
    ]


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("consent", "only with your consent"),
        ("accept_terms", "accept the terms"),
    ],
)
def test_consent_and_terms_are_two_separate_required_boxes(
    visitor: CommittingClient, missing: str, message: str
) -> None:
    response = sign_up(visitor, **{missing: None})

    assert response.status_code == 200
    assert message in text_of(response)
    assert not User.objects.exists()
    assert mail.outbox == []


def test_the_signup_page_shows_the_consent_text_apart_from_the_terms(visitor: CommittingClient) -> None:
    page = text_of(visitor.get(reverse("accounts:signup")))
    consent_at = page.index('name="consent"')
    terms_at = page.index('name="accept_terms"')
    assert consent_at != terms_at
    assert str(REGISTRY_PROCESSING.text)[:60] in page
    assert 'name="consent" checked' not in page  # never pre-ticked


@pytest.mark.parametrize(
    ("password", "complaint"),
    [
        ("short1", "too short"),
        ("password123", "too common"),
        ("83749261537", "entirely numeric"),
        ("nguyenthilan", "too similar"),
    ],
)
def test_djangos_password_validators_apply(visitor: CommittingClient, password: str, complaint: str) -> None:
    response = sign_up(visitor, password1=password, password2=password)
    assert response.status_code == 200
    assert complaint in text_of(response)
    assert not User.objects.exists()


def test_mismatched_passwords_are_refused(visitor: CommittingClient) -> None:
    response = sign_up(visitor, password2=GOOD_PASSWORD + "x")
    assert "not the same" in text_of(response)
    assert not User.objects.exists()


def test_signing_up_with_a_registered_address_reveals_nothing_and_tells_its_owner(visitor: CommittingClient) -> None:
    owner = EntrepreneurFactory.create(email="lan@example.org", preferred_language="en")

    response = sign_up(visitor, email="LAN@Example.org", full_name="Someone Else")

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:signup_done")
    assert User.objects.filter(email__iexact="lan@example.org").count() == 1
    owner.refresh_from_db()
    assert owner.full_name != "Someone Else"
    [message] = mail.outbox
    assert message.to == ["lan@example.org"]
    assert "already have an account" in message.body


# --- Email verification --------------------------------------------------------------------------


def test_the_verification_link_confirms_the_address_and_then_stays_harmless(visitor: CommittingClient) -> None:
    sign_up(visitor)
    path = link_path(mail.outbox[0].body, "/accounts/verify/")

    assert visitor.get(path).status_code == 200
    user = User.objects.get(email="lan@example.org")
    verified_at = user.email_verified_at
    assert verified_at is not None
    assert visitor.get(path).status_code == 200  # a second click changes nothing
    user.refresh_from_db()
    assert user.email_verified_at == verified_at


@pytest.mark.parametrize("tamper", ["token", "uid"])
def test_a_tampered_verification_link_is_refused(visitor: CommittingClient, tamper: str) -> None:
    sign_up(visitor)
    path = link_path(mail.outbox[0].body, "/accounts/verify/")
    uid, token = path.rstrip("/").split("/")[-2:]
    bad = path.replace(token, token[:-3] + "abc") if tamper == "token" else path.replace(uid, "OTk5OTk")

    response = visitor.get(bad)

    assert response.status_code == 400
    assert "does not work" in text_of(response)
    assert User.objects.get(email="lan@example.org").email_verified_at is None


def test_a_token_for_an_old_address_does_not_verify_a_new_one() -> None:
    user = EntrepreneurFactory.create(email="old@example.org", email_verified_at=None)
    token = email_verification_token.make_token(user)
    user.email = "new@example.org"
    user.save()
    assert not email_verification_token.check_token(user, token)


def test_an_unverified_person_can_ask_for_a_new_link(visitor: CommittingClient) -> None:
    user = EntrepreneurFactory.create(email="late@example.org", email_verified_at=None)
    visitor.force_login(user)

    dashboard = text_of(visitor.get(reverse("my:dashboard")))
    assert reverse("accounts:resend_verification") in dashboard
    response = visitor.post(reverse("accounts:resend_verification"))

    assert response.status_code == 302
    [message] = emails_to("late@example.org")
    path = link_path(message.body, "/accounts/verify/")
    assert visitor.get(path).status_code == 200
    user.refresh_from_db()
    assert user.email_verified_at is not None


def test_two_resend_requests_send_two_distinct_emails() -> None:
    user = EntrepreneurFactory.create(email_verified_at=None)
    first = send_verification_email(user=user)
    second = send_verification_email(user=user)
    assert first.pk != second.pk


# --- Log-in, log-out ----------------------------------------------------------------------------


def test_log_in_by_email_in_any_case_and_log_out_by_post(visitor: CommittingClient) -> None:
    EntrepreneurFactory.create(email="lan@example.org")

    response = visitor.post(reverse("accounts:login"), {"username": "  LAN@example.org ", "password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == reverse("my:dashboard")
    assert visitor.get(reverse("my:dashboard")).status_code == 200
    assert visitor.get(reverse("accounts:logout")).status_code == 405  # GET does not log out
    assert visitor.post(reverse("accounts:logout"))["Location"] == reverse("registry:home")
    assert visitor.get(reverse("my:dashboard")).status_code == 403


def test_a_wrong_password_says_so_without_saying_which_part(visitor: CommittingClient) -> None:
    EntrepreneurFactory.create(email="lan@example.org")
    wrong_password = text_of(visitor.post(reverse("accounts:login"), {"username": "lan@example.org", "password": "x"}))
    no_account = text_of(visitor.post(reverse("accounts:login"), {"username": "nobody@example.org", "password": "x"}))
    assert "email address or password is not right" in wrong_password
    assert "email address or password is not right" in no_account


def test_log_in_honours_a_safe_next_and_ignores_an_outside_one(visitor: CommittingClient) -> None:
    EntrepreneurFactory.create(email="lan@example.org")
    url = reverse("accounts:login")
    inside = visitor.post(url, {"username": "lan@example.org", "password": PASSWORD, "next": "/th/my/data/"})
    assert inside["Location"] == "/th/my/data/"
    visitor.logout()
    outside = visitor.post(url, {"username": "lan@example.org", "password": PASSWORD, "next": "https://evil.example/"})
    assert outside["Location"] == reverse("my:dashboard")


# --- Password reset -------------------------------------------------------------------------------


def test_password_reset_by_email_through_the_outbox(visitor: CommittingClient) -> None:
    user = EntrepreneurFactory.create(email="lan@example.org", preferred_language="en")

    response = visitor.post(reverse("accounts:password_reset"), {"email": "Lan@Example.org"})

    assert response.status_code == 302
    [message] = mail.outbox
    assert OutboundEmail.objects.filter(to="lan@example.org", key__startswith="password_reset:").count() == 1
    path = link_path(message.body, "/accounts/password/reset/")
    form_page = visitor.get(path, follow=True)
    assert form_page.status_code == 200
    assert form_page.context["validlink"]
    new_password = "A brand new passphrase 99"
    done = visitor.post(form_page.redirect_chain[-1][0], {"new_password1": new_password, "new_password2": new_password})
    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password(new_password)
    # The link works once.
    assert not visitor.get(path, follow=True).context["validlink"]


def test_password_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(visitor: CommittingClient) -> None:
    response = visitor.post(reverse("accounts:password_reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []
    assert not OutboundEmail.objects.exists()


def test_an_erased_or_closed_account_gets_no_reset_email(visitor: CommittingClient) -> None:
    EntrepreneurFactory.create(email="closed@example.org", is_active=False)
    visitor.post(reverse("accounts:password_reset"), {"email": "closed@example.org"})
    assert mail.outbox == []


def test_password_reset_emails_to_one_address_are_limited_whatever_the_client_address(
    django_capture_on_commit_callbacks: Any, settings: Any
) -> None:
    """Ten reset requests for one address from ten client addresses delivered ten emails: a
    per-address limit cannot stop that, so the recipient has a limit of their own (3 an hour)."""
    settings.PASSWORD_RESET_EMAILS_PER_RECIPIENT = "3/h"
    EntrepreneurFactory.create(email="lan@example.org")
    EntrepreneurFactory.create(email="other@example.org")
    url = reverse("accounts:password_reset")

    answers = []
    for n in range(10):
        client = CommittingClient(Client(REMOTE_ADDR=f"198.51.100.{n + 1}"), django_capture_on_commit_callbacks)
        answers.append(client.post(url, {"email": "lan@example.org"}))

    assert len(emails_to("lan@example.org")) == 3
    # The same answer every time, and the same as for an address with no account: nothing shows
    # whether the address exists or was refused.
    unknown = CommittingClient(Client(REMOTE_ADDR="203.0.113.9"), django_capture_on_commit_callbacks)
    answers.append(unknown.post(url, {"email": "nobody@example.org"}))
    assert {(a.status_code, a["Location"]) for a in answers} == {(302, reverse("accounts:password_reset_done"))}
    # Someone else's address is not affected.
    other = CommittingClient(Client(REMOTE_ADDR="198.51.100.1"), django_capture_on_commit_callbacks)
    other.post(url, {"email": "other@example.org"})
    assert len(emails_to("other@example.org")) == 1


def test_the_recipient_limit_counts_only_the_last_period(visitor: CommittingClient, settings: Any) -> None:
    settings.PASSWORD_RESET_EMAILS_PER_RECIPIENT = "2/h"
    EntrepreneurFactory.create(email="lan@example.org")
    for _ in range(3):
        visitor.post(reverse("accounts:password_reset"), {"email": "lan@example.org"})
    assert len(emails_to("lan@example.org")) == 2

    an_hour_ago = timezone.now() - datetime.timedelta(hours=1, seconds=1)
    OutboundEmail.objects.filter(to="lan@example.org").update(created_at=an_hour_ago)
    visitor.post(reverse("accounts:password_reset"), {"email": "lan@example.org"})

    assert len(emails_to("lan@example.org")) == 3


@pytest.mark.parametrize(
    ("rate", "expected"),
    [("3/h", (3, 3600)), ("30/10m", (30, 600)), ("5/d", (5, 86400)), ("1/30s", (1, 30))],
)
def test_rates_are_read_as_django_ratelimit_writes_them(rate: str, expected: tuple[int, int]) -> None:
    count, period = parse_rate(rate)
    assert (count, period.total_seconds()) == expected


def test_anonymous_my_pages_offer_a_log_in_link_that_comes_back(visitor: CommittingClient) -> None:
    response = visitor.get(reverse("my:data"))
    assert response.status_code == 403
    assert f"{reverse('accounts:login')}?next={reverse('my:data')}" in text_of(response)
