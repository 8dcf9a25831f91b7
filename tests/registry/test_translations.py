"""The Thai message catalogue: compiled and up to date, and used by the Thai pages."""

import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"


@pytest.mark.parametrize("language", ["th", "en"])
def test_the_compiled_catalogue_is_up_to_date_with_the_po_file(language, tmp_path):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("gettext's msgfmt is not installed")
    po = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    compiled = tmp_path / "django.mo"
    subprocess.run([msgfmt, "--check-format", "-o", str(compiled), str(po)], check=True)
    committed = po.with_suffix(".mo")
    assert committed.read_bytes() == compiled.read_bytes(), (
        f"{committed} is older than {po}: run `manage.py compilemessages --ignore=.venv` and commit the .mo"
    )


def test_every_thai_message_is_translated():
    po = (LOCALE_DIR / "th" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po.split("\n\n", 1)[1]
    entries = po.split("\n\n")[1:]
    untranslated = [e for e in entries if e.rstrip().endswith('msgstr ""') and 'msgstr ""\n"' not in e]
    assert untranslated == []


@pytest.mark.django_db
def test_the_thai_home_page_shows_thai_ui_text_from_the_catalogue(client):
    th = client.get("/th/").content.decode()
    assert '<html lang="th">' in th
    for text in ("ค้นหาทางแก้ปัญหาสังคม", "คุณกำลังมองหาทางแก้ปัญหาอะไร?", "นวัตกรรมเพื่อสังคม 9 ด้าน", "ข้ามไปยังเนื้อหาหลัก"):
        assert text in th
    en = client.get("/en/").content.decode()
    assert "Find a solution to a social problem" in en and "ค้นหาทางแก้ปัญหาสังคม" not in en
