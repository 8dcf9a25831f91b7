"""One normalise → lower-case → segment pipeline, used both to index and to query.

Thai has no spaces between words: Thai runs go through pythainlp's newmm segmenter; every other
script is split on spaces and punctuation. Text is NFC-normalised (never NFKC, which breaks the
Thai vowel ำ) and Thai marks are put in canonical order by `pythainlp.util.normalize`
(see notes/thai-search.md).

Two forms come out of a text:
- `words(text)`: the list of words, for whole-word matching and ranking;
- `compact(text)`: the lower-cased text with punctuation turned into single spaces and the
  spaces between two Thai characters removed, for substring matching ("สูงอายุ" is found
  inside "ผู้สูงอายุ", which the segmenter keeps as one word).
Every word sequence of a text is a substring of its compact form, so a whole-word match is
always also a substring match.
"""

import re
import unicodedata
from functools import cache, lru_cache

THAI_RANGE = "\u0e00-\u0e7f"
_THAI_RUN = re.compile(f"[{THAI_RANGE}]+|[^{THAI_RANGE}]+")
_HAS_THAI = re.compile(f"[{THAI_RANGE}]")
_SPACE_BETWEEN_THAI = re.compile(f"(?<=[{THAI_RANGE}]) (?=[{THAI_RANGE}])")


@cache
def _word_pattern() -> re.Pattern[str]:
    """Runs of letters, digits, combining marks (Thai vowels and tone marks) and private-use characters.

    Python's `\\w` has letters and digits but not combining marks, which would cut Thai
    (and Vietnamese written with combining accents) apart. The mark ranges are read from the
    Unicode database once (Basic Multilingual Plane: ~40 ms).
    """
    ranges: list[tuple[int, int]] = []
    start = None
    for cp in range(0x10000):
        is_mark = unicodedata.category(chr(cp)).startswith("M")
        if is_mark and start is None:
            start = cp
        elif not is_mark and start is not None:
            ranges.append((start, cp - 1))
            start = None
    marks = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)
    return re.compile(f"[\\w{marks}\\ue000-\\uf8ff]+")


@cache
def _needs_thai_normalize() -> re.Pattern[str]:
    """What `pythainlp.util.normalize` would change, built from pythainlp's own character sets.

    normalize runs ~25 regular expressions over the whole text (it dominated indexing time);
    most text has none of these, and then normalize only tidies spaces, which the
    compact and word forms ignore anyway.
    """
    from pythainlp import thai_above_vowels, thai_below_vowels, thai_follow_vowels, thai_lead_vowels, thai_tonemarks

    marks = "\u0e3a\u0e4c\u0e4d\u0e4e"
    dangling = f"{thai_above_vowels}{thai_below_vowels}{thai_tonemarks}{marks}"
    no_repeat = f"{thai_follow_vowels}{thai_lead_vowels}{thai_above_vowels}{thai_below_vowels}{marks}"
    triggers = [
        "[\u200b\u200c]",  # zero-width space / non-joiner
        rf"(?:^|\s)[{dangling}]",  # a mark with no consonant (also "space before a mark")
        "\u0e40\u0e40",  # two sara e for sara ae
        f"[{thai_tonemarks}\u0e4c][{thai_above_vowels}{thai_below_vowels}]",  # tone before a vowel
        "\u0e4d",  # nikhahit (+ sara aa for sara am)
        f"[{thai_follow_vowels}][{thai_tonemarks}]",  # follow vowel before a tone mark
        "\u0e45",  # lakkhangyao
        rf"([{no_repeat}]) *\1",  # a repeated vowel or sign
        f"[{thai_tonemarks}]{{2}}",  # repeated tone marks
    ]
    return re.compile("|".join(triggers))


def normalise(text: str) -> str:
    """NFC, Thai marks in canonical order, zero-width characters removed, lower-cased."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if _HAS_THAI.search(text) and _needs_thai_normalize().search(text):
        from pythainlp.util import normalize as thai_normalize

        text = thai_normalize(text)
    return unicodedata.normalize("NFC", text.lower())


def _runs(normalised: str) -> list[str]:
    """Word-character runs of an already normalised text (underscore counts as punctuation)."""
    return _word_pattern().findall(normalised.replace("_", " "))


@lru_cache(maxsize=50_000)
def _segment_thai(run: str) -> tuple[str, ...]:
    from pythainlp.tokenize.newmm import segment

    return tuple(word for word in segment(run) if word.strip())


def _words_of_run(run: str) -> list[str]:
    if not _HAS_THAI.search(run):
        return [run]
    out: list[str] = []
    for part in _THAI_RUN.findall(run):
        if _HAS_THAI.match(part):
            out.extend(_segment_thai(part))
        else:
            out.append(part)
    return out


def words_normalised(normalised: str) -> list[str]:
    """`words` of a text that is already normalised."""
    out: list[str] = []
    for run in _runs(normalised):
        out.extend(_words_of_run(run))
    return out


def words(text: str) -> list[str]:
    """The words of `text`, normalised and lower-cased, in order."""
    return words_normalised(normalise(text))


def compact_normalised(normalised: str) -> str:
    """`compact` of a text that is already normalised."""
    return _SPACE_BETWEEN_THAI.sub("", " ".join(_runs(normalised)))


def compact(text: str) -> str:
    """Lower-cased text for substring matching: punctuation → one space, no space between Thai characters."""
    return compact_normalised(normalise(text))


def padded(tokens: list[str] | tuple[str, ...]) -> str:
    """Words joined by single spaces with a space at each end, so ` word ` matches whole words only."""
    return f" {' '.join(tokens)} " if tokens else ""


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between `a` and `b` in code points, or `limit + 1` once it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def closest_part(pattern: str, word: str, limit: int) -> tuple[int, str]:
    """The part of `word` nearest to `pattern` by edit distance, as (distance, part).

    Sellers' approximate substring matching: the part may start and end anywhere in `word`.
    A part never starts or ends inside a character cluster (a Thai consonant and its marks).
    """
    n = len(pattern)
    previous = [(0, j) for j in range(len(word) + 1)]  # (distance, start of the part)
    for i in range(1, n + 1):
        current = [(i, 0)]
        for j in range(1, len(word) + 1):
            substitution = (previous[j - 1][0] + (pattern[i - 1] != word[j - 1]), previous[j - 1][1])
            deletion = (previous[j][0] + 1, previous[j][1])
            insertion = (current[j - 1][0] + 1, current[j - 1][1])
            current.append(min(substitution, deletion, insertion))
        previous = current
    distance, end = min((cell[0], j) for j, cell in enumerate(previous))
    if distance > limit:
        return limit + 1, ""
    start = previous[end][1]
    while start > 0 and unicodedata.category(word[start]).startswith("M"):
        start -= 1
    while end < len(word) and unicodedata.category(word[end]).startswith("M"):
        end += 1
    return distance, word[start:end]


def warm_up() -> None:
    """Load the Thai word-segmentation dictionary now (about a second) rather than during the
    first visitor's search; web processes call this when they start (config/wsgi.py)."""
    words("ค้นหาทางแก้ปัญหาสังคม")
