"""Open-data export benchmark: stream the ventures CSV at N and 10×N rows; print time, queries
and the memory the export allocated at its peak.

Never part of CI. Run it against a database of its own, e.g.

    DATABASE_URL=sqlite:///var/exportbench.sqlite3 .venv/bin/python bench/export_bench.py --ventures 10000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/exportbench .venv/bin/python bench/export_bench.py

It migrates the database and adds bare published ventures (external_ref `exportbench-…`) until
there are as many as the largest size asks (a second run reuses them). The export streams
(registry.opendata): its peak memory should stay flat while the rows grow tenfold. The machine
is shared and noisy (docs/performance.md): compare the two sizes of one run, not runs.
"""

import argparse
import os
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from registry.models import Country, SocialArea, Venture, VentureArea  # noqa: E402
from registry.models.ventures import VentureStatus  # noqa: E402

PREFIX = "exportbench-"


def ensure_ventures(count: int) -> None:
    have = Venture.objects.filter(external_ref__startswith=PREFIX).count()
    if have >= count:
        return
    thailand = Country.objects.get(iso2="TH")
    areas = list(SocialArea.objects.all())
    now = timezone.now()
    for start in range(have, count, 5000):
        batch = Venture.objects.bulk_create(
            Venture(
                slug=f"{PREFIX}{n}",
                external_ref=f"{PREFIX}{n}",
                name_th=f"วิสาหกิจชุมชนทดสอบการส่งออก {n}",
                name_en=f"Export bench venture {n}",
                summary_th="ธนาคารขยะชุมชนที่เปลี่ยนขยะเป็นรายได้ " * 3,
                summary_en="A community waste bank that turns rubbish into income. " * 3,
                country=thailand,
                status=VentureStatus.PUBLISHED,
                published_at=now,
                first_published_at=now,
            )
            for n in range(start, min(count, start + 5000))
        )
        VentureArea.objects.bulk_create(
            VentureArea(venture=v, area=areas[i % len(areas)], is_primary=True) for i, v in enumerate(batch)
        )
        print(f"  {min(count, start + 5000):,} ventures", flush=True)


def export(limit: int, *, trace: bool = True) -> tuple[int, float, int, float]:
    """(rows, seconds, queries, peak MiB allocated) of one CSV export of the first `limit` ventures."""
    Venture.objects.filter(external_ref__startswith=PREFIX).update(status=VentureStatus.ARCHIVED)
    keep = Venture.objects.filter(external_ref__startswith=PREFIX).order_by("pk").values_list("pk", flat=True)[:limit]
    Venture.objects.filter(pk__in=list(keep)).update(status=VentureStatus.PUBLISHED)
    client = Client()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    rows = 0
    with CaptureQueriesContext(connection) as queries:
        response: Any = client.get("/api/v1/ventures/", {"format": "csv"})
        for chunk in response.streaming_content:
            rows += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    peak = 0
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return rows - 1, seconds, len(queries), peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ventures", type=int, default=100_000, help="the larger size (default 100,000)")
    parser.add_argument("--no-memory", action="store_true", help="time without tracemalloc (which slows Python down)")
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    ensure_ventures(args.ventures)
    print(f"database: {connection.vendor}, chunk size {settings.OPENDATA_EXPORT_CHUNK_SIZE}")
    results = []
    unthrottled = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": None}}
    for limit in (args.ventures // 10, args.ventures):
        with override_settings(REST_FRAMEWORK=unthrottled):
            rows, seconds, queries, peak = export(limit, trace=not args.no_memory)
        results.append((rows, peak))
        memory = "" if args.no_memory else f"  peak {peak:6.1f} MiB"
        print(f"{rows:>9,} rows  {seconds:6.1f} s  {rows / seconds:8,.0f} rows/s  {queries:5} queries{memory}")
    (small_rows, small_peak), (large_rows, large_peak) = results
    if not args.no_memory:
        print(f"rows ×{large_rows / small_rows:.0f}, peak memory ×{large_peak / small_peak:.2f}")


if __name__ == "__main__":
    main()
