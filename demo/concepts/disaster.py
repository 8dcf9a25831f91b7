"""Demo ventures of area 9, disaster management: floods, drought, fire, storms, heat and preparedness."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import ANDAMAN, BANGKOK_METRO, DROUGHT, FLOOD, INDUSTRIAL, NORTHEAST_RICE

AREA = "disaster-management"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="flood-early-warning",
        area=AREA,
        also=("urbanisation", "public-sector-education"),
        core_th="เตือนภัยน้ำท่วมล่วงหน้า",
        core_en="Flood Early Warning",
        forms=(*COMPANY, "unregistered_group"),
        brands=(("น้ำมาแล้ว", "NamMa Alert"), ("โฟลดวอตช์", "FloodWatch"), ("เฝ้าน้ำ", "FaoNam")),
        summary_th="เซนเซอร์วัดระดับน้ำและปริมาณฝนที่ชุมชนติดตั้งเอง เตือนน้ำท่วมและน้ำป่าผ่านไลน์และหอกระจายข่าวล่วงหน้าหลายชั่วโมง",
        summary_en="Community-installed water-level and rain sensors that warn of floods and flash floods hours ahead "
        "via LINE and village loudspeakers.",
        problem_th="น้ำป่าและน้ำท่วมฉับพลันมาเร็วเกินกว่าที่ชาวบ้านจะขนย้ายทรัพย์สินและผู้ป่วยติดเตียงได้ทัน",
        problem_en="Flash floods come too fast for villagers to move belongings and bedridden people to safety.",
        how_th="อาสาสมัครเตือนภัยดูแลสถานีวัดระดับน้ำต้นน้ำ ระบบคำนวณเวลาที่น้ำจะถึงแต่ละหมู่บ้านและส่งข้อความเตือนเป็นภาษาถิ่น "
        "ชุมชนซ้อมอพยพปีละสองครั้ง และข้อมูลเชื่อมกับศูนย์ป้องกันและบรรเทาสาธารณภัยจังหวัด",
        how_en="Warning volunteers look after upstream gauges; the system estimates when water will reach each "
        "village and sends warnings in the local language, villages rehearse evacuation twice a year, and data feeds "
        "the provincial disaster-prevention centre.",
        indicator=Indicator(
            "ครัวเรือนในพื้นที่เตือนภัย", "Households covered by warnings", "ครัวเรือน (households)", (300, 5000), 0.5
        ),
        provinces=FLOOD,
        youth_share=0.3,
    ),
    Concept(
        key="groundwater-bank",
        area=AREA,
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
        area=AREA,
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
        "first; during an event, requests are triaged and assigned to the nearest team, and data is shared with the "
        "provincial disaster-prevention office.",
        indicator=Indicator(
            "คำขอความช่วยเหลือที่ได้รับการตอบสนอง", "Requests for help answered", "ครั้ง (requests)", (100, 3000), 0.5
        ),
        provinces=FLOOD,
        youth_share=0.3,
    ),
    Concept(
        key="landslide-watch",
        area=AREA,
        also=("environmental-conservation",),
        core_th="เฝ้าระวังดินถล่ม",
        core_en="Landslide Watch",
        forms=("unregistered_group", "community_enterprise", "foundation"),
        summary_th="เครือข่ายเฝ้าระวังดินถล่มที่ใช้เครื่องวัดน้ำฝนราคาถูกและแผนที่เสี่ยงภัยที่ชุมชนจัดทำเอง",
        summary_en="A landslide watch network using cheap rain gauges and risk maps drawn up by villagers.",
        problem_th="หมู่บ้านเชิงเขาเสี่ยงดินถล่มเมื่อฝนตกหนักติดต่อกัน แต่ชาวบ้านไม่มีข้อมูลว่าเมื่อใดต้องอพยพ",
        problem_en="Hillside villages risk landslides after days of heavy rain, but residents have no information on "
        "when to leave.",
        how_th="อาสาสมัครอ่านค่าน้ำฝนสะสมทุกเช้าและรายงานผ่านแอป เมื่อถึงเกณฑ์ที่นักวิชาการกำหนด "
        "หอกระจายข่าวประกาศเตือนและชาวบ้านย้ายไปยังจุดปลอดภัยที่ซ้อมไว้ ชุมชนยังปลูกหญ้าแฝกและไม้ยืนต้นเพื่อยึดหน้าดิน",
        how_en="Volunteers read accumulated rainfall every morning and report it in an app; when thresholds set by "
        "researchers are reached, loudspeakers warn and residents move to rehearsed safe points. The community also "
        "plants vetiver and trees to hold the slopes.",
        indicator=Indicator("หมู่บ้านที่มีแผนอพยพ", "Villages with evacuation plans", "หมู่บ้าน (villages)", (3, 30), 0.4),
        provinces=("NAN", "UTT", "PRE", "CMI", "MSN", "NRT", "KBI", "PNA", "RNG", "SNI", "PKT"),
    ),
    Concept(
        key="flood-evacuation-bedridden",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="อพยพผู้ป่วยติดเตียงหนีน้ำ",
        core_en="Flood Evacuation for the Bedridden",
        forms=("foundation", "unregistered_group"),
        summary_th="ทะเบียนผู้ป่วยติดเตียง คนพิการ และผู้สูงอายุที่ต้องช่วยยกย้าย พร้อมแผนอพยพรายบ้านและเรือที่ใส่เปลได้ ก่อนน้ำท่วมถึง",
        summary_en="A register of bedridden, disabled and frail older people who need lifting, with a plan for each "
        "house and boats that take a stretcher, ready before the water arrives.",
        problem_th="ทุกครั้งที่น้ำท่วม ผู้ป่วยติดเตียงถูกทิ้งไว้ในบ้านเพราะเรือกู้ภัยยกคนนอนไม่ได้ หลายรายต้องนอนแช่น้ำรอสองสามวัน",
        problem_en="Every flood leaves bedridden patients stuck at home because rescue boats can't carry someone "
        "lying down; some wait two or three days lying in floodwater.",
        how_th="อสม. และอาสาสมัครทำแผนที่บ้านผู้ที่ต้องช่วยเหลือพิเศษ ระบุยาประจำตัวและเครื่องมือแพทย์ที่ต้องใช้ไฟฟ้า "
        "เรือท้องแบนดัดแปลงให้วางเปลได้ ซ้อมอพยพปีละครั้งก่อนหน้าฝน และศูนย์พักพิงมีมุมสำหรับผู้ป่วยพร้อมพยาบาล",
        how_en="Health volunteers map the homes of people needing special help, noting their medicines and any "
        "powered medical equipment; flat-bottomed boats are adapted to hold a stretcher, evacuation is rehearsed "
        "before each rainy season, and shelters keep a nursed corner for patients.",
        indicator=Indicator(
            "ผู้ป่วยที่มีแผนอพยพรายบุคคล", "Patients with personal evacuation plans", "คน (people)", (30, 500), 0.4
        ),
        provinces=FLOOD,
    ),
    Concept(
        key="farm-pond-design",
        area=AREA,
        also=("sustainable-agriculture", "food-water-energy"),
        core_th="ออกแบบสระน้ำในไร่นาสู้แล้ง",
        core_en="Farm Pond Design",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="นักสำรวจรุ่นใหม่ใช้โดรนวัดระดับพื้นที่แล้วออกแบบสระน้ำ คลองไส้ไก่ และคันนาให้แต่ละแปลงเก็บน้ำฝนไว้ใช้ได้ตลอดหน้าแล้ง",
        summary_en="Young surveyors map each farm's slopes by drone and design ponds, swales and bunds that store "
        "enough rain to last the dry season.",
        problem_th="ภัยแล้งรุนแรงขึ้นทุกปี ชาวนาปลูกข้าวได้ปีละครั้ง บางปีฝนทิ้งช่วงจนข้าวยืนต้นตาย ขุดสระแล้วก็เก็บน้ำไม่อยู่เพราะขุดผิดที่",
        problem_en="Droughts worsen every year; farmers get one rice crop a year and some years it dies standing in "
        "the field, and ponds dug in the wrong place don't hold water.",
        how_th="ทีมบินโดรนทำแผนที่ความสูงต่ำของแปลง คำนวณปริมาณน้ำฝนที่รับได้ ออกแบบให้น้ำไหลลงสระเองโดยไม่ต้องสูบ "
        "เจ้าของแปลงใช้แบบขอรถขุดจากโครงการของรัฐ และทีมติดตามระดับน้ำในสระตลอดหน้าแล้ง",
        how_en="The team drone-maps each plot's contours, calculates the rain it can catch and designs it so water "
        "flows into the pond without pumping; owners use the plans to request state-funded excavators, and the team "
        "tracks pond levels through the dry season.",
        indicator=Indicator("แปลงที่มีน้ำใช้ตลอดหน้าแล้ง", "Farms with water all dry season", "แปลง (farms)", (30, 600), 0.5),
        provinces=DROUGHT,
        youth_share=0.5,
    ),
    Concept(
        key="wildfire-drone-watch",
        area=AREA,
        also=("environmental-conservation", "health"),
        core_th="โดรนตรวจไฟป่ากลางคืน",
        core_en="Night Wildfire Drones",
        forms=COMPANY,
        brands=(("ตาไฟ", "FireEye Drone"),),
        summary_th="โดรนกล้องความร้อนบินตรวจไฟป่าตอนกลางคืน ส่งพิกัดไฟที่เพิ่งเริ่มให้ชุดดับไฟป่าของหมู่บ้านไปถึงก่อนไฟลุกลาม",
        summary_en="Thermal-camera drones patrol for forest fires at night and send the coordinates of new fires to "
        "village fire crews so they get there before the fire spreads.",
        problem_th="ไฟป่าส่วนใหญ่เริ่มตอนค่ำ ดาวเทียมเห็นจุดความร้อนช้าหลายชั่วโมง กว่าเจ้าหน้าที่จะรู้ไฟก็ลามไปทั้งดอย ควันลงเมืองจนค่าฝุ่นพุ่ง",
        problem_en="Most forest fires start in the evening, satellites spot hotspots hours late, and by the time "
        "rangers know, the fire has crossed the mountain and smoke has filled the city.",
        how_th="นักบินโดรนที่เป็นเยาวชนในพื้นที่บินตามเส้นทางที่กำหนดทุกคืนในฤดูไฟป่า ภาพความร้อนแยกไฟจริงจากกองไฟหุงข้าวด้วยปัญญาประดิษฐ์ "
        "พิกัดส่งเข้าแอปของชุดดับไฟ และหน่วยงานท้องถิ่นจ่ายค่าบริการตามพื้นที่ที่ดูแล",
        how_en="Local young pilots fly set routes every night in the fire season; AI separates real fires from "
        "cooking fires in the thermal images, coordinates go to the crews' app, and local authorities pay by the area "
        "covered.",
        indicator=Indicator("ไฟป่าที่ดับได้ในชั่วโมงแรก", "Fires put out within the first hour", "จุด (fires)", (20, 300), 0.4),
        provinces=("CMI", "LPG", "MSN", "CRI", "TAK", "PRE", "NAN", "LPN"),
        youth_share=0.5,
    ),
    Concept(
        key="tsunami-school-drills",
        area=AREA,
        also=("public-sector-education", "tourism-culture"),
        core_th="โรงเรียนพร้อมรับสึนามิ",
        core_en="Tsunami-Ready Schools",
        forms=("foundation",),
        summary_th="โรงเรียนริมทะเลอันดามันซ้อมอพยพสึนามิทุกภาคเรียน นักเรียนทำแผนที่เส้นทางหนีภัยเอง "
        "และสอนนักท่องเที่ยวในโรงแรมใกล้โรงเรียน",
        summary_en="Andaman coast schools rehearse tsunami evacuation every term; pupils map their own escape routes "
        "and brief guests at nearby hotels.",
        problem_th="ยี่สิบปีหลังสึนามิ เด็กรุ่นใหม่ไม่เคยเจอและไม่รู้ว่าต้องหนีทางไหน ป้ายเส้นทางอพยพหลายจุดซีดจางหรือถูกบังด้วยร้านค้า",
        problem_en="Twenty years after the tsunami, young people have never experienced one and don't know which way "
        "to run; many evacuation signs have faded or are hidden behind shops.",
        how_th="นักเรียนเดินสำรวจและจับเวลาเส้นทางจากโรงเรียนถึงที่สูง รายงานป้ายที่ชำรุดให้เทศบาล ซ้อมกับเสียงหอเตือนภัยจริง "
        "และทำคลิปสั้นหลายภาษาให้โรงแรมเปิดในห้องพัก",
        how_en="Pupils walk and time the routes from school to high ground, report broken signs to the municipality, "
        "drill with the real warning sirens, and make short multilingual clips hotels play in guest rooms.",
        indicator=Indicator("นักเรียนที่ซ้อมอพยพ", "Pupils drilled", "คน (pupils)", (500, 6000), 0.3),
        provinces=ANDAMAN,
        youth_share=0.5,
    ),
    Concept(
        key="earthquake-safe-schools",
        area=AREA,
        also=("public-sector-education",),
        core_th="เสริมอาคารเรียนต้านแผ่นดินไหว",
        core_en="Earthquake-Safe Classrooms",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="วิศวกรอาสาตรวจอาคารเรียนเก่าในพื้นที่รอยเลื่อน แล้วเสริมเสาและคานด้วยวิธีต้นทุนต่ำที่ช่างท้องถิ่นทำได้",
        summary_en="Volunteer engineers inspect old school buildings near active faults and strengthen columns and "
        "beams with low-cost methods local builders can carry out.",
        problem_th="แผ่นดินไหวครั้งใหญ่ทำให้อาคารเรียนหลายแห่งร้าวและเสาหัก อาคารเก่าส่วนใหญ่สร้างก่อนมีกฎหมายออกแบบรับแรงแผ่นดินไหว",
        problem_en="A large earthquake cracked many school buildings and snapped columns; most old buildings predate "
        "the seismic design law.",
        how_th="ทีมประเมินอาคารด้วยแบบตรวจอย่างเร็วและจัดลำดับความเสี่ยง ออกแบบการเสริมกำลังด้วยการหุ้มเสาและเพิ่มผนังค้ำยัน "
        "ฝึกช่างในอำเภอให้ทำได้ถูกต้อง และครูกับนักเรียนซ้อมหมอบ ป้อง เกาะ",
        how_en="The team rapid-screens buildings and ranks the risk, designs retrofits with column jacketing and "
        "bracing walls, trains district builders to do it properly, and teachers and pupils practise drop, cover and "
        "hold.",
        indicator=Indicator("อาคารเรียนที่เสริมกำลังแล้ว", "School buildings strengthened", "หลัง (buildings)", (3, 40), 0.4),
        provinces=("CRI", "CMI", "PYO", "LPG", "MSN", "NAN", "KRI", "TAK"),
    ),
    Concept(
        key="coastal-erosion-fences",
        area=AREA,
        also=("environmental-conservation",),
        core_th="แนวไม้ไผ่ชะลอคลื่นกัดเซาะ",
        core_en="Bamboo Erosion Fences",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="ชุมชนชายฝั่งปักแนวไม้ไผ่ดักตะกอน ให้ดินเลนงอกกลับมาและปลูกป่าชายเลนตามได้ แทนกำแพงคอนกรีตที่ทำให้หาดข้างเคียงพัง",
        summary_en="Coastal villagers set bamboo fences that trap sediment so mudflats rebuild and mangroves can be "
        "replanted, instead of concrete sea walls that wreck the next beach.",
        problem_th="ทะเลกัดเซาะชายฝั่งปีละหลายเมตร บ้าน วัด และเสาไฟฟ้าจมลงทะเล ชาวบ้านต้องย้ายบ้านถอยหลังมาแล้วสองครั้ง",
        problem_en="The sea eats several metres of shore a year; houses, a temple and power poles have gone under, "
        "and families have moved back twice already.",
        how_th="ชาวบ้านปักไม้ไผ่เป็นแนวตามแบบที่นักวิจัยทดสอบแล้ว ซ่อมทุกปีหลังมรสุม วัดระดับเลนที่งอกด้วยหมุดหลักฐาน และปลูกแสมเมื่อเลนสูงพอ "
        "ผลวัดถูกใช้ของบจากองค์การบริหารส่วนจังหวัด",
        how_en="Villagers drive bamboo in lines to a tested research design, repair them after every monsoon, measure "
        "sediment against marker stakes and plant mangroves once the mud is high enough; the data supports provincial "
        "budget requests.",
        indicator=Indicator("ชายฝั่งที่หยุดการกัดเซาะได้", "Shoreline stabilised", "เมตร (metres)", (200, 3000), 0.3),
        provinces=("SPK", "SKN", "SKM", "PBI", "CCO", "NRT", "PTN"),
    ),
    Concept(
        key="chemical-accident-alerts",
        area=AREA,
        also=("health", "urbanisation"),
        core_th="เตือนภัยสารเคมีรั่วไหล",
        core_en="Chemical Leak Alerts",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="",
        summary_en="Sends SMS and loudspeaker alerts to communities around industrial estates within minutes of a "
        "chemical leak or factory fire, with simple instructions on whether to stay in or leave.",
        problem_th="",
        problem_en="When a plastics factory caught fire, nearby residents learned about the toxic smoke from social "
        "media hours later; nobody knew whether to shut the windows or flee.",
        how_th="",
        how_en="Factories in the scheme report incidents to a shared control room that issues alerts to every phone "
        "registered in the zone and to village loudspeakers. Each community has a shelter-in-place plan, and schools "
        "rehearse it every year with the local fire service.",
        indicator=Indicator(
            "ครัวเรือนที่ลงทะเบียนรับการเตือนภัย", "Households registered for alerts", "ครัวเรือน (households)", (500, 15000), 0.5
        ),
        provinces=INDUSTRIAL,
        urban=True,
    ),
    Concept(
        key="relief-donation-matching",
        area=AREA,
        also=("public-sector-education",),
        core_th="จับคู่ของบริจาคภัยพิบัติ",
        core_en="Relief Donation Matching",
        forms=COMPANY,
        brands=(("ช่วยตรงจุด", "RightAid"),),
        summary_th="แพลตฟอร์มให้ศูนย์พักพิงประกาศของที่ขาดจริงแบบวันต่อวัน ผู้บริจาคเลือกส่งตรงตามรายการ "
        "ไม่ให้ถุงยังชีพล้นจุดหนึ่งแต่อีกจุดไม่มีอะไรเลย",
        summary_en="A platform where shelters post what they actually need day by day, and donors send exactly that, "
        "so relief bags don't pile up in one place while another gets nothing.",
        problem_th="เวลาน้ำท่วม ของบริจาคกองล้นที่จุดริมถนนใหญ่ แต่หมู่บ้านที่อยู่ลึกไม่ได้อะไร ของบางอย่างเช่นผ้าอ้อมผู้ใหญ่และนมเด็กขาดตลอด",
        problem_en="In floods, donations pile up at roadside points while remote villages get nothing, and things "
        "like adult diapers and infant formula are always short.",
        how_th="ผู้ประสานงานแต่ละศูนย์อัปเดตรายการของที่ต้องการและจำนวนคนทุกวัน อาสาสมัครขนส่งรับงานตามเส้นทาง "
        "ผู้บริจาคเห็นภาพการส่งถึงปลายทาง และหน่วยงานรัฐใช้แดชบอร์ดเดียวกันวางแผนการแจกจ่าย",
        how_en="Each shelter coordinator updates needs and headcounts daily, volunteer drivers pick up jobs by route, "
        "donors see delivery photos, and government agencies plan distribution from the same dashboard.",
        indicator=Indicator(
            "ของบริจาคที่ส่งตรงตามความต้องการ", "Donations matched to needs", "ชิ้น (items)", (5000, 80000), 0.5
        ),
        youth_share=0.4,
    ),
    Concept(
        key="flood-cash-transfers",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="เงินช่วยเหลือด่วนหลังน้ำลด",
        core_en="Fast Flood Cash",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="โอนเงินช่วยเหลือเข้าพร้อมเพย์ภายในเจ็ดวันหลังน้ำลด โดยให้ชุมชนรับรองรายชื่อครัวเรือนที่เสียหายเอง "
        "แทนการรอเอกสารหลายเดือน",
        summary_en="Cash relief paid to PromptPay within seven days of the water receding, with the community "
        "confirming the list of damaged households instead of months of paperwork.",
        problem_th="หลังน้ำลด ครอบครัวต้องซ่อมบ้านและซื้อพันธุ์ข้าวใหม่ทันที แต่เงินเยียวยาจากรัฐมาถึงหลังสามสี่เดือน หลายคนจึงกู้นอกระบบ",
        problem_en="When the water goes down families must repair homes and buy new seed at once, but state "
        "compensation arrives three or four months later, so many borrow from loan sharks.",
        how_th="อาสาสมัครถ่ายรูปความเสียหายผ่านแอปพร้อมพิกัด เวทีประชาคมหมู่บ้านรับรองรายชื่อ เงินโอนจากกองทุนที่ระดมไว้ล่วงหน้า "
        "ข้อมูลความเสียหายส่งต่อให้อำเภอใช้ประกอบการจ่ายเงินเยียวยาของรัฐ",
        how_en="Volunteers photograph damage in an app with coordinates, a village meeting confirms the list, money "
        "comes from a fund raised in advance, and the damage records go to the district to speed up state "
        "compensation.",
        indicator=Indicator(
            "ครัวเรือนที่ได้เงินภายในเจ็ดวัน", "Households paid within seven days", "ครัวเรือน (households)", (100, 3000), 0.4
        ),
        provinces=FLOOD,
    ),
    Concept(
        key="heatstroke-workers",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="ป้องกันลมแดดแรงงานกลางแจ้ง",
        core_en="Heat Safety for Outdoor Workers",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="เตือนดัชนีความร้อนรายชั่วโมงให้ไซต์ก่อสร้างและไร่อ้อย พร้อมจุดพักเย็น น้ำเกลือแร่ และตารางพักที่ผู้รับเหมาตกลงใช้",
        summary_en="Hourly heat-index alerts for building sites and cane fields, with cool rest points, electrolyte "
        "drinks and break schedules contractors agree to follow.",
        problem_th="หน้าร้อนแต่ละปีมีคนงานก่อสร้างและคนตัดอ้อยเป็นลมแดดเสียชีวิต นายจ้างไม่รู้ว่าร้อนแค่ไหนถึงต้องหยุดงาน คนงานก็ไม่กล้าขอพัก",
        problem_en="Every hot season construction workers and cane cutters die of heatstroke; employers don't know "
        "how hot is too hot to keep working and workers don't dare ask for a break.",
        how_th="ระบบส่งค่าดัชนีความร้อนเข้าไลน์หัวหน้าคนงานพร้อมสีเตือน ผู้รับเหมาที่ร่วมโครงการติดเต็นท์พักและพัดลมไอน้ำ "
        "คนงานได้อบรมอาการเตือนเป็นภาษาไทย เมียนมา และเขมร และ อสม. ติดตามผู้ที่มีโรคประจำตัว",
        how_en="Foremen get colour-coded heat-index alerts on LINE, contractors in the scheme set up shaded rest "
        "tents with misting fans, workers learn the warning signs in Thai, Burmese and Khmer, and health volunteers "
        "follow those with chronic illness.",
        indicator=Indicator("คนงานที่อยู่ในไซต์ที่มีมาตรการ", "Workers on protected sites", "คน (workers)", (300, 8000), 0.5),
        provinces=(*BANGKOK_METRO, "KKN", "UDN", "NMA", "KPT", "SPB", "CBI"),
    ),
    Concept(
        key="deaf-disaster-alerts",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="เตือนภัยสำหรับคนหูหนวก",
        core_en="Alerts for Deaf People",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ไฟกะพริบ สายรัดข้อมือสั่น และคลิปภาษามือ ให้คนหูหนวกรู้เมื่อหอกระจายข่าวประกาศเตือนน้ำป่าหรือไฟไหม้",
        summary_en="Flashing lights, vibrating wristbands and sign-language clips so deaf people know when the "
        "village loudspeaker warns of flash floods or fire.",
        problem_th="ตอนน้ำป่ามา คนหูหนวกไม่ได้ยินเสียงตามสายและเสียงไซเรน ต้องรอให้เพื่อนบ้านมาเคาะประตู บางคนติดอยู่ในบ้านจนน้ำถึงเอว",
        problem_en="When a flash flood comes, deaf people don't hear the loudspeakers or sirens and wait for a "
        "neighbour to knock; some are trapped until the water reaches their waist.",
        how_th="อุปกรณ์รับสัญญาณจากระบบเตือนภัยของหมู่บ้านแล้วเปิดไฟกะพริบในบ้าน คนหูหนวกและครอบครัวซ้อมแผนหนีภัยด้วยกัน "
        "ศูนย์ล่ามภาษามือทำคลิปประกาศเตือนทุกครั้งที่มีคำเตือนจากกรมอุตุนิยมวิทยา",
        how_en="A receiver linked to the village warning system switches on flashing lights at home, deaf people and "
        "their families rehearse escape plans together, and a sign-language centre makes a clip of every Thai "
        "Meteorological Department warning.",
        indicator=Indicator("คนหูหนวกที่มีอุปกรณ์เตือนภัย", "Deaf people with alert devices", "คน (people)", (20, 400), 0.4),
        provinces=(*FLOOD, "CMI", "MSN"),
    ),
    Concept(
        key="psychological-first-aid",
        area=AREA,
        also=("health",),
        core_th="ปฐมพยาบาลทางใจหลังภัยพิบัติ",
        core_en="Psychological First Aid",
        forms=("foundation", "unregistered_group"),
        summary_th="",
        summary_en="Trains teachers, monks and village volunteers in psychological first aid so that people who lost "
        "homes or relatives in a disaster get support in the first weeks.",
        problem_th="",
        problem_en="After floods and landslides people sleep badly, children stop talking and some adults turn to "
        "drink; mental health teams arrive weeks later, if at all.",
        how_th="",
        how_en="A two-day course teaches listening, spotting people at risk and when to refer; trained volunteers "
        "visit shelters and homes in pairs, and a hotline connects them to psychologists for difficult cases. Schools "
        "run art and play sessions to help children talk about what happened.",
        indicator=Indicator(
            "คนที่ได้รับการดูแลจิตใจหลังภัย", "People supported after disasters", "คน (people)", (100, 2000), 0.4
        ),
        provinces=FLOOD,
    ),
    Concept(
        key="saltwater-intrusion-watch",
        area=AREA,
        also=("sustainable-agriculture", "food-water-energy"),
        core_th="เฝ้าระวังน้ำเค็มรุกสวน",
        core_en="Saltwater Intrusion Watch",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="เซนเซอร์วัดความเค็มในคลองส่งค่าถึงมือถือชาวสวน ให้รู้ว่าเวลาไหนสูบน้ำเข้าสวนได้ เวลาไหนต้องปิดประตูน้ำ",
        summary_en="Salinity sensors in the canals send readings to orchard growers' phones, telling them when they "
        "can pump water in and when to close the sluice.",
        problem_th="หน้าแล้งน้ำทะเลหนุนขึ้นมาไกลกว่าทุกปี ชาวสวนทุเรียนและส้มโอสูบน้ำเค็มเข้าสวนโดยไม่รู้ตัว ต้นไม้อายุหลายสิบปียืนต้นตาย",
        problem_en="In the dry season the sea pushes further upstream each year; durian and pomelo growers pump salty "
        "water into their orchards without knowing and decades-old trees die.",
        how_th="กลุ่มติดตั้งเซนเซอร์ตามคลองสายหลัก ค่าความเค็มขึ้นแผนที่ในไลน์กลุ่มทุกสิบห้านาที เตือนเมื่อเกินค่าที่พืชทนได้ "
        "สมาชิกวางแผนเก็บน้ำจืดในร่องสวนล่วงหน้า และการประปากับกรมชลประทานใช้ข้อมูลเดียวกัน",
        how_en="The group installs sensors along the main canals, posts a salinity map to the LINE group every "
        "fifteen minutes with alerts above crop tolerance, members store fresh water in their ditches ahead of time, "
        "and the waterworks and irrigation department use the same data.",
        indicator=Indicator("สวนที่รอดจากน้ำเค็ม", "Orchards protected from salt", "ไร่ (rai)", (200, 4000), 0.4),
        provinces=("NBI", "PTE", "SKM", "SKN", "CCO", "SPK", "AYA"),
    ),
    Concept(
        key="sandbag-bank",
        area=AREA,
        also=("urbanisation",),
        core_th="ธนาคารกระสอบทราย",
        core_en="Sandbag Bank",
        forms=("unregistered_group",),
        summary_th="ชุมชนริมแม่น้ำเก็บกระสอบทราย เครื่องสูบน้ำ และเรือไว้ในโกดังกลาง พร้อมรายชื่ออาสาสมัครที่รู้ว่าใครต้องไปกั้นน้ำจุดไหน",
        summary_en="",
        problem_th="น้ำเหนือไหลบ่าทีไร ชาวบ้านแย่งกันซื้อกระสอบทรายจนหมดตลาด ราคาขึ้นสามเท่า กั้นน้ำไม่ทันบ้านก็จมก่อน",
        problem_en="",
        how_th="สมาชิกจ่ายปีละสองร้อยบาทเป็นค่าบำรุงโกดัง เทศบาลสนับสนุนทรายและกระสอบ แผนที่จุดกั้นน้ำแบ่งรับผิดชอบเป็นซอย "
        "ซ้อมบรรจุและวางกระสอบก่อนเดือนกันยายนทุกปี",
        how_en="",
        indicator=Indicator(
            "ครัวเรือนที่อยู่ในแนวป้องกัน", "Households behind the defences", "ครัวเรือน (households)", (50, 800), 0.3
        ),
        provinces=("AYA", "NSN", "PTE", "NBI", "BKK", "UBN", "PLK"),
        urban=True,
    ),
    Concept(
        key="raised-homes-flood-retrofit",
        area=AREA,
        also=("urbanisation", "finance-employment-welfare"),
        core_th="ยกบ้านหนีน้ำ",
        core_en="Flood-Proof Homes",
        forms=("social_enterprise_osep", "cooperative"),
        summary_th="ช่างชุมชนยกพื้นบ้าน ย้ายปลั๊กไฟขึ้นสูง และทำชั้นลอยเก็บของ ให้บ้านในพื้นที่น้ำท่วมซ้ำซากเสียหายน้อยลงทุกปี "
        "ผ่อนจ่ายผ่านกลุ่มออมทรัพย์",
        summary_en="Community builders raise floors, move sockets up the wall and add storage lofts so homes in "
        "repeatedly flooded areas lose less each year, paid in instalments through a savings group.",
        problem_th="บ้านในที่ลุ่มน้ำท่วมเกือบทุกปี ตู้เย็น ที่นอน และรถมอเตอร์ไซค์เสียหายซ้ำ ๆ ครอบครัวซื้อใหม่จนเป็นหนี้",
        problem_en="Low-lying homes flood almost every year; the fridge, mattresses and motorbike are ruined again "
        "and again, and families go into debt replacing them.",
        how_th="วิศวกรอาสาออกแบบการยกบ้านไม้และเสริมบ้านปูนหลายแบบตามงบ ช่างในชุมชนได้ฝึกและได้งาน ครอบครัวผ่อนเดือนละไม่กี่ร้อยบาท "
        "และกลุ่มบันทึกความเสียหายหลังน้ำท่วมเทียบกับบ้านที่ยังไม่ได้ปรับ",
        how_en="Volunteer engineers offer several designs for raising wooden houses and adapting concrete ones to fit "
        "budgets, local builders are trained and hired, families pay a few hundred baht a month, and the group "
        "compares flood damage with unadapted houses.",
        indicator=Indicator("บ้านที่ปรับให้ทนน้ำท่วม", "Homes flood-proofed", "หลัง (homes)", (20, 300), 0.4),
        provinces=FLOOD,
    ),
    Concept(
        key="drought-water-trucks",
        area=AREA,
        also=("food-water-energy", "public-sector-education"),
        core_th="จัดเส้นทางรถน้ำช่วงภัยแล้ง",
        core_en="Drought Water Delivery",
        forms=COMPANY,
        brands=(("น้ำถึง", "WaterReach"),),
        summary_th="ระบบให้หมู่บ้านแจ้งระดับน้ำในถังกลางทุกวัน แล้วจัดเส้นทางรถบรรทุกน้ำของ อบต. ให้ส่งถึงหมู่บ้านที่ใกล้หมดก่อน",
        summary_en="",
        problem_th="หน้าแล้งรถน้ำของ อบต. วิ่งส่งตามคิวที่โทรมาขอ หมู่บ้านที่น้ำหมดแล้วต้องรอหลายวัน ขณะที่บางหมู่บ้านยังมีน้ำเหลือแต่ได้ก่อน",
        problem_en="",
        how_th="ผู้ใหญ่บ้านถ่ายรูประดับน้ำในถังส่งเข้าแชตบอตทุกเช้า ระบบคำนวณวันที่น้ำจะหมดจากจำนวนครัวเรือน "
        "จัดลำดับและเส้นทางรถให้ประหยัดน้ำมัน และรายงานปริมาณน้ำที่ส่งให้จังหวัดใช้ขอรับการสนับสนุน",
        how_en="",
        indicator=Indicator("หมู่บ้านที่ไม่ขาดน้ำในหน้าแล้ง", "Villages never running dry", "หมู่บ้าน (villages)", (10, 150), 0.4),
        provinces=DROUGHT,
        youth_share=0.3,
    ),
)
