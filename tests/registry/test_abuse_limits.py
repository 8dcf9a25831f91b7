"""Log-in lockout (django-axes, keyed on the email and the client address together) and per-address
rate limits (django-ratelimit) on sign-up, password reset and log-in. On PostgreSQL + Redis runs
the limits count in Redis, as in production."""

import datetime
from typing import Any

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from tests.factories import EntrepreneurFactory
from tests.support.accounts import PASSWORD, text_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english")]

VICTIM = "victim@example.org"


def client_from(address: str) -> Client:
    return Client(REMOTE_ADDR=address)


def log_in(client: Client, email: str, password: str) -> Any:
    return client.post(reverse("accounts:login"), {"username": email, "password": password})


@pytest.fixture
def victim() -> Any:
    return EntrepreneurFactory.create(email=VICTIM)


# --- Lockout ---------------------------------------------------------------------------------------


def test_the_fifth_wrong_password_locks_that_email_from_that_address_with_a_clear_429(victim: Any) -> None:
    attacker = client_from("198.51.100.7")

    statuses = [log_in(attacker, VICTIM, f"guess {n}").status_code for n in range(6)]

    assert statuses == [200, 200, 200, 200, 429, 429]
    locked = log_in(attacker, VICTIM, PASSWORD)  # even the right password
    assert locked.status_code == 429
    page = text_of(locked)
    assert "paused" in page
    assert f"{django_settings.AXES_FAILURE_LIMIT} times" in page
    assert "30 minutes" in page
    assert reverse("accounts:password_reset") in page


def test_changing_the_case_of_the_email_does_not_buy_more_guesses(victim: Any) -> None:
    attacker = client_from("198.51.100.7")
    for n, spelling in enumerate(
        ["victim@example.org", "VICTIM@example.org", "Victim@Example.org", " victim@example.org"]
    ):
        log_in(attacker, spelling, f"guess {n}")

    assert log_in(attacker, "ViCtIm@ExAmPlE.oRg", "guess 5").status_code == 429


def test_the_victim_can_still_log_in_from_their_own_address(victim: Any) -> None:
    attacker = client_from("198.51.100.7")
    for n in range(5):
        log_in(attacker, VICTIM, f"guess {n}")

    own = log_in(client_from("203.0.113.20"), VICTIM, PASSWORD)

    assert own.status_code == 302
    assert own["Location"] == reverse("my:dashboard")


def test_a_sent_forwarded_for_header_does_not_change_the_address_counted(victim: Any) -> None:
    attacker = client_from("198.51.100.7")
    for n in range(5):
        attacker.post(
            reverse("accounts:login"),
            {"username": VICTIM, "password": f"guess {n}"},
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        )
    assert log_in(attacker, VICTIM, PASSWORD).status_code == 429


def test_the_lock_ends_after_the_cool_off(victim: Any) -> None:
    attacker = client_from("198.51.100.7")
    for n in range(5):
        log_in(attacker, VICTIM, f"guess {n}")
    assert log_in(attacker, VICTIM, PASSWORD).status_code == 429

    long_ago = datetime.timedelta(hours=django_settings.AXES_COOLOFF_TIME, minutes=1)
    for attempt in AccessAttempt.objects.all():
        AccessAttempt.objects.filter(pk=attempt.pk).update(attempt_time=attempt.attempt_time - long_ago)

    assert log_in(attacker, VICTIM, PASSWORD).status_code == 302


def test_a_successful_log_in_resets_the_count(victim: Any) -> None:
    client = client_from("203.0.113.20")
    for n in range(4):
        log_in(client, VICTIM, f"typo {n}")
    assert log_in(client, VICTIM, PASSWORD).status_code == 302
    client.post(reverse("accounts:logout"))
    assert [log_in(client, VICTIM, f"typo {n}").status_code for n in range(4)] == [200, 200, 200, 200]


def test_the_admin_log_in_is_locked_the_same_way() -> None:
    EntrepreneurFactory.create(email="staff@nia.or.th", is_staff=True)
    attacker = client_from("198.51.100.7")
    url = reverse("admin:login")
    statuses = [attacker.post(url, {"username": "staff@nia.or.th", "password": f"g{n}"}).status_code for n in range(5)]
    assert statuses[-1] == 429


# --- Rate limits ------------------------------------------------------------------------------------


def sign_up_data(n: int) -> dict[str, str]:
    return {
        "full_name": f"Person {n}",
        "email": f"person{n}@example.org",
        "password1": "Koh Samui sunset 2567",
        "password2": "Koh Samui sunset 2567",
        "preferred_language": "th",
        "accept_terms": "on",
        "consent": "on",
    }


def test_sign_up_is_limited_per_address_with_a_clear_429() -> None:
    rate = django_settings.REGISTRY_RATE_LIMITS["signup"]
    allowed = int(rate.split("/")[0])
    bot = client_from("198.51.100.9")

    statuses = [bot.post(reverse("accounts:signup"), sign_up_data(n)).status_code for n in range(allowed + 2)]

    assert statuses == [302] * allowed + [429, 429]
    page = text_of(bot.post(reverse("accounts:signup"), sign_up_data(99)))
    assert "Too many attempts" in page
    assert bot.get(reverse("accounts:signup")).status_code == 200  # reading the form is not limited
    # Someone else, elsewhere, can still sign up.
    assert client_from("203.0.113.30").post(reverse("accounts:signup"), sign_up_data(100)).status_code == 302


def test_password_reset_is_limited_per_address() -> None:
    allowed = int(django_settings.REGISTRY_RATE_LIMITS["password_reset"].split("/")[0])
    bot = client_from("198.51.100.9")
    url = reverse("accounts:password_reset")

    statuses = [bot.post(url, {"email": f"someone{n}@example.org"}).status_code for n in range(allowed + 1)]

    assert statuses == [302] * allowed + [429]
    assert client_from("203.0.113.30").post(url, {"email": "x@example.org"}).status_code == 302


def test_many_log_ins_from_one_address_across_usernames_are_limited(settings: Any) -> None:
    settings.REGISTRY_RATE_LIMITS = {**settings.REGISTRY_RATE_LIMITS, "login": "3/m"}
    stuffer = client_from("198.51.100.11")
    statuses = [log_in(stuffer, f"user{n}@example.org", "123456").status_code for n in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_the_admin_log_in_has_the_portal_s_per_address_limit() -> None:
    """35 log-ins with 35 different names from one address: the portal answered 429 from the
    31st (RATE_LIMIT_LOGIN, 30 in 10 minutes), the admin's log-in 200 every time."""
    allowed = int(django_settings.REGISTRY_RATE_LIMITS["login"].split("/")[0])
    stuffer = client_from("198.51.100.12")
    url = reverse("admin:login")

    statuses = [
        stuffer.post(url, {"username": f"user{n}@example.org", "password": "123456"}).status_code
        for n in range(allowed + 5)
    ]

    assert statuses == [200] * allowed + [429] * 5
    refused = stuffer.post(url, {"username": "x@example.org", "password": "1"}, HTTP_ACCEPT_LANGUAGE="en")
    assert "Too many attempts" in text_of(refused)
    assert stuffer.get(url).status_code == 200  # reading the form is not limited
    assert client_from("203.0.113.31").post(url, {"username": "a@example.org", "password": "1"}).status_code == 200


def test_the_portal_and_the_admin_log_ins_share_one_counter_per_address(settings: Any) -> None:
    settings.REGISTRY_RATE_LIMITS = {**settings.REGISTRY_RATE_LIMITS, "login": "4/m"}
    stuffer = client_from("198.51.100.13")
    admin_login = reverse("admin:login")
    for n in range(2):
        log_in(stuffer, f"user{n}@example.org", "123456")
        stuffer.post(admin_login, {"username": f"staff{n}@example.org", "password": "123456"})

    assert log_in(stuffer, "user9@example.org", "123456").status_code == 429
    assert stuffer.post(admin_login, {"username": "staff9@example.org", "password": "1"}).status_code == 429


def test_the_limits_are_counted_in_the_configured_cache() -> None:
    bot = client_from("198.51.100.9")
    bot.post(reverse("accounts:password_reset"), {"email": "a@example.org"})
    backend = django_settings.CACHES["default"]["BACKEND"]
    if django_settings.TEST_USES_REDIS:
        assert backend == "core.cache.TolerantRedisCache"
    cache.clear()  # clearing the cache resets the counters: they live there and nowhere else
    allowed = int(django_settings.REGISTRY_RATE_LIMITS["password_reset"].split("/")[0])
    statuses = [
        bot.post(reverse("accounts:password_reset"), {"email": "a@example.org"}).status_code for _ in range(allowed)
    ]
    assert statuses == [302] * allowed


def test_the_system_checks_pass_with_this_cache(capsys: Any) -> None:
    call_command("check", fail_level="WARNING")
    assert "no issues" in capsys.readouterr().out
