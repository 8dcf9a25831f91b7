"""`manage.py import_ventures FILE.csv [--skip-invalid] [--by EMAIL]`: bulk import (docs/data-standards.md)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from registry.importer import CHECKING, COLUMNS, import_ventures
from registry.models import User


class Command(BaseCommand):
    help = (
        "Import ventures from a UTF-8 CSV file with a header row (columns: " + ", ".join(COLUMNS) + "). "
        "Every row is checked first: a file with any bad row imports nothing unless --skip-invalid is given. "
        "Importing the same file again changes nothing (rows are matched by external_ref)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="The CSV file.")
        parser.add_argument("--skip-invalid", action="store_true", help="Import the good rows and list the bad ones.")
        parser.add_argument("--by", metavar="EMAIL", help="The staff user the audit history names (optional).")
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (for logs).")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        by = None
        if options["by"]:
            by = User.objects.filter(email__iexact=options["by"]).first()
            if by is None:
                raise CommandError(f"No user with the email {options['by']}.")
        bars: dict[str, tqdm] = {}

        def progress(stage: str, done: int, total: int) -> None:
            if stage not in bars:
                label = "checking" if stage == CHECKING else "saving"
                bars[stage] = tqdm(
                    total=total, desc=label, unit="row", file=self.stderr, disable=options["no_progress"]
                )
            bars[stage].update(done - bars[stage].n)

        try:
            with path.open("rb") as handle:
                report = import_ventures(handle, skip_invalid=options["skip_invalid"], by=by, progress=progress)
        finally:
            for bar in bars.values():
                bar.close()
        for line in report.error_lines():
            self.stderr.write(line)
        if not report.imported:
            raise CommandError(report.summary())
        self.stdout.write(self.style.SUCCESS(report.summary()) if not report.errors else report.summary())
