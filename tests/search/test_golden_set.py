"""The golden set: problem statements, as people type them, against a fixed corpus of ventures.

Every statement goes through the public API (`/api/v1/ventures/?q=`, first page, the directory's
order) and is scored against the ventures graded by hand in tests/search/data/problems.json
(see tests/search/golden.py). Run with `-s` to see the figures and the misses.
"""

import re
import sys

import pytest

from tests.search.golden import evaluate, figures_table, misses_table
from tests.search.metrics import summarise

pytestmark = pytest.mark.django_db

SUCCESS_AT_3_TARGET = 0.90
# Every n-th statement is also read from the directory page (a page costs more than an API call).
PAGE_SAMPLE_EVERY = 9

PAGE_RESULT = re.compile(r'<h3 id="venture-\d+-name" class="venture-card-name"><a href="/th/ventures/([^/]+)/"')


def test_the_corpus_is_published_with_its_texts_areas_and_places(golden_corpus, client, unthrottled_api):
    """The loader gives every venture the texts, areas, country, province, stage and flag of the file."""
    rows: dict[str, dict] = {}
    url = "/api/v1/ventures/?sort=name"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        rows.update((row["slug"], row) for row in response.json()["results"])
        url = response.json()["next"]
    assert set(rows) == {v.slug for v in golden_corpus}
    for venture in golden_corpus:
        row = rows[venture.slug]
        assert {f: row[f] for f in ("name_th", "name_en", "summary_th", "summary_en")} == {
            "name_th": venture.name_th,
            "name_en": venture.name_en,
            "summary_th": venture.summary_th,
            "summary_en": venture.summary_en,
        }
        assert (row["areas"], row["country"], row["province"], row["stage"], row["youth_led"]) == (
            list(venture.areas),
            venture.country,
            venture.province,
            venture.stage,
            venture.youth_led,
        ), venture.slug


def test_keyword_statements_keep_their_precise_results(golden_corpus, golden_problems, api_results):
    """Short keyword queries already work: a venture that is about the keyword comes in the first 3."""
    keywords = [p for p in golden_problems if p.style == "keyword"]
    outcomes = evaluate(keywords, api_results)
    assert all(o.scores.success_at_3 for o in outcomes), misses_table(outcomes)


def test_problem_statements_find_the_ventures_that_solve_them(golden_corpus, golden_problems, api_results):
    outcomes = evaluate(golden_problems, api_results)
    overall = summarise([o.scores for o in outcomes])
    report = f"{figures_table(outcomes, golden_corpus)}\n\nMisses (first relevant rank, statement):\n"
    sys.stdout.write(f"\n{report}{misses_table(outcomes)}\n")
    assert overall.success_at_3 >= SUCCESS_AT_3_TARGET, (
        f"success@3 {overall.success_at_3:.3f} < {SUCCESS_AT_3_TARGET} "
        f"(MRR {overall.mrr:.3f}, nDCG@5 {overall.ndcg_at_5:.3f}); run with -s for the misses"
    )


def test_the_directory_page_lists_the_same_first_results_as_the_api(
    golden_corpus, golden_problems, client, api_results
):
    differences = []
    for problem in golden_problems[::PAGE_SAMPLE_EVERY]:
        api = api_results(problem.q)
        page = PAGE_RESULT.findall(client.get("/th/ventures/", {"q": problem.q}).content.decode())
        if not api:
            differences.append(f"{problem.q}: nothing found")
        elif page != api:
            differences.append(f"{problem.q}:\n  page {page[:5]}\n  api  {api[:5]}")
    assert not differences, "\n".join(differences)
