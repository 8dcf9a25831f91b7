"""Demo ventures of area 6, urbanisation: housing, transport, road safety, public space, city life."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, CITIES, INDUSTRIAL, ISAN

AREA = "urbanisation"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="urban-farm",
        area=AREA,
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
        area=AREA,
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
        area=AREA,
        also=("finance-employment-welfare", "environmental-conservation"),
        core_th="บ้านมั่นคงริมคลอง",
        core_en="Canal-side Housing",
        forms=("cooperative", "unregistered_group", "foundation"),
        summary_th="ชุมชนริมคลองที่รวมกลุ่มออมทรัพย์และออกแบบบ้านใหม่ร่วมกับสถาปนิกชุมชน เพื่อที่อยู่อาศัยมั่นคงและคลองที่สะอาด",
        summary_en="Canal-side residents who pool savings and redesign their homes with community architects, gaining "
        "secure housing and a cleaner canal.",
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
        area=AREA,
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
    Concept(
        key="railway-community-housing",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="บ้านมั่นคงชุมชนริมทางรถไฟ",
        core_en="Railside Housing",
        forms=("cooperative", "foundation"),
        summary_th="ชุมชนริมทางรถไฟที่ถูกไล่รื้อ รวมตัวเป็นสหกรณ์เช่าที่ดินระยะยาวและสร้างบ้านแถวใหม่ใกล้ที่เดิม ไม่ต้องย้ายไปไกลที่ทำงาน",
        summary_en="A railway-side community facing eviction formed a cooperative, leased land long-term and built "
        "new row houses close to where they lived, so nobody has to move far from work.",
        problem_th="ชุมชนแออัดริมทางรถไฟอยู่มาสามสิบปีแต่ถูกสั่งให้ย้ายออกเพราะรถไฟทางคู่ ที่รองรับที่รัฐเสนออยู่ไกลสี่สิบกิโล ลูกต้องย้ายโรงเรียน "
        "พ่อแม่ตกงาน",
        problem_en="A slum beside the railway, there for thirty years, was told to leave for the new double track; "
        "the relocation site offered was forty kilometres away, which meant new schools for the children and lost "
        "jobs for the parents.",
        how_th="สมาชิกออมเงินวันละยี่สิบบาทมาห้าปี สถาปนิกชุมชนออกแบบบ้านร่วมกับทุกครอบครัว สินเชื่อจาก พอช. และที่ดินเช่าสามสิบปีจากการรถไฟ "
        "ผู้สูงอายุและคนพิการได้บ้านชั้นล่าง และสหกรณ์ทำบัญชีเปิดเผยให้สมาชิกตรวจได้ทุกเดือน",
        how_en="Members saved twenty baht a day for five years; community architects designed the houses with each "
        "family, with a loan from the community housing agency and a thirty-year lease from the railway. Older and "
        "disabled members get ground-floor homes, and the accounts are open to members every month.",
        indicator=Indicator("ครอบครัวที่มีบ้านมั่นคง", "Families securely housed", "ครอบครัว (families)", (30, 300), 0.2),
        provinces=("BKK", "KKN", "NMA", "UBN", "UDN", "SKA", "PLK"),
        urban=True,
    ),
    Concept(
        key="worker-rental-rooms",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="หอพักคนงานราคาเป็นธรรม",
        core_en="Fair Worker Rooms",
        forms=("social_enterprise_osep", "company"),
        brands=(("ห้องดี", "RoomDee"),),
        summary_th="หอพักสำหรับคนงานโรงงานที่ค่าเช่าไม่เกินหนึ่งในห้าของค่าแรง มีห้องซักรีด พื้นที่เด็กเล่น และไม่เก็บค่าไฟเกินอัตราการไฟฟ้า",
        summary_en="Rooms for factory workers at no more than a fifth of the minimum wage, with a laundry and "
        "children's play area, and electricity charged at the utility rate, not marked up.",
        problem_th="คนงานเช่าห้องแคบ ๆ ใกล้นิคมในราคาแพง เจ้าของหอคิดค่าไฟหน่วยละแปดบาท ห้องร้อนและไม่ปลอดภัย "
        "ครอบครัวต้องส่งลูกไปอยู่กับตายายต่างจังหวัด",
        problem_en="Workers rent cramped rooms near the estates at high rents, landlords charge eight baht a unit for "
        "electricity, rooms are hot and unsafe, and families send their children to live with grandparents upcountry.",
        how_th="กิจการเช่าอาคารเก่ามาปรับปรุงให้ระบายอากาศดีและมีระบบดับเพลิง คิดค่าไฟตามจริงผ่านมิเตอร์แยก ห้องครอบครัวมีมุมทำการบ้าน "
        "และบริษัทในนิคมจองห้องให้พนักงานเป็นสวัสดิการ",
        how_en="The venture leases old buildings and refits them with ventilation and fire safety, bills electricity "
        "at cost through separate meters, gives family rooms a homework corner, and companies in the estate book "
        "rooms for staff as a benefit.",
        indicator=Indicator("ห้องพักราคาเป็นธรรม", "Fairly priced rooms", "ห้อง (rooms)", (40, 600), 0.4),
        provinces=INDUSTRIAL,
        urban=True,
    ),
    Concept(
        key="pocket-parks",
        area=AREA,
        also=("environmental-conservation", "health"),
        core_th="สวนหย่อมจากที่ว่างในซอย",
        core_en="Pocket Parks",
        forms=("unregistered_group", "foundation"),
        summary_th="ชวนเจ้าของที่ดินว่างในซอยให้ชุมชนยืมทำสวนสาธารณะขนาดเล็ก ออกแบบร่วมกับเด็กและผู้สูงอายุในละแวกนั้นเอง",
        summary_en="Persuades owners of empty lots to lend them to the neighbourhood as small parks, designed with "
        "the local children and older residents.",
        problem_th="คนในเมืองต้องนั่งรถครึ่งชั่วโมงกว่าจะถึงสวนสาธารณะ เด็กไม่มีที่วิ่งเล่น ผู้สูงอายุไม่มีที่เดินออกกำลังกาย "
        "ที่ว่างในซอยกลายเป็นที่ทิ้งขยะ",
        problem_en="City residents are half an hour by bus from the nearest park; children have nowhere to run, older "
        "people nowhere to walk, and empty lots become dumps.",
        how_th="เจ้าของที่ดินได้ลดภาษีที่ดินจากการให้ใช้เป็นพื้นที่สาธารณะ นักออกแบบจัดเวิร์กช็อปให้คนในซอยวาดสวนที่อยากได้ "
        "ชุมชนลงแรงสร้างด้วยวัสดุรีไซเคิล และมีกลุ่มดูแลสวนหมุนเวียนกันรดน้ำ",
        how_en="Owners get a land-tax reduction for public use; designers run workshops where neighbours draw the "
        "park they want, residents build it with recycled materials, and a rota of neighbours waters it.",
        indicator=Indicator("สวนหย่อมที่เปิดใช้", "Pocket parks opened", "แห่ง (parks)", (2, 30), 0.4),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="fair-motorbike-taxi-app",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="แอปวินมอเตอร์ไซค์ชุมชน",
        core_en="Community Motorbike Taxi App",
        forms=("cooperative", "company"),
        brands=(("วินเรา", "WinRao"),),
        summary_th="แอปเรียกวินมอเตอร์ไซค์ที่คนขับวินเป็นเจ้าของร่วม หักค่าระบบน้อยกว่าแพลตฟอร์มใหญ่ และรู้จักทุกซอยในละแวก",
        summary_en="A motorbike-taxi app owned by the drivers themselves, charging a smaller cut than the big "
        "platforms and run by people who know every alley.",
        problem_th="วินมอเตอร์ไซค์รับผู้โดยสารน้อยลงเพราะคนเรียกผ่านแอปใหญ่ที่หักค่าคอมมิชชันสูง รายได้คนขับวินลดลงเกือบครึ่ง",
        problem_en="Registered motorbike-taxi stands get fewer riders as people book through big apps with high "
        "commissions, and drivers' income has fallen by almost half.",
        how_th="คนขับวินที่จดทะเบียนถูกต้องรวมตัวเป็นสหกรณ์ ถือหุ้นแอปร่วมกัน ราคาตามระยะทางที่กรมการขนส่งทางบกกำหนด "
        "ผู้สูงอายุเรียกผ่านการโทรได้ และกำไรปันผลคืนคนขับทุกปี",
        how_en="Licensed drivers formed a cooperative and co-own the app, fares follow the transport department's "
        "distance rates, older passengers can book by phone call, and profits are paid back to drivers yearly.",
        indicator=Indicator("คนขับวินที่เป็นสมาชิก", "Driver members", "คน (drivers)", (100, 2000), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.25,
    ),
    Concept(
        key="kids-helmet-road-safety",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="หมวกกันน็อกเด็ก",
        core_en="Kids' Helmets",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="แจกและให้เช่าหมวกกันน็อกเด็กราคาถูกที่หน้าโรงเรียน พร้อมครูและผู้ปกครองช่วยตรวจว่าเด็กใส่ทุกวันก่อนขึ้นมอเตอร์ไซค์",
        summary_en="Cheap children's motorbike helmets given out and rented at school gates, with teachers and "
        "parents checking every day that children wear them.",
        problem_th="เด็กนักเรียนซ้อนมอเตอร์ไซค์ไปโรงเรียนทุกวันโดยไม่ใส่หมวกกันน็อก อุบัติเหตุทางถนนเป็นสาเหตุการตายอันดับต้นของเด็กไทย",
        problem_en="Schoolchildren ride pillion to school every day without a helmet, and road crashes are a leading "
        "killer of Thai children.",
        how_th="หมวกขนาดเด็กผ่านมาตรฐาน มอก. ให้ยืมตลอดปีการศึกษาโดยจ่ายค่ามัดจำร้อยบาท สภานักเรียนยืนนับที่ประตูทุกเช้า "
        "ห้องที่ใส่ครบได้รางวัล และตำรวจจราจรร่วมตั้งด่านเชิงบวกแจกของขวัญแทนการจับปรับ",
        how_en="Standard-approved child helmets are lent for the school year against a 100-baht deposit; the student "
        "council counts at the gate each morning, classes with full compliance win prizes, and traffic police hand "
        "out gifts rather than fines.",
        indicator=Indicator("นักเรียนที่ใส่หมวกกันน็อก", "Pupils wearing helmets", "เปอร์เซ็นต์ (percent)", (10, 40), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="safe-ride-home",
        area=AREA,
        also=("health",),
        core_th="ขับรถกลับบ้านแทนคนเมา",
        core_en="Designated Driver Service",
        forms=COMPANY,
        brands=(("พาเรากลับ", "DriveMeHome"),),
        summary_th="",
        summary_en="A designated-driver service that sends a licensed driver on a folding scooter to drive people and "
        "their own car home after drinking, at a price close to a taxi fare.",
        problem_th="",
        problem_en="Drink-driving causes a large share of deaths on Thai roads, especially during Songkran and New "
        "Year; people drive home drunk because they don't want to leave their car overnight.",
        how_th="",
        how_en="Drivers are screened, insured and trained in defensive driving. Bars and restaurants display a QR "
        "code to book, and during festivals the service partners with provincial governments to offer subsidised "
        "rides.",
        indicator=Indicator("เที่ยวที่ขับแทนคนดื่ม", "Rides driven for drinkers", "เที่ยว (rides)", (2000, 40000), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="village-minibus",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="รถสองแถวเรียกได้",
        core_en="On-Call Village Minibus",
        forms=("community_enterprise", "cooperative"),
        summary_th="รถสองแถวและรถตู้ของชุมชนที่ชาวบ้านจองผ่านโทรศัพท์หรือไลน์ รับถึงหน้าบ้านไปโรงพยาบาล ตลาด และอำเภอ "
        "หลังรถประจำทางเลิกวิ่ง",
        summary_en="Community pick-up trucks and vans that villagers book by phone or LINE, collecting them at the "
        "door for the hospital, market and district office after the bus routes closed.",
        problem_th="รถโดยสารประจำทางเข้าหมู่บ้านเลิกวิ่งเพราะคนนั่งน้อย ผู้สูงอายุไปหาหมอต้องเหมารถหลายร้อยบาท หรือไม่ไปเลย",
        problem_en="The bus to the village stopped running for lack of passengers; older people pay hundreds of baht "
        "to hire a car to see a doctor, or don't go at all.",
        how_th="คนขับเป็นชาวบ้านที่มีรถของตัวเอง ระบบรวมการจองเส้นทางเดียวกันให้นั่งไปด้วยกัน ค่ารถคนละสามสิบบาท "
        "องค์การบริหารส่วนตำบลอุดหนุนเที่ยวไปโรงพยาบาลของผู้สูงอายุและคนพิการ",
        how_en="Drivers are villagers with their own vehicles; the system pools bookings on the same route at thirty "
        "baht a seat, and the subdistrict council subsidises hospital trips for older and disabled people.",
        indicator=Indicator("เที่ยวโดยสารต่อเดือน", "Trips per month", "เที่ยว (trips)", (200, 3000), 0.4),
        provinces=ISAN,
    ),
    Concept(
        key="old-town-shophouses",
        area=AREA,
        also=("tourism-culture",),
        core_th="ฟื้นย่านเมืองเก่า",
        core_en="Old Town Revival",
        forms=("social_enterprise_osep", "unregistered_group"),
        summary_th="ชาวบ้านในย่านตึกแถวเก่าร่วมกันซ่อมอาคาร เปิดร้านของคนรุ่นใหม่ และจัดถนนคนเดิน ให้ย่านที่ร้างกลับมามีชีวิตโดยคนเดิมไม่ถูกไล่",
        summary_en="Residents of an old shophouse quarter repair buildings, let young people open shops and run a "
        "walking street, bringing the area back to life without pushing the old residents out.",
        problem_th="ย่านการค้าเก่ากลางเมืองเงียบเหงาตั้งแต่มีห้างใหญ่ ลูกหลานย้ายออก ตึกแถวไม้ทรุดโทรม บางหลังถูกขายไปทุบสร้างคอนโด",
        problem_en="The old trading quarter went quiet when the malls opened, families' children moved away, the "
        "wooden shophouses decayed and some were sold to be torn down for condos.",
        how_th="กลุ่มทำฐานข้อมูลอาคารเก่าและเรื่องเล่าของแต่ละบ้าน สถาปนิกอาสาให้คำปรึกษาการซ่อม ผู้เช่ารุ่นใหม่ทำสัญญาค่าเช่าขั้นบันได "
        "และร้านเดิมได้ที่ขายในถนนคนเดินก่อน รายได้จากค่าบูธใช้ซ่อมทางเท้าและไฟถนน",
        how_en="The group records every old building and its family story, volunteer architects advise on repairs, "
        "new tenants sign stepped-rent leases, old shops get first pick of walking-street stalls, and stall fees pay "
        "for pavements and lighting.",
        indicator=Indicator("อาคารเก่าที่ได้รับการซ่อม", "Old buildings restored", "หลัง (buildings)", (5, 60), 0.3),
        provinces=("PKT", "LPG", "CBI", "NSN", "KKN", "SKA", "UBN", "RBR", "CTI"),
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="stray-dog-care",
        area=AREA,
        also=("health",),
        core_th="ดูแลหมาแมวจรชุมชน",
        core_en="Community Stray Care",
        forms=("foundation", "unregistered_group"),
        summary_th="ทำหมัน ฉีดวัคซีนพิษสุนัขบ้า และขึ้นทะเบียนหมาจรในชุมชนโดยมีคนเลี้ยงประจำ ลดหมากัดและลดจำนวนลูกหมาที่ถูกทิ้ง",
        summary_en="Neuters, vaccinates against rabies and registers community strays with named caretakers, cutting "
        "dog bites and the number of puppies dumped.",
        problem_th="หมาจรในซอยเพิ่มขึ้นทุกปี เด็กนักเรียนถูกกัด บางตัวมีพิษสุนัขบ้า ชาวบ้านทะเลาะกันเรื่องคนให้อาหาร",
        problem_en="Stray dogs multiply every year; schoolchildren get bitten, some dogs carry rabies, and neighbours "
        "quarrel over the people who feed them.",
        how_th="สัตวแพทย์อาสาออกหน่วยทำหมันเคลื่อนที่เดือนละครั้ง หมาที่ทำหมันแล้วได้ปลอกคอสีและคิวอาร์โค้ดระบุคนดูแล เทศบาลสนับสนุนวัคซีน "
        "และมีวันรับเลี้ยงหมาแมวที่ตลาดนัดทุกเดือน",
        how_en="Volunteer vets run a mobile neutering day each month; neutered dogs get a coloured collar with a QR "
        "code naming their caretaker, the municipality supplies vaccine, and there is a monthly adoption day at the "
        "market.",
        indicator=Indicator("สัตว์จรที่ทำหมันแล้ว", "Strays neutered", "ตัว (animals)", (200, 4000), 0.4),
        urban=True,
        youth_share=0.35,
    ),
    Concept(
        key="home-accessibility-retrofit",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="ปรับบ้านให้ผู้สูงอายุ",
        core_en="Home Retrofit for Seniors",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ช่างชุมชนปรับบ้านให้ผู้สูงอายุและคนพิการ ติดราวจับ ทำทางลาด ยกส้วมนั่งยองเป็นชักโครก ป้องกันการหกล้มในบ้าน",
        summary_en="Community builders adapt homes for older and disabled people with grab rails, ramps and raised "
        "toilets to prevent falls at home.",
        problem_th="คนชราหกล้มในห้องน้ำลื่น ๆ และบันไดบ้านจนสะโพกหัก หลายคนกลายเป็นผู้ป่วยติดเตียงหลังล้มครั้งเดียว",
        problem_en="Older people fall on slippery bathroom floors and steep stairs and break a hip; many become "
        "bedridden after a single fall.",
        how_th="นักกายภาพจาก รพ.สต. ประเมินบ้านร่วมกับช่าง ทำแบบปรับปรุงงบไม่เกินสองหมื่นบาท ใช้งบจากกองทุนดูแลระยะยาวและเทศบาล "
        "ช่างในชุมชนได้รับการฝึกและได้ค่าแรง ผู้สูงอายุได้บ้านที่อยู่ได้อย่างปลอดภัยต่อไป",
        how_en="A physiotherapist from the health centre assesses each home with a builder; designs stay under 20,000 "
        "baht and are paid from long-term care and municipal funds. Local builders are trained and paid, and older "
        "people can stay safely at home.",
        indicator=Indicator("บ้านที่ปรับปรุงแล้ว", "Homes adapted", "หลัง (homes)", (20, 400), 0.4),
    ),
    Concept(
        key="safe-streets-women",
        area=AREA,
        also=("public-sector-education",),
        core_th="ถนนปลอดภัยสำหรับผู้หญิง",
        core_en="Safe Streets Map",
        forms=("unregistered_group", "foundation"),
        summary_th="ผู้หญิงและนักเรียนช่วยกันปักหมุดจุดมืด ทางเปลี่ยว และจุดที่เคยถูกคุกคามบนแผนที่ออนไลน์ แล้วนำไปคุยกับเขตให้ติดไฟและกล้อง",
        summary_en="Women and students pin dark spots, lonely paths and places where they were harassed on an online "
        "map, then take it to the district to get lights and cameras installed.",
        problem_th="ผู้หญิงที่เลิกงานดึกหรือนักเรียนที่เดินกลับจากโรงเรียนกวดวิชาต้องผ่านซอยมืดและสะพานลอยเปลี่ยว หลายคนถูกตามหรือถูกลวนลาม",
        problem_en="Women finishing late shifts and students walking home from tutoring pass dark alleys and empty "
        "footbridges; many have been followed or groped.",
        how_th="กลุ่มจัดเดินสำรวจตอนกลางคืนร่วมกับคนในชุมชนทุกไตรมาส ข้อมูลจากแผนที่สรุปเป็นรายงานให้สำนักงานเขตและตำรวจ "
        "ติดตามว่าจุดไหนได้รับการแก้ไข และประกาศผลให้ทุกคนเห็น",
        how_en="The group leads night walks with residents every quarter, turns the map data into reports for the "
        "district office and police, and publishes which spots have been fixed.",
        indicator=Indicator("จุดเสี่ยงที่ได้รับการแก้ไข", "Unsafe spots fixed", "จุด (spots)", (10, 200), 0.4),
        provinces=CITIES,
        urban=True,
        youth_share=0.6,
    ),
    Concept(
        key="canal-boat-commute",
        area=AREA,
        also=("environmental-conservation",),
        core_th="เรือไฟฟ้าโดยสารในคลอง",
        core_en="Electric Canal Boats",
        forms=COMPANY,
        brands=(("คลองไฟ", "KlongVolt"),),
        summary_th="เรือโดยสารไฟฟ้าในคลองที่ชาร์จจากโซลาร์บนหลังคาท่าเรือ เชื่อมชุมชนริมคลองกับสถานีรถไฟฟ้า เงียบ ไม่มีควันดำ "
        "และไม่ทำให้ตลิ่งพัง",
        summary_en="Electric passenger boats on the canals, charged by solar roofs on the piers, linking canal-side "
        "communities to rail stations without noise, smoke or bank-eroding wakes.",
        problem_th="คนในชุมชนริมคลองต้องนั่งมอเตอร์ไซค์รับจ้างฝ่ารถติดกว่าจะถึงรถไฟฟ้า เรือหางยาวเสียงดัง ควันดำ และคลื่นกัดเซาะบ้านริมน้ำ",
        problem_en="Canal-side residents ride motorbike taxis through traffic to reach the train, while longtail "
        "boats are loud, smoky and send waves that erode waterside homes.",
        how_th="เรือรับส่งทุกสิบห้านาทีช่วงเช้าและเย็น ใช้บัตรเดียวกับระบบขนส่งมวลชน ท่าเรือออกแบบให้รถเข็นขึ้นได้ "
        "คนขับเรือส่วนหนึ่งคือคนขับเรือหางยาวเดิมที่ได้รับการฝึกใหม่",
        how_en="Boats run every fifteen minutes at peak times, take the same card as the transit system, and piers "
        "are wheelchair-accessible; some skippers are former longtail drivers who were retrained.",
        indicator=Indicator("ผู้โดยสารต่อวัน", "Passengers per day", "คน (passengers)", (300, 5000), 0.5),
        provinces=("BKK", "NBI", "PTE"),
        urban=True,
    ),
    Concept(
        key="teen-public-space",
        area=AREA,
        also=("public-sector-education", "health"),
        core_th="ลานวัยรุ่นใต้ทางด่วน",
        core_en="Youth Space Under the Expressway",
        forms=("unregistered_group", "social_enterprise_osep"),
        summary_th="เปลี่ยนพื้นที่ร้างใต้ทางด่วนเป็นลานสเก็ตบอร์ด บาสเกตบอล และกำแพงกราฟฟิตี ที่วัยรุ่นในชุมชนออกแบบและดูแลกันเอง",
        summary_en="Turns derelict land under an expressway into a skate park, basketball court and graffiti wall "
        "designed and run by local teenagers.",
        problem_th="วัยรุ่นในชุมชนแออัดไม่มีที่ไป ห้างก็ไล่ สนามกีฬาก็ต้องเสียเงิน สุดท้ายรวมกลุ่มแข่งรถในซอยตอนกลางคืน",
        problem_en="Teenagers in crowded neighbourhoods have nowhere to go: malls move them on, sports grounds "
        "charge, and they end up racing motorbikes in the alleys at night.",
        how_th="วัยรุ่นออกแบบลานร่วมกับสถาปนิกอาสาและยื่นขออนุญาตใช้พื้นที่จากการทางพิเศษ สร้างด้วยเงินระดมทุนและแรงงานของตัวเอง "
        "คณะกรรมการลานที่วัยรุ่นเลือกตั้งกันเองกำหนดกติกาและเวลาเปิดปิด",
        how_en="Teenagers designed the space with volunteer architects and applied to the expressway authority for "
        "permission, built it with crowdfunding and their own labour, and an elected youth committee sets the rules "
        "and opening hours.",
        indicator=Indicator("วัยรุ่นที่ใช้ลานต่อสัปดาห์", "Teenagers using the space weekly", "คน (teenagers)", (50, 600), 0.4),
        provinces=("BKK", "NBI", "SPK", "CBI"),
        urban=True,
        youth_share=0.8,
    ),
    Concept(
        key="community-land-trust",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="กองทรัพย์สินที่ดินชุมชน",
        core_en="Community Land Trust",
        forms=("foundation", "cooperative"),
        summary_th="",
        summary_en="A community land trust that buys land in a gentrifying city district and keeps homes on it "
        "permanently affordable for low-income families.",
        problem_th="",
        problem_en="As tourism and new rail lines push up land prices, long-time tenants are evicted from the old "
        "town, and the teachers, cooks and shop workers the city depends on can no longer afford to live there.",
        how_th="",
        how_en="The trust owns the land and residents own their homes; when a family sells, the price follows a "
        "formula that keeps it affordable for the next buyer. Residents sit on the board alongside the city and "
        "housing experts, and land is bought with donations and a social investment fund.",
        indicator=Indicator("บ้านราคาที่จ่ายได้ถาวร", "Permanently affordable homes", "หลัง (homes)", (10, 150), 0.4),
        provinces=("CMI", "PKT", "BKK"),
        urban=True,
    ),
    Concept(
        key="dense-community-fire-volunteers",
        area=AREA,
        also=("disaster-management",),
        core_th="อาสาดับเพลิงชุมชนแออัด",
        core_en="Alley Fire Volunteers",
        forms=("unregistered_group", "foundation"),
        summary_th="อาสาดับเพลิงประจำซอยในชุมชนแออัด มีถังดับเพลิงทุกสิบหลังคาเรือน สายฉีดน้ำต่อจากท่อประปา และซ้อมทุกสามเดือน",
        summary_en="",
        problem_th="ซอยในชุมชนแออัดแคบจนรถดับเพลิงเข้าไม่ได้ บ้านไม้ติดกันเป็นแถว ไฟไหม้ทีเดียวบ้านหายไปหลายสิบหลังในไม่กี่นาที",
        problem_en="",
        how_th="อาสาสมัครจากแต่ละซอยอบรมกับสถานีดับเพลิงของเขต วางถังดับเพลิงและตู้สายฉีดน้ำตามแผนที่จุดเสี่ยง "
        "ซ่อมสายไฟที่เก่าและพันกันในบ้านผู้สูงอายุ และซ้อมอพยพคนติดเตียงออกจากซอยทุกสามเดือน",
        how_en="",
        indicator=Indicator(
            "ครัวเรือนที่อยู่ในรัศมีอุปกรณ์ดับเพลิง", "Households near fire equipment", "ครัวเรือน (households)", (100, 2000), 0.4
        ),
        provinces=("BKK", "SPK", "NBI", "CBI", "KKN", "SKA"),
        urban=True,
    ),
    Concept(
        key="school-zone-crossings",
        area=AREA,
        also=("public-sector-education",),
        core_th="ทางข้ามหน้าโรงเรียนปลอดภัย",
        core_en="Safe School Crossings",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ปรับถนนหน้าโรงเรียนด้วยทางม้าลายยกระดับ ป้ายเขตโรงเรียน และจุดจอดรับส่งเด็ก โดยใช้ข้อมูลความเร็วรถที่นักเรียนเก็บเอง",
        summary_en="Redesigns the road outside schools with raised zebra crossings, school-zone signs and drop-off "
        "bays, using speed data the pupils collected themselves.",
        problem_th="รถวิ่งเร็วผ่านหน้าโรงเรียนโดยไม่ชะลอ เด็กข้ามถนนใหญ่ไปขึ้นรถสองแถวทุกเย็น เคยมีเด็กถูกรถชนเสียชีวิตหน้าประตูโรงเรียน",
        problem_en="Cars speed past the school without slowing, children cross a main road to catch the pick-up truck "
        "every evening, and a pupil was once killed at the gate.",
        how_th="นักเรียนใช้ปืนวัดความเร็วเก็บข้อมูลหนึ่งสัปดาห์ วิศวกรจราจรอาสาออกแบบมาตรการลดความเร็วร่วมกับแขวงทางหลวง "
        "หลังติดตั้งนักเรียนวัดความเร็วซ้ำเพื่อดูผล และผู้ปกครองอาสาช่วยโบกรถช่วงเช้า",
        how_en="Pupils measure speeds with a radar gun for a week, volunteer traffic engineers design traffic calming "
        "with the highways office, pupils measure again afterwards, and parent volunteers help children across in the "
        "morning.",
        indicator=Indicator(
            "ความเร็วเฉลี่ยหน้าโรงเรียนที่ลดลง", "Drop in average speed at the gate", "กม./ชม. (km/h)", (10, 25), 0.2
        ),
        youth_share=0.4,
    ),
    Concept(
        key="public-toilet-map",
        area=AREA,
        also=("health", "tourism-culture"),
        core_th="ห้องน้ำสาธารณะสะอาด",
        core_en="Clean Toilet Finder",
        forms=COMPANY,
        brands=(("ห้องน้ำใกล้ฉัน", "LooNearMe"),),
        summary_th="แผนที่ห้องน้ำสาธารณะและห้องน้ำร้านค้าที่ยินดีให้ใช้ พร้อมคะแนนความสะอาดและบอกว่ารถเข็นเข้าได้ไหม",
        summary_en="",
        problem_th="ผู้สูงอายุ คนท้อง และคนพิการไม่กล้าออกจากบ้านนาน เพราะไม่รู้ว่าจะมีห้องน้ำให้เข้าตรงไหน ห้องน้ำสาธารณะที่มีก็สกปรกและล็อกไว้",
        problem_en="",
        how_th="ผู้ใช้ช่วยกันเพิ่มห้องน้ำและให้คะแนน ร้านค้าที่ร่วมโครงการติดสติกเกอร์หน้าร้านและได้ลูกค้าเพิ่ม "
        "ทีมอาสาตรวจห้องน้ำที่ระบุว่ารถเข็นเข้าได้ และรายงานห้องน้ำที่ชำรุดให้เทศบาล",
        how_en="",
        indicator=Indicator("ห้องน้ำในแผนที่", "Toilets mapped", "แห่ง (toilets)", (300, 6000), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="bike-share-small-city",
        area=AREA,
        also=("environmental-conservation", "health"),
        core_th="จักรยานปันกันใช้เมืองเล็ก",
        core_en="Small-City Bike Share",
        forms=("social_enterprise_osep", "company"),
        brands=(("ปั่นปัน", "PunPun Bike"),),
        summary_th="จักรยานเช่าราคาถูกระหว่างสถานีขนส่ง ตลาด มหาวิทยาลัย และโรงพยาบาลในเมืองขนาดกลาง ใช้บัตรนักศึกษาหรือแอปก็ได้",
        summary_en="Cheap shared bicycles between the bus station, market, university and hospital in a mid-sized "
        "city, unlocked with a student card or the app.",
        problem_th="เมืองต่างจังหวัดไม่มีรถเมล์ในเมือง นักศึกษาและคนทำงานรายได้น้อยต้องผ่อนมอเตอร์ไซค์ หรือจ่ายค่ารถรับจ้างวันละหลายสิบบาท",
        problem_en="Provincial cities have no city buses, so students and low-paid workers take on motorbike loans or "
        "spend dozens of baht a day on hired rides.",
        how_th="จักรยานทนทานซ่อมง่าย จอดที่สถานีที่เทศบาลจัดให้ ค่าบริการครึ่งชั่วโมงแรกฟรี ช่างซ่อมเป็นเยาวชนที่ฝึกจากอู่จักรยานของกิจการ "
        "ข้อมูลการเดินทางส่งให้เทศบาลวางแผนเลนจักรยาน",
        how_en="Sturdy, easy-to-fix bikes dock at stations the municipality provides, the first half hour is free, "
        "mechanics are young people trained in the venture's workshop, and trip data helps the city plan bike lanes.",
        indicator=Indicator("เที่ยวปั่นต่อเดือน", "Rides per month", "เที่ยว (rides)", (2000, 40000), 0.5),
        provinces=("KKN", "UBN", "PLK", "CMI", "UDN", "NMA", "SKA"),
        urban=True,
        youth_share=0.5,
    ),
    Concept(
        key="migrant-community-housing",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="ชุมชนแรงงานข้ามชาติน่าอยู่",
        core_en="Migrant Neighbourhood Upgrade",
        forms=("foundation",),
        summary_th="",
        summary_en="Works with landlords and migrant tenants to upgrade crowded rental blocks near seafood factories "
        "with safe wiring, clean water, drainage and a shared childcare room.",
        problem_th="",
        problem_en="Migrant workers from Myanmar live ten to a room in rental blocks beside the seafood factories, "
        "with shared toilets, flooded lanes and dangerous wiring; dengue and tuberculosis spread easily.",
        how_th="",
        how_en="Tenant committees, elected in each block, agree improvements with the landlord, who pays part of the "
        "cost in return for lower turnover. Migrant health volunteers visit every room, and the childcare room lets "
        "mothers return to work safely.",
        indicator=Indicator("ห้องเช่าที่ได้รับการปรับปรุง", "Rental rooms upgraded", "ห้อง (rooms)", (50, 800), 0.4),
        provinces=("SKN", "SKA", "RNG", "TAK"),
        urban=True,
    ),
    Concept(
        key="urban-heat-shade",
        area=AREA,
        also=("environmental-conservation", "health"),
        core_th="หลังคาเขียวลดเมืองร้อน",
        core_en="Cool Roofs",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ทาสีสะท้อนความร้อนและปลูกไม้เลื้อยบนหลังคาสังกะสีของบ้านในชุมชนแออัด ลดอุณหภูมิในบ้านช่วงบ่ายได้หลายองศา",
        summary_en="Reflective paint and climbing plants on the tin roofs of homes in crowded neighbourhoods, cooling "
        "them by several degrees in the afternoon.",
        problem_th="บ้านหลังคาสังกะสีในชุมชนแออัดร้อนเหมือนเตาอบ ผู้สูงอายุและเด็กเล็กเป็นลมแดดในบ้าน ค่าไฟพัดลมและแอร์สูงจนจ่ายไม่ไหว",
        problem_en="Tin-roofed homes in crowded communities bake like ovens; older people and toddlers suffer heat "
        "exhaustion indoors and electricity for fans and air-conditioning costs more than families can pay.",
        how_th="เยาวชนในชุมชนได้รับการฝึกและจ้างทาสีหลังคา ติดเซนเซอร์วัดอุณหภูมิในบ้านตัวอย่างก่อนและหลัง ครัวเรือนที่มีผู้สูงอายุติดเตียงได้ทำก่อน "
        "และผลวัดใช้ขอทุนจากกองทุนสิ่งแวดล้อมเพื่อขยายไปชุมชนอื่น",
        how_en="Local young people are trained and paid to paint the roofs; sensors measure indoor temperature before "
        "and after in sample homes, households with bedridden elders go first, and the results support funding bids "
        "to expand to other communities.",
        indicator=Indicator("บ้านที่ติดตั้งหลังคาเย็น", "Homes with cool roofs", "หลัง (homes)", (50, 800), 0.4),
        provinces=BANGKOK_METRO,
        urban=True,
        youth_share=0.4,
    ),
)
