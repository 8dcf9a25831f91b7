"""The search box syntax, parsed the same way for PostgreSQL and SQLite.

- words are all required (`เกษตร อินทรีย์` = both);
- `"quoted words"` must appear together, in that order;
- `-word` or `-"a phrase"` excludes the ventures that contain it.

A typed word that the segmenter splits into several words (`เกษตรอินทรีย์` → เกษตร|อินทรีย์)
is searched as a phrase, as websearch_to_tsquery would. Each term keeps both forms: its compact
text (substring matching) and its words (whole-word matching and ranking).
"""

import re
from dataclasses import dataclass

from .text import compact_normalised, normalise, words

MAX_QUERY_LENGTH = 256
# Enough for a problem described in a sentence; each term is one indexed condition.
MAX_TERMS = 24
# Terms shorter than this many characters have no trigram to look up (docs/thai-search.md).
MIN_TRIGRAM_LENGTH = 3

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})
_SYNTAX = re.compile(r'(-?)"([^"]*)"?|(\S+)')


@dataclass(frozen=True)
class Term:
    text: str  # compact form: what must appear as a substring
    tokens: tuple[str, ...]  # its words, for whole-word matching
    quoted: bool = False

    @property
    def phrase(self) -> str:
        """The words joined by single spaces (a whole-word phrase)."""
        return " ".join(self.tokens)

    @property
    def is_short(self) -> bool:
        return len(self.text) < MIN_TRIGRAM_LENGTH

    def display(self) -> str:
        return f'"{self.text}"' if self.quoted or " " in self.text else self.text


@dataclass(frozen=True)
class ParsedQuery:
    include: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()
    raw: str = ""

    def __bool__(self) -> bool:
        return bool(self.include or self.exclude)

    def display(self) -> str:
        return " ".join([t.display() for t in self.include] + [f"-{t.display()}" for t in self.exclude])


def make_term(text: str, *, quoted: bool = False) -> Term | None:
    normalised = normalise(text)
    compacted = compact_normalised(normalised)
    if not compacted:
        return None
    return Term(text=compacted, tokens=tuple(words(text)), quoted=quoted)


def parse_query(raw: str | None) -> ParsedQuery:
    """Split what a person typed into required terms, phrases and excluded terms."""
    raw = (raw or "").translate(_QUOTES).strip()[:MAX_QUERY_LENGTH]
    include: list[Term] = []
    exclude: list[Term] = []
    for match in _SYNTAX.finditer(raw):
        negated, quoted, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            negated = "-" if bare.startswith("-") and len(bare) > 1 else ""
            text, is_quoted = (bare[1:] if negated else bare), False
        else:
            text, is_quoted = quoted or "", True
        term = make_term(text, quoted=is_quoted)
        if term is None:
            continue
        target = exclude if negated else include
        if term not in target and len(target) < MAX_TERMS:
            target.append(term)
    return ParsedQuery(include=tuple(include), exclude=tuple(exclude), raw=raw)
