"""Relevance benchmark: the golden set's problem statements, the project's search and a BM25 baseline.

Never part of CI; it prints figures and does not fail on them. It creates a throw-away test
database on the configured DATABASE_URL (Django's test database: in memory for SQLite, a
`test_…` database for PostgreSQL, dropped at the end), creates the fixed corpus of
tests/search/data/ventures.json, rebuilds the search index and runs every statement of
tests/search/data/problems.json through

- the project: `GET /api/v1/ventures/?q=…`, the first page in the directory's order;
- a BM25 baseline in the same run: `rank-bm25` (Okapi) over the project's own word segmentation
  (`registry.search.text.words`: pythainlp newmm for Thai) of name, summary and description in
  both languages, OR semantics (a venture matching any word is ranked), no stop words, no thesaurus.

It prints success@3, MRR and nDCG@5 (tests/search/metrics.py) overall, by language, by style and
for the cross-language statements.

    .venv/bin/python bench/relevance.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/reg TEST_DATABASE_TEMPLATE=reg_tpl \\
        .venv/bin/python bench/relevance.py --misses

On PostgreSQL the test database is TEST_DATABASE_NAME (default `test_<name>`): it is dropped and
created again, so do not point it at a database a test run is using; give TEST_DATABASE_TEMPLATE
a UTF-8-ctype template as for the tests.

`--holdout FILE` also evaluates another statements file of the same format on the same corpus;
`--holdout-dir DIR` evaluates DIR/problems.json after adding the ventures of DIR/ventures.json
(when there is one) to the corpus.
"""

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import (  # noqa: E402
    override_settings,
    setup_databases,
    setup_test_environment,
    teardown_databases,
    teardown_test_environment,
)
from rank_bm25 import BM25Okapi  # noqa: E402

from registry.search.index import rebuild  # noqa: E402
from registry.search.text import words  # noqa: E402
from tests.search.golden import (  # noqa: E402
    GoldenVenture,
    Outcome,
    Problem,
    create_ventures,
    evaluate,
    figures_table,
    load_problems,
    load_ventures,
    misses_table,
)

Search = Callable[[str], Sequence[str]]


class BM25Baseline:
    """Okapi BM25 over the segmented text of each venture; a query's words are OR-ed."""

    def __init__(self, ventures: Sequence[GoldenVenture], page_size: int) -> None:
        self.slugs = [v.slug for v in ventures]
        self.index = BM25Okapi([words(v.text()) for v in ventures])
        self.page_size = page_size

    def search(self, q: str) -> list[str]:
        tokens = words(q)
        if not tokens:
            return []
        scores = self.index.get_scores(tokens)
        ranked = sorted(
            ((float(s), slug) for s, slug in zip(scores, self.slugs, strict=True) if s > 0),
            key=lambda pair: (-pair[0], pair[1]),
        )
        return [slug for _, slug in ranked[: self.page_size]]


def project_search(client: Client) -> Search:
    def search(q: str) -> list[str]:
        response = client.get("/api/v1/ventures/", {"q": q})
        if response.status_code != 200:
            print(f"  ! the API answered {response.status_code} for {q!r}")
            return []
        return [row["slug"] for row in response.json()["results"]]

    return search


def report(
    title: str,
    ventures: Sequence[GoldenVenture],
    problems: Sequence[Problem],
    engines: dict[str, Search],
    *,
    show_misses: bool,
) -> None:
    print(f"\n=== {title}: {len(problems)} statements, {len(ventures)} ventures ===")
    results: dict[str, list[Outcome]] = {}
    for name, search in engines.items():
        started = time.perf_counter()
        results[name] = evaluate(problems, search)
        print(f"  ({name}: {time.perf_counter() - started:.1f} s)")
    tables = {name: figures_table(outcomes, ventures).splitlines() for name, outcomes in results.items()}
    names = list(tables)
    header = "".join(f"{name:^28}" for name in names)
    print(f"{'':28}{header}")
    for i, first in enumerate(tables[names[0]]):
        label, rest = first[:28], [tables[name][i][28:] for name in names]
        print(f"{label}" + "".join(f"{cell:<28}" for cell in rest))
    if show_misses:
        for name, outcomes in results.items():
            print(f"\n--- {name}: statements without a relevant venture in the first 3 ---")
            print(misses_table(outcomes) or "(none)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--holdout", type=Path, help="another statements file to evaluate on the same corpus")
    parser.add_argument(
        "--holdout-dir", type=Path, help="a folder with problems.json and, optionally, ventures.json to add"
    )
    parser.add_argument("--misses", action="store_true", help="list the statements each engine misses")
    args = parser.parse_args()

    ventures = load_ventures()
    problems = load_problems()
    extra: list[GoldenVenture] = []
    holdouts: list[tuple[str, list[Problem]]] = []
    if args.holdout:
        holdouts.append((f"hold-out {args.holdout.name}", load_problems(args.holdout)))
    if args.holdout_dir:
        holdouts.append(("hold-out set", load_problems(args.holdout_dir / "problems.json")))
        if (args.holdout_dir / "ventures.json").exists():
            extra = load_ventures(args.holdout_dir / "ventures.json")

    setup_test_environment()
    old_config: Any = setup_databases(verbosity=0, interactive=False, serialized_aliases=set())
    try:
        # The statements are many more requests than an anonymous caller may make in a minute.
        with override_settings(REST_FRAMEWORK={**_rest_framework(), "DEFAULT_THROTTLE_RATES": {"anon": None}}):
            print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})")
            started = time.perf_counter()
            create_ventures(ventures)
            rebuild(batch_size=100)
            print(f"corpus of {len(ventures)} ventures created and indexed in {time.perf_counter() - started:.1f} s")
            client = Client()
            page_size = _page_size()
            engines: dict[str, Search] = {
                "project (API)": project_search(client),
                "BM25 baseline": BM25Baseline(ventures, page_size).search,
            }
            report("golden set", ventures, problems, engines, show_misses=args.misses)
            if holdouts:
                if extra:
                    create_ventures(extra)
                    rebuild(batch_size=100)
                corpus = [*ventures, *extra]
                engines["BM25 baseline"] = BM25Baseline(corpus, page_size).search
                for title, statements in holdouts:
                    report(title, corpus, statements, engines, show_misses=args.misses)
    finally:
        teardown_databases(old_config, verbosity=0)
        teardown_test_environment()


def _rest_framework() -> dict[str, Any]:
    from django.conf import settings

    return dict(settings.REST_FRAMEWORK)


def _page_size() -> int:
    from registry.selectors import directory_page_size

    return directory_page_size()


if __name__ == "__main__":
    main()
