"""The normalise → lower-case → segment pipeline and the search-box syntax (no database)."""

import unicodedata

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from registry.search.engine import closest_word
from registry.search.query import parse_query
from registry.search.text import compact, compact_normalised, normalise, words, words_normalised


def test_thai_is_segmented_into_words_and_other_scripts_split_on_spaces():
    assert words("ธนาคารขยะชุมชน Hợp tác xã, COVID-19") == ["ธนาคาร", "ขยะ", "ชุมชน", "hợp", "tác", "xã", "covid", "19"]


def test_vietnamese_keeps_its_diacritics_whole():
    # newmm shreds accented Latin text (H|ợp|t|ác): only Thai runs reach it.
    assert words("Hợp tác xã Nông nghiệp") == ["hợp", "tác", "xã", "nông", "nghiệp"]


def test_nfc_not_nfkc_keeps_the_thai_sara_am():
    # NFKC decomposes ำ (U+0E33) into nikhahit + sara aa; the pipeline must not.
    assert unicodedata.normalize("NFKC", "น้ำ") != "น้ำ"
    assert normalise("น้ำ") == "น้ำ"
    assert compact("น้ำสะอาด") == "น้ำสะอาด"


def test_duplicated_tone_marks_and_zero_width_spaces_are_normalised():
    assert normalise("เก่่า\u200bกา") == "เก่ากา"
    assert normalise("Hợp TÁC") == "hợp tác"


def test_compact_copy_removes_spaces_between_thai_and_punctuation():
    assert compact("การอนุรักษ์ สิ่งแวดล้อม (ป่า), Clean-Water") == "การอนุรักษ์สิ่งแวดล้อมป่า clean water"


def test_query_words_phrases_and_exclusions():
    query = parse_query('เกษตรอินทรีย์ "rice farming" -กาแฟ -"hill tribe"')
    assert [t.text for t in query.include] == ["เกษตรอินทรีย์", "rice farming"]
    assert query.include[0].tokens == ("เกษตร", "อินทรีย์")  # a word the segmenter splits is a phrase
    assert query.include[1].quoted
    assert [t.text for t in query.exclude] == ["กาแฟ", "hill tribe"]


def test_empty_and_punctuation_only_queries_search_nothing():
    assert not parse_query("")
    assert not parse_query('  " - ; ')


def test_closest_word_prefers_a_whole_word_then_a_part_of_a_compound():
    assert closest_word("cofee", [("coffee", 3), ("toffee", 9)]) == "coffee"
    assert closest_word("ท่องเทียว", [("การท่องเที่ยว", 5)]) == "ท่องเที่ยว"
    assert closest_word("xyzzy", [("coffee", 3)]) is None


THAI_AND_NEIGHBOURS = st.text(
    alphabet=st.sampled_from([chr(c) for c in range(0x0E01, 0x0E5C)] + [" ", "\u200b", "\u200c", "a", "A"]),
    max_size=12,
)


@settings(max_examples=3000, deadline=None)
@given(THAI_AND_NEIGHBOURS)
def test_skipping_pythainlp_normalize_when_nothing_needs_it_changes_no_word(text):
    # normalise() calls pythainlp's normalize only when the text has something it would fix.
    from pythainlp.util import normalize as thai_normalize

    assume(any("\u0e00" <= ch <= "\u0e7f" for ch in text))
    always = unicodedata.normalize("NFC", thai_normalize(unicodedata.normalize("NFC", text)).lower())
    assert words(text) == words_normalised(always)
    assert compact(text) == compact_normalised(always)
