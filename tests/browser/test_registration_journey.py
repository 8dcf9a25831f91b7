"""A first-time entrepreneur in headless Chromium: sign up → confirm the email → log in → register
a venture (Thai name, one area, province, logo) → submit it for review. Screenshots of each step
go to test-artifacts/registration-journey/ (gitignored).

Chromium itself is the session's one Playwright browser (tests/browser/conftest.py: `browser`);
the tab here has its own media folder.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import cache
from PIL import Image

from registry.models import ConsentRecord, User, Venture
from registry.models.ventures import VentureStatus

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

SHOTS = Path(settings.BASE_DIR) / "test-artifacts" / "registration-journey"
PASSWORD = "Mae-Rim waste bank 2567!"


@pytest.fixture
def tab(browser: Any, settings: Any, tmp_path: Path) -> Iterator[Any]:
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="th-TH")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
    cache.clear()


def shot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def logo_file(tmp_path: Path) -> Path:
    path = tmp_path / "โลโก้ธนาคารขยะ.png"
    Image.new("RGB", (400, 300), (20, 120, 60)).save(path)
    return path


def test_sign_up_create_and_submit_in_chromium(live_server: Any, tab: Any, tmp_path: Path) -> None:
    base = live_server.url
    mail.outbox.clear()

    # --- sign up ---
    tab.goto(f"{base}/th/accounts/signup/")
    assert tab.locator("input[name=consent]").is_checked() is False
    tab.fill("input[name=full_name]", "สมศรี ใจดี")
    tab.fill("input[name=email]", "somsri@example.org")
    tab.fill("input[name=password1]", PASSWORD)
    tab.fill("input[name=password2]", PASSWORD)
    tab.check("input[name=accept_terms]")
    tab.check("input[name=consent]")
    shot(tab, "01-signup-form")
    tab.click("form.stacked-form button[type=submit]")
    tab.wait_for_url(f"{base}/th/accounts/signup/done/")
    shot(tab, "02-check-your-email")
    user = User.objects.get(email="somsri@example.org")
    assert ConsentRecord.objects.filter(user=user, purpose="registry_processing").exists()

    # --- confirm the address from the email, log in ---
    [message] = [m for m in mail.outbox if m.to == ["somsri@example.org"]]
    link = next(word for word in message.body.split() if "/accounts/verify/" in word)
    tab.goto(base + link[link.index("/th/") :])
    shot(tab, "03-email-confirmed")
    user.refresh_from_db()
    assert user.email_verified_at is not None
    tab.goto(f"{base}/th/accounts/login/")
    tab.fill("input[name=username]", "somsri@example.org")
    tab.fill("input[name=password]", PASSWORD)
    tab.click("form.stacked-form button[type=submit]")
    tab.wait_for_url(f"{base}/th/my/")
    shot(tab, "04-dashboard-empty")

    # --- register the venture ---
    tab.click("a[href='/th/my/ventures/new/']")
    tab.wait_for_url(f"{base}/th/my/ventures/new/")
    tab.fill("input[name=name_th]", "ธนาคารขยะบ้านแม่ริม")
    tab.fill("textarea[name=summary_th]", "ธนาคารขยะชุมชนที่เปลี่ยนขยะเป็นรายได้ให้ชาวบ้าน")
    tab.locator("input[name=areas]").first.check()
    # The province list follows the country (JavaScript): hidden outside Thailand.
    tab.select_option("select[name=country]", "VN")
    assert not tab.locator("#province-field").is_visible()
    tab.select_option("select[name=country]", "TH")
    assert tab.locator("#province-field").is_visible()
    tab.select_option("select[name=province]", "CMI")
    tab.locator("input[name=stage][value=prototype]").check()
    tab.set_input_files("input[name=logo]", str(logo_file(tmp_path)))
    shot(tab, "05-venture-form")
    tab.click("button[name=save_and_submit]")
    tab.wait_for_url(f"{base}/th/my/ventures/*/")
    shot(tab, "06-submitted")

    venture = Venture.objects.get(owner=user)
    assert venture.status == VentureStatus.SUBMITTED
    assert venture.name_th == "ธนาคารขยะบ้านแม่ริม"
    assert venture.province is not None and venture.province.abbr_en == "CMI"
    logo_name = venture.logo.name or ""
    assert logo_name.startswith("logos/") and "โลโก้" not in logo_name
    assert tab.locator(".status-submitted").is_visible()
    assert len(list(SHOTS.glob("*.png"))) >= 6
