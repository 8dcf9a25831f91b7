"""The backup and restore drill (docs/operations.md): seed the demo data, `manage.py backup`,
`manage.py restore` into a fresh database (PostgreSQL: a throw-away database created for the
drill; SQLite: a new file), then compare every table's row count, the uploaded files and the
first page of three directory searches between the original and the restored database."""

import re
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.urls import reverse

from demo.seed import seed_demo

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("english", "media_root")]

RESTORE_DATABASE = "registry_erase_restore"
# One Thai word (waste), one English word, one Thai sentence ("the community lacks clean water").
SEARCHES = ["ขยะ", "farmers", "ชุมชนขาดน้ำสะอาด"]
LOGO = b"\x89PNG\r\n\x1a\n not really a picture, but bytes to bring back"


def row_counts() -> dict[str, int]:
    """Rows in every table of the database the default connection points at."""
    counts = {}
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 (names from the schema)
            counts[table] = cursor.fetchone()[0]
    return counts


def first_pages() -> dict[str, list[str]]:
    """The venture addresses on the first page of each directory search, in order."""
    cache.clear()  # the directory caches its answers; ask the database
    pages = {}
    for query in SEARCHES:
        html = Client().get(reverse("registry:venture_list"), {"q": query}).content.decode()
        pages[query] = re.findall(r'href="/en/ventures/([a-z0-9-]+)/"', html)
    return pages


@contextmanager
def fresh_database(name: str) -> Iterator[None]:
    """Point the default connection at another database for the block, then back (the test
    database's connection is kept aside, not closed: an in-memory SQLite database would go)."""
    kept, saved_name = connection.connection, connection.settings_dict["NAME"]
    connection.connection = None
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = saved_name
        connection.connection = kept


def drop_restore_database() -> None:
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {RESTORE_DATABASE} WITH (FORCE)")


@pytest.fixture
def fresh_database_name(tmp_path: Path) -> Iterator[str]:
    if connection.vendor == "sqlite":
        yield str(tmp_path / "restored.sqlite3")
        return
    drop_restore_database()
    with connection._nodb_cursor() as cursor:
        cursor.execute(
            f"CREATE DATABASE {RESTORE_DATABASE} TEMPLATE template0 ENCODING 'UTF8' "
            "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
        )
    yield RESTORE_DATABASE
    drop_restore_database()


def test_backup_then_restore_into_a_fresh_database_gives_the_same_registry(
    tmp_path: Path, settings: Any, media_root: Path, fresh_database_name: str
) -> None:
    seed_demo(ventures=40)
    (media_root / "logos" / "2026" / "12").mkdir(parents=True)
    (media_root / "logos" / "2026" / "12" / "logo.png").write_bytes(LOGO)
    counts_before, pages_before = row_counts(), first_pages()
    assert counts_before["registry_venture"] >= 40
    assert all(pages_before.values()), pages_before  # each search finds ventures: the comparison means something

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=archive, verbosity=0)
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names and "media/logos/2026/12/logo.png" in names

    # The original database is not empty: restoring over it is refused without --force.
    with pytest.raises(CommandError, match="not empty"):
        call_command("restore", archive)

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    with fresh_database(fresh_database_name):
        assert row_counts() == {}
        call_command("restore", archive, verbosity=0)
        counts_after, pages_after = row_counts(), first_pages()
        # Restoring again over it is refused, and replaces it with --force.
        with pytest.raises(CommandError, match="not empty"):
            call_command("restore", archive)
        call_command("restore", archive, force=True, verbosity=0)
        assert row_counts() == counts_before

    assert counts_after == counts_before
    assert pages_after == pages_before
    assert (tmp_path / "restored-media" / "logos" / "2026" / "12" / "logo.png").read_bytes() == LOGO
