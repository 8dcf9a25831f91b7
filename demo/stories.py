"""How a demo venture's description ends: who started it, how far it has come, what it does next.

The concept says what the venture does; these sentences add the venture's own history. Several
wordings, founders and next steps are mixed per venture so that three hundred descriptions do not
all close on the same sentence.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

# (Thai, English): who started the venture; anyone may start any venture, and each area adds the
# people who typically start ventures of its kind.
FOUNDERS: tuple[tuple[str, str], ...] = (
    ("บัณฑิตจบใหม่ที่กลับบ้านเกิด", "new graduates who came back home"),
    ("ผู้นำชุมชนและกลุ่มแม่บ้าน", "community leaders and a women's group"),
    ("นักศึกษามหาวิทยาลัยในภูมิภาค", "students of a regional university"),
    ("อดีตพนักงานองค์กรพัฒนาเอกชน", "former NGO workers"),
    ("สองพี่น้องที่ลาออกจากงานบริษัท", "two sisters who left office jobs"),
    ("อาจารย์มหาวิทยาลัยและลูกศิษย์", "a university lecturer and her students"),
    ("อดีตผู้ใหญ่บ้าน", "a former village head"),
    ("กลุ่มเยาวชนในตำบล", "young people from the subdistrict"),
)
FOUNDERS_BY_AREA: dict[str, tuple[tuple[str, str], ...]] = {
    "environmental-conservation": (
        ("พระนักพัฒนาและชาวบ้าน", "a development monk and villagers"),
        ("ครูวิทยาศาสตร์ในโรงเรียนประจำตำบล", "a science teacher at the local school"),
    ),
    "food-water-energy": (
        ("วิศวกรที่เคยทำงานในกรุงเทพฯ", "engineers who used to work in Bangkok"),
        ("ช่างไฟฟ้าในหมู่บ้าน", "the village electrician"),
    ),
    "public-sector-education": (
        ("อดีตครูในพื้นที่", "a retired local teacher"),
        ("แม่ที่เคยเจอปัญหานี้กับลูกของตัวเอง", "a mother who faced the problem with her own child"),
    ),
    "finance-employment-welfare": (
        ("นักสังคมสงเคราะห์ที่ทำงานในพื้นที่มานาน", "a social worker with years in the area"),
        ("อดีตพนักงานธนาคาร", "a former bank officer"),
    ),
    "sustainable-agriculture": (
        ("กลุ่มเกษตรกรรุ่นใหม่", "a group of young farmers"),
        ("ปราชญ์ชาวบ้านด้านเกษตรอินทรีย์", "a respected organic farmer"),
    ),
    "urbanisation": (
        ("สถาปนิกชุมชน", "community architects"),
        ("นักออกแบบที่ย้ายกลับมาอยู่ต่างจังหวัด", "designers who moved back to the provinces"),
    ),
    "health": (
        ("พยาบาลวิชาชีพและ อสม.", "a nurse and village health volunteers"),
        ("เจ้าหน้าที่สาธารณสุขที่เกษียณแล้ว", "a retired public health officer"),
    ),
    "tourism-culture": (
        ("ช่างฝีมือรุ่นครูและลูกหลาน", "master craftspeople and their grandchildren"),
        ("มัคคุเทศก์ที่กลับมาอยู่บ้าน", "a tour guide who moved back home"),
    ),
    "disaster-management": (
        ("อาสากู้ภัยในอำเภอ", "the district's rescue volunteers"),
        ("นักวิจัยด้านภัยพิบัติของมหาวิทยาลัย", "disaster researchers at a university"),
    ),
}


def founder(rng: random.Random, area: str) -> tuple[str, str]:
    pool = FOUNDERS + FOUNDERS_BY_AREA.get(area, ())
    return pool[rng.randrange(len(pool))]


# (Thai, English): what the team is working on next.
NEXT_STEPS: tuple[tuple[str, str], ...] = (
    (
        "เป้าหมายต่อไปคือขยายผลไปยังจังหวัดใกล้เคียงและส่งต่อระบบให้ชุมชนบริหารเองได้",
        "Next, it aims to expand to neighbouring provinces and hand the system over to communities to run.",
    ),
    (
        "ทีมกำลังมองหาพันธมิตรด้านการตลาดและนักลงทุนเพื่อสังคมเพื่อเพิ่มกำลังการผลิต",
        "The team is looking for marketing partners and impact investors to increase capacity.",
    ),
    (
        "ทีมวัดผลลัพธ์ทางสังคมทุกปีและเผยแพร่รายงานให้ชุมชนและผู้สนับสนุน",
        "The team measures its social outcomes every year and publishes a report for the community and supporters.",
    ),
    (
        "ปีนี้ทีมร่วมมือกับองค์กรปกครองส่วนท้องถิ่นเพื่อบรรจุแนวทางนี้ไว้ในแผนพัฒนาท้องถิ่น",
        "This year the team is working with local government to write the approach into the local development plan.",
    ),
    (
        "ปีหน้าจะเปิดให้ชุมชนอื่นมาดูงานและฝึกคนของตัวเองไปทำต่อ",
        "Next year it will open its doors to other communities and train their people to do the same.",
    ),
    (
        "ตอนนี้กำลังหาทางให้มีรายได้พอจ่ายค่าใช้จ่ายเองโดยไม่ต้องพึ่งเงินบริจาค",
        "It is now working towards covering its own costs without relying on donations.",
    ),
    (
        "ทีมอยากได้อาสาสมัครที่มีความรู้ด้านบัญชีและกฎหมายมาช่วยวางระบบ",
        "The team would welcome volunteers with accounting and legal skills to help set up its systems.",
    ),
    (
        "กำลังคุยกับหน่วยงานรัฐระดับจังหวัดเพื่อนำวิธีนี้ไปใช้ทั้งจังหวัด",
        "It is in talks with the provincial authorities about using the approach across the province.",
    ),
    (
        "ปีนี้ตั้งใจฝึกคนรุ่นใหม่ในชุมชนให้ขึ้นมาเป็นแกนนำแทนรุ่นผู้ก่อตั้ง",
        "This year it plans to train younger people in the community to take over from the founders.",
    ),
    (
        "ทีมกำลังทดลองรูปแบบใหม่กับมหาวิทยาลัยในภูมิภาคเพื่อวัดผลให้ชัดขึ้น",
        "The team is piloting a new model with a regional university to measure results more rigorously.",
    ),
)


@dataclass(frozen=True)
class Facts:
    """What a description's closing sentences may say about one venture."""

    year: int
    where_th: str
    where_en: str
    n: int
    unit_th: str
    unit_en: str
    people: int
    team: int
    result_th: str
    result_en: str


# Closing sentences (Thai, English); slots: {year_be} {year} {founder_th} {founder_en} {Founder_en}
# {where_th} {where_en} {n} {unit_th} {unit_en} {people} {team} {result_th} {result_en} {next_th} {next_en}.
ENDINGS: tuple[tuple[str, str], ...] = (
    (
        "ก่อตั้งเมื่อปี พ.ศ. {year_be} โดย{founder_th} ปัจจุบันทำงานใน {n} {unit_th}ของ{where_th} "
        "มีผู้ได้รับประโยชน์โดยตรงกว่า {people:,} คน {next_th}",
        "Founded in {year} by {founder_en}, it now works in {n} {unit_en} of {where_en} and directly benefits more "
        "than {people:,} people. {next_en}",
    ),
    (
        "{founder_th}เริ่มงานนี้เมื่อปี {year_be} ทุกวันนี้มีสมาชิกและอาสาสมัครราว {team} คน {result_th} {next_th}",
        "{Founder_en} started the work in {year}; today about {team} members and volunteers keep it going. "
        "{result_en} {next_en}",
    ),
    (
        "เริ่มต้นเมื่อปี {year_be} จากความตั้งใจของ{founder_th} ตอนนี้ขยายไปแล้ว {n} {unit_th}ใน{where_th} {next_th}",
        "It began in {year} with {founder_en} and has since spread to {n} {unit_en} in {where_en}. {next_en}",
    ),
    (
        "ทีม {team} คนนี้ก่อตั้งโดย{founder_th}ในปี {year_be} {result_th} {next_th}",
        "This team of {team} was set up by {founder_en} in {year}. {result_en} {next_en}",
    ),
    (
        "ตั้งแต่ปี {year_be} มีคนใน{where_th}ได้รับประโยชน์แล้วกว่า {people:,} คน {next_th}",
        "Since {year} more than {people:,} people in {where_en} have benefited. {next_en}",
    ),
)

UNIT = re.compile(r"^(?P<th>.*?)\s*\((?P<en>.*)\)$")


def result_of(name_th: str, name_en: str, unit: str, value: int) -> tuple[str, str]:
    """Last year's value of an indicator as a sentence in each language."""
    match = UNIT.match(unit)
    unit_th, unit_en = (match["th"], match["en"]) if match else (unit, unit)
    # "last year" already says the period: "34 ตัน", not "34 ตัน/ปี".
    unit_th, unit_en = unit_th.removesuffix("/ปี"), unit_en.removesuffix("/year")
    return f"ปีที่แล้ว{name_th} {value:,} {unit_th}", f"{name_en}: {value:,} {unit_en} last year."


def ending(rng: random.Random, facts: Facts, *, area: str) -> tuple[str, str]:
    """The closing sentences of one venture's description, in Thai and English."""
    template_th, template_en = ENDINGS[rng.randrange(len(ENDINGS))]
    founder_th, founder_en = founder(rng, area)
    next_th, next_en = NEXT_STEPS[rng.randrange(len(NEXT_STEPS))]
    slots = {
        "year_be": facts.year + 543,
        "year": facts.year,
        "founder_th": founder_th,
        "founder_en": founder_en,
        "Founder_en": founder_en[:1].upper() + founder_en[1:],
        "where_th": facts.where_th,
        "where_en": facts.where_en,
        "n": facts.n,
        "unit_th": facts.unit_th,
        "unit_en": facts.unit_en,
        "people": facts.people,
        "team": facts.team,
        "result_th": facts.result_th,
        "result_en": facts.result_en,
        "next_th": next_th,
        "next_en": next_en,
    }
    return template_th.format(**slots), template_en.format(**slots)


# Closing sentences of a CLMV venture (English, Thai); slots: {year} {year_be} {founder_en} {founder_th}
# {city_en} {city_th} {country_en} {country_th} {next_en} {next_th}.
CLMV_ENDINGS: tuple[tuple[str, str], ...] = (
    (
        "Founded in {year} by {founder_en} in {city_en}, {country_en}, it joined the NIA–UNDP Regional Innovation "
        "Centre network to share what works across the Mekong region. {next_en}",
        "ก่อตั้งเมื่อปี พ.ศ. {year_be} โดย{founder_th}ใน{city_th} ประเทศ{country_th} "
        "และเข้าร่วมเครือข่ายศูนย์นวัตกรรมระดับภูมิภาค สนช.–UNDP เพื่อแลกเปลี่ยนสิ่งที่ได้ผลกับประเทศในลุ่มน้ำโขง {next_th}",
    ),
    (
        "{Founder_en} started it in {year}. Through the Regional Innovation Centre it now swaps ideas with social "
        "ventures in Thailand and the other CLMV countries. {next_en}",
        "{founder_th}เริ่มงานนี้เมื่อปี {year_be} ปัจจุบันแลกเปลี่ยนความรู้กับกิจการเพื่อสังคมในไทยและประเทศ CLMV "
        "ผ่านศูนย์นวัตกรรมระดับภูมิภาค {next_th}",
    ),
    (
        "Running since {year} in {city_en}, it was one of the ventures the Regional Innovation Centre brought to "
        "Bangkok to meet Thai partners. {next_en}",
        "ดำเนินงานใน{city_th}มาตั้งแต่ปี {year_be} และเป็นหนึ่งในกิจการที่ศูนย์นวัตกรรมระดับภูมิภาคพามาพบพันธมิตรในกรุงเทพฯ {next_th}",
    ),
)


def clmv_ending(
    rng: random.Random, *, area: str, year: int, city_en: str, city_th: str, country_en: str, country_th: str
) -> tuple[str, str]:
    """The closing sentences of a CLMV venture's description, in English and Thai."""
    template_en, template_th = CLMV_ENDINGS[rng.randrange(len(CLMV_ENDINGS))]
    founder_th, founder_en = founder(rng, area)
    next_th, next_en = NEXT_STEPS[rng.randrange(len(NEXT_STEPS))]
    slots = {
        "year": year,
        "year_be": year + 543,
        "founder_en": founder_en,
        "Founder_en": founder_en[:1].upper() + founder_en[1:],
        "founder_th": founder_th,
        "city_en": city_en,
        "city_th": city_th,
        "country_en": country_en,
        "country_th": country_th,
        "next_en": next_en,
        "next_th": next_th,
    }
    return template_en.format(**slots), template_th.format(**slots)
