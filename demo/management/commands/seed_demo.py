"""`manage.py seed_demo [--ventures N] [--seed S] [--if-empty]`: the bilingual demo data set."""

import time
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from demo.seed import DEFAULT_SEED, DEFAULT_VENTURES, seed_demo
from grants.selectors.stats import headline_figures
from registry.models import Venture


class Command(BaseCommand):
    help = (
        "Fill an empty registry with deterministic, bilingual demo data: ventures in every area, region and "
        "CLMV country, programme participations, ~95 awarded grants and the demo log-ins (local use only)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--ventures", type=int, default=DEFAULT_VENTURES, help="How many ventures (default 300).")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="Random seed: same seed, same data.")
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing (and say so) when the registry already has ventures; `make run` uses this.",
        )
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even under the production settings (the demo accounts share a published password).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        existing = Venture.objects.count()
        if existing and options["if_empty"]:
            self.stdout.write(f"The registry already has {existing:,} ventures: no demo data added (--if-empty).")
            return
        if existing:
            raise CommandError(
                f"The registry already has {existing:,} ventures; seed_demo fills an empty registry. "
                "Use --if-empty to skip quietly, or start from an empty database."
            )
        if settings.SETTINGS_MODULE.endswith(".production") and not options["allow_production"]:
            raise CommandError(
                "Refusing to create demo accounts with a published password under the production settings "
                "(pass --allow-production if you really mean it)."
            )
        if options["ventures"] < 1:
            raise CommandError("--ventures must be at least 1.")
        started = time.monotonic()
        verbose = options["verbosity"] >= 1
        report = seed_demo(
            ventures=options["ventures"],
            seed=options["seed"],
            progress=verbose,
            out=self.stdout if verbose else None,
        )
        figures = headline_figures()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo data written in {time.monotonic() - started:.1f} s: {report.ventures:,} ventures "
                f"({report.published:,} published), {report.applications:,} grant applications, "
                f"{report.awards:,} awards, {report.participations:,} participations, "
                f"{report.audit_entries:,} audit entries."
            )
        )
        self.stdout.write(
            f"Headline figures: {figures.grants_approved} grants approved, {figures.thb_granted:,.0f} THB granted, "
            f"{figures.thb_leveraged:,.0f} THB leveraged."
        )
