"""What the browser tests share: the window sizes (a desktop and a phone) and the axe check."""

from collections.abc import Iterator
from typing import Any

from axe_playwright_python.sync_playwright import Axe

DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}

# The impacts a page may not have (axe-core's levels: minor, moderate, serious, critical).
SEVERE = {"serious", "critical"}


def severe_axe_violations(axe: Axe, page: Any, where: str) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now, one line each, named `where`."""
    found = []
    for violation in axe.run(page).response["violations"]:
        if violation["impact"] in SEVERE:
            targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
            found.append(f"{where}: {violation['id']} ({violation['impact']}, {len(violation['nodes'])}) {targets}")
    return found


def pages_in_each_language_and_size(browser: Any) -> Iterator[tuple[str, str, Any]]:
    """A fresh page (its own cookies) for Thai and English, each on a desktop and on a phone:
    `(language, "desktop" or "mobile", page)`; each page's context is closed after its turn."""
    for language in ("th", "en"):
        for label, viewport in (("desktop", DESKTOP), ("mobile", MOBILE)):
            context = browser.new_context(viewport=viewport, locale=f"{language}-TH")
            try:
                yield language, label, context.new_page()
            finally:
                context.close()
