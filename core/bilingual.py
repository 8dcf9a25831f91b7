"""A message for an API client: in the request's language and in each of the site's languages."""

from typing import Any

from django.utils import translation
from django.utils.translation import gettext

SITE_LANGUAGES = ("th", "en")


def bilingual(message: str, **values: Any) -> dict[str, str]:
    """`{"detail", "detail_th", "detail_en"}`: `message` (a gettext_noop string, %-formatted with
    `values`) in the request's language and in Thai and English, the open-data API's error body."""

    def text() -> str:
        return gettext(message) % values if values else gettext(message)

    messages = {"detail": text()}
    for language in SITE_LANGUAGES:
        with translation.override(language):
            messages[f"detail_{language}"] = text()
    return messages
