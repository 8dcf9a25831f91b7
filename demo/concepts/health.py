"""Demo ventures of area 7, health: older people, long-term care, mental health, prevention, access."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, BORDER, CITIES, DEEP_SOUTH, HIGHLAND, ISAN

AREA = "health"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="village-telehealth",
        area=AREA,
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
        how_en="Health volunteers measure blood pressure and glucose with connected devices, book video consultations "
        "at the subdistrict health centre, and medicines are posted home; the system links to the hub hospital's "
        "records.",
        indicator=Indicator(
            "ผู้ป่วยที่ควบคุมความดันได้", "Patients with controlled blood pressure", "คน (patients)", (40, 600), 0.4
        ),
    ),
    Concept(
        key="youth-mental-health",
        area=AREA,
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
        how_th="อาสาสมัครรุ่นพี่ได้รับการอบรมการฟังอย่างลึกซึ้งและการประเมินความเสี่ยงจากนักจิตวิทยาคลินิก "
        "แชตเปิดทุกคืนในช่วงที่วัยรุ่นต้องการมากที่สุด กรณีเสี่ยงสูงส่งต่อสายด่วนสุขภาพจิตภายในไม่กี่นาที "
        "และโรงเรียนพันธมิตรได้รับรายงานภาพรวมแบบไม่ระบุตัวตน",
        how_en="Older-peer volunteers are trained by clinical psychologists in deep listening and risk assessment; "
        "the chat opens every night when teenagers need it most, high-risk cases are passed to the mental-health "
        "hotline within minutes, and partner schools receive anonymised overviews.",
        indicator=Indicator("ผู้รับคำปรึกษา", "Young people counselled", "คน (people)", (200, 3000), 0.6),
        youth_share=0.7,
    ),
    Concept(
        key="assistive-3d",
        area=AREA,
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
        how_th="นักกายภาพบำบัดสแกนร่างกายผู้ใช้ด้วยโทรศัพท์มือถือ ทีมออกแบบปรับแบบภายในสองวัน "
        "และพิมพ์ด้วยวัสดุที่ทนทานที่ศูนย์บริการในโรงพยาบาลจังหวัด ผู้ใช้จึงได้รับอุปกรณ์ภายในหนึ่งสัปดาห์",
        how_en="Physiotherapists scan users with a phone, the design team adapts the model within two days and prints "
        "it in durable material at service points in provincial hospitals, so users receive devices within a week.",
        indicator=Indicator("อุปกรณ์ที่ส่งมอบ", "Devices delivered", "ชิ้น (devices)", (50, 700), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="mother-child-nutrition",
        area=AREA,
        also=("food-water-energy",),
        core_th="โภชนาการแม่และเด็ก",
        core_en="Mother and Child Nutrition",
        forms=("foundation", "social_enterprise_osep", "unregistered_group"),
        brands=(("หนูอิ่มดี", "Nu Im Dee"), ("เติบโตดี", "GrowWell")),
        summary_th="โปรแกรมโภชนาการสำหรับหญิงตั้งครรภ์และเด็กเล็ก ที่ใช้อาหารพื้นบ้านและติดตามการเจริญเติบโตผ่านไลน์",
        summary_en="A nutrition programme for pregnant women and young children using local foods and growth tracking "
        "on LINE.",
        problem_th="เด็กเล็กในหลายพื้นที่ยังมีภาวะเตี้ยและโลหิตจาง เพราะครอบครัวขาดความรู้และเข้าถึงอาหารที่มีคุณค่าได้ยาก",
        problem_en="Young children in many areas are still stunted and anaemic because families lack knowledge of and "
        "access to nutritious food.",
        how_th="นักโภชนาการทำงานร่วมกับ อสม. และศูนย์พัฒนาเด็กเล็กจัดเมนูจากผัก ไข่ และปลาในท้องถิ่น แม่ได้รับข้อความแนะนำตามอายุของลูก "
        "และเด็กได้รับการชั่งน้ำหนักวัดส่วนสูงทุกเดือน",
        how_en="Nutritionists work with health volunteers and childcare centres on menus of local vegetables, eggs "
        "and fish; mothers get advice messages matched to their child's age, and children are weighed and measured "
        "monthly.",
        indicator=Indicator("เด็กที่มีพัฒนาการสมวัย", "Children growing on track", "คน (children)", (60, 700), 0.35),
    ),
    Concept(
        key="dementia-friendly-village",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ชุมชนเข้าใจสมองเสื่อม",
        core_en="Dementia-Friendly Village",
        forms=("foundation", "community_enterprise", "unregistered_group"),
        summary_th="คัดกรองภาวะสมองเสื่อมในผู้สูงอายุ สอนลูกหลานดูแล และแจกสายรัดข้อมือคิวอาร์โค้ด "
        "เมื่อคุณตาคุณยายหลงทางคนในชุมชนช่วยพากลับบ้านได้",
        summary_en="Screens older people for dementia, teaches families how to care for them, and gives out QR "
        "wristbands so neighbours can bring a grandparent who wanders off back home.",
        problem_th="ผู้สูงอายุเริ่มหลงลืม เดินออกจากบ้านแล้วกลับไม่ถูก ครอบครัวคิดว่าเป็นเรื่องธรรมดาของคนแก่ กว่าจะพาไปหาหมอก็เป็นหนักแล้ว "
        "คนดูแลเครียดจนป่วยตาม",
        problem_en="Older people start forgetting and wander off unable to find their way home; families think it is "
        "just old age and see a doctor only when it is severe, and carers burn out.",
        how_th="อสม. ใช้แบบคัดกรองสั้นสิบนาทีเยี่ยมบ้านทุกหลัง ผู้ที่มีความเสี่ยงส่งต่อคลินิกความจำของโรงพยาบาลจังหวัด ร้านค้า วินมอเตอร์ไซค์ "
        "และพระในวัดได้อบรมวิธีสังเกตและช่วยเหลือ สายรัดข้อมือสแกนแล้วโทรหาญาติได้ทันที",
        how_en="Health volunteers use a ten-minute screening at every home and refer those at risk to the provincial "
        "hospital's memory clinic. Shopkeepers, motorbike-taxi drivers and monks learn how to notice and help, and "
        "scanning a wristband rings the family straight away.",
        indicator=Indicator("ผู้สูงอายุที่ได้รับการคัดกรอง", "Older people screened", "คน (people)", (300, 5000), 0.4),
    ),
    Concept(
        key="bedridden-equipment-bank",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ธนาคารกายอุปกรณ์",
        core_en="Care Equipment Bank",
        forms=("foundation", "unregistered_group"),
        summary_th="ให้ยืมเตียงผู้ป่วย ที่นอนลม รถเข็น และเครื่องผลิตออกซิเจน สำหรับผู้ป่วยติดเตียงที่บ้าน ของที่ไม่ใช้แล้วส่งคืนให้คนต่อไป",
        summary_en="Lends hospital beds, air mattresses, wheelchairs and oxygen concentrators for bedridden patients "
        "at home; when they are no longer needed they go back for the next family.",
        problem_th="ผู้ป่วยติดเตียงกลับมานอนที่บ้านบนฟูกธรรมดาจนเป็นแผลกดทับลึก ครอบครัวไม่มีเงินซื้อเตียงปรับระดับหรือที่นอนลมราคาหลายหมื่น",
        problem_en="Bedridden patients come home to an ordinary mattress and develop deep pressure sores; families "
        "can't afford an adjustable bed or an air mattress costing tens of thousands.",
        how_th="รับบริจาคอุปกรณ์จากครอบครัวที่ผู้ป่วยเสียชีวิตหรือหายแล้ว ช่างอาสาซ่อมและทำความสะอาด ทะเบียนยืมคืนอยู่ในแอป "
        "พยาบาลชุมชนเป็นผู้ประเมินว่าใครควรได้ก่อน และติดตามแผลกดทับหลังได้อุปกรณ์",
        how_en="Equipment is donated by families whose relative has died or recovered; volunteer technicians repair "
        "and clean it, loans are tracked in an app, community nurses decide priority and follow up on pressure sores "
        "after delivery.",
        indicator=Indicator("อุปกรณ์ที่หมุนเวียนให้ยืม", "Equipment on loan", "ชิ้น (items)", (50, 1200), 0.4),
    ),
    Concept(
        key="morning-flag-check",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ธงหน้าบ้านผู้สูงอายุอยู่ลำพัง",
        core_en="Morning Flag Check",
        forms=("unregistered_group",),
        summary_th="ผู้สูงอายุที่อยู่บ้านคนเดียวแขวนธงหน้าบ้านทุกเช้าเป็นสัญญาณว่าสบายดี ถ้าสิบโมงแล้วยังไม่มีธง อาสาสมัครจะไปเคาะประตูทันที",
        summary_en="",
        problem_th="ยายอยู่บ้านคนเดียวหกล้มในห้องน้ำ นอนอยู่สองวันกว่าเพื่อนบ้านจะรู้ ลูกหลานทำงานอยู่ต่างจังหวัดโทรมาก็ไม่มีคนรับ",
        problem_en="",
        how_th="อาสาสมัครประจำซอยเดินดูธงทุกเช้าและจดลงกลุ่มไลน์ ถ้าไม่มีธงจะโทรหาและไปดูถึงบ้าน ทุกบ้านมีเบอร์ลูกหลานและ รพ.สต. "
        "ติดข้างประตู วันอาทิตย์ผู้สูงอายุในโครงการมากินข้าวด้วยกันที่ศาลา",
        how_en="",
        indicator=Indicator(
            "ผู้สูงอายุอยู่ลำพังที่มีคนดูแลทุกวัน", "Older people living alone checked daily", "คน (people)", (20, 300), 0.3
        ),
    ),
    Concept(
        key="palliative-home-care",
        area=AREA,
        also=(),
        core_th="ดูแลระยะท้ายที่บ้าน",
        core_en="Home Palliative Care",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ทีมพยาบาลและอาสาสมัครที่ช่วยให้ผู้ป่วยระยะท้ายได้อยู่บ้านอย่างไม่ทรมาน พร้อมยาลดปวดและคนคุยกับครอบครัวเรื่องการจากลา",
        summary_en="Nurses and volunteers who help people at the end of life stay at home without suffering, with "
        "pain relief and someone to talk the family through saying goodbye.",
        problem_th="ผู้ป่วยมะเร็งระยะสุดท้ายอยากตายที่บ้าน แต่ครอบครัวกลัวจัดการอาการปวดไม่ได้ สุดท้ายต้องนอนในไอซียูพร้อมท่อช่วยหายใจ",
        problem_en="People dying of cancer want to die at home, but families fear they can't manage the pain, and "
        "patients end up in intensive care on a ventilator.",
        how_th="พยาบาลเยี่ยมบ้านสัปดาห์ละครั้งและรับสายได้ตลอดคืน ประสานมอร์ฟีนชนิดกินจากโรงพยาบาลชุมชน อาสาสมัครนั่งเป็นเพื่อนให้ญาติได้พัก "
        "และช่วยผู้ป่วยทำหนังสือแสดงเจตนาการรักษา",
        how_en="Nurses visit weekly and take calls all night, arrange oral morphine from the community hospital, "
        "volunteers sit with patients so relatives can rest, and patients are helped to write an advance directive.",
        indicator=Indicator(
            "ผู้ป่วยที่ได้จากไปอย่างสงบที่บ้าน", "Patients who died peacefully at home", "คน (people)", (20, 300), 0.3
        ),
    ),
    Concept(
        key="stroke-rehab-video",
        area=AREA,
        also=(),
        core_th="กายภาพบำบัดทางไกลหลังอัมพฤกษ์",
        core_en="Remote Stroke Rehab",
        forms=COMPANY,
        brands=(("ฟื้นไว", "RecoverFast"), ("ก้าวใหม่", "NewStep Rehab")),
        summary_th="นักกายภาพบำบัดดูแลผู้ป่วยอัมพฤกษ์อัมพาตที่บ้านผ่านวิดีโอคอล พร้อมชุดอุปกรณ์ฝึกราคาถูกที่ญาติใช้ช่วยฝึกได้ทุกวัน",
        summary_en="Physiotherapists guide stroke patients at home by video call, with cheap exercise kits that "
        "relatives use for daily practice.",
        problem_th="หลังเส้นเลือดในสมองตีบ หกเดือนแรกคือช่วงทองของการฟื้นตัว "
        "แต่ผู้ป่วยต่างอำเภอไปทำกายภาพที่โรงพยาบาลได้แค่เดือนละครั้งเพราะไม่มีรถ",
        problem_en="The first six months after a stroke are the window for recovery, but patients in outlying "
        "districts reach hospital physiotherapy once a month at most for lack of transport.",
        how_th="นักกายภาพวางโปรแกรมรายคน ญาติอัดวิดีโอการฝึกส่งให้ดูและปรับท่า อสม. ได้อบรมให้ช่วยประเมินทุกสองสัปดาห์ "
        "โรงพยาบาลชุมชนจ่ายค่าบริการตามจำนวนครั้งจากงบบริการฟื้นฟู",
        how_en="Physiotherapists design individual programmes, relatives send practice videos for correction, trained "
        "health volunteers assess progress every two weeks, and community hospitals pay per session from "
        "rehabilitation funds.",
        indicator=Indicator("ผู้ป่วยที่กลับมาเดินได้เอง", "Patients walking unaided again", "คน (patients)", (20, 400), 0.4),
        youth_share=0.3,
    ),
    Concept(
        key="diabetic-foot-care",
        area=AREA,
        also=(),
        core_th="ดูแลเท้าเบาหวาน",
        core_en="Diabetic Foot Care",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ตรวจเท้าผู้ป่วยเบาหวานในหมู่บ้าน ตัดรองเท้าพิเศษจากแผ่นยางพาราท้องถิ่น และสอนดูแลแผลเล็กก่อนจะลุกลามจนต้องตัดขา",
        summary_en="Checks diabetic patients' feet in the villages, makes custom shoes from local natural rubber, and "
        "teaches care of small wounds before they lead to amputation.",
        problem_th="ผู้ป่วยเบาหวานเท้าชาเดินเหยียบของมีคมโดยไม่รู้ตัว แผลเล็ก ๆ ติดเชื้อจนต้องตัดนิ้วหรือตัดขา แต่ละปีมีคนถูกตัดขาหลายพันราย",
        problem_en="People with diabetic neuropathy step on sharp things without feeling it; small wounds become "
        "infected and end in toe or leg amputations, thousands every year.",
        how_th="อสม. ใช้โมโนฟิลาเมนต์ตรวจการรับความรู้สึกที่เท้าปีละสองครั้ง ผู้ป่วยเสี่ยงสูงวัดเท้าทำรองเท้าจากโรงงานชุมชน "
        "ที่ใช้ยางพาราของชาวสวนในพื้นที่ คลินิกเท้าเคลื่อนที่ดูแลแผลร่วมกับโรงพยาบาล",
        how_en="Health volunteers test foot sensation with a monofilament twice a year; high-risk patients are fitted "
        "for shoes from a community workshop using local rubber, and a mobile foot clinic treats wounds with the "
        "hospital.",
        indicator=Indicator("ผู้ป่วยที่ได้รองเท้าเฉพาะ", "Patients fitted with shoes", "คน (patients)", (100, 2000), 0.4),
    ),
    Concept(
        key="teen-pregnancy-clinic",
        area=AREA,
        also=("public-sector-education",),
        core_th="คลินิกวัยรุ่นเป็นมิตร",
        core_en="Teen-Friendly Clinic",
        forms=("foundation", "unregistered_group"),
        summary_th="เพศศึกษาที่คุยกันตรง ๆ ในโรงเรียน และคลินิกวัยรุ่นนอกเวลาราชการที่ไม่ตัดสิน ให้วัยรุ่นป้องกันการตั้งครรภ์ไม่พร้อมได้จริง",
        summary_en="Frank sex education in schools and an after-hours, non-judgemental youth clinic, so teenagers can "
        "really prevent unplanned pregnancy.",
        problem_th="วัยรุ่นตั้งครรภ์ไม่พร้อมตั้งแต่ ม.2 ม.3 เพราะอายที่จะซื้อถุงยางและกลัวผู้ใหญ่รู้ พอท้องก็ต้องออกจากโรงเรียน",
        problem_en="Teenagers become pregnant at thirteen or fourteen because they are too embarrassed to buy condoms "
        "and afraid adults will find out; once pregnant they leave school.",
        how_th="แกนนำนักเรียนที่ผ่านการอบรมคุยกับเพื่อนในแชตแบบไม่เปิดเผยชื่อ คลินิกเปิดวันเสาร์และหลังเลิกเรียน ให้ยาคุมฝังแขนฟรีตามสิทธิ์ "
        "และนักเรียนที่ตั้งครรภ์ได้รับการช่วยเหลือให้เรียนต่อจนจบ",
        how_en="Trained student leaders talk with peers in an anonymous chat, the clinic opens on Saturdays and after "
        "school offering free contraceptive implants under national cover, and pregnant students are supported to "
        "stay in school and graduate.",
        indicator=Indicator(
            "วัยรุ่นที่ได้รับบริการคุมกำเนิด", "Teenagers using contraception services", "คน (teenagers)", (100, 1500), 0.4
        ),
        youth_share=0.5,
    ),
    Concept(
        key="hearing-aids-low-cost",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="เครื่องช่วยฟังราคาประหยัด",
        core_en="Affordable Hearing Aids",
        forms=COMPANY,
        brands=(("ได้ยินชัด", "HearClear"),),
        summary_th="ตรวจการได้ยินผู้สูงอายุด้วยแท็บเล็ตที่ศาลาหมู่บ้าน และจัดหาเครื่องช่วยฟังที่ปรับค่าเองได้ในราคาไม่ถึงหนึ่งในห้าของท้องตลาด",
        summary_en="Tests older people's hearing on a tablet at the village hall and supplies self-fitting hearing "
        "aids at under a fifth of the usual price.",
        problem_th="คนแก่หูตึงคุยกับลูกหลานไม่รู้เรื่องจนแยกตัวและซึมเศร้า เครื่องช่วยฟังราคาหลายหมื่น "
        "ต้องเดินทางไปวัดค่าการได้ยินที่โรงพยาบาลใหญ่หลายครั้ง",
        problem_en="Older people with hearing loss can't follow family conversation, withdraw and become depressed; "
        "hearing aids cost tens of thousands and require several trips to a big hospital.",
        how_th="อสม. ตรวจการได้ยินด้วยแอปที่ผ่านการทดสอบความแม่นยำกับโรงพยาบาล คนที่ได้ยินน้อยกว่าเกณฑ์ได้ลองเครื่องทันที ผ่อนจ่ายได้ "
        "และคนที่ใช้สิทธิ์บัตรทองได้รับการประสานส่งต่อ",
        how_en="Health volunteers test hearing with an app validated against hospital audiometry; people below the "
        "threshold try a device on the spot, can pay in instalments, and those eligible under universal coverage are "
        "referred.",
        indicator=Indicator("ผู้สูงอายุที่ได้ใช้เครื่องช่วยฟัง", "Older people using hearing aids", "คน (people)", (50, 1500), 0.5),
    ),
    Concept(
        key="school-eyeglasses",
        area=AREA,
        also=("public-sector-education",),
        core_th="แว่นตาเด็กนักเรียน",
        core_en="Glasses for Pupils",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ครูคัดกรองสายตาเด็กด้วยแผ่นวัดง่าย ๆ นักทัศนมาตรตรวจซ้ำที่โรงเรียน แล้วเด็กได้แว่นตาฟรีภายในสองสัปดาห์",
        summary_en="Teachers screen children's eyesight with a simple chart, optometrists re-test at school, and "
        "children get free glasses within two weeks.",
        problem_th="เด็กสายตาสั้นมองกระดานไม่เห็นแต่ไม่บอกใคร ครูคิดว่าไม่ตั้งใจเรียน ผู้ปกครองต่างจังหวัดไม่เคยพาไปตรวจตา",
        problem_en="Short-sighted children can't see the board and don't say so; teachers think they aren't paying "
        "attention and rural parents never take them for an eye test.",
        how_th="ครูอนามัยโรงเรียนได้อบรมครึ่งวัน นักทัศนมาตรอาสาลงตรวจซ้ำเฉพาะเด็กที่ไม่ผ่าน ห้องแล็บประกอบแว่นในราคาทุน "
        "กรอบแว่นทนทานสำหรับเด็ก และติดตามว่าเด็กใส่แว่นจริงหลังสามเดือน",
        how_en="School health teachers get half a day's training, volunteer optometrists re-test only those who fail, "
        "a lab makes the glasses at cost in durable children's frames, and wear is checked after three months.",
        indicator=Indicator("เด็กที่ได้แว่นตา", "Children given glasses", "คน (children)", (200, 5000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="village-depression-first-aid",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="อสม. ใส่ใจสุขภาพจิต",
        core_en="Village Mental Health First Aid",
        forms=("foundation", "unregistered_group"),
        summary_th="อบรม อสม. ให้สังเกตภาวะซึมเศร้าและความเสี่ยงฆ่าตัวตาย ในชาวนาสูงวัยและคนที่มีหนี้สิน แล้วส่งต่อถึงมือจิตแพทย์ได้ทันเวลา",
        summary_en="Trains village health volunteers to spot depression and suicide risk among older farmers and "
        "people in debt, and get them to a psychiatrist in time.",
        problem_th="ชาวนาสูงวัยที่มีหนี้สินและผลผลิตเสียหายเก็บความเครียดไว้คนเดียว อัตราการฆ่าตัวตายในบางจังหวัดสูงเป็นอันดับต้นของประเทศ",
        problem_en="Older farmers with debts and failed harvests keep their distress to themselves, and some "
        "provinces have among the highest suicide rates in the country.",
        how_th="อสม. ใช้แบบคัดกรองสองคำถามและเก้าคำถามระหว่างเยี่ยมบ้าน คนที่เสี่ยงสูงได้คุยกับนักจิตวิทยาทางวิดีโอในวันเดียวกัน "
        "และจิตแพทย์โรงพยาบาลจังหวัดออกตรวจที่ รพ.สต. เดือนละครั้ง",
        how_en="Volunteers use the national two- and nine-question screening during home visits; people at high risk "
        "talk to a psychologist by video the same day, and a psychiatrist from the provincial hospital holds a "
        "monthly clinic at the health centre.",
        indicator=Indicator("ผู้ที่ได้รับการดูแลสุขภาพจิต", "People in mental health care", "คน (people)", (50, 800), 0.4),
        provinces=(*ISAN, "LPN", "CMI", "PYO", "PRE"),
    ),
    Concept(
        key="alcohol-free-funerals",
        area=AREA,
        also=("tourism-culture", "finance-employment-welfare"),
        core_th="งานบุญปลอดเหล้า",
        core_en="Alcohol-Free Merit Making",
        forms=("unregistered_group",),
        summary_th="ชุมชนที่ตั้งกติกางานศพ งานบวช และงานแต่งไม่เลี้ยงเหล้า ประหยัดเงินเจ้าภาพได้หลายหมื่นบาท "
        "และลดการทะเลาะวิวาทและอุบัติเหตุ",
        summary_en="",
        problem_th="งานศพแต่ละงานเจ้าภาพหมดค่าเหล้าเบียร์หลายหมื่นจนต้องกู้เงิน วัยรุ่นดื่มแล้วขับรถกลับ ทะเลาะวิวาทกันในงานบ่อยครั้ง",
        problem_en="",
        how_th="ผู้นำชุมชน พระ และกลุ่มแม่บ้านร่วมกันทำประชาคมตั้งกติกา มีป้ายประกาศหน้างาน และเปลี่ยนงบเลี้ยงเหล้าเป็นกองทุนช่วยเหลือเจ้าภาพ "
        "รพ.สต. บันทึกจำนวนอุบัติเหตุหลังงานบุญเทียบกับปีก่อน",
        how_en="",
        indicator=Indicator("งานบุญที่ปลอดเหล้า", "Alcohol-free ceremonies", "งาน (events)", (20, 300), 0.3),
        provinces=(*ISAN, "NAN", "PRE", "PYO"),
    ),
    Concept(
        key="community-drug-rehab",
        area=AREA,
        also=("public-sector-education",),
        core_th="ชุมชนบำบัดผู้ใช้ยา",
        core_en="Community Drug Recovery",
        forms=("foundation", "community_enterprise"),
        summary_th="บ้านบำบัดในชุมชนที่ผู้ใช้ยาบ้าสมัครใจเข้ามาเลิกยา ทำงานในฟาร์มของกลุ่ม และมีครอบครัวเข้าร่วมทุกสัปดาห์",
        summary_en="A community recovery house where methamphetamine users come voluntarily to quit, work on the "
        "group's farm, and have their families take part every week.",
        problem_th="คนหนุ่มในหมู่บ้านติดยาบ้าจำนวนมาก ถูกจับเข้าค่ายบำบัดสั้น ๆ แล้วกลับมาเสพซ้ำเพราะไม่มีงานและไม่มีคนยอมรับ "
        "บางคนคลุ้มคลั่งทำร้ายคนในบ้าน",
        problem_en="Many young men in the village use meth; they are sent to short camps and relapse because there's "
        "no work and nobody accepts them, and some turn violent at home.",
        how_th="ผู้เข้าร่วมอยู่บ้านบำบัดสี่เดือน ทำเกษตรและเรียนอาชีพช่าง มีพยาบาลจิตเวชจากโรงพยาบาลอำเภอดูแล "
        "หลังจบโครงการยังมีกลุ่มเพื่อนช่วยเพื่อนทุกสัปดาห์ และกิจการรับเข้าทำงานในฟาร์มต่อได้",
        how_en="Participants stay four months farming and learning a trade under a psychiatric nurse from the "
        "district hospital; afterwards a weekly peer group continues and graduates can stay on working at the farm.",
        indicator=Indicator("ผู้ที่เลิกยาได้ครบหนึ่งปี", "People drug-free after a year", "คน (people)", (10, 150), 0.3),
        provinces=(*DEEP_SOUTH, *ISAN, "CRI", "CMI"),
    ),
    Concept(
        key="liver-fluke-prevention",
        area=AREA,
        also=("food-water-energy", "public-sector-education"),
        core_th="ก้อยปลาปลอดพยาธิ",
        core_en="Liver Fluke Free",
        forms=("foundation", "unregistered_group"),
        summary_th="ตรวจหาพยาธิใบไม้ตับ อัลตราซาวนด์คัดกรองมะเร็งท่อน้ำดี และสอนทำเมนูปลาสุกรสชาติเดิม "
        "ให้คนอีสานเลิกกินปลาดิบโดยไม่เสียรสชาติ",
        summary_en="Tests for liver fluke, screens for bile-duct cancer by ultrasound, and teaches cooked versions of "
        "raw-fish dishes that keep the taste, so people in the northeast give up raw fish without losing flavour.",
        problem_th="คนในหมู่บ้านกินก้อยปลาและปลาร้าดิบมาตั้งแต่เด็ก ติดพยาธิใบไม้ตับ หลายคนป่วยเป็นมะเร็งท่อน้ำดีและเสียชีวิตก่อนอายุหกสิบ",
        problem_en="Villagers have eaten raw fish salad and uncooked fermented fish since childhood; many carry liver "
        "fluke and die of bile-duct cancer before sixty.",
        how_th="ทีมตรวจอุจจาระและอัลตราซาวนด์เคลื่อนที่ร่วมกับมหาวิทยาลัย ผลตรวจส่งต่อโรงพยาบาลทันที แม่ครัวในหมู่บ้านประกวดก้อยปลาสุก "
        "นักเรียนเรียนเรื่องวงจรชีวิตพยาธิผ่านเกมในห้องเรียน",
        how_en="A mobile team with a university tests stool and runs ultrasound, with results sent straight to the "
        "hospital; village cooks compete over cooked fish salads, and pupils learn the parasite's life cycle through "
        "classroom games.",
        indicator=Indicator("คนที่ได้รับการตรวจคัดกรอง", "People screened", "คน (people)", (500, 8000), 0.4),
        provinces=("KKN", "UDN", "SNK", "NPM", "KSN", "MKM", "RET", "YST", "UBN", "SSK"),
    ),
    Concept(
        key="dengue-larvae-app",
        area=AREA,
        also=("urbanisation", "public-sector-education"),
        core_th="นักเรียนล่าลูกน้ำยุงลาย",
        core_en="Dengue Larvae Hunters",
        forms=("unregistered_group", "social_enterprise_osep"),
        summary_th="นักเรียนสำรวจลูกน้ำยุงลายในบ้านตัวเองทุกวันศุกร์และบันทึกในแอป ได้แผนที่จุดเสี่ยงไข้เลือดออกของตำบลแบบวันต่อวัน",
        summary_en="Pupils check for mosquito larvae at home every Friday and log it in an app, producing a "
        "day-by-day dengue risk map of the subdistrict.",
        problem_th="ไข้เลือดออกระบาดทุกหน้าฝน เด็กเสียชีวิตทุกปี การสำรวจลูกน้ำโดย อสม. ทำได้เดือนละครั้ง ไม่ทันการระบาด",
        problem_en="Dengue breaks out every rainy season and children die each year; health volunteers can survey for "
        "larvae only once a month, too slowly for an outbreak.",
        how_th="นักเรียนถ่ายรูปภาชนะที่มีน้ำขังส่งเข้าแอป ระบบคำนวณค่าดัชนีลูกน้ำรายหมู่บ้าน ส่งให้ รพ.สต. ลงพื้นที่ก่อนการระบาด "
        "ห้องเรียนที่ทำต่อเนื่องได้รางวัล และครูใช้ข้อมูลสอนสถิติ",
        how_en="Pupils photograph containers holding water, the app calculates a larval index for each village and "
        "alerts the health centre before an outbreak, consistent classes win prizes and teachers use the data to "
        "teach statistics.",
        indicator=Indicator("บ้านที่สำรวจลูกน้ำทุกสัปดาห์", "Homes checked weekly", "หลังคาเรือน (homes)", (300, 6000), 0.5),
        youth_share=0.5,
    ),
    Concept(
        key="home-dialysis-support",
        area=AREA,
        also=(),
        core_th="ล้างไตทางช่องท้องที่บ้าน",
        core_en="Home Dialysis Support",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="พยาบาลเยี่ยมบ้านและวิดีโอคอลช่วยผู้ป่วยไตวายที่ล้างไตทางช่องท้องเองที่บ้าน ปรับห้องให้สะอาดพอ และส่งน้ำยาถึงบ้าน",
        summary_en="Home visits and video calls from nurses help kidney patients doing peritoneal dialysis at home, "
        "with help making the room clean enough and fluid delivered to the door.",
        problem_th="ผู้ป่วยไตวายในชนบทล้างไตเองที่บ้านแต่ติดเชื้อในช่องท้องบ่อยเพราะห้องไม่สะอาดและจำขั้นตอนไม่ได้ "
        "ต้องนอนโรงพยาบาลซ้ำแล้วซ้ำอีก",
        problem_en="Rural kidney patients dialyse at home but often get abdominal infections because the room isn't "
        "clean enough and they forget steps, landing back in hospital again and again.",
        how_th="พยาบาลไตเยี่ยมบ้านก่อนเริ่ม ช่วยกั้นมุมล้างไตด้วยวัสดุราคาถูก ผู้ป่วยและญาติฝึกซ้ำกับวิดีโอภาษาถิ่น "
        "แอปเตือนเวลาเปลี่ยนน้ำยาและให้ถ่ายรูปน้ำยาที่ไหลออกส่งพยาบาลตรวจ",
        how_en="A renal nurse visits before treatment starts and helps screen off a clean corner cheaply; patients "
        "and relatives practise with videos in the local dialect, and an app reminds them of exchanges and lets them "
        "send photos of the drained fluid to the nurse.",
        indicator=Indicator("การติดเชื้อที่ลดลงต่อปี", "Infections avoided per year", "ครั้ง (episodes)", (10, 120), 0.3),
    ),
    Concept(
        key="medicine-delivery-remote",
        area=AREA,
        also=("urbanisation",),
        core_th="ส่งยาถึงบ้านผู้ป่วยเรื้อรัง",
        core_en="Medicine to the Door",
        forms=COMPANY,
        brands=(("ยาถึงบ้าน", "MedsHome"),),
        summary_th="ส่งยาโรคความดัน เบาหวาน และหอบหืดจากโรงพยาบาลถึงบ้านผู้ป่วยเรื้อรังผ่านไปรษณีย์และ อสม. "
        "ไม่ต้องลางานมารับยาเดือนละครั้ง",
        summary_en="Delivers blood-pressure, diabetes and asthma medicines from hospital to chronic patients' homes "
        "by post and health volunteers, so they don't lose a day's work every month to collect them.",
        problem_th="ผู้ป่วยโรคเรื้อรังต้องมาโรงพยาบาลทุกเดือนเพียงเพื่อรับยาชุดเดิม เสียค่ารถและค่าแรงวันนั้น บางคนเลยขาดยา",
        problem_en="Chronic patients come to hospital every month just to collect the same prescription, losing bus "
        "fare and a day's wages, so some stop taking their medicine.",
        how_th="เภสัชกรโทรคุยกับผู้ป่วยก่อนจัดยา ยาแพ็กในซองที่มีรูปภาพบอกเวลากิน ส่งถึงบ้านหรือจุดรับที่ร้านค้าในหมู่บ้าน อสม. "
        "วัดความดันและส่งค่ากลับให้แพทย์ปรับยา",
        how_en="A pharmacist calls each patient before dispensing; medicines come in pouches with picture labels for "
        "when to take them, delivered home or to a village shop, and volunteers send blood-pressure readings back so "
        "the doctor can adjust doses.",
        indicator=Indicator("ผู้ป่วยที่รับยาที่บ้าน", "Patients receiving medicine at home", "คน (patients)", (300, 8000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="autism-screening-app",
        area=AREA,
        also=("public-sector-education",),
        core_th="แอปคัดกรองออทิสติก",
        core_en="Early Autism Screening",
        forms=COMPANY,
        brands=(("โตไว", "GrowSpot"),),
        summary_th="",
        summary_en="An app for parents and childcare staff to screen toddlers for autism signs with short videos and "
        "questions, and book an assessment without a months-long wait.",
        problem_th="",
        problem_en="Most autistic children in Thailand are diagnosed after age four, missing the years when early "
        "therapy helps most; child psychiatrists are few and concentrated in Bangkok.",
        how_th="",
        how_en="Parents answer a validated questionnaire and upload short play videos; trained reviewers flag "
        "children who need a full assessment and book them with the nearest developmental clinic. Parents get a free "
        "home programme of play activities while they wait.",
        indicator=Indicator(
            "เด็กที่ได้รับการประเมินก่อนอายุสามขวบ", "Children assessed before age three", "คน (children)", (50, 1500), 0.5
        ),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="hpv-self-sampling",
        area=AREA,
        also=(),
        core_th="ตรวจมะเร็งปากมดลูกด้วยตัวเอง",
        core_en="HPV Self-Sampling",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ชุดเก็บตัวอย่างตรวจเชื้อ HPV ด้วยตัวเองที่บ้าน ให้ผู้หญิงที่อายหรือไม่มีเวลาไปตรวจภายในได้คัดกรองมะเร็งปากมดลูก",
        summary_en="Home self-sampling kits for HPV so women who are embarrassed or too busy for a pelvic exam can "
        "still be screened for cervical cancer.",
        problem_th="ผู้หญิงจำนวนมากไม่เคยตรวจภายในเลยเพราะอายและต้องลางานไปโรงพยาบาล กว่าจะรู้ว่าเป็นมะเร็งปากมดลูกก็ระยะลุกลาม",
        problem_en="Many women have never had a pelvic exam because they are embarrassed and would have to take time "
        "off for hospital, so cervical cancer is found late.",
        how_th="อสม. หญิงแจกชุดตรวจพร้อมคลิปสอนภาษาถิ่น ผู้หญิงเก็บตัวอย่างเองแล้วส่งคืนที่ รพ.สต. ผลแจ้งผ่านไลน์แบบเป็นความลับ "
        "คนที่ผลเป็นบวกมีพยาบาลโทรนัดส่องกล้องและพาไปถึงโรงพยาบาล",
        how_en="Female health volunteers hand out kits with a video in the local dialect; women return samples to the "
        "health centre, get results confidentially on LINE, and a nurse books follow-up for positives and accompanies "
        "them to hospital.",
        indicator=Indicator("ผู้หญิงที่ได้รับการคัดกรอง", "Women screened", "คน (women)", (300, 8000), 0.5),
    ),
    Concept(
        key="picture-pill-boxes",
        area=AREA,
        also=(),
        core_th="ตลับยาภาพสำหรับผู้สูงวัย",
        core_en="Picture Pill Boxes",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="ตลับยาแบ่งช่องตามมื้อพร้อมรูปพระอาทิตย์ขึ้น กินข้าว และดวงจันทร์ ให้ผู้สูงวัยที่อ่านหนังสือไม่ออกกินยาได้ถูกเวลา",
        summary_en="",
        problem_th="คุณตาคุณยายกินยาหลายขนานวันละหลายมื้อ อ่านฉลากไม่ออก บางคนกินยาความดันซ้ำสองรอบจนหน้ามืด บางคนกินข้ามหลายวัน",
        problem_en="",
        how_th="อสม. และเภสัชกรโรงพยาบาลชุมชนจัดยาใส่ตลับทุกสองสัปดาห์ระหว่างเยี่ยมบ้าน ตลับผลิตโดยกลุ่มผู้สูงอายุเองจากพลาสติกรีไซเคิล "
        "ยาเหลือใช้เก็บคืนเพื่อดูว่ากินครบหรือไม่",
        how_en="",
        indicator=Indicator(
            "ผู้สูงวัยที่กินยาครบตามสั่ง", "Older people taking medicine as prescribed", "คน (people)", (50, 800), 0.4
        ),
    ),
    Concept(
        key="falls-prevention-exercise",
        area=AREA,
        also=(),
        core_th="รำไม้พลองป้องกันการล้ม",
        core_en="Fall Prevention Classes",
        forms=("unregistered_group", "foundation"),
        summary_th="ชมรมออกกำลังกายที่ใช้ท่ารำไม้พลองและฟ้อนพื้นบ้าน ฝึกการทรงตัวและกล้ามเนื้อขาของผู้สูงวัยสัปดาห์ละสามวัน",
        summary_en="Exercise clubs using traditional stick-dance and folk-dance moves to train older people's balance "
        "and leg strength three times a week.",
        problem_th="ผู้สูงวัยที่ล้มหนึ่งครั้งมีโอกาสล้มซ้ำสูง กลัวจนไม่กล้าเดิน กล้ามเนื้อยิ่งอ่อนแรง สุดท้ายกลายเป็นผู้ป่วยติดบ้าน",
        problem_en="Older people who fall once are likely to fall again; fear keeps them from walking, their muscles "
        "weaken further, and they end up housebound.",
        how_th="นักกายภาพออกแบบท่าจากการรำที่ผู้สูงวัยคุ้นเคย แกนนำชมรมนำออกกำลังที่ลานวัดทุกเช้า วัดเวลาลุกเดินไปกลับทุกสามเดือน "
        "เพื่อดูว่าทรงตัวดีขึ้นจริง",
        how_en="A physiotherapist adapted movements from dances the elders already know; club leaders run sessions in "
        "the temple yard each morning, and a timed up-and-go test every three months shows whether balance is "
        "improving.",
        indicator=Indicator("สมาชิกชมรมที่ไม่ล้มในปีนั้น", "Members with no fall that year", "คน (people)", (30, 400), 0.3),
    ),
    Concept(
        key="emergency-first-responders",
        area=AREA,
        also=("disaster-management",),
        core_th="อาสากู้ชีพตำบล",
        core_en="Village First Responders",
        forms=("foundation", "unregistered_group"),
        summary_th="อาสากู้ชีพประจำตำบลที่ฝึกปั๊มหัวใจ ใช้เครื่อง AED และปฐมพยาบาลผู้บาดเจ็บจากอุบัติเหตุ ไปถึงก่อนรถพยาบาลจากอำเภอ",
        summary_en="Subdistrict volunteers trained in CPR, defibrillators and trauma first aid who arrive before the "
        "ambulance from the district town.",
        problem_th="รถพยาบาลจากโรงพยาบาลอำเภอใช้เวลาสามสิบถึงสี่สิบนาทีกว่าจะถึงหมู่บ้าน คนหัวใจหยุดเต้นหรือเลือดออกมากจากอุบัติเหตุรอไม่ไหว",
        problem_en="Ambulances from the district hospital take thirty to forty minutes to reach the village; people "
        "in cardiac arrest or bleeding after a crash cannot wait that long.",
        how_th="อาสาสมัครผ่านหลักสูตรปฐมพยาบาลตามมาตรฐานสถาบันการแพทย์ฉุกเฉิน ได้รับแจ้งเหตุพร้อมกับรถพยาบาลผ่านแอป เครื่อง AED "
        "ติดตั้งที่ร้านค้าเปิดยี่สิบสี่ชั่วโมงและวัด และทุกเดือนมีสอนปั๊มหัวใจให้ชาวบ้านฟรี",
        how_en="Volunteers complete the national emergency medical institute's first-aid course and are alerted "
        "alongside the ambulance through an app; defibrillators are placed at 24-hour shops and the temple, and free "
        "CPR classes run monthly.",
        indicator=Indicator("เวลาถึงที่เกิดเหตุเฉลี่ย", "Average response time", "นาที (minutes)", (6, 15), 0.1),
        youth_share=0.3,
    ),
    Concept(
        key="period-poverty",
        area=AREA,
        also=("public-sector-education",),
        core_th="ผ้าอนามัยซักได้เพื่อนักเรียนหญิง",
        core_en="Reusable Pads for Girls",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="กลุ่มแม่บ้านเย็บผ้าอนามัยแบบซักได้แจกนักเรียนหญิงที่ขาดเรียนช่วงมีประจำเดือนเพราะไม่มีเงินซื้อผ้าอนามัย",
        summary_en="Women's groups sew washable sanitary pads for schoolgirls who miss class during their period "
        "because they can't afford pads.",
        problem_th="นักเรียนหญิงจากครอบครัวยากจนใช้ผ้าขี้ริ้วหรือกระดาษทิชชูแทนผ้าอนามัย อายเพื่อนจนไม่มาโรงเรียนเดือนละสองสามวัน",
        problem_en="Girls from poor families use rags or tissue instead of pads and stay home two or three days a "
        "month out of embarrassment.",
        how_th="ผ้าอนามัยผลิตจากผ้าฝ้ายซับน้ำหลายชั้น ใช้ได้สองปี ขายให้บริษัทที่ซื้อแจกโรงเรียนเป็นกิจกรรมเพื่อสังคม "
        "ครูอนามัยสอนเรื่องประจำเดือนทั้งห้องรวมนักเรียนชาย เพื่อลดการล้อเลียน",
        how_en="The pads are layered absorbent cotton that lasts two years, sold to companies who donate them to "
        "schools; health teachers teach the whole class about periods, boys included, to stop the teasing.",
        indicator=Indicator("นักเรียนหญิงที่ได้รับผ้าอนามัย", "Girls given pads", "คน (girls)", (200, 5000), 0.5),
        youth_share=0.5,
    ),
    Concept(
        key="salt-meter-kitchen",
        area=AREA,
        also=("food-water-energy",),
        core_th="ลดเค็มลดโรค",
        core_en="Less Salt Kitchens",
        forms=("unregistered_group", "foundation"),
        summary_th="เครื่องวัดความเค็มราคาถูกให้แม่ครัวในบ้าน โรงเรียน และร้านส้มตำ ตรวจน้ำแกงและน้ำปลาร้าก่อนเสิร์ฟ ลดโรคไตและความดัน",
        summary_en="",
        problem_th="อาหารพื้นบ้านใส่น้ำปลา ผงชูรส และปลาร้าเยอะจนคนในหมู่บ้านเป็นความดันสูงและไตวายตั้งแต่อายุยังไม่มาก",
        problem_en="",
        how_th="อสม. ยืมเครื่องวัดความเค็มให้ครัวเรือนลองวัดแกงที่กินทุกวัน ร้านส้มตำที่ปรับสูตรได้ป้ายร้านลดเค็ม "
        "โรงเรียนวัดความเค็มอาหารกลางวันทุกสัปดาห์ และ รพ.สต. ติดตามความดันของผู้เข้าร่วม",
        how_en="",
        indicator=Indicator(
            "ครัวเรือนที่ลดเค็มได้", "Households cooking with less salt", "ครัวเรือน (households)", (100, 2000), 0.4
        ),
        provinces=ISAN,
    ),
    Concept(
        key="stateless-health-cover",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="สิทธิรักษาพยาบาลคนไร้สัญชาติ",
        core_en="Health Cover for Stateless People",
        forms=("foundation",),
        summary_th="ช่วยคนไร้สัญชาติและคนรอพิสูจน์สถานะในพื้นที่ชายแดนเข้าถึงสิทธิรักษาพยาบาลที่รัฐจัดให้ ไม่ต้องกู้เงินมาจ่ายค่าโรงพยาบาล",
        summary_en="Helps stateless people and those awaiting status checks in border areas get the state health "
        "cover they are entitled to, so they no longer borrow to pay hospital bills.",
        problem_th="คนที่ยังไม่มีสัญชาติป่วยหนักแล้วไม่กล้าไปโรงพยาบาลเพราะกลัวค่ารักษา บางคนไม่รู้ว่ามีสิทธิ์อยู่แล้ว โรงพยาบาลก็แบกหนี้ค้างชำระ",
        problem_en="People without nationality avoid hospital when seriously ill for fear of the bill, some not "
        "knowing they already have coverage, and hospitals carry unpaid debts.",
        how_th="ทีมตรวจสอบสิทธิ์ด้วยเลขประจำตัวสิบสามหลักที่ขึ้นต้นด้วยศูนย์หรือเลขเจ็ด ช่วยลงทะเบียนกองทุนคืนสิทธิ "
        "อาสาสมัครที่พูดภาษาชาติพันธุ์พาไปโรงพยาบาล และรวบรวมเคสที่ตกหล่นเสนอต่อสำนักงานสาธารณสุขจังหวัด",
        how_en="The team checks entitlement from people's thirteen-digit ID numbers, registers them with the "
        "restored-rights health fund, has volunteers who speak ethnic languages accompany them to hospital, and takes "
        "unresolved cases to the provincial health office.",
        indicator=Indicator("คนที่ได้สิทธิรักษาพยาบาล", "People now covered", "คน (people)", (100, 3000), 0.4),
        provinces=BORDER,
    ),
    Concept(
        key="migrant-health-volunteers",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="อาสาสาธารณสุขต่างด้าว",
        core_en="Migrant Health Volunteers",
        forms=("foundation", "unregistered_group"),
        summary_th="แรงงานข้ามชาติที่อบรมเป็นอาสาสมัครสาธารณสุข เป็นล่ามที่โรงพยาบาล และเคาะประตูห้องเช่าตรวจวัณโรคและฝากครรภ์",
        summary_en="Migrant workers trained as health volunteers interpret at the hospital and knock on rental-room "
        "doors to screen for tuberculosis and bring pregnant women to antenatal care.",
        problem_th="แรงงานเมียนมาและกัมพูชาสื่อสารกับหมอไม่ได้ ไม่รู้สิทธิ์ประกันสุขภาพ หญิงตั้งครรภ์ไม่ฝากครรภ์จนคลอดที่ห้องเช่า "
        "วัณโรคแพร่ในห้องที่อยู่กันแออัด",
        problem_en="Myanmar and Cambodian workers can't talk to doctors and don't know their insurance rights; "
        "pregnant women skip antenatal care and give birth in rented rooms, and TB spreads in crowded housing.",
        how_th="อาสาสมัครได้อบรมจากโรงพยาบาลและสำนักงานสาธารณสุข ได้ค่าตอบแทนรายเดือน เยี่ยมห้องเช่าสัปดาห์ละครั้ง นัดตรวจเอกซเรย์ปอด "
        "และจัดคลิปสุขภาพภาษาพม่าและเขมรในกลุ่มเฟซบุ๊กของแรงงาน",
        how_en="Volunteers are trained by the hospital and health office and paid monthly, visit rooms weekly, book "
        "chest X-rays, and post health videos in Burmese and Khmer to workers' Facebook groups.",
        indicator=Indicator("หญิงตั้งครรภ์ที่ได้ฝากครรภ์", "Pregnant women in antenatal care", "คน (women)", (50, 800), 0.4),
        provinces=("SKN", "TAK", "RNG", "CBI", "SKA", "PTE"),
        urban=True,
    ),
    Concept(
        key="caregiver-respite",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="พักใจคนดูแล",
        core_en="Carer Respite",
        forms=("unregistered_group", "social_enterprise_osep"),
        summary_th="",
        summary_en="Gives family carers of bedridden or dementia patients a regular afternoon off, with a trained "
        "sitter at home and a support group to talk to.",
        problem_th="",
        problem_en="Daughters and wives caring for a bedridden parent or husband go years without a day off; many "
        "become depressed and their own health collapses.",
        how_th="",
        how_en="Trained sitters, often retired nurses or carers between jobs, come for four hours a week, paid from "
        "the long-term care fund or by families who can afford it. Carers meet monthly at the temple with a "
        "counsellor and swap practical tips.",
        indicator=Indicator("คนดูแลที่ได้พักเป็นประจำ", "Carers getting regular breaks", "คน (carers)", (20, 400), 0.4),
    ),
    Concept(
        key="drowning-prevention",
        area=AREA,
        also=("disaster-management", "public-sector-education"),
        core_th="ว่ายน้ำเป็นเอาตัวรอดได้",
        core_en="Swim Safe Kids",
        forms=("foundation", "unregistered_group"),
        summary_th="สอนเด็กเล็กลอยตัวและเอาตัวรอดในสระน้ำลอยชั่วคราวที่ขนไปตั้งในโรงเรียน และติดไม้ยื่นกับถังแกลลอนช่วยชีวิตรอบบ่อน้ำในหมู่บ้าน",
        summary_en="Teaches young children to float and survive in portable pools set up at schools, and places "
        "reaching poles and float-bottles around village ponds.",
        problem_th="เด็กจมน้ำเสียชีวิตเป็นสาเหตุอันดับต้น ๆ ของการตายในเด็กไทย ส่วนใหญ่เกิดในบ่อน้ำใกล้บ้านช่วงปิดเทอม "
        "เพื่อนกระโดดลงไปช่วยแล้วจมตามกัน",
        problem_en="Drowning is among the top killers of Thai children, mostly in ponds near home during the "
        "holidays, often with friends drowning as they jump in to help.",
        how_th="ครูพละและอาสากู้ภัยสอนหลักสูตรสิบชั่วโมง ตะโกน โยน ยื่น โดยไม่กระโดดลงไปช่วยเอง ชุมชนสำรวจแหล่งน้ำเสี่ยง "
        "ติดป้ายเตือนและอุปกรณ์ช่วยชีวิต และเด็กที่สอบผ่านได้บัตรว่ายน้ำเป็น",
        how_en="PE teachers and rescue volunteers teach a ten-hour course: shout, throw, reach, never jump in. The "
        "community maps risky water, puts up signs and rescue gear, and children who pass get a swimmer card.",
        indicator=Indicator(
            "เด็กที่ผ่านการฝึกเอาตัวรอด", "Children trained in water survival", "คน (children)", (200, 4000), 0.5
        ),
        youth_share=0.25,
    ),
    Concept(
        key="oral-health-mobile",
        area=AREA,
        also=("public-sector-education",),
        core_th="ทันตกรรมเคลื่อนที่บนดอย",
        core_en="Mobile Dental Clinic",
        forms=("foundation",),
        summary_th="รถทันตกรรมเคลื่อนที่ขึ้นดอยไปอุดฟัน เคลือบหลุมร่องฟัน และสอนแปรงฟันในโรงเรียนที่ไม่เคยมีหมอฟันมาถึง",
        summary_en="",
        problem_th="เด็กบนดอยฟันผุเกือบทุกคนเพราะกินขนมหวานและไม่มีแปรงสีฟัน ปวดฟันจนนอนไม่หลับและขาดเรียน "
        "คลินิกฟันที่ใกล้ที่สุดอยู่ห่างสามชั่วโมง",
        problem_en="",
        how_th="ทันตแพทย์อาสาและทันตาภิบาลจากโรงพยาบาลอำเภอออกหน่วยเทอมละครั้ง ครูประจำชั้นพาเด็กแปรงฟันหลังอาหารกลางวันทุกวัน "
        "ร้านค้าในโรงเรียนเลิกขายน้ำหวาน และเด็กทุกคนได้ชุดแปรงสีฟันปีละสองครั้ง",
        how_en="",
        indicator=Indicator("เด็กที่ได้รับการรักษาฟัน", "Children treated", "คน (children)", (200, 3000), 0.4),
        provinces=HIGHLAND,
    ),
    Concept(
        key="postpartum-support",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ดูแลแม่หลังคลอด",
        core_en="New Mothers' Support",
        forms=COMPANY,
        brands=(("แม่ไม่เหงา", "MomCircle"),),
        summary_th="แชตกับพยาบาลและนักจิตวิทยาตลอดสามเดือนแรกหลังคลอด ช่วยเรื่องให้นมลูก นอนไม่พอ "
        "และภาวะซึมเศร้าหลังคลอดที่คนรอบตัวมองไม่เห็น",
        summary_en="Chat with nurses and psychologists for the first three months after birth, covering "
        "breastfeeding, exhaustion and the postnatal depression that people around a new mother often miss.",
        problem_th="แม่มือใหม่ในเมืองอยู่กับลูกคนเดียวทั้งวันเพราะไม่มีญาติใกล้ ๆ ให้นมลูกไม่สำเร็จ ร้องไห้ทุกคืน และไม่รู้ว่าตัวเองเป็นซึมเศร้า",
        problem_en="New mothers in the city spend all day alone with the baby with no relatives nearby; breastfeeding "
        "isn't working, they cry every night and don't realise they are depressed.",
        how_th="แม่ทำแบบประเมินอารมณ์ทุกสองสัปดาห์ในแอป คะแนนสูงจะมีนักจิตวิทยาโทรหาภายในวันเดียว "
        "พยาบาลนมแม่ตอบแชตตลอดสิบหกชั่วโมงต่อวัน และบริษัทนายจ้างซื้อบริการเป็นสวัสดิการพนักงาน",
        how_en="Mothers complete a mood check every two weeks in the app and high scores get a psychologist's call "
        "the same day; lactation nurses answer chats sixteen hours a day, and employers buy the service as a staff "
        "benefit.",
        indicator=Indicator("แม่หลังคลอดที่ได้รับการดูแล", "New mothers supported", "คน (mothers)", (200, 5000), 0.5),
        provinces=BANGKOK_METRO,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="tb-screening-prisons",
        area=AREA,
        also=(),
        core_th="คัดกรองวัณโรคด้วยเอกซเรย์เคลื่อนที่",
        core_en="Mobile TB X-ray",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="",
        summary_en="A mobile digital X-ray unit with AI reading that screens prisons, construction camps and crowded "
        "communities for tuberculosis in a single visit.",
        problem_th="",
        problem_en="Tuberculosis spreads silently in prisons and workers' camps; people cough for months before they "
        "are diagnosed, and by then they have infected their cellmates or roommates.",
        how_th="",
        how_en="The van's X-ray reads each image with AI in under a minute; people flagged give a sputum sample on "
        "the spot for a rapid molecular test, and positive cases start treatment through the local hospital the same "
        "week.",
        indicator=Indicator("คนที่ได้รับการเอกซเรย์", "People X-rayed", "คน (people)", (2000, 30000), 0.5),
        provinces=("BKK", "SKN", "CBI", "NMA", "TAK", "SKA", "CMI"),
    ),
    Concept(
        key="healthy-canteen-factories",
        area=AREA,
        also=("food-water-energy", "finance-employment-welfare"),
        core_th="โรงอาหารโรงงานสุขภาพดี",
        core_en="Healthy Factory Canteens",
        forms=COMPANY,
        brands=(("อิ่มดีมีแรง", "FitMeal Works"),),
        summary_th="ปรับเมนูโรงอาหารในโรงงานให้หวาน มัน เค็มน้อยลงในราคาเท่าเดิม พร้อมตรวจสุขภาพพนักงานก่อนและหลังหนึ่งปี",
        summary_en="",
        problem_th="พนักงานโรงงานอายุยังไม่สี่สิบแต่เป็นเบาหวานและความดันกันเยอะ โรงอาหารขายแต่ของทอดและน้ำหวานเพราะถูกและอิ่ม",
        problem_en="",
        how_th="นักโภชนาการวางเมนูร่วมกับแม่ค้าในโรงอาหาร ลดน้ำมันและน้ำตาลทีละขั้นจนพนักงานไม่รู้สึก "
        "ฝ่ายบุคคลให้แต้มสะสมแลกของเมื่อเลือกเมนูสุขภาพ ผลตรวจสุขภาพประจำปีใช้วัดผลร่วมกับอัตราการลาป่วย",
        how_en="",
        indicator=Indicator(
            "พนักงานที่ค่าสุขภาพดีขึ้น", "Workers with improved health checks", "คน (workers)", (100, 3000), 0.4
        ),
        provinces=("RYG", "CBI", "AYA", "PTE", "LPN", "CCO", "PRI"),
    ),
    Concept(
        key="malaria-border-villages",
        area=AREA,
        also=(),
        core_th="กำจัดมาลาเรียหมู่บ้านชายแดน",
        core_en="Border Malaria Posts",
        forms=("foundation",),
        summary_th="อาสาสมัครมาลาเรียประจำหมู่บ้านชายแดนตรวจเลือดด้วยชุดตรวจเร็วและจ่ายยาทันที พร้อมมุ้งชุบยาสำหรับคนที่ต้องนอนในไร่",
        summary_en="Village malaria volunteers on the border test blood with rapid kits, treat on the spot, and hand "
        "out treated nets for people who sleep at their fields.",
        problem_th="คนที่ไปทำไร่และเก็บของป่าค้างคืนติดมาลาเรียจากยุงในป่า ต้องเดินทางครึ่งวันไปสถานีมาลาเรีย หลายคนรักษาไม่ครบและแพร่เชื้อต่อ",
        problem_en="People who sleep at forest fields catch malaria and travel half a day to the nearest malaria "
        "post; many don't finish treatment and keep the infection going.",
        how_th="อาสาสมัครตรวจได้ในสิบห้านาทีและติดตามการกินยาจนครบ บันทึกผลลงแอปของกรมควบคุมโรค "
        "ข้อมูลพิกัดไร่ที่พบผู้ป่วยช่วยให้ทีมพ่นยาลงถูกจุด และคนข้ามแดนได้ตรวจฟรีที่จุดผ่อนปรน",
        how_en="Volunteers test in fifteen minutes, supervise treatment to the end and log cases in the disease "
        "control app; the location of infected fields guides spraying, and people crossing the border are tested free "
        "at the crossing points.",
        indicator=Indicator("ผู้ป่วยมาลาเรียรายใหม่ที่ลดลง", "Fall in new malaria cases", "ราย (cases)", (20, 200), 0.3),
        provinces=("TAK", "MSN", "KRI", "RNG", "UBN", "SSK", "YLA"),
    ),
)
