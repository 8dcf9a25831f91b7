"""Readable, unique, ASCII slugs for ventures named in Thai or English."""

from django.db.models import Model
from django.utils.text import slugify


def romanized_slug(text: str) -> str:
    """An ASCII slug for `text`; Thai is segmented into words and romanised (RTGS) first."""
    slug = slugify(text)
    if slug and slug.isascii():
        return slug[:80].strip("-")
    # pythainlp loads its dictionaries on import (seconds): only when a name is not ASCII already.
    from pythainlp.tokenize import word_tokenize
    from pythainlp.transliterate import romanize

    words = [w for w in word_tokenize(text, engine="newmm", keep_whitespace=False) if w.strip()]
    parts = [slugify(romanize(w, engine="royin")) if not w.isascii() else slugify(w) for w in words]
    return "-".join(p for p in parts if p)[:80].strip("-")


def unique_slug(model: type[Model], *candidates: str, field: str = "slug", fallback: str = "venture") -> str:
    """The first non-empty candidate as a slug, suffixed -2, -3… until no row of `model` has it."""
    base = next((s for s in (romanized_slug(c) for c in candidates if c) if s), fallback)
    manager = model._default_manager
    slug, n = base, 1
    while manager.filter(**{field: slug}).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug
