"""What the demo ventures say: per-area venture concepts in Thai and English, places, CLMV ventures.

Every concept belongs to one of NIA's nine areas (by slug) and reads like a real social-innovation
venture of that area. Text may use these slots: {place_th} {place_en} {province_th} {province_en} {n}.
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


COMMUNITY = ("community_enterprise", "unregistered_group", "foundation")
COMPANY = ("company", "social_enterprise_osep")

NORTH = ("CMI", "CRI", "MSN", "NAN", "LPG", "LPN", "PYO", "PRE", "UTT")
NORTHEAST_RICE = ("SRN", "SSK", "UBN", "RET", "YST", "KSN", "BRM", "MKM", "ACR", "NMA", "KKN")
COAST = ("TRG", "STN", "KBI", "PNA", "RNG", "SKM", "CTI", "TRT", "NRT", "SKA", "PTN", "SPK", "PBI", "PKN", "CPN")
CITIES = ("BKK", "NBI", "PTE", "SPK", "CMI", "KKN", "SKA", "CBI", "NMA", "UDN", "PKT", "PLK")
FLOOD = ("NAN", "PRE", "UTT", "STI", "CRI", "UBN", "NRT", "SNI", "PLK", "AYA", "YLA", "NWT")

CONCEPTS: tuple[Concept, ...] = (
    # 1 · Environmental conservation -------------------------------------------------------------
    Concept(
        key="waste-bank",
        area="environmental-conservation",
        also=("finance-employment-welfare",),
        core_th="ธนาคารขยะ",
        core_en="Waste Bank",
        forms=COMMUNITY,
        summary_th="ธนาคารขยะชุมชนที่รับซื้อขยะรีไซเคิลจากครัวเรือนใน{place_th} แล้วเปลี่ยนเป็นเงินออมและสวัสดิการของสมาชิก",
        summary_en="A community waste bank in {place_en} that buys recyclables from households and turns them "
        "into members' savings and welfare.",
        problem_th="ขยะในชุมชนถูกเผาหรือทิ้งลงลำน้ำ เพราะไม่มีระบบคัดแยกและไม่มีจุดรับซื้อที่ใกล้บ้าน",
        problem_en="Household waste is burned or dumped in waterways because there is no sorting system "
        "and no buyer close to home.",
        how_th="สมาชิกนำขยะที่คัดแยกแล้วมาฝากทุกวันเสาร์แรกของเดือน ธนาคารบันทึกน้ำหนักและมูลค่าลงสมุดบัญชี "
        "และขายต่อให้โรงงานรีไซเคิลในราคาที่สูงกว่าการขายรายย่อย กำไรส่วนหนึ่งนำไปจัดสวัสดิการฌาปนกิจ"
        "และทุนการศึกษาให้เด็กในชุมชน",
        how_en="Members bring sorted waste on the first Saturday of each month; the bank records weight and value "
        "in a passbook and sells in bulk to recyclers at better prices than individuals get. Part of the margin "
        "pays for funeral welfare and scholarships for local children.",
        indicator=Indicator("ขยะรีไซเคิลที่คัดแยกได้", "Recyclables collected", "ตัน/ปี (tonnes/year)", (8, 40), 0.35),
    ),
    Concept(
        key="mangrove-restoration",
        area="environmental-conservation",
        also=("sustainable-agriculture", "disaster-management"),
        core_th="อนุรักษ์ป่าชายเลน",
        core_en="Mangrove Conservation",
        forms=COMMUNITY,
        summary_th="ชุมชนประมงพื้นบ้านที่ฟื้นฟูป่าชายเลนและทำธนาคารปูม้า ให้สัตว์น้ำกลับมาและรายได้ของชาวประมงเพิ่มขึ้น",
        summary_en="Small-scale fishers restoring mangroves and running a blue-swimming-crab bank so that marine "
        "life and fishing incomes recover.",
        problem_th="ป่าชายเลนถูกบุกรุกทำนากุ้ง ปูและปลาลดลง ชาวประมงพื้นบ้านต้องออกเรือไกลขึ้นและเสียค่าน้ำมันมากขึ้น",
        problem_en="Mangroves were cleared for shrimp farms; crabs and fish declined and fishers must go further "
        "out at a higher fuel cost.",
        how_th="กลุ่มเพาะกล้าโกงกางและแสมปลูกปีละหลายหมื่นต้น ทำแนวไม้ไผ่ชะลอคลื่น และรับปูไข่นอกกระดองจากชาวประมง"
        "มาเพาะฟักก่อนปล่อยคืนทะเล ข้อมูลการจับสัตว์น้ำบันทึกผ่านแอปพลิเคชันบนมือถือเพื่อติดตามผล",
        how_en="The group raises mangrove seedlings and plants tens of thousands each year, builds bamboo wave "
        "breaks, and hatches egg-bearing crabs donated by fishers before releasing the young to the sea. Catch "
        "data is logged in a mobile app to track results.",
        indicator=Indicator("ป่าชายเลนที่ฟื้นฟู", "Mangrove area restored", "ไร่ (rai)", (20, 150), 0.25),
        provinces=COAST,
    ),
    Concept(
        key="net-upcycling",
        area="environmental-conservation",
        also=("finance-employment-welfare",),
        core_th="อัปไซเคิลอวนประมง",
        core_en="Net Upcycling",
        forms=COMPANY,
        brands=(("รีเน็ต", "ReNet"), ("โอเชียนลูป", "OceanLoop"), ("เน็ตทูแฟชั่น", "Net2Fashion")),
        summary_th="เปลี่ยนอวนประมงเก่าและขยะพลาสติกชายฝั่งให้เป็นเส้นใยและสินค้าแฟชั่น โดยจ้างแม่บ้านในชุมชนประมงเป็นผู้ผลิต",
        summary_en="Turns discarded fishing nets and beach plastic into yarn and fashion goods, made by women in "
        "fishing communities.",
        problem_th="อวนที่ขาดแล้วถูกทิ้งในทะเล กลายเป็นอวนผีที่พันเต่าและโลมา และสลายเป็นไมโครพลาสติก",
        problem_en="Broken nets are dumped at sea, become ghost nets that entangle turtles and dolphins, and break "
        "down into microplastics.",
        how_th="เรารับซื้ออวนเก่าจากท่าเรือในราคาที่เป็นธรรม ล้างและคัดแยกตามชนิดไนลอน ส่งโรงงานพันธมิตรหลอมเป็นเม็ดพลาสติก "
        "แล้วผลิตเป็นกระเป๋า หมวก และเส้นด้าย ผลิตภัณฑ์ทุกชิ้นมีรหัสติดตามย้อนกลับไปยังชุมชนที่เก็บอวน",
        how_en="We buy old nets at the pier at fair prices, wash and sort them by nylon type, have a partner factory "
        "pelletise them, and make bags, caps and yarn. Every product carries a code tracing it back to the "
        "community that collected the net.",
        indicator=Indicator("อวนประมงที่นำกลับมาใช้", "Fishing nets recovered", "กิโลกรัม (kg)", (800, 6000), 0.6),
        provinces=COAST,
        youth_share=0.25,
    ),
    Concept(
        key="community-forest",
        area="environmental-conservation",
        also=("disaster-management", "health"),
        core_th="ป่าชุมชนลดหมอกควัน",
        core_en="Community Forest and Haze",
        forms=COMMUNITY,
        summary_th="เครือข่ายป่าชุมชนที่ใช้แนวกันไฟ อาสาสมัครเฝ้าระวัง และการรับซื้อเศษวัสดุการเกษตรแทนการเผา "
        "เพื่อลดหมอกควันใน{province_th}",
        summary_en="A community-forest network using firebreaks, volunteer patrols and a market for crop residues "
        "instead of burning, to cut haze in {province_en}.",
        problem_th="ทุกฤดูแล้งไฟป่าและการเผาตอซังทำให้ค่าฝุ่น PM2.5 สูงเกินมาตรฐานหลายสัปดาห์ เด็กและผู้สูงอายุป่วยด้วยโรคทางเดินหายใจ",
        problem_en="Every dry season forest fires and stubble burning push PM2.5 far above safe levels for weeks; "
        "children and older people fall ill.",
        how_th="อาสาสมัครจาก {n} หมู่บ้านทำแนวกันไฟและลาดตระเวนตามตารางเวร ใช้จุดความร้อนจากดาวเทียมแจ้งเตือนผ่านไลน์กลุ่ม "
        "ส่วนซังข้าวโพดถูกรับซื้อไปอัดเป็นเชื้อเพลิงชีวมวลให้โรงงานในพื้นที่",
        how_en="Volunteers from {n} villages cut firebreaks and patrol on a roster, with satellite hotspot alerts "
        "sent to a LINE group; maize residues are bought and pressed into biomass fuel for local factories.",
        indicator=Indicator("ป่าที่ได้รับการดูแล", "Forest under community protection", "ไร่ (rai)", (500, 4000), 0.15),
        provinces=NORTH,
    ),
    # 2 · Food, water and energy ------------------------------------------------------------------
    Concept(
        key="solar-water-pump",
        area="food-water-energy",
        also=("sustainable-agriculture",),
        core_th="สูบน้ำพลังงานแสงอาทิตย์",
        core_en="Solar Water",
        forms=(*COMMUNITY, "cooperative", "social_enterprise_osep"),
        brands=(("ซันวอเตอร์", "SunWater"), ("โซลาร์นาดี", "Solar Na Dee")),
        summary_th="ระบบสูบน้ำพลังงานแสงอาทิตย์สำหรับแปลงเกษตรและประปาหมู่บ้าน ที่ชุมชนเป็นเจ้าของและดูแลเอง",
        summary_en="Community-owned solar pumping for farm plots and the village water supply.",
        problem_th="เกษตรกรใช้เครื่องสูบน้ำดีเซลที่ค่าน้ำมันสูง และหลายหมู่บ้านไม่มีน้ำประปาใช้ตลอดปี",
        problem_en="Farmers rely on diesel pumps with high fuel costs, and many villages lack year-round piped water.",
        how_th="ทีมช่างชุมชนที่ผ่านการอบรมติดตั้งแผงโซลาร์และตู้ควบคุมที่ออกแบบให้ซ่อมง่าย สมาชิกจ่ายค่าน้ำตามมิเตอร์"
        "ในอัตราต่ำกว่าค่าน้ำมันเดิม เงินที่เก็บได้เข้ากองทุนซ่อมบำรุง ระบบจึงใช้งานได้ต่อเนื่องหลังโครงการจบ",
        how_en="Trained village technicians install panels and an easy-to-repair controller; members pay metered "
        "water fees below their old fuel cost, and the fees fund maintenance so the system keeps running after "
        "the project ends.",
        indicator=Indicator(
            "ครัวเรือนที่มีน้ำใช้ตลอดปี", "Households with year-round water", "ครัวเรือน (households)", (40, 300), 0.3
        ),
        provinces=NORTHEAST_RICE,
    ),
    Concept(
        key="clean-water-filter",
        area="food-water-energy",
        also=("health",),
        core_th="เครื่องกรองน้ำสะอาด",
        core_en="Clean Water Filter",
        forms=COMPANY,
        brands=(("น้ำใสใจจริง", "NamSai"), ("อควาเซฟ", "AquaSafe"), ("เพียวดรอป", "PureDrop")),
        summary_th="เครื่องกรองน้ำเซรามิกราคาประหยัดที่ผลิตโดยช่างปั้นในท้องถิ่น ให้โรงเรียนและครัวเรือนมีน้ำดื่มสะอาด",
        summary_en="Low-cost ceramic water filters made by local potters, giving schools and households safe "
        "drinking water.",
        problem_th="น้ำบ่อตื้นและน้ำฝนที่เก็บไว้ปนเปื้อนเชื้อโรค เด็กป่วยด้วยโรคท้องร่วง และครอบครัวต้องซื้อน้ำขวดราคาแพง",
        problem_en="Shallow-well and stored rainwater is contaminated; children get diarrhoea and families pay for "
        "bottled water.",
        how_th="ไส้กรองเซรามิกเคลือบซิลเวอร์ผลิตจากดินเหนียวในพื้นที่ ผ่านการทดสอบคุณภาพน้ำจากห้องปฏิบัติการของมหาวิทยาลัย "
        "ครัวเรือนผ่อนชำระผ่านกลุ่มออมทรัพย์ และโรงเรียนได้รับเครื่องกรองผ่านการสนับสนุนของบริษัทเอกชน",
        how_en="Silver-treated ceramic cartridges are fired from local clay and tested by a university laboratory. "
        "Households buy them in instalments through savings groups; schools get them through company sponsorship.",
        indicator=Indicator("คนที่เข้าถึงน้ำดื่มสะอาด", "People with safe drinking water", "คน (people)", (300, 4000), 0.5),
    ),
    Concept(
        key="community-biogas",
        area="food-water-energy",
        also=("environmental-conservation",),
        core_th="ไบโอแก๊สชุมชน",
        core_en="Community Biogas",
        forms=(*COMMUNITY, "cooperative"),
        summary_th="เปลี่ยนมูลสัตว์และเศษอาหารเป็นก๊าซหุงต้มและปุ๋ยอินทรีย์ให้ครัวเรือนใน{place_th}",
        summary_en="Turns livestock manure and food waste into cooking gas and organic fertiliser for households "
        "in {place_en}.",
        problem_th="มูลสัตว์จากฟาร์มส่งกลิ่นเหม็นและรั่วลงแหล่งน้ำ ขณะที่ค่าแก๊สหุงต้มสูงขึ้นทุกปี",
        problem_en="Livestock farms let manure smell and leak into water, while cooking-gas prices rise every year.",
        how_th="บ่อหมักแบบถุงต้นทุนต่ำติดตั้งได้ในหนึ่งวัน ต่อท่อก๊าซไปยังครัวของเพื่อนบ้านในรัศมีร้อยเมตร "
        "กากที่เหลือขายเป็นปุ๋ยน้ำให้สวนผลไม้ และคณะกรรมการพลังงานหมู่บ้านเป็นผู้บริหารระบบ",
        how_en="Low-cost bag digesters are installed in a day and piped to neighbours' kitchens within a hundred "
        "metres; the slurry is sold as liquid fertiliser to orchards. A village energy committee runs the system.",
        indicator=Indicator("ก๊าซหุงต้มที่ทดแทนได้", "Cooking gas replaced", "กิโลกรัม/ปี (kg/year)", (1500, 9000), 0.3),
    ),
    Concept(
        key="food-rescue",
        area="food-water-energy",
        also=("urbanisation", "environmental-conservation"),
        core_th="ธนาคารอาหาร",
        core_en="Food Bank",
        forms=(*COMPANY, "foundation"),
        brands=(("อิ่มดี", "ImDee"), ("เซฟฟู้ด", "SaveFood"), ("แบ่งปันอิ่ม", "ShareMeal")),
        summary_th="ส่งต่ออาหารส่วนเกินจากห้างและโรงแรมไปยังชุมชนแออัดและบ้านพักผู้สูงอายุ ลดขยะอาหารและความหิวไปพร้อมกัน",
        summary_en="Rescues surplus food from supermarkets and hotels for low-income communities and homes for "
        "older people, cutting food waste and hunger together.",
        problem_th="อาหารที่ยังกินได้จำนวนมากถูกทิ้งทุกวัน ขณะที่หลายครอบครัวในเมืองยังขาดอาหารที่มีคุณค่า",
        problem_en="Large amounts of edible food are thrown away daily while many urban families lack "
        "nutritious meals.",
        how_th="แพลตฟอร์มจับคู่เวลารับอาหารกับอาสาสมัครที่มีรถ ตรวจอุณหภูมิและวันหมดอายุตามมาตรฐานความปลอดภัยอาหาร "
        "และส่งถึงจุดกระจายในชุมชนภายในสามชั่วโมง ร้านค้าที่ร่วมโครงการได้รายงานการลดขยะอาหารไปใช้ในรายงานความยั่งยืน",
        how_en="A platform matches pickup slots with volunteer drivers, checks temperature and dates against "
        "food-safety rules, and delivers to community distribution points within three hours. Partner stores get "
        "food-waste reports for their sustainability reporting.",
        indicator=Indicator("มื้ออาหารที่ส่งต่อ", "Meals delivered", "มื้อ (meals)", (5000, 60000), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.2,
    ),
    # 3 · Public sector and education ------------------------------------------------------------
    Concept(
        key="youth-coding-school",
        area="public-sector-education",
        also=("finance-employment-welfare",),
        core_th="โรงเรียนสอนเขียนโค้ดสำหรับเยาวชน",
        core_en="Youth Coding School",
        forms=(*COMPANY, "foundation", "unregistered_group"),
        brands=(("โค้ดบ้านนอก", "Code Ban Nok"), ("คิดส์โค้ดดิ้ง", "KidsCoding"), ("บิตบ้านเรา", "BitBaanRao")),
        summary_th="สอนเขียนโปรแกรมและทักษะดิจิทัลให้เด็กในโรงเรียนขนาดเล็กนอกเมือง โดยมีนักศึกษาในพื้นที่เป็นพี่เลี้ยง",
        summary_en="Teaches programming and digital skills to children in small rural schools, with local university "
        "students as mentors.",
        problem_th="โรงเรียนขนาดเล็กขาดครูคอมพิวเตอร์และอุปกรณ์ เด็กชนบทจึงเสียเปรียบทั้งการเรียนต่อและการหางาน",
        problem_en="Small schools lack computing teachers and equipment, leaving rural children behind for further "
        "study and jobs.",
        how_th="หลักสูตร 20 สัปดาห์ใช้บอร์ดไมโครคอนโทรลเลอร์ราคาถูกและโจทย์จากปัญหาในหมู่บ้าน เช่น ระบบรดน้ำอัตโนมัติ "
        "นักศึกษาพี่เลี้ยงได้หน่วยกิตบริการสังคม และครูในโรงเรียนได้รับการอบรมให้สอนต่อได้เอง",
        how_en="A 20-week course uses cheap microcontroller boards and village problems such as automatic watering; "
        "student mentors earn service-learning credit and school teachers are trained to carry on teaching.",
        indicator=Indicator("นักเรียนที่จบหลักสูตร", "Students completing the course", "คน (students)", (60, 600), 0.6),
        youth_share=0.6,
    ),
    Concept(
        key="open-local-budget",
        area="public-sector-education",
        also=("urbanisation",),
        core_th="งบประมาณท้องถิ่นโปร่งใส",
        core_en="Open Local Budget",
        forms=(*COMPANY, "foundation"),
        brands=(("ท้องถิ่นโปร่งใส", "OpenTambon"), ("ซีวิคลิงก์", "CivicLink"), ("งบเปิด", "Ngob Perd")),
        summary_th="แพลตฟอร์มที่แปลงข้อมูลงบประมาณและโครงการขององค์กรปกครองส่วนท้องถิ่นให้ประชาชนอ่านเข้าใจง่ายและติดตามได้",
        summary_en="A platform that turns local-government budgets and projects into plain language residents can "
        "read and follow.",
        problem_th="ประชาชนเข้าถึงข้อมูลงบประมาณท้องถิ่นได้ยาก เอกสารเป็นไฟล์สแกนที่ค้นหาไม่ได้ การมีส่วนร่วมและการตรวจสอบจึงเกิดขึ้นน้อย",
        problem_en="Residents struggle to find local budget information: documents are unsearchable scans, so "
        "participation and oversight are rare.",
        how_th="ทีมงานร่วมกับเทศบาลและ อบต. นำข้อบัญญัติงบประมาณมาจัดเป็นข้อมูลเปิด แสดงบนแผนที่ว่าโครงการถนน ประปา "
        "หรือศูนย์พัฒนาเด็กเล็กอยู่ที่ไหน และให้ประชาชนแจ้งปัญหาพร้อมรูปถ่าย โดยเจ้าหน้าที่ต้องตอบภายในเวลาที่กำหนด",
        how_en="Working with municipalities and subdistrict administrations, the team publishes budget ordinances as "
        "open data, maps where roads, water works and childcare centres are, and lets residents report problems "
        "with photos that officials must answer within a set time.",
        indicator=Indicator(
            "ท้องถิ่นที่เปิดข้อมูลงบประมาณ", "Local governments publishing budgets", "แห่ง (municipalities)", (3, 25), 0.7
        ),
        youth_share=0.3,
    ),
    Concept(
        key="mobile-library",
        area="public-sector-education",
        also=("tourism-culture",),
        core_th="ห้องสมุดเคลื่อนที่",
        core_en="Mobile Library",
        forms=("foundation", "unregistered_group", "community_enterprise"),
        summary_th="รถห้องสมุดและกล่องหนังสือหมุนเวียนที่พาหนังสือภาษาไทยและภาษาถิ่นไปถึงเด็กในพื้นที่ห่างไกลและชายแดน",
        summary_en="A library van and rotating book boxes bringing Thai and local-language books to children in "
        "remote and border areas.",
        problem_th="เด็กในหมู่บ้านห่างไกลและชายแดนแทบไม่มีหนังสืออ่านนอกเวลาเรียน ทักษะการอ่านจึงต่ำกว่าค่าเฉลี่ยของประเทศ",
        problem_en="Children in remote and border villages have almost no books outside school, and their reading "
        "skills lag the national average.",
        how_th="อาสาสมัครในหมู่บ้านดูแลกล่องหนังสือและจัดกิจกรรมเล่านิทานทุกสัปดาห์ หนังสือสองภาษาจัดทำร่วมกับครูในพื้นที่ "
        "ทั้งภาษาไทยกับภาษาปกาเกอะญอ ม้ง หรือมลายูถิ่น ตามแต่ละชุมชน",
        how_en="Village volunteers look after the boxes and hold weekly storytelling; bilingual books are made with "
        "local teachers in Thai and Karen, Hmong or Patani Malay depending on the community.",
        indicator=Indicator(
            "เด็กที่ยืมหนังสือเป็นประจำ", "Children borrowing books regularly", "คน (children)", (80, 900), 0.4
        ),
        provinces=("MSN", "TAK", "NAN", "CRI", "NWT", "YLA", "PTN", "KRI", "UBN", "SSK"),
    ),
    Concept(
        key="village-e-service",
        area="public-sector-education",
        also=("finance-employment-welfare",),
        core_th="จุดบริการภาครัฐดิจิทัล",
        core_en="Digital Service Point",
        forms=("social_enterprise_osep", "community_enterprise", "company"),
        brands=(("ใกล้บ้านบริการ", "KlaiBaan Service"), ("อีตำบล", "eTambon")),
        summary_th="จุดบริการในร้านค้าชุมชนที่ช่วยชาวบ้านยื่นคำขอบริการภาครัฐออนไลน์ เช่น เบี้ยยังชีพและสิทธิการรักษาพยาบาล "
        "โดยไม่ต้องเดินทางเข้าเมือง",
        summary_en="Help desks in village shops that assist residents with online public services such as "
        "allowances and health-care rights, without travelling to town.",
        problem_th="ผู้สูงอายุและผู้ที่ไม่คุ้นเคยกับสมาร์ตโฟนเสียค่าเดินทางและเสียวันทำงานเพื่อติดต่อราชการ และพลาดสิทธิที่ควรได้รับ",
        problem_en="Older and less digitally confident people lose fares and working days to reach government "
        "offices, and miss benefits they are entitled to.",
        how_th="เจ้าของร้านค้าที่ผ่านการอบรมให้บริการด้วยแท็บเล็ต ใช้รายการตรวจสอบเอกสารที่ออกแบบร่วมกับหน่วยงานราชการ "
        "และได้ค่าบริการต่อรายการจากงบของท้องถิ่น ข้อมูลส่วนบุคคลได้รับการคุ้มครองตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล",
        how_en="Trained shopkeepers serve with a tablet and checklists designed with the agencies, earning a "
        "per-case fee from the local budget; personal data is handled under the PDPA.",
        indicator=Indicator("คำขอที่ยื่นสำเร็จ", "Applications completed", "รายการ (applications)", (200, 2500), 0.5),
    ),
    # 4 · Finance, employment and social welfare -------------------------------------------------
    Concept(
        key="elderly-care-app",
        area="finance-employment-welfare",
        also=("health",),
        core_th="ดูแลผู้สูงอายุ",
        core_en="Elderly Care",
        forms=COMPANY,
        brands=(("ห่วงใย", "Huangyai Care"), ("ยายตาแคร์", "YaiTa Care"), ("แคร์บัดดี้", "CareBuddy")),
        summary_th="แอปพลิเคชันที่เชื่อมผู้สูงอายุที่อยู่ลำพังกับผู้ดูแลที่ผ่านการอบรมในชุมชน พร้อมแจ้งข่าวถึงลูกหลานที่ทำงานต่างถิ่น",
        summary_en="An app connecting older people living alone with trained community carers, with updates for "
        "children working away from home.",
        problem_th="ผู้สูงอายุในชนบทจำนวนมากอยู่บ้านลำพังเพราะลูกหลานไปทำงานในเมือง เมื่อเจ็บป่วยหรือหกล้มจึงไม่มีใครรู้",
        problem_en="Many rural elders live alone while their children work in the city; when they fall ill or fall, "
        "nobody knows.",
        how_th="ผู้ดูแลในชุมชนเยี่ยมบ้านตามตาราง บันทึกความดัน น้ำตาล และอาการผ่านแอป ระบบแจ้ง อสม. และโรงพยาบาลส่งเสริมสุขภาพตำบล"
        "เมื่อค่าผิดปกติ ลูกหลานจ่ายค่าบริการรายเดือน และครอบครัวรายได้น้อยได้รับเงินอุดหนุนจากกองทุนท้องถิ่น",
        how_en="Community carers visit on schedule and log blood pressure, sugar and symptoms in the app, which "
        "alerts village health volunteers and the subdistrict health centre when readings are abnormal. Children "
        "pay a monthly fee; low-income families are subsidised by a local fund.",
        indicator=Indicator("ผู้สูงอายุที่ได้รับการดูแล", "Older people cared for", "คน (people)", (50, 800), 0.5),
        youth_share=0.2,
    ),
    Concept(
        key="disability-employment",
        area="finance-employment-welfare",
        also=("public-sector-education",),
        core_th="จ้างงานคนพิการ",
        core_en="Disability Employment",
        forms=(*COMPANY, "foundation"),
        brands=(("งานดีไม่มีขีดจำกัด", "NoLimit Jobs"), ("เอเบิลเวิร์ก", "AbleWork")),
        summary_th="ฝึกทักษะและจัดหางานให้คนพิการทำงานในชุมชนของตนเอง ตามมาตรา 35 ของกฎหมายส่งเสริมคุณภาพชีวิตคนพิการ",
        summary_en="Trains people with disabilities and finds them work in their own communities, under section 35 "
        "of Thailand's disability empowerment law.",
        problem_th="คนพิการจำนวนมากในต่างจังหวัดไม่มีงานทำ ขณะที่บริษัทที่ต้องจ้างงานคนพิการตามกฎหมายหาคนไม่ได้และเลือกจ่ายเงินเข้ากองทุนแทน",
        problem_en="Many people with disabilities outside Bangkok have no work, while companies obliged to employ "
        "them cannot find candidates and pay into a fund instead.",
        how_th="เราจับคู่บริษัทกับคนพิการในชุมชนให้ทำงานบริการสังคม เช่น ผู้ช่วยครู งานข้อมูล หรือผู้ดูแลผู้สูงอายุ "
        "พร้อมพี่เลี้ยงติดตามผลรายเดือน คนพิการมีรายได้ประจำใกล้บ้าน และบริษัทได้รายงานผลกระทบที่ตรวจสอบได้",
        how_en="We match companies with disabled people in their own communities for social-service jobs such as "
        "teaching assistants, data work or elderly care, with monthly mentoring; workers earn a steady local "
        "income and companies get verifiable impact reports.",
        indicator=Indicator("คนพิการที่มีงานทำ", "People with disabilities employed", "คน (people)", (20, 300), 0.5),
    ),
    Concept(
        key="digital-savings-group",
        area="finance-employment-welfare",
        also=("public-sector-education",),
        core_th="กลุ่มออมทรัพย์ดิจิทัล",
        core_en="Digital Savings Group",
        forms=("social_enterprise_osep", "company", "cooperative"),
        brands=(("ออมดี", "OomDee"), ("สัจจะดิจิทัล", "Sajja Digital")),
        summary_th="ระบบบัญชีดิจิทัลสำหรับกลุ่มออมทรัพย์สัจจะและกองทุนหมู่บ้าน ให้สมาชิกตรวจสอบเงินออมและเงินกู้ได้เองผ่านมือถือ",
        summary_en="Digital bookkeeping for village savings groups and village funds, so members can check their "
        "savings and loans on their phones.",
        problem_th="กลุ่มออมทรัพย์ใช้สมุดบัญชีกระดาษที่ตรวจสอบยาก เกิดความผิดพลาดและความไม่ไว้วางใจ ชาวบ้านจึงหันไปกู้เงินนอกระบบดอกเบี้ยสูง",
        problem_en="Savings groups keep paper ledgers that are hard to audit, leading to errors and mistrust, and "
        "villagers turn to loan sharks.",
        how_th="กรรมการกลุ่มบันทึกเงินฝากและเงินกู้ผ่านแอปที่ใช้งานได้แม้สัญญาณอินเทอร์เน็ตไม่ดี สมาชิกได้รับข้อความยืนยันทุกรายการ "
        "ระบบออกงบการเงินรายเดือนให้ผู้ตรวจสอบ และประวัติการออมช่วยให้สมาชิกกู้เงินจากธนาคารได้ง่ายขึ้น",
        how_en="Committees record deposits and loans in an app that works offline; members get a confirmation "
        "message for every transaction, auditors get monthly statements, and savings histories help members "
        "borrow from banks.",
        indicator=Indicator("สมาชิกที่ใช้บัญชีดิจิทัล", "Members using digital accounts", "คน (members)", (150, 3000), 0.6),
    ),
    Concept(
        key="training-cafe",
        area="finance-employment-welfare",
        also=("public-sector-education",),
        core_th="ร้านกาแฟฝึกอาชีพเยาวชน",
        core_en="Youth Training Café",
        forms=("social_enterprise_osep", "foundation"),
        brands=(("กาแฟโอกาส", "Oakas Coffee"), ("เริ่มใหม่คาเฟ่", "Fresh Start Café")),
        summary_th="ร้านกาแฟและเบเกอรีที่ฝึกอาชีพให้เยาวชนที่หลุดจากระบบการศึกษาและเยาวชนที่พ้นโทษ ให้มีงานทำและเริ่มต้นชีวิตใหม่",
        summary_en="A café and bakery that trains out-of-school youth and young people leaving detention, so they "
        "find jobs and a new start.",
        problem_th="เยาวชนที่หลุดจากระบบการศึกษาหรือพ้นโทษหางานได้ยาก และมีโอกาสกลับไปกระทำผิดซ้ำสูง",
        problem_en="Young people out of school or leaving detention struggle to find work and often reoffend.",
        how_th="ผู้ฝึกงานเรียนการชงกาแฟ การทำขนม และการบริการลูกค้าเป็นเวลาหกเดือนโดยได้รับค่าจ้าง "
        "มีนักสังคมสงเคราะห์ช่วยเรื่องที่พักและครอบครัว และหลังจบหลักสูตรร้านช่วยหางานกับโรงแรมและร้านอาหารพันธมิตร",
        how_en="Trainees spend six months learning coffee, baking and customer service on a wage, with a social "
        "worker helping with housing and family; afterwards the café places them with partner hotels and "
        "restaurants.",
        indicator=Indicator("เยาวชนที่ได้งานหลังฝึก", "Trainees employed after training", "คน (people)", (10, 90), 0.4),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    # 5 · Sustainable agriculture ----------------------------------------------------------------
    Concept(
        key="organic-rice",
        area="sustainable-agriculture",
        also=("food-water-energy", "finance-employment-welfare"),
        core_th="ข้าวอินทรีย์",
        core_en="Organic Rice",
        forms=("cooperative", "community_enterprise"),
        summary_th="กลุ่มชาวนาที่ปลูกข้าวหอมมะลิอินทรีย์ตามมาตรฐานสากล สีและบรรจุเอง และขายตรงให้ผู้บริโภคในเมือง",
        summary_en="Farmers growing certified organic jasmine rice, milling and packing it themselves and selling "
        "directly to city consumers.",
        problem_th="ชาวนาขายข้าวเปลือกผ่านพ่อค้าคนกลางในราคาต่ำ ต้นทุนปุ๋ยเคมีสูง และสารเคมีส่งผลต่อสุขภาพของครอบครัว",
        problem_en="Farmers sell paddy to middlemen at low prices, pay high costs for chemical fertiliser, and "
        "chemicals harm their families' health.",
        how_th="สมาชิก {n} ครัวเรือนได้รับรองมาตรฐานเกษตรอินทรีย์แบบกลุ่ม ใช้ปุ๋ยหมักและปลูกพืชหมุนเวียน "
        "โรงสีขนาดเล็กของกลุ่มสีข้าวตามคำสั่งซื้อให้ได้ข้าวใหม่เสมอ ลูกค้าสมัครสมาชิกรายเดือนทางออนไลน์"
        "และรู้ว่าข้าวมาจากแปลงของใคร",
        how_en="{n} member households hold group organic certification, use compost and crop rotation, and mill to "
        "order in the group's small mill so rice is always fresh; customers subscribe monthly online and know "
        "whose field their rice comes from.",
        indicator=Indicator(
            "รายได้สมาชิกต่อครัวเรือน", "Member income per household", "บาท/ปี (THB/year)", (38000, 60000), 0.12
        ),
        provinces=NORTHEAST_RICE,
    ),
    Concept(
        key="smart-farming",
        area="sustainable-agriculture",
        also=("food-water-energy",),
        core_th="เซนเซอร์เกษตรอัจฉริยะ",
        core_en="Smart Farming",
        forms=COMPANY,
        brands=(("ฟาร์มรู้", "FarmRu"), ("อะกรีเซนส์", "AgriSense"), ("ดินดีเทค", "DinDee Tech")),
        summary_th="เซนเซอร์วัดความชื้นดินและสภาพอากาศราคาประหยัด ที่บอกเกษตรกรรายย่อยผ่านไลน์ว่าควรให้น้ำและใส่ปุ๋ยเมื่อไร",
        summary_en="Low-cost soil-moisture and weather sensors that tell smallholders through LINE when to water and "
        "fertilise.",
        problem_th="เกษตรกรรายย่อยให้น้ำและปุ๋ยตามความเคยชิน ทำให้สิ้นเปลือง ผลผลิตไม่แน่นอน และเสี่ยงต่อภัยแล้งที่รุนแรงขึ้น",
        problem_en="Smallholders water and fertilise by habit, wasting inputs, getting uneven yields and facing "
        "worsening droughts.",
        how_th="อุปกรณ์ใช้พลังงานแสงอาทิตย์และส่งข้อมูลผ่านเครือข่ายไร้สายระยะไกล ระบบแนะนำการให้น้ำจากข้อมูลดินและพยากรณ์อากาศ "
        "เกษตรกรเช่าอุปกรณ์รายฤดูผ่านสหกรณ์การเกษตร และข้อมูลแปลงช่วยในการขอสินเชื่อสีเขียว",
        how_en="Solar-powered devices send data over a long-range wireless network; the system advises on watering "
        "from soil data and forecasts. Farmers rent devices per season through their agricultural cooperative, and "
        "field data supports green-credit applications.",
        indicator=Indicator("น้ำที่ประหยัดได้", "Water saved", "ลูกบาศก์เมตร (m³)", (5000, 40000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="highland-coffee",
        area="sustainable-agriculture",
        also=("environmental-conservation", "tourism-culture"),
        core_th="กาแฟอินทรีย์บนพื้นที่สูง",
        core_en="Highland Coffee",
        forms=("community_enterprise", "social_enterprise_osep", "cooperative"),
        brands=(("กาแฟดอยบ้านเรา", "Doi Baan Rao Coffee"), ("ป่าเมี่ยงคอฟฟี่", "Pa Miang Coffee")),
        summary_th="กาแฟอาราบิกาที่ปลูกใต้ร่มไม้ในป่าชุมชนโดยเกษตรกรชาติพันธุ์บนพื้นที่สูง แทนการปลูกข้าวโพดเชิงเดี่ยว",
        summary_en="Shade-grown arabica coffee from ethnic highland farmers in community forests, replacing maize "
        "monoculture.",
        problem_th="การปลูกข้าวโพดเชิงเดี่ยวบนพื้นที่สูงทำให้ป่าหายและเกิดการเผาทุกปี แต่เกษตรกรยังคงมีหนี้จากค่าปุ๋ยและยาฆ่าแมลง",
        problem_en="Maize monoculture in the highlands clears forest and brings burning every year, yet farmers "
        "remain in debt for fertiliser and pesticides.",
        how_th="เกษตรกรปลูกกาแฟร่วมกับไม้ป่าและไม้ผล กลุ่มรับซื้อเชอร์รีกาแฟในราคาประกันที่สูงกว่าตลาด แปรรูปแบบฮันนีและแบบเปียก"
        "ที่ลานตากของชุมชน และขายให้โรงคั่วกาแฟพิเศษในกรุงเทพฯ และต่างประเทศ รายได้ส่วนหนึ่งคืนสู่กองทุนดูแลป่า",
        how_en="Farmers grow coffee among forest and fruit trees; the group buys cherries at a guaranteed price above "
        "market, processes honey and washed lots at the community drying yard, and sells to speciality roasters in "
        "Bangkok and abroad. Part of the income goes to a forest-care fund.",
        indicator=Indicator("พื้นที่ปลูกกาแฟใต้ร่มไม้", "Shade-grown coffee area", "ไร่ (rai)", (100, 900), 0.2),
        provinces=("CMI", "CRI", "MSN", "NAN", "PYO", "TAK", "LPG"),
    ),
    Concept(
        key="herbal-products",
        area="sustainable-agriculture",
        also=("health", "finance-employment-welfare"),
        core_th="สมุนไพรอินทรีย์",
        core_en="Organic Herbs",
        forms=("community_enterprise", "unregistered_group", "social_enterprise_osep"),
        brands=(("สมุนไพรบ้านสวน", "Baan Suan Herbs"), ("ไพรดี", "PraiDee")),
        summary_th="กลุ่มแม่บ้านที่ปลูกสมุนไพรอินทรีย์และแปรรูปเป็นยาหม่อง ลูกประคบ และชาสมุนไพร ที่ได้มาตรฐาน อย.",
        summary_en="Women growing organic herbs and making balms, herbal compresses and teas that meet Thai FDA "
        "standards.",
        problem_th="เกษตรกรขายสมุนไพรสดได้ราคาต่ำ และผลิตภัณฑ์ชุมชนไม่ผ่านมาตรฐาน จึงวางขายในร้านค้าสมัยใหม่ไม่ได้",
        problem_en="Fresh herbs fetch low prices, and community products fail standards, so they cannot reach "
        "modern retail.",
        how_th="กลุ่มร่วมกับคณะเภสัชศาสตร์ของมหาวิทยาลัยในภูมิภาคพัฒนาสูตรและควบคุมคุณภาพ สร้างโรงอบแห้งพลังงานแสงอาทิตย์ "
        "และได้เลขจดแจ้งผลิตภัณฑ์ ปัจจุบันขายผ่านร้านของฝาก สปา และร้านค้าออนไลน์",
        how_en="With a regional university's pharmacy faculty the group developed formulas and quality control, built "
        "a solar drying house and obtained product notifications; products now sell through souvenir shops, spas "
        "and online.",
        indicator=Indicator("รายได้จากผลิตภัณฑ์", "Product revenue", "บาท/ปี (THB/year)", (120000, 900000), 0.35),
    ),
    # 6 · Urbanisation ---------------------------------------------------------------------------
    Concept(
        key="urban-farm",
        area="urbanisation",
        also=("food-water-energy", "health"),
        core_th="สวนผักคนเมือง",
        core_en="Urban Farm",
        forms=("unregistered_group", "foundation", "social_enterprise_osep"),
        brands=(("ปลูกเมือง", "PlukMuang"), ("ซิตี้ฟาร์ม", "CityFarm")),
        summary_th="เปลี่ยนที่ดินรกร้างในเมืองเป็นสวนผักชุมชน ให้ผู้มีรายได้น้อยและผู้สูงอายุร่วมปลูก แบ่งปัน และขายผักปลอดสาร",
        summary_en="Turns vacant urban lots into community farms where low-income residents and older people grow, "
        "share and sell pesticide-free vegetables.",
        problem_th="ชุมชนเมืองขาดพื้นที่สีเขียว ผักปลอดภัยมีราคาแพง และผู้สูงอายุในชุมชนแออัดอยู่อย่างโดดเดี่ยว",
        problem_en="City neighbourhoods lack green space, safe vegetables are expensive, and older people in crowded "
        "communities are isolated.",
        how_th="โครงการทำข้อตกลงใช้ที่ดินว่างกับเจ้าของเป็นเวลาสามปีแลกกับการลดภาษีที่ดิน ชาวชุมชนได้แปลงปลูก น้ำ "
        "และปุ๋ยหมักจากเศษอาหารในละแวก มีตลาดนัดผักทุกวันอาทิตย์ และจัดเวิร์กช็อปให้โรงเรียนใกล้เคียง",
        how_en="The project signs three-year agreements with landowners in exchange for land-tax relief; residents "
        "get plots, water and compost made from neighbourhood food waste, with a Sunday vegetable market and "
        "workshops for nearby schools.",
        indicator=Indicator("พื้นที่สีเขียวที่เพิ่มขึ้น", "Green area created", "ตารางเมตร (m²)", (400, 6000), 0.4),
        provinces=CITIES,
        urban=True,
    ),
    Concept(
        key="accessible-transit",
        area="urbanisation",
        also=("health", "public-sector-education"),
        core_th="เดินทางเท่าเทียม",
        core_en="Accessible Transit",
        forms=COMPANY,
        brands=(("ไปด้วยกัน", "PaiDuayGan"), ("วีลโก", "WheelGo")),
        summary_th="แอปนำทางที่บอกเส้นทางรถเมล์ รถไฟฟ้า และทางเท้าที่รถเข็นผ่านได้ จากข้อมูลที่ผู้ใช้และอาสาสมัครช่วยกันสำรวจ",
        summary_en="A navigation app showing bus, rail and pavement routes that wheelchairs can use, mapped by users "
        "and volunteers.",
        problem_th="ผู้ใช้รถเข็น ผู้สูงอายุ และพ่อแม่ที่ใช้รถเข็นเด็กเดินทางในเมืองได้ยาก เพราะไม่รู้ว่าทางเท้าหรือสถานีใดมีลิฟต์และทางลาด",
        problem_en="Wheelchair users, older people and parents with prams struggle in the city because they cannot "
        "tell which pavements and stations have lifts and ramps.",
        how_th="อาสาสมัครสำรวจทางลาด ลิฟต์ และจุดอันตรายพร้อมรูปถ่าย ข้อมูลเปิดให้หน่วยงานท้องถิ่นใช้วางแผนซ่อมแซม "
        "และแอปแนะนำเส้นทางที่เหมาะกับผู้ใช้แต่ละคน โดยสมาคมคนพิการช่วยตรวจสอบความถูกต้องของข้อมูล",
        how_en="Volunteers survey ramps, lifts and hazards with photos; the open data helps city authorities plan "
        "repairs, and the app suggests routes suited to each user. Disability associations help verify the data.",
        indicator=Indicator("จุดที่สำรวจแล้ว", "Locations surveyed", "จุด (locations)", (300, 5000), 0.6),
        provinces=CITIES,
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="canal-housing",
        area="urbanisation",
        also=("finance-employment-welfare", "environmental-conservation"),
        core_th="บ้านมั่นคงริมคลอง",
        core_en="Canal-side Housing",
        forms=("cooperative", "unregistered_group", "foundation"),
        summary_th="ชุมชนริมคลองที่รวมกลุ่มออมทรัพย์และออกแบบบ้านใหม่ร่วมกับสถาปนิกชุมชน เพื่อที่อยู่อาศัยมั่นคงและคลองที่สะอาด",
        summary_en="Canal-side residents who pool savings and redesign their homes with community architects, "
        "gaining secure housing and a cleaner canal.",
        problem_th="ครอบครัวรายได้น้อยริมคลองอยู่อาศัยโดยไม่มีสิทธิในที่ดิน เสี่ยงถูกไล่รื้อ บ้านทรุดโทรม และน้ำเสียไหลลงคลองโดยตรง",
        problem_en="Low-income canal-side families live without land rights, face eviction, live in decaying houses, "
        "and sewage flows straight into the canal.",
        how_th="ชุมชนทำสัญญาเช่าที่ดินระยะยาวกับหน่วยงานรัฐอย่างถูกต้อง สมาชิกออมเงินรายวันเป็นเงินดาวน์ "
        "สถาปนิกชุมชนออกแบบบ้านแถวที่ถอยร่นจากแนวคลองพร้อมระบบบำบัดน้ำเสียรวม และช่างในชุมชนเป็นผู้ก่อสร้างเอง",
        how_en="The community secures a legal long-term lease with public agencies, members save daily towards the "
        "down payment, community architects design row houses set back from the canal with shared wastewater "
        "treatment, and local builders do the construction.",
        indicator=Indicator(
            "ครัวเรือนที่มีที่อยู่อาศัยมั่นคง", "Households securely housed", "ครัวเรือน (households)", (30, 250), 0.25
        ),
        provinces=("BKK", "NBI", "PTE", "SPK", "AYA", "KKN", "CMI", "SKA"),
        urban=True,
    ),
    Concept(
        key="walkable-city",
        area="urbanisation",
        also=("health", "environmental-conservation"),
        core_th="เมืองเดินได้",
        core_en="Walkable City",
        forms=("social_enterprise_osep", "foundation", "unregistered_group"),
        brands=(("เมืองเดินดี", "Walk Mueang"), ("ซอยสุข", "Happy Soi Lab")),
        summary_th="ห้องทดลองเมืองที่ปรับถนนและซอยให้เดินและปั่นจักรยานได้อย่างปลอดภัย ร่วมกับเทศบาลและผู้ค้าในย่าน",
        summary_en="A city lab piloting safer streets and lanes for walking and cycling with the municipality and "
        "local traders.",
        problem_th="ทางเท้าแคบและขาดช่วง รถติดและมลพิษสูง ผู้คนจึงไม่กล้าเดินหรือปั่นจักรยานแม้ระยะทางสั้น",
        problem_en="Narrow, broken pavements, traffic and pollution keep people from walking or cycling even short "
        "distances.",
        how_th="ทีมใช้สีและกระถางต้นไม้ปิดช่องจราจรชั่วคราวเพื่อทดลองทางจักรยานและลานคนเดิน นับจำนวนคนเดิน วัดฝุ่น "
        "และสำรวจยอดขายร้านค้าก่อนและหลัง แล้วนำข้อมูลเสนอเทศบาลเพื่อปรับเป็นการถาวร",
        how_en="The team uses paint and planters to close lanes temporarily for trial cycle paths and plazas, counts "
        "pedestrians, measures dust and surveys shop sales before and after, then brings the evidence to the "
        "municipality for permanent changes.",
        indicator=Indicator("ผู้เดินเท้าต่อวันในย่าน", "Pedestrians per day", "คน/วัน (people/day)", (800, 6000), 0.3),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    # 7 · Health ---------------------------------------------------------------------------------
    Concept(
        key="village-telehealth",
        area="health",
        also=("public-sector-education",),
        core_th="หมอใกล้บ้านทางไกล",
        core_en="Village Telehealth",
        forms=COMPANY,
        brands=(("หมอใกล้บ้าน", "MorKlaiBaan"), ("เฮลท์ลิงก์", "HealthLink Rural"), ("สุขดีเทเล", "SukDee Tele")),
        summary_th="ระบบปรึกษาแพทย์ทางไกลผ่าน อสม. และแท็บเล็ต ให้ผู้ป่วยเรื้อรังในหมู่บ้านห่างไกลพบแพทย์ได้โดยไม่ต้องเดินทาง",
        summary_en="Telehealth through village health volunteers and tablets, so chronic patients in remote villages "
        "can see a doctor without travelling.",
        problem_th="ผู้ป่วยเบาหวานและความดันในหมู่บ้านห่างไกลต้องเดินทางหลายชั่วโมงไปโรงพยาบาลอำเภอ หลายคนขาดนัดจนอาการแย่ลง",
        problem_en="Diabetes and hypertension patients in remote villages travel hours to the district hospital; many "
        "miss appointments and worsen.",
        how_th="อสม. วัดความดันและน้ำตาลด้วยอุปกรณ์ที่ส่งข้อมูลอัตโนมัติ นัดพบแพทย์ผ่านวิดีโอที่โรงพยาบาลส่งเสริมสุขภาพตำบล "
        "และยาจัดส่งทางไปรษณีย์ถึงบ้าน ระบบเชื่อมกับเวชระเบียนของโรงพยาบาลแม่ข่าย",
        how_en="Health volunteers measure blood pressure and glucose with connected devices, book video "
        "consultations at the subdistrict health centre, and medicines are posted home; the system links to the "
        "hub hospital's records.",
        indicator=Indicator(
            "ผู้ป่วยที่ควบคุมความดันได้", "Patients with controlled blood pressure", "คน (patients)", (40, 600), 0.4
        ),
    ),
    Concept(
        key="youth-mental-health",
        area="health",
        also=("public-sector-education",),
        core_th="สุขภาพใจวัยรุ่น",
        core_en="Youth Mental Health",
        forms=(*COMPANY, "foundation", "unregistered_group"),
        brands=(("ใจดีดี", "JaiDeeDee"), ("ฟังใจ", "FangJai"), ("มายด์เฟรนด์", "MindFriend")),
        summary_th="แชตรับฟังและให้คำปรึกษาปัญหาสุขภาพจิตสำหรับวัยรุ่นโดยรุ่นพี่ที่ผ่านการอบรม พร้อมส่งต่อนักจิตวิทยาเมื่อจำเป็น",
        summary_en="A chat counselling service for teenagers by trained peer listeners, with referral to "
        "psychologists when needed.",
        problem_th="วัยรุ่นที่มีภาวะเครียดและซึมเศร้าจำนวนมากไม่กล้าบอกใคร และบริการสุขภาพจิตในโรงเรียนและต่างจังหวัดมีไม่เพียงพอ",
        problem_en="Many stressed or depressed teenagers tell no one, and mental-health services in schools and "
        "provinces are scarce.",
        how_th="อาสาสมัครรุ่นพี่ได้รับการอบรมการฟังอย่างลึกซึ้งและการประเมินความเสี่ยงจากนักจิตวิทยาคลินิก แชตเปิดทุกคืน"
        "ในช่วงที่วัยรุ่นต้องการมากที่สุด กรณีเสี่ยงสูงส่งต่อสายด่วนสุขภาพจิตภายในไม่กี่นาที "
        "และโรงเรียนพันธมิตรได้รับรายงานภาพรวมแบบไม่ระบุตัวตน",
        how_en="Older-peer volunteers are trained by clinical psychologists in deep listening and risk assessment; "
        "the chat opens every night when teenagers need it most, high-risk cases are passed to the mental-health "
        "hotline within minutes, and partner schools receive anonymised overviews.",
        indicator=Indicator("ผู้รับคำปรึกษา", "Young people counselled", "คน (people)", (200, 3000), 0.6),
        youth_share=0.7,
    ),
    Concept(
        key="assistive-3d",
        area="health",
        also=("finance-employment-welfare",),
        core_th="อุปกรณ์ช่วยเหลือจากการพิมพ์สามมิติ",
        core_en="3D-printed Assistive Devices",
        forms=COMPANY,
        brands=(("มือดีสามมิติ", "MueDee 3D"), ("เอดทรีดี", "Aid3D")),
        summary_th="ออกแบบและพิมพ์สามมิติอุปกรณ์ช่วยเหลือคนพิการและผู้สูงอายุให้พอดีกับแต่ละคน ในราคาที่สิทธิหลักประกันสุขภาพเบิกได้",
        summary_en="Designs and 3D-prints assistive devices fitted to each person for people with disabilities and "
        "older people, at prices the health-insurance scheme reimburses.",
        problem_th="อุปกรณ์ช่วยเหลือที่นำเข้ามีราคาแพงและไม่พอดีกับผู้ใช้ และผู้ป่วยต้องรอคิวนานหลายเดือน",
        problem_en="Imported assistive devices are costly and ill-fitting, and patients wait months for them.",
        how_th="นักกายภาพบำบัดสแกนร่างกายผู้ใช้ด้วยโทรศัพท์มือถือ ทีมออกแบบปรับแบบภายในสองวัน และพิมพ์ด้วยวัสดุที่ทนทาน"
        "ที่ศูนย์บริการในโรงพยาบาลจังหวัด ผู้ใช้จึงได้รับอุปกรณ์ภายในหนึ่งสัปดาห์",
        how_en="Physiotherapists scan users with a phone, the design team adapts the model within two days and prints "
        "it in durable material at service points in provincial hospitals, so users receive devices within a week.",
        indicator=Indicator("อุปกรณ์ที่ส่งมอบ", "Devices delivered", "ชิ้น (devices)", (50, 700), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="mother-child-nutrition",
        area="health",
        also=("food-water-energy",),
        core_th="โภชนาการแม่และเด็ก",
        core_en="Mother and Child Nutrition",
        forms=("foundation", "social_enterprise_osep", "unregistered_group"),
        brands=(("หนูอิ่มดี", "Nu Im Dee"), ("เติบโตดี", "GrowWell")),
        summary_th="โปรแกรมโภชนาการสำหรับหญิงตั้งครรภ์และเด็กเล็ก ที่ใช้อาหารพื้นบ้านและติดตามการเจริญเติบโตผ่านไลน์",
        summary_en="A nutrition programme for pregnant women and young children using local foods and growth "
        "tracking on LINE.",
        problem_th="เด็กเล็กในหลายพื้นที่ยังมีภาวะเตี้ยและโลหิตจาง เพราะครอบครัวขาดความรู้และเข้าถึงอาหารที่มีคุณค่าได้ยาก",
        problem_en="Young children in many areas are still stunted and anaemic because families lack knowledge of and "
        "access to nutritious food.",
        how_th="นักโภชนาการทำงานร่วมกับ อสม. และศูนย์พัฒนาเด็กเล็กจัดเมนูจากผัก ไข่ และปลาในท้องถิ่น "
        "แม่ได้รับข้อความแนะนำตามอายุของลูก และเด็กได้รับการชั่งน้ำหนักวัดส่วนสูงทุกเดือน",
        how_en="Nutritionists work with health volunteers and childcare centres on menus of local vegetables, eggs "
        "and fish; mothers get advice messages matched to their child's age, and children are weighed and "
        "measured monthly.",
        indicator=Indicator("เด็กที่มีพัฒนาการสมวัย", "Children growing on track", "คน (children)", (60, 700), 0.35),
    ),
    # 8 · Tourism and culture --------------------------------------------------------------------
    Concept(
        key="community-tourism",
        area="tourism-culture",
        also=("finance-employment-welfare", "environmental-conservation"),
        core_th="ท่องเที่ยวโดยชุมชน",
        core_en="Community-based Tourism",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="ท่องเที่ยวโดยชุมชนที่ให้ผู้มาเยือนพักโฮมสเตย์ ทำอาหารพื้นบ้าน และเรียนรู้วิถีชีวิตของ{place_th} โดยรายได้กระจายสู่ทุกครัวเรือน",
        summary_en="Community-based tourism in {place_en}: visitors stay in homestays, cook local food and learn "
        "village life, with income shared across households.",
        problem_th="ชุมชนได้ประโยชน์จากการท่องเที่ยวน้อย รายได้ตกอยู่กับบริษัททัวร์ภายนอก ขณะที่คนรุ่นใหม่ย้ายไปทำงานในเมือง",
        problem_en="Villages gain little from tourism: income goes to outside tour companies, and young people leave "
        "for city jobs.",
        how_th="คณะกรรมการท่องเที่ยวของหมู่บ้านกำหนดจำนวนนักท่องเที่ยวต่อวัน หมุนเวียนโฮมสเตย์และไกด์ท้องถิ่นอย่างเป็นธรรม "
        "และกันรายได้ร้อยละสิบเข้ากองทุนอนุรักษ์ คนรุ่นใหม่กลับมาเป็นไกด์และดูแลการตลาดออนไลน์",
        how_en="The village tourism committee caps daily visitors, rotates homestays and local guides fairly, and "
        "sets aside ten per cent of income for a conservation fund; young people have come back to guide and run "
        "online marketing.",
        indicator=Indicator(
            "รายได้ชุมชนจากการท่องเที่ยว", "Community tourism income", "บาท/ปี (THB/year)", (150000, 1200000), 0.3
        ),
    ),
    Concept(
        key="indigo-weaving",
        area="tourism-culture",
        also=("finance-employment-welfare",),
        core_th="ผ้าทอย้อมคราม",
        core_en="Indigo Weaving",
        forms=("community_enterprise", "social_enterprise_osep"),
        brands=(("ครามสกล", "Khram Sakon"), ("ฮักคราม", "Hug Indigo")),
        summary_th="กลุ่มทอผ้าที่ฟื้นฟูการย้อมครามธรรมชาติ และออกแบบผ้าร่วมกับนักออกแบบรุ่นใหม่ให้ขายได้ในตลาดสากล",
        summary_en="Weavers reviving natural indigo dyeing and designing with young designers for international "
        "markets.",
        problem_th="ภูมิปัญญาการทอและย้อมครามกำลังสูญหาย ผ้าทอมือขายได้ราคาต่ำ และมีช่างทอรุ่นใหม่น้อยมาก",
        problem_en="Weaving and indigo knowledge is disappearing, handwoven cloth sells cheaply and few young people "
        "take up weaving.",
        how_th="ช่างทอสูงวัยสอนเทคนิคการก่อหม้อครามให้คนรุ่นใหม่ นักออกแบบช่วยพัฒนาลวดลายและผลิตภัณฑ์ เช่น เสื้อ ผ้าพันคอ "
        "และของตกแต่งบ้าน ทุกชิ้นมีป้ายบอกชื่อช่างทอ และกลุ่มเปิดเวิร์กช็อปย้อมครามให้นักท่องเที่ยว",
        how_en="Elder weavers teach the young how to keep indigo vats alive; designers help develop patterns and "
        "products such as shirts, scarves and homeware, every piece labelled with its weaver's name, and the group "
        "runs dyeing workshops for visitors.",
        indicator=Indicator("ช่างทอที่มีรายได้ประจำ", "Weavers with regular income", "คน (weavers)", (15, 120), 0.3),
        provinces=("SNK", "UDN", "NPM", "KSN", "MDH", "PRE", "NAN", "SSK"),
    ),
    Concept(
        key="digital-heritage",
        area="tourism-culture",
        also=("public-sector-education",),
        core_th="พิพิธภัณฑ์ชุมชนดิจิทัล",
        core_en="Digital Community Museum",
        forms=("foundation", "unregistered_group", "social_enterprise_osep"),
        brands=(("เล่าเรื่องบ้านเรา", "Our Village Stories"), ("มรดกลิงก์", "HeritageLink")),
        summary_th="บันทึกเรื่องเล่า ภาพเก่า และภูมิปัญญาของชุมชนเป็นพิพิธภัณฑ์ออนไลน์ และเส้นทางเดินชมเมืองเก่าด้วยคิวอาร์โค้ด",
        summary_en="Records community stories, old photographs and know-how as an online museum and QR-coded "
        "old-town walking trails.",
        problem_th="ผู้รู้ในชุมชนเก่าแก่ล่วงลับไปพร้อมเรื่องเล่า อาคารเก่าถูกรื้อ และนักท่องเที่ยวเดินผ่านโดยไม่รู้คุณค่า",
        problem_en="Elders are passing away with their stories, old buildings are demolished, and visitors walk past "
        "without knowing their value.",
        how_th="เยาวชนในชุมชนได้รับการอบรมการสัมภาษณ์และถ่ายภาพ บันทึกเรื่องเล่าของผู้สูงอายุทั้งภาษาไทยและภาษาอังกฤษ "
        "เผยแพร่ภายใต้สัญญาอนุญาตแบบเปิด ร้านค้าในเส้นทางมีลูกค้าเพิ่มขึ้น และรายได้จากทัวร์นำชมเข้ากองทุนซ่อมแซมอาคาร",
        how_en="Local young people are trained to interview and photograph, recording elders' stories in Thai and "
        "English; the material is published under an open licence, shops on the trail gain customers, and "
        "guided-tour income goes to a building-repair fund.",
        indicator=Indicator("ผู้เข้าชมเส้นทาง", "Trail visitors", "คน (visitors)", (1000, 15000), 0.4),
        provinces=("LPG", "PKT", "CTI", "NAN", "PRE", "SKA", "AYA", "STI", "RBR", "CMI"),
        youth_share=0.4,
    ),
    Concept(
        key="local-food-trail",
        area="tourism-culture",
        also=("sustainable-agriculture",),
        core_th="เส้นทางอาหารถิ่น",
        core_en="Local Food Trail",
        forms=("community_enterprise", "social_enterprise_osep", "unregistered_group"),
        brands=(("กินถิ่น", "Kin Thin"), ("ครัวบ้านเฮา", "Khrua Baan Hao")),
        summary_th="เส้นทางอาหารพื้นถิ่นที่เชื่อมนักท่องเที่ยวกับครัวชาวบ้าน ตลาดเช้า และเกษตรกร ด้วยวัตถุดิบตามฤดูกาล",
        summary_en="A local food trail linking visitors with home kitchens, morning markets and farmers, cooking with "
        "seasonal produce.",
        problem_th="อาหารพื้นถิ่นหลายตำรับกำลังหายไป และเกษตรกรรายย่อยขายผลผลิตให้ร้านอาหารที่รับนักท่องเที่ยวไม่ได้",
        problem_en="Many local recipes are vanishing, and smallholders cannot sell to restaurants that serve visitors.",
        how_th="แม่ครัวในชุมชนสอนทำอาหารตำรับดั้งเดิมให้นักท่องเที่ยวกลุ่มเล็ก วัตถุดิบซื้อจากเกษตรกรในรัศมีสิบกิโลเมตร"
        "ในราคาที่ตกลงล่วงหน้า เมนูเปลี่ยนตามฤดูกาล และตำรับอาหารถูกรวบรวมเป็นหนังสือสองภาษา",
        how_en="Village cooks teach small groups traditional recipes with ingredients bought at pre-agreed prices "
        "from farmers within ten kilometres; menus change with the season and the recipes are collected in a "
        "bilingual book.",
        indicator=Indicator("ผู้มาเยือน", "Visitors hosted", "คน (visitors)", (300, 4000), 0.4),
    ),
    # 9 · Disaster management --------------------------------------------------------------------
    Concept(
        key="flood-early-warning",
        area="disaster-management",
        also=("urbanisation", "public-sector-education"),
        core_th="เตือนภัยน้ำท่วมล่วงหน้า",
        core_en="Flood Early Warning",
        forms=(*COMPANY, "unregistered_group"),
        brands=(("น้ำมาแล้ว", "NamMa Alert"), ("โฟลดวอตช์", "FloodWatch"), ("เฝ้าน้ำ", "FaoNam")),
        summary_th="เซนเซอร์วัดระดับน้ำและปริมาณฝนที่ชุมชนติดตั้งเอง เตือนน้ำท่วมและน้ำป่าผ่านไลน์และหอกระจายข่าวล่วงหน้าหลายชั่วโมง",
        summary_en="Community-installed water-level and rain sensors that warn of floods and flash floods hours "
        "ahead via LINE and village loudspeakers.",
        problem_th="น้ำป่าและน้ำท่วมฉับพลันมาเร็วเกินกว่าที่ชาวบ้านจะขนย้ายทรัพย์สินและผู้ป่วยติดเตียงได้ทัน",
        problem_en="Flash floods come too fast for villagers to move belongings and bedridden people to safety.",
        how_th="อาสาสมัครเตือนภัยดูแลสถานีวัดระดับน้ำต้นน้ำ ระบบคำนวณเวลาที่น้ำจะถึงแต่ละหมู่บ้านและส่งข้อความเตือนเป็นภาษาถิ่น "
        "ชุมชนซ้อมอพยพปีละสองครั้ง และข้อมูลเชื่อมกับศูนย์ป้องกันและบรรเทาสาธารณภัยจังหวัด",
        how_en="Warning volunteers look after upstream gauges; the system estimates when water will reach each "
        "village and sends warnings in the local language, villages rehearse evacuation twice a year, and data "
        "feeds the provincial disaster-prevention centre.",
        indicator=Indicator(
            "ครัวเรือนในพื้นที่เตือนภัย", "Households covered by warnings", "ครัวเรือน (households)", (300, 5000), 0.5
        ),
        provinces=FLOOD,
        youth_share=0.3,
    ),
    Concept(
        key="groundwater-bank",
        area="disaster-management",
        also=("food-water-energy", "sustainable-agriculture"),
        core_th="ธนาคารน้ำใต้ดิน",
        core_en="Groundwater Bank",
        forms=("community_enterprise", "unregistered_group", "foundation"),
        summary_th="ธนาคารน้ำใต้ดินที่เติมน้ำฝนกลับลงใต้ดิน ให้ชุมชนมีน้ำใช้ในหน้าแล้งและลดน้ำท่วมขังในหน้าฝน",
        summary_en="Groundwater recharge wells that return rainwater underground, giving villages water in the dry "
        "season and less waterlogging in the rains.",
        problem_th="หน้าแล้งบ่อน้ำตื้นแห้ง หน้าฝนน้ำท่วมขังแปลงเกษตร ชุมชนเผชิญภัยแล้งและน้ำท่วมสลับกันทุกปี",
        problem_en="Shallow wells dry out in the dry season and fields waterlog in the rains: villages face drought "
        "and flood in turn every year.",
        how_th="ชาวบ้านขุดบ่อเติมน้ำตามจุดที่สำรวจร่วมกับนักธรณีวิทยา ใช้วัสดุกรองในท้องถิ่น เช่น หิน กรวด และถ่าน "
        "และวัดระดับน้ำในบ่อสังเกตการณ์ทุกเดือน ข้อมูลช่วยให้ท้องถิ่นวางแผนการใช้น้ำของทั้งตำบล",
        how_en="Villagers dig recharge wells at sites surveyed with geologists, fill them with local filter materials "
        "such as stones, gravel and charcoal, and record levels in observation wells monthly; the data helps the "
        "subdistrict plan its water use.",
        indicator=Indicator("บ่อเติมน้ำที่สร้าง", "Recharge wells built", "บ่อ (wells)", (10, 120), 0.4),
        provinces=(*NORTHEAST_RICE, "SPB", "NSN", "CNT", "LRI"),
    ),
    Concept(
        key="rescue-network",
        area="disaster-management",
        also=("health", "urbanisation"),
        core_th="เครือข่ายกู้ภัยชุมชน",
        core_en="Community Rescue Network",
        forms=(*COMPANY, "foundation"),
        brands=(("รวมใจกู้ภัย", "RuamJai Rescue"), ("เซฟเน็ต", "SafeNet Community")),
        summary_th="แอปพลิเคชันประสานอาสาสมัครกู้ภัย เรือ และศูนย์พักพิงระหว่างภัยพิบัติ พร้อมแผนที่ผู้ต้องการความช่วยเหลือเร่งด่วน",
        summary_en="An app coordinating rescue volunteers, boats and shelters during disasters, with a map of people "
        "needing urgent help.",
        problem_th="เมื่อเกิดน้ำท่วมใหญ่ คำขอความช่วยเหลือกระจัดกระจายในโซเชียลมีเดีย ทีมกู้ภัยซ้ำซ้อนบางจุด และผู้ป่วยติดเตียงบางคนไม่มีใครไปถึง",
        problem_en="In big floods, requests for help are scattered across social media; rescue teams overlap in some "
        "places while some bedridden people are never reached.",
        how_th="ทะเบียนกลุ่มเปราะบางที่ชุมชนจัดทำก่อนฤดูฝนช่วยให้ทีมรู้ว่าใครต้องอพยพก่อน ระหว่างเกิดเหตุ "
        "คำขอความช่วยเหลือถูกคัดกรองและมอบหมายให้ทีมที่อยู่ใกล้ที่สุด และข้อมูลเชื่อมกับสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัด",
        how_en="A register of vulnerable people prepared before the rainy season tells teams who must be evacuated "
        "first; during an event, requests are triaged and assigned to the nearest team, and data is shared with "
        "the provincial disaster-prevention office.",
        indicator=Indicator(
            "คำขอความช่วยเหลือที่ได้รับการตอบสนอง", "Requests for help answered", "ครั้ง (requests)", (100, 3000), 0.5
        ),
        provinces=FLOOD,
        youth_share=0.3,
    ),
    Concept(
        key="landslide-watch",
        area="disaster-management",
        also=("environmental-conservation",),
        core_th="เฝ้าระวังดินถล่ม",
        core_en="Landslide Watch",
        forms=("unregistered_group", "community_enterprise", "foundation"),
        summary_th="เครือข่ายเฝ้าระวังดินถล่มที่ใช้เครื่องวัดน้ำฝนราคาถูกและแผนที่เสี่ยงภัยที่ชุมชนจัดทำเอง",
        summary_en="A landslide watch network using cheap rain gauges and risk maps drawn up by villagers.",
        problem_th="หมู่บ้านเชิงเขาเสี่ยงดินถล่มเมื่อฝนตกหนักติดต่อกัน แต่ชาวบ้านไม่มีข้อมูลว่าเมื่อใดต้องอพยพ",
        problem_en="Hillside villages risk landslides after days of heavy rain, but residents have no information on "
        "when to leave.",
        how_th="อาสาสมัครอ่านค่าน้ำฝนสะสมทุกเช้าและรายงานผ่านแอป เมื่อถึงเกณฑ์ที่นักวิชาการกำหนด หอกระจายข่าวประกาศเตือน"
        "และชาวบ้านย้ายไปยังจุดปลอดภัยที่ซ้อมไว้ ชุมชนยังปลูกหญ้าแฝกและไม้ยืนต้นเพื่อยึดหน้าดิน",
        how_en="Volunteers read accumulated rainfall every morning and report it in an app; when thresholds set by "
        "researchers are reached, loudspeakers warn and residents move to rehearsed safe points. The community also "
        "plants vetiver and trees to hold the slopes.",
        indicator=Indicator("หมู่บ้านที่มีแผนอพยพ", "Villages with evacuation plans", "หมู่บ้าน (villages)", (3, 30), 0.4),
        provinces=("NAN", "UTT", "PRE", "CMI", "MSN", "NRT", "KBI", "PNA", "RNG", "SNI", "PKT"),
    ),
)

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
    "community_enterprise": ("วิสาหกิจชุมชน{core}{place}", "{place} {core} Community Enterprise"),
    "cooperative": ("สหกรณ์{core}{place} จำกัด", "{place} {core} Cooperative"),
    "foundation": ("มูลนิธิ{core}{place}", "{place} {core} Foundation"),
    "unregistered_group": ("กลุ่ม{core}{place}", "{place} {core} Group"),
    "social_enterprise_osep": ("กิจการเพื่อสังคม{core}{place}", "{place} {core} Social Enterprise"),
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

FOUNDERS: tuple[tuple[str, str], ...] = (
    ("กลุ่มเกษตรกรรุ่นใหม่", "a group of young farmers"),
    ("อดีตครูในพื้นที่", "a retired local teacher"),
    ("บัณฑิตจบใหม่ที่กลับบ้านเกิด", "new graduates who came back home"),
    ("ผู้นำชุมชนและกลุ่มแม่บ้าน", "community leaders and a women's group"),
    ("วิศวกรที่เคยทำงานในกรุงเทพฯ", "engineers who used to work in Bangkok"),
    ("พยาบาลวิชาชีพและ อสม.", "a nurse and village health volunteers"),
    ("นักศึกษามหาวิทยาลัยในภูมิภาค", "students of a regional university"),
    ("อดีตพนักงานองค์กรพัฒนาเอกชน", "former NGO workers"),
)
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

# --- CLMV ventures: a local-language name (with its script) and English -------------------------


@dataclass(frozen=True)
class ClmvConcept:
    country: str
    area: str
    native: str  # may contain {city}
    english: str  # may contain {city}
    summary_en: str
    summary_th: str
    description_en: str


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

CLMV_CONCEPTS: tuple[ClmvConcept, ...] = (
    ClmvConcept(
        "VN",
        "sustainable-agriculture",
        "Hợp tác xã Nông nghiệp Hữu cơ {city}",
        "{city} Organic Farming Cooperative",
        "A cooperative of smallholders in {city} growing certified organic vegetables and selling them to city "
        "kitchens.",
        "สหกรณ์เกษตรกรรายย่อยใน{city_th}ที่ปลูกผักอินทรีย์ที่ได้รับการรับรอง และขายตรงให้ร้านอาหารในเมือง",
        "Members share a packing house and a cold van, plan planting together to supply restaurants all year, and "
        "train neighbouring communes in organic methods.",
    ),
    ClmvConcept(
        "VN",
        "food-water-energy",
        "Nước Sạch Cho Mọi Nhà",
        "Clean Water for Every Home",
        "Affordable household water filters and a repair network for families in rural {city}.",
        "เครื่องกรองน้ำราคาประหยัดและเครือข่ายช่างซ่อมสำหรับครอบครัวในชนบทของ{city_th}",
        "Women's union members sell and service the filters in their own communes, earning a commission while "
        "families stop boiling water over wood fires.",
    ),
    ClmvConcept(
        "VN",
        "tourism-culture",
        "Du lịch Cộng đồng {city}",
        "{city} Community Tourism",
        "Homestays and craft villages in {city} run by the families who live there.",
        "โฮมสเตย์และหมู่บ้านหัตถกรรมใน{city_th}ที่บริหารโดยครอบครัวในชุมชนเอง",
        "A village board sets fair prices, trains hosts and guides, and reinvests part of the income in keeping "
        "traditional crafts alive.",
    ),
    ClmvConcept(
        "VN",
        "disaster-management",
        "Cảnh báo Lũ sớm {city}",
        "{city} Flood Early Warning",
        "River sensors and SMS alerts that give villages in {city} hours of warning before floods.",
        "เซนเซอร์วัดระดับน้ำและข้อความเตือนภัยที่ให้หมู่บ้านใน{city_th}รู้ล่วงหน้าหลายชั่วโมงก่อนน้ำท่วม",
        "Commune volunteers maintain the gauges, and warnings go out in Vietnamese and ethnic-minority languages.",
    ),
    ClmvConcept(
        "LA",
        "tourism-culture",
        "ກຸ່ມທໍຜ້າໄໝ {city}",
        "{city} Silk Weaving Group",
        "Women weavers in {city} selling natural-dyed silk directly to visitors and export buyers.",
        "กลุ่มสตรีทอผ้าไหมย้อมสีธรรมชาติใน{city_th} ที่ขายตรงให้นักท่องเที่ยวและผู้ซื้อต่างประเทศ",
        "The group keeps a dye garden, teaches young women traditional patterns and runs weaving workshops for "
        "visitors.",
    ),
    ClmvConcept(
        "LA",
        "food-water-energy",
        "ນ້ຳສະອາດເພື່ອຊຸມຊົນ",
        "Clean Water for Communities",
        "Gravity-fed water systems and village water committees in rural {city}.",
        "ระบบประปาภูเขาและคณะกรรมการน้ำประจำหมู่บ้านในชนบทของ{city_th}",
        "Villages contribute labour and a monthly fee that pays a trained caretaker to keep the taps running.",
    ),
    ClmvConcept(
        "LA",
        "sustainable-agriculture",
        "ກະສິກຳອິນຊີ {city}",
        "{city} Organic Farming",
        "Organic vegetable growers around {city} supplying the city's markets and hotels.",
        "กลุ่มผู้ปลูกผักอินทรีย์รอบ{city_th}ที่ส่งผักให้ตลาดและโรงแรมในเมือง",
        "Farmers share a seed bank and compost station and sell under one organic label.",
    ),
    ClmvConcept(
        "KH",
        "tourism-culture",
        "សហគមន៍ទេសចរណ៍ {city}",
        "{city} Community Tourism",
        "Community-based tourism in {city}: homestays, ox-cart trails and cooking with village families.",
        "การท่องเที่ยวโดยชุมชนใน{city_th} ทั้งโฮมสเตย์ เส้นทางเกวียน และการทำอาหารกับครอบครัวในหมู่บ้าน",
        "Income is shared through a community fund that pays for the village school and pagoda repairs.",
    ),
    ClmvConcept(
        "KH",
        "food-water-energy",
        "ទឹកស្អាតសម្រាប់ភូមិ",
        "Clean Water for Villages",
        "Ceramic water filters made and sold by village entrepreneurs around {city}.",
        "เครื่องกรองน้ำเซรามิกที่ผลิตและจำหน่ายโดยผู้ประกอบการในหมู่บ้านรอบ{city_th}",
        "Local sales agents demonstrate the filters at village meetings and offer instalment plans.",
    ),
    ClmvConcept(
        "KH",
        "environmental-conservation",
        "ធនាគារសំរាម {city}",
        "{city} Waste Bank",
        "A waste bank in {city} paying households for sorted plastic and cans.",
        "ธนาคารขยะใน{city_th} ที่รับซื้อพลาสติกและกระป๋องที่คัดแยกแล้วจากครัวเรือน",
        "Schools collect recyclables as a class activity and the proceeds buy books and sports kit.",
    ),
    ClmvConcept(
        "MM",
        "food-water-energy",
        "ရေသန့် ကျေးရွာ",
        "Clean Water Villages",
        "Rainwater harvesting and filtration for villages in the dry zone around {city}.",
        "ระบบเก็บน้ำฝนและกรองน้ำสำหรับหมู่บ้านในเขตแห้งแล้งรอบ{city_th}",
        "Village water committees collect small fees and keep spare parts so the systems last.",
    ),
    ClmvConcept(
        "MM",
        "sustainable-agriculture",
        "အော်ဂဲနစ် စိုက်ပျိုးရေး {city}",
        "{city} Organic Farming",
        "Farmer field schools around {city} teaching organic methods and selling certified produce.",
        "โรงเรียนเกษตรกรรอบ{city_th}ที่สอนวิธีทำเกษตรอินทรีย์และจำหน่ายผลผลิตที่ได้รับการรับรอง",
        "Lead farmers train their neighbours and the group negotiates prices together.",
    ),
    ClmvConcept(
        "MM",
        "health",
        "ကျန်းမာရေး အဖော်",
        "Health Companion",
        "Community health workers with a phone app following mothers and newborns in {city}.",
        "อาสาสมัครสาธารณสุขชุมชนพร้อมแอปบนโทรศัพท์ที่ติดตามดูแลแม่และทารกแรกเกิดใน{city_th}",
        "The app reminds workers of visits and vaccinations and flags danger signs for referral.",
    ),
    ClmvConcept(
        "MM",
        "public-sector-education",
        "လူငယ် ဒစ်ဂျစ်တယ် သင်တန်း",
        "Youth Digital Training",
        "Digital skills and coding classes for young people in {city}.",
        "หลักสูตรทักษะดิจิทัลและการเขียนโปรแกรมสำหรับเยาวชนใน{city_th}",
        "Graduates take on paid freelance projects from local businesses with mentors' support.",
    ),
)

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
