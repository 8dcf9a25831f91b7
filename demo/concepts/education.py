"""Demo ventures of area 3, public sector and education: schools, children, public services, rights."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, BORDER, CITIES, DEEP_SOUTH, HIGHLAND, INDUSTRIAL, ISAN

AREA = "public-sector-education"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="youth-coding-school",
        area=AREA,
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
        area=AREA,
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
        "open data, maps where roads, water works and childcare centres are, and lets residents report problems with "
        "photos that officials must answer within a set time.",
        indicator=Indicator(
            "ท้องถิ่นที่เปิดข้อมูลงบประมาณ", "Local governments publishing budgets", "แห่ง (municipalities)", (3, 25), 0.7
        ),
        youth_share=0.3,
    ),
    Concept(
        key="mobile-library",
        area=AREA,
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
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="จุดบริการภาครัฐดิจิทัล",
        core_en="Digital Service Point",
        forms=("social_enterprise_osep", "community_enterprise", "company"),
        brands=(("ใกล้บ้านบริการ", "KlaiBaan Service"), ("อีตำบล", "eTambon")),
        summary_th="จุดบริการในร้านค้าชุมชนที่ช่วยชาวบ้านยื่นคำขอบริการภาครัฐออนไลน์ เช่น เบี้ยยังชีพและสิทธิการรักษาพยาบาล "
        "โดยไม่ต้องเดินทางเข้าเมือง",
        summary_en="Help desks in village shops that assist residents with online public services such as allowances "
        "and health-care rights, without travelling to town.",
        problem_th="ผู้สูงอายุและผู้ที่ไม่คุ้นเคยกับสมาร์ตโฟนเสียค่าเดินทางและเสียวันทำงานเพื่อติดต่อราชการ และพลาดสิทธิที่ควรได้รับ",
        problem_en="Older and less digitally confident people lose fares and working days to reach government "
        "offices, and miss benefits they are entitled to.",
        how_th="เจ้าของร้านค้าที่ผ่านการอบรมให้บริการด้วยแท็บเล็ต ใช้รายการตรวจสอบเอกสารที่ออกแบบร่วมกับหน่วยงานราชการ "
        "และได้ค่าบริการต่อรายการจากงบของท้องถิ่น ข้อมูลส่วนบุคคลได้รับการคุ้มครองตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล",
        how_en="Trained shopkeepers serve with a tablet and checklists designed with the agencies, earning a per-case "
        "fee from the local budget; personal data is handled under the PDPA.",
        indicator=Indicator("คำขอที่ยื่นสำเร็จ", "Applications completed", "รายการ (applications)", (200, 2500), 0.5),
    ),
    Concept(
        key="after-school-club",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="บ้านเรียนหลังเลิกเรียน",
        core_en="After-School Club",
        forms=("foundation", "social_enterprise_osep", "unregistered_group"),
        summary_th="พื้นที่ปลอดภัยหลังเลิกเรียนถึงหนึ่งทุ่มสำหรับลูกของพนักงานโรงงาน มีครูพี่เลี้ยงช่วยทำการบ้าน อาหารว่าง และกิจกรรมกีฬา",
        summary_en="A safe place from the end of school until 7 p.m. for factory workers' children, with tutors for "
        "homework, a snack and sport.",
        problem_th="โรงเรียนเลิกบ่ายสามโมงครึ่ง แต่พ่อแม่ที่ทำงานโรงงานเลิกงานหกโมงเย็นหรือเข้ากะดึก เด็กต้องกลับบ้านไปอยู่คนเดียว "
        "เล่นโทรศัพท์ หรือไปเถลไถลตามร้านเกม",
        problem_en="School ends at 3.30 but parents on factory shifts finish at six or work nights, so children go "
        "home to an empty room, spend hours on their phones or hang around game shops.",
        how_th="ศูนย์ตั้งในห้องประชุมหมู่บ้านและศาลาวัด ใกล้โรงเรียนพอให้เด็กเดินมาเองได้ ผู้ปกครองจ่ายเดือนละสามร้อยบาท "
        "ส่วนที่เหลือบริษัทในนิคมสนับสนุนเป็นสวัสดิการพนักงาน ครูพี่เลี้ยงเป็นนักศึกษาครูที่ได้ค่าตอบแทนรายชั่วโมง",
        how_en="Centres run in village halls and temple pavilions within walking distance of the school. Parents pay "
        "300 baht a month and companies in the estate cover the rest as a staff benefit; tutors are paid student "
        "teachers.",
        indicator=Indicator(
            "เด็กที่มีที่ปลอดภัยหลังเลิกเรียน", "Children with safe after-school care", "คน (children)", (40, 600), 0.4
        ),
        provinces=INDUSTRIAL,
        youth_share=0.3,
    ),
    Concept(
        key="skipped-generation-families",
        area=AREA,
        also=("finance-employment-welfare", "health"),
        core_th="ตายายเลี้ยงหลาน",
        core_en="Grandparent Carers",
        forms=("foundation", "unregistered_group"),
        summary_th="ช่วยตายายที่เลี้ยงหลานแทนพ่อแม่ซึ่งไปทำงานต่างจังหวัด ทั้งกลุ่มเล่านิทาน คู่มือการเลี้ยงเด็กยุคมือถือ และวิดีโอคอลกับพ่อแม่ทุกสัปดาห์",
        summary_en="Supports grandparents raising grandchildren while the parents work in other provinces: story-time "
        "groups, a guide to parenting in the smartphone age and weekly video calls with mum and dad.",
        problem_th="เด็กในหมู่บ้านเกือบครึ่งอยู่กับปู่ย่าตายายเพราะพ่อแม่ไปทำงานกรุงเทพฯ คนเฒ่าคนแก่สอนการบ้านไม่ได้ "
        "ห้ามลูกหลานเล่นโทรศัพท์ก็ไม่ฟัง เด็กพูดช้าและเรียนไม่ทันเพื่อน",
        problem_en="Almost half the children in the village live with grandparents because their parents work in "
        "Bangkok. The old folks cannot help with homework or keep the kids off their phones, and children start "
        "talking late and fall behind.",
        how_th="อาสาสมัครนัดตายายและหลานมาเล่านิทานที่ศาลาทุกเย็นวันพุธ ยืมหนังสือภาพกลับบ้าน ครูศูนย์เด็กเล็กสอนเกมง่าย ๆ ที่ฝึกภาษา "
        "และช่วยนัดวิดีโอคอลให้พ่อแม่ได้อ่านนิทานให้ลูกฟังจากที่ทำงาน",
        how_en="Volunteers bring grandparents and grandchildren together for stories at the village pavilion every "
        "Wednesday evening with picture books to borrow; preschool teachers teach simple language games, and "
        "volunteers set up video calls so parents can read to their children from work.",
        indicator=Indicator(
            "ครอบครัวข้ามรุ่นที่เข้าร่วม", "Grandparent families taking part", "ครอบครัว (families)", (30, 400), 0.4
        ),
        provinces=ISAN,
    ),
    Concept(
        key="second-chance-school",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="โรงเรียนโอกาสที่สอง",
        core_en="Second Chance School",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="พาเด็กที่หลุดออกจากโรงเรียนกลับมาเรียนจนจบ ม.3 หรือ ม.6 ผ่านหลักสูตรยืดหยุ่นที่นับชั่วโมงทำงานจริงเป็นหน่วยกิต",
        summary_en="Brings school drop-outs back to finish lower or upper secondary through a flexible course that "
        "counts real work hours as credits.",
        problem_th="เด็กออกกลางคันเพราะต้องช่วยพ่อแม่หาเงิน ตั้งครรภ์ หรือสอบตกซ้ำจนอาย พอไม่มีวุฒิ ม.3 ก็สมัครงานที่มีประกันสังคมไม่ได้",
        problem_en="Children drop out to help earn money, because of pregnancy, or after failing repeatedly, and "
        "without a lower-secondary certificate they cannot get a job with social security.",
        how_th="ทีมพี่เลี้ยงตามหาเด็กที่ออกกลางคันจากรายชื่อของเขตพื้นที่การศึกษา คุยกับครอบครัวถึงบ้าน เด็กเรียนกับ กศน. ตามจังหวะตัวเอง "
        "ร้านค้าและอู่ซ่อมรถในชุมชนรับฝึกงานแล้วประเมินทักษะร่วมกับครู",
        how_en="Mentors track down drop-outs from the education office's lists and visit their families. Young people "
        "study with the non-formal education office at their own pace, while local shops and garages take them as "
        "trainees and assess their skills with the teachers.",
        indicator=Indicator("เด็กที่กลับมาเรียนจนจบ", "Drop-outs who completed school", "คน (young people)", (20, 300), 0.4),
        youth_share=0.4,
    ),
    Concept(
        key="anti-bullying-peers",
        area=AREA,
        also=("health",),
        core_th="โรงเรียนไม่รังแกกัน",
        core_en="Bully-Free School",
        forms=("foundation", "unregistered_group", "social_enterprise_osep"),
        summary_th="ฝึกนักเรียนเป็นผู้ไกล่เกลี่ยรุ่นพี่ และมีช่องทางแจ้งเหตุการกลั่นแกล้งแบบไม่ต้องบอกชื่อ ให้ครูรู้ก่อนเรื่องจะบานปลาย",
        summary_en="Trains pupils as peer mediators and gives them an anonymous way to report bullying, so teachers "
        "hear about it before it escalates.",
        problem_th="เด็กถูกเพื่อนล้อเรื่องรูปร่าง สีผิว หรือฐานะ บางคนถูกแกล้งในกลุ่มแชต ไม่กล้าบอกครูเพราะกลัวโดนหนักกว่าเดิม "
        "จนไม่อยากมาโรงเรียน",
        problem_en="Children are teased about their bodies, skin colour or family's money, or harassed in group "
        "chats; they dare not tell a teacher for fear of worse, and end up not wanting to come to school.",
        how_th="นักเรียนที่เพื่อนเลือกได้อบรมการฟังและไกล่เกลี่ยสามวัน แบบฟอร์มแจ้งเหตุออนไลน์ส่งถึงครูแนะแนวโดยไม่เปิดเผยผู้แจ้ง "
        "ทุกเคสมีการติดตามภายในสามวัน และโรงเรียนสำรวจบรรยากาศในห้องเรียนปีละสองครั้ง",
        how_en="Pupils chosen by their classmates get three days' training in listening and mediation. An online form "
        "reaches the guidance teacher without naming the reporter, every case is followed up within three days, and "
        "the school surveys classroom climate twice a year.",
        indicator=Indicator(
            "นักเรียนที่รู้สึกปลอดภัยในโรงเรียน", "Pupils who feel safe at school", "เปอร์เซ็นต์ (percent)", (55, 75), 0.1
        ),
        youth_share=0.5,
    ),
    Concept(
        key="youth-football-drugs",
        area=AREA,
        also=("health",),
        core_th="ฟุตบอลชุมชนห่างไกลยาเสพติด",
        core_en="Street Football Club",
        forms=("unregistered_group", "foundation"),
        summary_th="ทีมฟุตบอลและดนตรีตอนเย็นสำหรับวัยรุ่นในชุมชนที่ยาเสพติดระบาด โค้ชหลายคนเคยติดยาและเลิกได้แล้ว",
        summary_en="Evening football and music teams for teenagers in neighbourhoods where drugs are everywhere, "
        "coached partly by former users who got clean.",
        problem_th="ยาบ้าหาซื้อง่ายและราคาถูกลงทุกปี วัยรุ่นในชุมชนไม่มีที่ไปหลังเลิกเรียน รุ่นพี่ชวนไปเสพแล้วเริ่มเดินยาให้",
        problem_en="Methamphetamine pills get cheaper and easier to find every year; teenagers have nowhere to go "
        "after school and older boys draw them into using and then dealing.",
        how_th="ฝึกซ้อมทุกเย็นที่สนามของโรงเรียนและลานวัด ใครมาซ้อมครบได้ข้าวเย็นและค่ารถไปแข่งต่างอำเภอ "
        "โค้ชคอยสังเกตเด็กที่เริ่มมีปัญหาและประสาน รพ.สต. เข้าบำบัดโดยไม่ส่งตำรวจ",
        how_en="Training runs every evening on the school pitch and temple yard; regular players get dinner and bus "
        "fare to away matches. Coaches watch for kids in trouble and refer them to the health centre for treatment "
        "rather than to the police.",
        indicator=Indicator(
            "เยาวชนที่ฝึกซ้อมสม่ำเสมอ", "Young people training regularly", "คน (young people)", (30, 400), 0.4
        ),
        provinces=(*DEEP_SOUTH, "BKK", "SKN", "UBN", "KKN", "CRI"),
        youth_share=0.6,
    ),
    Concept(
        key="textbook-exchange",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ตลาดแลกหนังสือเรียน",
        core_en="Textbook Exchange",
        forms=("unregistered_group", "social_enterprise_osep"),
        summary_th="เว็บและจุดรับส่งหนังสือเรียนมือสองระหว่างรุ่นพี่กับรุ่นน้อง พร้อมคลังชีทสรุปและแบบฝึกหัดฟรี สำหรับนักเรียนที่ไม่มีเงินซื้อหนังสือ",
        summary_en="A website and drop-off points where older pupils pass used textbooks to younger ones, plus a free "
        "library of revision notes, for students who cannot afford to buy books.",
        problem_th="ค่าหนังสือเรียน หนังสือเสริม และค่าชีทติวต่อเทอมหลายพันบาท ครอบครัวรายได้น้อยซื้อไม่ไหว "
        "เด็กต้องถ่ายเอกสารจากเพื่อนหรือเรียนโดยไม่มีหนังสือ",
        problem_en="Textbooks, workbooks and tutoring notes cost several thousand baht a term; low-income families "
        "cannot pay, so students photocopy friends' books or study without any.",
        how_th="สภานักเรียนของแต่ละโรงเรียนเปิดโต๊ะรับหนังสือช่วงปิดเทอม ตรวจสภาพและติดรหัสก่อนลงเว็บ "
        "นักเรียนที่มีบัตรสวัสดิการแห่งรัฐจองได้ก่อน ครูอาสาอัดคลิปอธิบายบทที่ยาก และร้านถ่ายเอกสารรอบโรงเรียนพิมพ์ชีทให้ในราคาทุน",
        how_en="Each school's student council collects books during the holidays, checks and labels them, and lists "
        "them online; students with state welfare cards book first. Volunteer teachers record videos on hard "
        "chapters, and nearby copy shops print notes at cost.",
        indicator=Indicator("หนังสือเรียนที่ส่งต่อ", "Textbooks passed on", "เล่ม (books)", (500, 12000), 0.5),
        youth_share=0.6,
    ),
    Concept(
        key="village-wifi-mesh",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="อินเทอร์เน็ตชุมชน",
        core_en="Community Wi-Fi",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="เครือข่ายไวไฟที่ชุมชนติดตั้งและดูแลเอง ลากสัญญาณจากจุดที่มีไฟเบอร์ไปยังหมู่บ้านบนเขาที่โทรศัพท์ไม่มีสัญญาณ",
        summary_en="A Wi-Fi network the community installs and runs itself, relaying the signal from the nearest "
        "fibre point to hill villages with no phone coverage.",
        problem_th="ในหมู่บ้านไม่มีสัญญาณอินเทอร์เน็ต เด็กต้องเดินขึ้นเนินไปส่งการบ้านออนไลน์ ชาวบ้านขายของออนไลน์ไม่ได้ "
        "เวลาจะติดต่อหมอหรือหน่วยงานราชการก็ต้องลงไปในเมือง",
        problem_en="The village has no internet signal: children climb a hill to hand in homework online, villagers "
        "cannot sell anything online, and contacting a doctor or government office means a trip to town.",
        how_th="เสาส่งสัญญาณไร้สายขนาดเล็กติดบนหลังคาโรงเรียนและวัดเป็นทอด ๆ ใช้ไฟโซลาร์ ช่างชุมชนสองคนได้รับการอบรมดูแลระบบ "
        "ครัวเรือนจ่ายเดือนละร้อยบาท โรงเรียนและศูนย์เด็กเล็กใช้ฟรี",
        how_en="Small radio relays hop from the school roof to the temple and on, powered by solar panels. Two local "
        "technicians are trained to maintain them; households pay 100 baht a month and the school and childcare "
        "centre connect for free.",
        indicator=Indicator("ครัวเรือนที่ใช้อินเทอร์เน็ตได้", "Households online", "ครัวเรือน (households)", (30, 400), 0.5),
        provinces=(*HIGHLAND, "NAN", "UTT", "KRI"),
        youth_share=0.35,
    ),
    Concept(
        key="online-tutors-small-schools",
        area=AREA,
        also=(),
        core_th="ครูอาสาออนไลน์โรงเรียนเล็ก",
        core_en="Remote Tutors for Small Schools",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="จับคู่ครูอาสาทั่วประเทศสอนสดผ่านจอให้โรงเรียนขนาดเล็กที่มีครูไม่ครบชั้น เน้นคณิต วิทย์ และภาษาอังกฤษ",
        summary_en="Matches volunteer teachers from across the country with small schools that lack a teacher for "
        "every grade, teaching maths, science and English live on screen.",
        problem_th="โรงเรียนขนาดเล็กมีนักเรียนไม่ถึงร้อยคนแต่มีครูแค่สี่ห้าคน ครูหนึ่งคนต้องสอนสองชั้นพร้อมกัน วิชาภาษาอังกฤษไม่มีครูจบเอก",
        problem_en="Small schools with fewer than a hundred pupils have four or five teachers, each teaching two "
        "grades at once, and nobody who trained in English.",
        how_th="ครูอาสาผ่านการคัดเลือกและอบรมการสอนออนไลน์สำหรับเด็กประถม สอนตามตารางที่ตรงกับหลักสูตรโรงเรียน "
        "ครูประจำชั้นอยู่ในห้องคอยช่วย ผลสอบ O-NET และการอ่านออกเขียนได้ถูกติดตามทุกปี",
        how_en="Volunteers are screened and trained to teach primary pupils online, following the school timetable "
        "with the class teacher in the room. National test results and reading levels are tracked each year.",
        indicator=Indicator("ชั่วโมงสอนออนไลน์", "Hours taught online", "ชั่วโมง (hours)", (300, 5000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="mother-tongue-bridge",
        area=AREA,
        also=("tourism-culture",),
        core_th="สองภาษาเริ่มจากภาษาแม่",
        core_en="Mother Tongue First",
        forms=("foundation", "unregistered_group"),
        summary_th="ห้องเรียนอนุบาลและ ป.1 ที่เริ่มสอนด้วยภาษามลายูถิ่นซึ่งเด็กพูดที่บ้าน แล้วค่อยเชื่อมสู่ภาษาไทย",
        summary_en="Kindergarten and first-grade classes that begin in the local Malay children speak at home and "
        "then bridge into Thai.",
        problem_th="เด็กเข้าโรงเรียนแล้วฟังครูไม่เข้าใจเพราะที่บ้านพูดภาษามลายู ผลการอ่านภาษาไทยต่ำที่สุดในประเทศ เด็กเบื่อเรียนตั้งแต่ชั้นเล็ก",
        problem_en="Children start school unable to understand the teacher because they speak Malay at home; their "
        "Thai reading scores are the lowest in the country and they lose interest early.",
        how_th="ทีมนักภาษาศาสตร์และครูในพื้นที่ทำหนังสือภาพสองภาษา เขียนภาษามลายูด้วยอักษรไทยให้ครูและผู้ปกครองอ่านได้ "
        "ครูผู้ช่วยที่พูดภาษาถิ่นสอนร่วมกับครูประจำชั้น ผลการอ่านวัดเทียบกับโรงเรียนข้างเคียงทุกปี",
        how_en="Linguists and local teachers make bilingual picture books that write Malay in Thai script so teachers "
        "and parents can read them; a Malay-speaking assistant teaches alongside the class teacher, and reading "
        "results are compared with nearby schools every year.",
        indicator=Indicator(
            "นักเรียนที่อ่านภาษาไทยได้ตามระดับชั้น", "Pupils reading Thai at grade level", "เปอร์เซ็นต์ (percent)", (40, 60), 0.15
        ),
        provinces=DEEP_SOUTH,
    ),
    Concept(
        key="stateless-id-clinic",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="คลินิกกฎหมายสถานะบุคคล",
        core_en="Statelessness Legal Clinic",
        forms=("foundation",),
        summary_th="คลินิกกฎหมายเคลื่อนที่ที่ช่วยเด็กและผู้ใหญ่ไร้สัญชาติรวบรวมหลักฐาน ยื่นขอสถานะและสัญชาติไทยจนได้บัตรประชาชน",
        summary_en="A mobile legal clinic helping stateless children and adults gather evidence and apply for status "
        "and Thai nationality until they hold an ID card.",
        problem_th="คนไร้สัญชาติเดินทางออกนอกอำเภอไม่ได้ เรียนต่อมหาวิทยาลัยกู้ กยศ. ไม่ได้ ทำงานถูกกฎหมายไม่ได้ "
        "หลายคนเกิดในไทยแต่ไม่มีใบเกิด",
        problem_en="Stateless people cannot leave their district, take student loans for university or work legally; "
        "many were born in Thailand but never got a birth certificate.",
        how_th="นักกฎหมายและอาสาสมัครที่พูดภาษาชาติพันธุ์ออกหน่วยตามหมู่บ้าน สัมภาษณ์ ตรวจ DNA เมื่อจำเป็น และยื่นคำร้องกับอำเภอ "
        "ระบบติดตามคำร้องแจ้งเตือนเมื่อเรื่องค้างนาน และทีมประสานผู้ใหญ่บ้านเป็นพยานบุคคล",
        how_en="Lawyers and volunteers who speak ethnic languages hold sessions in villages, take statements, arrange "
        "DNA tests where needed and file applications at the district office. A case tracker flags files that stall, "
        "and the team brings village heads in as witnesses.",
        indicator=Indicator(
            "คนที่ได้สถานะหรือสัญชาติ", "People granted status or nationality", "คน (people)", (30, 600), 0.3
        ),
        provinces=BORDER,
    ),
    Concept(
        key="village-legal-aid-line",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ทนายชาวบ้านออนไลน์",
        core_en="Village Legal Aid Line",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="ปรึกษาทนายฟรีผ่านไลน์และโทรศัพท์ เรื่องที่ดิน หนี้ มรดก และคดีแรงงาน ด้วยภาษาชาวบ้าน ไม่ต้องเดินทางเข้าเมือง",
        summary_en="Free legal advice by LINE and phone on land, debt, inheritance and labour cases, in plain "
        "language and without a trip to town.",
        problem_th="ชาวบ้านถูกฟ้องเรื่องหนี้หรือถูกหลอกให้เซ็นสัญญาขายฝากที่ดิน ไม่รู้ว่าต้องทำอะไร จ้างทนายก็แพง สุดท้ายขาดนัดศาลและเสียที่ดิน",
        problem_en="Villagers sued over debts or tricked into signing away land under a sale-with-right-of-redemption "
        "contract don't know what to do and cannot afford a lawyer, so they miss the court date and lose the land.",
        how_th="ทนายอาสาและนักศึกษานิติศาสตร์ตอบคำถามภายในยี่สิบสี่ชั่วโมง เรื่องที่ต้องไปศาลส่งต่อสภาทนายความหรือกองทุนยุติธรรม "
        "คลังคำตอบที่พบบ่อยเขียนเป็นภาษาง่ายพร้อมตัวอย่างหนังสือ ให้ผู้นำชุมชนใช้ช่วยเพื่อนบ้าน",
        how_en="Volunteer lawyers and law students reply within 24 hours; cases that need a court go to the Lawyers "
        "Council or the Justice Fund. Common questions are answered in plain Thai with template letters that "
        "community leaders use to help neighbours.",
        indicator=Indicator("คนที่ได้รับคำปรึกษากฎหมาย", "People given legal advice", "คน (people)", (300, 6000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="procurement-watch",
        area=AREA,
        also=(),
        core_th="จับตาจัดซื้อจัดจ้าง",
        core_en="Procurement Watch",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="เครื่องมือค้นข้อมูลจัดซื้อจัดจ้างภาครัฐที่ชี้สัญญาณเสี่ยงทุจริต เช่น ผู้ชนะรายเดิมซ้ำ ๆ หรือราคาสูงกว่าท้องตลาด "
        "ให้ประชาชนตรวจสอบได้",
        summary_en="Search over public procurement data that flags corruption risks, such as the same winner every "
        "time or prices far above market, so citizens can check.",
        problem_th="ข้อมูลการจัดซื้อจัดจ้างเปิดเผยแล้วแต่อ่านยากและกระจัดกระจาย "
        "คนในพื้นที่เห็นถนนพังหลังสร้างได้ปีเดียวแต่ไม่รู้จะตรวจสอบจากตรงไหน",
        problem_en="Procurement data is published but scattered and hard to read; people watch a new road crumble "
        "within a year and have no idea where to start checking.",
        how_th="ระบบดึงข้อมูลจากเว็บจัดซื้อจัดจ้างภาครัฐทุกวัน เชื่อมกับข้อมูลนิติบุคคลเพื่อดูว่าผู้เสนอราคาเกี่ยวข้องกันหรือไม่ "
        "ประชาชนค้นด้วยชื่อตำบลแล้วเห็นโครงการในพื้นที่ ถ่ายรูปความคืบหน้าส่งขึ้นระบบได้ สื่อท้องถิ่นใช้ทำข่าวสืบสวน",
        how_en="The system pulls the government procurement site daily and links bidders with company records to spot "
        "related firms. Anyone can search by subdistrict, see local projects and upload progress photos; local media "
        "use it for investigations.",
        indicator=Indicator(
            "โครงการที่ประชาชนร่วมตรวจสอบ", "Projects checked by citizens", "โครงการ (projects)", (100, 3000), 0.6
        ),
        youth_share=0.35,
    ),
    Concept(
        key="city-issue-reporting",
        area=AREA,
        also=("urbanisation",),
        core_th="แจ้งปัญหาเมืองถึงเทศบาล",
        core_en="Fix My Street",
        forms=COMPANY,
        brands=(("แจ้งแล้วแก้", "ReportFix"), ("เมืองฟังเรา", "CityListens")),
        summary_th="แชตบอตให้ชาวเมืองถ่ายรูปแจ้งถนนเป็นหลุม ไฟทางดับ หรือท่อตัน แล้วส่งตรงถึงเจ้าหน้าที่ที่รับผิดชอบ ติดตามสถานะได้จนแก้เสร็จ",
        summary_en="A chatbot that lets residents photograph potholes, broken street lights or blocked drains and "
        "sends the report straight to the responsible officer, with status updates until it is fixed.",
        problem_th="ร้องเรียนกับเทศบาลต้องโทรไปหลายเบอร์หรือทำหนังสือ เรื่องหายไปเฉย ๆ คนเลยเลิกแจ้ง ไฟทางดับทั้งซอยเป็นเดือน",
        problem_en="Complaining to the municipality means ringing several numbers or writing a letter, reports vanish "
        "without trace, people stop reporting, and whole streets stay dark for months.",
        how_th="ระบบจัดเรื่องเข้าหมวดและพิกัดอัตโนมัติ ส่งเข้ามือถือของหัวหน้างานแต่ละฝ่าย ผู้บริหารเห็นแดชบอร์ดเรื่องค้าง "
        "ทุกเรื่องมีรูปก่อนและหลังแก้ไข เทศบาลจ่ายค่าบริการรายปีตามจำนวนประชากร",
        how_en="Reports are categorised and located automatically and routed to each department head's phone; "
        "executives see a dashboard of overdue cases and every fix has before-and-after photos. Municipalities pay a "
        "yearly fee by population.",
        indicator=Indicator("เรื่องที่แก้ไขเสร็จ", "Issues resolved", "เรื่อง (issues)", (500, 20000), 0.6),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="seniors-digital-helpers",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="หลานอาสาสอนมือถือ",
        core_en="Digital Helpers for Seniors",
        forms=("unregistered_group", "foundation"),
        summary_th="นักเรียน ม.ปลายอาสาสอนผู้สูงวัยใช้แอปรัฐ ลงทะเบียนสิทธิ์ สแกนจ่ายเงิน และดูข่าวปลอม ที่ศาลาหมู่บ้านทุกวันเสาร์",
        summary_en="",
        problem_th="ผู้สูงวัยลงทะเบียนรับสิทธิ์ผ่านแอปไม่เป็น ต้องวานคนอื่นถือบัตรประชาชนไปทำให้ บางรายถูกหลอกเอาข้อมูลไปเปิดบัญชี",
        problem_en="",
        how_th="นักเรียนได้ชั่วโมงจิตอาสาและคู่มือการสอนที่ไม่เร่ง ผู้สูงวัยนำมือถือของตัวเองมา ฝึกซ้ำเรื่องเดียวจนทำเองได้ "
        "ทุกคนได้บัตรคำเตือนกลโกงมิจฉาชีพติดข้างตู้เย็น",
        how_en="",
        indicator=Indicator(
            "ผู้สูงวัยที่ใช้บริการรัฐออนไลน์ได้เอง", "Seniors using e-services on their own", "คน (people)", (50, 800), 0.5
        ),
        youth_share=0.7,
    ),
    Concept(
        key="childcare-centre-quality",
        area=AREA,
        also=("health",),
        core_th="ศูนย์เด็กเล็กน่าเล่น",
        core_en="Playful Childcare Centres",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ยกระดับศูนย์พัฒนาเด็กเล็กของ อบต. ด้วยของเล่นจากวัสดุท้องถิ่น การอบรมครูพี่เลี้ยง และมุมหนังสือ "
        "ให้เด็กสองถึงห้าขวบได้เล่นอย่างมีความหมาย",
        summary_en="Upgrades subdistrict childcare centres with toys made from local materials, carer training and "
        "book corners so children aged two to five learn through play.",
        problem_th="ศูนย์เด็กเล็กหลายแห่งให้เด็กนั่งโต๊ะคัด ก ข ค ทั้งวัน ไม่มีของเล่น ครูพี่เลี้ยงหนึ่งคนดูแลเด็กยี่สิบคน "
        "เด็กพัฒนาการล่าช้าแต่ไม่มีใครสังเกต",
        problem_en="Many childcare centres sit toddlers at desks copying letters all day with no toys; one carer "
        "looks after twenty children and delays in development go unnoticed.",
        how_th="ช่างไม้และผู้ปกครองทำของเล่นไม้ไผ่ กะลา และผ้าตามแบบของนักพัฒนาการเด็ก ครูพี่เลี้ยงอบรมเรื่องการเล่นและการคัดกรองพัฒนาการ "
        "ผลคัดกรองด้วยคู่มือ DSPM ส่งต่อ รพ.สต. เมื่อพบเด็กสงสัยล่าช้า",
        how_en="Carpenters and parents make toys from bamboo, coconut shell and cloth to a child-development "
        "specialist's designs; carers learn play-based teaching and developmental screening, and children flagged by "
        "the national screening manual are referred to the health centre.",
        indicator=Indicator(
            "เด็กเล็กในศูนย์ที่ได้รับการพัฒนา", "Young children in upgraded centres", "คน (children)", (100, 2000), 0.4
        ),
    ),
    Concept(
        key="sign-language-dictionary",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="พจนานุกรมภาษามือ",
        core_en="Sign Language Dictionary",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="แอปพจนานุกรมภาษามือไทยแบบวิดีโอ ให้พ่อแม่ของเด็กหูหนวกและครูโรงเรียนทั่วไปเรียนภาษามือได้เองทุกวัน",
        summary_en="A video dictionary app of Thai Sign Language so parents of deaf children and mainstream teachers "
        "can learn to sign every day.",
        problem_th="เด็กหูหนวกส่วนใหญ่เกิดในครอบครัวที่ได้ยิน พ่อแม่ไม่รู้ภาษามือ คุยกับลูกได้แค่ท่าทาง เด็กเข้าเรียนช้าและขาดภาษาแรกไปหลายปี",
        problem_en="Most deaf children are born to hearing parents who don't sign, so they communicate with gestures "
        "only, start school late and miss years of a first language.",
        how_th="ครูหูหนวกเป็นผู้สาธิตท่ามือในวิดีโอทุกคำ แบ่งหมวดตามชีวิตประจำวัน มีแบบฝึกรายวันห้านาที "
        "และคลาสออนไลน์ที่คนหูหนวกเป็นผู้สอนและได้ค่าตอบแทน",
        how_en="Deaf teachers sign every entry on video, grouped by daily-life themes, with five-minute daily "
        "practice and paid online classes taught by deaf tutors.",
        indicator=Indicator(
            "ผู้เรียนภาษามือที่ใช้งานต่อเนื่อง", "Active sign-language learners", "คน (learners)", (200, 5000), 0.6
        ),
        youth_share=0.3,
    ),
    Concept(
        key="migrant-kids-learning-centre",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ศูนย์การเรียนลูกแรงงานข้ามชาติ",
        core_en="Migrant Children Learning Centre",
        forms=("foundation",),
        summary_th="ศูนย์การเรียนสองภาษาสำหรับลูกแรงงานเมียนมาและกัมพูชา ที่เตรียมเด็กเข้าโรงเรียนไทยและช่วยครอบครัวทำเอกสาร",
        summary_en="A bilingual learning centre for the children of Myanmar and Cambodian workers, preparing them to "
        "enter Thai schools and helping families with the paperwork.",
        problem_th="ลูกแรงงานข้ามชาติหลายพันคนไม่ได้เรียนหนังสือ พ่อแม่ไม่รู้ว่ามีสิทธิ์เข้าโรงเรียนไทย เด็กพูดไทยไม่ได้ เลยถูกปฏิเสธหรืออยู่ได้ไม่นาน",
        problem_en="Thousands of migrant workers' children are out of school; parents don't know they have the right "
        "to enrol, the children can't speak Thai, and they are turned away or soon leave.",
        how_th="ครูไทยและครูชาวเมียนมาสอนร่วมกัน เด็กเรียนภาษาไทยเข้มข้นหกเดือนก่อนย้ายเข้าโรงเรียนรัฐ ทีมประสานงานพาไปสมัคร "
        "ติดตามการมาเรียน และคุยกับนายจ้างเรื่องเวลาทำงานของพ่อแม่",
        how_en="Thai and Myanmar teachers teach together. Children get six months of intensive Thai before moving to "
        "a state school; coordinators take them to enrol, track attendance and talk to employers about parents' hours.",
        indicator=Indicator(
            "เด็กที่ย้ายเข้าโรงเรียนไทย", "Children moved into Thai schools", "คน (children)", (30, 500), 0.4
        ),
        provinces=("TAK", "SKN", "RNG", "CRI", "KRI", "SKA"),
    ),
    Concept(
        key="plain-language-forms",
        area=AREA,
        also=(),
        core_th="แบบฟอร์มราชการภาษาง่าย",
        core_en="Plain Language Lab",
        forms=COMPANY,
        brands=(("อ่านง่าย", "EasyRead"),),
        summary_th="",
        summary_en="A design lab that rewrites government forms and letters in plain Thai, tests them with real "
        "users, and cuts the rate of rejected applications.",
        problem_th="",
        problem_en="Government forms are written in legal language that many people cannot follow. Applicants fill "
        "them in wrongly, queue again, and give up on benefits they are entitled to; officers spend hours fixing "
        "mistakes.",
        how_th="",
        how_en="We sit with applicants at service counters, note where they get stuck, and rewrite the form with the "
        "agency's legal team. Every new version is tested with at least twenty people, including older people and "
        "people with low literacy, before it goes live. Agencies pay per project; the first was a subdistrict welfare "
        "form whose error rate fell by more than half.",
        indicator=Indicator("แบบฟอร์มที่ปรับให้อ่านง่าย", "Forms rewritten", "แบบฟอร์ม (forms)", (5, 80), 0.5),
        provinces=("BKK", "NBI", "KKN", "CMI"),
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="youth-council-budget",
        area=AREA,
        also=(),
        core_th="สภาเด็กร่วมวางแผนตำบล",
        core_en="Youth Council Planning",
        forms=("unregistered_group", "foundation"),
        summary_th="ฝึกสภาเด็กและเยาวชนตำบลเก็บข้อมูลปัญหาในชุมชน แล้วเสนอโครงการเข้าแผนพัฒนาท้องถิ่นด้วยตัวเอง",
        summary_en="",
        problem_th="สภาเด็กและเยาวชนมีอยู่ในทุกตำบลแต่ส่วนใหญ่มีแค่ในชื่อ ผู้ใหญ่เป็นคนคิดโครงการให้ เด็กได้แค่มายืนถ่ายรูป",
        problem_en="",
        how_th="พี่เลี้ยงพาเยาวชนลงสำรวจปัญหาที่พวกเขาเจอจริง เช่น ไฟทางมืดหน้าโรงเรียน หรือไม่มีที่เล่นกีฬา "
        "ฝึกเขียนโครงการและนำเสนอในเวทีประชาคม ติดตามว่าโครงการได้งบหรือไม่ และเล่าผลให้เพื่อนในตำบลรู้",
        how_en="",
        indicator=Indicator(
            "โครงการของเยาวชนที่ได้งบท้องถิ่น", "Youth projects funded locally", "โครงการ (projects)", (3, 40), 0.4
        ),
        youth_share=0.75,
    ),
    Concept(
        key="refurbished-laptops",
        area=AREA,
        also=("environmental-conservation",),
        core_th="คอมพิวเตอร์มือสองเพื่อน้อง",
        core_en="Refurbished Laptops for Students",
        forms=("social_enterprise_osep", "company"),
        brands=(("คอมวนกลับ", "ReLaptop"),),
        summary_th="รับบริจาคโน้ตบุ๊กเก่าจากบริษัท ให้นักศึกษาอาชีวะซ่อมและล้างข้อมูล แล้วส่งต่อให้นักเรียนที่ไม่มีคอมพิวเตอร์เรียนออนไลน์",
        summary_en="Collects old laptops from companies, has vocational students repair and wipe them, and passes "
        "them on to pupils with no computer for online learning.",
        problem_th="นักเรียนยากจนทำรายงานและเรียนออนไลน์ด้วยมือถือจอแตก ขณะที่บริษัทปลดระวางคอมพิวเตอร์ที่ยังใช้ได้ทุกสามปีแล้วขายเป็นซาก",
        problem_en="Poor pupils write reports and study online on cracked phones, while companies retire working "
        "computers every three years and sell them for scrap.",
        how_th="บริษัทได้ใบรับรองการทำลายข้อมูลและรายงานลดคาร์บอน นักศึกษาช่างอิเล็กทรอนิกส์ได้ฝึกงานจริงและค่าตอบแทน "
        "เครื่องที่ซ่อมเสร็จลงโปรแกรมฟรีที่ใช้เรียนได้ และมีศูนย์ซ่อมให้ตลอดอายุเครื่อง",
        how_en="Companies get certified data destruction and a carbon report; electronics students get paid, real "
        "practice; each repaired machine comes with free learning software and a repair service for life.",
        indicator=Indicator("คอมพิวเตอร์ที่ส่งต่อ", "Laptops passed on", "เครื่อง (laptops)", (100, 3000), 0.5),
        youth_share=0.5,
    ),
    Concept(
        key="community-land-mapping",
        area=AREA,
        also=("environmental-conservation",),
        core_th="แผนที่ที่ดินชุมชนด้วยโดรน",
        core_en="Community Land Mapping",
        forms=("foundation", "unregistered_group"),
        summary_th="ชาวบ้านในเขตป่าทำแผนที่ที่ทำกินด้วยโดรนและจีพีเอสเอง ใช้เจรจาแนวเขตกับอุทยานแทนการถูกจับกุม",
        summary_en="Villagers inside forest areas map their farmland with drones and GPS themselves and use the maps "
        "to negotiate boundaries with the park rather than face arrest.",
        problem_th="ชุมชนอยู่มาก่อนประกาศเขตอุทยาน แต่ไม่มีหลักฐานว่าแปลงไหนทำกินมาตั้งแต่เมื่อไร ชาวบ้านถูกดำเนินคดีบุกรุกป่าในที่ดินของบรรพบุรุษ",
        problem_en="The community was there before the park was declared but has no proof of which plots have been "
        "farmed since when, and villagers are prosecuted for encroaching on their ancestors' land.",
        how_th="เยาวชนในหมู่บ้านฝึกบินโดรนและใช้โปรแกรมแผนที่ ผู้เฒ่าชี้แนวเขตและเล่าประวัติแต่ละแปลง ทีมเทียบกับภาพถ่ายทางอากาศเก่า "
        "แผนที่ถูกใช้ในคณะกรรมการแก้ปัญหาที่ดินระดับจังหวัด",
        how_en="Village youth learn to fly drones and use mapping software, elders walk the boundaries and tell each "
        "plot's history, and the team checks against old aerial photos. The maps go to the provincial land dispute "
        "committee.",
        indicator=Indicator("แปลงที่ดินที่ทำแผนที่แล้ว", "Plots mapped", "แปลง (plots)", (100, 2000), 0.4),
        provinces=(*HIGHLAND, "KRI", "UTI", "SKW"),
        youth_share=0.4,
    ),
    Concept(
        key="scholarship-matching",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ค้นหาทุนการศึกษา",
        core_en="Scholarship Finder",
        forms=COMPANY,
        brands=(("ทุนเจอ", "TunJer"),),
        summary_th="เว็บรวมทุนการศึกษาทุกประเภทในที่เดียว จับคู่ตามผลการเรียน ฐานะ และพื้นที่ พร้อมพี่เลี้ยงช่วยเขียนเรียงความสมัคร",
        summary_en="One place for every kind of scholarship, matched to grades, family income and location, with "
        "mentors who help write the application essay.",
        problem_th="ทุนการศึกษาจำนวนมากไม่มีคนสมัคร เพราะประกาศอยู่กระจัดกระจาย เด็กต่างจังหวัดไม่รู้ข่าว และไม่มีใครช่วยเตรียมเอกสาร",
        problem_en="Many scholarships get few applicants because they are advertised in scattered places; rural "
        "students never hear of them and nobody helps them prepare the documents.",
        how_th="ทีมรวบรวมประกาศทุนจากมูลนิธิ บริษัท และมหาวิทยาลัย นักเรียนกรอกข้อมูลครั้งเดียวแล้วได้รายการทุนที่เข้าเกณฑ์ "
        "ครูแนะแนวเห็นรายชื่อนักเรียนที่ควรสมัคร และรุ่นพี่ที่เคยได้ทุนช่วยอ่านเรียงความให้ฟรี",
        how_en="We gather calls from foundations, companies and universities; students enter their details once and "
        "see every scholarship they qualify for, guidance teachers see who should apply, and former scholars review "
        "essays for free.",
        indicator=Indicator("นักเรียนที่ได้รับทุน", "Students awarded scholarships", "คน (students)", (50, 1500), 0.5),
        youth_share=0.55,
    ),
    Concept(
        key="autism-inclusive-classroom",
        area=AREA,
        also=("health",),
        core_th="ห้องเรียนรวมสำหรับเด็กออทิสติก",
        core_en="Inclusive Classroom Coaching",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="โค้ชครูโรงเรียนทั่วไปให้สอนเด็กออทิสติกและเด็กสมาธิสั้นในห้องเดียวกับเพื่อนได้ ด้วยมุมสงบ ตารางภาพ และผู้ช่วยครู",
        summary_en="Coaches mainstream teachers to teach autistic children and children with ADHD alongside their "
        "classmates, with quiet corners, picture timetables and teaching assistants.",
        problem_th="โรงเรียนรับเด็กพิเศษเข้าเรียนร่วมแต่ครูไม่เคยเรียนวิธีสอน เด็กถูกปล่อยให้นั่งหลังห้อง ถูกเพื่อนล้อ และพ่อแม่ถูกขอให้ย้ายโรงเรียน",
        problem_en="Schools accept children with special needs but teachers were never taught how to teach them; the "
        "children are left at the back, teased, and parents are asked to move them elsewhere.",
        how_th="นักกิจกรรมบำบัดและครูการศึกษาพิเศษเข้าไปสังเกตในห้องเรียนจริงเดือนละครั้ง ทำแผนการสอนเฉพาะบุคคลร่วมกับครูและผู้ปกครอง "
        "ฝึกผู้ช่วยครูจากคนในชุมชน และสอนเพื่อนร่วมชั้นให้เข้าใจความแตกต่าง",
        how_en="Occupational therapists and special-education teachers observe real lessons monthly, write individual "
        "plans with teachers and parents, train teaching assistants from the community and help classmates understand "
        "difference.",
        indicator=Indicator(
            "เด็กพิเศษที่เรียนร่วมได้ต่อเนื่อง",
            "Children with special needs staying in mainstream school",
            "คน (children)",
            (20, 400),
            0.4,
        ),
    ),
    Concept(
        key="village-robotics-girls",
        area=AREA,
        also=(),
        core_th="ชมรมหุ่นยนต์เด็กหญิงบ้านนอก",
        core_en="Rural Girls Robotics",
        forms=("unregistered_group", "foundation"),
        summary_th="",
        summary_en="Weekend robotics and coding clubs for girls in rural secondary schools, led by women engineers "
        "who grew up in the same provinces.",
        problem_th="",
        problem_en="Girls in rural schools rarely choose science and engineering: there are no labs, few role models, "
        "and families expect daughters to take a safe job near home.",
        how_th="",
        how_en="Clubs meet on Saturdays with low-cost robot kits. Each club builds something its village needs, such "
        "as a water-level alarm or an automatic chicken feeder, and presents it to parents. Mentors help with "
        "university applications, and the best teams compete in national contests.",
        indicator=Indicator("นักเรียนหญิงที่เลือกเรียนสายวิทย์", "Girls choosing science streams", "คน (girls)", (30, 400), 0.4),
        provinces=(*ISAN, *HIGHLAND),
        youth_share=0.8,
    ),
    Concept(
        key="scam-call-awareness",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="รู้ทันแก๊งคอลเซ็นเตอร์",
        core_en="Scam Call Shield",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="ชุดเรียนรู้และสายด่วนให้ผู้สูงอายุโทรเช็กก่อนโอนเงิน เมื่อมีคนอ้างเป็นตำรวจ ธนาคาร หรือลูกหลานโทรมาขอเงิน",
        summary_en="Lessons and a hotline older people can ring before transferring money when a caller claims to be "
        "the police, the bank or a grandchild in trouble.",
        problem_th="แก๊งคอลเซ็นเตอร์หลอกผู้สูงอายุโอนเงินเก็บทั้งชีวิต โดยขู่ว่ามีคดีพัวพันยาเสพติด พอรู้ตัวเงินก็ถูกโอนต่อไปหลายทอดแล้ว",
        problem_en="Call-centre gangs con older people out of their life savings by claiming they are linked to a "
        "drug case; by the time they realise, the money has moved through many accounts.",
        how_th="อาสาสมัครที่ผ่านการอบรมรับสายเช็กข้อเท็จจริงภายในห้านาที ช่วยติดต่อธนาคารระงับบัญชีเมื่อโอนไปแล้ว "
        "และจัดละครสั้นในชมรมผู้สูงอายุให้เห็นบทพูดของมิจฉาชีพจริง ข้อมูลเบอร์ที่ถูกแจ้งส่งต่อตำรวจไซเบอร์",
        how_en="Trained volunteers check the story within five minutes, help freeze accounts with the bank if money "
        "has already gone, and stage short plays in senior clubs using real scam scripts. Reported numbers go to the "
        "cyber police.",
        indicator=Indicator("การโอนเงินให้มิจฉาชีพที่ป้องกันได้", "Scam transfers prevented", "ครั้ง (cases)", (20, 500), 0.5),
        youth_share=0.25,
    ),
    Concept(
        key="teacher-wellbeing-network",
        area=AREA,
        also=("health",),
        core_th="วงคุยครูไม่หมดไฟ",
        core_en="Teacher Wellbeing Circles",
        forms=("unregistered_group",),
        summary_th="วงคุยออนไลน์และออฟไลน์ของครูต่างจังหวัดที่เหนื่อยจากงานเอกสาร แลกเปลี่ยนวิธีสอนและดูแลใจกันเอง",
        summary_en="",
        problem_th="ครูใช้เวลาครึ่งหนึ่งไปกับงานเอกสาร ประเมิน และโครงการที่สั่งลงมา ครูรุ่นใหม่หมดไฟและลาออกภายในไม่กี่ปี",
        problem_en="",
        how_th="ครูในอำเภอเดียวกันนัดเจอเดือนละครั้ง มีนักจิตวิทยาอาสาคอยดูแลวง และกลุ่มออนไลน์แชร์แผนการสอนที่ใช้ได้จริง "
        "ทีมรวบรวมงานเอกสารที่ซ้ำซ้อนเสนอต่อเขตพื้นที่การศึกษาให้ยกเลิก",
        how_en="",
        indicator=Indicator("ครูที่เข้าร่วมวงคุย", "Teachers in circles", "คน (teachers)", (40, 600), 0.4),
        youth_share=0.2,
    ),
    Concept(
        key="open-hospital-queue",
        area=AREA,
        also=("health",),
        core_th="จองคิวโรงพยาบาลรัฐ",
        core_en="Hospital Queue Booking",
        forms=COMPANY,
        brands=(("คิวดี", "QueueDee"),),
        summary_th="ระบบจองคิวและแจ้งเตือนคิวผ่านไลน์สำหรับโรงพยาบาลชุมชน ผู้ป่วยไม่ต้องมารอตั้งแต่ตีห้า",
        summary_en="LINE queue booking and reminders for community hospitals, so patients no longer wait from five in "
        "the morning.",
        problem_th="ผู้ป่วยต่างอำเภอต้องออกจากบ้านตั้งแต่ตีสี่มาเข้าคิวรับบัตร กว่าจะได้พบหมอก็บ่ายสอง คนแก่หลายคนเป็นลมระหว่างรอ",
        problem_en="Patients from distant districts leave home at 4 a.m. to queue for a number and see the doctor at "
        "2 p.m.; older people faint while waiting.",
        how_th="ระบบเชื่อมกับโปรแกรมเวชระเบียนของโรงพยาบาล ผู้ป่วยหรือ อสม. จองเวลาแทนได้ ระบบแจ้งคิวล่วงหน้าสามสิบนาที "
        "ผู้บริหารโรงพยาบาลเห็นเวลารอเฉลี่ยรายแผนกทุกวัน",
        how_en="It links to the hospital records system; patients or village health volunteers book on their behalf, "
        "get a 30-minute warning, and managers see average waits by department every day.",
        indicator=Indicator("เวลารอเฉลี่ยที่ลดลง", "Average wait cut", "นาที (minutes)", (60, 180), 0.3),
        youth_share=0.3,
    ),
    Concept(
        key="moken-language-school",
        area=AREA,
        also=("tourism-culture",),
        core_th="โรงเรียนชาวเลสองภาษา",
        core_en="Sea Nomad Bilingual School",
        forms=("foundation",),
        summary_th="",
        summary_en="Early-years classes for Moken and Urak Lawoi children that start in their own language, with "
        "picture books written by community elders.",
        problem_th="",
        problem_en="Sea nomad children often leave school after a few years: lessons are in a language they barely "
        "know, textbooks describe a life they do not live, and teachers rarely stay on the islands.",
        how_th="",
        how_en="Elders and young community teachers write and illustrate stories about the sea, boats and family "
        "life, printed in the community language in Thai script. Community teaching assistants are paid and trained, "
        "and the first grades move gradually into Thai.",
        indicator=Indicator(
            "เด็กชาวเลที่เรียนต่อเนื่อง", "Sea nomad children staying in school", "คน (children)", (30, 300), 0.3
        ),
        provinces=("PNA", "RNG", "PKT", "STN", "KBI"),
    ),
    Concept(
        key="vocational-apprenticeship",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ฝึกงานจริงกับช่างในชุมชน",
        core_en="Village Apprenticeships",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="จับคู่นักเรียน ม.ต้นที่ไม่เรียนต่อสายสามัญกับช่างแอร์ ช่างเชื่อม และร้านซ่อมมอเตอร์ไซค์ในอำเภอ ฝึกงานแบบได้ค่าแรงและได้วุฒิ",
        summary_en="",
        problem_th="เด็กจบ ม.3 แล้วไม่รู้จะไปทางไหน ไม่อยากเรียนสายสามัญ วิทยาลัยเทคนิคอยู่ไกลต้องเช่าหอ ครอบครัวไม่มีเงินส่ง",
        problem_en="",
        how_th="ช่างที่รับฝึกผ่านการอบรมการสอนงาน เด็กฝึกสี่วันเรียนทฤษฎีหนึ่งวันกับวิทยาลัยเทคนิคผ่านระบบทวิภาคี ได้ค่าแรงขั้นต่ำตามวันฝึก "
        "และสอบมาตรฐานฝีมือแรงงานเมื่อจบหลักสูตร",
        how_en="",
        indicator=Indicator(
            "เยาวชนที่ได้ใบรับรองฝีมือแรงงาน", "Youth certified in a trade", "คน (young people)", (20, 300), 0.4
        ),
        youth_share=0.5,
    ),
    Concept(
        key="library-bike-books",
        area=AREA,
        also=("urbanisation",),
        core_th="จักรยานหนังสือในชุมชนแออัด",
        core_en="Book Bikes",
        forms=("unregistered_group", "foundation"),
        summary_th="อาสาสมัครปั่นจักรยานพ่วงตู้หนังสือเข้าซอยในชุมชนแออัดทุกเย็น อ่านนิทานให้เด็กฟังและให้ยืมหนังสือกลับบ้าน",
        summary_en="Volunteers ride bicycles pulling book carts into slum alleys every evening, reading to children "
        "and lending books to take home.",
        problem_th="เด็กในชุมชนแออัดไม่มีหนังสือที่บ้านและห้องสมุดอยู่ไกล ถนนใหญ่อันตรายจนพ่อแม่ไม่ให้ไปเอง เด็ก ป.3 หลายคนยังอ่านไม่คล่อง",
        problem_en="Children in dense low-income communities have no books at home and the library is beyond a busy "
        "road their parents won't let them cross; many third-graders still cannot read fluently.",
        how_th="ตู้หนังสือมีนิทานภาพกว่าสามร้อยเล่มหมุนเวียนทุกเดือน อาสาสมัครมีทั้งนักศึกษาและแม่บ้านในชุมชนที่ได้อบรมการอ่านออกเสียง "
        "เด็กสะสมแสตมป์การอ่านแลกของขวัญ และครูในโรงเรียนใกล้เคียงช่วยวัดการอ่านทุกเทอม",
        how_en="Each cart carries three hundred picture books rotated monthly; volunteers include students and local "
        "mothers trained in reading aloud. Children collect reading stamps for small prizes and teachers at the "
        "nearby school measure reading each term.",
        indicator=Indicator("หนังสือที่เด็กยืมกลับบ้าน", "Books borrowed by children", "ครั้ง (loans)", (1000, 15000), 0.5),
        provinces=BANGKOK_METRO,
        urban=True,
        youth_share=0.4,
    ),
)
