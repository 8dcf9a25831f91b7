"""Demo ventures of area 8, tourism and culture: community tourism, crafts, languages, living heritage."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import ANDAMAN, HIGHLAND, ISAN, ISLANDS

AREA = "tourism-culture"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="community-tourism",
        area=AREA,
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
        area=AREA,
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
        how_th="ช่างทอสูงวัยสอนเทคนิคการก่อหม้อครามให้คนรุ่นใหม่ นักออกแบบช่วยพัฒนาลวดลายและผลิตภัณฑ์ เช่น เสื้อ ผ้าพันคอ และของตกแต่งบ้าน "
        "ทุกชิ้นมีป้ายบอกชื่อช่างทอ และกลุ่มเปิดเวิร์กช็อปย้อมครามให้นักท่องเที่ยว",
        how_en="Elder weavers teach the young how to keep indigo vats alive; designers help develop patterns and "
        "products such as shirts, scarves and homeware, every piece labelled with its weaver's name, and the group "
        "runs dyeing workshops for visitors.",
        indicator=Indicator("ช่างทอที่มีรายได้ประจำ", "Weavers with regular income", "คน (weavers)", (15, 120), 0.3),
        provinces=("SNK", "UDN", "NPM", "KSN", "MDH", "PRE", "NAN", "SSK"),
    ),
    Concept(
        key="digital-heritage",
        area=AREA,
        also=("public-sector-education",),
        core_th="พิพิธภัณฑ์ชุมชนดิจิทัล",
        core_en="Digital Community Museum",
        forms=("foundation", "unregistered_group", "social_enterprise_osep"),
        brands=(("เล่าเรื่องบ้านเรา", "Our Village Stories"), ("มรดกลิงก์", "HeritageLink")),
        summary_th="บันทึกเรื่องเล่า ภาพเก่า และภูมิปัญญาของชุมชนเป็นพิพิธภัณฑ์ออนไลน์ และเส้นทางเดินชมเมืองเก่าด้วยคิวอาร์โค้ด",
        summary_en="Records community stories, old photographs and know-how as an online museum and QR-coded old-town "
        "walking trails.",
        problem_th="ผู้รู้ในชุมชนเก่าแก่ล่วงลับไปพร้อมเรื่องเล่า อาคารเก่าถูกรื้อ และนักท่องเที่ยวเดินผ่านโดยไม่รู้คุณค่า",
        problem_en="Elders are passing away with their stories, old buildings are demolished, and visitors walk past "
        "without knowing their value.",
        how_th="เยาวชนในชุมชนได้รับการอบรมการสัมภาษณ์และถ่ายภาพ บันทึกเรื่องเล่าของผู้สูงอายุทั้งภาษาไทยและภาษาอังกฤษ "
        "เผยแพร่ภายใต้สัญญาอนุญาตแบบเปิด ร้านค้าในเส้นทางมีลูกค้าเพิ่มขึ้น และรายได้จากทัวร์นำชมเข้ากองทุนซ่อมแซมอาคาร",
        how_en="Local young people are trained to interview and photograph, recording elders' stories in Thai and "
        "English; the material is published under an open licence, shops on the trail gain customers, and guided-tour "
        "income goes to a building-repair fund.",
        indicator=Indicator("ผู้เข้าชมเส้นทาง", "Trail visitors", "คน (visitors)", (1000, 15000), 0.4),
        provinces=("LPG", "PKT", "CTI", "NAN", "PRE", "SKA", "AYA", "STI", "RBR", "CMI"),
        youth_share=0.4,
    ),
    Concept(
        key="local-food-trail",
        area=AREA,
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
        how_th="แม่ครัวในชุมชนสอนทำอาหารตำรับดั้งเดิมให้นักท่องเที่ยวกลุ่มเล็ก วัตถุดิบซื้อจากเกษตรกรในรัศมีสิบกิโลเมตรในราคาที่ตกลงล่วงหน้า "
        "เมนูเปลี่ยนตามฤดูกาล และตำรับอาหารถูกรวบรวมเป็นหนังสือสองภาษา",
        how_en="Village cooks teach small groups traditional recipes with ingredients bought at pre-agreed prices "
        "from farmers within ten kilometres; menus change with the season and the recipes are collected in a "
        "bilingual book.",
        indicator=Indicator("ผู้มาเยือน", "Visitors hosted", "คน (visitors)", (300, 4000), 0.4),
    ),
    Concept(
        key="ethnic-language-app",
        area=AREA,
        also=("public-sector-education",),
        core_th="แอปภาษาชาติพันธุ์",
        core_en="Ethnic Language App",
        forms=("foundation", "unregistered_group"),
        summary_th="แอปเรียนภาษาปกาเกอะญอ อาข่า และม้ง ที่ผู้เฒ่าในหมู่บ้านอัดเสียงคำศัพท์ นิทาน และเพลงกล่อมเด็ก "
        "ให้ลูกหลานที่เรียนในเมืองยังพูดภาษาตัวเองได้",
        summary_en="An app for learning Karen, Akha and Hmong, with village elders recording words, folk tales and "
        "lullabies so children at school in town can still speak their own language.",
        problem_th="เด็กชาติพันธุ์ที่ย้ายไปเรียนในเมืองพูดภาษาแม่ไม่ได้แล้ว คุยกับปู่ย่าไม่รู้เรื่อง "
        "เรื่องเล่าและความรู้เรื่องป่าที่ถ่ายทอดด้วยปากกำลังหายไป",
        problem_en="Ethnic-minority children who move to town for school can no longer speak their mother tongue or "
        "talk to their grandparents, and oral knowledge of stories and the forest is disappearing.",
        how_th="เยาวชนในหมู่บ้านได้ค่าตอบแทนในการบันทึกเสียงผู้เฒ่า นักภาษาศาสตร์ช่วยจัดระบบการเขียน แอปมีเกมทายคำและโหมดฟังนิทานก่อนนอน "
        "ใช้งานได้แบบออฟไลน์ และโรงเรียนในพื้นที่ใช้เป็นสื่อในวิชาท้องถิ่น",
        how_en="Village youth are paid to record the elders, linguists help settle a writing system, and the app has "
        "word games and a bedtime-story mode that works offline; local schools use it in their local-studies lessons.",
        indicator=Indicator("คำและเรื่องเล่าที่บันทึก", "Words and stories recorded", "รายการ (entries)", (500, 8000), 0.5),
        provinces=HIGHLAND,
        youth_share=0.55,
    ),
    Concept(
        key="shadow-puppet-youth",
        area=AREA,
        also=("public-sector-education",),
        core_th="หนังตะลุงรุ่นใหม่",
        core_en="New Generation Shadow Puppets",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="นายหนังรุ่นครูสอนเด็กมัธยมแกะรูปหนัง พากย์ และเล่นดนตรีหนังตะลุง แล้วเล่นเรื่องใหม่ที่พูดถึงปัญหาของวัยรุ่นวันนี้",
        summary_en="Master puppeteers teach secondary pupils to carve, voice and play music for southern shadow "
        "puppet theatre, performing new stories about the problems teenagers face today.",
        problem_th="คณะหนังตะลุงเหลือน้อยลงทุกปี นายหนังส่วนใหญ่อายุเกินหกสิบ วัยรุ่นดูแต่คลิปในมือถือ งานวัดก็หันไปจ้างวงดนตรีแทน",
        problem_en="Fewer shadow puppet troupes remain each year, most masters are over sixty, teenagers only watch "
        "phone clips, and temple fairs now hire bands instead.",
        how_th="เด็กเรียนกับนายหนังทุกวันเสาร์ที่โรงเรียน แกะรูปหนังตัวละครใหม่เอง แต่งบทเรื่องยาเสพติด การกลั่นแกล้ง และเกมออนไลน์ "
        "คณะเด็กรับงานแสดงในงานบุญและถ่ายทอดสดออนไลน์ รายได้แบ่งให้นายหนังและกองทุนคณะ",
        how_en="Pupils learn with a master every Saturday, carve new characters and write plays about drugs, bullying "
        "and online gaming; the youth troupe performs at festivals and streams online, sharing income with the master "
        "and a troupe fund.",
        indicator=Indicator("เยาวชนที่เล่นหนังตะลุงได้", "Young performers trained", "คน (young people)", (10, 120), 0.4),
        provinces=("NRT", "PLG", "SKA", "TRG", "STN"),
        youth_share=0.7,
    ),
    Concept(
        key="khaen-molam-school",
        area=AREA,
        also=("public-sector-education",),
        core_th="โรงเรียนหมอลำและแคน",
        core_en="Molam and Khaen School",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="บ้านดนตรีที่หมอแคนและหมอลำอาวุโสสอนเด็กในหมู่บ้านเป่าแคน ดีดพิณ และลำกลอน พร้อมพาไปรับงานแสดงจริง",
        summary_en="",
        problem_th="หมอแคนในหมู่บ้านเหลือไม่กี่คน เด็กอยากเป็นนักร้องแต่ไม่มีใครสอนดนตรีพื้นบ้าน ช่างทำแคนก็ไม่มีผู้สืบทอด",
        problem_en="",
        how_th="เด็กเรียนฟรีทุกเย็นวันศุกร์ที่ใต้ถุนบ้านครู วงเด็กรับงานบุญบั้งไฟ งานบวช และงานโรงแรม ค่าตัวส่วนหนึ่งจ้างช่างแคนสอนทำแคน "
        "คลิปการแสดงในยูทูบทำให้มีคนจ้างจากต่างจังหวัด",
        how_en="",
        indicator=Indicator("เด็กที่เล่นดนตรีพื้นบ้านได้", "Children playing folk music", "คน (children)", (15, 150), 0.4),
        provinces=ISAN,
        youth_share=0.6,
    ),
    Concept(
        key="dan-kwian-pottery",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="เครื่องปั้นดินเผาดีไซน์ใหม่",
        core_en="Village Pottery Redesign",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="ช่างปั้นดินเผาในหมู่บ้านทำงานร่วมกับนักออกแบบรุ่นใหม่ ผลิตจาน แก้ว และโคมไฟที่ขายร้านคาเฟ่และโรงแรมได้ "
        "แทนของที่ระลึกขายไม่ออก",
        summary_en="Village potters work with young designers on plates, cups and lamps that cafés and hotels buy, "
        "instead of souvenirs nobody wants.",
        problem_th="หมู่บ้านปั้นดินเผาที่เคยดังขายของได้น้อยลงเรื่อย ๆ ลวดลายเดิมซ้ำกับร้านข้างทาง เตาเผาร้างไปหลายเตา "
        "ช่างหนุ่มสาวย้ายไปทำงานโรงงาน",
        problem_en="The once-famous pottery village sells less every year, its designs are the same as every roadside "
        "stall, kilns stand idle and young potters have left for factory jobs.",
        how_th="นักออกแบบอยู่ในหมู่บ้านหกเดือนเพื่อทดลองเนื้อดินและเคลือบกับช่าง ทุกคอลเลกชันจ่ายค่าแบบคืนช่างตามยอดขาย "
        "รับงานสั่งทำจากโรงแรมและร้านอาหาร และเปิดเวิร์กช็อปปั้นดินให้นักท่องเที่ยว",
        how_en="Designers live in the village for six months testing clays and glazes with the potters; every "
        "collection pays royalties to the makers, custom orders come from hotels and restaurants, and visitors can "
        "join pottery workshops.",
        indicator=Indicator("รายได้จากคำสั่งซื้อใหม่", "Income from new orders", "บาท (baht)", (100000, 2000000), 0.5),
        provinces=("NMA", "UBN", "SKA", "LPG", "AYA", "RBR"),
        youth_share=0.35,
    ),
    Concept(
        key="andaman-batik",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ผ้าบาติกลายทะเลอันดามัน",
        core_en="Andaman Batik",
        forms=("community_enterprise",),
        summary_th="กลุ่มสตรีมุสลิมในหมู่บ้านชายฝั่งเขียนผ้าบาติกลายปลา ปะการัง และป่าชายเลน ขายนักท่องเที่ยวและรับออกแบบชุดพนักงานโรงแรม",
        summary_en="Muslim women in a coastal village paint batik with fish, coral and mangrove patterns for tourists "
        "and design staff uniforms for hotels.",
        problem_th="ผู้ชายออกทะเลได้น้อยลงเพราะปลาหมด ผู้หญิงในหมู่บ้านไม่มีรายได้ ผ้าบาติกในตลาดนักท่องเที่ยวส่วนใหญ่เป็นผ้าพิมพ์จากโรงงาน",
        problem_en="The men catch less as fish stocks fall, the women have no income, and most 'batik' in tourist "
        "markets is factory-printed.",
        how_th="สมาชิกเขียนเทียนและลงสีด้วยมือ ใช้สีย้อมจากเปลือกไม้โกงกางบางส่วน ทุกผืนมีชื่อคนเขียน ลูกค้าโรงแรมสั่งชุดเป็นล็อตใหญ่ "
        "และนักท่องเที่ยวมาเรียนเขียนผ้าได้ครึ่งวัน",
        how_en="Members draw the wax and paint by hand, partly with mangrove-bark dyes; every piece carries the "
        "maker's name, hotels order uniforms in bulk, and visitors take half-day batik classes.",
        indicator=Indicator("สมาชิกที่มีรายได้จากผ้า", "Members earning from batik", "คน (members)", (10, 80), 0.3),
        provinces=ANDAMAN,
    ),
    Concept(
        key="bamboo-craft-design",
        area=AREA,
        also=("environmental-conservation", "finance-employment-welfare"),
        core_th="จักสานไม้ไผ่ร่วมสมัย",
        core_en="Contemporary Bamboo Craft",
        forms=("community_enterprise", "company"),
        brands=(("ไผ่ดี", "PhaiDee"),),
        summary_th="ช่างจักสานผู้สูงวัยสอนคนหนุ่มสาวสานไม้ไผ่เป็นโคมไฟ ฉากกั้นห้อง และกระเป๋า ส่งร้านตกแต่งบ้านในกรุงเทพฯ และต่างประเทศ",
        summary_en="Elderly basket makers teach young people to weave bamboo into lamps, room screens and bags for "
        "homeware shops in Bangkok and abroad.",
        problem_th="กระติบข้าวและข้องพลาสติกจากโรงงานมาแทนของจักสาน ช่างฝีมือรุ่นสุดท้ายไม่มีคนสืบต่อ ป่าไผ่ในหมู่บ้านถูกโค่นทิ้ง",
        problem_en="Factory plastic has replaced woven baskets, the last skilled weavers have no successors, and the "
        "village's bamboo groves are being cleared.",
        how_th="กลุ่มปลูกไผ่หมุนเวียนเพื่อใช้วัตถุดิบอย่างยั่งยืน นักออกแบบพัฒนาแบบร่วมกับช่าง ช่างรุ่นใหม่ได้ค่าแรงระหว่างฝึก "
        "และกิจการส่งออกผ่านผู้ซื้อที่รับรองการค้าที่เป็นธรรม",
        how_en="The group replants bamboo on rotation for a sustainable supply, designers develop pieces with the "
        "weavers, apprentices are paid while training, and exports go through fair-trade buyers.",
        indicator=Indicator("ช่างรุ่นใหม่ที่สานเป็น", "New weavers trained", "คน (people)", (10, 120), 0.4),
        provinces=("PRI", "CCO", "UBN", "SRN", "CMI", "LPG", "NYK"),
        youth_share=0.4,
    ),
    Concept(
        key="youth-muay-thai-camp",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="ค่ายมวยไทยเด็กชุมชน",
        core_en="Community Muay Thai Camp",
        forms=("unregistered_group", "social_enterprise_osep"),
        summary_th="",
        summary_en="A community Muay Thai camp where children train as an art and a sport, not for betting, and "
        "foreign visitors' training fees pay for the children's schooling.",
        problem_th="",
        problem_en="Children from poor families are pushed into gambling-driven fights from the age of eight, taking "
        "head injuries and often leaving school for the ring.",
        how_th="",
        how_en="The camp teaches technique, the wai kru ritual and fitness with strict rules: no bouts under fifteen, "
        "headgear for all sparring and school attendance required. Tourists pay to train alongside local fighters, "
        "and the income covers the children's fees and meals.",
        indicator=Indicator(
            "เด็กที่ฝึกมวยและเรียนต่อเนื่อง", "Children training and in school", "คน (children)", (20, 150), 0.3
        ),
        provinces=("BRM", "SRN", "NMA", "BKK", "PKT", "CMI"),
        youth_share=0.4,
    ),
    Concept(
        key="homestay-network-platform",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="เครือข่ายโฮมสเตย์ชุมชน",
        core_en="Village Homestay Network",
        forms=COMPANY,
        brands=(("พักบ้านเรา", "StayBaanRao"), ("โฮมสเตย์ไทยแท้", "RealHomestay")),
        summary_th="ระบบจองโฮมสเตย์ของหลายชุมชนในที่เดียว พร้อมมาตรฐานความสะอาดที่ชุมชนตรวจกันเอง และรายได้ตรงถึงเจ้าของบ้าน",
        summary_en="One booking system for homestays in many villages, with cleanliness standards the communities "
        "check themselves and income going straight to the host families.",
        problem_th="โฮมสเตย์ชุมชนไม่มีคนจองเพราะไม่ได้อยู่ในแอปจองที่พัก ต้องจ่ายค่าคอมมิชชันให้ทัวร์สูง และคุณภาพแต่ละบ้านไม่เท่ากัน",
        problem_en="Village homestays get no bookings because they aren't on the booking apps, pay high commissions "
        "to tour operators, and quality varies house to house.",
        how_th="แต่ละชุมชนมีผู้ประสานงานที่ได้รับการอบรมดูแลการจอง เจ้าบ้านตรวจกันเองตามเช็กลิสต์ของเครือข่ายทุกหกเดือน "
        "ค่าธรรมเนียมร้อยละสิบครึ่งหนึ่งเข้ากองทุนพัฒนาหมู่บ้าน และนักท่องเที่ยวให้คะแนนได้หลังเข้าพัก",
        how_en="Each village has a trained coordinator managing bookings, hosts inspect one another against the "
        "network's checklist every six months, half the ten-percent fee goes to a village development fund, and "
        "guests rate their stay afterwards.",
        indicator=Indicator("คืนที่มีผู้เข้าพัก", "Nights booked", "คืน (nights)", (500, 12000), 0.6),
        youth_share=0.4,
    ),
    Concept(
        key="accessible-beaches",
        area=AREA,
        also=("finance-employment-welfare", "health"),
        core_th="ชายหาดสำหรับทุกคน",
        core_en="Beaches for Everyone",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ทางเดินบนทราย รถเข็นลงน้ำ และห้องน้ำที่รถเข็นเข้าได้ ทำให้ผู้ใช้วีลแชร์และผู้สูงอายุลงเล่นทะเลได้ พร้อมอาสาสมัครช่วยดูแล",
        summary_en="Beach mats, floating wheelchairs and accessible toilets so wheelchair users and older people can "
        "get into the sea, with volunteers to help.",
        problem_th="คนพิการที่นั่งวีลแชร์ไม่เคยได้ลงทะเลเลยทั้งชีวิต เพราะล้อจมทราย ไม่มีห้องน้ำที่เข้าได้ และโรงแรมไม่รู้วิธีรับรอง",
        problem_en="Wheelchair users may never get into the sea in their whole life: wheels sink in sand, there are "
        "no accessible toilets, and hotels don't know how to host them.",
        how_th="อุปกรณ์ยืมฟรีที่จุดบริการบนหาด อาสาสมัครไลฟ์การ์ดผ่านการอบรมการช่วยยกย้ายอย่างปลอดภัย "
        "กิจการให้คำปรึกษาโรงแรมปรับห้องพักและออกใบรับรองการท่องเที่ยวที่ทุกคนเข้าถึงได้",
        how_en="Equipment is lent free at a beach station, volunteer lifeguards are trained in safe transfers, and "
        "the venture advises hotels on adapting rooms and certifies them as accessible.",
        indicator=Indicator("ผู้ใช้วีลแชร์ที่ได้ลงทะเล", "Wheelchair users reaching the sea", "คน (people)", (100, 2000), 0.5),
        provinces=("PKT", "KBI", "CBI", "PKN", "RYG", "SKA"),
    ),
    Concept(
        key="elephant-sanctuary",
        area=AREA,
        also=("environmental-conservation", "finance-employment-welfare"),
        core_th="ปางช้างไม่ขี่ช้าง",
        core_en="No-Riding Elephant Home",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ปางช้างของครอบครัวควาญชาวกะเหรี่ยงที่เลิกให้ขี่ช้างและเลิกการแสดง นักท่องเที่ยวเดินตามช้างในป่าและเรียนรู้วิถีควาญ",
        summary_en="A Karen mahout families' elephant camp that has ended riding and shows; visitors walk with the "
        "elephants in the forest and learn the mahouts' way of life.",
        problem_th="ช้างเลี้ยงถูกใช้แสดงและให้นักท่องเที่ยวขี่วันละหลายรอบจนบาดเจ็บ "
        "ควาญไม่มีทางเลือกเพราะต้องหาเงินมาเลี้ยงช้างวันละหลายร้อยกิโล",
        problem_en="Captive elephants perform and carry riders many times a day until they are injured, and mahouts "
        "see no alternative because each elephant eats hundreds of kilos a day.",
        how_th="ชุมชนปลูกหญ้าและกล้วยบนที่ดินรวมให้ช้างกิน นักท่องเที่ยวจ่ายค่าโปรแกรมเดินป่าและพักโฮมสเตย์ในหมู่บ้าน สัตวแพทย์ตรวจช้างทุกเดือน "
        "และควาญได้เงินเดือนประจำแทนการรับจ้างเป็นรอบ",
        how_en="The community grows grass and bananas on shared land for the elephants, visitors pay for forest walks "
        "and village homestays, a vet checks every elephant monthly, and mahouts earn a salary instead of per-ride "
        "pay.",
        indicator=Indicator("ช้างที่เลิกใช้งานขี่", "Elephants retired from riding", "เชือก (elephants)", (3, 30), 0.3),
        provinces=("CMI", "MSN", "SRN", "KRI", "CRI"),
    ),
    Concept(
        key="junior-guides",
        area=AREA,
        also=("public-sector-education",),
        core_th="มัคคุเทศก์น้อย",
        core_en="Junior Guides",
        forms=("unregistered_group",),
        summary_th="นักเรียนในหมู่บ้านเรียนประวัติศาสตร์ชุมชนจากผู้เฒ่า ฝึกพูดภาษาอังกฤษ แล้วพานักท่องเที่ยวชมวัดและโบราณสถานในวันหยุด",
        summary_en="",
        problem_th="นักท่องเที่ยวมาถ่ายรูปโบราณสถานแล้วก็กลับ ไม่รู้เรื่องราวของชุมชน ไม่ได้ซื้ออะไร เด็กในหมู่บ้านเองก็ไม่รู้ประวัติบ้านตัวเอง",
        problem_en="",
        how_th="ผู้เฒ่าเล่าประวัติ ครูช่วยเรียบเรียงบทนำชม นักศึกษาอาสาสอนภาษาอังกฤษ เด็กที่ผ่านการทดสอบได้เสื้อและบัตรมัคคุเทศก์น้อย "
        "ค่าทิปเข้ากองทุนทัศนศึกษาของโรงเรียน",
        how_en="",
        indicator=Indicator("มัคคุเทศก์น้อยที่ผ่านการอบรม", "Junior guides trained", "คน (children)", (10, 100), 0.4),
        provinces=("STI", "AYA", "BRM", "SKA", "NAN", "PCK", "LPN"),
        youth_share=0.7,
    ),
    Concept(
        key="mon-culture-sangkhla",
        area=AREA,
        also=("public-sector-education",),
        core_th="วัฒนธรรมมอญมีชีวิต",
        core_en="Living Mon Culture",
        forms=("community_enterprise", "foundation"),
        summary_th="ชุมชนมอญเปิดบ้านให้นักท่องเที่ยวใส่บาตรตอนเช้า ชิมแกงมอญ และเรียนผ้าถุงลายมอญ รายได้ส่วนหนึ่งใช้สอนภาษามอญให้เด็ก",
        summary_en="A Mon community welcomes visitors to give alms at dawn, taste Mon curries and learn Mon weaving, "
        "with part of the income paying for Mon language classes for children.",
        problem_th="เด็กมอญรุ่นใหม่อ่านเขียนภาษามอญไม่ได้ งานประเพณีเหลือแต่คนแก่ นักท่องเที่ยวมาเดินสะพานแล้วกลับโดยไม่ได้รู้จักชุมชน",
        problem_en="Young Mon children can't read or write Mon, festivals are kept going only by the elderly, and "
        "tourists cross the famous bridge and leave without meeting the community.",
        how_th="คณะกรรมการชุมชนจัดโปรแกรมครึ่งวันและหนึ่งวัน ไกด์เป็นเยาวชนมอญ เจ้าบ้านแต่ละหลังรับนักท่องเที่ยวหมุนเวียนกัน "
        "ห้องเรียนภาษามอญเปิดที่วัดทุกวันอาทิตย์ด้วยรายได้จากการท่องเที่ยว",
        how_en="The community committee runs half-day and full-day programmes guided by Mon youth, host families take "
        "turns, and Sunday Mon classes at the temple are paid for by tourism income.",
        indicator=Indicator("เด็กที่เรียนภาษามอญ", "Children learning Mon", "คน (children)", (20, 200), 0.3),
        provinces=("KRI", "RBR", "PTE", "NBI", "SKN"),
    ),
    Concept(
        key="phuket-peranakan-heritage",
        area=AREA,
        also=("urbanisation",),
        core_th="มรดกบาบ๋าเพอรานากัน",
        core_en="Peranakan Heritage",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="",
        summary_en="Records Peranakan recipes, wedding customs and shophouse stories with old families in the town, "
        "and runs walking tours led by their grandchildren.",
        problem_th="",
        problem_en="The old Peranakan families are ageing, their recipes and customs have never been written down, "
        "and the old town is filling with chain shops that tell visitors nothing about the place.",
        how_th="",
        how_en="Young volunteers interview elders and film cooking sessions for an online archive; grandchildren "
        "train as walking-tour guides, and heritage dinners in family homes fund the archive and the upkeep of a "
        "community museum.",
        indicator=Indicator(
            "เรื่องราวและสูตรอาหารที่บันทึก", "Stories and recipes recorded", "รายการ (items)", (50, 600), 0.4
        ),
        provinces=("PKT", "PNA", "TRG", "RNG"),
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="farm-stay-city-kids",
        area=AREA,
        also=("sustainable-agriculture", "public-sector-education"),
        core_th="ค่ายเด็กเมืองทำนา",
        core_en="Farm Camp for City Kids",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="ค่ายสามวันให้เด็กในเมืองมาอยู่กับครอบครัวชาวนา ดำนา จับปลา และทำขนม ชาวนาได้รายได้เสริมนอกฤดูเก็บเกี่ยว",
        summary_en="Three-day camps where city children live with farming families, plant rice, catch fish and make "
        "sweets, giving farmers income outside the harvest.",
        problem_th="ชาวนามีรายได้ปีละครั้งตอนขายข้าว ส่วนเด็กในเมืองไม่เคยเห็นนาข้าวและติดจอทั้งวัน พ่อแม่อยากพาไปเรียนรู้แต่ไม่รู้จะไปที่ไหน",
        problem_en="Rice farmers earn once a year when they sell the crop, while city children have never seen a "
        "paddy and are glued to screens; parents want to take them somewhere real but don't know where.",
        how_th="โรงเรียนนานาชาติและโรงเรียนเอกชนจองค่ายเป็นทัศนศึกษา ครอบครัวชาวนาได้อบรมความปลอดภัยเด็กและปฐมพยาบาล "
        "กิจกรรมตามฤดูกาลจริง และเด็กได้ซื้อข้าวที่ตัวเองดำกลับบ้านตอนเก็บเกี่ยว",
        how_en="International and private schools book the camps as field trips; host families are trained in child "
        "safety and first aid, activities follow the real farming season, and children can buy the rice they planted "
        "at harvest.",
        indicator=Indicator("เด็กที่มาเข้าค่าย", "Children attending camps", "คน (children)", (200, 3000), 0.5),
        provinces=("NPT", "SPB", "AYA", "CNT", "NYK", "SRI"),
        youth_share=0.45,
    ),
    Concept(
        key="fishing-village-tours",
        area=AREA,
        also=("finance-employment-welfare", "environmental-conservation"),
        core_th="ท่องเที่ยววิถีประมงพื้นบ้าน",
        core_en="Fishing Village Tours",
        forms=("community_enterprise",),
        summary_th="ชาวประมงพื้นบ้านพานักท่องเที่ยวออกเรือวางลอบปู ดูป่าชายเลน และกินอาหารทะเลที่แม่บ้านทำ มีรายได้เพิ่มในวันที่ปลาน้อย",
        summary_en="Small-scale fishers take visitors out to set crab traps, see the mangroves and eat seafood cooked "
        "by the village women, earning more on days the catch is poor.",
        problem_th="ชาวประมงพื้นบ้านจับปลาได้น้อยลงทุกปี บางวันออกเรือแล้วขาดทุนค่าน้ำมัน ลูกหลานไม่อยากสืบอาชีพ",
        problem_en="Small-scale fishers catch less every year, some days lose money on fuel, and their children don't "
        "want to follow them.",
        how_th="กลุ่มกำหนดจำนวนนักท่องเที่ยวต่อวันไม่ให้รบกวนชุมชน เรือทุกลำมีเสื้อชูชีพและประกัน รายได้แบ่งคนขับเรือ แม่ครัว และกองทุนอนุรักษ์ "
        "นักท่องเที่ยวต้องปล่อยปูไข่คืนทะเลตามกติกาของหมู่บ้าน",
        how_en="The group caps daily visitors so the village isn't disturbed, every boat carries life jackets and "
        "insurance, income is shared between boatmen, cooks and a conservation fund, and visitors must release "
        "egg-bearing crabs by village rule.",
        indicator=Indicator(
            "รายได้เสริมของครัวเรือนประมง", "Extra income for fishing households", "บาท/ปี (baht/year)", (10000, 60000), 0.3
        ),
        provinces=("TRT", "CTI", "PBI", "PKN", "SKA", "TRG", "STN", "KBI"),
    ),
    Concept(
        key="chao-le-rights-tourism",
        area=AREA,
        also=("public-sector-education", "environmental-conservation"),
        core_th="วิถีชาวเลอูรักลาโว้ย",
        core_en="Urak Lawoi Sea Ways",
        forms=("community_enterprise", "foundation"),
        summary_th="ชาวเลอูรักลาโว้ยพานักท่องเที่ยวเรียนรู้การดำน้ำหาหอยแบบดั้งเดิมและพิธีลอยเรือ พร้อมบันทึกแผนที่จุดหากินและสุสานบรรพบุรุษ",
        summary_en="Urak Lawoi sea people teach visitors traditional free-dive shell gathering and the boat-floating "
        "ceremony, while mapping their fishing grounds and ancestral graves.",
        problem_th="ชาวเลถูกห้ามเข้าแหล่งหากินดั้งเดิมเพราะกลายเป็นเขตอุทยานและรีสอร์ต ที่ดินสุสานบรรพบุรุษถูกอ้างกรรมสิทธิ์ "
        "เด็กรู้สึกอายที่เป็นชาวเล",
        problem_en="Sea people are barred from their traditional fishing grounds, now parks and resorts; the land of "
        "their ancestors' graves is claimed by others, and children are ashamed of being chao le.",
        how_th="เยาวชนชาวเลเป็นไกด์และเล่าเรื่องด้วยภาษาของตัวเอง แผนที่วัฒนธรรมที่ทำร่วมกับนักวิชาการใช้ประกอบการเจรจาสิทธิกับหน่วยงานรัฐ "
        "รายได้ส่วนหนึ่งเข้ากองทุนการศึกษาของเด็กชาวเล",
        how_en="Young sea people guide and tell the stories in their own language; a cultural map made with academics "
        "supports rights negotiations with the authorities, and part of the income funds the children's education.",
        indicator=Indicator(
            "ครอบครัวที่มีรายได้จากการท่องเที่ยว", "Families earning from tourism", "ครอบครัว (families)", (10, 120), 0.3
        ),
        provinces=("STN", "PKT", "KBI"),
    ),
    Concept(
        key="thai-massage-wellness",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="นวดไทยภูมิปัญญาชุมชน",
        core_en="Village Thai Massage Retreat",
        forms=("community_enterprise",),
        summary_th="หมอนวดพื้นบ้านและหมอสมุนไพรในหมู่บ้านเปิดเรือนพักสุขภาพ นวดแผนไทย อบสมุนไพร และสอนทำลูกประคบให้นักท่องเที่ยว",
        summary_en="",
        problem_th="หมอนวดพื้นบ้านเก่ง ๆ ในหมู่บ้านไม่มีใบรับรอง ลูกหลานไปนวดในเมืองได้ค่าแรงต่ำ ความรู้เรื่องสมุนไพรกำลังจะสูญหาย",
        problem_en="",
        how_th="กลุ่มพาหมอนวดเข้าหลักสูตรที่กระทรวงสาธารณสุขรับรอง ปลูกสมุนไพรใช้เองในแปลงชุมชน รับนักท่องเที่ยวพักสามวันสองคืน "
        "และบันทึกตำรับยาของหมอพื้นบ้านร่วมกับกรมการแพทย์แผนไทย",
        how_en="",
        indicator=Indicator("หมอนวดที่ได้ใบรับรอง", "Certified village therapists", "คน (therapists)", (5, 60), 0.3),
        provinces=("SKN", "UBN", "PCK", "CMI", "NRT"),
    ),
    Concept(
        key="mudmee-silk-archive",
        area=AREA,
        also=("public-sector-education", "finance-employment-welfare"),
        core_th="คลังลายผ้าไหมมัดหมี่",
        core_en="Mudmee Silk Pattern Archive",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="ถ่ายภาพและถอดลายผ้าไหมมัดหมี่โบราณจากหีบผ้าของยายทุกบ้าน เก็บเป็นคลังออนไลน์ ให้ช่างทอรุ่นใหม่นำลายเก่ามาทอขายได้",
        summary_en="Photographs and charts old mudmee silk patterns from grandmothers' chests in every house into an "
        "online archive, so young weavers can weave and sell the old designs.",
        problem_th="ผ้าไหมลายโบราณของแต่ละหมู่บ้านถูกขายให้นักสะสมหรือผุไปตามเวลา ช่างทอรุ่นใหม่ทอแต่ลายตามตลาด ลายประจำถิ่นกำลังจะหายไป",
        problem_en="Each village's old silk patterns are being sold to collectors or are rotting away, young weavers "
        "only weave what the market asks for, and local patterns are vanishing.",
        how_th="เยาวชนถ่ายภาพผ้าและสัมภาษณ์ยายถึงความหมายของลาย แปลงลายเป็นตารางมัดหมี่ที่ช่างใช้ได้จริง "
        "ลายที่ถูกนำไปทอขายจ่ายค่าลายคืนครอบครัวเจ้าของผ้า",
        how_en="Young people photograph the cloths and ask grandmothers what the patterns mean, then convert them "
        "into tie-dye charts weavers can use; when an archived pattern is sold, a fee goes back to the family that "
        "owned the cloth.",
        indicator=Indicator("ลายผ้าที่บันทึกในคลัง", "Patterns archived", "ลาย (patterns)", (50, 800), 0.4),
        provinces=("SRN", "SSK", "BRM", "KKN", "CPM", "MKM", "NMA"),
        youth_share=0.45,
    ),
    Concept(
        key="community-radio-local-language",
        area=AREA,
        also=("public-sector-education", "disaster-management"),
        core_th="วิทยุชุมชนภาษาถิ่น",
        core_en="Local Language Radio",
        forms=("unregistered_group", "foundation"),
        summary_th="สถานีวิทยุชุมชนและพอดแคสต์ที่จัดรายการด้วยภาษาเขมรถิ่นไทย ทั้งข่าวท้องถิ่น ราคาพืชผล เพลงพื้นบ้าน และประกาศเตือนภัย",
        summary_en="",
        problem_th="ผู้สูงอายุที่พูดภาษาเขมรถิ่นไทยฟังข่าวภาษากลางไม่เข้าใจ ข้อมูลสิทธิ์ สุขภาพ และเตือนภัยไปไม่ถึง เพลงกันตรึมก็หาฟังยากขึ้น",
        problem_en="",
        how_th="ดีเจเป็นคนหนุ่มสาวและผู้สูงอายุในชุมชนที่ผลัดกันจัดรายการ อ่านข่าวจากหน่วยงานรัฐที่แปลเป็นภาษาถิ่น เปิดสายให้คนโทรมาถามปัญหา "
        "และเก็บเพลงกันตรึมเก่าเป็นคลังเสียง",
        how_en="",
        indicator=Indicator("ผู้ฟังต่อสัปดาห์", "Weekly listeners", "คน (listeners)", (500, 8000), 0.3),
        provinces=("SRN", "SSK", "BRM"),
    ),
    Concept(
        key="island-eco-guides",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ไกด์ท้องถิ่นเกาะรักษ์ทะเล",
        core_en="Island Eco Guides",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="",
        summary_en="Trains island youth as licensed snorkelling and nature guides who keep tour groups small, stop "
        "visitors touching coral and earn more than boat-deck jobs.",
        problem_th="",
        problem_en="Speedboats bring hundreds of day-trippers to the same reef each morning; people stand on coral, "
        "feed fish, and the young islanders get only low-paid jobs on the boats.",
        how_th="",
        how_en="Young islanders take a guide licence course with marine biologists, then lead groups of six at most "
        "with a reef briefing before every swim. Tour companies pay a premium for certified guides, and guests pay a "
        "small reef fee that funds mooring buoys.",
        indicator=Indicator("ไกด์ท้องถิ่นที่ได้รับใบอนุญาต", "Licensed local guides", "คน (guides)", (10, 100), 0.4),
        provinces=ISLANDS,
        youth_share=0.6,
    ),
    Concept(
        key="hill-tribe-coffee-trail",
        area=AREA,
        also=("sustainable-agriculture",),
        core_th="เส้นทางกาแฟบนดอย",
        core_en="Highland Coffee Trail",
        forms=("community_enterprise",),
        summary_th="นักท่องเที่ยวเดินเก็บเชอร์รีกาแฟกับเกษตรกร ลองคั่วเองที่โรงคั่วชุมชน และพักบ้านชาวอาข่า "
        "รายได้จากการท่องเที่ยวช่วยเกษตรกรช่วงราคากาแฟตก",
        summary_en="Visitors pick coffee cherries with farmers, roast their own at the village roastery and stay in "
        "Akha homes; tourism income carries farmers through years of low coffee prices.",
        problem_th="ราคากาแฟกะลาผันผวนทุกปี เกษตรกรบนดอยขายผลผลิตดิบให้พ่อค้าคนกลาง ส่วนนักท่องเที่ยวที่ขึ้นดอยก็แวะแค่ร้านกาแฟของคนนอก",
        problem_en="Parchment coffee prices swing every year; hill farmers sell raw beans to middlemen, and visitors "
        "who come up the mountain stop only at outsiders' cafés.",
        how_th="เส้นทางผ่านสวนกาแฟใต้ร่มไม้หลายครอบครัว คนนำทางเป็นเยาวชนอาข่า กลุ่มรับจองผ่านเพจ แบ่งรายได้ตามจำนวนแขกที่แต่ละบ้านรับ "
        "และขายกาแฟคั่วถุงให้นักท่องเที่ยวซื้อกลับในราคาที่เกษตรกรกำหนดเอง",
        how_en="The trail passes several families' shade-grown coffee gardens with young Akha guides; bookings come "
        "through the group's page, income is shared by guests hosted, and roasted coffee sells at prices the farmers "
        "set.",
        indicator=Indicator("นักท่องเที่ยวที่เดินเส้นทาง", "Visitors on the trail", "คน (visitors)", (200, 4000), 0.5),
        provinces=("CRI", "CMI", "NAN", "MSN"),
        youth_share=0.4,
    ),
)
