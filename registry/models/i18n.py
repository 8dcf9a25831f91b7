"""Bilingual fields: Thai and English columns side by side, read in the active language."""

from django.utils.translation import get_language


def pick(obj: object, field: str, lang: str | None = None) -> str:
    """`field_th` or `field_en` for the active language, falling back to the other one."""
    lang = (lang or get_language() or "th")[:2]
    first, second = ("en", "th") if lang == "en" else ("th", "en")
    return getattr(obj, f"{field}_{first}", "") or getattr(obj, f"{field}_{second}", "") or ""


class BilingualNameMixin:
    """Gives `.name` in the active language for models with `name_th` / `name_en`."""

    @property
    def name(self) -> str:
        return pick(self, "name")

    def __str__(self) -> str:
        return pick(self, "name")
