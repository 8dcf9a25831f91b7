"""Logo uploads: checked by content, limited in bytes and pixels, re-encoded without metadata,
stored under a random name in media storage, each refusal with its own clear message."""

import io
import os
import struct
import zlib
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from PIL import Image

from registry.models import Venture
from tests.factories import EntrepreneurFactory
from tests.support.accounts import image_bytes, text_of, upload, venture_form_data

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fresh_cache", "english", "media_root")]


@pytest.fixture
def owner_client() -> Client:
    client = Client()
    client.force_login(EntrepreneurFactory.create())
    return client


def post_logo(client: Client, logo: Any) -> Any:
    return client.post(reverse("my:venture_create"), venture_form_data(logo=logo))


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def pixel_bomb_png(width: int = 60_000, height: int = 60_000) -> bytes:
    """A few hundred bytes that declare a 3.6-gigapixel image (never decoded here)."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + png_chunk(b"IEND", b"")
    )


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (300, 200), (10, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {1: "N", 2: (18.0, 47.0, 46.0), 3: "E", 4: (98.0, 59.0, 4.0)}  # GPS: Chiang Mai
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes(), comment=b"shot at home")
    return out.getvalue()


REFUSALS = {
    "a PDF renamed .png": (
        lambda: upload("logo.png", b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF", "image/png"),
        "not a JPEG, PNG or WebP image",
    ),
    "a GIF renamed .jpg": (
        lambda: upload("logo.jpg", image_bytes("GIF"), "image/jpeg"),
        "not a JPEG, PNG or WebP image",
    ),
    "a text file renamed .webp": (
        lambda: upload("logo.webp", "สวัสดี this is text".encode(), "image/webp"),
        "not a JPEG, PNG or WebP image",
    ),
    "an SVG": (
        lambda: upload(
            "logo.svg",
            b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            "image/svg+xml",
        ),
        "SVG images cannot be used",
    ),
    "an SVG renamed .png": (
        lambda: upload("logo.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "image/png"),
        "SVG images cannot be used",
    ),
    "zero bytes": (lambda: upload("logo.png", b"", "image/png"), "The file is empty"),
    "a pixel bomb": (lambda: upload("logo.png", pixel_bomb_png(), "image/png"), "The image is too large"),
    "a truncated PNG": (lambda: upload("logo.png", image_bytes("PNG")[:60], "image/png"), "not a JPEG, PNG or WebP"),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_has_a_clear_message_and_stores_nothing(owner_client: Client, media_root: Any, case: str) -> None:
    make, message = REFUSALS[case]

    response = post_logo(owner_client, make())

    assert response.status_code == 200
    assert message in text_of(response)
    assert not Venture.objects.exists()
    assert not any(media_root.rglob("*.*"))


def test_an_oversize_file_is_refused_before_it_is_decoded(owner_client: Client, settings: Any, media_root: Any) -> None:
    settings.REGISTRY_LOGO_MAX_BYTES = 10_000
    noise = Image.frombytes("RGB", (100, 100), os.urandom(30_000))
    out = io.BytesIO()
    noise.save(out, format="PNG")
    assert len(out.getvalue()) > 10_000

    response = post_logo(owner_client, upload("logo.png", out.getvalue()))

    assert "a logo can be at most 9.8" in text_of(response)
    assert not Venture.objects.exists()


def test_the_default_limit_is_two_megabytes(settings: Any) -> None:
    assert settings.REGISTRY_LOGO_MAX_BYTES == 2 * 1024 * 1024


@pytest.mark.parametrize(("fmt", "extension"), [("PNG", "png"), ("JPEG", "jpg"), ("WEBP", "webp")])
def test_accepted_formats_are_re_encoded_under_a_random_name(
    owner_client: Client, media_root: Any, fmt: str, extension: str
) -> None:
    original = image_bytes(fmt, size=(1600, 900))

    response = post_logo(owner_client, upload(f"../../etc/สมชาย-logo.{extension}", original, "image/x-anything"))

    assert response.status_code == 302
    logo = Venture.objects.get().logo
    name = logo.name or ""
    assert name.startswith("logos/")
    assert name.endswith(f".{extension}")
    assert "สมชาย" not in name and ".." not in name
    stored = (media_root / logo.name).read_bytes()
    assert stored != original
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == fmt
        assert max(image.size) == 800  # shrunk to the stored size, proportions kept
        assert image.size == (800, 450)


def test_metadata_is_stripped(owner_client: Client, media_root: Any) -> None:
    response = post_logo(owner_client, upload("photo.jpg", jpeg_with_gps(), "image/jpeg"))

    assert response.status_code == 302
    stored = (media_root / Venture.objects.get().logo.name).read_bytes()
    assert b"SecretCam" not in stored and b"shot at home" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert not image.getexif()
        assert "comment" not in image.info


def test_bytes_appended_after_the_image_are_not_kept(owner_client: Client, media_root: Any) -> None:
    polyglot = image_bytes("PNG") + b"<script>alert('hidden')</script>"

    response = post_logo(owner_client, upload("logo.png", polyglot))

    assert response.status_code == 302
    assert b"<script>" not in (media_root / Venture.objects.get().logo.name).read_bytes()


def test_a_transparent_png_keeps_its_transparency(owner_client: Client, media_root: Any) -> None:
    post_logo(owner_client, upload("logo.png", image_bytes("PNG", mode="RGBA")))
    with Image.open(media_root / Venture.objects.get().logo.name) as image:
        assert image.mode == "RGBA"


def test_replacing_a_logo_deletes_the_old_file(
    owner_client: Client, media_root: Any, django_capture_on_commit_callbacks: Any
) -> None:
    post_logo(owner_client, upload("logo.png", image_bytes("PNG")))
    venture = Venture.objects.get()
    old = media_root / venture.logo.name
    assert old.exists()

    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post(
            reverse("my:venture_edit", args=[venture.pk]),
            venture_form_data(logo=upload("new.jpg", image_bytes("JPEG"), "image/jpeg")),
        )

    venture.refresh_from_db()
    assert (venture.logo.name or "").endswith(".jpg")
    assert (media_root / venture.logo.name).exists()
    assert not old.exists()


def test_logos_are_served_from_media_storage_not_static_files(settings: Any) -> None:
    assert settings.MEDIA_URL == "/media/"
    assert str(settings.MEDIA_ROOT) != str(settings.STATIC_ROOT)
    assert Venture._meta.get_field("logo").upload_to == "logos/%Y/%m/"
