"""HTTP latency of the public pages through gunicorn, as production serves them.

Never part of CI. Runs gunicorn (2 sync workers, the production settings, static files collected
into a temporary folder) against DATABASE_URL (e.g. the database `search_bench.py` filled), asks
for each URL in turn, round after round (so every URL sees the same machine), and prints p50 and
p95 per URL and each as a multiple of the plain list's (the directory with no word). The
figures are also written to a text file in the bench/results folder, named after the database
and the UTC time of the run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/searchbench .venv/bin/python bench/http_bench.py --rounds 30

With `--throughput SECONDS` (needs `wrk`: apt-get install wrk) it then measures requests per
second with 8 connections, in interleaved bursts of SECONDS per URL (`--bursts` rounds of
/healthz, the plain list and the common term), and prints each as a multiple of the plain list's.

The machine is shared and noisy (docs/performance.md): compare figures of one run, as ratios.
"""

import argparse
import datetime
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS = BASE_DIR / "bench" / "results"

URLS = {
    "/healthz": "/healthz",
    "plain list": "/th/ventures/",
    "common term": "/th/ventures/?q=" + quote("ชุมชน"),
    "common term 2": "/th/ventures/?q=" + quote("ผู้สูงอายุ"),
    "rare 2-char term": "/th/ventures/?q=" + quote("ทู"),
    "page 50": "/th/ventures/?page=50",
    "typo": "/th/ventures/?q=" + quote("ท่องเทียว"),
    "8-word sentence": "/th/ventures/?q=" + quote("ผู้สูงอายุ ใน ชุมชน ขาด รายได้ และ ไม่มี คนดูแล"),
    "facets only": "/th/ventures/?area=health&province=CMI",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def environment(static_root: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY="http-bench-only-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="False",
        STATIC_ROOT=static_root,
        LOG_LEVEL="WARNING",
    )
    return env


def get(base: str, path: str) -> tuple[float, int]:
    request = urllib.request.Request(base + path, headers={"Accept-Encoding": "gzip"})  # noqa: S310 - http only
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310 - our own server
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        error.read()
        status = error.code
    return (time.perf_counter() - started) * 1000, status


THROUGHPUT_URLS = ("/healthz", "plain list", "common term")


def requests_per_second(base: str, path: str, seconds: int) -> float:
    """One wrk burst: 8 connections, 2 threads, gzip accepted as a browser does."""
    wrk = shutil.which("wrk")
    assert wrk is not None
    output = subprocess.run(
        [wrk, "-t2", "-c8", f"-d{seconds}s", "-H", "Accept-Encoding: gzip", base + path],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(r"Requests/sec:\s*([0-9.]+)", output)
    if found is None or "Non-2xx" in output:
        raise SystemExit(f"wrk on {path}:\n{output}")
    return float(found.group(1))


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--throughput", type=int, default=0, metavar="SECONDS", help="wrk bursts of this long")
    parser.add_argument("--bursts", type=int, default=3)
    args = parser.parse_args()
    if args.throughput and not shutil.which("wrk"):
        raise SystemExit("--throughput needs wrk (apt-get install wrk)")
    rates: dict[str, list[float]] = {label: [] for label in THROUGHPUT_URLS}
    database = urlsplit(os.environ.get("DATABASE_URL", "sqlite:///var/db.sqlite3")).path.strip("/") or "default"

    with tempfile.TemporaryDirectory() as static_root:
        env = environment(static_root)
        python = sys.executable
        subprocess.run(
            [python, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=BASE_DIR, env=env, check=True
        )
        port = free_port()
        gunicorn = Path(python).with_name("gunicorn")
        server = subprocess.Popen(
            [str(gunicorn), "config.wsgi", "-w", str(args.workers), "-k", "sync", "-b", f"127.0.0.1:{port}"],
            cwd=BASE_DIR,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(120):
                try:
                    if get(base, "/healthz")[1] == 200:
                        break
                except OSError:
                    time.sleep(0.5)
            else:
                raise SystemExit("gunicorn did not answer /healthz")
            for path in URLS.values():  # warm: every worker process, every URL
                for _ in range(args.workers):
                    get(base, path)
            times: dict[str, list[float]] = {label: [] for label in URLS}
            statuses: dict[str, set[int]] = {label: set() for label in URLS}
            for _ in range(args.rounds):
                for label, path in URLS.items():
                    elapsed, status = get(base, path)
                    times[label].append(elapsed)
                    statuses[label].add(status)
            for _ in range(args.bursts if args.throughput else 0):
                for label in THROUGHPUT_URLS:
                    rates[label].append(requests_per_second(base, URLS[label], args.throughput))
        finally:
            server.terminate()
            server.wait(timeout=30)

    plain = statistics.median(times["plain list"])
    plain_p95 = percentile(times["plain list"], 0.95)
    now = datetime.datetime.now(datetime.UTC)
    lines = [
        f"http_bench: database {database}, gunicorn {args.workers} sync workers, production settings, "
        f"{args.rounds} rounds, {now:%Y-%m-%d %H:%M} UTC",
        f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} ({os.cpu_count()} cores)",
        "",
        f"{'URL':20} {'status':>7} {'p50 ms':>8} {'p95 ms':>8} {'p50 / plain list':>17} {'p95 / plain list':>17}",
    ]
    for label in URLS:
        p50 = statistics.median(times[label])
        codes = ",".join(str(s) for s in sorted(statuses[label]))
        p95 = percentile(times[label], 0.95)
        lines.append(f"{label:20} {codes:>7} {p50:8.1f} {p95:8.1f} {p50 / plain:17.2f} {p95 / plain_p95:17.2f}")
    if args.throughput:
        plain_rate = statistics.median(rates["plain list"])
        lines += [
            "",
            f"throughput: wrk, 8 connections, {args.bursts} interleaved bursts of {args.throughput} s per URL (median)",
            f"{'URL':20} {'req/s':>8} {'/ plain list':>13}",
        ]
        for label in THROUGHPUT_URLS:
            rate = statistics.median(rates[label])
            lines.append(f"{label:20} {rate:8.1f} {rate / plain_rate:13.2f}")
    report = "\n".join(lines) + "\n"
    print(report)
    RESULTS.mkdir(parents=True, exist_ok=True)
    written = RESULTS / f"http-{database}-{now:%Y%m%dT%H%M%S}.txt"
    written.write_text(report, encoding="utf-8")
    print(f"written to {written.relative_to(BASE_DIR)}")


if __name__ == "__main__":
    main()
