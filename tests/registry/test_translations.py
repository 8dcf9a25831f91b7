"""The Thai message catalogue: compiled and up to date, and used by the Thai pages."""

import ast
import shutil
import subprocess
from pathlib import Path

import django
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


def _msgids_marked_in(path: Path) -> list[str]:
    """The string literals of the gettext_noop/ngettext_lazy calls of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        arg.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"gettext_noop", "ngettext_lazy"}
        for arg in node.args[:2]
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    ]


def test_the_django_messages_we_translate_are_still_django_s_own():
    """registry/upstream_messages.py only helps if its msgids match Django's exactly (a Django
    upgrade that rewords one would silently bring the English back on the Thai pages)."""
    django_dir = Path(django.__file__).parent
    known = "".join(
        po.read_text(encoding="utf-8").replace('"\n"', "")
        for po in [
            django_dir / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po",
            django_dir / "contrib" / "auth" / "locale" / "en" / "LC_MESSAGES" / "django.po",
            django_dir / "contrib" / "admin" / "locale" / "en" / "LC_MESSAGES" / "django.po",
        ]
    )
    msgids = _msgids_marked_in(Path(settings.BASE_DIR) / "registry" / "upstream_messages.py")
    assert len(msgids) > 20
    missing = [m for m in msgids if f'msgid "{m}"' not in known and f'msgid_plural "{m}"' not in known]
    assert missing == []


@pytest.mark.django_db
def test_django_s_password_rules_are_in_thai_on_the_thai_sign_up_page(client):
    th = client.get("/th/accounts/signup/").content.decode()
    assert "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร" in th
    assert "รหัสผ่านต้องไม่เป็นตัวเลขทั้งหมด" in th
    assert "Your password" not in th
    en = client.get("/en/accounts/signup/").content.decode()
    assert "Your password must contain at least 8 characters." in en
