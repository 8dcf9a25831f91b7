"""Demo ventures of area 4, finance, employment and social welfare: debt, jobs, care, rights at work."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, BORDER, CITIES, DEEP_SOUTH, INDUSTRIAL, ISAN

AREA = "finance-employment-welfare"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="elderly-care-app",
        area=AREA,
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
        how_th="ผู้ดูแลในชุมชนเยี่ยมบ้านตามตาราง บันทึกความดัน น้ำตาล และอาการผ่านแอป ระบบแจ้ง อสม. "
        "และโรงพยาบาลส่งเสริมสุขภาพตำบลเมื่อค่าผิดปกติ ลูกหลานจ่ายค่าบริการรายเดือน และครอบครัวรายได้น้อยได้รับเงินอุดหนุนจากกองทุนท้องถิ่น",
        how_en="Community carers visit on schedule and log blood pressure, sugar and symptoms in the app, which "
        "alerts village health volunteers and the subdistrict health centre when readings are abnormal. Children pay "
        "a monthly fee; low-income families are subsidised by a local fund.",
        indicator=Indicator("ผู้สูงอายุที่ได้รับการดูแล", "Older people cared for", "คน (people)", (50, 800), 0.5),
        youth_share=0.2,
    ),
    Concept(
        key="disability-employment",
        area=AREA,
        also=("public-sector-education",),
        core_th="จ้างงานคนพิการ",
        core_en="Disability Employment",
        forms=(*COMPANY, "foundation"),
        brands=(("งานดีไม่มีขีดจำกัด", "NoLimit Jobs"), ("เอเบิลเวิร์ก", "AbleWork")),
        summary_th="ฝึกทักษะและจัดหางานให้คนพิการทำงานในชุมชนของตนเอง ตามมาตรา 35 ของกฎหมายส่งเสริมคุณภาพชีวิตคนพิการ",
        summary_en="Trains people with disabilities and finds them work in their own communities, under section 35 of "
        "Thailand's disability empowerment law.",
        problem_th="คนพิการจำนวนมากในต่างจังหวัดไม่มีงานทำ ขณะที่บริษัทที่ต้องจ้างงานคนพิการตามกฎหมายหาคนไม่ได้และเลือกจ่ายเงินเข้ากองทุนแทน",
        problem_en="Many people with disabilities outside Bangkok have no work, while companies obliged to employ "
        "them cannot find candidates and pay into a fund instead.",
        how_th="เราจับคู่บริษัทกับคนพิการในชุมชนให้ทำงานบริการสังคม เช่น ผู้ช่วยครู งานข้อมูล หรือผู้ดูแลผู้สูงอายุ พร้อมพี่เลี้ยงติดตามผลรายเดือน "
        "คนพิการมีรายได้ประจำใกล้บ้าน และบริษัทได้รายงานผลกระทบที่ตรวจสอบได้",
        how_en="We match companies with disabled people in their own communities for social-service jobs such as "
        "teaching assistants, data work or elderly care, with monthly mentoring; workers earn a steady local income "
        "and companies get verifiable impact reports.",
        indicator=Indicator("คนพิการที่มีงานทำ", "People with disabilities employed", "คน (people)", (20, 300), 0.5),
    ),
    Concept(
        key="digital-savings-group",
        area=AREA,
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
        how_en="Committees record deposits and loans in an app that works offline; members get a confirmation message "
        "for every transaction, auditors get monthly statements, and savings histories help members borrow from banks.",
        indicator=Indicator("สมาชิกที่ใช้บัญชีดิจิทัล", "Members using digital accounts", "คน (members)", (150, 3000), 0.6),
    ),
    Concept(
        key="training-cafe",
        area=AREA,
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
        "worker helping with housing and family; afterwards the café places them with partner hotels and restaurants.",
        indicator=Indicator("เยาวชนที่ได้งานหลังฝึก", "Trainees employed after training", "คน (people)", (10, 90), 0.4),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="loan-shark-refinance",
        area=AREA,
        also=(),
        core_th="ปลดหนี้นอกระบบ",
        core_en="Loan Shark Debt Relief",
        forms=("community_enterprise", "cooperative", "foundation"),
        summary_th="กองทุนชุมชนที่ไถ่หนี้นอกระบบดอกเบี้ยร้อยละยี่สิบต่อเดือนให้สมาชิก แล้วให้ผ่อนคืนในอัตราที่จ่ายไหว "
        "พร้อมคนช่วยวางแผนการเงินครอบครัว",
        summary_en="A community fund that pays off members' loan-shark debts at twenty percent a month and lets them "
        "repay at a rate they can manage, with someone to help plan the family budget.",
        problem_th="แม่ค้าและคนรับจ้างรายวันกู้เงินนอกระบบแบบรายวัน ดอกทบต้นจนจ่ายแค่ดอกทุกวันไม่เคยลดต้น ถูกทวงหนี้ข่มขู่ถึงหน้าบ้าน",
        problem_en="Market vendors and day labourers borrow from loan sharks on daily terms; with compounding "
        "interest they pay only interest and never touch the principal, and collectors threaten them at home.",
        how_th="สมาชิกยื่นรายการหนี้ทั้งหมด คณะกรรมการเจรจาลดยอดกับเจ้าหนี้และปิดหนี้ก้อนเดียว สมาชิกผ่อนคืนกองทุนรายสัปดาห์ "
        "พร้อมออมเพิ่มวันละยี่สิบบาท อาสาสมัครการเงินนั่งทำบัญชีรายรับรายจ่ายกับครอบครัวเดือนละครั้ง",
        how_en="Members list all their debts, the committee negotiates the balance down with lenders and settles in "
        "one payment, and members repay the fund weekly while saving twenty baht a day. Finance volunteers sit down "
        "with each family monthly to go through income and spending.",
        indicator=Indicator(
            "ครอบครัวที่หลุดจากหนี้นอกระบบ", "Families freed from loan-shark debt", "ครอบครัว (families)", (20, 400), 0.4
        ),
    ),
    Concept(
        key="migrant-worker-hotline",
        area=AREA,
        also=("public-sector-education",),
        core_th="สายด่วนแรงงานข้ามชาติ",
        core_en="Migrant Worker Helpline",
        forms=("foundation",),
        summary_th="สายด่วนและเพจภาษาเมียนมา ลาว และเขมร ที่ช่วยแรงงานข้ามชาติเมื่อถูกโกงค่าแรง ถูกยึดเอกสาร หรือต้องต่อใบอนุญาตทำงาน",
        summary_en="A helpline and page in Burmese, Lao and Khmer for migrant workers who are cheated of wages, have "
        "their documents taken or need to renew work permits.",
        problem_th="แรงงานข้ามชาติถูกนายจ้างหักค่าแรงโดยไม่บอกเหตุผล ถูกยึดพาสปอร์ต และจ่ายนายหน้าเถื่อนหลายหมื่นบาทเพื่อต่อเอกสาร "
        "เพราะไม่รู้ขั้นตอนและพูดไทยไม่ได้",
        problem_en="Migrant workers lose pay to unexplained deductions, have passports confiscated, and pay illegal "
        "brokers tens of thousands of baht to renew documents because they cannot follow the process or speak Thai.",
        how_th="เจ้าหน้าที่ที่พูดภาษาแม่ของแรงงานรับเรื่องทั้งโทรศัพท์และแชต บันทึกหลักฐาน ช่วยเจรจากับนายจ้าง "
        "และพาไปยื่นเรื่องที่สำนักงานสวัสดิการและคุ้มครองแรงงาน คลิปอธิบายขั้นตอนต่อเอกสารเผยแพร่ทุกครั้งที่ระเบียบเปลี่ยน",
        how_en="Staff who speak the workers' languages take calls and chats, record evidence, negotiate with "
        "employers and accompany workers to the labour protection office. Short videos explain each new document rule "
        "as it changes.",
        indicator=Indicator("ค่าแรงที่ได้คืน", "Wages recovered", "บาท (baht)", (200000, 3000000), 0.4),
        provinces=("SKN", "TAK", "RNG", "CBI", "SKA", "BKK", "PTE"),
        urban=True,
    ),
    Concept(
        key="retiree-part-time-jobs",
        area=AREA,
        also=("health",),
        core_th="สูงวัยมีงานทำ",
        core_en="Silver Jobs",
        forms=COMPANY,
        brands=(("วัยเก๋าทำงาน", "SilverWork"), ("ไม่เกษียณ", "NotRetired")),
        summary_th="จัดหางานพาร์ตไทม์ให้ผู้สูงวัยที่ยังอยากทำงาน เช่น ครูสอนพิเศษ แคชเชียร์ช่วงเช้า และพนักงานต้อนรับ "
        "โดยปรับเวลางานให้เหมาะกับวัย",
        summary_en="Part-time jobs for older people who still want to work, such as tutoring, morning cashier shifts "
        "and reception, with hours adjusted to their age.",
        problem_th="คนอายุหกสิบยังแข็งแรงและมีประสบการณ์ แต่ถูกให้ออกจากงานและได้เบี้ยยังชีพไม่กี่ร้อยบาท อยู่บ้านเฉย ๆ จนซึมเศร้า",
        problem_en="People of sixty are still fit and experienced but are pushed out of work onto a pension of a few "
        "hundred baht a month, and sit at home until they become depressed.",
        how_th="แพลตฟอร์มสัมภาษณ์ผู้สมัครทางโทรศัพท์แทนการกรอกฟอร์มยาว จับคู่กับร้านค้าและบริษัทที่ร่วมโครงการจ้างงานผู้สูงอายุ "
        "ซึ่งลดหย่อนภาษีได้ตามกฎหมาย ทีมติดตามความพึงพอใจทั้งสองฝ่ายหลังทำงานหนึ่งเดือน",
        how_en="We interview applicants by phone instead of long forms and match them with shops and firms in the "
        "scheme, which get the legal tax deduction for hiring older workers. Both sides are surveyed after a month.",
        indicator=Indicator("ผู้สูงวัยที่ได้งาน", "Older people placed in jobs", "คน (people)", (50, 1500), 0.5),
        provinces=CITIES,
        urban=True,
    ),
    Concept(
        key="blind-massage-booking",
        area=AREA,
        also=("health",),
        core_th="นวดแผนไทยโดยคนตาบอด",
        core_en="Blind Massage Booking",
        forms=("social_enterprise_osep", "cooperative"),
        summary_th="แอปจองหมอนวดตาบอดถึงบ้านและออฟฟิศ พร้อมคลินิกนวดที่คนตาบอดเป็นเจ้าของร่วม รายได้ไม่ต้องผ่านคนกลาง",
        summary_en="An app to book blind masseurs at home or in the office, plus a massage clinic co-owned by blind "
        "therapists, with no middleman taking a cut.",
        problem_th="หมอนวดตาบอดต้องนั่งรอลูกค้าในร้านที่เจ้าของหักค่าตัวไปครึ่งหนึ่ง ช่วงโควิดร้านปิดเกือบหมด รายได้หายไปทั้งปี",
        problem_en="Blind masseurs wait for clients in parlours whose owners take half their fee; during Covid most "
        "parlours closed and a year's income vanished.",
        how_th="แอปอ่านออกเสียงได้ทุกหน้า หมอนวดรับงานเองด้วยโปรแกรมอ่านหน้าจอ ระบบให้พนักงานขับรถรับส่งที่ผ่านการอบรมการนำทางคนตาบอด "
        "บริษัทซื้อแพ็กเกจนวดเป็นสวัสดิการพนักงาน",
        how_en="Every screen works with a screen reader so therapists accept jobs themselves; drivers trained in "
        "guiding blind people handle transport, and companies buy massage packages as staff benefits.",
        indicator=Indicator(
            "รายได้เฉลี่ยของหมอนวดต่อเดือน", "Average monthly income per therapist", "บาท (baht)", (6000, 15000), 0.2
        ),
        provinces=CITIES,
        urban=True,
    ),
    Concept(
        key="autism-data-jobs",
        area=AREA,
        also=("health",),
        core_th="งานข้อมูลสำหรับคนออทิสติก",
        core_en="Autism Data Team",
        forms=COMPANY,
        brands=(("ดาต้าสเปกตรัม", "DataSpectrum"),),
        summary_th="",
        summary_en="A data-labelling and software-testing company that hires and trains autistic adults, with quiet "
        "workspaces, clear routines and job coaches.",
        problem_th="",
        problem_en="Autistic adults are often excellent at detailed, repetitive work, but interviews and noisy "
        "offices shut them out; most finish school and then stay at home with their parents.",
        how_th="",
        how_en="Candidates try the work in a paid two-week trial instead of an interview. Teams label images and test "
        "apps for tech clients, each with a job coach who also trains managers at the client. Salaries match the "
        "market and some staff now lead their own teams.",
        indicator=Indicator("ผู้ใหญ่ออทิสติกที่มีงานประจำ", "Autistic adults in regular jobs", "คน (people)", (10, 150), 0.5),
        provinces=BANGKOK_METRO,
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="remote-jobs-wheelchair",
        area=AREA,
        also=("public-sector-education",),
        core_th="งานออนไลน์สำหรับคนนั่งวีลแชร์",
        core_en="Remote Work for Wheelchair Users",
        forms=("social_enterprise_osep", "company"),
        brands=(("ทำงานจากบ้าน", "WorkFromHome Able"),),
        summary_th="ฝึกผู้พิการทางการเคลื่อนไหวทำงานคอลเซ็นเตอร์ กราฟิก และแอดมินเพจจากบ้าน แล้วรับงานจากบริษัทที่ต้องจ้างคนพิการตามกฎหมาย",
        summary_en="Trains people with mobility impairments for call-centre, graphics and social-media work from "
        "home, taking contracts from companies that must employ disabled people by law.",
        problem_th="ผู้พิการที่นั่งวีลแชร์ในต่างจังหวัดเดินทางไปทำงานไม่ได้ เพราะรถโดยสารขึ้นไม่ได้และออฟฟิศไม่มีทางลาด "
        "บริษัทเลยเลือกจ่ายเงินเข้ากองทุนแทนการจ้าง",
        problem_en="Wheelchair users outside Bangkok cannot commute: buses are inaccessible and offices have no "
        "ramps, so companies pay into the fund instead of hiring them.",
        how_th="หลักสูตรสามเดือนสอนทักษะงานและเตรียมอุปกรณ์ให้ยืม บริษัททำสัญญาจ้างตามมาตรา 33 หรือจ้างเหมาบริการตามมาตรา 35 "
        "ทีมหัวหน้างานที่เป็นผู้พิการดูแลคุณภาพงาน และค่าจ้างโอนตรงถึงตัวผู้พิการ",
        how_en="A three-month course teaches the skills and lends equipment. Companies hire under the disability "
        "employment quota or contract services under the alternative route; supervisors who are themselves disabled "
        "manage quality, and pay goes straight to the worker.",
        indicator=Indicator("ผู้พิการที่ทำงานจากบ้าน", "Disabled people working from home", "คน (people)", (30, 500), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="caregiver-training-jobs",
        area=AREA,
        also=("health",),
        core_th="โรงเรียนผู้ดูแลผู้สูงอายุ",
        core_en="Caregiver Academy",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="อบรมผู้หญิงว่างงานและแม่เลี้ยงเดี่ยวเป็นผู้ดูแลผู้สูงอายุที่ได้ใบรับรอง แล้วจัดหางานดูแลตามบ้านในค่าจ้างที่เป็นธรรม",
        summary_en="Trains unemployed women and single mothers as certified carers for older people and finds them "
        "home-care jobs at fair pay.",
        problem_th="ครอบครัวที่มีผู้สูงอายุติดบ้านหาคนดูแลที่ไว้ใจได้ยาก ขณะที่ผู้หญิงในชุมชนจำนวนมากตกงานหลังโรงงานปิดและไม่มีทักษะใหม่",
        problem_en="Families with a housebound elder struggle to find a carer they can trust, while many local women "
        "lost factory jobs and have no new skills.",
        how_th="หลักสูตรสี่ร้อยยี่สิบชั่วโมงตามมาตรฐานกรมอนามัย ฝึกจริงที่โรงพยาบาลชุมชน ผู้จบได้สัญญาจ้างผ่านกิจการซึ่งมีประกันอุบัติเหตุ วันหยุด "
        "และพยาบาลที่โทรปรึกษาได้ตลอดเวลา",
        how_en="A 420-hour course to the Department of Health standard with hands-on practice at the community "
        "hospital; graduates are employed through the enterprise with accident insurance, days off and a nurse to "
        "call at any time.",
        indicator=Indicator("ผู้ดูแลที่ได้งาน", "Carers in work", "คน (carers)", (20, 400), 0.5),
    ),
    Concept(
        key="weather-index-insurance",
        area=AREA,
        also=("sustainable-agriculture", "disaster-management"),
        core_th="ประกันภัยแล้งรายย่อย",
        core_en="Drought Microinsurance",
        forms=COMPANY,
        brands=(("ฝนดีประกัน", "RainCover"),),
        summary_th="ประกันภัยพืชผลแบบใช้ข้อมูลฝนจากดาวเทียม เบี้ยไร่ละไม่กี่สิบบาท จ่ายเงินเข้าบัญชีอัตโนมัติเมื่อฝนทิ้งช่วง "
        "ไม่ต้องรอคนมาประเมินความเสียหาย",
        summary_en="Crop insurance based on satellite rainfall: a premium of a few dozen baht per rai, paid out "
        "automatically when the rains fail, with no wait for a loss adjuster.",
        problem_th="เกษตรกรเจอฝนทิ้งช่วงทีไรต้องกู้เงินมาปลูกใหม่ เงินช่วยเหลือจากรัฐมาช้าหลายเดือน และต้องรอประกาศเขตภัยพิบัติก่อน",
        problem_en="Every dry spell forces farmers to borrow to replant; state relief takes months and only comes "
        "once a disaster zone is declared.",
        how_th="เกษตรกรสมัครผ่านตัวแทนในหมู่บ้านหรือแอป ระบบผูกแปลงกับพิกัดดาวเทียม ถ้าฝนสะสมต่ำกว่าเกณฑ์ในช่วงที่ข้าวต้องการน้ำ "
        "เงินโอนเข้าพร้อมเพย์ภายในสองสัปดาห์ บริษัทประกันพันธมิตรเป็นผู้รับความเสี่ยง",
        how_en="Farmers sign up through a village agent or the app; each plot is tied to satellite coordinates, and "
        "if rainfall during the critical growth window falls below the threshold, money reaches their PromptPay "
        "account within two weeks. A partner insurer carries the risk.",
        indicator=Indicator("เกษตรกรที่มีประกัน", "Farmers insured", "ราย (farmers)", (500, 15000), 0.6),
        provinces=ISAN,
        youth_share=0.2,
    ),
    Concept(
        key="rider-welfare-fund",
        area=AREA,
        also=("urbanisation", "health"),
        core_th="กองทุนสวัสดิการไรเดอร์",
        core_en="Riders' Welfare Fund",
        forms=("cooperative", "foundation"),
        summary_th="กองทุนที่ไรเดอร์ส่งอาหารลงขันกันเอง จ่ายค่ารักษาเมื่อเกิดอุบัติเหตุ ชดเชยรายได้วันที่ขับไม่ได้ และช่วยสมัครประกันสังคม",
        summary_en="A fund delivery riders pay into themselves: it covers accident treatment, replaces income on days "
        "they cannot ride, and helps them join social security.",
        problem_th="ไรเดอร์ไม่ใช่ลูกจ้างตามกฎหมาย ล้มบาดเจ็บทีก็ไม่มีรายได้ ค่ารักษาเกินสิทธิ์ต้องจ่ายเอง รถพังก็ต้องกู้มาซ่อม",
        problem_en="Riders are not employees under the law: after a crash they have no income, pay hospital costs "
        "beyond their coverage themselves, and borrow to repair the bike.",
        how_th="สมาชิกออมวันละสิบบาทผ่านแอป กองทุนจ่ายชดเชยรายวันเมื่อมีใบรับรองแพทย์ ทีมอาสาช่วยเคลมประกันภาคบังคับ "
        "และรวมเสียงสมาชิกไปเจรจากับแพลตฟอร์มเรื่องค่ารอบและความปลอดภัย",
        how_en="Members save ten baht a day in an app; the fund pays daily compensation with a medical certificate, "
        "volunteers help claim compulsory motor insurance, and the fund speaks for members to the platforms on pay "
        "and safety.",
        indicator=Indicator("ไรเดอร์ที่มีหลักประกัน", "Riders covered", "คน (riders)", (300, 8000), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="single-mothers-sewing",
        area=AREA,
        also=("tourism-culture",),
        core_th="แม่เลี้ยงเดี่ยวเย็บผ้า",
        core_en="Single Mothers' Sewing",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="งานตัดเย็บที่แม่เลี้ยงเดี่ยวทำที่บ้านได้ระหว่างเลี้ยงลูก รับออร์เดอร์ยูนิฟอร์มและถุงผ้าจากบริษัท ค่าแรงจ่ายทุกสัปดาห์",
        summary_en="",
        problem_th="แม่เลี้ยงเดี่ยวออกไปทำงานโรงงานไม่ได้เพราะไม่มีคนดูแลลูกเล็ก ต้องรับจ้างรายวันที่ไม่แน่นอน บางเดือนไม่มีเงินซื้อนมลูก",
        problem_en="",
        how_th="กลุ่มให้ยืมจักรเย็บผ้า ส่งผ้าที่ตัดแล้วไปถึงบ้าน และรับงานเย็บกลับในวันที่กำหนด ช่างหัวหน้ากลุ่มตรวจคุณภาพ "
        "มีห้องเลี้ยงเด็กที่ศูนย์ให้แม่ที่อยากมาทำงานร่วมกัน และสอนการทำบัญชีครัวเรือน",
        how_en="",
        indicator=Indicator(
            "แม่เลี้ยงเดี่ยวที่มีรายได้ประจำ", "Single mothers with steady income", "คน (mothers)", (15, 200), 0.4
        ),
    ),
    Concept(
        key="second-chance-car-wash",
        area=AREA,
        also=("public-sector-education",),
        core_th="งานใหม่หลังพ้นโทษ",
        core_en="Second Chance Jobs",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="ร้านคาร์แคร์และร้านกาแฟที่จ้างคนพ้นโทษเป็นงานแรก พร้อมพี่เลี้ยงช่วยหาที่พัก เปิดบัญชี และกลับไปคุยกับครอบครัว",
        summary_en="A car-care shop and café that give people leaving prison their first job, with mentors who help "
        "them find a room, open a bank account and reconnect with family.",
        problem_th="คนพ้นโทษไม่มีใครรับเข้าทำงานเพราะมีประวัติ ไม่มีเงินเช่าห้อง ภายในปีแรกจำนวนมากกลับไปทำผิดซ้ำ",
        problem_en="Nobody will hire people with a record; they have no money for a room, and many reoffend within "
        "the first year.",
        how_th="ทีมเข้าไปสอนอาชีพในเรือนจำหกเดือนก่อนพ้นโทษ คนที่ผ่านการฝึกได้งานที่ร้านทันทีที่ออกมา "
        "ทำงานหนึ่งปีแล้วได้จดหมายรับรองไปสมัครงานกับบริษัทพันธมิตร อัตราการกระทำผิดซ้ำติดตามร่วมกับกรมราชทัณฑ์",
        how_en="We teach trades inside prison six months before release; graduates start work at the shop the day "
        "they get out, and after a year get a reference for partner employers. Reoffending is tracked with the "
        "Department of Corrections.",
        indicator=Indicator(
            "คนพ้นโทษที่มีงานทำครบหนึ่งปี", "Former prisoners in work for a year", "คน (people)", (10, 150), 0.4
        ),
        provinces=CITIES,
        urban=True,
    ),
    Concept(
        key="homeless-day-jobs",
        area=AREA,
        also=("urbanisation", "health"),
        core_th="งานรายวันคนไร้บ้าน",
        core_en="Homeless Day Jobs",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="จ้างคนไร้บ้านทำงานรายวัน เช่น ทำความสะอาดสวนสาธารณะและคัดแยกขยะ จ่ายเงินสดทุกเย็น "
        "แล้วพาต่อไปทำบัตรประชาชนและหาห้องเช่าราคาถูก",
        summary_en="Day jobs for homeless people, such as cleaning parks and sorting recycling, paid in cash every "
        "evening, leading on to a new ID card and a cheap room to rent.",
        problem_th="คนไร้บ้านในเมืองใหญ่ไม่มีบัตรประชาชน เลยทำงานที่มีสัญญาจ้างไม่ได้ เปิดบัญชีไม่ได้ เช่าห้องไม่ได้ วนอยู่ข้างถนนหลายปี",
        problem_en="Homeless people in big cities have lost their ID cards, so they can't get contracted work, open a "
        "bank account or rent a room, and stay on the street for years.",
        how_th="งานรายวันเริ่มได้เลยโดยไม่ต้องมีเอกสาร เงินส่วนหนึ่งออมไว้เป็นค่ามัดจำห้อง ทีมสังคมสงเคราะห์พาไปทำบัตรที่อำเภอ "
        "และประสานบ้านพักเปลี่ยนผ่านของรัฐ เมื่อมีห้องแล้วยังติดตามต่ออีกหกเดือน",
        how_en="Day work starts without papers; part of each day's pay is saved toward a deposit. Social workers help "
        "re-issue ID at the district office and link people to state transitional housing, following up for six "
        "months after they move in.",
        indicator=Indicator("คนไร้บ้านที่มีที่พักถาวร", "Homeless people now housed", "คน (people)", (10, 200), 0.4),
        provinces=("BKK", "CMI", "KKN", "NMA", "CBI"),
        urban=True,
    ),
    Concept(
        key="vendor-credit-score",
        area=AREA,
        also=("urbanisation",),
        core_th="เครดิตแม่ค้าจากยอดขาย",
        core_en="Street Vendor Credit",
        forms=COMPANY,
        brands=(("เครดิตตลาด", "MarketCredit"), ("ยอดขายค้ำ", "SalesScore")),
        summary_th="ใช้ยอดรับเงินผ่านคิวอาร์โค้ดของแม่ค้าแผงลอยสร้างประวัติเครดิต ให้กู้ธนาคารได้ในดอกเบี้ยปกติแทนเงินกู้รายวัน",
        summary_en="Turns street vendors' QR payment records into a credit history so they can borrow from banks at "
        "normal rates instead of from daily lenders.",
        problem_th="แม่ค้าขายดีทุกวันแต่ไม่มีสลิปเงินเดือนหรือหลักทรัพย์ ธนาคารไม่ปล่อยกู้ สุดท้ายต้องกู้หมวกกันน็อกดอกร้อยละยี่สิบ",
        problem_en="Vendors sell well every day but have no payslip or collateral, so banks won't lend and they end "
        "up with daily lenders charging twenty percent.",
        how_th="แม่ค้ายินยอมให้ระบบอ่านข้อมูลยอดขายผ่านคิวอาร์ย้อนหลังหกเดือน คำนวณคะแนนความสม่ำเสมอของรายได้ "
        "ส่งให้ธนาคารพันธมิตรพิจารณาสินเชื่อรายย่อย ผ่อนรายวันตามยอดขายจริง ไม่มีค่าธรรมเนียมแอบแฝง",
        how_en="With the vendor's consent the system reads six months of QR takings, scores how steady the income is, "
        "and passes it to partner banks for micro-loans repaid daily in line with real sales, with no hidden fees.",
        indicator=Indicator("แม่ค้าที่ได้สินเชื่อในระบบ", "Vendors with formal credit", "ราย (vendors)", (200, 6000), 0.6),
        provinces=CITIES,
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="transgender-jobs",
        area=AREA,
        also=(),
        core_th="งานเท่าเทียมสำหรับคนข้ามเพศ",
        core_en="Trans Inclusive Jobs",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="",
        summary_en="Job matching and workplace training so transgender people are hired for their skills, and "
        "employers know how to make the workplace safe.",
        problem_th="",
        problem_en="Trans people with degrees are turned down at interview once the employer sees the name on their "
        "ID card; many end up in informal work with no social security.",
        how_th="",
        how_en="Candidates get CV coaching and interview practice; partner employers sign a pledge, train managers "
        "and review dress codes, toilets and name use in HR systems. We follow each placement for a year and publish "
        "which employers keep their promises.",
        indicator=Indicator(
            "คนข้ามเพศที่ได้งานประจำ", "Trans people placed in regular jobs", "คน (people)", (20, 300), 0.5
        ),
        provinces=CITIES,
        urban=True,
        youth_share=0.45,
    ),
    Concept(
        key="informal-workers-social-security",
        area=AREA,
        also=(),
        core_th="แรงงานนอกระบบมีหลักประกัน",
        core_en="Informal Worker Cover",
        forms=("unregistered_group", "foundation"),
        summary_th="ผู้นำกลุ่มอาชีพช่วยคนขับวินมอเตอร์ไซค์ แม่ค้า และคนรับจ้างทำงานบ้าน สมัครประกันสังคมมาตรา 40 และจ่ายเงินสมทบต่อเนื่อง",
        summary_en="",
        problem_th="แรงงานนอกระบบส่วนใหญ่ไม่รู้ว่าจ่ายเดือนละไม่กี่สิบบาทก็มีเงินชดเชยเวลาป่วยและเงินบำเหน็จตอนแก่ "
        "หรือสมัครแล้วขาดส่งจนสิทธิ์หาย",
        problem_en="",
        how_th="อาสาสมัครในแต่ละกลุ่มอาชีพเดินไปหาถึงแผงและวิน ช่วยสมัครผ่านมือถือ ตั้งการหักเงินอัตโนมัติ และเตือนเมื่อใกล้ขาดส่ง "
        "เวลามีคนเจ็บป่วยก็ช่วยยื่นเบิกเงินทดแทน",
        how_en="",
        indicator=Indicator(
            "แรงงานนอกระบบที่ส่งเงินสมทบต่อเนื่อง", "Informal workers contributing", "คน (workers)", (200, 5000), 0.5
        ),
    ),
    Concept(
        key="elderly-day-centre",
        area=AREA,
        also=("health",),
        core_th="ศูนย์ดูแลผู้สูงวัยกลางวัน",
        core_en="Elder Day Centre",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ศูนย์ดูแลผู้สูงวัยแบบไปเช้าเย็นกลับ มีรถรับส่ง อาหารกลางวัน กายภาพบำบัด และกิจกรรมฝึกสมอง "
        "ให้ลูกหลานออกไปทำงานได้อย่างสบายใจ",
        summary_en="A day centre for older people with transport, lunch, physiotherapy and brain-training activities, "
        "so their children can go to work with peace of mind.",
        problem_th="ลูกต้องลาออกจากงานเพื่อมาดูแลพ่อแม่ที่เริ่มหลงลืมหรือเดินไม่คล่อง ทิ้งไว้บ้านคนเดียวก็กลัวล้ม รายได้ครอบครัวหายไปครึ่งหนึ่ง",
        problem_en="Children quit their jobs to look after parents who are becoming forgetful or unsteady, because "
        "leaving them alone at home risks a fall, and the family loses half its income.",
        how_th="ค่าบริการวันละสองร้อยบาท ครอบครัวรายได้น้อยใช้สิทธิ์จากกองทุนดูแลระยะยาวของ สปสช. ผ่านเทศบาล "
        "นักกายภาพจากโรงพยาบาลชุมชนมาสัปดาห์ละสองวัน และพนักงานส่วนใหญ่เป็นคนในชุมชนที่ผ่านการอบรม",
        how_en="A day costs 200 baht; low-income families use long-term care funding through the municipality. A "
        "physiotherapist from the community hospital comes twice a week and most staff are trained local people.",
        indicator=Indicator("ผู้สูงวัยที่มาศูนย์ประจำ", "Regular day-centre members", "คน (people)", (20, 200), 0.4),
    ),
    Concept(
        key="care-leavers-housing",
        area=AREA,
        also=("urbanisation", "public-sector-education"),
        core_th="บ้านเปลี่ยนผ่านเยาวชนจากสถานสงเคราะห์",
        core_en="Care Leavers' Homes",
        forms=("foundation",),
        summary_th="บ้านพักเปลี่ยนผ่านและพี่เลี้ยงสำหรับเยาวชนที่ต้องออกจากสถานสงเคราะห์เมื่ออายุครบสิบแปด ให้มีที่อยู่ เรียนต่อ และมีงานทำ",
        summary_en="Transitional homes and mentors for young people who must leave children's homes at eighteen, so "
        "they have somewhere to live, keep studying and find work.",
        problem_th="เด็กในสถานสงเคราะห์ต้องออกมาใช้ชีวิตเองทันทีที่อายุสิบแปด ไม่มีครอบครัว ไม่มีเงินเก็บ หลายคนถูกหลอกไปทำงานผิดกฎหมาย",
        problem_en="Children in state care must leave at eighteen with no family and no savings; many are lured into "
        "illegal work.",
        how_th="เยาวชนอยู่บ้านพักได้สองปี จ่ายค่าเช่าต่ำกว่าตลาดเพื่อฝึกความรับผิดชอบ พี่เลี้ยงช่วยเรื่องทุนเรียน บัญชีธนาคาร และสมัครงาน "
        "ค่าเช่าที่จ่ายสะสมคืนให้เป็นเงินก้อนตอนย้ายออก",
        how_en="Young people stay up to two years at below-market rent to practise responsibility, with mentors for "
        "scholarships, bank accounts and job applications; the rent they paid is returned as a lump sum when they "
        "move out.",
        indicator=Indicator(
            "เยาวชนที่ย้ายออกไปอยู่เองได้", "Young people living independently", "คน (young people)", (5, 80), 0.4
        ),
        provinces=("BKK", "NBI", "CMI", "KKN", "SKA", "NMA"),
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="domestic-violence-safe-house",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="บ้านพักปลอดภัยผู้หญิงถูกกระทำ",
        core_en="Women's Safe House",
        forms=("foundation",),
        summary_th="บ้านพักฉุกเฉินและสายด่วนสำหรับผู้หญิงและเด็กที่ถูกทำร้ายในครอบครัว พร้อมนักกฎหมาย นักจิตวิทยา และการฝึกอาชีพให้ตั้งตัวได้",
        summary_en="An emergency shelter and hotline for women and children facing domestic violence, with lawyers, "
        "counsellors and job training so they can stand on their own.",
        problem_th="ผู้หญิงหลายคนถูกสามีทำร้ายซ้ำ ๆ แต่ไม่กล้าออกจากบ้านเพราะไม่มีที่ไปและไม่มีรายได้ของตัวเอง คนรอบข้างมองว่าเป็นเรื่องผัวเมีย",
        problem_en="Many women are beaten again and again but dare not leave because they have nowhere to go and no "
        "income of their own, and neighbours see it as a private matter between husband and wife.",
        how_th="สายด่วนเปิดยี่สิบสี่ชั่วโมง บ้านพักรับได้ทันทีโดยไม่ต้องแจ้งความก่อน ผู้หญิงอยู่ได้สามเดือน ลูกได้ไปโรงเรียนต่อ "
        "ทีมช่วยขอคำสั่งคุ้มครองจากศาล และฝึกอาชีพพร้อมทุนตั้งต้นเมื่อย้ายออก",
        how_en="The hotline runs 24 hours and the shelter takes women immediately without a police report first. They "
        "can stay three months while the children keep going to school; the team helps obtain protection orders and "
        "provides job training and a start-up grant on leaving.",
        indicator=Indicator("ผู้หญิงและเด็กที่ได้รับความคุ้มครอง", "Women and children protected", "คน (people)", (40, 600), 0.3),
    ),
    Concept(
        key="video-relay-deaf",
        area=AREA,
        also=("public-sector-education", "health"),
        core_th="ล่ามภาษามือทางวิดีโอ",
        core_en="Video Sign Interpreting",
        forms=("social_enterprise_osep",),
        summary_th="ล่ามภาษามือผ่านวิดีโอคอลที่คนหูหนวกเรียกใช้ได้ทันที ตอนไปหาหมอ ติดต่อธนาคาร หรือสัมภาษณ์งาน",
        summary_en="On-demand video sign-language interpreting for deaf people at the doctor's, the bank or a job "
        "interview.",
        problem_th="คนหูหนวกไปโรงพยาบาลแล้วสื่อสารกับหมอไม่ได้ ต้องเขียนกระดาษคุยกัน ล่ามตัวจริงต้องจองล่วงหน้าหลายวันและมีไม่พอ",
        problem_en="Deaf patients cannot talk to the doctor and resort to writing notes; in-person interpreters must "
        "be booked days ahead and there are too few.",
        how_th="ล่ามที่ผ่านการรับรองประจำศูนย์ตั้งแต่เจ็ดโมงเช้าถึงสี่ทุ่ม โรงพยาบาลและหน่วยงานรัฐติดแท็บเล็ตไว้ที่จุดบริการ "
        "คนหูหนวกใช้ฟรีตามสิทธิ์ที่รัฐจ่ายให้ ส่วนบริษัทเอกชนจ่ายค่าบริการรายนาที",
        how_en="Certified interpreters staff the centre from 7 a.m. to 10 p.m.; hospitals and government offices keep "
        "a tablet at the counter. Deaf users pay nothing under state entitlements, while private companies pay by the "
        "minute.",
        indicator=Indicator("นาทีการแปลภาษามือ", "Minutes interpreted", "นาที (minutes)", (5000, 80000), 0.5),
    ),
    Concept(
        key="wheelchair-repair",
        area=AREA,
        also=("health",),
        core_th="อู่ซ่อมวีลแชร์โดยคนพิการ",
        core_en="Wheelchair Repair Shop",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="อู่ซ่อมรถเข็นและกายอุปกรณ์ที่ช่างเป็นคนพิการเอง ออกหน่วยซ่อมถึงบ้านในหมู่บ้าน",
        summary_en="",
        problem_th="รถเข็นคนพิการที่ได้มาฟรีพังภายในปีสองปี ยางแตก เบรกไม่อยู่ ต้องส่งซ่อมในเมืองไกลหลายสิบกิโล คนพิการเลยต้องนอนอยู่บ้าน",
        problem_en="",
        how_th="ช่างที่เป็นผู้พิการทางการเคลื่อนไหวได้ฝึกจากศูนย์สิรินธรฯ ออกหน่วยซ่อมตามตารางร่วมกับ รพ.สต. "
        "ค่าซ่อมเบิกจากกองทุนฟื้นฟูสมรรถภาพระดับจังหวัด และรับบริจาครถเข็นเก่ามาซ่อมส่งต่อ",
        how_en="",
        indicator=Indicator("รถเข็นที่ซ่อมแล้วใช้งานได้", "Wheelchairs repaired", "คัน (wheelchairs)", (50, 800), 0.4),
    ),
    Concept(
        key="neet-youth-bootcamp",
        area=AREA,
        also=("public-sector-education",),
        core_th="วัยรุ่นว่างงานได้ไปต่อ",
        core_en="First Job Bootcamp",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="ค่ายสามสัปดาห์สำหรับวัยรุ่นที่ไม่ได้เรียนและไม่ได้ทำงาน ฝึกทักษะการทำงานจริงแล้วส่งต่อเข้างานแรกกับนายจ้างในจังหวัด",
        summary_en="A three-week bootcamp for young people who are neither studying nor working, practising real work "
        "skills and then placed in a first job with local employers.",
        problem_th="วัยรุ่นจบ ม.6 หรือออกกลางคันแล้วอยู่บ้านเฉย ๆ สมัครงานไม่ผ่านเพราะไม่เคยทำงานมาก่อน พ่อแม่ก็ไม่รู้จะช่วยอย่างไร",
        problem_en="Teenagers who finished or dropped out of school stay at home, fail every application for lack of "
        "experience, and their parents don't know how to help.",
        how_th="ค่ายจำลองการทำงานจริงในร้านค้า โรงแรม และศูนย์บริการรถยนต์ ฝึกเรื่องการตรงเวลา การสื่อสาร และการแก้ปัญหา "
        "นายจ้างที่ร่วมโครงการรับเข้าทดลองงานสามเดือน พี่เลี้ยงโทรติดตามทุกสัปดาห์",
        how_en="The bootcamp simulates real work in shops, hotels and car service centres, covering punctuality, "
        "communication and problem-solving. Partner employers take participants on a three-month trial with weekly "
        "calls from a mentor.",
        indicator=Indicator("เยาวชนที่ได้งานแรก", "Young people in a first job", "คน (young people)", (30, 500), 0.5),
        provinces=ISAN,
        youth_share=0.6,
    ),
    Concept(
        key="fair-trade-crafts-online",
        area=AREA,
        also=("tourism-culture",),
        core_th="ตลาดออนไลน์งานฝีมือชุมชน",
        core_en="Village Crafts Online",
        forms=COMPANY,
        brands=(("มือบ้าน", "MuBaan"), ("หัตถาออนไลน์", "HattaCraft")),
        summary_th="ร้านออนไลน์ที่ถ่ายรูป เขียนเรื่องราว และส่งพัสดุแทนช่างฝีมือในหมู่บ้าน ช่างได้ราคาที่ตั้งเองและรู้ว่าขายได้เท่าไร",
        summary_en="An online shop that photographs, writes up and ships for village artisans, who set their own "
        "price and see exactly what they earn.",
        problem_th="ช่างจักสานและช่างทอขายผ่านพ่อค้าคนกลางได้ราคาแค่หนึ่งในห้าของราคาที่ลูกค้าในเมืองจ่าย "
        "ขายออนไลน์เองก็ไม่มีเวลาและถ่ายรูปไม่เป็น",
        problem_en="Weavers and basket makers get a fifth of what city customers pay when they sell through traders, "
        "and have neither the time nor the photo skills to sell online themselves.",
        how_th="ทีมลงพื้นที่ถ่ายรูปและสัมภาษณ์ช่าง สินค้าเก็บในคลังกลางประจำภาค ช่างได้เงินทันทีที่ขายได้ผ่านพร้อมเพย์ และเห็นยอดขายย้อนหลังในแอป "
        "กิจการคิดค่าธรรมเนียมคงที่ร้อยละยี่สิบที่ทุกคนรู้",
        how_en="The team visits to photograph and interview makers; stock sits in a regional warehouse, makers are "
        "paid by PromptPay the moment an item sells and see their sales history in the app, and the fee is a flat, "
        "published twenty percent.",
        indicator=Indicator("รายได้ที่ส่งถึงช่างฝีมือ", "Income paid to artisans", "บาท (baht)", (300000, 5000000), 0.5),
        youth_share=0.4,
    ),
    Concept(
        key="garment-workers-reskilling",
        area=AREA,
        also=("public-sector-education",),
        core_th="พนักงานโรงงานเรียนอาชีพใหม่",
        core_en="Factory Worker Reskilling",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="หลักสูตรภาคค่ำและวันอาทิตย์ ให้คนงานโรงงานตัดเย็บและอิเล็กทรอนิกส์ที่เสี่ยงตกงานเพราะหุ่นยนต์ เรียนทักษะใหม่ก่อนถูกเลิกจ้าง",
        summary_en="Evening and Sunday courses so garment and electronics workers at risk of losing jobs to "
        "automation learn new skills before the layoffs come.",
        problem_th="โรงงานย้ายฐานการผลิตและเปลี่ยนมาใช้เครื่องจักร คนงานอายุสี่สิบกว่าที่ทำงานเดิมมายี่สิบปีถูกเลิกจ้างพร้อมกันหลายร้อยคน",
        problem_en="Factories relocate or automate, and hundreds of workers in their forties who have done the same "
        "job for twenty years are laid off at once.",
        how_th="สหภาพแรงงานและกิจการสำรวจว่าคนงานอยากทำอะไรต่อ เปิดหลักสูตรช่างซ่อมบำรุง ผู้ดูแลผู้สูงอายุ และขายของออนไลน์ "
        "เงินเดือนสุดท้ายและเงินชดเชยถูกวางแผนร่วมกับที่ปรึกษาการเงินอาสา ไม่ให้หมดไปกับหนี้",
        how_en="The union and the enterprise ask workers what they want to do next and run courses in maintenance, "
        "elder care and online selling; volunteer advisers help plan the severance so it isn't swallowed by debt.",
        indicator=Indicator(
            "คนงานที่ได้งานใหม่ภายในหกเดือน", "Workers re-employed within six months", "คน (workers)", (30, 600), 0.4
        ),
        provinces=INDUSTRIAL,
    ),
    Concept(
        key="fisherfolk-savings-women",
        area=AREA,
        also=("environmental-conservation",),
        core_th="กลุ่มออมทรัพย์แม่บ้านประมง",
        core_en="Fisherwomen's Savings",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="กลุ่มออมทรัพย์ของภรรยาชาวประมงที่ให้กู้ซื้อเครื่องมือประมงและซ่อมเรือ ไม่ต้องพึ่งเถ้าแก่แพปลาที่ผูกให้ขายปลาราคาต่ำ",
        summary_en="",
        problem_th="ชาวประมงกู้เงินเถ้าแก่แพปลามาซ่อมเรือ แลกกับต้องขายปลาให้เถ้าแก่คนเดียวในราคาที่เขากำหนด หนี้ไม่เคยหมดสักที",
        problem_en="",
        how_th="สมาชิกออมเดือนละหนึ่งร้อยบาทขึ้นไป กู้ได้ห้าเท่าของเงินออมโดยมีเพื่อนสมาชิกค้ำ ดอกเบี้ยที่ได้ปันผลคืนและจัดสวัสดิการคลอดบุตร "
        "ผู้หญิงในกลุ่มขึ้นมาเป็นกรรมการหมู่บ้านมากขึ้น",
        how_en="",
        indicator=Indicator("เงินออมของกลุ่ม", "Group savings", "บาท (baht)", (100000, 2000000), 0.4),
        provinces=("PTN", "NWT", "SKA", "STN", "TRG", "CPN", "PKN"),
    ),
    Concept(
        key="halal-home-kitchens",
        area=AREA,
        also=("food-water-energy",),
        core_th="ครัวฮาลาลแม่บ้านมุสลิม",
        core_en="Halal Home Kitchens",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="ครัวกลางที่ได้มาตรฐานฮาลาลและ อย. ให้ผู้หญิงที่สามีเสียชีวิตจากเหตุความไม่สงบ ผลิตขนมพื้นเมืองส่งร้านค้าทั่วประเทศ",
        summary_en="A shared kitchen with halal and FDA certification where women widowed by the southern conflict "
        "make local snacks for shops across the country.",
        problem_th="หญิงหม้ายในพื้นที่ชายแดนใต้ต้องเลี้ยงลูกคนเดียว ทำขนมขายหน้าบ้านได้วันละไม่กี่สิบบาท ขายนอกพื้นที่ไม่ได้เพราะไม่มีมาตรฐาน",
        problem_en="Widows in the southern border provinces raise children alone and earn a few dozen baht a day "
        "selling snacks at home, unable to sell further afield without certification.",
        how_th="ครัวกลางลงทุนโดยทุนและเงินบริจาค ผู้หญิงเข้ามาผลิตตามรอบ ได้ค่าแรงและปันผลตามหุ้น บรรจุภัณฑ์ออกแบบร่วมกับนักศึกษา "
        "ขายผ่านร้านของฝาก สนามบิน และออนไลน์",
        how_en="The kitchen was built with grants and donations; women produce in shifts and earn wages plus share "
        "dividends. Students helped design the packaging, and products sell in souvenir shops, airports and online.",
        indicator=Indicator(
            "รายได้เฉลี่ยต่อสมาชิก", "Average income per member", "บาท/เดือน (baht/month)", (2000, 7000), 0.3
        ),
        provinces=DEEP_SOUTH,
    ),
    Concept(
        key="funeral-and-crisis-fund",
        area=AREA,
        also=(),
        core_th="สวัสดิการวันละบาท",
        core_en="One Baht a Day Welfare",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="กองทุนสวัสดิการชุมชนที่สมาชิกออมวันละหนึ่งบาท ดูแลกันตั้งแต่เกิดจนตาย ทั้งค่าคลอด ค่านอนโรงพยาบาล และค่าทำศพ",
        summary_en="",
        problem_th="เวลามีคนเจ็บป่วยหนักหรือเสียชีวิต ครอบครัวยากจนต้องกู้เงินนอกระบบมาจัดงานศพและจ่ายค่าเดินทางไปโรงพยาบาล",
        problem_en="",
        how_th="สมาชิกจ่ายปีละสามร้อยหกสิบห้าบาท เทศบาลและรัฐสมทบตามระเบียบกองทุนสวัสดิการชุมชน "
        "คณะกรรมการจ่ายเงินภายในสามวันหลังยื่นเรื่อง บัญชีรายรับรายจ่ายติดประกาศที่ศาลาทุกเดือน",
        how_en="",
        indicator=Indicator("สมาชิกกองทุนสวัสดิการ", "Welfare fund members", "คน (members)", (300, 4000), 0.2),
    ),
    Concept(
        key="domestic-workers-fair-hire",
        area=AREA,
        also=("urbanisation",),
        core_th="จ้างแม่บ้านอย่างเป็นธรรม",
        core_en="Fair Home Help",
        forms=COMPANY,
        brands=(("บ้านแฟร์", "FairHome"),),
        summary_th="",
        summary_en="A booking platform for cleaners and home helpers that sets minimum pay, insurance and days off, "
        "with contracts in Thai, Burmese and Khmer.",
        problem_th="",
        problem_en="Domestic workers, many of them migrants, often work seven days a week without a contract, are "
        "paid late and have no one to turn to if an employer mistreats them.",
        how_th="",
        how_en="Households book by the hour or month through the app; pay goes to the worker on a fixed day, with "
        "accident insurance and a paid day off built into the price. Workers rate employers too, and a helpline in "
        "their language handles disputes.",
        indicator=Indicator("แม่บ้านที่มีสัญญาจ้าง", "Domestic workers on contracts", "คน (workers)", (100, 2500), 0.5),
        provinces=BANGKOK_METRO,
        urban=True,
    ),
    Concept(
        key="deaf-baristas",
        area=AREA,
        also=("tourism-culture",),
        core_th="ร้านกาแฟพนักงานหูหนวก",
        core_en="Silent Café",
        forms=("social_enterprise_osep", "company"),
        brands=(("มือคุย", "HandTalk Café"),),
        summary_th="ร้านกาแฟที่บาริสต้าทุกคนเป็นคนหูหนวก ลูกค้าสั่งด้วยภาษามือง่าย ๆ จากเมนูภาพ และร้านเป็นที่ฝึกงานก่อนส่งต่อไปร้านอื่น",
        summary_en="A café where every barista is deaf: customers order with simple signs from a picture menu, and "
        "the café trains staff before they move on to other shops.",
        problem_th="คนหูหนวกจบ ปวช. แล้วสมัครงานบริการไม่ผ่านเพราะนายจ้างกลัวสื่อสารกับลูกค้าไม่ได้ ส่วนใหญ่ได้งานแพ็กของในโกดังค่าแรงต่ำ",
        problem_en="Deaf people with vocational certificates are rejected for service jobs because employers fear "
        "they can't talk to customers, and most end up packing boxes in warehouses for low pay.",
        how_th="หลักสูตรบาริสต้าหกเดือนสอนโดยครูหูหนวก ลูกค้าได้เรียนภาษามือคำใหม่ทุกครั้งที่สั่ง "
        "ร้านเครือข่ายที่รับพนักงานต่อได้คู่มือการทำงานร่วมกับคนหูหนวก",
        how_en="A six-month barista course is taught by deaf trainers; customers learn a new sign with every order, "
        "and partner cafés that hire graduates get a guide to working with deaf colleagues.",
        indicator=Indicator("บาริสต้าหูหนวกที่ได้งาน", "Deaf baristas employed", "คน (people)", (5, 80), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="cross-border-remittance",
        area=AREA,
        also=(),
        core_th="โอนเงินกลับบ้านค่าธรรมเนียมต่ำ",
        core_en="Low-Cost Remittances",
        forms=COMPANY,
        brands=(("ส่งถึงบ้าน", "SendHome"),),
        summary_th="",
        summary_en="A licensed app that lets migrant workers in Thailand send money home to Myanmar, Cambodia and "
        "Laos for a small flat fee, instead of through informal agents.",
        problem_th="",
        problem_en="Migrant workers send money home through informal agents who take up to a tenth in fees and poor "
        "exchange rates; money sometimes goes missing and there is no receipt.",
        how_th="",
        how_en="Workers register with their work permit and pay in cash at convenience stores or by transfer; "
        "families collect at partner agents or mobile wallets across the border. Every transfer has a receipt in the "
        "sender's language, and a savings pot helps workers put money aside before it is sent.",
        indicator=Indicator("ค่าธรรมเนียมที่แรงงานประหยัดได้", "Fees saved by workers", "บาท (baht)", (100000, 3000000), 0.6),
        provinces=("SKN", "TAK", "BKK", "CBI", "RNG", "PTE"),
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="village-bank-accounts-women",
        area=AREA,
        also=(),
        core_th="ธนาคารหมู่บ้านของผู้หญิง",
        core_en="Women's Village Bank",
        forms=("community_enterprise", "cooperative"),
        summary_th="สถาบันการเงินชุมชนที่ผู้หญิงเป็นกรรมการส่วนใหญ่ ให้กู้ทำอาชีพเล็ก ๆ เช่น เลี้ยงไก่ ขายขนม และเย็บผ้า โดยไม่ต้องมีหลักทรัพย์",
        summary_en="",
        problem_th="ผู้หญิงในชนบทไม่มีชื่อในโฉนดที่ดิน เวลาอยากกู้เงินทำอาชีพต้องให้สามีเป็นคนกู้ หลายคนไม่เคยมีบัญชีธนาคารของตัวเอง",
        problem_en="",
        how_th="สมาชิกกู้เป็นกลุ่มห้าคนค้ำกันเอง เริ่มจากสามพันบาทแล้วเพิ่มวงเงินตามประวัติการชำระ คณะกรรมการอบรมการทำบัญชีอาชีพ "
        "และเชื่อมสมาชิกที่พร้อมไปเปิดบัญชีและกู้กับ ธ.ก.ส.",
        how_en="",
        indicator=Indicator("ผู้หญิงที่ได้สินเชื่อทำอาชีพ", "Women with business loans", "คน (women)", (50, 800), 0.4),
        provinces=(*ISAN, *BORDER),
    ),
)
