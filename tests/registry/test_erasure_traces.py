"""After a person erases their account through the site, a dump of the whole database holds no
trace of them: not their email, not a word of their name, not their phone number however it was
written (dashes, spaces, dots, +66, Thai digits), not in a session, a slug, a revision's JSON or
the search word lists.

The person lives the journey through the real pages: sign up in one browser, confirm and sign in
in another, create a venture named after themselves, submit it, get it published, propose a
change, sign in once more, erase. Then the database is dumped as a backup would be: `pg_dump`
on PostgreSQL, the `sqlite3` module's `iterdump` on SQLite.
"""

import base64
import binascii
import os
import re
import subprocess
import zlib
from typing import Any

import pytest
from django.contrib.sessions.models import Session
from django.db import connection
from django.test import Client
from django.urls import reverse

from registry import privacy
from registry.models import (
    SearchKey,
    SearchTerm,
    User,
    Venture,
    VentureMembership,
    VentureRevision,
    VentureSearchDocument,
)
from registry.models.revisions import RevisionStatus
from registry.models.ventures import VentureStatus
from registry.search.index import reindex_venture
from tests.factories import EntrepreneurFactory, PublishedVentureFactory, ReviewerFactory
from tests.support.accounts import emails_to, link_path, venture_form_data

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("fresh_cache", "english", "media_root"),
]

EMAIL = "pimchanok.erase@example.org"
NAME_PARTS = ["Pimchanok", "Wattanasiri"]
FULL_NAME = " ".join(NAME_PARTS)
PASSWORD = "Loom and silk 2568!"
# The phone number's digits after the leading 0 (or +66), written out by hand.
PHONE_DIGITS = "812345678"
PHONE_WRITTEN = [
    "081-234-5678",
    "0812345678",
    "081 234 5678",
    "081.234.5678",
    "+66 81 234 5678",
    "+66812345678",
    "(081) 234-5678",
    "๐๘๑-๒๓๔-๕๖๗๘",
]
THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")
# 0 or +66 / 66, then the digits, with any spacing, dots, dashes or brackets between them.
PHONE_PATTERN = re.compile(r"(?:\+?66|0)[\s.\-()]*" + r"[\s.\-()]*".join(PHONE_DIGITS))


def description(intro: str) -> str:
    phones = ", ".join(PHONE_WRITTEN)
    return f"{intro} Weaving cooperative run by {FULL_NAME}. Call {phones} or write to {EMAIL.upper()}."


def decoded_tokens(text: str) -> str:
    """What base64 alone reveals: every long base64 token decoded (Django's signed session data
    is base64 of JSON, zlib-compressed when it starts with a dot), and JSON's \\u escapes."""
    revealed = []
    for token in re.findall(r"\.?[A-Za-z0-9_\-]{16,}={0,2}", text):
        compressed = token.startswith(".")
        raw = token.lstrip(".")
        try:
            data = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4))
            if compressed:
                data = zlib.decompress(data)
        except (binascii.Error, ValueError, zlib.error):
            continue
        revealed.append(data.decode("utf-8", "replace"))
    unescaped = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)
    return "\n".join([unescaped, *revealed])


def traces(dump: str) -> dict[str, int]:
    """How often the person's email, each part of their name and their phone occur in `dump`."""
    text = decoded_tokens(dump).lower()
    found = {EMAIL: text.count(EMAIL.lower())}
    found.update({part: text.count(part.lower()) for part in NAME_PARTS})
    found["phone"] = len(PHONE_PATTERN.findall(text.translate(THAI_DIGITS)))
    return found


def lines_with_traces(dump: str) -> list[str]:
    """The dump's lines that hold a trace (shortened), to say where a failure is."""
    return [line[:300] for line in dump.splitlines() if any(traces(line).values())]


def postgres_dump() -> str:
    """The whole test database as `pg_dump` writes it (plain SQL, data only)."""
    db = connection.settings_dict
    env = {**os.environ, "PGPASSWORD": str(db.get("PASSWORD") or "")}
    command = ["pg_dump", "--data-only", "--format=plain", "--dbname", str(db["NAME"])]
    if db.get("HOST"):
        command += ["--host", str(db["HOST"])]
    if db.get("PORT"):
        command += ["--port", str(db["PORT"])]
    if db.get("USER"):
        command += ["--username", str(db["USER"])]
    return subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout


def sqlite_dump() -> str:
    """The whole test database as the `sqlite3` module's `iterdump` writes it."""
    connection.ensure_connection()
    return "\n".join(connection.connection.iterdump())


# The sign-up form as the person fills it in.
SIGN_UP = {
    "full_name": FULL_NAME,
    "email": EMAIL,
    "password1": PASSWORD,
    "password2": PASSWORD,
    "preferred_language": "en",
    "accept_terms": "on",
    "consent": "on",
}


def live_the_journey_then_erase() -> dict[str, Any]:
    """Sign up, create, submit, get published, propose a change, sign in again, erase. Returns
    the old public address of the venture and the dump before erasure's traces for the message."""
    signup_browser = Client()
    response = signup_browser.post(reverse("accounts:signup"), SIGN_UP)
    # (The browser does not follow the redirect, the signal was lost: its session keeps the address.)
    assert response.status_code == 302
    user = User.objects.get(email=EMAIL)
    [verification] = emails_to(EMAIL)

    # The confirmation link opens in another browser (the phone's mail app), which then signs in.
    phone_browser = Client()
    assert phone_browser.get(link_path(verification.body, "/accounts/verify/")).status_code == 200
    login = phone_browser.post(reverse("accounts:login"), {"username": EMAIL, "password": PASSWORD})
    assert login.status_code == 302

    response = phone_browser.post(
        reverse("my:venture_create"),
        venture_form_data(
            name_th="",
            name_en=f"{FULL_NAME} Weaving",
            summary_en=f"Hand-woven silk by {FULL_NAME}, phone {PHONE_WRITTEN[1]}.",
            description_en=description("First draft."),
            contact_email=EMAIL,
            contact_phone=PHONE_WRITTEN[0],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    venture = Venture.objects.get(owner=user)
    assert "pimchanok" in venture.slug
    phone_browser.post(reverse("my:venture_submit", args=[venture.pk]))

    reviewer = Client()
    reviewer.force_login(ReviewerFactory.create(email="reviewer@nia.or.th"))
    reviewer.post(reverse("admin:registry_venture_decide", args=[venture.pk, "publish"]), {"reason": "", "apply": "1"})
    venture.refresh_from_db()
    assert venture.status == VentureStatus.PUBLISHED
    old_url = reverse("registry:venture_detail", args=[venture.slug])
    assert FULL_NAME in Client().get(old_url).content.decode()

    # A proposed change of the published venture: its JSON holds the description too.
    response = phone_browser.post(
        reverse("my:venture_edit", args=[venture.pk]),
        venture_form_data(
            name_th="",
            name_en=f"{FULL_NAME} Weaving",
            summary_en=f"Hand-woven silk by {FULL_NAME}.",
            description_en=description("Second version."),
            contact_email=EMAIL,
            contact_phone=PHONE_WRITTEN[2],
            save_and_submit="1",
        ),
    )
    assert response.status_code == 302
    assert VentureRevision.objects.get(venture=venture).status == RevisionStatus.SUBMITTED

    before = traces(postgres_dump() if connection.vendor == "postgresql" else sqlite_dump())

    # Sign in once more (a third browser) and erase through the site.
    laptop = Client()
    assert laptop.post(reverse("accounts:login"), {"username": EMAIL, "password": PASSWORD}).status_code == 302
    response = laptop.post(reverse("my:erase"), {"password": PASSWORD, "confirm": "on"})
    assert response.status_code == 200
    user.refresh_from_db()
    assert user.erased_at is not None
    venture.refresh_from_db()
    assert venture.status == VentureStatus.ARCHIVED and venture.owner is None
    # The other browser, still signed in a minute ago, is signed out.
    assert phone_browser.get(reverse("my:dashboard")).status_code in (302, 403)
    return {"old_url": old_url, "before": before}


def assert_no_traces(dump: str, journey: dict[str, Any]) -> None:
    old_page = Client().get(journey["old_url"])
    assert old_page.status_code in (404, 410)
    # (The error page repeats the address asked for, in its canonical and language links: only
    # what the visitor typed. Nothing else on it may name the person.)
    page = old_page.content.decode().replace(journey["old_url"].strip("/").split("/")[-1], "")
    assert all(part.lower() not in page.lower() for part in NAME_PARTS)
    after = traces(dump)
    assert after == dict.fromkeys(after, 0), f"traces before erasure {journey['before']}, after {after}: " + "\n".join(
        lines_with_traces(dump)
    )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="pg_dump needs PostgreSQL (the SQLite run dumps with iterdump)"
)
def test_a_pg_dump_after_erasure_holds_no_trace_of_the_person() -> None:
    journey = live_the_journey_then_erase()
    assert journey["before"][EMAIL] > 0 and journey["before"]["phone"] >= len(PHONE_WRITTEN)
    assert_no_traces(postgres_dump(), journey)


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="iterdump is SQLite's (the PostgreSQL run dumps with pg_dump)"
)
def test_a_sqlite_dump_after_erasure_holds_no_trace_of_the_person() -> None:
    journey = live_the_journey_then_erase()
    assert journey["before"][EMAIL] > 0 and journey["before"]["phone"] >= len(PHONE_WRITTEN)
    assert_no_traces(sqlite_dump(), journey)


def test_the_sign_up_page_shows_the_address_once_and_forgets_it() -> None:
    browser = Client()
    response = browser.post(reverse("accounts:signup"), SIGN_UP)
    assert response.status_code == 302
    assert browser.session["signup_email"] == EMAIL

    assert EMAIL in browser.get(response["Location"]).content.decode()

    assert "signup_email" not in browser.session
    assert all(EMAIL not in str(s.get_decoded()) for s in Session.objects.all())


def test_erasure_forgets_search_words_of_the_name_that_no_venture_uses_any_more() -> None:
    # Left by an earlier erasure, which rewrote the search documents' words before the reindex.
    SearchTerm.objects.create(term="pimchanok", frequency=1)
    SearchKey.objects.create(key="pimchanok", documents=1)
    # Another family's venture, still published, shares the surname: its words stay.
    namesake = PublishedVentureFactory.create(name_en="Wattanasiri Family Rice Mill")
    reindex_venture(namesake.pk)
    assert SearchTerm.objects.filter(term="wattanasiri").exists()
    person = EntrepreneurFactory.create(email=EMAIL, full_name=FULL_NAME)

    privacy.erase_account(user=person)

    assert not SearchTerm.objects.filter(term="pimchanok").exists()
    assert not SearchKey.objects.filter(key="pimchanok").exists()
    assert SearchTerm.objects.filter(term="wattanasiri").exists()
    assert SearchKey.objects.filter(key__contains="wattanasiri").exists()


def test_a_venture_handed_over_loses_the_name_from_its_text_and_its_search_words() -> None:
    person = EntrepreneurFactory.create(email=EMAIL, full_name=FULL_NAME)
    heir = EntrepreneurFactory.create(email="heir@example.org", full_name="Heir Person")
    venture = PublishedVentureFactory.create(
        owner=person, name_en="Silk Loom Cooperative", description_en=f"Founded by {FULL_NAME} in 2019."
    )
    VentureMembership.objects.create(venture=venture, user=heir)
    reindex_venture(venture.pk)
    assert "wattanasiri" in VentureSearchDocument.objects.get(pk=venture.pk).body

    privacy.erase_account(user=person, transfers={venture.pk: heir})

    venture.refresh_from_db()
    assert venture.owner == heir and venture.description_en == "Founded by [erased] in 2019."
    document = VentureSearchDocument.objects.get(pk=venture.pk)
    assert "wattanasiri" not in document.body and "pimchanok" not in document.body
    assert not SearchTerm.objects.filter(term="wattanasiri").exists()
