"""The relevance measures, checked against values worked out by hand."""

import math

import pytest

from tests.search.metrics import (
    first_relevant_rank,
    ndcg_at,
    reciprocal_rank,
    score,
    success_at,
    summarise,
    summarise_by,
)


def test_success_at_k_counts_a_relevant_result_among_the_first_k():
    ranking = ["a", "b", "c", "d"]
    assert success_at(ranking, {"c"}, 3) == 1.0
    assert success_at(ranking, {"c"}, 2) == 0.0
    assert success_at(ranking, {"d"}, 3) == 0.0
    assert success_at([], {"a"}, 3) == 0.0


def test_a_partially_relevant_result_is_not_a_success():
    # Only `relevant` counts for success@3 and MRR; `partial` only adds gain to nDCG.
    assert score(["p", "x", "y"], relevant={"r"}, partial={"p"}).success_at_3 == 0.0
    assert score(["p", "x", "y"], relevant={"r"}, partial={"p"}).reciprocal_rank == 0.0


def test_reciprocal_rank_of_the_first_relevant_result():
    assert reciprocal_rank(["a", "b", "c"], {"a"}) == 1.0
    assert reciprocal_rank(["a", "b", "c"], {"c", "b"}) == 0.5  # the first one counts
    assert reciprocal_rank(["a", "b", "c", "d"], {"d"}) == 0.25
    assert reciprocal_rank(["a", "b"], {"z"}) == 0.0
    assert first_relevant_rank(["a", "b", "c"], {"c"}) == 3
    assert first_relevant_rank(["a"], {"z"}) is None


def test_ndcg_with_a_partial_first_and_the_relevant_third():
    # DCG = 1/log2(2) + 2/log2(4) = 1 + 1 = 2; ideal order (2, 1): 2/1 + 1/log2(3) = 2.6309298
    value = ndcg_at(["p", "x", "r", "y", "z"], relevant={"r"}, partial={"p"}, k=5)
    assert value == pytest.approx(2 / (2 + 1 / math.log2(3)))
    assert value == pytest.approx(0.760188, abs=1e-6)


def test_ndcg_with_the_only_relevant_result_fourth():
    # DCG = 2/log2(5) = 0.8613531; ideal = 2/log2(2) = 2
    assert ndcg_at(["a", "b", "c", "r"], relevant={"r"}) == pytest.approx(0.430677, abs=1e-6)


def test_ndcg_ignores_results_past_k():
    assert ndcg_at(["a", "b", "c", "d", "e", "r"], relevant={"r"}, k=5) == 0.0


def test_ndcg_is_one_for_the_best_order_even_with_more_graded_items_than_k():
    relevant = {"a", "b", "c", "d", "e", "f", "g"}
    assert ndcg_at(["a", "b", "c", "d", "e"], relevant=relevant) == pytest.approx(1.0)
    # Relevant before partial is best; the reverse order is not.
    assert ndcg_at(["r", "p"], relevant={"r"}, partial={"p"}) == pytest.approx(1.0)
    # DCG of (1, 2) = 1 + 2/log2(3) = 2.2618595; ideal (2, 1) = 2.6309298
    assert ndcg_at(["p", "r"], relevant={"r"}, partial={"p"}) == pytest.approx(0.859719, abs=1e-6)


def test_a_result_listed_twice_earns_its_gain_once():
    assert ndcg_at(["r", "r"], relevant={"r", "s"}) == pytest.approx(2 / (2 + 2 / math.log2(3)))


def test_summaries_are_means_over_statements():
    scores = [score(["r"], {"r"}), score(["x", "r"], {"r"}), score(["x"], {"r"}), score(["x", "y", "z", "r"], {"r"})]
    summary = summarise(scores)
    assert summary.count == 4
    assert summary.success_at_3 == pytest.approx(2 / 4)
    assert summary.mrr == pytest.approx((1 + 0.5 + 0 + 0.25) / 4)
    # nDCG: 1, 1/log2(3) = 0.6309298, 0, 1/log2(5) = 0.4306766
    assert summary.ndcg_at_5 == pytest.approx((1 + 0.6309298 + 0 + 0.4306766) / 4, abs=1e-6)
    assert summarise([]).count == 0


def test_summaries_by_group_keep_each_group_apart():
    items = ["th", "en", "th"]
    scores = [score(["r"], {"r"}), score(["x"], {"r"}), score(["x", "r"], {"r"})]
    groups = summarise_by(items, scores, key=lambda lang: lang)
    assert list(groups) == ["th", "en"]
    assert groups["th"].count == 2
    assert groups["th"].mrr == pytest.approx(0.75)
    assert groups["en"].success_at_3 == 0.0
    assert summarise_by(items, scores, key=lambda lang: None) == {}
