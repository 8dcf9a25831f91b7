"""Back up and restore the whole registry: the database and the uploaded files, in one archive.

The archive is a gzipped tar holding `manifest.json` (when, which database, the app's version and
migrations, the row count of every table), the database (`database.pgdump`, made by
`pg_dump -Fc`, or `database.sqlite3`, a copy made with the sqlite3 backup API, which is safe
while the site runs) and `media/` (uploaded logos). `manage.py backup` writes one;
`manage.py restore` puts one back into an **empty** database and checks the row counts against
the manifest. See docs/operations.md, "Backups and restore".
"""

import datetime
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import tomllib
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

MANIFEST = "manifest.json"
FORMAT = "social-innovation-registry/backup"
PG_DUMP_NAME = "database.pgdump"
SQLITE_NAME = "database.sqlite3"
MEDIA_DIR = "media"


class BackupError(Exception):
    """A backup or restore that cannot go on, with the reason in words."""


def app_version() -> str:
    with open(Path(settings.BASE_DIR) / "pyproject.toml", "rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def table_row_counts() -> dict[str, int]:
    """The number of rows of every table in the database (the search structures included)."""
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 (names from the schema)
            counts[table] = cursor.fetchone()[0]
    return counts


def migration_state() -> dict[str, str]:
    """The last applied migration of each app."""
    state: dict[str, str] = {}
    for app, name in MigrationRecorder(connection).applied_migrations():
        state[app] = max(state.get(app, ""), name)
    return dict(sorted(state.items()))


def _pg_environment() -> tuple[list[str], dict[str, str]]:
    """Connection arguments for pg_dump/pg_restore from the Django settings (password in the environment)."""
    db = connection.settings_dict
    args = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [option, str(db[key])]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return args, env


def _run(command: list[str], env: dict[str, str]) -> None:
    # The PostgreSQL client tools with arguments from the settings, never from a request.
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed ({result.returncode}): {result.stderr.strip()[-2000:]}")


def _dump_database(target: Path) -> str:
    if connection.vendor == "postgresql":
        args, env = _pg_environment()
        path = target / PG_DUMP_NAME
        _run(["pg_dump", "-Fc", *args, "--file", str(path), str(connection.settings_dict["NAME"])], env)
        return PG_DUMP_NAME
    if connection.vendor == "sqlite":
        connection.ensure_connection()
        copy = sqlite3.connect(target / SQLITE_NAME)
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
        return SQLITE_NAME
    raise BackupError(f"No backup method for the {connection.vendor} database.")


def _media_files() -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else []


def create_backup(archive: Path) -> dict[str, Any]:
    """Write the database and media files into `archive` (a .tar.gz); returns the manifest."""
    media_root = Path(settings.MEDIA_ROOT)
    with tempfile.TemporaryDirectory() as work:
        database_file = _dump_database(Path(work))
        # Counted after the dump: a row written in between is counted but may not be in the dump;
        # run backups when the site is quiet, or read the restore's comparison with that in mind.
        manifest = {
            "format": FORMAT,
            "version": 1,
            "created_at": datetime.datetime.now(tz=datetime.UTC).isoformat(),
            "database_vendor": connection.vendor,
            "database_file": database_file,
            "app_version": app_version(),
            "migrations": migration_state(),
            "row_counts": table_row_counts(),
            "media_files": len(_media_files()),
        }
        archive.parent.mkdir(parents=True, exist_ok=True)
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size = len(data)
            info.mtime = int(datetime.datetime.now(tz=datetime.UTC).timestamp())
            tar.addfile(info, io.BytesIO(data))
            tar.add(Path(work) / database_file, arcname=database_file)
            for path in _media_files():
                tar.add(path, arcname=f"{MEDIA_DIR}/{path.relative_to(media_root).as_posix()}")
        partial.replace(archive)  # never leave a half-written archive under the final name
    return manifest


def read_manifest(archive: Path) -> dict[str, Any]:
    with tarfile.open(archive, "r:gz") as tar:
        member = tar.extractfile(MANIFEST)
        if member is None:
            raise BackupError(f"{archive} has no {MANIFEST}.")
        manifest: dict[str, Any] = json.load(member)
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{archive} is not a registry backup.")
    return manifest


def database_is_empty() -> bool:
    """No tables at all: a database just created, before `migrate`."""
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def _restore_database(extracted: Path, manifest: dict[str, Any], *, force: bool) -> None:
    database_file = extracted / manifest["database_file"]
    if connection.vendor == "postgresql":
        args, env = _pg_environment()
        name = str(connection.settings_dict["NAME"])
        connection.close()
        clean = ["--clean", "--if-exists"] if force else []
        _run(["pg_restore", "--exit-on-error", "--no-owner", *clean, *args, "--dbname", name, str(database_file)], env)
        return
    source = sqlite3.connect(database_file)
    try:
        connection.ensure_connection()
        # The backup API replaces every page of the target: it is a copy, not a merge.
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def restore_backup(archive: Path, *, force: bool = False) -> dict[str, Any]:
    """Put `archive` back into the configured database and MEDIA_ROOT, which must be empty
    unless `force`; returns the manifest and the row counts that differ from it."""
    manifest = read_manifest(archive)
    if manifest["database_vendor"] != connection.vendor:
        raise BackupError(
            f"The backup is of a {manifest['database_vendor']} database; this one is {connection.vendor}."
        )
    if not force and not database_is_empty():
        raise BackupError(
            f"The database {connection.settings_dict['NAME']} is not empty. Restore into a new, empty "
            "database, or give --force to replace what it holds."
        )
    media_root = Path(settings.MEDIA_ROOT)
    if not force and _media_files():
        raise BackupError(f"MEDIA_ROOT ({media_root}) holds files. Empty it, or give --force to replace them.")
    with tempfile.TemporaryDirectory() as work, tarfile.open(archive, "r:gz") as tar:
        tar.extractall(work, filter="data")  # refuses absolute paths and "..": nothing lands outside
        extracted = Path(work)
        _restore_database(extracted, manifest, force=force)
        media = extracted / MEDIA_DIR
        if media.is_dir():
            media_root.mkdir(parents=True, exist_ok=True)
            shutil.copytree(media, media_root, dirs_exist_ok=True)
    counts = table_row_counts()
    expected = manifest["row_counts"]
    differences = {
        table: (expected.get(table), counts.get(table))
        for table in sorted(set(expected) | set(counts))
        if expected.get(table) != counts.get(table)
    }
    return {"manifest": manifest, "row_counts": counts, "differences": differences}
