"""axe-core over the public pages, in Thai and English, on a desktop and a phone (390 px):
no serious or critical violation."""

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from demo.seed import seed_demo
from grants.models import Award
from programs.models import Call
from registry.models import SocialArea, Venture
from registry.models.ventures import VentureStatus
from tests.support.browser import pages_in_each_language_and_size, severe_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def public_paths() -> list[str]:
    published = Venture.objects.filter(status=VentureStatus.PUBLISHED)
    # A venture page with every section filled: grants, impact results.
    venture = (
        published.filter(applications__award__isnull=False, impact_indicators__isnull=False).first()
        or published.first()
    )
    assert venture is not None
    call = Call.objects.filter(criteria__isnull=False).select_related("programme").first()
    assert call is not None and Award.objects.exists()
    area = SocialArea.objects.first()
    assert area is not None
    return [
        "",
        "ventures/",
        "ventures/?q=ขยะ",
        f"ventures/{venture.slug}/",
        f"areas/{area.slug}/",
        "programs/",
        f"programs/{call.programme.slug}/",
        f"programs/{call.programme.slug}/calls/{call.slug}/",
        "grants/",
        "stats/",
        "accounts/login/",
        "accounts/signup/",
        "ventures/no-such-venture/",
    ]


def test_public_pages_have_no_serious_or_critical_axe_violations(live_server: Any, browser: Any) -> None:
    seed_demo(ventures=40)
    paths = public_paths()
    axe = Axe()
    found: list[str] = []
    for language, label, page in pages_in_each_language_and_size(browser):
        for path in paths:
            page.goto(f"{live_server.url}/{language}/{path}")
            found += severe_axe_violations(axe, page, f"{language} {label} /{path}")
    assert found == [], "\n".join(found)
