"""Demo ventures of area 2, the food, water and energy nexus: electricity, drinking water, meals."""

from ..content import COMMUNITY, COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, BORDER, CITIES, COAST, DROUGHT, HIGHLAND, ISAN, ISLANDS, NORTHEAST_RICE, RUBBER

AREA = "food-water-energy"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="solar-water-pump",
        area=AREA,
        also=("sustainable-agriculture",),
        core_th="สูบน้ำพลังงานแสงอาทิตย์",
        core_en="Solar Water",
        forms=(*COMMUNITY, "cooperative", "social_enterprise_osep"),
        brands=(("ซันวอเตอร์", "SunWater"), ("โซลาร์นาดี", "Solar Na Dee")),
        summary_th="ระบบสูบน้ำพลังงานแสงอาทิตย์สำหรับแปลงเกษตรและประปาหมู่บ้าน ที่ชุมชนเป็นเจ้าของและดูแลเอง",
        summary_en="Community-owned solar pumping for farm plots and the village water supply.",
        problem_th="เกษตรกรใช้เครื่องสูบน้ำดีเซลที่ค่าน้ำมันสูง และหลายหมู่บ้านไม่มีน้ำประปาใช้ตลอดปี",
        problem_en="Farmers rely on diesel pumps with high fuel costs, and many villages lack year-round piped water.",
        how_th="ทีมช่างชุมชนที่ผ่านการอบรมติดตั้งแผงโซลาร์และตู้ควบคุมที่ออกแบบให้ซ่อมง่าย สมาชิกจ่ายค่าน้ำตามมิเตอร์ในอัตราต่ำกว่าค่าน้ำมันเดิม "
        "เงินที่เก็บได้เข้ากองทุนซ่อมบำรุง ระบบจึงใช้งานได้ต่อเนื่องหลังโครงการจบ",
        how_en="Trained village technicians install panels and an easy-to-repair controller; members pay metered "
        "water fees below their old fuel cost, and the fees fund maintenance so the system keeps running after the "
        "project ends.",
        indicator=Indicator(
            "ครัวเรือนที่มีน้ำใช้ตลอดปี", "Households with year-round water", "ครัวเรือน (households)", (40, 300), 0.3
        ),
        provinces=NORTHEAST_RICE,
    ),
    Concept(
        key="clean-water-filter",
        area=AREA,
        also=("health",),
        core_th="เครื่องกรองน้ำสะอาด",
        core_en="Clean Water Filter",
        forms=COMPANY,
        brands=(("น้ำใสใจจริง", "NamSai"), ("อควาเซฟ", "AquaSafe"), ("เพียวดรอป", "PureDrop")),
        summary_th="เครื่องกรองน้ำเซรามิกราคาประหยัดที่ผลิตโดยช่างปั้นในท้องถิ่น ให้โรงเรียนและครัวเรือนมีน้ำดื่มสะอาด",
        summary_en="Low-cost ceramic water filters made by local potters, giving schools and households safe drinking "
        "water.",
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
        area=AREA,
        also=("environmental-conservation",),
        core_th="ไบโอแก๊สชุมชน",
        core_en="Community Biogas",
        forms=(*COMMUNITY, "cooperative"),
        summary_th="เปลี่ยนมูลสัตว์และเศษอาหารเป็นก๊าซหุงต้มและปุ๋ยอินทรีย์ให้ครัวเรือนใน{place_th}",
        summary_en="Turns livestock manure and food waste into cooking gas and organic fertiliser for households in "
        "{place_en}.",
        problem_th="มูลสัตว์จากฟาร์มส่งกลิ่นเหม็นและรั่วลงแหล่งน้ำ ขณะที่ค่าแก๊สหุงต้มสูงขึ้นทุกปี",
        problem_en="Livestock farms let manure smell and leak into water, while cooking-gas prices rise every year.",
        how_th="บ่อหมักแบบถุงต้นทุนต่ำติดตั้งได้ในหนึ่งวัน ต่อท่อก๊าซไปยังครัวของเพื่อนบ้านในรัศมีร้อยเมตร กากที่เหลือขายเป็นปุ๋ยน้ำให้สวนผลไม้ "
        "และคณะกรรมการพลังงานหมู่บ้านเป็นผู้บริหารระบบ",
        how_en="Low-cost bag digesters are installed in a day and piped to neighbours' kitchens within a hundred "
        "metres; the slurry is sold as liquid fertiliser to orchards. A village energy committee runs the system.",
        indicator=Indicator("ก๊าซหุงต้มที่ทดแทนได้", "Cooking gas replaced", "กิโลกรัม/ปี (kg/year)", (1500, 9000), 0.3),
    ),
    Concept(
        key="food-rescue",
        area=AREA,
        also=("urbanisation", "environmental-conservation"),
        core_th="ธนาคารอาหาร",
        core_en="Food Bank",
        forms=(*COMPANY, "foundation"),
        brands=(("อิ่มดี", "ImDee"), ("เซฟฟู้ด", "SaveFood"), ("แบ่งปันอิ่ม", "ShareMeal")),
        summary_th="ส่งต่ออาหารส่วนเกินจากห้างและโรงแรมไปยังชุมชนแออัดและบ้านพักผู้สูงอายุ ลดขยะอาหารและความหิวไปพร้อมกัน",
        summary_en="Rescues surplus food from supermarkets and hotels for low-income communities and homes for older "
        "people, cutting food waste and hunger together.",
        problem_th="อาหารที่ยังกินได้จำนวนมากถูกทิ้งทุกวัน ขณะที่หลายครอบครัวในเมืองยังขาดอาหารที่มีคุณค่า",
        problem_en="Large amounts of edible food are thrown away daily while many urban families lack nutritious "
        "meals.",
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
    Concept(
        key="solar-mini-grid",
        area=AREA,
        also=("public-sector-education",),
        core_th="ไฟฟ้าโซลาร์หมู่บ้านบนดอย",
        core_en="Hill Village Solar Grid",
        forms=("community_enterprise", "cooperative", "foundation"),
        summary_th="ระบบไฟฟ้าพลังงานแสงอาทิตย์พร้อมแบตเตอรี่สำหรับหมู่บ้านบนดอยที่สายส่งไฟฟ้าไปไม่ถึง ชาวบ้านเป็นเจ้าของและเก็บค่าไฟกันเอง",
        summary_en="A solar mini-grid with batteries for a mountain village the power lines never reached, owned by "
        "the villagers, who collect the bills themselves.",
        problem_th="ทั้งหมู่บ้านยังต่อไฟจากการไฟฟ้าไม่ได้ เพราะอยู่ในเขตป่าอนุรักษ์ที่ปักเสาไฟไม่ได้ "
        "ตอนกลางคืนเด็กทำการบ้านด้วยเทียนและตะเกียงน้ำมัน ศูนย์การเรียนเปิดคอมพิวเตอร์ไม่ได้ และยาที่ต้องแช่เย็นเก็บไว้ไม่ได้",
        problem_en="The village has no electricity because it lies inside a protected forest where poles cannot be "
        "put up. Children do homework by candle and kerosene lamp, the learning centre cannot run a computer, and "
        "medicines that need a fridge cannot be kept.",
        how_th="ติดตั้งแผงโซลาร์และแบตเตอรี่ลิเธียมรวมที่ศาลาหมู่บ้าน เดินสายไปทุกบ้านพร้อมมิเตอร์เติมเงิน "
        "ช่างไฟสองคนจากหมู่บ้านได้รับการอบรมให้ดูแลระบบ ค่าไฟที่เก็บได้เข้ากองทุนเปลี่ยนแบตเตอรี่ในอีกสิบปี",
        how_en="Panels and a shared lithium battery sit by the village hall, with a line and a prepaid meter to every "
        "house. Two villagers are trained as technicians, and the bills go into a fund to replace the battery in ten "
        "years.",
        indicator=Indicator("ครัวเรือนที่มีไฟฟ้าใช้", "Households with electricity", "ครัวเรือน (households)", (20, 150), 0.3),
        provinces=("MSN", "TAK", "CMI", "NAN", "CRI"),
        youth_share=0.2,
    ),
    Concept(
        key="border-school-solar",
        area=AREA,
        also=("public-sector-education",),
        core_th="ไฟโซลาร์โรงเรียนชายแดน",
        core_en="Border School Solar",
        forms=("foundation", "unregistered_group"),
        summary_th="นักศึกษาวิศวะอาสาติดตั้งโซลาร์เซลล์ ตู้เย็น และพัดลมให้โรงเรียนตำรวจตระเวนชายแดนที่ยังใช้เครื่องปั่นไฟ",
        summary_en="",
        problem_th="โรงเรียนบนดอยหลายแห่งมีไฟเฉพาะตอนเปิดเครื่องปั่นไฟ ครูต้องซื้อน้ำมันเองเดือนละหลายพัน อาหารกลางวันเด็กเก็บค้างคืนไม่ได้",
        problem_en="",
        how_th="ชมรมนักศึกษาระดมทุนและออกแบบระบบร่วมกับอาจารย์ ขนอุปกรณ์ขึ้นดอยช่วงปิดภาคเรียน "
        "ติดตั้งพร้อมสอนครูและนักเรียนโตดูแลแผงและแบตเตอรี่ แล้วกลับไปตรวจระบบทุกปี ข้อมูลการผลิตไฟส่งผ่านซิมการ์ดให้ทีมเห็นเมื่อมีปัญหา",
        how_en="",
        indicator=Indicator("โรงเรียนที่มีไฟฟ้าใช้ทั้งวัน", "Schools with all-day power", "โรงเรียน (schools)", (3, 30), 0.4),
        provinces=BORDER,
        youth_share=0.7,
    ),
    Concept(
        key="micro-hydro",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ไฟฟ้าพลังน้ำขนาดเล็ก",
        core_en="Village Micro-hydro",
        forms=("community_enterprise", "cooperative"),
        summary_th="โรงไฟฟ้าพลังน้ำขนาดจิ๋วที่ชาวบ้านสร้างบนลำห้วย ผลิตไฟให้บ้านเรือนและโรงสีกาแฟ ยิ่งรักษาป่าต้นน้ำ ยิ่งมีไฟใช้",
        summary_en="A tiny hydropower plant villagers built on their stream, powering homes and a coffee mill: the "
        "better they keep the watershed forest, the more power they have.",
        problem_th="หมู่บ้านอยู่ปลายสายส่ง ไฟตกและดับบ่อยจนเครื่องสีกาแฟพัง ขณะที่ลำห้วยหน้าหมู่บ้านไหลแรงทั้งปี",
        problem_en="At the end of the grid line the power dips and cuts out so often that the coffee huller keeps "
        "breaking, while the stream in front of the village runs strongly all year.",
        how_th="กลุ่มสร้างฝายและท่อส่งน้ำเข้ากังหันขนาดสิบห้ากิโลวัตต์ตามแบบของวิศวกรอาสา ชาวบ้านลงแรงก่อสร้างแทนเงินลงทุน "
        "ค่าไฟต่อหน่วยถูกกว่าการไฟฟ้า และกติกาหมู่บ้านห้ามตัดไม้เหนือฝาย เพราะถ้าป่าหายน้ำก็หาย",
        how_en="The group built a weir and penstock feeding a 15 kW turbine designed by volunteer engineers, with "
        "villagers' labour counted as their investment. Power costs less per unit than from the grid, and the village "
        "rule bans logging above the weir: lose the forest and you lose the water.",
        indicator=Indicator("ไฟฟ้าที่ผลิตได้", "Electricity generated", "หน่วย/ปี (kWh/year)", (15000, 90000), 0.2),
        provinces=HIGHLAND,
    ),
    Concept(
        key="salty-groundwater-ro",
        area=AREA,
        also=("health",),
        core_th="น้ำดื่มจากบ่อน้ำเค็ม",
        core_en="Brackish Well Drinking Water",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="โรงกรองน้ำดื่มระบบรีเวิร์สออสโมซิสขนาดเล็กในหมู่บ้านที่น้ำบาดาลเค็ม ขายน้ำดื่มสะอาดถังละห้าบาท",
        summary_en="A small reverse-osmosis plant in a village whose groundwater is salty, selling clean drinking "
        "water at five baht a bottle.",
        problem_th="น้ำบาดาลในหมู่บ้านกร่อยและเค็มจากชั้นเกลือใต้ดิน ชาวบ้านต้องซื้อน้ำถังจากในเมืองราคาแพง หรือดื่มน้ำฝนที่เก็บไม่สะอาด",
        problem_en="The village's groundwater is brackish from the rock salt underneath; people buy expensive water "
        "from town or drink rainwater stored in dirty jars.",
        how_th="วิสาหกิจชุมชนบริหารโรงกรอง จ้างคนในหมู่บ้านบรรจุและส่งน้ำด้วยรถพ่วงข้าง ตรวจคุณภาพน้ำกับศูนย์อนามัยทุกสามเดือน "
        "น้ำเค็มที่เหลือจากการกรองระบายลงบ่อระเหยแยกต่างหาก ไม่ปล่อยลงนา",
        how_en="A community enterprise runs the plant and pays villagers to bottle and deliver by sidecar motorbike. "
        "Water is tested with the regional health centre every three months, and the reject brine goes to a separate "
        "evaporation pond, not the rice fields.",
        indicator=Indicator("คนที่มีน้ำดื่มสะอาด", "People with safe drinking water", "คน (people)", (400, 5000), 0.4),
        provinces=("KKN", "MKM", "KSN", "RET", "NMA", "UDN", "SNK"),
    ),
    Concept(
        key="water-kiosk-check",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="ตรวจตู้น้ำหยอดเหรียญ",
        core_en="Water Vending Check",
        forms=COMPANY,
        brands=(("ตู้น้ำดี", "GoodTap"), ("เช็กน้ำ", "WaterCheck")),
        summary_th="บริการล้างและเปลี่ยนไส้กรองตู้น้ำหยอดเหรียญตามรอบ พร้อมคิวอาร์โค้ดหน้าตู้ให้คนซื้อเห็นวันเปลี่ยนไส้กรองและผลตรวจเชื้อ",
        summary_en="Scheduled cleaning and filter changes for coin-operated water vending machines, with a QR code on "
        "each machine showing buyers the last filter change and bacteria test.",
        problem_th="ตู้น้ำดื่มหยอดเหรียญตามชุมชนจำนวนมากไม่เคยเปลี่ยนไส้กรอง หัวจ่ายมีตะไคร่และคราบสนิม แต่คนซื้อไม่มีทางรู้ว่าน้ำสะอาดหรือเปล่า",
        problem_en="Many coin water machines in neighbourhoods never get new filters and their nozzles are green with "
        "algae and rust, yet buyers have no way of knowing whether the water is clean.",
        how_th="เจ้าของตู้สมัครบริการรายเดือน ช่างที่ผ่านการอบรมล้างถังและเปลี่ยนไส้กรองตามรอบ เก็บตัวอย่างน้ำส่งแล็บทุกสามเดือน "
        "ผลตรวจขึ้นหน้าเว็บของตู้แต่ละเครื่อง เทศบาลใช้ข้อมูลนี้ออกใบอนุญาตตู้น้ำได้เร็วขึ้น",
        how_en="Machine owners subscribe monthly; trained technicians clean tanks and change filters on schedule and "
        "send water samples to a lab every three months. Each machine's results appear on its own web page, which the "
        "municipality uses when licensing machines.",
        indicator=Indicator("ตู้น้ำที่ผ่านการตรวจคุณภาพ", "Machines passing quality tests", "ตู้ (machines)", (30, 600), 0.5),
        provinces=CITIES,
        urban=True,
        youth_share=0.25,
    ),
    Concept(
        key="school-lunch-local",
        area=AREA,
        also=("public-sector-education", "sustainable-agriculture"),
        core_th="อาหารกลางวันจากแปลงชุมชน",
        core_en="Farm-to-School Lunch",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ระบบวางแผนเมนูอาหารกลางวันโรงเรียนให้พอดีกับงบรายหัว และสั่งผักไข่ปลาจากเกษตรกรในตำบลแทนพ่อค้าคนกลาง",
        summary_en="Plans school lunch menus within the per-pupil budget and orders vegetables, eggs and fish from "
        "farmers in the same subdistrict instead of from middlemen.",
        problem_th="งบอาหารกลางวันหัวละไม่กี่สิบบาท ครูต้องทำเมนูเองทั้งที่ไม่มีความรู้ด้านโภชนาการ เด็กได้กินแต่ข้าวกับแกงจืด "
        "ขณะที่เกษตรกรข้างโรงเรียนขายผักไม่ได้ราคา",
        problem_en="The lunch budget is a few dozen baht per child and teachers write menus with no nutrition "
        "training, so children get rice and thin soup, while farmers next to the school cannot sell their vegetables "
        "at a fair price.",
        how_th="โปรแกรมคำนวณเมนูตามหลักโภชนาการจากวัตถุดิบที่เกษตรกรปลูกได้ในแต่ละเดือน เกษตรกรวางแผนปลูกตามออร์เดอร์ล่วงหน้า "
        "โรงเรียนจ่ายเงินผ่านระบบที่ตรวจสอบย้อนหลังได้ และนักเรียนชั่งน้ำหนักส่วนสูงทุกภาคเรียนเพื่อดูผล",
        how_en="The software builds balanced menus from what local farmers can grow each month; farmers plant to "
        "advance orders, schools pay through an auditable system, and pupils' weight and height are checked every "
        "term to see the effect.",
        indicator=Indicator(
            "นักเรียนที่ได้อาหารกลางวันครบหมู่", "Pupils getting balanced lunches", "คน (pupils)", (300, 6000), 0.5
        ),
    ),
    Concept(
        key="solar-dome-dryer",
        area=AREA,
        also=("sustainable-agriculture", "finance-employment-welfare"),
        core_th="โรงอบแห้งพลังแสงอาทิตย์",
        core_en="Solar Dome Dryer",
        forms=("community_enterprise", "cooperative"),
        summary_th="โรงอบแห้งหลังคาโดมพลังแสงอาทิตย์ ให้กลุ่มแม่บ้านแปรรูปกล้วยตาก ปลาแห้ง และสมุนไพรได้สะอาด ไม่มีแมลงวันตอม",
        summary_en="",
        problem_th="ผลผลิตล้นตลาดช่วงเก็บเกี่ยวต้องขายทิ้งราคาถูก ตากแดดแบบเดิมก็มีฝุ่นและแมลงวัน ฝนตกทีเดียวเสียหายทั้งกระด้ง",
        problem_en="",
        how_th="โรงอบขนาดสี่คูณแปดเมตรคลุมด้วยแผ่นโพลีคาร์บอเนตและพัดลมโซลาร์ อุณหภูมิในโรงอบสูงกว่าข้างนอกราวยี่สิบองศา "
        "สินค้าแห้งเร็วขึ้นครึ่งหนึ่ง ผ่านมาตรฐาน อย. และวางขายในร้านของฝากและออนไลน์",
        how_en="",
        indicator=Indicator("ผลผลิตที่แปรรูปได้", "Produce dried and sold", "ตัน/ปี (tonnes/year)", (2, 30), 0.4),
    ),
    Concept(
        key="fishers-cold-chain",
        area=AREA,
        also=("finance-employment-welfare", "environmental-conservation"),
        core_th="ห้องเย็นโซลาร์ประมงพื้นบ้าน",
        core_en="Fishers' Solar Cold Room",
        forms=("community_enterprise", "cooperative"),
        summary_th="ห้องเย็นพลังงานแสงอาทิตย์ที่ท่าเรือชุมชน ให้ชาวประมงพื้นบ้านเก็บปลาสดรอขายในราคาดี ไม่ต้องรีบขายถูกให้แพปลา",
        summary_en="A solar cold room at the village pier so small-scale fishers can keep their catch fresh and wait "
        "for a fair price instead of selling cheap to the dealer.",
        problem_th="เรือเล็กหาปลาได้เงินน้อยลงเรื่อย ๆ ปลาที่จับได้ต้องขายให้แพทันทีเพราะไม่มีน้ำแข็ง ถูกกดราคา ปลาส่วนหนึ่งเน่าเสียก่อนถึงตลาด",
        problem_en="Small-scale fishers earn less every year: with no ice they must sell to the dealer at once at "
        "whatever price he names, and part of the catch spoils before it reaches market.",
        how_th="กลุ่มเปิดห้องเย็นที่ใช้ไฟจากแผงโซลาร์บนหลังคาแพ ชาวประมงฝากปลาคิดค่าบริการเป็นกิโล และขายรวมผ่านไลน์ให้ร้านอาหารในเมือง "
        "ส่วนต่างราคาที่ได้เพิ่มขึ้นช่วยให้สมาชิกเลิกใช้เครื่องมือจับปลาตัวเล็ก",
        how_en="The group runs a cold room powered by panels on the pier roof. Fishers store fish for a per-kilo fee "
        "and the group sells together over LINE to restaurants in town; the better price lets members stop using gear "
        "that catches juvenile fish.",
        indicator=Indicator("รายได้ต่อเที่ยวเรือที่เพิ่มขึ้น", "Extra income per fishing trip", "บาท (baht)", (150, 600), 0.3),
        provinces=COAST,
    ),
    Concept(
        key="surplus-food-app",
        area=AREA,
        also=("environmental-conservation", "urbanisation"),
        core_th="แอปอาหารเหลือราคาถูก",
        core_en="Surplus Food App",
        forms=COMPANY,
        brands=(("อย่าทิ้ง", "DontWaste"), ("ลดก่อนปิด", "LastCall Food")),
        summary_th="แอปที่ร้านเบเกอรี ร้านอาหาร และโรงแรมลงขายอาหารที่เหลือก่อนปิดร้านในราคาลดครึ่ง ลูกค้าสั่งแล้วไปรับเอง",
        summary_en="An app where bakeries, restaurants and hotels sell their end-of-day surplus at half price for "
        "customers to collect.",
        problem_th="ร้านอาหารทิ้งขนมปัง ข้าวกล่อง และบุฟเฟต์ที่ยังกินได้ทุกคืน ขณะที่นักศึกษาและคนทำงานรายได้น้อยหาอาหารดี ๆ ราคาประหยัดยาก",
        problem_en="Restaurants throw out bread, lunch boxes and buffet food that is still good every night, while "
        "students and low-paid workers struggle to find decent cheap meals.",
        how_th="ร้านตั้งกล่องเซอร์ไพรส์ในแอปช่วงบ่าย ลูกค้าจ่ายผ่านคิวอาร์และรับภายในเวลาที่กำหนด แอปแสดงน้ำหนักอาหารที่ช่วยไว้ได้ "
        "และแปลงเป็นปริมาณก๊าซเรือนกระจกที่ลดลงให้ร้านใช้ในรายงาน อาหารที่ไม่มีคนซื้อส่งต่อให้มูลนิธิ",
        how_en="Shops list surprise boxes in the afternoon, customers pay by QR and collect within a set window, and "
        "the app reports the weight of food saved and the greenhouse gas avoided. Anything unsold goes to a "
        "foundation.",
        indicator=Indicator("อาหารที่ไม่ถูกทิ้ง", "Food saved from the bin", "กิโลกรัม (kg)", (5000, 80000), 0.7),
        provinces=CITIES,
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="clean-cookstoves",
        area=AREA,
        also=("health", "environmental-conservation"),
        core_th="เตาชีวมวลลดควัน",
        core_en="Clean Cookstoves",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="เตาหุงต้มประหยัดฟืนที่ช่างปั้นเตาในชุมชนผลิต ใช้ฟืนน้อยลงครึ่งหนึ่งและแทบไม่มีควันในครัว",
        summary_en="Fuel-saving stoves made by local stove potters that use half the firewood and leave the kitchen "
        "almost smoke-free.",
        problem_th="แม่และยายที่หุงข้าวด้วยเตาฟืนในครัวปิดสูดควันทุกวันจนไอเรื้อรัง ลูกเล็กที่อยู่ในครัวด้วยเป็นปอดบวมบ่อย",
        problem_en="Mothers and grandmothers cooking over wood in closed kitchens breathe smoke every day and develop "
        "chronic coughs, and the toddlers with them get pneumonia often.",
        how_th="ช่างปั้นเตาอังโล่ได้แบบเตาที่ปรับห้องเผาไหม้และปล่องควันจากศูนย์วิจัยพลังงาน ขายผ่านกลุ่มแม่บ้านแบบผ่อนเดือนละห้าสิบบาท อสม. "
        "วัดค่าคาร์บอนมอนอกไซด์ในครัวก่อนและหลังเปลี่ยนเตา",
        how_en="Local stove potters received an improved design with a better combustion chamber and chimney from an "
        "energy research centre; women's groups sell the stoves at fifty baht a month, and health volunteers measure "
        "kitchen carbon monoxide before and after.",
        indicator=Indicator(
            "ครัวเรือนที่ใช้เตาลดควัน", "Households with clean stoves", "ครัวเรือน (households)", (100, 2000), 0.4
        ),
        provinces=(*HIGHLAND, *ISAN),
    ),
    Concept(
        key="temple-solar-coop",
        area=AREA,
        also=("environmental-conservation", "finance-employment-welfare"),
        core_th="สหกรณ์โซลาร์หลังคา",
        core_en="Rooftop Solar Cooperative",
        forms=("cooperative",),
        summary_th="สหกรณ์พลังงานที่ชาวบ้านลงหุ้นติดโซลาร์บนหลังคาวัด โรงเรียน และ รพ.สต. ลดค่าไฟของส่วนรวม แล้วปันผลคืนสมาชิก",
        summary_en="An energy cooperative in which villagers buy shares to put solar panels on the temple, school and "
        "health centre roofs, cutting public bills and paying dividends back to members.",
        problem_th="ค่าไฟของวัดและโรงเรียนขึ้นทุกปีจนต้องเรี่ยไรชาวบ้าน รพ.สต. ปิดแอร์ห้องเก็บยาตอนกลางคืนเพื่อประหยัด",
        problem_en="Electricity bills at the temple and school rise every year until villagers are asked to chip in, "
        "and the health centre switches off the medicine store's air conditioning at night to save money.",
        how_th="สมาชิกซื้อหุ้นละหนึ่งพันบาท สหกรณ์ติดตั้งระบบและทำสัญญาขายไฟให้อาคารในราคาต่ำกว่าการไฟฟ้า ข้อมูลการผลิตไฟดูได้บนมือถือ "
        "กำไรปันผลปีละครั้ง และหักส่วนหนึ่งให้กองทุนการศึกษาของเด็กในตำบล",
        how_en="Members buy 1,000-baht shares; the cooperative installs the systems and sells the power to each "
        "building below the utility tariff. Generation data is visible on members' phones, dividends are paid yearly, "
        "and part of the profit goes to a scholarship fund.",
        indicator=Indicator(
            "ค่าไฟที่อาคารสาธารณะประหยัดได้", "Public buildings' savings", "บาท/ปี (baht/year)", (50000, 600000), 0.4
        ),
    ),
    Concept(
        key="village-water-testing",
        area=AREA,
        also=("health", "public-sector-education"),
        core_th="ตรวจน้ำประปาหมู่บ้าน",
        core_en="Village Tap Water Testing",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="รถแล็บเคลื่อนที่ตรวจคุณภาพน้ำประปาหมู่บ้านทุกเดือน และสอนผู้ดูแลระบบประปาเติมคลอรีนให้ถูกปริมาณ",
        summary_en="A mobile lab that tests village tap water monthly and teaches the caretakers how to dose chlorine "
        "correctly.",
        problem_th="ประปาหมู่บ้านหลายแห่งน้ำขุ่นเป็นสีสนิม ผู้ดูแลไม่เคยได้รับการอบรม บางเดือนไม่ใส่คลอรีน บางเดือนใส่จนเหม็น "
        "ชาวบ้านเลยไม่กล้าดื่ม",
        problem_en="Many village water systems run rust-coloured water; caretakers have never been trained, some "
        "months add no chlorine and other months so much that it stinks, and nobody dares drink it.",
        how_th="ทีมตรวจความขุ่น คลอรีนอิสระ และโคลิฟอร์มที่หน้างาน แจ้งผลผ่านไลน์ของผู้ใหญ่บ้าน ฝึกผู้ดูแลใช้ชุดทดสอบง่าย ๆ ทุกวัน "
        "และช่วยองค์การบริหารส่วนตำบลทำแผนล้างถังและเปลี่ยนสารกรอง",
        how_en="The team tests turbidity, free chlorine and coliforms on site, sends results to the village head's "
        "LINE, trains caretakers to use simple daily test kits, and helps the subdistrict council plan tank cleaning "
        "and filter-media changes.",
        indicator=Indicator(
            "ระบบประปาที่ผ่านเกณฑ์น้ำดื่ม", "Systems meeting drinking-water standards", "ระบบ (systems)", (5, 80), 0.5
        ),
    ),
    Concept(
        key="island-desalination",
        area=AREA,
        also=("tourism-culture", "disaster-management"),
        core_th="น้ำจืดจากน้ำทะเลบนเกาะ",
        core_en="Island Solar Desalination",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="ระบบกลั่นน้ำทะเลเป็นน้ำจืดด้วยพลังงานแสงอาทิตย์สำหรับชุมชนบนเกาะเล็ก ที่หน้าแล้งต้องซื้อน้ำจืดจากเรือราคาแพง",
        summary_en="Solar-powered desalination for small-island communities that otherwise buy expensive fresh water "
        "off boats in the dry season.",
        problem_th="เกาะไม่มีแหล่งน้ำจืด บ่อน้ำตื้นกลายเป็นน้ำกร่อยตั้งแต่กุมภาพันธ์ ชาวบ้านจ่ายค่าน้ำจากเรือลูกบาศก์เมตรละหลายร้อยบาท",
        problem_en="The island has no fresh water source; shallow wells turn brackish from February and villagers pay "
        "hundreds of baht per cubic metre for water shipped in by boat.",
        how_th="ชุดกรองรีเวิร์สออสโมซิสขับด้วยแผงโซลาร์และแบตเตอรี่ ผลิตน้ำวันละห้าลูกบาศก์เมตร เก็บในถังสูงแล้วจ่ายตามบ้าน "
        "รีสอร์ตซื้อน้ำในราคาสูงกว่าชาวบ้าน ช่วยอุดหนุนค่าน้ำของครัวเรือน",
        how_en="A reverse-osmosis unit driven by solar panels and batteries makes five cubic metres a day, stored in "
        "a raised tank and piped to homes. Resorts pay a higher tariff that subsidises households.",
        indicator=Indicator("น้ำจืดที่ผลิตได้", "Fresh water produced", "ลูกบาศก์เมตร/ปี (m³/year)", (400, 2500), 0.3),
        provinces=ISLANDS,
    ),
    Concept(
        key="highland-rice-bank",
        area=AREA,
        also=("finance-employment-welfare", "sustainable-agriculture"),
        core_th="ธนาคารข้าวบนดอย",
        core_en="Highland Rice Bank",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="ยุ้งข้าวกลางของหมู่บ้านบนดอยที่ให้ครอบครัวยืมข้าวกินในเดือนขาดแคลน แล้วคืนเป็นข้าวหลังเก็บเกี่ยว ไม่ต้องกู้เงินนายทุน",
        summary_en="",
        problem_th="ก่อนข้าวไร่ออกรวงสามสี่เดือน หลายครอบครัวข้าวหมดยุ้ง ต้องกู้เงินหรือยืมข้าวจากพ่อค้าแล้วคืนสองเท่า "
        "ลูกหลานต้องออกจากโรงเรียนไปรับจ้าง",
        problem_en="",
        how_th="สมาชิกฝากข้าวหลังเก็บเกี่ยวตามกำลัง ยืมได้ในเดือนที่ขาดและคืนพร้อมดอกเบี้ยเป็นข้าวเพียงเล็กน้อย "
        "คณะกรรมการหญิงชายจดบัญชีในสมุดและในแอปภาษาไทยที่อ่านออกเสียงได้ ข้าวที่เพิ่มขึ้นแต่ละปีช่วยครอบครัวที่เจอภัยแล้ง",
        how_en="",
        indicator=Indicator("ครอบครัวที่มีข้าวกินตลอดปี", "Families with rice all year", "ครอบครัว (families)", (30, 250), 0.3),
        provinces=("MSN", "TAK", "CMI", "NAN", "CRI"),
    ),
    Concept(
        key="cricket-farming",
        area=AREA,
        also=("sustainable-agriculture", "health"),
        core_th="ฟาร์มจิ้งหรีดโปรตีน",
        core_en="Cricket Protein Farm",
        forms=("community_enterprise", "company"),
        brands=(("จิ้งหรีดดี", "CricketGood"),),
        summary_th="ฟาร์มจิ้งหรีดในโรงเรือนมาตรฐาน GAP แปรรูปเป็นผงโปรตีนส่งโรงงานอาหาร และแจกจิ้งหรีดอบให้เด็กเล็กในศูนย์เด็กที่ขาดโปรตีน",
        summary_en="GAP-standard cricket farms processed into protein powder for food companies, with roasted "
        "crickets going to childcare centres where small children lack protein.",
        problem_th="เกษตรกรหลังฤดูทำนาไม่มีรายได้ และเด็กเล็กในชนบทจำนวนไม่น้อยตัวเตี้ยเพราะได้โปรตีนไม่พอ",
        problem_en="Farmers have no income between rice seasons, and many young children in the countryside are "
        "stunted from too little protein.",
        how_th="สมาชิกเลี้ยงจิ้งหรีดในบ่อซีเมนต์หลังบ้าน ใช้อาหารผสมใบมันสำปะหลัง รอบละสี่สิบห้าวัน กลุ่มรับซื้อทั้งหมดในราคาประกัน "
        "อบแห้งและบดในโรงงานที่ได้ อย. ส่งขายบริษัทขนม และกันผลผลิตส่วนหนึ่งให้ศูนย์พัฒนาเด็กเล็กในตำบล",
        how_en="Members raise crickets in cement pens behind the house, fed partly on cassava leaves, for 45-day "
        "cycles. The group buys everything at a guaranteed price, dries and mills it in an FDA-approved unit for "
        "snack makers, and keeps part for local childcare centres.",
        indicator=Indicator("จิ้งหรีดที่รับซื้อ", "Crickets bought from members", "กิโลกรัม (kg)", (2000, 30000), 0.5),
        provinces=ISAN,
        youth_share=0.25,
    ),
    Concept(
        key="rubber-tapper-lamps",
        area=AREA,
        also=("sustainable-agriculture", "health"),
        core_th="ไฟฉายคาดหัวโซลาร์ชาวสวนยาง",
        core_en="Tapper Solar Headlamps",
        forms=COMPANY,
        brands=(("แสงกรีด", "TapLight"),),
        summary_th="ไฟฉายคาดหัวชาร์จด้วยแผงโซลาร์สำหรับคนกรีดยางตอนตีสอง แทนไฟฉายถ่านที่ต้องซื้อถ่านทุกสัปดาห์",
        summary_en="",
        problem_th="คนกรีดยางออกสวนตั้งแต่ตีหนึ่งตีสอง ซื้อถ่านไฟฉายทุกสัปดาห์ ถ่านเก่าทิ้งในสวน ไฟไม่สว่างพอก็กรีดลึกจนหน้ายางเสีย",
        problem_en="",
        how_th="ไฟคาดหัวใช้แบตเตอรี่ลิเธียมที่ชาร์จจากแผงเล็กบนหลังคาบ้านได้ทั้งคืน ขายผ่านสหกรณ์กองทุนสวนยางแบบหักจากค่าน้ำยาง "
        "ทีมรับซ่อมและรับคืนแบตเตอรี่เก่าไปรีไซเคิล",
        how_en="",
        indicator=Indicator(
            "ชาวสวนยางที่ใช้ไฟโซลาร์", "Rubber tappers using solar lamps", "คน (tappers)", (200, 4000), 0.5
        ),
        provinces=RUBBER,
    ),
    Concept(
        key="village-water-meter",
        area=AREA,
        also=("public-sector-education",),
        core_th="มิเตอร์น้ำประปาหมู่บ้านอัจฉริยะ",
        core_en="Village Water Meters",
        forms=COMPANY,
        brands=(("น้ำรู้", "WaterKnow"), ("ประปาดี", "PrapaDee")),
        summary_th="มิเตอร์น้ำส่งค่าอัตโนมัติและระบบออกบิลผ่านไลน์สำหรับประปาหมู่บ้าน ช่วยหาท่อรั่วและเก็บค่าน้ำได้ครบ",
        summary_en="Self-reading water meters and LINE billing for village water systems, to find leaks and collect "
        "the fees in full.",
        problem_th="ประปาหมู่บ้านน้ำไหลไม่ถึงบ้านปลายสายเพราะท่อรั่ว ค่าน้ำเก็บได้ไม่ถึงครึ่ง กองทุนไม่มีเงินซ่อมปั๊ม สุดท้ายระบบพัง",
        problem_en="Village water doesn't reach the end of the line because of leaks; less than half the fees are "
        "collected, the fund cannot repair the pump, and in the end the system breaks down.",
        how_th="มิเตอร์ส่งค่าทุกชั่วโมงผ่านเครือข่ายวิทยุระยะไกล ระบบเทียบน้ำที่จ่ายออกกับน้ำที่บ้านใช้ บอกช่วงท่อที่น่าจะรั่ว "
        "ชาวบ้านได้บิลและจ่ายผ่านคิวอาร์ได้ทันที คณะกรรมการประปาเห็นบัญชีรายรับรายจ่ายทุกเดือน",
        how_en="Meters report hourly over long-range radio; the system compares water pumped with water used to point "
        "to the leaking section, residents get and pay bills by QR, and the water committee sees the accounts every "
        "month.",
        indicator=Indicator("น้ำสูญเสียที่ลดลง", "Water losses cut", "เปอร์เซ็นต์ (percent)", (10, 35), 0.3),
        youth_share=0.3,
    ),
    Concept(
        key="coconut-charcoal",
        area=AREA,
        also=("finance-employment-welfare", "environmental-conservation"),
        core_th="ถ่านอัดแท่งกะลามะพร้าว",
        core_en="Coconut Shell Charcoal",
        forms=("community_enterprise",),
        summary_th="เปลี่ยนกะลาและเปลือกมะพร้าวที่กองทิ้งเป็นถ่านอัดแท่งไร้ควัน ขายร้านหมูกระทะและส่งออก",
        summary_en="",
        problem_th="โรงกะทิทิ้งกะลาและกาบมะพร้าวเป็นภูเขา ยุงลายวางไข่ในกะลาที่มีน้ำขัง ส่วนที่เผาทิ้งก็ควันคลุ้งทั้งตำบล",
        problem_en="",
        how_th="กลุ่มรับกะลาฟรีจากโรงกะทิ เผาในเตาถ่านแบบปิดที่ดักควันได้ บดผสมแป้งมันแล้วอัดเป็นแท่ง ถ่านติดไฟนาน ไม่มีประกายไฟ "
        "ขายร้านปิ้งย่างในจังหวัดและส่งออกผ่านผู้ส่งออกที่รับซื้อตรง",
        how_en="",
        indicator=Indicator("กะลาที่นำมาใช้ประโยชน์", "Coconut shells used", "ตัน (tonnes)", (20, 300), 0.4),
        provinces=("PKN", "CPN", "SKM", "SNI", "NRT", "RBR"),
    ),
    Concept(
        key="school-breakfast",
        area=AREA,
        also=("public-sector-education", "health"),
        core_th="อาหารเช้าก่อนเข้าเรียน",
        core_en="Breakfast Club",
        forms=("foundation", "unregistered_group"),
        summary_th="มื้อเช้าฟรีก่อนเข้าแถวสำหรับเด็กที่มาโรงเรียนท้องว่าง ทำโดยแม่ครัวอาสาในชุมชนด้วยวัตถุดิบจากแปลงผักโรงเรียน",
        summary_en="A free breakfast before morning assembly for children who arrive hungry, cooked by volunteer "
        "parents with vegetables from the school garden.",
        problem_th="เด็กหลายคนมาโรงเรียนโดยไม่ได้กินข้าวเช้า พ่อแม่ออกไปทำงานแต่เช้ามืด ตายายก็ไม่มีเงินติดบ้าน เด็กหิวจนไม่มีสมาธิเรียนถึงเที่ยง",
        problem_en="Many children come to school without breakfast: parents leave for work before dawn and "
        "grandparents have no cash at home, so the children are too hungry to concentrate until lunch.",
        how_th="ผู้ปกครองอาสาผลัดกันทำข้าวต้ม ไข่ และโจ๊กตั้งแต่หกโมงครึ่ง ค่าวัตถุดิบมาจากผู้บริจาครายเดือนหัวละห้าร้อยบาท "
        "ครูประจำชั้นจดการมาเรียนและคะแนนสอบเทียบกับภาคเรียนก่อนเริ่มโครงการ",
        how_en="Volunteer parents take turns making rice soup and eggs from 6.30, ingredients are paid for by monthly "
        "donors at 500 baht each, and class teachers track attendance and test scores against the term before.",
        indicator=Indicator("เด็กที่ได้กินอาหารเช้า", "Children fed breakfast", "คน (children)", (60, 800), 0.4),
        youth_share=0.2,
    ),
    Concept(
        key="community-pantry",
        area=AREA,
        also=("finance-employment-welfare", "urbanisation"),
        core_th="ตู้ปันสุขชุมชน",
        core_en="Community Pantry",
        forms=("unregistered_group", "foundation"),
        summary_th="ตู้แบ่งปันอาหารหน้าบ้านที่มีระบบเติมของทุกวัน เชื่อมกับร้านค้าและตลาดในซอยที่มีของเหลือ ไม่ให้ตู้ว่างเปล่าหลังกระแสหมด",
        summary_en="",
        problem_th="ตู้ปันสุขที่เคยตั้งตอนโควิดส่วนใหญ่ว่างหรือพังไปแล้ว แต่คนตกงาน คนแก่ที่อยู่คนเดียว และแรงงานรายวันในชุมชนยังมีมื้อที่อดอยู่",
        problem_en="",
        how_th="อาสาสมัครประจำตู้แต่ละจุดรับของจากร้านข้าวแกงและแผงผักที่เหลือตอนเย็น จดของเข้าออกในกลุ่มไลน์ "
        "ครอบครัวที่ลำบากมากได้ถุงยังชีพรายสัปดาห์เพิ่ม ข้อมูลความต้องการส่งให้สำนักงานเขตช่วยหาสวัสดิการระยะยาว",
        how_en="",
        indicator=Indicator("มื้ออาหารที่แบ่งปัน", "Meals shared", "มื้อ (meals)", (2000, 30000), 0.4),
        provinces=BANGKOK_METRO,
        urban=True,
    ),
    Concept(
        key="rainwater-school-tanks",
        area=AREA,
        also=("disaster-management", "public-sector-education"),
        core_th="ถังเก็บน้ำฝนโรงเรียน",
        core_en="School Rainwater Tanks",
        forms=("foundation", "unregistered_group"),
        summary_th="",
        summary_en="Ferro-cement rainwater tanks and gutters for rural schools, so pupils have drinking and "
        "hand-washing water through the dry season.",
        problem_th="",
        problem_en="By March many rural schools in the dry northeast run out of water: toilets cannot be flushed, "
        "pupils cannot wash their hands, and some schools close early for the hot season because of it.",
        how_th="",
        how_en="Local builders trained by the foundation cast ferro-cement tanks on site with parents' help, at about "
        "a third of the cost of plastic tanks. Each school gets gutters, a first-flush diverter and a simple filter, "
        "and pupils keep a water diary that the science teacher uses in class.",
        indicator=Indicator("น้ำฝนที่เก็บได้", "Rainwater stored", "ลูกบาศก์เมตร (m³)", (50, 600), 0.3),
        provinces=DROUGHT,
    ),
    Concept(
        key="mushroom-house-cooling",
        area=AREA,
        also=("sustainable-agriculture", "finance-employment-welfare"),
        core_th="โรงเพาะเห็ดคุมอุณหภูมิ",
        core_en="Smart Mushroom House",
        forms=("community_enterprise", "company"),
        brands=(("เห็ดดีทุกฤดู", "AllSeason Mushroom"),),
        summary_th="โรงเพาะเห็ดที่ใช้พัดลมไอน้ำและเซนเซอร์พลังงานแสงอาทิตย์คุมความชื้น ให้เกษตรกรเพาะเห็ดนางฟ้าได้แม้หน้าร้อน",
        summary_en="Mushroom houses with solar-powered misting and humidity sensors, letting farmers grow oyster "
        "mushrooms even in the hot season.",
        problem_th="หน้าร้อนเห็ดไม่ออกดอก เกษตรกรขาดรายได้สามเดือน ขณะที่ราคาเห็ดสูงที่สุดของปี ก้อนเชื้อที่ซื้อมาก็เสียเปล่า",
        problem_en="In the hot season mushrooms stop fruiting and growers lose three months of income just when "
        "prices peak, and the spawn bags they bought go to waste.",
        how_th="เซนเซอร์วัดอุณหภูมิและความชื้นสั่งพัดลมพ่นหมอกอัตโนมัติ ใช้ไฟจากแผงโซลาร์ไม่ต้องเดินสายไฟ กลุ่มรวมผลผลิตส่งตลาดไทและร้านอาหาร "
        "เศษก้อนเชื้อเก่านำไปทำปุ๋ยให้แปลงผักของสมาชิก",
        how_en="Temperature and humidity sensors drive misting fans automatically, powered by solar panels with no "
        "grid connection. The group sells together to the wholesale market and restaurants, and spent substrate "
        "becomes compost for members' vegetable plots.",
        indicator=Indicator("เห็ดที่ผลิตได้ในหน้าร้อน", "Hot-season mushroom harvest", "กิโลกรัม (kg)", (500, 8000), 0.5),
        youth_share=0.3,
    ),
    Concept(
        key="pig-farm-biogas-coop",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ก๊าซชีวภาพฟาร์มหมูรายย่อย",
        core_en="Smallholder Pig Biogas",
        forms=("cooperative", "community_enterprise"),
        summary_th="ท่อก๊าซชีวภาพร่วมกันของฟาร์มหมูรายย่อยในหมู่บ้าน ปั่นไฟใช้ในฟาร์ม ลดกลิ่นที่เพื่อนบ้านร้องเรียน",
        summary_en="",
        problem_th="ฟาร์มหมูหลังบ้านเลี้ยงรายละไม่กี่สิบตัว ไม่คุ้มสร้างบ่อก๊าซเอง กลิ่นและน้ำล้างคอกไหลลงลำห้วย เพื่อนบ้านร้องเรียนจนเกือบถูกสั่งปิด",
        problem_en="",
        how_th="ฟาร์มในรัศมีห้าร้อยเมตรต่อท่อน้ำล้างคอกเข้าบ่อหมักรวม ก๊าซใช้ปั่นไฟให้พัดลมและปั๊มน้ำในฟาร์ม ส่วนเกินต่อไปหุงต้มให้บ้านใกล้เคียง "
        "กากตะกอนขายเป็นปุ๋ยให้สวนยางและสวนผลไม้",
        how_en="",
        indicator=Indicator("ฟาร์มที่ต่อเข้าระบบ", "Farms connected", "ฟาร์ม (farms)", (5, 40), 0.3),
    ),
    Concept(
        key="floating-solar-irrigation",
        area=AREA,
        also=("sustainable-agriculture", "disaster-management"),
        core_th="โซลาร์ลอยน้ำสระหนองหมู่บ้าน",
        core_en="Floating Solar Reservoir",
        forms=("community_enterprise", "cooperative"),
        summary_th="แผงโซลาร์ลอยบนหนองน้ำสาธารณะ ช่วยลดการระเหยของน้ำในหน้าแล้ง และให้ไฟสูบน้ำเข้าแปลงนาปรังของสมาชิก",
        summary_en="Solar panels floating on the village pond cut evaporation in the dry season and power pumps for "
        "members' dry-season rice plots.",
        problem_th="หนองน้ำสาธารณะของหมู่บ้านระเหยจนแห้งก่อนถึงหน้าฝน และเกษตรกรสูบน้ำด้วยเครื่องยนต์ที่ค่าน้ำมันแพง",
        problem_en="The village pond evaporates before the rains come, and farmers pump with engines that burn "
        "expensive fuel.",
        how_th="แพลอยผลิตจากทุ่น HDPE คลุมผิวน้ำราวหนึ่งในสี่ ไม่บังแสงจนปลาตาย ไฟที่ได้ขับปั๊มน้ำหอยโข่งตามตารางสูบน้ำที่สมาชิกตกลงกัน "
        "กรมทรัพยากรน้ำร่วมวัดระดับน้ำเทียบกับหนองข้างเคียงที่ไม่มีแผง",
        how_en="HDPE floats cover about a quarter of the surface, leaving enough light for fish. The power drives "
        "pumps on a schedule members agree, and the Department of Water Resources compares water levels with a "
        "neighbouring pond without panels.",
        indicator=Indicator(
            "น้ำที่ประหยัดจากการระเหย", "Water saved from evaporation", "ลูกบาศก์เมตร/ปี (m³/year)", (2000, 20000), 0.3
        ),
        provinces=DROUGHT,
    ),
)
