"""The consent texts people agree to (PDPA s.19), each with a version recorded beside the consent.

When a text changes, add a new version and make it current; records keep the version their
person agreed to. Texts are translated like every other string; the version names the meaning,
which is the same in Thai and English.
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrPromise

from .models import ConsentRecord


@dataclass(frozen=True)
class ConsentText:
    purpose: str
    version: str
    title: "StrPromise"
    text: "StrPromise"


REGISTRY_PROCESSING = ConsentText(
    purpose=ConsentRecord.Purpose.REGISTRY_PROCESSING,
    version="2025-06",
    title=_("Consent to process your personal data"),
    text=_(
        "I agree that the National Innovation Agency (NIA) and UNDP keep and use my name, email "
        "address and the other personal data I enter, to run my account, review my ventures and "
        "grant applications and contact me about them. My personal data is never published in the "
        "open data. I can download it, withdraw this consent or erase my account at any time on the "
        "“My data” page."
    ),
)

PUBLIC_CONTACT = ConsentText(
    purpose=ConsentRecord.Purpose.PUBLIC_CONTACT,
    version="2025-06",
    title=_("Show the contact details publicly"),
    text=_(
        "I agree that the contact email and phone number above are shown on the venture's public "
        "page, for anyone to see. I can withdraw this at any time and they disappear at once."
    ),
)

NEWSLETTER = ConsentText(
    purpose=ConsentRecord.Purpose.NEWSLETTER,
    version="2025-06",
    title=_("News and programme announcements"),
    text=_("Send me news about open calls and programmes by email (optional)."),
)

CURRENT: dict[str, ConsentText] = {c.purpose: c for c in (REGISTRY_PROCESSING, PUBLIC_CONTACT, NEWSLETTER)}
