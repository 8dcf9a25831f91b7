"""The golden set for problem search: a fixed corpus of ventures and graded problem statements.

`data/ventures.json` holds the ventures exactly as the tests create them; `data/problems.json`
holds sentences as people type them, each graded by hand against the ventures' own texts:
`relevant` ventures directly solve the problem, `partial` ones help with part of it. The grades
come from reading the texts, never from what a search engine returns, so they can judge any
engine (tests/search/test_golden_set.py, bench/relevance.py).

Only the text fields given in the file are set: every other text field of a venture is blank, so
nothing but the file decides what a search can find.
"""

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.search.metrics import Scores, score, summarise, summarise_by

DATA_DIR = Path(__file__).resolve().parent / "data"
VENTURES_FILE = DATA_DIR / "ventures.json"
PROBLEMS_FILE = DATA_DIR / "problems.json"

TEXT_FIELDS = ("name_th", "name_en", "summary_th", "summary_en", "description_th", "description_en")
THAI_FIELDS = ("name_th", "summary_th", "description_th")
ENGLISH_FIELDS = ("name_en", "summary_en", "description_en")
# Text fields the corpus file does not set: blank, so that the factories' defaults never match.
OTHER_TEXT_FIELDS = ("problem_th", "problem_en")
LANGUAGES = ("th", "en")
STYLES = ("formal", "colloquial", "keyword", "place")
STAGES = ("idea", "prototype", "early_revenue", "growth", "scaling")


@dataclass(frozen=True)
class GoldenVenture:
    slug: str
    name_th: str
    name_en: str
    summary_th: str
    summary_en: str
    description_th: str
    description_en: str
    areas: tuple[str, ...]
    country: str
    province: str | None
    stage: str
    youth_led: bool

    @property
    def has_thai(self) -> bool:
        return any(getattr(self, f) for f in THAI_FIELDS)

    @property
    def has_english(self) -> bool:
        return any(getattr(self, f) for f in ENGLISH_FIELDS)

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(lang for lang, present in (("th", self.has_thai), ("en", self.has_english)) if present)

    def text(self) -> str:
        """Every text field, one a line (what a plain text baseline indexes)."""
        return "\n".join(getattr(self, f) for f in TEXT_FIELDS if getattr(self, f))


@dataclass(frozen=True)
class Problem:
    q: str
    lang: str
    style: str
    relevant: tuple[str, ...]
    partial: tuple[str, ...]
    note: str

    def is_cross_language(self, ventures: dict[str, GoldenVenture]) -> bool:
        """True when no directly relevant venture has text in the statement's language."""
        return all(self.lang not in ventures[slug].languages for slug in self.relevant)


def _venture(row: dict[str, Any]) -> GoldenVenture:
    return GoldenVenture(
        slug=row["slug"],
        **{f: row.get(f) or "" for f in TEXT_FIELDS},
        areas=tuple(row["areas"]),
        country=row["country"],
        province=row.get("province"),
        stage=row["stage"],
        youth_led=bool(row["youth_led"]),
    )


def _problem(row: dict[str, Any]) -> Problem:
    return Problem(
        q=row["q"],
        lang=row["lang"],
        style=row["style"],
        relevant=tuple(row["relevant"]),
        partial=tuple(row.get("partial") or ()),
        note=row.get("note", ""),
    )


def load_ventures(path: Path = VENTURES_FILE) -> list[GoldenVenture]:
    return [_venture(row) for row in json.loads(path.read_text(encoding="utf-8"))]


def load_problems(path: Path = PROBLEMS_FILE) -> list[Problem]:
    return [_problem(row) for row in json.loads(path.read_text(encoding="utf-8"))]


def create_ventures(ventures: Iterable[GoldenVenture]) -> list[Any]:
    """Published ventures with exactly the given texts, areas (the first one primary), country,
    province, stage and youth-led flag, created through the project's factories."""
    from registry.models import Country, Province, SocialArea
    from tests.factories import PublishedVentureFactory

    areas = {area.slug: area for area in SocialArea.objects.all()}
    countries = {country.iso2: country for country in Country.objects.all()}
    provinces = {province.abbr_en: province for province in Province.objects.all()}
    created = []
    for venture in ventures:
        created.append(
            PublishedVentureFactory.create(
                slug=venture.slug,
                **{f: getattr(venture, f) for f in TEXT_FIELDS},
                **dict.fromkeys(OTHER_TEXT_FIELDS, ""),
                areas=[areas[slug] for slug in venture.areas],
                country=countries[venture.country],
                province=provinces[venture.province] if venture.province else None,
                stage=venture.stage,
                youth_led=venture.youth_led,
            )
        )
    return created


def build_corpus(ventures: Sequence[GoldenVenture]) -> None:
    """Create the ventures and rebuild the search index from the published ventures."""
    from registry.search.index import rebuild

    create_ventures(ventures)
    rebuild(batch_size=100)


# --- Running a search engine over the statements ---------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What an engine returned for one statement, and how good it was."""

    problem: Problem
    ranking: tuple[str, ...]
    scores: Scores


def evaluate(problems: Sequence[Problem], search: Callable[[str], Sequence[str]]) -> list[Outcome]:
    """Run every statement through `search` (query → slugs in ranked order) and score the results."""
    outcomes = []
    for problem in problems:
        ranking = tuple(search(problem.q))
        outcomes.append(Outcome(problem, ranking, score(ranking, problem.relevant, problem.partial)))
    return outcomes


def groups(ventures: Sequence[GoldenVenture]) -> dict[str, Callable[[Problem], str | None]]:
    """The ways figures are broken down: by language, by style, and the cross-language statements."""
    by_slug = {v.slug: v for v in ventures}
    return {
        "language": lambda p: p.lang,
        "style": lambda p: p.style,
        "cross-language": lambda p: (
            f"{p.lang} → {'th' if p.lang == 'en' else 'en'} only" if p.is_cross_language(by_slug) else None
        ),
    }


def figures_table(outcomes: Sequence[Outcome], ventures: Sequence[GoldenVenture]) -> str:
    """success@3, MRR and nDCG@5 overall and per group, one line each."""
    problems = [o.problem for o in outcomes]
    scores = [o.scores for o in outcomes]
    lines = [f"{'':28}{'n':>4}  {'s@3':>6} {'MRR':>6} {'nDCG@5':>7}", f"{'overall':28}{summarise(scores).row()}"]
    for name, key in groups(ventures).items():
        for group, summary in summarise_by(problems, scores, key).items():
            lines.append(f"{name + ' ' + group:28}{summary.row()}")
    return "\n".join(lines)


def misses_table(outcomes: Sequence[Outcome], shown: int = 3) -> str:
    """One line per statement with no relevant venture in the first 3: where the first relevant one
    came (or '-'), the statement, the first results and what was expected."""
    lines = []
    for outcome in outcomes:
        if outcome.scores.success_at_3:
            continue
        rank = outcome.scores.first_relevant_rank
        top = ", ".join(outcome.ranking[:shown]) or "(nothing)"
        lines.append(
            f"{rank or '-':>3}  [{outcome.problem.lang}/{outcome.problem.style}] {outcome.problem.q}\n"
            f"       got: {top}\n       want: {', '.join(outcome.problem.relevant)}"
        )
    return "\n".join(lines)
