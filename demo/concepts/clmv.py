"""Demo ventures of the Regional Innovation Centre's CLMV network: one specific venture each, in its own place.

The first ones carry a {city} slot and are placed in one of the country's CLMV cities; the others
name their own city. Most write in English, many add a Thai summary.
"""

from ..content import ClmvConcept

CONCEPTS: tuple[ClmvConcept, ...] = (
    ClmvConcept(
        country="VN",
        area="sustainable-agriculture",
        key="vn-organic-cooperative",
        native="Hợp tác xã Nông nghiệp Hữu cơ {city}",
        english="{city} Organic Farming Cooperative",
        summary_en="A cooperative of smallholders in {city} growing certified organic vegetables and selling them to "
        "city kitchens.",
        summary_th="สหกรณ์เกษตรกรรายย่อยใน{city_th}ที่ปลูกผักอินทรีย์ที่ได้รับการรับรอง และขายตรงให้ร้านอาหารในเมือง",
        problem_en="Vegetables sprayed with banned pesticides keep turning up in city markets, while farmers who grow "
        "clean produce cannot prove it and get the same low price.",
        description_en="Members share a packing house and a cold van, plan planting together to supply restaurants "
        "all year, and train neighbouring communes in organic methods.",
    ),
    ClmvConcept(
        country="VN",
        area="food-water-energy",
        key="vn-clean-water-every-home",
        native="Nước Sạch Cho Mọi Nhà",
        english="Clean Water for Every Home",
        summary_en="Affordable household water filters and a repair network for families in rural {city}.",
        summary_th="เครื่องกรองน้ำราคาประหยัดและเครือข่ายช่างซ่อมสำหรับครอบครัวในชนบทของ{city_th}",
        problem_en="Rural families drink well water that carries bacteria and sometimes arsenic, and boil it over "
        "wood fires that fill the kitchen with smoke.",
        description_en="Women's union members sell and service the filters in their own communes, earning a "
        "commission while families stop boiling water over wood fires.",
    ),
    ClmvConcept(
        country="VN",
        area="tourism-culture",
        key="vn-community-tourism",
        native="Du lịch Cộng đồng {city}",
        english="{city} Community Tourism",
        summary_en="Homestays and craft villages in {city} run by the families who live there.",
        summary_th="โฮมสเตย์และหมู่บ้านหัตถกรรมใน{city_th}ที่บริหารโดยครอบครัวในชุมชนเอง",
        problem_en="Tour companies bring busloads of visitors through the villages, but the money stays with the "
        "operators and young people leave the crafts for factory work.",
        description_en="A village board sets fair prices, trains hosts and guides, and reinvests part of the income "
        "in keeping traditional crafts alive.",
    ),
    ClmvConcept(
        country="VN",
        area="disaster-management",
        key="vn-flood-early-warning",
        native="Cảnh báo Lũ sớm {city}",
        english="{city} Flood Early Warning",
        summary_en="River sensors and SMS alerts that give villages in {city} hours of warning before floods.",
        summary_th="เซนเซอร์วัดระดับน้ำและข้อความเตือนภัยที่ให้หมู่บ้านใน{city_th}รู้ล่วงหน้าหลายชั่วโมงก่อนน้ำท่วม",
        problem_en="Flash floods come down the mountains at night; villages downstream learn of them only when the "
        "water is already at the door.",
        description_en="Commune volunteers maintain the gauges, and warnings go out in Vietnamese and ethnic-minority "
        "languages.",
    ),
    ClmvConcept(
        country="LA",
        area="tourism-culture",
        key="la-silk-weaving",
        native="ກຸ່ມທໍຜ້າໄໝ {city}",
        english="{city} Silk Weaving Group",
        summary_en="Women weavers in {city} selling natural-dyed silk directly to visitors and export buyers.",
        summary_th="กลุ่มสตรีทอผ้าไหมย้อมสีธรรมชาติใน{city_th} ที่ขายตรงให้นักท่องเที่ยวและผู้ซื้อต่างประเทศ",
        problem_en="Cheap machine-made copies of Lao textiles undercut hand weavers, and traders pay them little for "
        "weeks of work.",
        description_en="The group keeps a dye garden, teaches young women traditional patterns and runs weaving "
        "workshops for visitors.",
    ),
    ClmvConcept(
        country="LA",
        area="food-water-energy",
        key="la-gravity-water",
        native="ນ້ຳສະອາດເພື່ອຊຸມຊົນ",
        english="Clean Water for Communities",
        summary_en="Gravity-fed water systems and village water committees in rural {city}.",
        summary_th="ระบบประปาภูเขาและคณะกรรมการน้ำประจำหมู่บ้านในชนบทของ{city_th}",
        problem_en="Women and girls spend hours a day carrying water up from the stream, and systems built by donors "
        "break down within a few years because nobody pays for repairs.",
        description_en="Villages contribute labour and a monthly fee that pays a trained caretaker to keep the taps "
        "running.",
    ),
    ClmvConcept(
        country="LA",
        area="sustainable-agriculture",
        key="la-organic-growers",
        native="ກະສິກຳອິນຊີ {city}",
        english="{city} Organic Farming",
        summary_en="Organic vegetable growers around {city} supplying the city's markets and hotels.",
        summary_th="กลุ่มผู้ปลูกผักอินทรีย์รอบ{city_th}ที่ส่งผักให้ตลาดและโรงแรมในเมือง",
        problem_en="Hotels import vegetables from abroad because local supply is irregular, while farmers around the "
        "city depend on costly chemical inputs.",
        description_en="Farmers share a seed bank and compost station and sell under one organic label.",
    ),
    ClmvConcept(
        country="KH",
        area="tourism-culture",
        key="kh-community-tourism",
        native="សហគមន៍ទេសចរណ៍ {city}",
        english="{city} Community Tourism",
        summary_en="Community-based tourism in {city}: homestays, ox-cart trails and cooking with village families.",
        summary_th="การท่องเที่ยวโดยชุมชนใน{city_th} ทั้งโฮมสเตย์ เส้นทางเกวียน และการทำอาหารกับครอบครัวในหมู่บ้าน",
        problem_en="Visitors to the temples rarely spend a night in the villages around them, where families earn "
        "little from rice and young people migrate to Thailand for work.",
        description_en="Income is shared through a community fund that pays for the village school and pagoda repairs.",
    ),
    ClmvConcept(
        country="KH",
        area="food-water-energy",
        key="kh-ceramic-filters",
        native="ទឹកស្អាតសម្រាប់ភូមិ",
        english="Clean Water for Villages",
        summary_en="Ceramic water filters made and sold by village entrepreneurs around {city}.",
        summary_th="เครื่องกรองน้ำเซรามิกที่ผลิตและจำหน่ายโดยผู้ประกอบการในหมู่บ้านรอบ{city_th}",
        problem_en="Children fall ill with diarrhoea from pond and well water, and families spend scarce money on "
        "firewood to boil it.",
        description_en="Local sales agents demonstrate the filters at village meetings and offer instalment plans.",
    ),
    ClmvConcept(
        country="KH",
        area="environmental-conservation",
        key="kh-waste-bank",
        native="ធនាគារសំរាម {city}",
        english="{city} Waste Bank",
        summary_en="A waste bank in {city} paying households for sorted plastic and cans.",
        summary_th="ธนาคารขยะใน{city_th} ที่รับซื้อพลาสติกและกระป๋องที่คัดแยกแล้วจากครัวเรือน",
        problem_en="Rubbish collection stops at the edge of town; beyond it households burn plastic or throw it into "
        "the canals.",
        description_en="Schools collect recyclables as a class activity and the proceeds buy books and sports kit.",
    ),
    ClmvConcept(
        country="MM",
        area="food-water-energy",
        key="mm-rainwater-villages",
        city=("မန္တလေး", "Mandalay", "มัณฑะเลย์"),  # the dry zone
        native="ရေသန့် ကျေးရွာ",
        english="Clean Water Villages",
        summary_en="Rainwater harvesting and filtration for villages in the dry zone around {city}.",
        summary_th="ระบบเก็บน้ำฝนและกรองน้ำสำหรับหมู่บ้านในเขตแห้งแล้งรอบ{city_th}",
        problem_en="In the dry zone ponds dry up months before the rains, and families walk for hours or buy water "
        "from carts at high prices.",
        description_en="Village water committees collect small fees and keep spare parts so the systems last.",
    ),
    ClmvConcept(
        country="MM",
        area="sustainable-agriculture",
        key="mm-farmer-field-schools",
        native="အော်ဂဲနစ် စိုက်ပျိုးရေး {city}",
        english="{city} Organic Farming",
        summary_en="Farmer field schools around {city} teaching organic methods and selling certified produce.",
        summary_th="โรงเรียนเกษตรกรรอบ{city_th}ที่สอนวิธีทำเกษตรอินทรีย์และจำหน่ายผลผลิตที่ได้รับการรับรอง",
        problem_en="Farmers borrow to buy fertiliser and pesticide each season and fall deeper into debt when prices "
        "drop.",
        description_en="Lead farmers train their neighbours and the group negotiates prices together.",
    ),
    ClmvConcept(
        country="MM",
        area="health",
        key="mm-health-companion",
        native="ကျန်းမာရေး အဖော်",
        english="Health Companion",
        summary_en="Community health workers with a phone app following mothers and newborns in {city}.",
        summary_th="อาสาสมัครสาธารณสุขชุมชนพร้อมแอปบนโทรศัพท์ที่ติดตามดูแลแม่และทารกแรกเกิดใน{city_th}",
        problem_en="Many mothers give birth at home far from a clinic; danger signs in mother or baby are missed "
        "until it is too late.",
        description_en="The app reminds workers of visits and vaccinations and flags danger signs for referral.",
    ),
    ClmvConcept(
        country="MM",
        area="public-sector-education",
        key="mm-youth-digital",
        native="လူငယ် ဒစ်ဂျစ်တယ် သင်တန်း",
        english="Youth Digital Training",
        summary_en="Digital skills and coding classes for young people in {city}.",
        summary_th="หลักสูตรทักษะดิจิทัลและการเขียนโปรแกรมสำหรับเยาวชนใน{city_th}",
        problem_en="Young people leave school without the digital skills employers ask for, and many see migration as "
        "the only way to earn a living.",
        description_en="Graduates take on paid freelance projects from local businesses with mentors' support.",
    ),
    ClmvConcept(
        country="VN",
        area="sustainable-agriculture",
        key="ben-tre-salinity",
        city=("Bến Tre", "Ben Tre", "เบ๊นแจ"),
        native="Hợp tác xã Lúa – Tôm Nước Mặn Bến Tre",
        english="Ben Tre Rice–Shrimp Cooperative",
        summary_en="Mekong Delta farmers who switched from rice that dies in salty water to a rice–shrimp rotation, "
        "with rainwater tanks for the household.",
        summary_th="เกษตรกรสามเหลี่ยมปากแม่น้ำโขงที่เปลี่ยนจากนาข้าวซึ่งตายเพราะน้ำเค็มรุก มาปลูกข้าวสลับเลี้ยงกุ้ง และมีถังเก็บน้ำฝนไว้ดื่มใช้",
        problem_en="Every dry season the sea pushes further up the Mekong's branches; rice fields turn salty, "
        "harvests fail and families buy drinking water by the jug.",
        problem_th="หน้าแล้งทุกปีน้ำทะเลรุกเข้าลำน้ำสาขาของแม่น้ำโขงไกลขึ้น นาข้าวเค็มจนเก็บเกี่ยวไม่ได้ และครอบครัวต้องซื้อน้ำดื่มเป็นถัง",
        description_en="In the salty months members raise shrimp in the flooded fields, then plant a salt-tolerant "
        "rice variety when the rains wash the soil. The cooperative sells both under one label and builds rainwater "
        "jars with a revolving loan.",
    ),
    ClmvConcept(
        country="VN",
        area="tourism-culture",
        key="sapa-hmong-embroidery",
        city=("Sa Pa", "Sa Pa", "ซาปา"),
        native="Thêu Tay Sa Pa",
        english="Sa Pa Hand Embroidery",
        summary_en="Hmong and Dao women in the hills of Sa Pa selling their embroidery and indigo cloth at fair "
        "prices online and to visiting designers.",
        summary_th="ผู้หญิงชาวม้งและเย้าบนดอยซาปาที่ขายผ้าปักและผ้าย้อมครามในราคาที่เป็นธรรม ทั้งทางออนไลน์และให้นักออกแบบที่มาเยือน",
        problem_en="Women follow tourists through the streets to sell a few pieces, middlemen buy embroidery by the "
        "kilo, and girls leave school to earn money as street sellers.",
        description_en="The group sets prices per hour of work, keeps a pattern book of each clan's motifs, and runs "
        "small workshops where visitors learn batik and stitching in the women's homes. Girls in member families must "
        "stay in school.",
    ),
    ClmvConcept(
        country="VN",
        area="urbanisation",
        key="hanoi-kids-helmets",
        city=("Hà Nội", "Hanoi", "ฮานอย"),
        native="Mũ Bảo Hiểm Cho Em",
        english="Helmets for Our Kids",
        summary_en="School-gate helmet checks, child-size helmets and safer crossings for primary schools in Hanoi's "
        "motorbike-packed streets.",
        summary_th="",
        problem_en="Millions of children ride to school on their parents' motorbikes; many wear no helmet or one made "
        "for adults, and head injuries from crashes are common.",
        description_en="Parents' associations run morning checks at the gate, certified child helmets are sold at "
        "cost through the schools, and pupils survey traffic around their school to propose crossings to the district.",
    ),
    ClmvConcept(
        country="VN",
        area="disaster-management",
        key="quang-ngai-storm-homes",
        city=("Quảng Ngãi", "Quang Ngai", "กว๋างหงาย"),
        native="Nhà An Toàn Trước Bão",
        english="Storm-Safe Homes",
        summary_en="Low-cost techniques, revolving loans and local builders to make coastal houses in central Viet "
        "Nam withstand typhoons.",
        summary_th="เทคนิคต้นทุนต่ำ สินเชื่อหมุนเวียน และช่างท้องถิ่น ช่วยให้บ้านริมทะเลในเวียดนามตอนกลางทนพายุไต้ฝุ่นได้",
        problem_en="Each typhoon season tears the roofs off thousands of homes; poor families rebuild the same way, "
        "borrow again, and lose everything in the next storm.",
        description_en="Builders trained by the project add roof ties, bracing and storm shutters for a fraction of a "
        "new house; families repay a small loan over two years, and the commune keeps a list of houses to check "
        "before each storm.",
    ),
    ClmvConcept(
        country="VN",
        area="finance-employment-welfare",
        key="saigon-street-youth-bakery",
        city=("Thành phố Hồ Chí Minh", "Ho Chi Minh City", "นครโฮจิมินห์"),
        native="Lò Bánh Cơ Hội",
        english="Opportunity Bakery",
        summary_en="A bakery and café that trains young people who grew up on the streets of Ho Chi Minh City for "
        "jobs in hotels and restaurants.",
        summary_th="",
        problem_en="Young people without family support or school certificates end up in unsafe casual work, and "
        "hotels say they cannot find trained staff.",
        description_en="Trainees spend eighteen months baking, serving and learning English with a room and a small "
        "allowance; hotel partners take graduates, and the café's income covers most of the training.",
    ),
    ClmvConcept(
        country="LA",
        area="disaster-management",
        key="xieng-khouang-uxo",
        city=("ຊຽງຂວາງ", "Xieng Khouang", "เชียงขวาง"),
        native="ດິນປອດໄພ ຊຽງຂວາງ",
        english="Safe Land Xieng Khouang",
        summary_en="Teaches farming families to recognise and report unexploded bombs, and helps them farm land that "
        "clearance teams have made safe.",
        summary_th="สอนครอบครัวเกษตรกรให้รู้จักและแจ้งระเบิดที่ยังไม่ระเบิด และช่วยให้ทำกินบนที่ดินที่ทีมเก็บกู้ตรวจแล้วว่าปลอดภัย",
        problem_en="Decades after the war, cluster bombs still lie in rice fields; farmers and children are hurt "
        "every year, and families leave good land unused out of fear.",
        problem_th="หลายสิบปีหลังสงคราม ลูกระเบิดยังฝังอยู่ในนาข้าว ชาวนาและเด็กบาดเจ็บทุกปี ครอบครัวไม่กล้าทำกินบนที่ดินดี",
        description_en="Village volunteers give risk-education sessions in schools, a hotline sends reports to "
        "clearance teams, and cleared plots get seeds and training so families can farm them straight away.",
    ),
    ClmvConcept(
        country="LA",
        area="public-sector-education",
        key="lao-childrens-books",
        city=("ວຽງຈັນ", "Vientiane", "เวียงจันทน์"),
        native="ປຶ້ມສຳລັບເດັກລາວ",
        english="Books for Lao Children",
        summary_en="Writes and prints picture books in Lao and ethnic languages, and carries them by boat and "
        "motorbike to village schools that have none.",
        summary_th="เขียนและพิมพ์หนังสือภาพภาษาลาวและภาษาชาติพันธุ์ แล้วขนด้วยเรือและมอเตอร์ไซค์ไปโรงเรียนในหมู่บ้านที่ไม่มีหนังสือเลย",
        problem_en="Many Lao children have never owned a book; village schools have only textbooks, and children from "
        "ethnic groups start school without understanding Lao.",
        description_en="Young Lao writers and illustrators create stories set in village life; the books sell cheaply "
        "in town to fund free copies, and teachers learn to run reading hours.",
        description_th="นักเขียนและนักวาดรุ่นใหม่ชาวลาวสร้างเรื่องจากชีวิตในหมู่บ้าน ขายหนังสือราคาถูกในเมืองเพื่อนำรายได้มาแจกฟรี "
        "และอบรมครูให้จัดชั่วโมงการอ่าน",
    ),
    ClmvConcept(
        country="LA",
        area="sustainable-agriculture",
        key="bolaven-coffee",
        city=("ຈຳປາສັກ", "Champasak", "จำปาศักดิ์"),
        native="ສະຫະກອນກາເຟພູພຽງບໍລະເວນ",
        english="Bolaven Plateau Coffee Cooperative",
        summary_en="Smallholder coffee growers on the Bolaven Plateau processing and exporting their own beans "
        "instead of selling cherries cheaply to traders.",
        summary_th="",
        problem_en="Growers sell fresh cherries to traders at harvest at whatever price is offered, and quality "
        "suffers because nobody is paid for careful picking.",
        description_en="The cooperative runs shared washing stations and drying beds, pays more for ripe-only "
        "picking, and exports through a fair-trade buyer; a share of the premium funds village water systems.",
    ),
    ClmvConcept(
        country="LA",
        area="health",
        key="phongsaly-motorbike-ambulance",
        city=("ຜົ້ງສາລີ", "Phongsaly", "ผ้งสาลี"),
        native="ລົດສຸກເສີນຊົນນະບົດ",
        english="Rural Motorbike Ambulances",
        summary_en="Motorbike ambulances with sidecar stretchers that bring women in labour and injured people from "
        "mountain villages to the district hospital.",
        summary_th="รถพยาบาลมอเตอร์ไซค์พ่วงข้างพร้อมเปลนอน ที่รับหญิงใกล้คลอดและผู้บาดเจ็บจากหมู่บ้านบนภูเขาไปโรงพยาบาลเมือง",
        problem_en="Mountain villages are hours from a health centre on dirt tracks no car can use in the rains; "
        "women give birth at home and die from bleeding that could be treated.",
        description_en="Village riders are trained in first aid and safe transport, paid per trip from a small "
        "village fund, and linked by phone to the district hospital, which also sends a midwife on monthly visits.",
    ),
    ClmvConcept(
        country="LA",
        area="tourism-culture",
        key="luang-prabang-sa-paper",
        city=("ຫຼວງພະບາງ", "Luang Prabang", "หลวงพระบาง"),
        native="ເຈ້ຍສາບ້ານຊ່າງຄ້ອງ",
        english="Ban Xang Khong Mulberry Paper",
        summary_en="Women papermakers in Luang Prabang making mulberry-bark paper, lanterns and notebooks, with "
        "workshops for visitors.",
        summary_th="กลุ่มผู้หญิงทำกระดาษสาจากเปลือกปอสาในหลวงพระบาง ผลิตโคมไฟและสมุด และสอนนักท่องเที่ยวทำกระดาษ",
        problem_en="Cheap imported paper goods have undercut handmade paper, and young women leave the craft for "
        "hotel jobs.",
        description_en="The group plants its own mulberry trees, dyes with leaves and flowers, and sells to shops in "
        "town and abroad; half-day workshops for visitors bring in steady income between orders.",
    ),
    ClmvConcept(
        country="KH",
        area="food-water-energy",
        key="tonle-sap-floating-gardens",
        city=("កំពង់ឆ្នាំង", "Kampong Chhnang", "กำปงชนัง"),
        native="សួនបន្លែអណ្តែតទឹក",
        english="Floating Vegetable Gardens",
        summary_en="Floating gardens and household water filters for families living on the Tonle Sap lake, who have "
        "no land to grow food on.",
        summary_th="แปลงผักลอยน้ำและเครื่องกรองน้ำสำหรับครอบครัวที่อาศัยบนทะเลสาบโตนเลสาบ ซึ่งไม่มีที่ดินปลูกอาหาร",
        problem_en="Floating-village families live on boats and stilts, buy vegetables they cannot afford, drink lake "
        "water, and see their fish catch shrink every year.",
        description_en="Families grow vegetables in beds of water hyacinth and compost on bamboo rafts that rise and "
        "fall with the lake, sell the surplus to neighbours, and get ceramic filters through a women's savings group.",
    ),
    ClmvConcept(
        country="KH",
        area="finance-employment-welfare",
        key="phnom-penh-garment-childcare",
        city=("ភ្នំពេញ", "Phnom Penh", "พนมเปญ"),
        native="មណ្ឌលថែទាំកុមារកម្មករ",
        english="Garment Workers' Childcare",
        summary_en="Affordable day care beside garment factories in Phnom Penh, so mothers can keep their children "
        "with them instead of sending them to the provinces.",
        summary_th="",
        problem_en="Factory mothers work long shifts and send their babies to grandparents in the provinces, seeing "
        "them a few times a year; those who keep them close leave them with unsafe neighbours.",
        description_en="Centres open for the factory shifts, with trained carers and meals; factories pay part of the "
        "fee as a benefit, and a nurse checks children's growth monthly.",
    ),
    ClmvConcept(
        country="KH",
        area="finance-employment-welfare",
        key="battambang-debt-counselling",
        city=("បាត់ដំបង", "Battambang", "พระตะบอง"),
        native="ប្រឹក្សាបំណុលគ្រួសារ",
        english="Family Debt Counselling",
        summary_en="Free debt counselling for rural families with several microloans, helping them negotiate with "
        "lenders before they lose their land.",
        summary_th="ให้คำปรึกษาหนี้ฟรีแก่ครอบครัวชนบทที่กู้ไมโครไฟแนนซ์หลายเจ้า ช่วยเจรจากับผู้ให้กู้ก่อนจะเสียที่ดิน",
        problem_en="Families take new microloans to repay old ones with land titles as collateral; when a harvest "
        "fails, they sell their land or send children to work across the border.",
        problem_th="ครอบครัวกู้ไมโครไฟแนนซ์ก้อนใหม่มาโปะหนี้ก้อนเก่าโดยใช้โฉนดค้ำ พอพืชผลเสียหายก็ต้องขายที่ดินหรือส่งลูกไปทำงานข้ามแดน",
        description_en="Trained community counsellors list every debt with the family, build a realistic repayment "
        "plan, accompany them to lenders and refer cases of abuse to the regulator.",
    ),
    ClmvConcept(
        country="KH",
        area="sustainable-agriculture",
        key="kampot-pepper",
        city=("កំពត", "Kampot", "กำปอต"),
        native="កសិករម្រេចកំពត",
        english="Kampot Pepper Smallholders",
        summary_en="Smallholders growing Kampot pepper under its geographical indication, selling through their own "
        "association at prices several times higher than ordinary pepper.",
        summary_th="",
        problem_en="Small growers lacked the certification and buyers to sell as genuine Kampot pepper, while fake "
        "'Kampot' pepper flooded the market.",
        description_en="The association helps members meet the GI rules, grades and packs pepper centrally, traces "
        "every bag to the farm, and trains young growers in organic soil care.",
    ),
    ClmvConcept(
        country="KH",
        area="tourism-culture",
        key="battambang-youth-circus",
        city=("បាត់ដំបង", "Battambang", "พระตะบอง"),
        native="សៀកសិល្បៈយុវជន",
        english="Youth Circus Arts",
        summary_en="A circus and performing arts school for children from poor families, whose shows for visitors pay "
        "the artists and fund the school.",
        summary_th="โรงเรียนละครสัตว์และศิลปะการแสดงสำหรับเด็กจากครอบครัวยากจน "
        "การแสดงให้นักท่องเที่ยวชมเป็นค่าตอบแทนศิลปินและทุนของโรงเรียน",
        problem_en="Children from poor families drop out to work, and young artists in the provinces have nowhere to "
        "train or perform for a living.",
        description_en="Children attend school and train after class; the best join the professional troupe, whose "
        "nightly shows and tours sell tickets to visitors and fund scholarships.",
    ),
    ClmvConcept(
        country="MM",
        area="food-water-energy",
        key="sagaing-solar-minigrid",
        city=("စစ်ကိုင်း", "Sagaing", "สะกาย"),
        native="ကျေးရွာ နေရောင်ခြည် လျှပ်စစ်",
        english="Village Solar Power",
        summary_en="Solar mini-grids run by village electricity committees in dry-zone villages far from the national "
        "grid.",
        summary_th="",
        problem_en="Half of rural Myanmar has no grid electricity; families pay for diesel generators and batteries, "
        "children study by candlelight and clinics cannot keep vaccines cold.",
        description_en="A committee elected by each village collects prepaid fees, a trained local technician "
        "maintains the system, and the grid powers homes, a rice mill and the health post.",
    ),
    ClmvConcept(
        country="MM",
        area="sustainable-agriculture",
        key="inle-lake-organic",
        city=("အင်းလေး", "Inle Lake", "ทะเลสาบอินเล"),
        native="အင်းလေး သဘာဝ စိုက်ပျိုးရေး",
        english="Inle Lake Clean Farming",
        summary_en="Helps floating-garden farmers on Inle Lake cut pesticide use, protecting the lake water that "
        "villages drink and fish in.",
        summary_th="ช่วยชาวไร่สวนลอยน้ำบนทะเลสาบอินเลลดการใช้ยาฆ่าแมลง ปกป้องน้ำในทะเลสาบที่หมู่บ้านใช้ดื่มและจับปลา",
        problem_en="Tomatoes grown on floating gardens are heavily sprayed; the chemicals run straight into the lake, "
        "fish catches fall and villagers worry about the water they drink.",
        description_en="Farmer field schools teach biological pest control and composting, the group buys tomatoes "
        "grown with fewer chemicals for hotel kitchens, and lake water is tested with a local university.",
    ),
    ClmvConcept(
        country="MM",
        area="environmental-conservation",
        key="yangon-waste-pickers",
        city=("ရန်ကုန်", "Yangon", "ย่างกุ้ง"),
        native="စွန့်ပစ်ပစ္စည်း ပြန်လည်သုံးသူများ အသင်း",
        english="Yangon Waste Pickers Association",
        summary_en="An association of waste pickers who sort Yangon's recyclables, negotiate better prices together, "
        "and get safety gear and health checks.",
        summary_th="",
        problem_en="Waste pickers work on dumpsites without gloves or masks, sell to dealers who cheat on weight, and "
        "are treated as criminals by the public.",
        description_en="Members pool their materials at a sorting centre with fair scales, sell directly to "
        "recyclers, and run door-to-door collection for apartment buildings that pay a small fee.",
    ),
    ClmvConcept(
        country="MM",
        area="tourism-culture",
        key="bagan-lacquerware",
        city=("ပုဂံ", "Bagan", "พุกาม"),
        native="ပုဂံ ယွန်းထည် လက်မှုပညာ",
        english="Bagan Lacquerware Artisans",
        summary_en="Family lacquerware workshops in Bagan selling directly to visitors and designers, with "
        "apprentices learning the months-long craft.",
        summary_th="โรงงานเครื่องเขินของครอบครัวในพุกามที่ขายตรงให้นักท่องเที่ยวและนักออกแบบ พร้อมรับลูกมือมาเรียนงานฝีมือที่ใช้เวลาหลายเดือน",
        problem_en="When tourists stopped coming, workshops closed and skilled artisans took day labour; young people "
        "see no future in a craft that takes years to master.",
        description_en="Workshops sell online with the story of each piece, apprentices are paid while training, and "
        "a shared showroom takes a small commission to fund materials during the low season.",
    ),
    ClmvConcept(
        country="MM",
        area="disaster-management",
        key="ayeyarwady-cyclone-ready",
        city=("ဖျာပုံ", "Pyapon", "พยาโปง"),
        native="ဆိုင်ကလုန်း ကြိုတင်ပြင်ဆင်ရေး",
        english="Cyclone-Ready Delta Villages",
        summary_en="Village disaster committees, early-warning radios and raised community shelters in the Ayeyarwady "
        "Delta.",
        summary_th="",
        problem_en="Low-lying delta villages have no high ground; when a cyclone brings a storm surge, people have "
        "minutes to escape and nowhere to go.",
        description_en="Committees map every household, keep radios and loudspeakers for warnings, rehearse "
        "evacuation each year, and use a raised school building as a shelter that also serves as a classroom.",
    ),
)
