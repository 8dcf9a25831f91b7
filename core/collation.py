"""Names in the order readers expect: Thai in dictionary order (ก–ฮ), Latin A–Z.

Code-point order is wrong for Thai: a syllable written with a leading vowel (เ แ โ ใ ไ) is
filed under its consonant in a Thai dictionary (เกษตร under ก, ไร่ under ร), but the leading
vowels come after every consonant in Unicode, so "by name" would put every such venture after ฮ.
Tone marks do not order words either, except to break ties. `sort_key` turns a name into a
string whose plain order is that reading order, and the key is stored beside the name so an
index can walk it. The key spells each character as four hex digits: strings of 0-9a-f sort the
same under every collation (SQLite's BINARY, PostgreSQL's C or a glibc/ICU locale that would
otherwise apply its own, different, Thai rules to the already re-ordered letters).

Within one page language, names in the page's script come first (Thai pages: ก–ฮ then A–Z;
English pages: A–Z then ก–ฮ), as the sort's label says. pythainlp's `collate` uses the same
two rules (lead vowel after its consonant, tone marks last); this keeps them in one stored key.
"""

import re
import unicodedata

from django.utils.translation import get_language

_LEADING_VOWEL_BEFORE_CONSONANT = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_TONE_AND_SIGN_MARKS = re.compile("[\u0e47-\u0e4c]")
_THAI = re.compile("[\u0e00-\u0e7f]")

THAI_FIRST = "th"
LATIN_FIRST = "en"
# Names are filed by their first SIGNIFICANT characters (ties: newest first); the key is their
# hex spelling plus the script class.
SIGNIFICANT = 60
MAX_TONES = 10
TIE_BREAK = "0000"
KEY_LENGTH = 1 + 4 * SIGNIFICANT + len(TIE_BREAK) + 4 * MAX_TONES


def _fold_latin(text: str) -> str:
    """Lower-case and without accents for scripts other than Thai (Thai is never decomposed: NFKD/NFD
    would split ำ)."""
    out = []
    for char in text.casefold():
        if _THAI.match(char):
            out.append(char)
        else:
            out.extend(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    return "".join(out)


def sort_key(name: str, first: str = THAI_FIRST) -> str:
    """The stored ordering key of `name` for a page whose script comes `first` (THAI_FIRST or LATIN_FIRST)."""
    text = unicodedata.normalize("NFC", name).strip()
    # Leading quotes, brackets and the like do not file a name.
    start = next((i for i, char in enumerate(text) if char.isalnum()), len(text))
    text = text[start:]
    tones = "".join(_TONE_AND_SIGN_MARKS.findall(text))
    body = _LEADING_VOWEL_BEFORE_CONSONANT.sub(r"\2\1", _TONE_AND_SIGN_MARKS.sub("", text))
    is_thai = bool(text) and bool(_THAI.match(text[0]))
    script_class = "0" if is_thai == (first == THAI_FIRST) else "1"
    # The letters first; the tone marks only break ties between words whose letters are the same,
    # after a separator below every character, so ปา, ป่า, ป้า come before ปาก as in a dictionary.
    return script_class + _hex(_fold_latin(body)[:SIGNIFICANT]) + TIE_BREAK + _hex(tones[:MAX_TONES])


def _hex(text: str) -> str:
    # Characters past U+FFFF (emoji, rare CJK) are filed last, after every other character.
    return "".join(f"{min(ord(char), 0xFFFF):04x}" for char in text)


def venture_sort_keys(name_th: str, name_en: str) -> tuple[str, str]:
    """(Thai-page key, English-page key): each page files a venture under its own language's name,
    falling back to the other when that one is empty."""
    return sort_key(name_th or name_en, THAI_FIRST), sort_key(name_en or name_th, LATIN_FIRST)


def page_sort_key(name: str) -> str:
    """`sort_key` for the active page language: to order short lists (provinces) in Python."""
    return sort_key(name, LATIN_FIRST if (get_language() or "th")[:2] == "en" else THAI_FIRST)
