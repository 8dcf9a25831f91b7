"""The shape of the demo's content (concepts, indicators) and the texts around the ventures:
places, names, moderation notes, partners, calls, reviews.

The ventures themselves are in `demo.concepts`, one module per area. Every concept belongs to one
of NIA's nine areas (by slug) and reads like a real social-innovation venture of that area; its
text may use these slots: {place_th} {place_en} {province_th} {province_en} {n}.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Indicator:
    name_th: str
    name_en: str
    unit: str
    baseline: tuple[int, int]
    growth: float  # roughly how much the value grows per year


@dataclass(frozen=True)
class Concept:
    key: str
    area: str
    also: tuple[str, ...]
    core_th: str
    core_en: str
    forms: tuple[str, ...]
    summary_th: str
    summary_en: str
    problem_th: str
    problem_en: str
    how_th: str
    how_en: str
    indicator: Indicator
    brands: tuple[tuple[str, str], ...] = ()
    provinces: tuple[str, ...] = ()
    urban: bool = False
    youth_share: float = 0.12


@dataclass(frozen=True)
class ClmvConcept:
    """A venture of the CLMV network: a local-language name (in its script) and English texts, some Thai.

    Either it names its own `city` (native, English, Thai), or its name and summary carry a {city}
    slot and the generator places it in one of the country's CLMV_CITIES."""

    country: str
    area: str
    native: str
    english: str
    summary_en: str
    summary_th: str
    description_en: str
    key: str = ""
    city: tuple[str, str, str] = ("", "", "")
    problem_en: str = ""
    problem_th: str = ""
    description_th: str = ""


COMMUNITY = ("community_enterprise", "unregistered_group", "foundation")
COMPANY = ("company", "social_enterprise_osep")

# Villages by region (Thai, romanised): where community ventures are named after.
VILLAGES: dict[str, tuple[tuple[str, str], ...]] = {
    "north": (
        ("บ้านแม่กำปอง", "Ban Mae Kampong"),
        ("บ้านป่าซาง", "Ban Pa Sang"),
        ("บ้านสันป่าตอง", "Ban San Pa Tong"),
        ("บ้านแม่ทา", "Ban Mae Tha"),
        ("บ้านบ่อสวก", "Ban Bo Suak"),
        ("บ้านหาดสองแคว", "Ban Hat Song Khwae"),
        ("บ้านแม่แจ่ม", "Ban Mae Chaem"),
        ("บ้านห้วยหินลาด", "Ban Huai Hin Lat"),
        ("บ้านดอกบัว", "Ban Dok Bua"),
    ),
    "northeast": (
        ("บ้านหนองบัว", "Ban Nong Bua"),
        ("บ้านนาคำ", "Ban Na Kham"),
        ("บ้านโนนสะอาด", "Ban Non Sa-at"),
        ("บ้านหนองแวง", "Ban Nong Waeng"),
        ("บ้านดงบัง", "Ban Dong Bang"),
        ("บ้านศรีฐาน", "Ban Si Than"),
        ("บ้านคำปลาหลาย", "Ban Kham Pla Lai"),
        ("บ้านโคกสูง", "Ban Khok Sung"),
        ("บ้านนาอ้อ", "Ban Na O"),
        ("บ้านท่าเรือ", "Ban Tha Ruea"),
    ),
    "central": (
        ("บ้านบางกะเจ้า", "Ban Bang Kachao"),
        ("บ้านดอนแก้ว", "Ban Don Kaeo"),
        ("บ้านโพธิ์ทอง", "Ban Pho Thong"),
        ("บ้านท่าช้าง", "Ban Tha Chang"),
        ("บ้านนาต้นจั่น", "Ban Na Ton Chan"),
        ("บ้านบางเจ้าฉ่า", "Ban Bang Chao Cha"),
        ("บ้านทุ่งหลวง", "Ban Thung Luang"),
        ("บ้านสามชุก", "Ban Sam Chuk"),
    ),
    "east": (
        ("บ้านน้ำเชี่ยว", "Ban Nam Chiao"),
        ("บ้านปากน้ำประแส", "Ban Pak Nam Prasae"),
        ("บ้านบางสระเก้า", "Ban Bang Sa Kao"),
        ("บ้านคลองกุ่ม", "Ban Khlong Kum"),
        ("บ้านหนองปรือ", "Ban Nong Prue"),
        ("บ้านเนินสูง", "Ban Noen Sung"),
        ("บ้านพลิ้ว", "Ban Phlio"),
    ),
    "west": (
        ("บ้านหนองหญ้าปล้อง", "Ban Nong Ya Plong"),
        ("บ้านแหลมผักเบี้ย", "Ban Laem Phak Bia"),
        ("บ้านท่าเสา", "Ban Tha Sao"),
        ("บ้านวังโพ", "Ban Wang Pho"),
        ("บ้านอีต่อง", "Ban E-Tong"),
        ("บ้านดอนคลัง", "Ban Don Khlang"),
        ("บ้านพุหวาย", "Ban Phu Wai"),
    ),
    "south": (
        ("บ้านคีรีวง", "Ban Khiri Wong"),
        ("บ้านเกาะยาวน้อย", "Ban Ko Yao Noi"),
        ("บ้านปากน้ำ", "Ban Pak Nam"),
        ("บ้านทุ่งหยีเพ็ง", "Ban Thung Yee Peng"),
        ("บ้านบางโรง", "Ban Bang Rong"),
        ("บ้านควนรู", "Ban Khuan Ru"),
        ("บ้านหัวเขา", "Ban Hua Khao"),
        ("บ้านตะโละ", "Ban Talo"),
    ),
}

# How each legal form names a community venture: (Thai, English) with {core} and {place}.
COMMUNITY_NAMES: dict[str, tuple[str, str]] = {
    "community_enterprise": ("วิสาหกิจชุมชน{core} {place}", "{place} {core} Community Enterprise"),
    "cooperative": ("สหกรณ์{core}{place} จำกัด", "{place} {core} Cooperative"),
    "foundation": ("มูลนิธิ{core} {place}", "{place} {core} Foundation"),
    "unregistered_group": ("กลุ่ม{core} {place}", "{place} {core} Group"),
    "social_enterprise_osep": ("กิจการเพื่อสังคม{core} {place}", "{place} {core} Social Enterprise"),
    "company": ("บริษัท {core}{place} จำกัด", "{place} {core} Co., Ltd."),
}
BRAND_NAMES: dict[str, tuple[str, str]] = {
    "company": ("บริษัท {brand} จำกัด", "{brand} Co., Ltd."),
    "social_enterprise_osep": ("บริษัท {brand} จำกัด (วิสาหกิจเพื่อสังคม)", "{brand} Social Enterprise Co., Ltd."),
    "foundation": ("มูลนิธิ{brand}", "{brand} Foundation"),
    "unregistered_group": ("กลุ่ม{brand}", "{brand} Collective"),
    "community_enterprise": ("วิสาหกิจชุมชน{brand}", "{brand} Community Enterprise"),
    "cooperative": ("สหกรณ์{brand} จำกัด", "{brand} Cooperative"),
}
BRAND_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("", ""),
    ("", ""),
    (" แล็บ", " Lab"),
    (" พลัส", " Plus"),
    (" คอนเน็กต์", " Connect"),
    (" ไทยแลนด์", " Thailand"),
    (" สตูดิโอ", " Studio"),
)


MODERATION_NOTES: dict[str, tuple[str, ...]] = {
    "changes_requested": (
        "กรุณาเพิ่มผลลัพธ์ทางสังคมที่วัดได้ (ตัวเลข กลุ่มเป้าหมาย ช่วงเวลา) และตรวจสอบเลขทะเบียนนิติบุคคล",
        "กรุณาเขียนสรุปให้สั้นลงและบอกให้ชัดว่าแก้ปัญหาอะไรให้ใคร Please add an English summary too.",
        "ภาพโลโก้และเว็บไซต์ไม่ตรงกับชื่อกิจการ กรุณาตรวจสอบข้อมูลติดต่อ",
    ),
    "rejected": (
        "ข้อมูลไม่เพียงพอที่จะยืนยันว่าเป็นกิจการเพื่อสังคม และไม่พบการดำเนินงานจริงในพื้นที่",
        "เป็นธุรกิจขายสินค้าทั่วไปที่ไม่มีเป้าหมายทางสังคมชัดเจน",
    ),
}

VERIFICATION_NOTES: tuple[str, ...] = (
    "ตรวจสอบหนังสือรับรองนิติบุคคลและเยี่ยมพื้นที่แล้ว",
    "ตรวจสอบกับรายชื่อวิสาหกิจชุมชนที่จดทะเบียน และสัมภาษณ์ผู้นำกลุ่มทางวิดีโอ",
    "ตรวจสอบการจดทะเบียนวิสาหกิจเพื่อสังคมกับ สวส. แล้ว",
    "Checked the registration certificate and the first-year impact report.",
)

# CLMV cities a CLMV concept without a city of its own is placed in.
CLMV_CITIES: dict[str, tuple[tuple[str, str, str], ...]] = {
    # (native, English, Thai)
    "VN": (
        ("Lào Cai", "Lao Cai", "ลาวไก"),
        ("Huế", "Hue", "เว้"),
        ("Hội An", "Hoi An", "ฮอยอัน"),
        ("Cần Thơ", "Can Tho", "เกิ่นเทอ"),
        ("Đà Lạt", "Da Lat", "ดาลัด"),
        ("Quảng Nam", "Quang Nam", "กว๋างนาม"),
    ),
    "LA": (
        ("ຫຼວງພະບາງ", "Luang Prabang", "หลวงพระบาง"),
        ("ວຽງຈັນ", "Vientiane", "เวียงจันทน์"),
        ("ຈຳປາສັກ", "Champasak", "จำปาศักดิ์"),
        ("ສະຫວັນນະເຂດ", "Savannakhet", "สะหวันนะเขต"),
    ),
    "KH": (
        ("សៀមរាប", "Siem Reap", "เสียมราฐ"),
        ("បាត់ដំបង", "Battambang", "พระตะบอง"),
        ("កំពត", "Kampot", "กำปอต"),
        ("ភ្នំពេញ", "Phnom Penh", "พนมเปญ"),
    ),
    "MM": (
        ("ရန်ကုန်", "Yangon", "ย่างกุ้ง"),
        ("မန္တလေး", "Mandalay", "มัณฑะเลย์"),
        ("ပုဂံ", "Bagan", "พุกาม"),
        ("တောင်ကြီး", "Taunggyi", "ตองจี"),
    ),
}


# --- Partners, calls and programme texts ---------------------------------------------------------

# (slug, name_th, name_en, kind, country, website, programme slugs)
DEMO_PARTNERS: tuple[tuple[str, str, str, str, str, str, tuple[str, ...]], ...] = (
    (
        "cmu-science-park",
        "อุทยานวิทยาศาสตร์และเทคโนโลยี มหาวิทยาลัยเชียงใหม่",
        "Chiang Mai University Science and Technology Park",
        "university",
        "TH",
        "",
        ("partner-incubation", "scale-up"),
    ),
    (
        "kku-incubator",
        "ศูนย์บ่มเพาะวิสาหกิจ มหาวิทยาลัยขอนแก่น",
        "Khon Kaen University Business Incubation Centre",
        "university",
        "TH",
        "",
        ("partner-incubation",),
    ),
    (
        "psu-social-innovation",
        "ศูนย์นวัตกรรมสังคม มหาวิทยาลัยสงขลานครินทร์",
        "Prince of Songkla University Social Innovation Centre",
        "university",
        "TH",
        "",
        ("partner-incubation", "social-impact-assessment"),
    ),
    (
        "tu-social-enterprise-lab",
        "ห้องปฏิบัติการกิจการเพื่อสังคม มหาวิทยาลัยธรรมศาสตร์",
        "Thammasat University Social Enterprise Lab",
        "university",
        "TH",
        "",
        ("business-plan-competition", "social-impact-assessment"),
    ),
    (
        "northern-se-incubator",
        "ศูนย์บ่มเพาะกิจการเพื่อสังคมภาคเหนือ",
        "Northern Social Enterprise Incubator",
        "incubator",
        "TH",
        "",
        ("partner-incubation",),
    ),
    (
        "isan-impact-hub",
        "ศูนย์บ่มเพาะนวัตกรรมสังคมอีสาน",
        "Isan Social Innovation Hub",
        "incubator",
        "TH",
        "",
        ("partner-incubation", "scale-up"),
    ),
    (
        "southern-coast-accelerator",
        "โครงการเร่งการเติบโตกิจการเพื่อสังคมชายฝั่งอันดามัน",
        "Andaman Coast Social Venture Accelerator",
        "incubator",
        "TH",
        "",
        ("partner-incubation",),
    ),
    (
        "thai-impact-fund",
        "กองทุนเพื่อผลกระทบทางสังคม (สาธิต)",
        "Thai Impact Fund (demo)",
        "investor",
        "TH",
        "",
        ("scale-up",),
    ),
)

INCUBATORS = (
    "cmu-science-park",
    "kku-incubator",
    "psu-social-innovation",
    "northern-se-incubator",
    "isan-impact-hub",
    "southern-coast-accelerator",
)
ASSESSORS = ("psu-social-innovation", "tu-social-enterprise-lab")

GRANT_CRITERIA: tuple[tuple[str, str, int, str], ...] = (
    ("ความชัดเจนของปัญหาสังคมและกลุ่มเป้าหมาย", "Clarity of the social problem and who it affects", 5, "1.00"),
    ("ความเป็นนวัตกรรม", "Innovativeness", 5, "1.50"),
    ("ความเป็นไปได้และความยั่งยืนทางธุรกิจ", "Feasibility and business sustainability", 5, "1.00"),
    ("ผลกระทบทางสังคมที่วัดได้", "Measurable social impact", 5, "1.50"),
)
GRANT_QUESTIONS: tuple[tuple[str, str, bool], ...] = (
    (
        "ปัญหาสังคมที่โครงการแก้ไขคืออะไร และใครได้รับผลกระทบ",
        "What social problem does the project solve, and who is affected?",
        True,
    ),
    ("โครงการจะวัดผลลัพธ์ทางสังคมอย่างไร", "How will the project measure its social outcomes?", True),
    (
        "กิจการจะมีรายได้ดำเนินงานต่ออย่างไรหลังสิ้นสุดทุน",
        "How will the venture sustain itself after the grant?",
        False,
    ),
)
COMPETITION_CRITERIA: tuple[tuple[str, str, int, str], ...] = (
    ("ความเข้าใจปัญหาและผู้ใช้", "Understanding of the problem and its users", 10, "1.00"),
    ("แผนธุรกิจและรูปแบบรายได้", "Business plan and revenue model", 10, "1.00"),
    ("ความพร้อมของทีม", "Team", 10, "1.00"),
)
COMPETITION_QUESTIONS: tuple[tuple[str, str, bool], ...] = (
    ("เล่าถึงทีมของคุณและบทบาทของแต่ละคน", "Tell us about your team and what each member does.", True),
    ("ต้นแบบของคุณพร้อมแค่ไหน (แนบลิงก์วิดีโอได้)", "How far is your prototype? (a video link is welcome)", False),
)

REVIEW_COMMENTS: dict[str, tuple[str, ...]] = {
    "fund": (
        "ทีมเข้าใจปัญหาของชุมชนดีมาก มีข้อมูลพื้นฐานชัดเจนและแผนวัดผลที่ทำได้จริง",
        "นวัตกรรมเหมาะกับบริบทพื้นที่และมีโอกาสขยายผลสูง",
        "Strong team with community ownership; budget is realistic.",
    ),
    "fund_with_changes": (
        "ควรปรับลดงบประมาณหมวดครุภัณฑ์และเพิ่มตัวชี้วัดผลลัพธ์ทางสังคม",
        "แนวคิดดี แต่ควรมีแผนรายได้หลังสิ้นสุดทุนที่ชัดเจนกว่านี้",
        "Promising, but the monitoring plan needs a baseline before funds are released.",
    ),
    "do_not_fund": (
        "ยังไม่มีหลักฐานความต้องการของกลุ่มเป้าหมาย และงบประมาณสูงเกินผลลัพธ์ที่คาดหวัง",
        "โครงการซ้ำซ้อนกับโครงการที่ได้รับทุนในพื้นที่เดียวกัน",
    ),
}
REJECTION_REASONS: tuple[str, ...] = (
    "แผนการดำเนินงานยังไม่ชัดเจนและงบประมาณสูงเกินผลลัพธ์ที่คาดหวัง",
    "ยังไม่มีหลักฐานความต้องการของกลุ่มเป้าหมายในพื้นที่",
    "โครงการซ้ำซ้อนกับโครงการที่ได้รับทุนแล้วในพื้นที่เดียวกัน",
    "ไม่ผ่านการคัดกรองเบื้องต้น: เอกสารไม่ครบและไม่ได้แสดงผลกระทบทางสังคม",
)
BUDGET_ITEMS: tuple[tuple[str, float], ...] = (
    ("ค่าวัสดุ อุปกรณ์ และการพัฒนาต้นแบบ", 0.45),
    ("ค่าตอบแทนบุคลากรและผู้ร่วมงานในชุมชน", 0.35),
    ("ค่าอบรม ประชาสัมพันธ์ และติดตามประเมินผล", 0.20),
)
COINVESTORS: tuple[tuple[str, str], ...] = (
    ("กองทุนเพื่อผลกระทบทางสังคม (สาธิต)", "impact_fund"),
    ("ธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร (สินเชื่อสีเขียว)", "government"),
    ("โครงการความรับผิดชอบต่อสังคมของบริษัทพลังงาน (สาธิต)", "corporate"),
    ("มูลนิธิระหว่างประเทศเพื่อการพัฒนา (สาธิต)", "international"),
    ("องค์การบริหารส่วนจังหวัด", "government"),
    ("นักลงทุนเทวดาเพื่อสังคม", "private_investor"),
    ("เงินสมทบจากสมาชิกชุมชน", "community"),
    ("ทุนของผู้ก่อตั้ง", "own_funds"),
    ("UNDP Accelerator Lab (demo)", "international"),
)
IMPACT_METHODS: tuple[str, ...] = (
    "SROI (Social Return on Investment)",
    "Theory of Change + SROI",
    "SROI และการสัมภาษณ์ผู้มีส่วนได้ส่วนเสีย",
)
