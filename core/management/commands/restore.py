"""`manage.py restore ARCHIVE`: put a backup back into an empty database and MEDIA_ROOT."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from core.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup` into the configured database, which must be "
        "empty (no tables) unless --force, then compare every table's row count with the manifest."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("archive", type=Path, help="the .tar.gz written by `manage.py backup`")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace what a non-empty database and MEDIA_ROOT hold",
        )

    def handle(self, *args: Any, archive: Path, force: bool, **options: Any) -> None:
        if not archive.is_file():
            raise CommandError(f"{archive} does not exist.")
        try:
            result = restore_backup(archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        manifest, counts = result["manifest"], result["row_counts"]
        if result["differences"]:
            lines = [
                f"  {table}: {want} in the backup, {got} restored"
                for table, (want, got) in result["differences"].items()
            ]
            raise CommandError("Row counts differ from the backup's manifest:\n" + "\n".join(lines))
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created_at']} (app {manifest['app_version']}): "
                f"{len(counts)} tables, {sum(counts.values())} rows, all as in the manifest."
            )
        )
