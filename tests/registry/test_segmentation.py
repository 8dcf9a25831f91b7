"""Thai segmentation through nlpo3 gives exactly pythainlp newmm's words (no database).

The expected words come from pythainlp's own newmm segmenter, called directly; the project's
`_segment_thai` must give the same on every Thai run of the project's texts and on runs of
dictionary words joined without spaces (where newmm has to choose between several cuts).
"""

import json
import random
import re
from functools import cache
from pathlib import Path
from unittest import mock

import pytest
from pythainlp.corpus import thai_words
from pythainlp.tokenize.newmm import segment as pythainlp_newmm

from registry.search import text
from registry.search.text import words

ROOT = Path(__file__).resolve().parents[2]
THAI_RUN = re.compile("[\u0e01-\u0e5b]+")


def _runs_of(source: str) -> set[str]:
    return set(THAI_RUN.findall(text.normalise(source)))


@cache
def corpus() -> tuple[str, ...]:
    """Every Thai run of the demo concepts, the golden set's ventures and problems, and the thesaurus,
    and 1,500 runs of 2–8 dictionary words drawn with a fixed seed."""
    runs: set[str] = set()
    for path in sorted((ROOT / "demo" / "concepts").glob("*.py")):
        runs |= _runs_of(path.read_text(encoding="utf-8"))
    for name in ("ventures.json", "problems.json"):
        runs |= _runs_of(
            json.dumps(json.loads((ROOT / "tests" / "search" / "data" / name).read_text()), ensure_ascii=False)
        )
    for path in sorted((ROOT / "registry" / "data" / "thesaurus").glob("*.csv")):
        runs |= _runs_of(path.read_text(encoding="utf-8"))
    dictionary = sorted(thai_words())
    rng = random.Random(14)
    for _ in range(1500):
        runs.add("".join(rng.choice(dictionary) for _ in range(rng.randint(2, 8))))
    return tuple(sorted(runs))


def expected(run: str) -> tuple[str, ...]:
    return tuple(word for word in pythainlp_newmm(run) if word.strip())


def test_the_corpus_is_varied():
    runs = corpus()
    assert len(runs) > 5000
    assert sum(len(r) for r in runs) > 100_000


def test_nlpo3_is_installed_and_loaded_with_pythainlps_dictionary():
    assert text._nlpo3() is not None


def test_segmentation_is_pythainlp_newmm_on_every_run():
    text._segment_thai.cache_clear()
    differences = [(run, text._segment_thai(run), expected(run)) for run in corpus()]
    differences = [d for d in differences if d[1] != d[2]]
    assert differences == []


def test_most_runs_never_reach_pythainlp():
    # nlpo3 answers a run alone when all its words are in the dictionary; only the rest go to pythainlp.
    text._segment_thai.cache_clear()
    with mock.patch.object(text, "_segment_with_pythainlp", wraps=text._segment_with_pythainlp) as slow:
        for run in corpus():
            text._segment_thai(run)
    text._segment_thai.cache_clear()
    assert slow.call_count < len(corpus()) * 0.1


def test_a_word_the_dictionary_does_not_know_is_cut_as_pythainlp_cuts_it():
    # nlpo3 alone gives ผัก|เห|มี|ยง (its character clusters differ from pythainlp 5's).
    text._segment_thai.cache_clear()
    assert words("ผักเหมียงใบเหมียง") == ["ผัก", "เหมียง", "ใบ", "เหมียง"] == [*expected("ผักเหมียง"), *expected("ใบเหมียง")]


@pytest.mark.parametrize("run", ["ธนาคารขยะชุมชน", "ผู้สูงอายุติดเตียงในชุมชน", "ผักเหมียง", "แอปจองหมอนวด"])
def test_without_nlpo3_pythainlp_segments(run):
    text._segment_thai.cache_clear()
    with mock.patch.object(text, "_nlpo3", return_value=None):
        assert text._segment_thai(run) == expected(run)
    text._segment_thai.cache_clear()


def test_thai_character_clusters_are_pythainlps():
    from pythainlp.tokenize.tcc_p import tcc_pos

    for run in corpus()[:3000]:
        assert {m.end() for m in text._thai_cluster_pattern().finditer(run)} == tcc_pos(run), run
