"""`manage.py backup`: the database and uploaded files in one archive, with a manifest."""

import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.backups import BackupError, create_backup


class Command(BaseCommand):
    help = (
        "Back up the whole database (PostgreSQL: pg_dump -Fc; SQLite: the backup API) and MEDIA_ROOT "
        "into one .tar.gz with a manifest (time, database, app version, migrations, row counts)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--output",
            type=Path,
            help="the archive to write (default: var/backups/registry-<UTC time>.tar.gz)",
        )

    def handle(self, *args: Any, output: Path | None, **options: Any) -> None:
        if output is None:
            stamp = datetime.datetime.now(tz=datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
            output = Path(settings.VAR_DIR) / "backups" / f"registry-{stamp}.tar.gz"
        try:
            manifest = create_backup(output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        rows = sum(manifest["row_counts"].values())
        self.stdout.write(
            self.style.SUCCESS(
                f"Wrote {output}: {manifest['database_vendor']} database, {len(manifest['row_counts'])} tables, "
                f"{rows} rows, {manifest['media_files']} media files."
            )
        )
