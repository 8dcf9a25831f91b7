"""Rebuild every search document and the "did you mean" word list from the published ventures."""

import os
import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from registry.models import Venture
from registry.search.index import rebuild, tidy_after_rebuild


class Command(BaseCommand):
    help = "Rebuild the search index of published ventures, in batches, with a progress bar."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500, help="ventures per batch (default 500)")
        parser.add_argument(
            "--jobs",
            type=int,
            default=min(os.cpu_count() or 1, 4),
            help="processes that segment Thai text in parallel (default: CPU count, at most 4)",
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")

    def handle(self, *args: Any, batch_size: int, jobs: int, no_progress: bool, **options: Any) -> None:
        total = Venture.objects.published().count()
        started = time.monotonic()
        with tqdm(total=total, unit="venture", disable=no_progress, file=self.stderr) as bar:
            documents, words = rebuild(batch_size=batch_size, jobs=max(1, jobs), progress=bar.update)
        elapsed = time.monotonic() - started
        tidy_started = time.monotonic()
        tidied = tidy_after_rebuild()
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {documents} published ventures and {words} words in {elapsed:.1f} s "
                f"({documents / elapsed if elapsed else 0:.0f} ventures/s); "
                f"{tidied} in {time.monotonic() - tidy_started:.1f} s."
            )
        )
