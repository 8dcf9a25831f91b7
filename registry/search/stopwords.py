"""Function words: they carry no topic, so ranking ignores them (quoted phrases still need them).

Thai: pythainlp's list of Thai stop words (about a thousand function words, particles and
pronouns), less a few words that name a topic in this registry's texts; plus the filler of a
problem described in a sentence ("ปัญหา", "อยากได้", "ช่วยด้วย"). English: the usual function
words plus the same kind of filler ("problem", "need", "help"). The lists are data: change them
here and run `manage.py rebuild_search_index` (the index keeps no key for a stop word).
"""

from functools import cache

# In pythainlp's list, but a topic here: ภาค (a region: ภาคเหนือ), ชาว (ชาวนา, ชาวเขา), สูง
# (สูงอายุ when segmented apart), ราย (รายได้), ผล (ผลผลิต), ยาก (ยากจน), น้อย (รายได้น้อย).
_THAI_TOPICAL = frozenset({"ภาค", "ชาว", "สูง", "ราย", "ผล", "ยาก", "น้อย"})

_THAI_FILLER = frozenset(
    """
    ปัญหา เรื่อง อยากได้ ต้องการ ช่วยด้วย ทำยังไง ทำอย่างไร ยังไงดี ดี ไม่มี ไม่ได้ ไม่ค่อย ไม่ ได้
    ค่ะ คะ ครับ นะคะ นะครับ จ้า ค่า เลย กันหมด หมดเลย เยอะ เยอะมาก มากๆ ทุกปี ทุกวัน ตอนนี้ เดี๋ยวนี้
    แถว แถวนี้ บ้านเรา ของเรา พวกเรา เรา ผม ดิฉัน หนู ฉัน เขา เค้า เขาๆ คนที่ ที่ไหน ไหน อะไร ทำไม
    เพิ่มขึ้น ลดลง เกิดขึ้น กำลัง แล้ว แต่ และ หรือ ก็ จะ ให้ ได้แก่ ซึ่ง ที่ ของ ใน กับ จาก ถึง ว่า
    """.split()  # noqa: SIM905 - a word list reads best as words
)

ENGLISH = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been before being
    below between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down
    during each few for from further get gets getting got had hadn't has hasn't have haven't having he her
    here hers herself him himself his how i if in into is isn't it it's its itself just let's me more
    most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own
    same she should shouldn't so some such than that that's the their theirs them themselves then there
    these they this those through to too under until up very was wasn't we were weren't what when where
    which while who whom why will with won't would wouldn't you your yours yourself yourselves
    also many much lot lots every year years day days today now still even really very every anyone
    someone something anything nothing there's they're we're i'm i've we've you're
    problem problems issue issues need needs needed want wants help helps looking look find way ways
    solution solutions please anybody somebody thing things stuff kind
    """.split()  # noqa: SIM905 - a word list reads best as words
)


@cache
def thai() -> frozenset[str]:
    # pythainlp loads its dictionaries on import (seconds): loaded on first use, not at start-up.
    from pythainlp.corpus import thai_stopwords

    return (frozenset(thai_stopwords()) - _THAI_TOPICAL) | _THAI_FILLER


def is_stop_word(word: str) -> bool:
    """Whether `word` (normalised, lower-case) is a function word that ranking ignores."""
    return word in ENGLISH or word in thai()
