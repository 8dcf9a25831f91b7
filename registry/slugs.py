"""Readable, unique, ASCII slugs for ventures named in Thai or English."""

import functools
from collections import Counter, deque
from collections.abc import Sequence

from django.db.models import Model
from django.utils.text import slugify


def romanized_slug(text: str) -> str:
    """An ASCII slug for `text`; Thai is segmented into words and romanised (RTGS) first."""
    slug = slugify(text)
    if slug and slug.isascii():
        return slug[:80].strip("-")
    # pythainlp loads its dictionaries on import (seconds): only when a name is not ASCII already.
    from pythainlp.tokenize import word_tokenize

    words = [w for w in word_tokenize(text, engine="newmm", keep_whitespace=False) if w.strip()]
    parts = [_romanized_word(w) if not w.isascii() else slugify(w) for w in words]
    return "-".join(p for p in parts if p)[:80].strip("-")


@functools.lru_cache(maxsize=20_000)
def _romanized_word(word: str) -> str:
    # Names repeat their words (places, "community enterprise"…): an import romanises each once.
    # pythainlp loads its dictionaries on import (seconds): only when a word is romanised.
    from pythainlp.transliterate import romanize

    return slugify(romanize(word, engine="royin"))


def _base_slug(candidates: Sequence[str], fallback: str) -> str:
    return next((s for s in (romanized_slug(c) for c in candidates if c) if s), fallback)


def _suffixed(base: str, n: int) -> str:
    return base if n == 1 else f"{base}-{n}"


def unique_slug(model: type[Model], *candidates: str, field: str = "slug", fallback: str = "venture") -> str:
    """The first non-empty candidate as a slug, suffixed -2, -3… until no row of `model` has it."""
    base = _base_slug(candidates, fallback)
    manager = model._default_manager
    slug, n = base, 1
    while manager.filter(**{field: slug}).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def unique_slugs(
    model: type[Model], candidates: Sequence[Sequence[str]], *, field: str = "slug", fallback: str = "venture"
) -> list[str]:
    """`unique_slug` for many new rows at once, each also unique among the others: the slugs the
    rows get if each is saved before the next one's slug is chosen.

    One query per round for all the rows (usually a single round): which of the next few suffixes
    of each base are taken.
    """
    bases = [_base_slug(c, fallback) for c in candidates]
    free: dict[str, deque[str]] = {base: deque() for base in bases}
    looked_up = dict.fromkeys(bases, 0)  # suffixes 1 (the bare base) … looked_up[base] are known
    used: set[str] = set()
    chosen: list[str] = [""] * len(bases)
    pending = list(range(len(bases)))
    manager = model._default_manager
    while pending:
        wanted = Counter(bases[i] for i in pending)
        window = {
            base: [_suffixed(base, n) for n in range(looked_up[base] + 1, looked_up[base] + 2 * count + 3)]
            for base, count in wanted.items()
        }
        slugs = [slug for candidates_of_base in window.values() for slug in candidates_of_base]
        taken = set(manager.filter(**{f"{field}__in": slugs}).values_list(field, flat=True))
        for base, candidates_of_base in window.items():
            free[base].extend(slug for slug in candidates_of_base if slug not in taken)
            looked_up[base] += len(candidates_of_base)
        still = []
        for i in pending:
            options = free[bases[i]]
            while options and options[0] in used:  # another base's row has it (e.g. "x-2" named so)
                options.popleft()
            if options:
                chosen[i] = options.popleft()
                used.add(chosen[i])
            else:
                still.append(i)
        pending = still
    return chosen
