"""Demo ventures of area 5, sustainable agriculture: prices, soil, seeds, pesticides, young farmers."""

from ..content import COMPANY, Concept, Indicator
from ..provinces import BANGKOK_METRO, CENTRAL_PLAIN, HIGHLAND, ISAN, NORTH, NORTHEAST_RICE, RUBBER

AREA = "sustainable-agriculture"

CONCEPTS: tuple[Concept, ...] = (
    Concept(
        key="organic-rice",
        area=AREA,
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
        "โรงสีขนาดเล็กของกลุ่มสีข้าวตามคำสั่งซื้อให้ได้ข้าวใหม่เสมอ ลูกค้าสมัครสมาชิกรายเดือนทางออนไลน์และรู้ว่าข้าวมาจากแปลงของใคร",
        how_en="{n} member households hold group organic certification, use compost and crop rotation, and mill to "
        "order in the group's small mill so rice is always fresh; customers subscribe monthly online and know whose "
        "field their rice comes from.",
        indicator=Indicator(
            "รายได้สมาชิกต่อครัวเรือน", "Member income per household", "บาท/ปี (THB/year)", (38000, 60000), 0.12
        ),
        provinces=NORTHEAST_RICE,
    ),
    Concept(
        key="smart-farming",
        area=AREA,
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
        area=AREA,
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
        how_th="เกษตรกรปลูกกาแฟร่วมกับไม้ป่าและไม้ผล กลุ่มรับซื้อเชอร์รีกาแฟในราคาประกันที่สูงกว่าตลาด "
        "แปรรูปแบบฮันนีและแบบเปียกที่ลานตากของชุมชน และขายให้โรงคั่วกาแฟพิเศษในกรุงเทพฯ และต่างประเทศ รายได้ส่วนหนึ่งคืนสู่กองทุนดูแลป่า",
        how_en="Farmers grow coffee among forest and fruit trees; the group buys cherries at a guaranteed price above "
        "market, processes honey and washed lots at the community drying yard, and sells to speciality roasters in "
        "Bangkok and abroad. Part of the income goes to a forest-care fund.",
        indicator=Indicator("พื้นที่ปลูกกาแฟใต้ร่มไม้", "Shade-grown coffee area", "ไร่ (rai)", (100, 900), 0.2),
        provinces=("CMI", "CRI", "MSN", "NAN", "PYO", "TAK", "LPG"),
    ),
    Concept(
        key="herbal-products",
        area=AREA,
        also=("health", "finance-employment-welfare"),
        core_th="สมุนไพรอินทรีย์",
        core_en="Organic Herbs",
        forms=("community_enterprise", "unregistered_group", "social_enterprise_osep"),
        brands=(("สมุนไพรบ้านสวน", "Baan Suan Herbs"), ("ไพรดี", "PraiDee")),
        summary_th="กลุ่มแม่บ้านที่ปลูกสมุนไพรอินทรีย์และแปรรูปเป็นยาหม่อง ลูกประคบ และชาสมุนไพร ที่ได้มาตรฐาน อย.",
        summary_en="Women growing organic herbs and making balms, herbal compresses and teas that meet Thai FDA "
        "standards.",
        problem_th="เกษตรกรขายสมุนไพรสดได้ราคาต่ำ และผลิตภัณฑ์ชุมชนไม่ผ่านมาตรฐาน จึงวางขายในร้านค้าสมัยใหม่ไม่ได้",
        problem_en="Fresh herbs fetch low prices, and community products fail standards, so they cannot reach modern "
        "retail.",
        how_th="กลุ่มร่วมกับคณะเภสัชศาสตร์ของมหาวิทยาลัยในภูมิภาคพัฒนาสูตรและควบคุมคุณภาพ สร้างโรงอบแห้งพลังงานแสงอาทิตย์ "
        "และได้เลขจดแจ้งผลิตภัณฑ์ ปัจจุบันขายผ่านร้านของฝาก สปา และร้านค้าออนไลน์",
        how_en="With a regional university's pharmacy faculty the group developed formulas and quality control, built "
        "a solar drying house and obtained product notifications; products now sell through souvenir shops, spas and "
        "online.",
        indicator=Indicator("รายได้จากผลิตภัณฑ์", "Product revenue", "บาท/ปี (THB/year)", (120000, 900000), 0.35),
    ),
    Concept(
        key="crop-price-bot",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ราคาพืชผลรายวัน",
        core_en="Daily Crop Prices",
        forms=COMPANY,
        brands=(("รู้ราคา", "RuRaka"), ("ราคาตลาดไท", "FarmPrice")),
        summary_th="แชตบอตในไลน์ที่บอกราคารับซื้อข้าว มัน อ้อย และยางพาราจากโรงสีและลานรับซื้อในรัศมีห้าสิบกิโลเมตรทุกเช้า "
        "ให้เกษตรกรไม่ถูกกดราคา",
        summary_en="A LINE chatbot that tells farmers each morning what mills and buying yards within fifty "
        "kilometres pay for rice, cassava, sugarcane and rubber, so they are not cheated on price.",
        problem_th="ราคาพืชผลตกต่ำ และเกษตรกรไม่รู้ว่าลานรับซื้อแต่ละแห่งให้ราคาเท่าไร พ่อค้าที่มารับถึงหน้าบ้านบอกราคาเท่าไรก็ต้องยอม",
        problem_en="Crop prices have collapsed, and farmers don't know what each buying yard pays, so they accept "
        "whatever the trader at the gate offers.",
        how_th="อาสาสมัครเกษตรกรและลานรับซื้อส่งราคาเข้าระบบทุกเช้า ระบบตรวจความผิดปกติและเทียบกับราคาตลาดกลาง "
        "เกษตรกรพิมพ์ชื่อพืชแล้วได้ราคาที่ใกล้ที่สุดพร้อมระยะทาง และตั้งเตือนเมื่อราคาถึงเป้าที่ต้องการขาย",
        how_en="Farmer volunteers and buying yards post prices every morning; the system checks for outliers against "
        "central market prices. Farmers type a crop and get the nearest prices with distances, and can set an alert "
        "for their target selling price.",
        indicator=Indicator("เกษตรกรที่ใช้บริการ", "Farmers using the service", "ราย (farmers)", (1000, 30000), 0.6),
        provinces=(*ISAN, *CENTRAL_PLAIN),
        youth_share=0.35,
    ),
    Concept(
        key="orchard-direct-sales",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ผลไม้จากสวนถึงมือ",
        core_en="Orchard to Door",
        forms=("community_enterprise", "company"),
        brands=(("สวนส่งตรง", "OrchardDirect"),),
        summary_th="รวมมังคุด ทุเรียน และลำไยจากสวนรายย่อยขายตรงถึงบ้านลูกค้าในเมือง คัดเกรดด้วยมาตรฐานเดียวกัน "
        "ชาวสวนได้ราคามากกว่าขายล้ง",
        summary_en="Sells mangosteen, durian and longan from smallholder orchards direct to city homes, graded to one "
        "standard, so growers earn more than from the packing-house traders.",
        problem_th="ช่วงผลไม้ออกพร้อมกัน ล้งกดราคามังคุดเหลือกิโลละไม่กี่บาท ชาวสวนบางรายปล่อยให้ผลร่วงคาต้นเพราะค่าจ้างเก็บแพงกว่าราคาขาย",
        problem_en="When all the fruit ripens at once, packing houses push mangosteen down to a few baht a kilo and "
        "some growers leave it to fall because picking costs more than it sells for.",
        how_th="สมาชิกลงทะเบียนแปลงและวันเก็บผลผลิต ลูกค้าสั่งจองล่วงหน้าทางออนไลน์ วิสาหกิจคัดเกรด แพ็ก "
        "และส่งผ่านบริษัทขนส่งแบบควบคุมอุณหภูมิ ผลที่ตกเกรดส่งทำผลไม้แปรรูปแทนการทิ้ง",
        how_en="Members register their plots and harvest dates, customers pre-order online, and the enterprise "
        "grades, packs and ships by chilled courier; off-grade fruit is processed instead of dumped.",
        indicator=Indicator("รายได้ที่ชาวสวนได้เพิ่ม", "Extra income to growers", "บาท (baht)", (200000, 4000000), 0.5),
        provinces=("CTI", "RYG", "TRT", "NRT", "CPN", "SNI", "CMI", "LPN"),
        youth_share=0.3,
    ),
    Concept(
        key="rubber-intercropping",
        area=AREA,
        also=("environmental-conservation", "finance-employment-welfare"),
        core_th="สวนยางยั่งยืน",
        core_en="Mixed Rubber Gardens",
        forms=("community_enterprise", "cooperative"),
        summary_th="ช่วยชาวสวนยางปลูกพืชร่วมยาง เช่น สะตอ ผักเหมียง และกาแฟโรบัสตา ให้มีรายได้หลายทางเมื่อราคายางตกต่ำ",
        summary_en="Helps rubber farmers grow crops between their trees, such as stink beans, melinjo and robusta "
        "coffee, so they have other income when rubber prices crash.",
        problem_th="ราคายางพาราตกต่ำมาหลายปี ชาวสวนยางที่ปลูกยางอย่างเดียวไม่มีรายได้อื่น ต้องกรีดยางหนักจนต้นโทรม",
        problem_en="Rubber prices have been low for years; farmers with nothing but rubber have no other income and "
        "over-tap their trees.",
        how_th="กลุ่มทำแปลงตัวอย่างสวนยางแบบวนเกษตร แจกกล้าไม้เศรษฐกิจ และรวมผลผลิตขายให้ร้านอาหารในเมือง "
        "การยางแห่งประเทศไทยร่วมรับรองแปลงให้ได้เงินสนับสนุนปลูกแทน ชาวสวนที่ทำสำเร็จเป็นวิทยากรให้รุ่นต่อไป",
        how_en="The group runs demonstration agroforestry plots, hands out seedlings of cash crops and sells the "
        "produce to city restaurants together. The rubber authority certifies plots for replanting support, and "
        "successful farmers teach the next group.",
        indicator=Indicator("สวนยางที่ปลูกพืชร่วม", "Rubber gardens intercropped", "ไร่ (rai)", (200, 3000), 0.4),
        provinces=RUBBER,
    ),
    Concept(
        key="clean-cassava-stems",
        area=AREA,
        also=(),
        core_th="ท่อนพันธุ์มันสำปะหลังปลอดโรค",
        core_en="Disease-Free Cassava Stems",
        forms=("community_enterprise", "cooperative"),
        summary_th="แปลงขยายท่อนพันธุ์มันสำปะหลังที่ตรวจแล้วว่าปลอดโรคใบด่าง ขายให้เพื่อนเกษตรกรในราคาถูก ตัดวงจรโรคระบาด",
        summary_en="",
        problem_th="โรคใบด่างมันสำปะหลังระบาดหนัก ผลผลิตหายไปครึ่งหนึ่ง เพราะเกษตรกรซื้อท่อนพันธุ์ต่อกันมาโดยไม่รู้ว่าติดเชื้อ",
        problem_en="",
        how_th="สมาชิกรับพันธุ์สะอาดจากกรมวิชาการเกษตรมาขยายในแปลงที่มีนักวิชาการตรวจทุกเดือน ถอนต้นที่มีอาการทิ้งทันที "
        "ท่อนพันธุ์มีป้ายรับรองแปลงและขายผ่านกลุ่มไลน์ของตำบล ผลผลิตต่อไร่ของผู้ซื้อติดตามร่วมกับเกษตรอำเภอ",
        how_en="",
        indicator=Indicator("พื้นที่ปลูกด้วยท่อนพันธุ์สะอาด", "Area planted with clean stems", "ไร่ (rai)", (500, 10000), 0.5),
        provinces=("NMA", "KPT", "CPM", "SKW", "UDN", "KSN", "BRM", "RYG"),
    ),
    Concept(
        key="trichoderma-lab",
        area=AREA,
        also=("health", "environmental-conservation"),
        core_th="แล็บชีวภัณฑ์ชุมชน",
        core_en="Village Biocontrol Lab",
        forms=("community_enterprise",),
        summary_th="ห้องแล็บเล็ก ๆ ในหมู่บ้านที่ผลิตเชื้อราไตรโคเดอร์มาและบิวเวอเรีย ให้เกษตรกรใช้กำจัดโรคและแมลงแทนสารเคมี",
        summary_en="A small village laboratory producing Trichoderma and Beauveria fungi that farmers use against "
        "plant diseases and pests instead of chemicals.",
        problem_th="เกษตรกรฉีดยาฆ่าแมลงและยาฆ่าเชื้อราถี่ขึ้นทุกปีเพราะแมลงดื้อยา ค่าสารเคมีกินกำไรเกือบหมด และคนฉีดก็ป่วยเอง",
        problem_en="Farmers spray insecticides and fungicides more often each year as pests become resistant; "
        "chemicals eat almost all the profit and the sprayers fall ill themselves.",
        how_th="สมาชิกที่ได้อบรมจากศูนย์บริหารศัตรูพืชเลี้ยงเชื้อบนข้าวสุกในห้องสะอาด ตรวจความบริสุทธิ์ด้วยกล้องจุลทรรศน์ ขายถุงละไม่กี่สิบบาท "
        "และลงแปลงสอนวิธีใช้ให้ได้ผลจริง",
        how_en="Members trained by the pest management centre grow the fungi on cooked rice in a clean room, check "
        "purity under a microscope, sell bags for a few dozen baht and visit fields to show how to use them well.",
        indicator=Indicator(
            "ค่าสารเคมีที่เกษตรกรประหยัดได้", "Chemical costs saved", "บาท/ปี (baht/year)", (50000, 800000), 0.4
        ),
    ),
    Concept(
        key="farmer-blood-test",
        area=AREA,
        also=("health",),
        core_th="ตรวจเลือดหาสารเคมีเกษตรกร",
        core_en="Farmer Blood Screening",
        forms=("foundation", "unregistered_group"),
        summary_th="ตรวจสารเคมีกำจัดศัตรูพืชในเลือดเกษตรกรด้วยกระดาษทดสอบ แล้วพาคนที่มีผลเสี่ยงเปลี่ยนไปทำเกษตรปลอดภัยทีละแปลง",
        summary_en="",
        problem_th="เกษตรกรในตำบลผลตรวจเลือดอยู่ในระดับไม่ปลอดภัยเกินครึ่ง มีอาการมือชา เวียนหัว แต่ไม่รู้ว่าเกิดจากยาที่ฉีด",
        problem_en="",
        how_th="อสม. ตรวจเลือดด้วยกระดาษทดสอบที่ รพ.สต. ทุกหกเดือน คนที่ผลไม่ปลอดภัยเข้ากลุ่มเปลี่ยนผ่าน ทดลองลดสารเคมีในแปลงครึ่งไร่ก่อน "
        "กลุ่มรับซื้อผักปลอดภัยส่งโรงพยาบาลและโรงเรียน ผลตรวจรอบถัดไปประกาศให้ทั้งหมู่บ้านเห็นความเปลี่ยนแปลง",
        how_en="",
        indicator=Indicator(
            "เกษตรกรที่ผลเลือดกลับมาปลอดภัย", "Farmers whose blood tests became safe", "คน (farmers)", (20, 400), 0.4
        ),
    ),
    Concept(
        key="native-rice-seed-bank",
        area=AREA,
        also=("tourism-culture",),
        core_th="ธนาคารเมล็ดพันธุ์ข้าวพื้นบ้าน",
        core_en="Native Rice Seed Bank",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="รวบรวมและปลูกรักษาพันธุ์ข้าวพื้นบ้านกว่าร้อยสายพันธุ์ ให้ชาวนายืมเมล็ดไปปลูกแล้วคืนเป็นเมล็ดหลังเก็บเกี่ยว",
        summary_en="",
        problem_th="ชาวนาหันไปปลูกข้าวพันธุ์ส่งเสริมไม่กี่พันธุ์ ข้าวพื้นบ้านที่ทนแล้ง ทนน้ำท่วม และมีรสชาติเฉพาะกำลังจะหายไปพร้อมคนรุ่นปู่ย่า",
        problem_en="",
        how_th="แปลงอนุรักษ์ปลูกข้าวแต่ละพันธุ์แถวละพันธุ์ บันทึกลักษณะและเรื่องเล่าของพันธุ์นั้นจากผู้เฒ่า สมาชิกยืมเมล็ดไปปลูกและคืนสองเท่า "
        "ข้าวพื้นบ้านบรรจุถุงเล็กขายให้ร้านอาหารและคนรักสุขภาพ",
        how_en="",
        indicator=Indicator("พันธุ์ข้าวพื้นบ้านที่อนุรักษ์", "Native rice varieties kept", "พันธุ์ (varieties)", (30, 150), 0.15),
        provinces=(*ISAN, *NORTH),
    ),
    Concept(
        key="maize-to-agroforestry",
        area=AREA,
        also=("environmental-conservation", "disaster-management"),
        core_th="เปลี่ยนไร่ข้าวโพดเป็นวนเกษตร",
        core_en="Maize to Agroforestry",
        forms=("community_enterprise", "foundation"),
        summary_th="พาชาวบ้านบนดอยเปลี่ยนไร่ข้าวโพดเชิงเดี่ยวเป็นสวนไม้ผล กาแฟ และไม้ใช้สอย ลดการเผาและดินถล่ม แต่รายได้ไม่ลด",
        summary_en="Helps hill farmers turn maize monoculture into orchards, coffee and useful trees, ending burning "
        "and landslides without losing income.",
        problem_th="เขาหัวโล้นทั้งลูกเพราะปลูกข้าวโพดเลี้ยงสัตว์ เผาตอซังทุกปีจนเกิดหมอกควัน หน้าฝนดินสไลด์ และชาวบ้านติดหนี้ค่าปุ๋ยกับบริษัท",
        problem_en="Whole hills are bare from feed-maize farming; stubble is burned every year causing haze, slopes "
        "slide in the rains, and farmers owe the companies for fertiliser.",
        how_th="ครอบครัวที่เข้าร่วมแบ่งที่ดินทีละส่วนมาปลูกไม้ผลและกาแฟ ระหว่างรอผลผลิตปลูกพืชผักอายุสั้นขาย "
        "กิจการรับซื้อผลผลิตล่วงหน้าและประสานสินเชื่อปลอดดอกเบี้ยจากกองทุนของบริษัทที่ต้องการลดการเผาในห่วงโซ่อุปทาน",
        how_en="Families convert their land a section at a time to fruit trees and coffee, growing quick vegetables "
        "in between while they wait. The venture contracts the harvest in advance and arranges interest-free loans "
        "from a company fund aiming to remove burning from its supply chain.",
        indicator=Indicator("พื้นที่ไร่ข้าวโพดที่เปลี่ยนเป็นวนเกษตร", "Maize land converted", "ไร่ (rai)", (100, 2500), 0.4),
        provinces=("NAN", "CMI", "TAK", "PYO", "CRI", "MSN"),
    ),
    Concept(
        key="drone-spraying-youth",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="โดรนเกษตรรับจ้าง",
        core_en="Farm Drone Service",
        forms=("community_enterprise", "company"),
        brands=(("ฟ้าเกษตร", "SkyFarm"),),
        summary_th="คนรุ่นใหม่ที่กลับบ้านมารับจ้างพ่นปุ๋ยน้ำและชีวภัณฑ์ด้วยโดรนให้ชาวนาสูงอายุ ใช้น้ำและสารน้อยลง ไม่ต้องเดินลุยนา",
        summary_en="Young people who came home run a drone service spraying liquid fertiliser and biocontrols for "
        "older rice farmers, using less water and fewer inputs and sparing them the wade through the paddy.",
        problem_th="ชาวนาส่วนใหญ่อายุเกินหกสิบ แบกถังพ่นยาเดินในนาไม่ไหว จ้างแรงงานก็หายาก และสูดละอองสารเคมีเข้าไปทุกครั้งที่พ่น",
        problem_en="Most rice farmers are over sixty and can no longer carry a backpack sprayer through the paddy; "
        "hired labour is scarce and they breathe in spray every time.",
        how_th="กลุ่มเยาวชนได้ใบอนุญาตนักบินโดรนจาก กสทช. และกรมการบิน บริการไร่ละหกสิบบาท จองผ่านผู้ใหญ่บ้านหรือไลน์ "
        "แผนที่แปลงเก็บไว้ในระบบให้พ่นตรงจุด และสนับสนุนให้ลูกค้าเปลี่ยนจากสารเคมีเป็นชีวภัณฑ์",
        how_en="The young pilots hold drone licences, charge sixty baht per rai and take bookings through the village "
        "head or LINE. Field maps are stored so spraying is targeted, and customers are encouraged to switch from "
        "chemicals to biological products.",
        indicator=Indicator("พื้นที่ที่ให้บริการ", "Area served", "ไร่ (rai)", (1000, 20000), 0.6),
        provinces=(*CENTRAL_PLAIN, *ISAN),
        youth_share=0.7,
    ),
    Concept(
        key="young-farmer-land-match",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="จับคู่ที่ดินให้คนรุ่นใหม่",
        core_en="Farmland Match",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="จับคู่เจ้าของที่ดินสูงวัยที่ไม่มีลูกหลานทำเกษตรต่อ กับคนรุ่นใหม่ที่อยากทำเกษตรแต่ไม่มีที่ดิน ด้วยสัญญาเช่าระยะยาวที่เป็นธรรม",
        summary_en="Matches older landowners whose children won't farm with young people who want to farm but have no "
        "land, using fair long-term leases.",
        problem_th="คนหนุ่มสาวที่อยากกลับบ้านมาทำเกษตรไม่มีที่ดิน ราคาที่ดินสูงเกินจะซื้อ ขณะที่ที่นาของคนแก่ถูกปล่อยร้างหรือขายให้นายทุน",
        problem_en="Young people who want to come home and farm have no land and can't afford to buy, while older "
        "people's fields lie idle or are sold to investors.",
        how_th="ทีมสัมภาษณ์ทั้งสองฝ่าย พาไปดูที่ดินด้วยกัน ร่างสัญญาเช่าสิบปีที่ระบุการดูแลดินและการแบ่งผลผลิต "
        "ผู้เช่าได้พี่เลี้ยงเกษตรกรต้นแบบและสินเชื่อตั้งต้นจากธนาคารพันธมิตร",
        how_en="The team interviews both sides, visits the land with them, and drafts ten-year leases covering soil "
        "care and crop sharing; tenants get a mentor farmer and start-up credit from a partner bank.",
        indicator=Indicator("ที่ดินที่ได้ผู้เช่ารุ่นใหม่", "Land leased to young farmers", "ไร่ (rai)", (50, 1500), 0.5),
        youth_share=0.6,
    ),
    Concept(
        key="cattle-bank",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ธนาคารโคกระบือ",
        core_en="Cattle Bank",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="ให้ครอบครัวยากจนยืมแม่วัวไปเลี้ยง ลูกตัวแรกคืนธนาคารเพื่อส่งต่อครอบครัวถัดไป ลูกตัวต่อไปเป็นของผู้เลี้ยง",
        summary_en="",
        problem_th="ครอบครัวที่ไม่มีที่นาไม่มีทรัพย์สินที่เพิ่มค่าได้ ต้องรับจ้างรายวัน เวลาลูกจะเข้าเรียนต่อก็ไม่มีอะไรขาย",
        problem_en="",
        how_th="คณะกรรมการคัดเลือกครอบครัวจากการประชาคม สัตวแพทย์อาสาฉีดวัคซีนและผสมเทียมให้ มูลวัวทำปุ๋ยขายเป็นรายได้เสริม "
        "ทุกปีกลุ่มรายงานจำนวนวัวที่ส่งต่อในเวทีหมู่บ้าน",
        how_en="",
        indicator=Indicator("ครอบครัวที่ได้วัวไปเลี้ยง", "Families given cattle", "ครอบครัว (families)", (10, 120), 0.3),
        provinces=(*ISAN, "LPG", "PYO", "NAN"),
    ),
    Concept(
        key="stingless-bee-orchards",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ชันโรงผสมเกสรสวนผลไม้",
        core_en="Stingless Bee Pollination",
        forms=("community_enterprise",),
        summary_th="เลี้ยงชันโรงในสวนทุเรียนและเงาะ ช่วยผสมเกสรให้ติดผลดีขึ้น และเก็บน้ำผึ้งชันโรงขายได้ราคาสูง",
        summary_en="Keeps stingless bees in durian and rambutan orchards to improve fruit set, and sells their "
        "high-value honey.",
        problem_th="สวนผลไม้ติดผลน้อยลงเพราะแมลงผสมเกสรหายไปจากการฉีดยา ชาวสวนต้องจ้างคนผสมเกสรด้วยมือตอนกลางคืน",
        problem_en="Orchards set less fruit because spraying has killed off pollinators, and growers pay people to "
        "pollinate by hand at night.",
        how_th="สมาชิกแบ่งรังชันโรงไปวางในสวน ตกลงกันว่าจะงดฉีดยาช่วงดอกบาน น้ำผึ้งชันโรงตรวจคุณภาพแล้วขายเป็นสินค้าเพื่อสุขภาพ "
        "ชาวสวนบันทึกอัตราการติดผลเทียบกับสวนที่ไม่มีชันโรง",
        how_en="Members split colonies into the orchards and agree not to spray during flowering; the honey is "
        "quality-tested and sold as a health product, and growers record fruit set against orchards without bees.",
        indicator=Indicator("รังชันโรงในสวน", "Stingless bee hives in orchards", "รัง (hives)", (50, 800), 0.4),
        provinces=("CTI", "RYG", "TRT", "CPN", "NRT", "SNI", "YLA"),
    ),
    Concept(
        key="pgs-green-market",
        area=AREA,
        also=("health",),
        core_th="ตลาดเขียวรับรองแบบมีส่วนร่วม",
        core_en="Participatory Organic Market",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="ตลาดนัดผักอินทรีย์หน้าโรงพยาบาลทุกวันพุธ ที่เกษตรกร ผู้บริโภค และเจ้าหน้าที่ร่วมกันตรวจแปลงแทนการจ่ายค่ารับรองราคาแพง",
        summary_en="A Wednesday organic market outside the hospital, where farmers, shoppers and staff inspect the "
        "fields together instead of paying for costly certification.",
        problem_th="เกษตรกรรายย่อยปลูกผักไม่ใช้สารแต่ไม่มีเงินจ่ายค่าตรวจรับรองมาตรฐานหลายหมื่นบาท ผู้บริโภคก็ไม่รู้ว่าผักที่ไหนปลอดภัยจริง",
        problem_en="Smallholders grow vegetables without chemicals but can't pay tens of thousands for certification, "
        "and consumers can't tell which vegetables are really safe.",
        how_th="คณะกรรมการที่มีทั้งเกษตรกร พยาบาล และลูกค้าประจำลงตรวจแปลงปีละสองครั้ง สุ่มตรวจสารตกค้างผักในตลาดทุกเดือน "
        "ผลตรวจติดไว้หน้าแผง และโรงพยาบาลซื้อผักจากตลาดไปทำอาหารผู้ป่วย",
        how_en="A committee of farmers, nurses and regular customers inspects each field twice a year, market produce "
        "is spot-tested for residues monthly with results posted at each stall, and the hospital buys from the market "
        "for patients' meals.",
        indicator=Indicator(
            "เกษตรกรที่ผ่านการรับรองแบบมีส่วนร่วม", "Farmers certified by the market", "ราย (farmers)", (15, 150), 0.3
        ),
    ),
    Concept(
        key="soil-test-fertiliser",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ปุ๋ยสั่งตัดตามค่าดิน",
        core_en="Soil-Tested Fertiliser",
        forms=("community_enterprise", "cooperative"),
        summary_th="ตรวจดินรายแปลงด้วยชุดตรวจภาคสนาม แล้วผสมแม่ปุ๋ยให้ตรงกับที่ดินขาด ชาวนาใช้ปุ๋ยน้อยลงแต่ได้ข้าวเท่าเดิม",
        summary_en="Tests each plot's soil with a field kit and blends fertiliser for exactly what it lacks, so rice "
        "farmers use less fertiliser for the same yield.",
        problem_th="ชาวนาหว่านปุ๋ยสูตรเดียวกันทุกแปลงตามที่ร้านแนะนำ ดินบางแปลงมีฟอสฟอรัสเหลือเฟืออยู่แล้ว ค่าปุ๋ยเป็นต้นทุนก้อนใหญ่ที่สุด",
        problem_en="Farmers spread the same fertiliser on every plot as the shop advises, even where the soil already "
        "has plenty of phosphorus, and fertiliser is their biggest cost.",
        how_th="หมอดินอาสาเก็บตัวอย่างดินก่อนฤดูปลูก วิเคราะห์ด้วยชุดตรวจของกรมพัฒนาที่ดิน โปรแกรมคำนวณสูตรปุ๋ย "
        "กลุ่มซื้อแม่ปุ๋ยรวมแล้วผสมให้สมาชิกในราคาทุน",
        how_en="Volunteer soil doctors sample before planting and analyse with the Land Development Department kit; "
        "software works out the blend, and the group buys base fertilisers in bulk and mixes them at cost.",
        indicator=Indicator("ค่าปุ๋ยที่ลดลงต่อไร่", "Fertiliser cost saved per rai", "บาท (baht)", (150, 600), 0.2),
        provinces=(*CENTRAL_PLAIN, *ISAN),
    ),
    Concept(
        key="awd-rice-carbon",
        area=AREA,
        also=("environmental-conservation", "food-water-energy"),
        core_th="นาเปียกสลับแห้ง",
        core_en="Wet-and-Dry Rice",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="สอนชาวนาปล่อยน้ำในนาให้แห้งสลับเปียกด้วยท่อวัดระดับน้ำราคาถูก ประหยัดน้ำและค่าสูบน้ำ ลดก๊าซมีเทน และขายคาร์บอนเครดิตได้",
        summary_en="Teaches rice farmers to let fields dry between floodings using a cheap water-level tube, saving "
        "water and pumping costs, cutting methane and earning carbon credits.",
        problem_th="นาปรังใช้น้ำมากจนเขื่อนเหลือน้ำไม่พอ ชาวนาเสียค่าน้ำมันสูบน้ำหลายพันบาทต่อฤดู ขณะที่นาข้าวที่ขังน้ำตลอดปล่อยก๊าซมีเทนสูง",
        problem_en="Dry-season rice uses so much water the reservoirs run short; farmers spend thousands on pumping "
        "each season, and permanently flooded paddies release a lot of methane.",
        how_th="ชาวนาฝังท่อพีวีซีเจาะรูในนา ดูระดับน้ำแล้วสูบเมื่อน้ำลดถึงเกณฑ์เท่านั้น แอปบันทึกวันสูบน้ำและภาพถ่ายแปลง "
        "ใช้เป็นหลักฐานขายคาร์บอนเครดิต รายได้แบ่งคืนชาวนาตามพื้นที่",
        how_en="Farmers sink a perforated PVC tube in the field and pump only when the water drops to the mark; an "
        "app logs pumping dates and field photos as evidence for carbon credits, with income shared back by area.",
        indicator=Indicator("น้ำที่ประหยัดได้", "Water saved", "ลูกบาศก์เมตร (m³)", (50000, 800000), 0.4),
        provinces=CENTRAL_PLAIN,
        youth_share=0.25,
    ),
    Concept(
        key="biofloc-shrimp",
        area=AREA,
        also=("environmental-conservation",),
        core_th="กุ้งไบโอฟลอคบ่อเล็ก",
        core_en="Small-Pond Biofloc Shrimp",
        forms=("community_enterprise", "company"),
        brands=(("กุ้งใสใจ", "ClearShrimp"),),
        summary_th="",
        summary_en="Helps small shrimp farmers move to lined biofloc ponds that reuse water and need no antibiotics, "
        "so disease outbreaks stop wiping out whole crops.",
        problem_th="",
        problem_en="Small shrimp farms lose entire crops to disease; farmers drain dirty water into the canals, take "
        "water back in from the same canals, and turn to antibiotics that buyers reject.",
        how_th="",
        how_en="We design lined ponds with aeration and a settling tank, supply tested post-larvae, and send a "
        "technician weekly to check water quality. Harvests are bought at an agreed price by an exporter that pays a "
        "premium for antibiotic-free shrimp.",
        indicator=Indicator(
            "รอบการเลี้ยงที่ไม่เกิดโรคระบาด", "Crops without disease outbreaks", "รอบ (crops)", (10, 150), 0.4
        ),
        provinces=("CCO", "SKN", "SKM", "CTI", "SNI", "NRT", "SKA"),
    ),
    Concept(
        key="csa-veg-box",
        area=AREA,
        also=("urbanisation", "health"),
        core_th="ผักกล่องสมาชิก",
        core_en="Veg Box Subscription",
        forms=("social_enterprise_osep", "community_enterprise"),
        summary_th="ครอบครัวในเมืองสมัครสมาชิกรายเดือน รับผักอินทรีย์ตามฤดูกาลจากกลุ่มเกษตรกรทุกสัปดาห์ เกษตรกรรู้รายได้ล่วงหน้า",
        summary_en="City families subscribe monthly to a weekly box of seasonal organic vegetables from a farmer "
        "group, and the farmers know their income in advance.",
        problem_th="เกษตรกรอินทรีย์ปลูกได้แต่ไม่มีตลาดประจำ ผักเน่าทิ้งเมื่อขายไม่หมด คนเมืองอยากกินผักปลอดภัยแต่ไม่รู้จะซื้อจากใคร",
        problem_en="Organic farmers can grow but have no steady market and throw away what they can't sell, while "
        "city people want safe vegetables and don't know whom to buy from.",
        how_th="สมาชิกจ่ายล่วงหน้าทีละสามเดือน เกษตรกรวางแผนปลูกตามจำนวนกล่อง ผักส่งถึงจุดรับในคอนโดและออฟฟิศทุกวันเสาร์ "
        "สมาชิกไปเยี่ยมแปลงปีละครั้ง และช่วยรับความเสี่ยงเมื่อผลผลิตเสียหายจากน้ำท่วม",
        how_en="Members pay three months ahead, farmers plan planting by the number of boxes, and boxes reach pick-up "
        "points at condos and offices every Saturday. Members visit the farm once a year and share the risk when a "
        "flood ruins a crop.",
        indicator=Indicator("ครอบครัวสมาชิก", "Subscribing families", "ครอบครัว (families)", (50, 1200), 0.5),
        provinces=("NPT", "SPB", "RBR", "PTE", "AYA", "CCO", "NYK"),
        youth_share=0.3,
    ),
    Concept(
        key="pineapple-leaf-fibre",
        area=AREA,
        also=("environmental-conservation", "tourism-culture"),
        core_th="เส้นใยใบสับปะรด",
        core_en="Pineapple Leaf Fibre",
        forms=COMPANY,
        brands=(("ใยสับปะรด", "PinaFibre"),),
        summary_th="ขูดเส้นใยจากใบสับปะรดที่ชาวไร่เคยเผาทิ้ง ทอเป็นผ้าและส่งโรงงานสิ่งทอ ชาวไร่ได้เงินจากใบเพิ่มอีกทาง",
        summary_en="Extracts fibre from the pineapple leaves growers used to burn, weaving it into cloth and "
        "supplying textile mills, which gives growers a second income from the leaves.",
        problem_th="หลังเก็บสับปะรด ชาวไร่เผาใบทิ้งหลายพันไร่เพื่อเตรียมปลูกรอบใหม่ ควันไฟคลุมทั้งอำเภอ",
        problem_en="After harvest growers burn thousands of rai of leaves to replant, covering the district in smoke.",
        how_th="เครื่องขูดใยขนาดเล็กตั้งที่หมู่บ้าน ชาวไร่ตัดใบสดส่งขายกิโลละบาท กลุ่มแม่บ้านขูดและตากเส้นใย "
        "ใยคุณภาพดีทอผ้าพื้นเมืองขายเป็นสินค้าแฟชั่น ส่วนที่เหลือส่งโรงงานปั่นด้ายผสม",
        how_en="Small decorticators sit in the villages; growers sell fresh leaves at a baht a kilo and women's "
        "groups strip and dry the fibre. The best is hand-woven into fashion fabric and the rest goes to a mill for "
        "blended yarn.",
        indicator=Indicator("ใบสับปะรดที่ไม่ถูกเผา", "Pineapple leaves not burned", "ตัน (tonnes)", (100, 2000), 0.5),
        provinces=("PKN", "RBR", "CRI", "LPG", "PBI", "CBI", "RYG"),
        youth_share=0.35,
    ),
    Concept(
        key="miang-tea-forest",
        area=AREA,
        also=("tourism-culture", "environmental-conservation"),
        core_th="ป่าเมี่ยงคนต้นน้ำ",
        core_en="Miang Tea Forest",
        forms=("community_enterprise",),
        summary_th="ฟื้นสวนเมี่ยงใต้ร่มป่าดิบเขา ทำชาอัสสัมคุณภาพดีและเมี่ยงหมักส่งร้านคาเฟ่ ให้คนต้นน้ำมีรายได้โดยไม่ต้องตัดป่า",
        summary_en="Revives forest-shaded miang tea gardens, making fine Assam tea and fermented tea leaves for "
        "cafés, so upland villagers earn a living without clearing forest.",
        problem_th="คนรุ่นใหม่เลิกทำเมี่ยงเพราะขายได้ราคาต่ำ สวนเมี่ยงถูกโค่นไปปลูกกะหล่ำปลีและข้าวโพดที่ต้องใช้สารเคมี ป่าต้นน้ำหายไป",
        problem_en="Young people have abandoned miang because it sells cheaply; the gardens are cleared for cabbage "
        "and maize that need chemicals, and the headwater forest disappears.",
        how_th="กลุ่มเรียนการแปรรูปชาเขียว ชาดำ และชาขาวจากใบเมี่ยงกับผู้เชี่ยวชาญ ตั้งโรงอบชาชุมชน ทำแบรนด์เล่าเรื่องป่า "
        "และเปิดให้นักท่องเที่ยวมาเก็บชากับเจ้าของสวน",
        how_en="The group learned to make green, black and white teas from miang leaves with tea experts, set up a "
        "village tea house, built a brand around the forest story, and invites visitors to pick tea with the growers.",
        indicator=Indicator("สวนเมี่ยงใต้ร่มป่าที่ฟื้นฟู", "Forest tea gardens revived", "ไร่ (rai)", (30, 500), 0.3),
        provinces=("CMI", "LPG", "NAN", "PRE", "CRI"),
    ),
    Concept(
        key="tractor-sharing-app",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="แอปเช่ารถไถ",
        core_en="Tractor Sharing App",
        forms=COMPANY,
        brands=(("ไถดี", "ThaiDee Hire"), ("รถเกี่ยวมา", "HarvestNow")),
        summary_th="แอปจองรถไถ รถดำนา และรถเกี่ยวข้าวจากเจ้าของรถในตำบล เห็นคิวและราคาก่อนจอง ไม่ต้องรอรถจากต่างจังหวัด",
        summary_en="An app to book tractors, transplanters and combine harvesters from owners in the same "
        "subdistrict, with the queue and price shown up front.",
        problem_th="ช่วงเก็บเกี่ยวรถเกี่ยวข้าวไม่พอ ชาวนาต้องรอคิวจนข้าวร่วงคาต้น หรือจ่ายแพงให้รถจากจังหวัดอื่น",
        problem_en="At harvest there aren't enough combines; farmers wait until the grain falls or pay high prices to "
        "crews from other provinces.",
        how_th="เจ้าของรถลงทะเบียนตารางว่าง ชาวนาจองผ่านแอปหรือโทรหาผู้ประสานในหมู่บ้าน ระบบจัดเส้นทางให้รถวิ่งแปลงติดกัน ลดค่าน้ำมัน "
        "และเก็บประวัติคะแนนความตรงเวลา",
        how_en="Owners post availability and farmers book in the app or through a village coordinator; the system "
        "routes machines across neighbouring fields to save fuel and keeps a punctuality rating.",
        indicator=Indicator("ไร่ที่ใช้บริการเครื่องจักร", "Rai served by shared machines", "ไร่ (rai)", (2000, 40000), 0.5),
        provinces=(*CENTRAL_PLAIN, *ISAN),
        youth_share=0.4,
    ),
    Concept(
        key="salt-farmers-heritage",
        area=AREA,
        also=("tourism-culture",),
        core_th="เกลือทะเลนาเกลือโบราณ",
        core_en="Heritage Sea Salt",
        forms=("community_enterprise",),
        summary_th="ชาวนาเกลือรวมกลุ่มทำดอกเกลือและเกลือสปาขายในราคาดี และเปิดนาเกลือให้เยาวชนมาเรียนรู้ ไม่ให้อาชีพหายไป",
        summary_en="",
        problem_th="ราคาเกลือทะเลตกจนไม่คุ้มค่าแรง นาเกลือถูกขายไปทำโกดังและบ้านจัดสรร เหลือแต่คนแก่ที่ยังทำอยู่",
        problem_en="",
        how_th="กลุ่มเก็บดอกเกลือช่วงเช้ามืดซึ่งมีราคาสูงกว่าเกลือเม็ดหลายเท่า บรรจุขวดสวยขายร้านของฝากและเชฟ "
        "จัดทริปนาเกลือให้โรงเรียนและนักท่องเที่ยว รายได้ส่วนหนึ่งใช้ซ่อมคันนาเกลือ",
        how_en="",
        indicator=Indicator("นาเกลือที่ยังทำอยู่", "Salt fields still worked", "ไร่ (rai)", (50, 500), 0.15),
        provinces=("SKN", "SKM", "PBI", "CBI", "PTN"),
    ),
    Concept(
        key="cane-harvester-hire",
        area=AREA,
        also=("environmental-conservation", "health"),
        core_th="ตัดอ้อยสดไม่เผา",
        core_en="Green Cane Harvest",
        forms=("cooperative", "community_enterprise"),
        summary_th="สหกรณ์ซื้อรถตัดอ้อยมาให้สมาชิกเช่าในราคาถูก ชาวไร่ตัดอ้อยสดแทนการเผาอ้อยก่อนตัด ลดฝุ่นควันทั้งจังหวัด",
        summary_en="A cooperative buys cane harvesters and rents them cheaply to members, so growers cut green cane "
        "instead of burning it first, cutting smoke and dust across the province.",
        problem_th="แรงงานตัดอ้อยหายากและค่าแรงแพง ชาวไร่จึงเผาอ้อยให้ใบหมดก่อนตัด เถ้าลอยไปตกบ้านเรือน ฝุ่น PM2.5 พุ่งทุกฤดูหีบอ้อย",
        problem_en="Cane cutters are scarce and expensive, so growers burn fields before cutting; ash rains on homes "
        "and PM2.5 spikes every crushing season.",
        how_th="สหกรณ์ใช้สินเชื่อดอกเบี้ยต่ำจากโครงการของรัฐ จัดคิวรถตัดตามวันที่โรงงานรับอ้อย ใบอ้อยที่เหลือขายให้โรงไฟฟ้าชีวมวล "
        "โรงงานน้ำตาลจ่ายเงินเพิ่มให้อ้อยสดต่อตัน",
        how_en="The cooperative uses a low-interest state loan, schedules harvesters around each mill's intake days, "
        "sells the leftover leaves to a biomass power plant, and the sugar mill pays a per-tonne premium for green "
        "cane.",
        indicator=Indicator("อ้อยที่ตัดสดโดยไม่เผา", "Cane harvested unburned", "ตัน (tonnes)", (5000, 80000), 0.4),
        provinces=("KKN", "UDN", "NMA", "KSN", "SPB", "KPT", "NSN", "SKW", "KRI"),
    ),
    Concept(
        key="dairy-coop-quality",
        area=AREA,
        also=("food-water-energy",),
        core_th="นมโคคุณภาพสหกรณ์",
        core_en="Dairy Quality Cooperative",
        forms=("cooperative",),
        summary_th="",
        summary_en="Helps a dairy cooperative's small farmers raise milk quality with shared cooling tanks, "
        "herd-health records and cheaper home-grown feed, so they get a better price per kilo.",
        problem_th="",
        problem_en="Small dairy farmers are paid less when bacteria counts are high, feed prices keep rising, and "
        "many are quitting the trade with debts they cannot repay.",
        how_th="",
        how_en="Each collection centre has a shared cooling tank, samples are tested per farm, and a vet visits farms "
        "with high counts. Members grow napier grass together and make silage, cutting feed costs by a fifth; the "
        "cooperative's school-milk contract rewards better quality.",
        indicator=Indicator(
            "นมที่ผ่านเกณฑ์คุณภาพสูงสุด", "Milk in the top quality grade", "เปอร์เซ็นต์ (percent)", (40, 70), 0.15
        ),
        provinces=("SRI", "NMA", "LRI", "RBR", "KRI", "CMI", "PBI"),
    ),
    Concept(
        key="cow-manure-pellets",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ปุ๋ยอัดเม็ดมูลวัว",
        core_en="Manure Pellets",
        forms=("community_enterprise",),
        summary_th="รับซื้อมูลวัวจากคนเลี้ยงวัวในตำบลมาหมักและอัดเม็ดเป็นปุ๋ยอินทรีย์ ขายให้ชาวนาและสวนทุเรียนแทนปุ๋ยเคมีบางส่วน",
        summary_en="",
        problem_th="คนเลี้ยงวัวมีมูลกองเต็มคอก ส่งกลิ่นและเป็นแหล่งแมลงวัน ขณะที่ชาวนาข้างบ้านซื้อปุ๋ยเคมีราคาแพงขึ้นทุกปี",
        problem_en="",
        how_th="กลุ่มหมักมูลวัวกับเศษฟางและจุลินทรีย์สี่สิบห้าวัน อัดเม็ดด้วยเครื่องที่ได้ทุนจากจังหวัด ส่งตรวจธาตุอาหาร "
        "และขายเป็นกระสอบในราคาต่ำกว่าปุ๋ยเคมี เกษตรกรที่ใช้ต่อเนื่องสามปีวัดอินทรียวัตถุในดินที่เพิ่มขึ้น",
        how_en="",
        indicator=Indicator("ปุ๋ยอินทรีย์ที่ผลิตได้", "Organic fertiliser produced", "ตัน (tonnes)", (50, 600), 0.4),
    ),
    Concept(
        key="young-returnee-incubator",
        area=AREA,
        also=("finance-employment-welfare", "public-sector-education"),
        core_th="คนรุ่นใหม่กลับบ้านทำเกษตร",
        core_en="Homecoming Farmers",
        forms=("social_enterprise_osep", "foundation"),
        summary_th="หลักสูตรบ่มเพาะหนึ่งปีสำหรับคนหนุ่มสาวที่ลาออกจากงานในเมืองกลับมาทำเกษตรที่บ้าน ตั้งแต่วางแผนแปลงจนถึงหาตลาด",
        summary_en="A year-long incubator for young people who left city jobs to farm back home, from planning the "
        "plot to finding buyers.",
        problem_th="คนรุ่นใหม่ที่กลับบ้านมาทำเกษตรจำนวนมากล้มเหลวในปีแรก ลงทุนผิด ไม่มีตลาด และถูกคนในหมู่บ้านมองว่าเรียนมาแล้วกลับมาทำนา",
        problem_en="Many young people who return to farm fail in the first year: they invest in the wrong things, "
        "have no market, and neighbours see them as wasting their education.",
        how_th="ผู้เข้าร่วมเรียนเดือนละสองวัน ดูงานฟาร์มต้นแบบ และมีพี่เลี้ยงเป็นเกษตรกรที่ประสบความสำเร็จ ปลายปีนำเสนอแผนธุรกิจ "
        "ผู้ที่ผ่านได้ทุนตั้งต้นและเข้าเครือข่ายขายสินค้าร่วมกัน",
        how_en="Participants meet two days a month, visit model farms and are paired with successful farmer mentors. "
        "At year end they pitch a business plan; those who pass get seed money and join a shared sales network.",
        indicator=Indicator(
            "เกษตรกรรุ่นใหม่ที่อยู่รอดเกินสองปี", "Young farmers still farming after two years", "คน (people)", (10, 200), 0.4
        ),
        youth_share=0.75,
    ),
    Concept(
        key="rice-field-fish",
        area=AREA,
        also=("food-water-energy",),
        core_th="เลี้ยงปลาในนาข้าว",
        core_en="Rice-Fish Farming",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="ชาวนาขุดร่องรอบแปลงนาไว้เลี้ยงปลาไปพร้อมกับปลูกข้าว ปลากินแมลงและวัชพืช ครอบครัวได้ทั้งข้าวและปลาไว้กินไว้ขาย",
        summary_en="",
        problem_th="ชาวนาใช้ยาฆ่าหญ้าและยาฆ่าแมลงในนาจนปลาในนาหายไปหมด ครอบครัวต้องซื้อปลาจากตลาด ทั้งที่สมัยก่อนจับกินในนาได้",
        problem_en="",
        how_th="กลุ่มสอนการขุดร่องและทำที่หลบให้ปลา แจกพันธุ์ปลาตะเพียนและปลานิลจากประมงอำเภอ สมาชิกตกลงเลิกใช้ยาฆ่าหญ้า "
        "ปลาที่เหลือกินขายในตลาดนัดหมู่บ้านหลังเกี่ยวข้าว",
        how_en="",
        indicator=Indicator(
            "ครอบครัวที่เลี้ยงปลาในนา", "Families farming fish in paddies", "ครอบครัว (families)", (20, 300), 0.4
        ),
        provinces=(*ISAN, "PYO", "CRI", "NAN"),
    ),
    Concept(
        key="durian-smallholder-export",
        area=AREA,
        also=("finance-employment-welfare",),
        core_th="ทุเรียนส่งออกรายย่อย",
        core_en="Smallholder Durian Export",
        forms=("cooperative", "community_enterprise"),
        summary_th="รวมชาวสวนทุเรียนรายย่อยให้ได้มาตรฐาน GAP และโรงคัดบรรจุของตัวเอง ส่งออกตรงโดยไม่ผ่านล้งต่างชาติที่กดราคา",
        summary_en="Brings small durian growers up to GAP standard with their own packing house, exporting directly "
        "instead of through foreign-owned packers who set the price.",
        problem_th="ชาวสวนรายย่อยขายทุเรียนให้ล้งแบบเหมาสวน ถูกตัดทุเรียนอ่อนไปปนจนเสียชื่อ และไม่รู้ว่าราคาปลายทางเท่าไร",
        problem_en="Smallholders sell whole orchards to packers, who cut immature fruit that ruins the region's "
        "reputation, and growers never learn the price at destination.",
        how_th="สหกรณ์ช่วยสมาชิกขอใบรับรอง GAP และลงทะเบียนสวน ตรวจความแก่ด้วยการวัดแป้งก่อนตัดทุกลูก ทำสัญญากับผู้นำเข้าโดยตรง "
        "กำไรส่วนต่างคืนสมาชิกตามน้ำหนักที่ส่ง",
        how_en="The cooperative helps members get GAP certificates and orchard registration, tests the dry matter of "
        "every fruit before cutting, contracts directly with importers, and returns the margin by the weight each "
        "member supplied.",
        indicator=Indicator(
            "ทุเรียนที่ส่งออกผ่านสหกรณ์", "Durian exported by the cooperative", "ตัน (tonnes)", (50, 1500), 0.5
        ),
        provinces=("CTI", "RYG", "TRT", "CPN", "SNI", "NRT", "YLA"),
    ),
    Concept(
        key="pig-biosecurity",
        area=AREA,
        also=("health",),
        core_th="เลี้ยงหมูรายย่อยปลอดโรค",
        core_en="Smallholder Pig Biosecurity",
        forms=("community_enterprise", "unregistered_group"),
        summary_th="ช่วยคนเลี้ยงหมูหลังบ้านป้องกันโรคระบาดด้วยรั้ว จุดพ่นยาฆ่าเชื้อ และกติกาหมู่บ้าน แล้วกลับมาเลี้ยงหมูได้อีกครั้ง",
        summary_en="",
        problem_th="โรคระบาดในหมูทำให้คนเลี้ยงหมูรายย่อยในหมู่บ้านต้องทำลายหมูทั้งหมด หลายครอบครัวหมดตัวและไม่กล้าเลี้ยงใหม่",
        problem_en="",
        how_th="สัตวแพทย์อาสาประเมินคอกทีละหลัง กลุ่มทำรั้วและอ่างจุ่มเท้าด้วยงบจากกองทุนหมู่บ้าน ห้ามพ่อค้าหมูเข้าคอกโดยตรง "
        "ซื้อลูกหมูจากฟาร์มที่ตรวจโรคแล้วพร้อมกันทั้งกลุ่ม และตั้งกองทุนช่วยเหลือเมื่อมีหมูป่วย",
        how_en="",
        indicator=Indicator(
            "ครัวเรือนที่กลับมาเลี้ยงหมู", "Households raising pigs again", "ครัวเรือน (households)", (10, 150), 0.4
        ),
        provinces=(*NORTH, *ISAN),
    ),
    Concept(
        key="hydroponic-disabled-farmers",
        area=AREA,
        also=("finance-employment-welfare", "health"),
        core_th="ผักไฮโดรโปนิกส์คนพิการ",
        core_en="Accessible Hydroponics",
        forms=("community_enterprise", "social_enterprise_osep"),
        summary_th="โต๊ะปลูกผักไฮโดรโปนิกส์ความสูงพอดีรถเข็น ให้คนพิการในชุมชนปลูกผักสลัดขายโรงแรมและร้านอาหาร มีรายได้ทุกสัปดาห์",
        summary_en="Wheelchair-height hydroponic tables so disabled people can grow salad greens for hotels and "
        "restaurants and earn every week.",
        problem_th="คนพิการในชนบททำนาทำไร่ไม่ได้ อยู่บ้านรับเบี้ยความพิการเดือนละแปดร้อยบาท ครอบครัวมองว่าเป็นภาระ",
        problem_en="Disabled people in rural areas can't work in the fields, live on an 800-baht disability allowance "
        "and feel like a burden to their families.",
        how_th="โรงเรือนออกแบบทางเดินกว้างและโต๊ะปรับระดับได้ ระบบน้ำวนอัตโนมัติลดงานยก กลุ่มรับซื้อผักทั้งหมดส่งร้านอาหารในเมือง "
        "และสอนสมาชิกตรวจค่าปุ๋ยด้วยเครื่องวัดที่อ่านออกเสียง",
        how_en="Greenhouses have wide paths and adjustable tables, with automatic circulation to cut lifting; the "
        "group buys everything for city restaurants and teaches members to check nutrients with a talking meter.",
        indicator=Indicator("คนพิการที่มีรายได้จากผัก", "Disabled growers earning", "คน (people)", (10, 120), 0.4),
        youth_share=0.25,
    ),
    Concept(
        key="saline-soil-rice",
        area=AREA,
        also=("environmental-conservation",),
        core_th="ฟื้นดินเค็มปลูกข้าว",
        core_en="Saline Soil Recovery",
        forms=("unregistered_group", "community_enterprise"),
        summary_th="พื้นที่นาดินเค็มที่ปลูกข้าวไม่ขึ้น ถูกฟื้นด้วยการปลูกไม้ทนเค็ม ใส่ปุ๋ยพืชสด และเปลี่ยนพันธุ์ข้าว จนกลับมาเก็บเกี่ยวได้",
        summary_en="",
        problem_th="คราบเกลือขาวโพลนทั่วแปลงนา ข้าวตายเป็นหย่อม ๆ ผลผลิตไม่ถึงครึ่งของนาปกติ ชาวนาเลยปล่อยนาร้างแล้วไปรับจ้างในเมือง",
        problem_en="",
        how_th="หมอดินอาสาช่วยวัดค่าความเค็มเป็นจุด ปลูกยูคาลิปตัสและกระถินทนเค็มบนคันนาเพื่อลดระดับน้ำใต้ดิน หว่านปอเทืองไถกลบ "
        "และใช้พันธุ์ข้าวทนเค็มจากกรมการข้าว สมาชิกแลกผลการทดลองกันในวงคุยทุกฤดู",
        how_en="",
        indicator=Indicator("นาดินเค็มที่กลับมาปลูกข้าวได้", "Saline fields back in rice", "ไร่ (rai)", (50, 800), 0.3),
        provinces=("KKN", "MKM", "NMA", "KSN", "RET", "SKN", "UDN"),
    ),
    Concept(
        key="weed-goats-orchards",
        area=AREA,
        also=("environmental-conservation",),
        core_th="แพะกินหญ้าแทนยาฆ่าหญ้า",
        core_en="Weeding Goats",
        forms=("unregistered_group",),
        summary_th="",
        summary_en="Rents out goat herds to oil-palm and rubber plantations to keep weeds down instead of herbicide, "
        "while herders earn from the goats and the service.",
        problem_th="",
        problem_en="Plantations spray herbicide several times a year; it runs into streams and wells, and the workers "
        "who spray it get skin and breathing problems.",
        how_th="",
        how_en="Herders move goats between plantations on a rota, with portable electric fencing and a vet on call. "
        "Plantation owners pay a monthly fee that costs less than spraying, and the herders sell goats for meat to "
        "halal butchers.",
        indicator=Indicator("พื้นที่ที่เลิกใช้ยาฆ่าหญ้า", "Area no longer sprayed", "ไร่ (rai)", (200, 3000), 0.4),
        provinces=("SNI", "KBI", "CPN", "TRG", "NRT", "STN"),
    ),
    Concept(
        key="fair-contract-farming",
        area=AREA,
        also=(),
        core_th="เกษตรพันธสัญญาเป็นธรรม",
        core_en="Fair Contract Farming",
        forms=("foundation", "social_enterprise_osep"),
        summary_th="ช่วยเกษตรกรอ่านและต่อรองสัญญาเกษตรพันธสัญญากับบริษัท ทั้งราคารับซื้อ เกณฑ์คัดเกรด และความเสี่ยงเมื่อผลผลิตเสียหาย",
        summary_en="Helps farmers read and negotiate contract-farming agreements with companies: the purchase price, "
        "grading rules and who carries the risk when a crop fails.",
        problem_th="เกษตรกรเซ็นสัญญาปลูกตามที่บริษัทกำหนดโดยไม่ได้อ่าน พอผลผลิตถูกตีตกเกรดหรือบริษัทไม่รับซื้อ ก็ติดหนี้ค่าปัจจัยการผลิต",
        problem_en="Farmers sign growing contracts without reading them; when the crop is downgraded or the company "
        "won't buy, they are left owing for the seeds and inputs.",
        how_th="นักกฎหมายอาสาแปลสัญญาเป็นภาษาง่ายพร้อมจุดที่ต้องระวัง เกษตรกรรวมกลุ่มต่อรองเงื่อนไขกับบริษัท "
        "ทีมรวบรวมสัญญาที่ไม่เป็นธรรมส่งต่อกรมส่งเสริมการเกษตรตาม พ.ร.บ. ส่งเสริมและพัฒนาระบบเกษตรพันธสัญญา",
        how_en="Volunteer lawyers translate contracts into plain language with the clauses to watch, farmers "
        "negotiate terms as a group, and unfair contracts are reported to the agriculture extension department under "
        "the contract-farming law.",
        indicator=Indicator("สัญญาที่ได้รับการทบทวน", "Contracts reviewed", "ฉบับ (contracts)", (50, 1000), 0.5),
        provinces=(*HIGHLAND, *ISAN),
    ),
    Concept(
        key="urban-rooftop-rice",
        area=AREA,
        also=("urbanisation", "public-sector-education"),
        core_th="แปลงนาบนดาดฟ้าโรงเรียน",
        core_en="Rooftop Paddy School",
        forms=("unregistered_group", "foundation"),
        summary_th="",
        summary_en="Rice paddies and vegetable beds on city school rooftops, where children who have never seen a "
        "farm grow, harvest and cook their own food.",
        problem_th="",
        problem_en="City children grow up without knowing where food comes from, eat few vegetables, and see farming "
        "as the last job anyone would choose.",
        how_th="",
        how_en="Volunteers build light paddy beds on school roofs and teach a season-long programme linked to the "
        "science curriculum. Farmers from partner villages visit to teach planting and harvesting, and the rice is "
        "cooked in the school canteen at the end of term.",
        indicator=Indicator("นักเรียนที่ได้ปลูกข้าวเอง", "Pupils who grew rice", "คน (pupils)", (100, 3000), 0.5),
        provinces=BANGKOK_METRO,
        urban=True,
        youth_share=0.4,
    ),
    Concept(
        key="coconut-sugar-craft",
        area=AREA,
        also=("tourism-culture",),
        core_th="น้ำตาลมะพร้าวแท้",
        core_en="Pure Coconut Sugar",
        forms=("community_enterprise",),
        summary_th="ชาวสวนมะพร้าวที่ยังขึ้นตาลเก็บน้ำหวานแบบดั้งเดิม ทำน้ำตาลมะพร้าวแท้ไม่ผสมน้ำตาลทราย ขายตรงให้ร้านขนมและคาเฟ่",
        summary_en="",
        problem_th="น้ำตาลมะพร้าวในตลาดส่วนใหญ่ผสมน้ำตาลทราย ราคาน้ำตาลแท้สู้ไม่ได้ คนขึ้นตาลรุ่นสุดท้ายเลิกทำ สวนมะพร้าวถูกขายทิ้ง",
        problem_en="",
        how_th="กลุ่มตรวจความบริสุทธิ์ของน้ำตาลทุกล็อตด้วยห้องแล็บมหาวิทยาลัย ติดฉลากพร้อมชื่อคนขึ้นตาล "
        "ทำสัญญาซื้อกับร้านขนมไทยและคาเฟ่ในราคาที่คุ้มค่าแรง และฝึกหนุ่มสาวในชุมชนขึ้นตาลอย่างปลอดภัย",
        how_en="",
        indicator=Indicator("น้ำตาลมะพร้าวแท้ที่ขายได้", "Pure coconut sugar sold", "กิโลกรัม (kg)", (1000, 15000), 0.4),
        provinces=("SKM", "SKN", "PBI", "RBR"),
    ),
)
