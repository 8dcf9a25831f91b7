"""Demo ventures of area 1, environmental conservation: rivers, seas, forests, rubbish and pollution."""

from ..content import COMMUNITY, COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, CENTRAL_PLAIN, CITIES, COAST, GULF, HIGHLAND, INDUSTRIAL, ISLANDS, NORTH

AREA = "environmental-conservation"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="waste-bank",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ธนาคารขยะ",
        core_en="Waste Bank",
        forms=COMMUNITY,
        summary_th="ธนาคารขยะชุมชนที่รับซื้อขยะรีไซเคิลจากครัวเรือนใน{place_th} แล้วเปลี่ยนเป็นเงินออมและสวัสดิการของสมาชิก",
        summary_en="A community waste bank in {place_en} that buys recyclables from households and turns them into "
        "members' savings and welfare.",
        problem_th="ขยะในชุมชนถูกเผาหรือทิ้งลงลำน้ำ เพราะไม่มีระบบคัดแยกและไม่มีจุดรับซื้อที่ใกล้บ้าน",
        problem_en="Household waste is burned or dumped in waterways because there is no sorting system and no buyer "
        "close to home.",
        how_th="สมาชิกนำขยะที่คัดแยกแล้วมาฝากทุกวันเสาร์แรกของเดือน ธนาคารบันทึกน้ำหนักและมูลค่าลงสมุดบัญชี "
        "และขายต่อให้โรงงานรีไซเคิลในราคาที่สูงกว่าการขายรายย่อย กำไรส่วนหนึ่งนำไปจัดสวัสดิการฌาปนกิจและทุนการศึกษาให้เด็กในชุมชน",
        how_en="Members bring sorted waste on the first Saturday of each month; the bank records weight and value in "
        "a passbook and sells in bulk to recyclers at better prices than individuals get. Part of the margin pays for "
        "funeral welfare and scholarships for local children.",
        indicator=Indicator("ขยะรีไซเคิลที่คัดแยกได้", "Recyclables collected", "ตัน/ปี (tonnes/year)", (8, 40), 0.35),
    ),
    Concept(
        key="mangrove-restoration",
        area=AREA,
        also=("sustainable-agriculture", "disaster-management"),
        core_th="อนุรักษ์ป่าชายเลน",
        core_en="Mangrove Conservation",
        forms=COMMUNITY,
        summary_th="ชุมชนประมงพื้นบ้านที่ฟื้นฟูป่าชายเลนและทำธนาคารปูม้า ให้สัตว์น้ำกลับมาและรายได้ของชาวประมงเพิ่มขึ้น",
        summary_en="Small-scale fishers restoring mangroves and running a blue-swimming-crab bank so that marine life "
        "and fishing incomes recover.",
        problem_th="ป่าชายเลนถูกบุกรุกทำนากุ้ง ปูและปลาลดลง ชาวประมงพื้นบ้านต้องออกเรือไกลขึ้นและเสียค่าน้ำมันมากขึ้น",
        problem_en="Mangroves were cleared for shrimp farms; crabs and fish declined and fishers must go further out "
        "at a higher fuel cost.",
        how_th="กลุ่มเพาะกล้าโกงกางและแสมปลูกปีละหลายหมื่นต้น ทำแนวไม้ไผ่ชะลอคลื่น "
        "และรับปูไข่นอกกระดองจากชาวประมงมาเพาะฟักก่อนปล่อยคืนทะเล ข้อมูลการจับสัตว์น้ำบันทึกผ่านแอปพลิเคชันบนมือถือเพื่อติดตามผล",
        how_en="The group raises mangrove seedlings and plants tens of thousands each year, builds bamboo wave "
        "breaks, and hatches egg-bearing crabs donated by fishers before releasing the young to the sea. Catch data "
        "is logged in a mobile app to track results.",
        indicator=Indicator("ป่าชายเลนที่ฟื้นฟู", "Mangrove area restored", "ไร่ (rai)", (20, 150), 0.25),
        provinces=COAST,
    ),
    Concept(
        key="net-upcycling",
        area=AREA,
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
        "pelletise them, and make bags, caps and yarn. Every product carries a code tracing it back to the community "
        "that collected the net.",
        indicator=Indicator("อวนประมงที่นำกลับมาใช้", "Fishing nets recovered", "กิโลกรัม (kg)", (800, 6000), 0.6),
        provinces=COAST,
        youth_share=0.25,
    ),
    Concept(
        key="community-forest",
        area=AREA,
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
    Concept(
        key="river-trash-boom",
        area=AREA,
        also=("urbanisation",),
        core_th="ทุ่นดักขยะแม่น้ำ",
        core_en="River Trash Boom",
        forms=(*COMPANY, "foundation"),
        brands=(("ริเวอร์การ์ด", "RiverGuard"), ("น้ำใสไหลดี", "Clear Flow")),
        summary_th="ทุ่นดักขยะลอยน้ำที่ขึงขวางคลองสาขา เก็บขวด ถุง และโฟมก่อนไหลลงแม่น้ำเจ้าพระยาและอ่าวไทย",
        summary_en="Floating booms across side canals that catch bottles, bags and foam before they reach the Chao "
        "Phraya and the Gulf of Thailand.",
        problem_th="ถุงพลาสติกกับขวดลอยเต็มคลองหลังบ้าน ทุกครั้งที่ฝนตก ขยะจากชุมชนริมคลองไหลลงแม่น้ำแล้วออกทะเล "
        "ท่อระบายน้ำอุดตันและน้ำท่วมขังนานขึ้น",
        problem_en="There is more rubbish in the river every year. Each rainstorm washes waste from canal-side "
        "communities into the river and out to sea, and blocked drains make floods last longer.",
        how_th="ทุ่นผลิตจากท่อ HDPE รีไซเคิล ติดตั้งเป็นแนวเฉียงให้ขยะไหลเข้ามุมเก็บโดยไม่ขวางเรือ "
        "ทีมเก็บขยะที่จ้างจากชุมชนริมคลองชั่งและแยกประเภทขยะทุกวัน ข้อมูลยี่ห้อและชนิดขยะส่งให้เขตและบริษัทผู้ผลิตเพื่อวางแผนลดขยะที่ต้นทาง",
        how_en="The booms are made from recycled HDPE pipe and set at an angle so rubbish drifts into a collection "
        "corner without blocking boats. A crew hired from the canal community weighs and sorts the catch daily; the "
        "brand and type data goes to the district office and to producers so they can cut waste at source.",
        indicator=Indicator(
            "ขยะที่ดักได้ก่อนลงทะเล", "Rubbish caught before it reaches the sea", "ตัน (tonnes)", (5, 60), 0.45
        ),
        provinces=(*BANGKOK_METRO, "AYA", "NSN"),
        urban=True,
        youth_share=0.25,
    ),
    Concept(
        key="refill-station",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ร้านเติมไม่ใช้ถุง",
        core_en="Refill Station",
        forms=COMPANY,
        brands=(("เติมได้", "Termdai Refill"), ("ขวดเดิม", "Same Bottle"), ("รีฟิลล์ตลาด", "Market Refill")),
        summary_th="ตู้เติมน้ำยาล้างจาน ผงซักฟอก และแชมพูแบบชั่งขายในตลาดสดและร้านโชห่วย ลูกค้าถือขวดเดิมมาเติม ไม่ต้องซื้อถุงเติมใหม่",
        summary_en="Weigh-and-pay refill dispensers for dish soap, detergent and shampoo in fresh markets and corner "
        "shops: customers bring the same bottle back instead of buying another plastic pouch.",
        problem_th="ถุงเติมน้ำยาและซองแชมพูเป็นพลาสติกหลายชั้นที่รีไซเคิลไม่ได้ ซาเล้งไม่รับซื้อ สุดท้ายถูกเผาหรือลงบ่อขยะ",
        problem_en="Refill pouches and shampoo sachets are multi-layer plastic that cannot be recycled; waste pickers "
        "will not buy them, so they end up burned or in the dump.",
        how_th="เราผลิตน้ำยาสูตรเข้มข้นร่วมกับวิสาหกิจชุมชน วางตู้จ่ายที่มีตาชั่งในร้านค้าปลีกรายย่อย เจ้าของร้านได้ส่วนแบ่งทุกลิตร "
        "และลูกค้าจ่ายถูกกว่าซื้อถุงเติมประมาณหนึ่งในห้า ระบบนับจำนวนถุงที่ไม่ต้องผลิตจากปริมาณที่เติมจริง",
        how_en="We make concentrated cleaners with community enterprises and place dispensers with scales in small "
        "shops. Shop owners earn a share of every litre and customers pay about a fifth less than for a pouch; the "
        "dispensers count the pouches avoided from what was actually refilled.",
        indicator=Indicator("ถุงพลาสติกที่ไม่ต้องใช้", "Plastic pouches avoided", "ถุง (pouches)", (4000, 50000), 0.6),
        provinces=CITIES,
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="temple-robes-pet",
        area=AREA,
        also=("tourism-culture",),
        core_th="วัดคัดแยกขยะ",
        core_en="Temple Waste Sorting",
        forms=("foundation", "unregistered_group"),
        summary_th="วัดที่เปลี่ยนขวดน้ำดื่มจากงานบุญเป็นผ้าไตรจีวร และสอนญาติโยมแยกขยะก่อนเข้าวัด",
        summary_en="A temple that turns the water bottles left after merit-making festivals into monks' robes, and "
        "teaches visitors to sort rubbish at the gate.",
        problem_th="งานบวช งานศพ และงานวัดแต่ละครั้งทิ้งขวดพลาสติก แก้ว และกล่องโฟมไว้หลายร้อยกิโลกรัม "
        "วัดไม่มีที่ทิ้งและต้องจ้างรถมาขนทุกสัปดาห์",
        problem_en="Every ordination, funeral and temple fair leaves hundreds of kilos of plastic bottles, cups and "
        "foam boxes behind; the temple has nowhere to put them and pays a truck to haul them away each week.",
        how_th="พระและอาสาสมัครตั้งจุดแยกขยะห้าถังหน้าศาลา ขวด PET ล้างแล้วส่งโรงงานพันธมิตรปั่นเป็นเส้นใยผสมฝ้าย "
        "ตัดเย็บเป็นผ้าไตรโดยกลุ่มแม่บ้าน เศษอาหารไปทำปุ๋ยหมักในสวนวัด ญาติโยมที่ถวายผ้าไตรรีไซเคิลรู้ว่าขวดของตัวเองกลับมาเป็นอะไร",
        how_en="Monks and volunteers run a five-bin sorting point by the hall. Clean PET bottles go to a partner mill "
        "that spins them into a cotton-blend yarn, and a women's group sews the robes; food scraps are composted in "
        "the temple garden.",
        indicator=Indicator("ขวดพลาสติกที่นำมาทำผ้า", "Bottles turned into cloth", "ขวด (bottles)", (10000, 80000), 0.4),
        provinces=(*BANGKOK_METRO, *CENTRAL_PLAIN),
    ),
    Concept(
        key="coral-nursery",
        area=AREA,
        also=("tourism-culture",),
        core_th="อนุบาลปะการัง",
        core_en="Coral Nursery",
        forms=(*COMMUNITY, "social_enterprise_osep"),
        summary_th="ชาวประมงและครูสอนดำน้ำที่เพาะเลี้ยงปะการังในแปลงอนุบาลใต้ทะเล แล้วย้ายปลูกคืนแนวปะการังที่ฟอกขาว",
        summary_en="Fishers and dive instructors growing coral fragments in underwater nurseries and replanting "
        "bleached reefs.",
        problem_th="ปะการังฟอกขาวจากน้ำทะเลร้อนและถูกสมอเรือท่องเที่ยวทำลาย ปลาที่เคยหากินตามแนวปะการังหายไป "
        "ชาวประมงพื้นบ้านจับปลาได้น้อยลง",
        problem_en="Reefs have bleached in hot seas and been broken by tour-boat anchors; reef fish have moved away "
        "and small-scale fishers catch less.",
        how_th="กลุ่มติดตั้งทุ่นผูกเรือแทนการทิ้งสมอ เพาะกิ่งปะการังบนโครงเหล็กในแปลงอนุบาลหนึ่งปีก่อนย้ายปลูก "
        "นักท่องเที่ยวจ่ายค่ากิจกรรมดำน้ำปลูกปะการัง รายได้ครึ่งหนึ่งจ่ายค่าแรงชาวประมงที่ดูแลแปลง",
        how_en="The group installs mooring buoys so boats stop dropping anchor, grows coral fragments on steel frames "
        "for a year before transplanting, and charges visitors for replanting dives; half the income pays the fishers "
        "who tend the nurseries.",
        indicator=Indicator(
            "ปะการังที่ย้ายปลูกรอดชีวิต", "Transplanted corals surviving", "กิ่ง (fragments)", (300, 3000), 0.35
        ),
        provinces=ISLANDS,
        youth_share=0.2,
    ),
    Concept(
        key="turtle-nest-guard",
        area=AREA,
        also=(),
        core_th="เฝ้ารังเต่าทะเล",
        core_en="Turtle Nest Watch",
        forms=COMMUNITY,
        summary_th="เยาวชนและชาวบ้านชายหาดเดินตรวจหาดทุกคืนในฤดูวางไข่ ล้อมรังเต่ามะเฟืองและเต่าตนุไม่ให้ถูกขโมยไข่หรือถูกรถทับ",
        summary_en="",
        problem_th="ไข่เต่าทะเลถูกลักขโมยไปขาย ลูกเต่าที่ฟักออกมาหลงแสงไฟจากรีสอร์ตเดินขึ้นถนนแทนที่จะลงทะเล",
        problem_en="",
        how_th="อาสาสมัครแบ่งเวรเดินหาดตั้งแต่สามทุ่มถึงตีห้า พบรังแล้วแจ้งอุทยานผ่านกลุ่มไลน์และล้อมตาข่าย "
        "ชวนรีสอร์ตริมหาดเปลี่ยนไฟเป็นสีส้มและหรี่ไฟในฤดูวางไข่ เด็กนักเรียนจดบันทึกวันฟักและจำนวนลูกเต่าที่ลงทะเลได้",
        how_en="",
        indicator=Indicator("ลูกเต่าที่ลงทะเลได้", "Hatchlings reaching the sea", "ตัว (hatchlings)", (200, 2500), 0.3),
        provinces=("PNA", "PKT", "KBI", "STN", "TRT", "CPN"),
        youth_share=0.45,
    ),
    Concept(
        key="constructed-wetland",
        area=AREA,
        also=("health", "urbanisation"),
        core_th="บึงประดิษฐ์บำบัดน้ำเสีย",
        core_en="Wetland Wastewater",
        forms=("community_enterprise", "foundation", "social_enterprise_osep"),
        summary_th="บึงประดิษฐ์ปลูกกกและธูปฤาษี บำบัดน้ำเสียจากบ้านเรือนก่อนปล่อยลงคลอง โดยไม่ใช้ไฟฟ้าและไม่ใช้สารเคมี",
        summary_en="Reed-bed wetlands that clean household wastewater before it reaches the canal, with no "
        "electricity and no chemicals.",
        problem_th="น้ำทิ้งจากครัวและห้องน้ำไหลลงคลองโดยตรง คลองเน่าเหม็นตั้งแต่หน้าแล้ง ปลาตายและเด็กเล่นน้ำไม่ได้อีกแล้ว",
        problem_en="Kitchen and bathroom water runs straight into the canal; it stinks from the start of the dry "
        "season, fish die and children can no longer swim there.",
        how_th="ชุมชนเลือกที่ดินสาธารณะริมคลอง ขุดบ่อเป็นชั้นกรวด ทราย และพืชน้ำตามแบบของนักวิจัยมหาวิทยาลัย ต่อท่อรวมน้ำทิ้งจากบ้านหลายสิบหลัง "
        "ชาวบ้านผลัดกันตัดพืชไปทำปุ๋ย และนักเรียนวัดค่าออกซิเจนในน้ำทุกเดือน",
        how_en="The community chooses public land by the canal and builds beds of gravel, sand and water plants to a "
        "university design, piping in wastewater from dozens of houses. Residents take turns cutting the plants for "
        "compost and pupils measure dissolved oxygen every month.",
        indicator=Indicator("น้ำเสียที่ผ่านการบำบัด", "Wastewater treated", "ลูกบาศก์เมตร/วัน (m³/day)", (20, 200), 0.3),
        provinces=(*CENTRAL_PLAIN, *BANGKOK_METRO, "SKM", "PBI"),
    ),
    Concept(
        key="black-soldier-fly",
        area=AREA,
        also=("sustainable-agriculture", "food-water-energy"),
        core_th="หนอนแมลงวันลายกินขยะอาหาร",
        core_en="Black Soldier Fly",
        forms=(*COMPANY, "community_enterprise"),
        brands=(("หนอนรักษ์โลก", "EarthGrub"), ("โปรตีนจากเศษ", "ScrapProtein")),
        summary_th="ใช้หนอนแมลงวันลายกำจัดเศษผักผลไม้จากตลาดสด แล้วขายหนอนเป็นอาหารไก่และปลา ส่วนมูลหนอนเป็นปุ๋ย",
        summary_en="Black soldier fly larvae eat a fresh market's vegetable and fruit scraps; the larvae are sold as "
        "chicken and fish feed and their droppings as fertiliser.",
        problem_th="ตลาดสดทิ้งเศษผักวันละหลายตัน เทศบาลต้องจ่ายค่าขนไปบ่อฝังกลบ กลิ่นเหม็นและน้ำชะขยะไหลลงท่อ",
        problem_en="Fresh markets throw out tonnes of vegetable scraps a day; the municipality pays to haul them to "
        "landfill, and the smell and leachate run into the drains.",
        how_th="โรงเลี้ยงหนอนตั้งอยู่ข้างตลาด แม่ค้าแยกเศษผักใส่ถังที่เราแจกให้ รถเก็บทุกเย็น หนอนกินเศษอาหารหมดในสิบสี่วัน "
        "เกษตรกรเลี้ยงไก่ไข่ซื้อหนอนแห้งแทนอาหารสำเร็จรูปบางส่วน ต้นทุนอาหารสัตว์ลดลง",
        how_en="The larvae house sits next to the market. Vendors put scraps in bins we provide, collected every "
        "evening; the larvae finish them in fourteen days. Egg farmers buy the dried larvae to replace part of their "
        "commercial feed.",
        indicator=Indicator(
            "เศษอาหารที่ไม่ต้องฝังกลบ", "Food scraps kept out of landfill", "ตัน/ปี (tonnes/year)", (30, 400), 0.5
        ),
        youth_share=0.3,
    ),
    Concept(
        key="e-waste-safe",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="คัดแยกขยะอิเล็กทรอนิกส์ปลอดภัย",
        core_en="Safe E-waste",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="ช่วยหมู่บ้านรับซื้อของเก่าให้ถอดแยกซากเครื่องใช้ไฟฟ้าอย่างปลอดภัย เลิกเผาสายไฟกลางทุ่ง และขายชิ้นส่วนได้ราคาดีขึ้น",
        summary_en="Helps scrap-dealing villages dismantle old electronics safely, stop burning cables in the fields "
        "and get better prices for the parts.",
        problem_th="หลายครัวเรือนมีรายได้จากการรื้อซากโทรทัศน์ ตู้เย็น และแอร์ แต่เผาสายไฟเอาทองแดงและเทน้ำยาทิ้ง ดินและน้ำบ่อมีตะกั่ว "
        "เด็กในหมู่บ้านมีสารโลหะหนักในเลือดสูง",
        problem_en="Many households earn a living taking apart old TVs, fridges and air conditioners, but they burn "
        "cables for the copper and pour away coolant; the soil and wells contain lead and village children have high "
        "levels of heavy metals in their blood.",
        how_th="เราตั้งลานถอดแยกกลางที่มีพื้นคอนกรีต เครื่องปอกสายไฟ และถังเก็บสารทำความเย็น ฝึกช่างในหมู่บ้าน "
        "รวมชิ้นส่วนขายตรงให้โรงงานรีไซเคิลที่มีใบอนุญาต และร่วมกับ รพ.สต. ตรวจเลือดเด็กปีละครั้ง",
        how_en="We run a shared dismantling yard with a concrete floor, cable strippers and coolant recovery, train "
        "the villagers, sell parts in bulk to licensed recyclers, and test children's blood every year with the local "
        "health centre.",
        indicator=Indicator(
            "ซากอิเล็กทรอนิกส์ที่ถอดแยกอย่างปลอดภัย", "E-waste dismantled safely", "ตัน (tonnes)", (20, 300), 0.35
        ),
        provinces=("KSN", "BRM", "RET", "SRN", "NMA"),
    ),
    Concept(
        key="bagasse-food-boxes",
        area=AREA,
        also=("urbanisation",),
        core_th="กล่องชานอ้อยแทนโฟม",
        core_en="Bagasse Food Boxes",
        forms=COMPANY,
        brands=(("ห่อดี", "Hor Dee"), ("กรีนบ็อกซ์", "GreenBox Thai")),
        summary_th="กล่องและถ้วยจากชานอ้อยและกาบหมากในราคาที่แม่ค้าข้างทางจ่ายไหว แทนกล่องโฟมและถุงพลาสติก",
        summary_en="Boxes and cups made from sugarcane bagasse and areca sheaths at a price street vendors can "
        "afford, replacing foam boxes and plastic bags.",
        problem_th="แม่ค้าอาหารตามสั่งยังใช้กล่องโฟมเพราะถูกที่สุด โฟมใส่อาหารร้อนไม่ปลอดภัยและย่อยสลายไม่ได้ ทิ้งเต็มท่อระบายน้ำ",
        problem_en="Food stalls still use foam boxes because they are cheapest; foam is unsafe with hot food, never "
        "breaks down, and clogs the drains.",
        how_th="โรงงานขนาดเล็กรับชานอ้อยจากโรงหีบและกาบหมากจากสวนชาวบ้าน อัดขึ้นรูปด้วยความร้อนโดยไม่ผสมพลาสติก "
        "ขายผ่านร้านขายส่งบรรจุภัณฑ์ในตลาด และทำระบบสั่งรวมให้แม่ค้าในซอยเดียวกันได้ราคาส่ง",
        how_en="A small plant takes bagasse from sugar mills and areca sheaths from village orchards and heat-presses "
        "them without plastic. We sell through packaging wholesalers in the markets and let vendors on one street "
        "order together at the wholesale price.",
        indicator=Indicator("กล่องโฟมที่ถูกแทนที่", "Foam boxes replaced", "ใบ (boxes)", (50000, 600000), 0.5),
        urban=True,
    ),
    Concept(
        key="seagrass-dugong",
        area=AREA,
        also=("tourism-culture",),
        core_th="อนุรักษ์หญ้าทะเลและพะยูน",
        core_en="Seagrass and Dugong",
        forms=COMMUNITY,
        summary_th="ชาวประมงพื้นบ้านที่ดูแลแหล่งหญ้าทะเล กำหนดเขตห้ามใช้อวนลาก และเฝ้าระวังพะยูนร่วมกับนักวิจัย",
        summary_en="Fishers protecting seagrass beds, keeping trawl nets out of a no-take zone, and monitoring "
        "dugongs with researchers.",
        problem_th="แหล่งหญ้าทะเลเสื่อมโทรมจากตะกอนและเรืออวนรุน พะยูนเกยตื้นตายปีละหลายตัว หอยและปลาที่ชาวบ้านเก็บกินก็ลดลง",
        problem_en="Seagrass beds are smothered by sediment and torn up by push-net boats; several dugongs strand and "
        "die every year, and the shellfish and fish villagers depend on have declined.",
        how_th="ชุมชนทำทุ่นแนวเขตอนุรักษ์ ผลัดเวรลาดตระเวนด้วยเรือหางยาว บันทึกการพบพะยูนและสภาพหญ้าทะเลลงแอป "
        "ส่งข้อมูลให้กรมทรัพยากรทางทะเลและชายฝั่ง และเปิดทริปชมหญ้าทะเลเล็ก ๆ ให้นักท่องเที่ยวที่อยากเรียนรู้",
        how_en="The community marks the protected zone with buoys, patrols by longtail boat, logs dugong sightings "
        "and seagrass condition in an app for the Department of Marine and Coastal Resources, and runs small seagrass "
        "trips for visitors.",
        indicator=Indicator("แหล่งหญ้าทะเลที่ได้รับการดูแล", "Seagrass under protection", "ไร่ (rai)", (300, 3000), 0.2),
        provinces=("TRG", "STN", "KBI", "PNA"),
    ),
    Concept(
        key="elephant-early-warning",
        area=AREA,
        also=("sustainable-agriculture", "disaster-management"),
        core_th="เตือนภัยช้างป่า",
        core_en="Wild Elephant Alert",
        forms=("community_enterprise", "unregistered_group", "foundation"),
        summary_th="กล้องดักถ่ายและไซเรนเตือนชาวบ้านเมื่อช้างป่าออกจากป่ามาหากินในสวน ลดการปะทะระหว่างคนกับช้าง",
        summary_en="Camera traps and sirens that warn villagers when wild elephants leave the forest for their "
        "orchards, so people and elephants stop clashing.",
        problem_th="ช้างป่าออกมากินทุเรียน ข้าวโพด และอ้อยของชาวบ้านเกือบทุกคืน ชาวสวนเสียรายได้ทั้งปี บางรายถูกช้างทำร้ายจนเสียชีวิต",
        problem_en="Wild elephants raid durian, maize and sugarcane nearly every night; growers lose a year's income "
        "and some have been killed.",
        how_th="กล้องที่ใช้ปัญญาประดิษฐ์แยกช้างออกจากวัวและคน ส่งภาพเข้ากลุ่มไลน์ของชุดเฝ้าระวัง และเปิดไฟกับไซเรนที่ขอบป่า "
        "ชาวบ้านปลูกพืชที่ช้างไม่กินเป็นแนวกันชน และอุทยานใช้ข้อมูลเส้นทางช้างวางแผนแหล่งน้ำและอาหารในป่า",
        how_en="AI cameras tell elephants from cattle and people, post photos to the watch team's LINE group, and "
        "switch on lights and sirens at the forest edge. Farmers plant crops elephants dislike as a buffer, and the "
        "park uses the movement data to plan water and food inside the forest.",
        indicator=Indicator(
            "การแจ้งเตือนก่อนช้างถึงสวน", "Warnings before elephants reach farms", "ครั้ง/ปี (alerts/year)", (20, 150), 0.4
        ),
        provinces=("CTI", "RYG", "PKN", "PBI", "KRI", "CCO", "SKW"),
    ),
    Concept(
        key="leaf-plates",
        area=AREA,
        also=("disaster-management", "finance-employment-welfare"),
        core_th="จานใบตองตึง",
        core_en="Leaf Plates",
        forms=("community_enterprise", "social_enterprise_osep"),
        brands=(("ใบไม้มีค่า", "LeafWorth"),),
        summary_th="รับซื้อใบตองตึงที่ร่วงในป่าผลัดใบมาอัดเป็นจานและชามส่งร้านอาหาร ลดเชื้อไฟป่าและสร้างรายได้ในหน้าแล้ง",
        summary_en="Buys fallen teak-family leaves from the dry forest and presses them into plates and bowls for "
        "restaurants, removing wildfire fuel and paying villagers in the dry season.",
        problem_th="ใบไม้แห้งที่ทับถมในป่าเต็งรังเป็นเชื้อเพลิงอย่างดี ไฟป่าลุกลามทุกปี ขณะที่ชาวบ้านไม่มีงานทำหลังเก็บเกี่ยว",
        problem_en="Thick layers of dry leaves in the deciduous forest are perfect fuel and fires spread every year, "
        "while villagers have no work after the harvest.",
        how_th="ชาวบ้านเก็บใบจากแนวกันไฟและริมป่าตามแผนที่คณะกรรมการป่าชุมชนกำหนด ล้าง อบ และอัดด้วยเครื่องอัดความร้อน "
        "จานที่ได้ใช้กับอาหารร้อนได้และย่อยสลายในหกสัปดาห์ ลูกค้าหลักคือร้านอาหารและงานอีเวนต์ที่เลิกใช้โฟม",
        how_en="Villagers collect leaves along firebreaks and forest edges as the community forest committee maps "
        "out, then wash, dry and heat-press them. The plates take hot food and break down in six weeks; our main "
        "buyers are restaurants and events that have dropped foam.",
        indicator=Indicator("ใบไม้แห้งที่เก็บออกจากป่า", "Dry leaves removed from the forest", "ตัน (tonnes)", (10, 120), 0.4),
        provinces=("CMI", "LPG", "LPN", "PRE", "NAN", "PYO", "TAK", "MSN"),
        youth_share=0.25,
    ),
    Concept(
        key="school-air-flags",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="ธงคุณภาพอากาศโรงเรียน",
        core_en="School Air Flags",
        forms=("foundation", "unregistered_group", "social_enterprise_osep"),
        summary_th="เครื่องวัดฝุ่น PM2.5 ราคาถูกในโรงเรียน พร้อมธงสีบอกครูว่าวันไหนควรงดกิจกรรมกลางแจ้ง และห้องเรียนปลอดฝุ่นสำหรับเด็กเล็ก",
        summary_en="Low-cost PM2.5 monitors in schools, coloured flags that tell teachers when to keep children "
        "indoors, and clean-air classrooms for the youngest pupils.",
        problem_th="ช่วงฝุ่นพีค เด็กยังเข้าแถวและเล่นกีฬากลางแจ้งเพราะโรงเรียนไม่รู้ค่าฝุ่นในพื้นที่ของตัวเอง เด็กเล็กไอและหอบบ่อยขึ้น",
        problem_en="During haze peaks children still line up and play sport outside because schools do not know the "
        "air quality on their own grounds; young children cough and wheeze more often.",
        how_th="เราติดเซนเซอร์ที่สอบเทียบกับสถานีกรมควบคุมมลพิษแล้ว ครูดูค่าบนจอหน้าห้องธุรการและเปลี่ยนธงหน้าเสาธง "
        "ห้องเรียนอนุบาลติดพัดลมกรองอากาศแบบประกอบเองที่ใช้ไส้กรองแอร์ ค่าใช้จ่ายต่อห้องไม่ถึงสองพันบาท",
        how_en="We install sensors calibrated against Pollution Control Department stations; teachers read the value "
        "on a screen by the office and change the flag on the flagpole. Kindergarten rooms get DIY fan filters built "
        "from standard filters, at under 2,000 baht a room.",
        indicator=Indicator(
            "นักเรียนในโรงเรียนที่มีระบบเตือนฝุ่น", "Pupils in schools with air alerts", "คน (pupils)", (500, 8000), 0.5
        ),
        provinces=(*HIGHLAND, "BKK", "SPK", "KKN", "SRI"),
        youth_share=0.35,
    ),
    Concept(
        key="used-cooking-oil",
        area=AREA,
        also=("food-water-energy", "health"),
        core_th="รับซื้อน้ำมันทอดซ้ำ",
        core_en="Used Cooking Oil",
        forms=COMPANY,
        brands=(("น้ำมันวนใหม่", "OilLoop"), ("ทอดแล้วขาย", "FryBack")),
        summary_th="รับซื้อน้ำมันพืชใช้แล้วจากร้านข้าวมันไก่ ร้านของทอด และโรงอาหาร ส่งทำไบโอดีเซล แทนที่จะถูกเทลงท่อหรือขายต่อให้ทอดซ้ำ",
        summary_en="Buys used cooking oil from chicken-rice shops, fried-snack stalls and canteens for biodiesel, "
        "instead of it going down the drain or being resold for frying again.",
        problem_th="น้ำมันทอดซ้ำดำคล้ำถูกเทลงท่อจนไขมันอุดตัน หรือมีพ่อค้ามารับซื้อไปกรองขายให้ร้านอาหารทอดต่อ เสี่ยงสารก่อมะเร็ง",
        problem_en="Black, over-used frying oil is poured down drains until the fat blocks them, or bought by "
        "middlemen who filter it and sell it back to food stalls, a cancer risk.",
        how_th="ร้านค้าลงทะเบียนผ่านไลน์และได้ถังพร้อมฝาล็อก รถเก็บตามรอบและจ่ายเงินโอนเข้าบัญชีทันที "
        "น้ำมันทุกถังมีบันทึกปลายทางว่าไปโรงงานไบโอดีเซล ร้านที่เข้าร่วมได้สติกเกอร์ ร้านนี้ไม่ใช้น้ำมันทอดซ้ำ จากเทศบาล",
        how_en="Shops sign up on LINE and get a lockable drum; our collectors pay by bank transfer on the spot and "
        "every drum is traced to a biodiesel plant. Participating shops display a municipal 'no reused oil' sticker.",
        indicator=Indicator("น้ำมันใช้แล้วที่เก็บได้", "Used oil collected", "ลิตร (litres)", (20000, 200000), 0.45),
        provinces=CITIES,
        urban=True,
    ),
    Concept(
        key="vinyl-banner-bags",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="กระเป๋าจากป้ายไวนิล",
        core_en="Banner Bags",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="กลุ่มแม่บ้านรับป้ายไวนิลเก่าจากหน่วยงานและงานอีเวนต์มาตัดเย็บเป็นกระเป๋า ผ้ากันเปื้อน และผ้าใบคลุมกองฟาง",
        summary_en="",
        problem_th="หลังเลือกตั้งและงานเทศกาลมีป้ายไวนิลถูกปลดทิ้งเป็นตัน ส่วนใหญ่ถูกเผาหรือฝังกลบ เพราะเป็นพีวีซีที่รีไซเคิลยาก",
        problem_en="",
        how_th="กลุ่มติดต่อเทศบาล ห้าง และผู้จัดงานให้ส่งป้ายมาที่ศูนย์ แม่บ้านล้าง ตัด และเย็บที่บ้านในเวลาว่างโดยได้ค่าแรงรายชิ้น "
        "ป้ายผืนใหญ่ที่ไม่สวยพอทำกระเป๋าขายให้ชาวนาใช้คลุมข้าวเปลือกและกองฟาง",
        how_en="",
        indicator=Indicator("ป้ายไวนิลที่นำกลับมาใช้", "Vinyl banners reused", "ผืน (banners)", (200, 3000), 0.4),
        youth_share=0.1,
    ),
    Concept(
        key="living-check-dams",
        area=AREA,
        also=("disaster-management", "food-water-energy"),
        core_th="ฝายมีชีวิตต้นน้ำ",
        core_en="Living Check Dams",
        forms=COMMUNITY,
        summary_th="ชาวบ้านต้นน้ำสร้างฝายชะลอน้ำจากไม้ไผ่ หิน และต้นไม้ที่มีชีวิต ให้ลำห้วยมีน้ำไหลนานขึ้นและป่ากลับมาชุ่มชื้น",
        summary_en="Upstream villagers build check dams of bamboo, stone and living plants so streams keep flowing "
        "longer and the forest recovers its moisture.",
        problem_th="ลำห้วยที่เคยมีน้ำทั้งปีแห้งตั้งแต่เดือนมกราคม หน้าฝนน้ำป่าพัดหน้าดินลงมาทับนาข้าวด้านล่าง",
        problem_en="Streams that used to run all year dry up by January, and in the rainy season flash floods wash "
        "topsoil onto the rice fields below.",
        how_th="ทุกปีหลังออกพรรษาชาวบ้านลงแขกสร้างฝายตามจุดที่เดินสำรวจร่วมกัน ใช้วัสดุในพื้นที่และปลูกไม้ที่รากยึดดินไว้บนตัวฝาย "
        "นักเรียนวัดระดับน้ำในห้วยทุกสัปดาห์ และข้อมูลถูกใช้ของบจากองค์การบริหารส่วนตำบลปีถัดไป",
        how_en="Every year after Buddhist Lent villagers build dams together at points they surveyed on foot, using "
        "local materials and planting trees whose roots bind each dam. Pupils record stream levels weekly, and the "
        "data supports the next year's budget request to the subdistrict council.",
        indicator=Indicator("ฝายที่สร้างและดูแล", "Check dams built and maintained", "ฝาย (dams)", (10, 120), 0.3),
        provinces=HIGHLAND,
        youth_share=0.3,
    ),
    Concept(
        key="water-hyacinth-craft",
        area=AREA,
        also=("tourism-culture", "finance-employment-welfare"),
        core_th="จักสานผักตบชวา",
        core_en="Water Hyacinth Craft",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="เก็บผักตบชวาที่ขวางลำน้ำมาตากแห้ง สานเป็นตะกร้าและเฟอร์นิเจอร์ส่งร้านของแต่งบ้าน ส่วนที่เหลือหมักเป็นปุ๋ย",
        summary_en="Clears water hyacinth from choked waterways, weaves the dried stems into baskets and furniture "
        "for homeware shops, and composts the rest.",
        problem_th="ผักตบชวาขึ้นแน่นจนเรือผ่านไม่ได้ น้ำใต้แพผักตบเน่าเสียและไหลช้า พอฝนตกหนักน้ำก็ระบายไม่ทัน",
        problem_en="",
        how_th="กลุ่มจ้างชาวบ้านเก็บผักตบวันละสองรอบร่วมกับเรือของกรมชลประทาน ก้านยาวตากแห้งแล้วส่งให้ช่างจักสานในหมู่บ้าน "
        "นักออกแบบจากมหาวิทยาลัยช่วยพัฒนาลวดลายใหม่ทุกปี ใบและรากหมักกับมูลวัวขายเป็นปุ๋ยให้สวนผัก",
        how_en="",
        indicator=Indicator("ผักตบชวาที่เก็บออกจากลำน้ำ", "Water hyacinth removed", "ตัน (tonnes)", (50, 600), 0.3),
        provinces=(*CENTRAL_PLAIN, "NPT", "PTE", "NBI"),
    ),
    Concept(
        key="mine-water-watch",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="ชาวบ้านตรวจน้ำใกล้เหมือง",
        core_en="Mine Water Watch",
        forms=("unregistered_group", "foundation"),
        summary_th="เครือข่ายชาวบ้านที่เรียนวิธีเก็บตัวอย่างน้ำและดินใกล้เหมืองแร่เอง ส่งห้องแล็บ และเผยแพร่ผลให้ทุกคนดูได้",
        summary_en="Villagers near a mine trained to sample their own water and soil, send it to a lab, and publish "
        "the results for everyone to see.",
        problem_th="ชาวบ้านรอบเหมืองเป็นผื่นคันและกังวลว่าน้ำในลำห้วยมีสารหนูและไซยาไนด์ แต่ผลตรวจของทางการมาช้าและอ่านไม่เข้าใจ",
        problem_en="People around the mine have rashes and fear arsenic and cyanide in the stream, but official test "
        "results arrive late and are hard to read.",
        how_th="นักวิทยาศาสตร์อาสาสอนการเก็บตัวอย่างตามมาตรฐาน ชาวบ้านเก็บทุกไตรมาสในจุดเดิม ผลแล็บแปลงเป็นแผนที่สีเขียว เหลือง แดง "
        "อ่านง่ายบนมือถือ และใช้เป็นหลักฐานยื่นต่อคณะกรรมการสิ่งแวดล้อมจังหวัด",
        how_en="Volunteer scientists teach standard sampling; villagers sample the same points every quarter. Lab "
        "results become a green-amber-red map that is easy to read on a phone and serve as evidence for the "
        "provincial environment committee.",
        indicator=Indicator("จุดเก็บตัวอย่างน้ำที่ติดตามต่อเนื่อง", "Water points monitored", "จุด (points)", (6, 40), 0.25),
        provinces=("LEI", "PCK", "PNB", "KRI", "TAK", "NRT"),
    ),
    Concept(
        key="factory-smell-map",
        area=AREA,
        also=("public-sector-education", "urbanisation"),
        core_th="แผนที่กลิ่นเหม็นโรงงาน",
        core_en="Pollution Report Map",
        forms=COMPANY,
        brands=(("ได้กลิ่น", "SmellSpot"), ("อากาศเรา", "OurAir")),
        summary_th="แอปให้คนที่อยู่ใกล้นิคมอุตสาหกรรมกดแจ้งกลิ่นเหม็น ควัน และเสียงดังได้ในสองคลิก ระบบรวมเป็นแผนที่ส่งหน่วยงานตรวจสอบ",
        summary_en="An app that lets people living near industrial estates report smells, smoke and noise in two "
        "taps, combining the reports into a map for the inspectors.",
        problem_th="ชาวบ้านได้กลิ่นสารเคมีตอนกลางคืนบ่อยครั้ง ร้องเรียนทีละรายแล้วเรื่องเงียบ เพราะไม่มีข้อมูลว่าเกิดเมื่อไร ที่ไหน "
        "และลมพัดจากทางใด",
        problem_en="Residents often smell chemicals at night, but single complaints go nowhere because nobody can "
        "show when and where it happened or which way the wind was blowing.",
        how_th="ทุกการแจ้งบันทึกพิกัด เวลา และทิศทางลมจากสถานีอากาศโดยอัตโนมัติ เมื่อมีรายงานหลายรายในเวลาใกล้กัน "
        "ระบบส่งสรุปพร้อมแผนที่ถึงสำนักงานอุตสาหกรรมจังหวัดและเทศบาล และแสดงสถานะการตรวจสอบให้ผู้แจ้งเห็น",
        how_en="Each report records location, time and the wind direction from nearby weather stations. When several "
        "reports cluster, the system sends a summary map to the provincial industry office and the municipality and "
        "shows reporters what happened next.",
        indicator=Indicator("เรื่องร้องเรียนที่ได้รับการตรวจสอบ", "Complaints investigated", "เรื่อง (cases)", (20, 300), 0.5),
        provinces=INDUSTRIAL,
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="tree-bank",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ธนาคารต้นไม้",
        core_en="Tree Bank",
        forms=("community_enterprise", "cooperative", "unregistered_group"),
        summary_th="สมาชิกปลูกไม้มีค่าอย่างสัก ประดู่ และยางนาบนที่ดินของตัวเอง แล้วลงทะเบียนต้นไม้เป็นทรัพย์สินที่ใช้ค้ำประกันเงินกู้ได้",
        summary_en="",
        problem_th="ชาวบ้านไม่อยากปลูกไม้ยืนต้นเพราะต้องรอสิบปีกว่าจะขายได้ เวลาเดือดร้อนก็ไม่มีหลักทรัพย์ไปกู้ ต้องพึ่งเงินกู้นอกระบบ",
        problem_en="",
        how_th="อาสาสมัครวัดเส้นรอบวงและความสูงของต้นไม้ทุกปี ถ่ายรูปติดพิกัดลงฐานข้อมูลของกลุ่ม "
        "ต้นไม้ที่ขึ้นทะเบียนแล้วใช้เป็นหลักประกันกู้กับกองทุนหมู่บ้านและสถาบันการเงินที่ร่วมโครงการได้ กลุ่มยังขายคาร์บอนเครดิตจากต้นไม้ที่ดูแลไว้",
        how_en="",
        indicator=Indicator("ต้นไม้ที่ขึ้นทะเบียน", "Trees registered", "ต้น (trees)", (2000, 40000), 0.3),
    ),
    Concept(
        key="forest-carbon-credits",
        area=AREA,
        also=("finance-employment-welfare", "disaster-management"),
        core_th="คาร์บอนเครดิตป่าชุมชน",
        core_en="Community Forest Carbon",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="ช่วยป่าชุมชนขึ้นทะเบียนคาร์บอนเครดิตกับ อบก. และขายให้บริษัท โดยเงินกลับไปจ่ายค่าลาดตระเวน ทำแนวกันไฟ "
        "และกองทุนการศึกษา",
        summary_en="Helps community forests register carbon credits with Thailand's greenhouse gas agency and sell "
        "them to companies, with the money going to patrols, firebreaks and a school fund.",
        problem_th="คนดูแลป่าชุมชนทำงานแบบอาสามาหลายสิบปีโดยไม่มีค่าตอบแทน รุ่นลูกหลานไม่อยากสานต่อ ป่าจึงเสี่ยงถูกบุกรุก",
        problem_en="Community forest guardians have worked for decades without pay; the next generation does not want "
        "to take over and the forest is at risk of encroachment.",
        how_th="ทีมสำรวจแปลงตัวอย่างร่วมกับชาวบ้าน คำนวณการกักเก็บคาร์บอนตามวิธีของ T-VER จัดทำเอกสารและประสานผู้ตรวจสอบ "
        "สัญญาซื้อขายระบุให้รายได้อย่างน้อยร้อยละเจ็ดสิบเข้ากองทุนป่าชุมชนที่สมาชิกร่วมกันตัดสินใจใช้",
        how_en="Our team surveys sample plots with villagers, calculates carbon storage with the T-VER method, "
        "prepares the documents and brings in verifiers. Contracts send at least seventy percent of the income to a "
        "community forest fund whose members decide how to use it.",
        indicator=Indicator("คาร์บอนที่ขึ้นทะเบียน", "Carbon credits registered", "ตันคาร์บอนฯ (tCO2e)", (500, 8000), 0.4),
        provinces=(*HIGHLAND, "UTT", "PRE", "LPG", "SKW", "KRI"),
    ),
    Concept(
        key="plastic-paving-blocks",
        area=AREA,
        also=("urbanisation",),
        core_th="อิฐบล็อกจากพลาสติก",
        core_en="Plastic Paving Blocks",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="บดถุงพลาสติกและซองขนมที่ไม่มีใครรับซื้อ ผสมกับทรายอัดเป็นอิฐตัวหนอนปูทางเดินในหมู่บ้านและโรงเรียน",
        summary_en="Shreds the bags and snack wrappers nobody buys and mixes them with sand into paving blocks for "
        "village paths and school yards.",
        problem_th="ถุงก๊อบแก๊บและซองขนมไม่มีราคา ร้านรับซื้อของเก่าไม่เอา ชาวบ้านจึงเผาหลังบ้าน ควันดำลอยเข้าบ้านเพื่อนบ้าน",
        problem_en="Plastic bags and crisp packets are worthless, so scrap shops refuse them and people burn them "
        "behind the house, sending black smoke into the neighbours' homes.",
        how_th="ครัวเรือนนำพลาสติกที่ล้างแล้วมาแลกไข่ไก่ที่ศูนย์ของกลุ่ม เครื่องหลอมขนาดเล็กผสมพลาสติกกับทรายแล้วอัดขึ้นรูป "
        "อิฐผ่านการทดสอบกำลังรับแรงอัดจากวิทยาลัยเทคนิค และองค์การบริหารส่วนตำบลซื้อไปใช้ปูลานอเนกประสงค์",
        how_en="Households swap washed plastic for eggs at the group's centre. A small melter mixes it with sand and "
        "moulds the blocks, which passed compressive-strength tests at a technical college; the subdistrict council "
        "buys them for public courtyards.",
        indicator=Indicator("พลาสติกยืดที่ไม่ถูกเผา", "Soft plastic kept from burning", "กิโลกรัม (kg)", (1000, 15000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="school-zero-waste",
        area=AREA,
        also=("public-sector-education",),
        core_th="โรงเรียนขยะเป็นศูนย์",
        core_en="Zero Waste School",
        forms=("unregistered_group", "foundation"),
        summary_th="ชุดกิจกรรมที่ให้นักเรียนสำรวจขยะในโรงเรียนของตัวเอง แล้วออกแบบวิธีลดเอง ตั้งแต่โรงอาหารไม่ใช้ถุงจนถึงตลาดนัดแลกของ",
        summary_en="",
        problem_th="โรงเรียนหนึ่งแห่งทิ้งถุงนม หลอด และถุงใส่น้ำหวานวันละหลายพันชิ้น สอนเรื่องแยกขยะในห้องเรียนแล้วแต่ถังขยะยังปนกันเหมือนเดิม",
        problem_en="",
        how_th="สภานักเรียนชั่งและนับขยะหนึ่งสัปดาห์เป็นค่าฐาน เลือกปัญหาที่ใหญ่ที่สุดมาแก้เองโดยมีพี่เลี้ยงจากมูลนิธิ เช่น "
        "ให้แม่ค้าในโรงอาหารใช้แก้วล้างได้ ล้างถุงนมส่งรีไซเคิล และจัดตลาดนัดแลกชุดนักเรียนเก่า ผลชั่งขยะประกาศหน้าเสาธงทุกเดือน",
        how_en="",
        indicator=Indicator("ขยะที่ลดลงต่อนักเรียน", "Waste cut per pupil", "กรัม/วัน (g/day)", (40, 120), 0.3),
        youth_share=0.6,
    ),
    Concept(
        key="sea-litter-buyback",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="เรือประมงเก็บขยะทะเล",
        core_en="Fishing for Litter",
        forms=("community_enterprise", "foundation"),
        summary_th="เรือประมงพื้นบ้านเก็บขยะที่ติดอวนกลับขึ้นฝั่ง แทนการโยนทิ้งลงทะเลอีกครั้ง โดยได้ค่าตอบแทนตามน้ำหนัก",
        summary_en="Small fishing boats bring back the rubbish caught in their nets instead of throwing it overboard "
        "again, and are paid by the kilo.",
        problem_th="ทุกครั้งที่กู้อวนจะมีถุงพลาสติก ขวด และรองเท้าแตะติดขึ้นมา ชาวประมงไม่มีที่เก็บบนเรือก็ต้องโยนกลับลงทะเล",
        problem_en="Every haul brings up bags, bottles and flip-flops, and with nowhere to keep them on board fishers "
        "throw them back into the sea.",
        how_th="กลุ่มแจกถุงตาข่ายใบใหญ่ให้เรือทุกลำ ตั้งจุดชั่งที่ท่าเทียบเรือ จ่ายเงินเป็นแต้มแลกน้ำมันเรือ ขยะที่รีไซเคิลได้ขายต่อ "
        "ส่วนที่เหลือส่งเตาเผาขยะของเทศบาล ข้อมูลแหล่งที่พบขยะส่งให้นักวิจัยติดตามเส้นทางขยะ",
        how_en="The group gives every boat large mesh sacks, weighs the catch at the pier and pays in points that buy "
        "boat fuel. Recyclables are sold on and the rest goes to the municipal incinerator; where the rubbish was "
        "found is shared with researchers tracing marine litter.",
        indicator=Indicator("ขยะทะเลที่เรือนำขึ้นฝั่ง", "Marine litter landed", "ตัน (tonnes)", (3, 40), 0.4),
        provinces=GULF,
    ),
    Concept(
        key="island-bottle-return",
        area=AREA,
        also=("tourism-culture",),
        core_th="มัดจำขวดบนเกาะ",
        core_en="Island Bottle Deposit",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="",
        summary_en="A bottle-deposit scheme on a small tourist island: visitors pay ten baht extra per bottle and get "
        "it back at any shop, so bottles go back to the mainland instead of piling up.",
        problem_th="",
        problem_en="The island has no landfill and no recycling plant. In high season tourists leave thousands of "
        "glass and plastic bottles a day; they are burned in the open or pile up behind the village and wash into the "
        "sea in the monsoon.",
        how_th="",
        how_en="Shops, resorts and dive centres sign up and charge the deposit at the till. Returned bottles are "
        "crushed or baled at a collection point and ride back to the mainland on the supply boats that would "
        "otherwise return empty. Unclaimed deposits pay the two local staff and a beach clean each month.",
        indicator=Indicator(
            "ขวดที่ส่งกลับฝั่ง", "Bottles shipped back to the mainland", "ขวด (bottles)", (20000, 250000), 0.4
        ),
        provinces=ISLANDS,
    ),
    Concept(
        key="textile-take-back",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="เสื้อผ้าเก่าไม่ทิ้ง",
        core_en="Textile Take-Back",
        forms=COMPANY,
        brands=(("ผ้าวน", "ReThread"), ("ตู้รับผ้า", "ClothesLoop")),
        summary_th="",
        summary_en="Clothing drop boxes at condominiums and offices; wearable clothes go to charity shops and the "
        "rest is shredded into insulation and recycled yarn.",
        problem_th="",
        problem_en="Fast fashion means city households throw out bags of clothes every year. Charities can only use a "
        "fraction, and the rest goes to landfill, where synthetic fibres never break down.",
        how_th="",
        how_en="We place drop boxes in condo lobbies and company offices and collect them weekly. Sorters, many of "
        "them women over fifty who found few other jobs, grade every item: good clothes go to second-hand shops that "
        "fund a shelter, worn cotton becomes wiping rags, and mixed fibres go to a partner mill that makes building "
        "insulation.",
        indicator=Indicator("เสื้อผ้าที่ไม่ต้องฝังกลบ", "Clothes kept out of landfill", "ตัน (tonnes)", (10, 150), 0.5),
        provinces=BANGKOK_METRO,
        urban=True,
    ),
    Concept(
        key="irrawaddy-dolphin",
        area=AREA,
        also=("tourism-culture",),
        core_th="อนุรักษ์โลมาอิรวดีทะเลสาบ",
        core_en="Lake Dolphin Guardians",
        forms=COMMUNITY,
        summary_th="ชาวประมงรอบทะเลสาบเปลี่ยนมาใช้เครื่องมือประมงที่ไม่ทำร้ายโลมาอิรวดี แลกกับราคาปลาที่ดีขึ้นจากตลาดปลาอนุรักษ์",
        summary_en="Lake fishers switch to gear that does not kill Irrawaddy dolphins, in return for better prices "
        "through a conservation fish market.",
        problem_th="โลมาอิรวดีในทะเลสาบเหลือไม่ถึงสิบตัว ส่วนใหญ่ตายเพราะติดอวนลอย ชาวประมงก็ไม่มีรายได้พอจะเลิกใช้อวนแบบเดิม",
        problem_en="Fewer than ten Irrawaddy dolphins are left in the lake and most deaths come from gill nets, but "
        "fishers cannot afford to give up their old nets.",
        how_th="กลุ่มแลกอวนลอยเป็นลอบและไซที่ไม่ทำร้ายโลมาให้ฟรี รับซื้อปลาจากเรือที่ใช้เครื่องมือปลอดภัยในราคาสูงกว่าท้องตลาด "
        "ขายให้ร้านอาหารที่ติดป้ายปลาจากชาวประมงผู้พิทักษ์โลมา และอบรมเรือนำเที่ยวให้ชมโลมาโดยไม่รบกวน",
        how_en="The group swaps gill nets for traps that are safe for dolphins, buys fish from boats using safe gear "
        "above market price, sells it to restaurants under a 'dolphin guardian' label, and trains boat operators to "
        "watch dolphins without disturbing them.",
        indicator=Indicator("อวนลอยที่ถูกเปลี่ยน", "Gill nets replaced", "ผืน (nets)", (20, 200), 0.3),
        provinces=("SKA", "PLG", "NRT"),
    ),
    Concept(
        key="urban-arborists",
        area=AREA,
        also=("urbanisation",),
        core_th="รุกขกรดูแลต้นไม้เมือง",
        core_en="Urban Arborists",
        forms=("social_enterprise_osep", "company"),
        brands=(("รุกขชน", "TreeFolk"),),
        summary_th="ทีมรุกขกรที่ตัดแต่งต้นไม้ริมถนนอย่างถูกวิธี แทนการบั่นยอดจนเหลือแต่ตอ และฝึกคนว่างงานให้เป็นรุกขกรมืออาชีพ",
        summary_en="Certified arborists who prune street trees properly instead of lopping them to stumps, and train "
        "unemployed people to do the same.",
        problem_th="ต้นไม้ริมถนนถูกตัดกุดทุกปีเพื่อหลบสายไฟ ต้นไม้โทรม ผุ และโค่นล้มทับคนเมื่อพายุเข้า เมืองร้อนขึ้นเพราะไม่มีร่มเงา",
        problem_en="Street trees are lopped every year to clear power lines; they rot, fall on people in storms, and "
        "the city heats up with no shade.",
        how_th="เรารับงานดูแลต้นไม้จากเขต หมู่บ้านจัดสรร และมหาวิทยาลัย สำรวจสุขภาพต้นไม้ทุกต้นลงแผนที่ ตัดแต่งตามมาตรฐานสากล "
        "รายได้ส่วนหนึ่งใช้ฝึกเยาวชนนอกระบบการศึกษาเป็นรุกขกรพร้อมใบรับรอง",
        how_en="We take tree-care contracts from districts, housing estates and universities, map the health of every "
        "tree, prune to international standards, and use part of the income to train out-of-school youth as certified "
        "arborists.",
        indicator=Indicator("ต้นไม้ในเมืองที่ได้รับการดูแล", "City trees cared for", "ต้น (trees)", (500, 8000), 0.4),
        provinces=CITIES,
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="bangkok-condo-sorting",
        area=AREA,
        also=("urbanisation",),
        core_th="คอนโดแยกขยะ",
        core_en="Condo Waste Sorting",
        forms=COMPANY,
        brands=(("แยกง่าย", "SortEasy"),),
        summary_th="บริการวางระบบแยกขยะในคอนโดและอพาร์ตเมนต์ ตั้งแต่ถังแยกประจำชั้นจนถึงรถรับเศษอาหารไปทำปุ๋ย "
        "นิติบุคคลจ่ายค่าบริการจากค่าขยะที่ลดลง",
        summary_en="",
        problem_th="คนในคอนโดอยากแยกขยะ แต่ห้องขยะมีถังเดียว แม่บ้านต้องเทรวม รถเก็บขยะก็เทรวมอีกรอบ คนเลยเลิกแยก",
        problem_en="",
        how_th="ทีมงานสำรวจห้องขยะและปริมาณขยะของอาคาร ติดตั้งถังแยกสี่ประเภทพร้อมป้ายที่ลูกบ้านเข้าใจง่าย ฝึกแม่บ้านอาคาร "
        "และทำสัญญากับผู้รับซื้อรีไซเคิลกับฟาร์มปุ๋ยหมัก รายงานน้ำหนักขยะแต่ละประเภทส่งนิติบุคคลทุกเดือน",
        how_en="",
        indicator=Indicator("อาคารที่แยกขยะครบวงจร", "Buildings sorting their waste", "อาคาร (buildings)", (5, 80), 0.5),
        provinces=("BKK", "NBI", "PTE", "SPK", "CBI"),
        urban=True,
        youth_share=0.3,
    ),
    Concept(
        key="coastal-microplastic-lab",
        area=AREA,
        also=("public-sector-education",),
        core_th="นักสืบไมโครพลาสติก",
        core_en="Microplastic Detectives",
        forms=("foundation", "unregistered_group"),
        summary_th="ชุดทดลองให้นักเรียนโรงเรียนริมทะเลเก็บทรายและน้ำทะเลมาหาไมโครพลาสติกเอง แล้วส่งข้อมูลขึ้นฐานข้อมูลกลาง",
        summary_en="Kits that let pupils at seaside schools find microplastics in their own beach sand and seawater "
        "and upload the counts to a shared database.",
        problem_th="ไมโครพลาสติกพบในปลาและหอยที่คนกินกันทุกวัน แต่ข้อมูลในพื้นที่มีน้อย คนในชุมชนเลยไม่รู้ว่าชายหาดของตัวเองหนักแค่ไหน",
        problem_en="Microplastics turn up in the fish and shellfish people eat every day, but local data is scarce "
        "and communities have no idea how bad their own beach is.",
        how_th="ชุดทดลองมีตะแกรงร่อน แว่นขยายต่อมือถือ และคู่มือภาษาไทย ครูวิทยาศาสตร์ได้อบรมหนึ่งวัน นักเรียนเก็บตัวอย่างทุกเดือน "
        "นักวิจัยมหาวิทยาลัยสุ่มตรวจความถูกต้อง ผลแต่ละหาดแสดงบนแผนที่ออนไลน์และใช้ในโครงงานวิทยาศาสตร์",
        how_en="Each kit has sieves, a phone-clip magnifier and a Thai handbook; science teachers get a day's "
        "training, pupils sample monthly, and university researchers spot-check the counts. Each beach appears on an "
        "online map and in school science projects.",
        indicator=Indicator("หาดที่มีข้อมูลไมโครพลาสติก", "Beaches with microplastic data", "หาด (beaches)", (5, 60), 0.4),
        provinces=COAST,
        youth_share=0.5,
    ),
    Concept(
        key="mangrove-honey",
        area=AREA,
        also=("sustainable-agriculture",),
        core_th="น้ำผึ้งป่าชายเลน",
        core_en="Mangrove Honey",
        forms=("community_enterprise",),
        summary_th="เลี้ยงผึ้งในป่าชายเลนที่ชุมชนปลูกคืน ได้น้ำผึ้งดอกลำพูและดอกแสมขายในราคาดี ทำให้การดูแลป่าเป็นรายได้",
        summary_en="",
        problem_th="ชุมชนปลูกป่าชายเลนมาหลายปีแต่ยังไม่มีรายได้จากป่า คนรุ่นใหม่เห็นว่าปลูกไปก็ไม่ได้อะไร นายทุนจึงมาขอเช่าทำบ่อกุ้ง",
        problem_en="",
        how_th="สมาชิกวางรังผึ้งโพรงใต้ร่มไม้ในแปลงป่าที่ปลูกคืน เก็บน้ำผึ้งปีละสองรอบ บรรจุขวดพร้อมคิวอาร์โค้ดเล่าเรื่องป่าแปลงนั้น "
        "เงินส่วนหนึ่งเข้ากองทุนปลูกป่าเพิ่ม และกติกาชุมชนห้ามตัดต้นไม้ในแปลงที่มีรังผึ้ง",
        how_en="",
        indicator=Indicator("น้ำผึ้งที่เก็บได้", "Honey harvested", "กิโลกรัม (kg)", (50, 600), 0.4),
        provinces=("CTI", "TRT", "SKM", "PBI", "RNG", "PNA", "KBI", "TRG", "STN", "NRT"),
    ),
)
