"""Checking and re-encoding an uploaded logo before anything is stored.

The file's content decides, not its name or the browser's content type: Pillow must recognise
it as JPEG, PNG or WebP. It must be within the byte and pixel limits (a small file can declare
a huge image: a "pixel bomb"), decode completely, and is then re-encoded from its pixels, which
drops EXIF (GPS position, camera), comments and anything appended to the file. The stored name is
random; the uploaded name is never used.
"""

import io
import uuid
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}


def _looks_like_svg(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in text[:1024]


def clean_logo(upload: UploadedFile) -> ContentFile:
    """Return the logo re-encoded under a random name, or raise ValidationError saying why not."""
    size = upload.size or 0
    if size == 0:
        raise ValidationError(_("The file is empty. Please choose your logo image again."), code="logo_empty")
    max_bytes = settings.REGISTRY_LOGO_MAX_BYTES
    if size > max_bytes:
        raise ValidationError(
            _("The file is %(size)s; a logo can be at most %(max)s. Please make it smaller.")
            % {"size": filesizeformat(size), "max": filesizeformat(max_bytes)},
            code="logo_too_big",
        )
    upload.seek(0)
    raw = upload.read(max_bytes + 1)
    if _looks_like_svg(raw[:2048]):
        raise ValidationError(
            _("SVG images cannot be used as a logo here. Please upload a JPEG, PNG or WebP image."),
            code="logo_svg",
        )
    not_an_image = ValidationError(
        _("This file is not a JPEG, PNG or WebP image (whatever its name says). Please upload one of these."),
        code="logo_type",
    )
    max_pixels = settings.REGISTRY_LOGO_MAX_PIXELS
    with warnings.catch_warnings():
        # Pillow only warns between its limit and twice it: treat the warning as the refusal it is.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(raw)) as probe:
                image_format = probe.format or ""
                width, height = probe.size
                if image_format not in ACCEPTED_FORMATS:
                    raise not_an_image
                # Refuse before decoding: the header alone says how big the pixels would be.
                if width * height > max_pixels:
                    raise ValidationError(
                        _(
                            "The image is too large (%(width)s × %(height)s pixels). "
                            "Please upload one of at most %(max)s pixels."
                        )
                        % {"width": width, "height": height, "max": f"{max_pixels:,}"},
                        code="logo_pixels",
                    )
                probe.verify()
            with Image.open(io.BytesIO(raw)) as image:
                image.load()
                # Turn the pixels upright before the EXIF orientation tag is dropped with the rest.
                upright = ImageOps.exif_transpose(image) or image
                has_alpha = upright.mode in ("RGBA", "LA", "PA") or (
                    upright.mode == "P" and "transparency" in upright.info
                )
                pixels = upright.convert("RGBA" if has_alpha else "RGB")
        except ValidationError:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ValidationError(
                _("The image is too large. Please upload one of at most %(max)s pixels.") % {"max": f"{max_pixels:,}"},
                code="logo_pixels",
            ) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise not_an_image from None

    # Encoders fall back on the source's info (JPEG comment, ICC profile, EXIF): keep only pixels.
    pixels.info = {}
    limit = settings.REGISTRY_LOGO_STORED_SIZE
    pixels.thumbnail((limit, limit))
    out = io.BytesIO()
    if image_format == "JPEG" and not has_alpha:
        pixels.save(out, format="JPEG", quality=88, optimize=True)
        extension = "jpg"
    elif image_format == "WEBP":
        pixels.save(out, format="WEBP", quality=88)
        extension = "webp"
    else:
        pixels.save(out, format="PNG", optimize=True)
        extension = "png"
    return ContentFile(out.getvalue(), name=f"{uuid.uuid4().hex}.{extension}")
