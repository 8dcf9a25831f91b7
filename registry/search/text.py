"""One normalise → lower-case → segment pipeline, used both to index and to query.

Thai has no spaces between words: Thai runs go through the newmm segmenter (nlpo3's Rust one,
giving pythainlp's words, see `_segment_thai`); every other script is split on spaces and
punctuation. Text is NFC-normalised (never NFKC, which breaks the
Thai vowel ำ) and Thai marks are put in canonical order by `pythainlp.util.normalize`
(see docs/thai-search.md).

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
from importlib.resources import as_file, files
from typing import Any

from .stopwords import is_stop_word

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
    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
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
        # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
        from pythainlp.util import normalize as thai_normalize

        text = thai_normalize(text)
    return unicodedata.normalize("NFC", text.lower())


def _runs(normalised: str) -> list[str]:
    """Word-character runs of an already normalised text (underscore counts as punctuation)."""
    return _word_pattern().findall(normalised.replace("_", " "))


# The name nlpo3 knows pythainlp's dictionary by, once loaded into this process.
_NLPO3_DICTIONARY = "registry-newmm"


@cache
def _nlpo3() -> "Any":
    """nlpo3's newmm (Rust, about ten times as fast as pythainlp's) with pythainlp's own newmm
    dictionary file loaded into it, or None when nlpo3 is not installed or cannot load it."""
    try:
        import nlpo3  # optional (Rust), loaded on first use like pythainlp below
    except ImportError:
        return None

    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
    from pythainlp.corpus.common import _THAI_WORDS_FILENAME

    with as_file(files("pythainlp.corpus").joinpath(_THAI_WORDS_FILENAME)) as path:
        _message, loaded = nlpo3.load_dict(str(path), _NLPO3_DICTIONARY)
    return nlpo3 if loaded else None


@cache
def _newmm_words() -> frozenset[str]:
    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
    from pythainlp.corpus import thai_words

    return thai_words()


def _as_newmm_would_cut(run: str, tokens: list[str]) -> bool:
    """Whether every token is a dictionary word and every cut falls between two of pythainlp's
    Thai character clusters (newmm cuts nowhere else)."""
    dictionary = _newmm_words()
    if not all(token in dictionary for token in tokens):
        return False
    boundaries = {cluster.end() for cluster in _thai_cluster_pattern().finditer(run)}
    position = 0
    for token in tokens:
        position += len(token)
        if position not in boundaries:
            return False
    return True


@cache
def _thai_cluster_pattern() -> re.Pattern[str]:
    """pythainlp's Thai character clusters, or one character where none starts, found by one
    `finditer` (pythainlp's `tcc` tries its pattern at each position from Python: slower)."""
    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
    from pythainlp.tokenize.tcc_p import _PAT_TCC

    return re.compile(f"(?:{_PAT_TCC.pattern})|.", re.DOTALL)


def _segment_with_pythainlp(run: str) -> list[str]:
    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
    from pythainlp.tokenize.newmm import segment

    return segment(run)


@lru_cache(maxsize=50_000)
def _segment_thai(run: str) -> tuple[str, ...]:
    """The words of a Thai run as pythainlp's newmm cuts them.

    nlpo3 runs the same algorithm over the same dictionary, but its Thai character clusters (the
    units newmm never cuts inside) are older than pythainlp 5's: for เหมียง, a word the dictionary
    lacks, nlpo3 gives เห|มี|ยง and pythainlp เหมียง. So nlpo3's answer is kept when every word it
    gives is in the dictionary and every cut is between two of pythainlp's clusters; otherwise
    the run goes through pythainlp (a few runs in a hundred). tests/registry/test_segmentation.py
    compares the result with pythainlp's on every Thai text of the project.
    """
    fast = _nlpo3()
    if fast is not None:
        tokens = fast.segment(run, _NLPO3_DICTIONARY)
        if _as_newmm_would_cut(run, tokens):
            return tuple(tokens)
    return tuple(word for word in _segment_with_pythainlp(run) if word.strip())


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


# --- Search keys: what ranking counts -----------------------------------------------------------
#
# A word becomes a search key: English and other Latin-script words are folded (case, accents:
# "nước" = "nuoc") and stemmed (floods = flood, recycling = recycle); Thai words stay as they are,
# and a Thai compound also gives its dictionary parts (น้ำสะอาด → น้ำ, สะอาด), so a compound
# matches its parts and the parts match the compound. Function words give no key
# (registry/search/stopwords.py). The same functions analyse the index and the query.

_FOLD_EXTRA = str.maketrans({"đ": "d", "ð": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "ı": "i"})
# Words shorter than this (in code points, marks included) are not split: the dictionary splits
# short words into syllables that mean something else (ดูแล → ดู|แล, สะอาด → สะ|อาด).
MIN_COMPOUND_LENGTH = 6
MIN_PART_LENGTH = 2


def is_thai(word: str) -> bool:
    return bool(_HAS_THAI.search(word))


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """Latin letters without their accents ("nước sạch" → "nuoc sach"); Thai is left alone
    (its vowels and tone marks are letters of the word, not accents)."""
    if is_thai(word) or word.isascii():
        return word
    stripped = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.translate(_FOLD_EXTRA))


@cache
def _english_stemmer() -> "Any":
    # snowballstemmer imports the stemmers of all its languages: loaded on the first English word, not at start-up.
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    """The English (Snowball) stem of a folded Latin word; other words unchanged."""
    if not word.isascii() or not word.isalpha() or len(word) < 3:
        return word
    return str(_english_stemmer().stemWord(word))


def word_key(word: str) -> str:
    """The key of one normalised word: Thai as it is, anything else folded and stemmed."""
    return word if is_thai(word) else stem(fold(word))


@cache
def _thai_dictionary() -> frozenset[str]:
    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
    from pythainlp.corpus import thai_words

    return frozenset(w for w in thai_words() if len(w) >= MIN_PART_LENGTH)


@lru_cache(maxsize=50_000)
def thai_parts(word: str) -> tuple[tuple[int, int], ...]:
    """Where a Thai compound splits into dictionary words: the (start, end) of each part, fewest
    parts first (น้ำสะอาด → น้ำ|สะอาด), or () when the word is not a compound of known words."""
    n = len(word)
    if n < MIN_COMPOUND_LENGTH or not is_thai(word):
        return ()
    dictionary = _thai_dictionary()
    # best[i]: fewest parts that make word[:i], with the cut before i.
    best: list[tuple[int, int] | None] = [None] * (n + 1)
    best[0] = (0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - 30), end - MIN_PART_LENGTH + 1):
            if best[start] is None or (start == 0 and end == n):
                continue
            if word[start:end] in dictionary:
                candidate = (best[start][0] + 1, start)  # type: ignore[index]
                if best[end] is None or candidate[0] < best[end][0]:  # type: ignore[index]
                    best[end] = candidate
    if best[n] is None:
        return ()
    spans: list[tuple[int, int]] = []
    end = n
    while end > 0:
        start = best[end][1]  # type: ignore[index]
        spans.append((start, end))
        end = start
    return tuple(reversed(spans))


@lru_cache(maxsize=50_000)
def split_points(word: str) -> frozenset[int]:
    """Every place a Thai word can be cut into dictionary words, at any depth
    (ผู้สูงอายุ → ผู้|สูงอายุ and สูง|อายุ): the boundaries where a thesaurus term may start or end."""
    points: set[int] = set()
    for start, end in thai_parts(word):
        points.update((start, end))
        points.update(start + p for p in split_points(word[start:end]))
    return frozenset(points - {0, len(word)})


@lru_cache(maxsize=100_000)
def part_words(word: str) -> tuple[str, ...]:
    """The dictionary parts of a Thai compound, and the parts of long parts, without function words
    (ผู้สูงอายุ → สูงอายุ, สูง, อายุ)."""
    parts: list[str] = []
    for start, end in thai_parts(word):
        part = word[start:end]
        for candidate in (part, *part_words(part)):
            if candidate not in parts and not is_stop_word(candidate):
                parts.append(candidate)
    return tuple(parts)


@lru_cache(maxsize=200_000)
def token_keys(token: str) -> tuple[tuple[str, bool], ...]:
    """`keys` of one word (cached: a text repeats its words)."""
    if is_stop_word(token) or token.isspace():
        return ()
    key = word_key(token)
    if len(key) > 100 or is_stop_word(key):
        return ()
    if not is_thai(token):
        return ((key, False),)
    return ((key, False), *((part, True) for part in part_words(token)))


def keys(tokens: list[str] | tuple[str, ...]) -> list[tuple[str, bool]]:
    """The search keys of a list of normalised words, in order: (key, is_part). A compound's
    parts follow it with is_part=True; function words give nothing."""
    out: list[tuple[str, bool]] = []
    for token in tokens:
        out.extend(token_keys(token))
    return out
