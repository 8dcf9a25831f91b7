"""Helpers for the accounts, /my/ and moderation tests: the password, a venture form, images to
upload, links in emails and a client whose requests run their on-commit callbacks. (Their
fixtures, `english`, `thai`, `media_root`, are in tests/conftest.py.)"""

import io
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from registry.models import SocialArea

PASSWORD = "correct horse battery staple"


def image_bytes(fmt: str = "PNG", size: tuple[int, int] = (120, 80), mode: str = "RGB", **save: Any) -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 30, 40) if mode == "RGB" else (200, 30, 40, 128)).save(out, format=fmt, **save)
    return out.getvalue()


def upload(name: str, content: bytes, content_type: str = "image/png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type=content_type)


def venture_form_data(**overrides: Any) -> dict[str, Any]:
    """What a first-time user posts: Thai name and summary, one area, Chiang Mai."""
    health = SocialArea.objects.get(code=1)
    data: dict[str, Any] = {
        "name_th": "ธนาคารขยะบ้านแม่ริม",
        "name_en": "",
        "summary_th": "ธนาคารขยะชุมชนที่เปลี่ยนขยะเป็นรายได้ให้ชาวบ้าน",
        "summary_en": "",
        "problem_th": "",
        "problem_en": "",
        "description_th": "",
        "description_en": "",
        "areas": [str(health.pk)],
        "stage": "prototype",
        "legal_form": "community_enterprise",
        "juristic_id": "",
        "founded_year": "",
        "country": "TH",
        "province": "CMI",
        "website": "",
        "contact_email": "",
        "contact_phone": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def emails_to(address: str) -> list[Any]:
    return [message for message in mail.outbox if address in message.to]


def link_path(body: Any, marker: str) -> str:
    """The path of the first link in `body` that contains `marker` (e.g. "/accounts/verify/")."""
    match = re.search(r"https?://[^/\s]+(/\S*" + re.escape(marker) + r"\S*)", str(body))
    assert match, f"no link with {marker!r} in:\n{body}"
    return match.group(1)


class CommittingClient:
    """A test client whose requests run their on-commit callbacks (so emails are delivered by the
    eager task, as a real request's would be after its transaction commits)."""

    def __init__(self, client: Client, capture: Callable[..., AbstractContextManager[Any]]) -> None:
        self.client = client
        self.capture = capture

    def get(self, *args: Any, **kwargs: Any) -> Any:
        with self.capture(execute=True):
            return self.client.get(*args, **kwargs)

    def post(self, *args: Any, **kwargs: Any) -> Any:
        with self.capture(execute=True):
            return self.client.post(*args, **kwargs)

    def force_login(self, user: Any) -> None:
        self.client.force_login(user)

    def logout(self) -> None:
        self.client.logout()


def text_of(response: Any) -> str:
    return response.content.decode()
