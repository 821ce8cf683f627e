/**
 * Everyday product words for the classes the other lists leave thin (#15): the hardware-store
 * items (fasteners, hinges, padlocks, sealant, sandpaper, ladders, tool sets, pipe fittings), the
 * religious and ceremonial goods (prayer beads, crucifixes, menorahs, altars, urns) and the knives,
 * airsoft and weapon-care items the taxonomy files under Mature or Sporting Goods, in the languages
 * of the other lists plus Turkish and Danish; and Turkish everyday nouns across the departments,
 * which no translated taxonomy covers. Written for this list from ordinary dictionary vocabulary
 * (the nouns a shop puts first in a title), not taken from any evaluation title. Same syntax as
 * synonyms.ts ("word~0.6" for a word with a second meaning). Turkish words are listed in their
 * bare form: the plural and the compound's possessive ending ("vidaları", "menteşesi") are read by
 * rules/inflection.ts. Left out: words that name another product in a language of the other lists
 * (Turkish "pul", a washer, is a stamp; "bal", honey, a ball in French).
 */
const MORE: Record<string, string[]> = {
  // Hardware: fasteners, fittings, locks, consumables.
  'Hardware > Hardware Accessories > Hardware Fasteners > Screws': [
    'wood screw, holzschraube, spax~0.7, vis a bois, tornillo, vite~0.5, parafuso, wkręt, wkręty, schroef, skruv, skrue, træskrue',
    'vida~0.5, ahşap vidası, sunta vidası, 木ネジ, ネジ, 螺丝, 螺钉, 自攻螺丝, 木螺丝, 나사',
  ],
  'Hardware > Hardware Accessories > Hardware Fasteners > Nails': [
    'nagel~0.5, clou~0.5, clavo, chiodo, prego~0.5, gwóźdź, gwoździe, spijker, spik, çivi, 釘, 钉子, 铁钉',
  ],
  'Hardware > Hardware Accessories > Hardware Fasteners > Nuts & Bolts': [
    'schraubenmutter, boulon, ecrou, perno~0.6, tuerca, bullone, dado~0.4, porca~0.6, śruba, nakrętka, moer~0.6, møtrik, cıvata, civata, somun~0.6',
    'ボルト, ナット, 螺栓, 螺母, 볼트, 너트',
  ],
  'Hardware > Hardware Accessories > Hardware Fasteners > Drywall Anchors': [
    'wall plug, rawlplug, cheville, tassello, bucha, kołek rozporowy, plugg~0.6, rawplug, dyvel, dübel, 膨胀螺丝, 膨胀管, 앵커~0.6',
  ],
  'Hardware > Hardware Accessories > Hinges': [
    'charniere, bisagra, cerniera, dobradiça, zawias, zawiasy, scharnier~0.4, gångjärn, hængsel, hængsler, menteşe, 蝶番, 丁番, ヒンジ, 合页, 铰链, 경첩',
  ],
  'Hardware > Locks & Keys > Locks & Latches': [
    'kłódka, hangslot, hänglås, hængelås, asma kilit, kilit~0.7, 南京錠, 錠前, 挂锁, 门锁, 자물쇠, 번호자물쇠, 도어락',
  ],
  'Hardware > Building Materials > Door Hardware > Door Knobs & Handles': [
    'türgriff, turklinke, poignee de porte, manija, maniglia, maçaneta, klamka, deurklink, dörrhandtag, dørhåndtag, kapı kolu, ドアノブ, 门把手, 문손잡이',
  ],
  'Hardware > Building Consumables > Protective Coatings & Sealants': [
    'sealant, caulk, silikonfuge, dichtstoff, mastic, silicona, sigillante, silicone sigillante, selante, silikon uszczelniający, kit silikonowy',
    'fogmassa, fugemasse, silikone~0.6, mastik, silikon mastik, シーリング材, コーキング材, コーキング, 玻璃胶, 密封胶, 실리콘 실란트, 실란트, 코킹',
  ],
  'Hardware > Tool Accessories > Sanding Accessories > Sandpaper & Sanding Sponges': [
    'sandpaper, sanding sheet, sanding sponge, schleifpapier, schleifschwamm, papier de verre, papier abrasif, papel de lija, lija, carta vetrata, lixa~0.6',
    'papier ścierny, schuurpapier, sandpapper, slippapper, sandpapir, slibepapir, zımpara, zımpara kağıdı, 紙やすり, サンドペーパー, 耐水ペーパー, 砂纸, 사포',
  ],
  'Hardware > Tools > Ladders & Scaffolding > Ladders': [
    'merdiven, trappestige, stige~0.6, 脚立, はしご, 梯子, 人字梯, 折叠梯, 사다리',
  ],
  'Hardware > Tools > Tool Sets': [
    'tool set, tool kit, werkzeugset, werkzeugkoffer, caisse a outils, juego de herramientas, set attrezzi, jogo de ferramentas, zestaw narzędzi, gereedschapsset',
    'verktygssats, værktøjssæt, alet seti, takım çantası, 工具セット, 工具套装, 공구세트',
  ],
  'Hardware > Tools > Screwdrivers': [
    'skruetrækker, skruetrækkersæt, tornavida, tornavida seti, ドライバーセット, 精密ドライバー, 螺丝刀, 起子, 드라이버세트',
  ],
  'Hardware > Tools > Hammers': ['çekiç, 金槌, ハンマー, 锤子, 망치'],
  'Hardware > Tools > Pliers': ['pense, ペンチ, 钳子, 펜치'],
  'Hardware > Tools > Wrenches': ['skiftenøgle, anahtar takımı, スパナ, 六角レンチ, 扳手, 스패너'],
  'Hardware > Tools > Saws': ['sav~0.6, testere, のこぎり, 锯子'],
  'Hardware > Tools > Measuring Tools & Sensors': [
    'vaterpas, målebånd, su terazisi, şerit metre, 水平器, 卷尺, 水平仪, 줄자, 수평계',
  ],
  'Hardware > Plumbing > Plumbing Fittings & Supports > Pipe Connectors': [
    'pipe fitting, rohrverbinder, raccord, racor, raccordo, conexão~0.6, złączka, kopling~0.5, rørfitting, rakor, 継手, 管件, 接头~0.5, 피팅~0.6',
  ],
  'Hardware > Plumbing > Plumbing Fixtures > Faucets': ['vandhane, musluk, 蛇口, 水栓, 水龙头, 수도꼭지'],
  'Hardware > Plumbing > Plumbing Fittings & Supports > Plumbing Valves': ['vana, 止水栓, 阀门, 밸브'],
  'Hardware > Building Consumables > Painting Consumables > Paint': ['maling~0.6, boya~0.6, ペンキ, 油漆, 페인트'],
  // Religious and ceremonial.
  'Religious & Ceremonial > Religious Items > Prayer Beads': [
    'rosary, rosaries, rosenkranz, chapelet, rosario~0.7, terço~0.7, różaniec, rozenkrans, radband, rosenkrans, tesbih, tespih',
    'misbaha, mala beads, japamala, prayer beads, gebetskette, 数珠, 念珠, ロザリオ, 佛珠, 念珠手串, 묵주, 염주',
  ],
  'Religious & Ceremonial > Religious Items': [
    'crucifix, kruzifix, crucifixo, crucifijo, crocifisso, krucyfiks, krucifix, menorah, menora, hanukkiah, chanukkia, prayer rug, prayer mat',
    'gebetsteppich, seccade, namazlık, holy water, weihwasser, 十字架~0.7, お守り, 佛像, 観音像, 십자가~0.7',
  ],
  'Religious & Ceremonial > Religious Items > Religious Altars': ['hausaltar, 仏壇, 神棚, 佛龛, 神龛'],
  'Religious & Ceremonial > Memorial Ceremony Supplies > Memorial Urns': [
    'cremation urn, urn~0.7, urne~0.7, urna~0.6, askeurne, urne funeraire, 骨壷, 骨灰盒, 유골함',
  ],
  'Home & Garden > Decor > Home Fragrances > Candles': [
    'altar candle, altarkerze, taufkerze, kirchenkerze, kirkelys, alterlys, 蝋燭, ろうそく, 蜡烛, 양초',
  ],
  'Home & Garden > Decor > Home Fragrances > Incense': ['weihrauch, røgelse, rökelse, tütsü, お香, 線香, 盘香, 线香'],
  // Knives, airsoft and weapons, where the taxonomy files them.
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Tools > Multifunction Tools & Knives': [
    'pocket knife, folding knife, penknife, multitool, multi tool, taschenmesser, klappmesser, couteau de poche, couteau pliant, couteau suisse, navaja, coltello tascabile',
    'canivete, scyzoryk, zakmes, fickkniv, lommekniv, çakı, 折りたたみナイフ, マルチツール, 十徳ナイフ, 折叠刀, 瑞士军刀, 多功能刀, 접이식칼, 맥가이버칼',
  ],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Tools > Hunting & Survival Knives': [
    'hunting knife, survival knife, bushcraft knife, jagdmesser, couteau de chasse, cuchillo de caza, coltello da caccia, faca de caça, nóż myśliwski',
    'jachtmes, jaktkniv, jagtkniv, av bıçağı, av bıçak, kamp bıçağı, kamp bıçak, サバイバルナイフ, ハンティングナイフ, アウトドアナイフ, 猎刀, 求生刀, 캠핑나이프, 사냥칼',
  ],
  'Mature > Weapons > Combat Knives': [
    'combat knife, tactical knife, dagger, kampfmesser, dolch, poignard, daga~0.6, puñal, pugnale, sztylet, dolk, kampkniv, hançer, ダガー, 匕首, 단검',
  ],
  'Mature > Weapons > Swords': ['katana, schwert, miecz, zwaard, svärd, sværd, kılıç, 日本刀, 武士刀'],
  'Mature > Weapons > Mace & Pepper Spray': [
    'pepper spray, pfefferspray, bombe lacrymogene, gas pimienta, spray al peperoncino, spray de pimenta, gaz pieprzowy, pepperspray, peberspray, biber gazı',
    '催涙スプレー, 防狼喷雾, 호신용 스프레이',
  ],
  'Mature > Weapons > Stun Guns & Tasers': ['taser, elektroschocker, şok cihazı, スタンガン, 电击棒, 전기충격기'],
  'Mature > Weapons > Clubs & Batons': ['schlagstock, matraque, 警棒, 甩棍, 삼단봉'],
  'Mature > Weapons > Nunchucks': ['nunchaku, nunchucks, ヌンチャク, 双节棍, 쌍절곤'],
  'Mature > Weapons > Brass Knuckles': ['brass knuckles, schlagring, muşta'],
  'Mature > Weapons > Whips': ['bullwhip, peitsche, látigo, kırbaç'],
  'Mature > Weapons > Gun Care & Accessories > Gun Holsters': [
    'holster, pistolenholster, kabura~0.5, ホルスター, 枪套, 홀스터',
  ],
  'Mature > Weapons > Gun Care & Accessories > Gun Cleaning': ['waffenreinigung, gun cleaning, silah temizleme'],
  'Mature > Erotic > Sex Toys': ['vibrator, vibratör, dildo, sex toy, sextoy, sexspielzeug, 바이브레이터, 跳蛋'],
  'Sporting Goods > Outdoor Recreation > Hunting & Shooting > Paintball & Airsoft > Airsoft > Airsoft Guns': [
    'airsoft gun, airsoft pistol, softair, softairwaffe, エアガン, 電動ガン, ガスガン, 에어소프트건, 비비탄총',
  ],
  'Sporting Goods > Outdoor Recreation > Hunting & Shooting > Paintball & Airsoft > Airsoft > Airsoft Pellets': [
    'bb pellets, softair kugeln, bb弾, 비비탄',
  ],
  // Turkish everyday nouns, by department.
  'Apparel & Accessories > Clothing > Shirts & Tops': ['kazak, hırka, atlet~0.6, tunik, sweatshirt'],
  'Apparel & Accessories > Clothing > Pants': ['pantolon, eşofman altı, tayt, kot pantolon'],
  'Apparel & Accessories > Clothing > Skirts': ['etek'],
  'Apparel & Accessories > Clothing > Shorts': ['şort'],
  'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets': ['ceket, parka, yağmurluk'],
  'Apparel & Accessories > Clothing > Underwear & Socks': ['çorap, iç çamaşırı, külot, boxer~0.6'],
  'Apparel & Accessories > Clothing > Underwear & Socks > Bras': ['sütyen'],
  'Apparel & Accessories > Clothing > Sleepwear & Loungewear': ['pijama, gecelik, sabahlık, bornoz'],
  'Apparel & Accessories > Clothing > Swimwear': ['bikini'],
  'Apparel & Accessories > Shoes': ['çizme, terlik, sandalet, spor ayakkabı'],
  'Apparel & Accessories > Clothing Accessories > Hats': ['şapka, bere~0.6'],
  'Apparel & Accessories > Clothing Accessories > Scarves & Shawls': ['atkı, eşarp'],
  'Apparel & Accessories > Clothing Accessories > Gloves & Mittens': ['eldiven'],
  'Apparel & Accessories > Clothing Accessories > Belts': ['kemer'],
  'Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips': ['cüzdan'],
  'Apparel & Accessories > Handbags, Wallets & Cases > Handbags': ['el çantası, omuz çantası, çanta~0.7'],
  'Apparel & Accessories > Jewelry > Necklaces': ['kolye'],
  'Apparel & Accessories > Jewelry > Bracelets': ['bileklik, bilezik'],
  'Apparel & Accessories > Jewelry > Earrings': ['küpe'],
  'Apparel & Accessories > Jewelry > Rings': ['yüzük'],
  'Apparel & Accessories > Jewelry > Watches': ['kol saati'],
  'Apparel & Accessories > Clothing Accessories > Sunglasses': ['güneş gözlüğü'],
  'Electronics > Communications > Telephony > Mobile Phones': ['cep telefonu, akıllı telefon'],
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases': [
    'telefon kılıfı, kılıf~0.6',
  ],
  'Electronics > Audio > Audio Components > Headphones & Headsets': ['kulaklık'],
  'Electronics > Audio > Audio Components > Speakers': ['hoparlör'],
  'Electronics > Computers > Laptops': ['dizüstü bilgisayar'],
  'Electronics > Video > Computer Monitors': ['monitör'],
  'Electronics > Video > Televisions': ['televizyon'],
  'Electronics > Electronics Accessories > Power > Power Adapters & Chargers': ['şarj aleti, şarj cihazı'],
  'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards': ['klavye'],
  'Cameras & Optics > Cameras > Digital Cameras': ['fotoğraf makinesi'],
  'Electronics > Electronics Accessories > Power > Power Strips & Surge Suppressors': ['uzatma kablosu, grup priz'],
  'Home & Garden > Linens & Bedding > Bedding > Duvet Covers': ['nevresim, nevresim takımı'],
  'Home & Garden > Linens & Bedding > Bedding > Pillows': ['yastık'],
  'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters': ['yorgan'],
  'Home & Garden > Linens & Bedding > Bedding > Blankets': ['battaniye'],
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': ['çarşaf'],
  'Home & Garden > Linens & Bedding > Towels': ['havlu'],
  'Home & Garden > Decor > Rugs': ['halı'],
  'Home & Garden > Decor > Window Treatments > Curtains & Drapes': ['perde'],
  'Home & Garden > Decor > Mirrors': ['ayna'],
  'Home & Garden > Decor > Vases': ['vazo'],
  'Home & Garden > Lighting > Lighting Fixtures > Chandeliers': ['avize'],
  'Home & Garden > Lighting > Light Bulbs': ['ampul'],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans': ['tava'],
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Pressure Cookers & Canners': ['düdüklü tencere'],
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': [
    'bıçak, mutfak bıçağı',
    // Italian and French knives: the taxonomies' translations file them under dive knives (Boating &
    // Water Sports) and collectible weapons; a knife sold in a shop is a kitchen knife unless a
    // phrase says pocket, hunting or Swiss (the pocket-knife line above).
    'coltello, coltelli, coltello da cucina, coltelli da cucina, couteau, couteaux, couteau de cuisine, couteaux de cuisine',
  ],
  'Home & Garden > Kitchen & Dining > Tableware > Drinkware': ['bardak, fincan'],
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates': ['yemek tabağı'],
  'Home & Garden > Kitchen & Dining > Tableware > Flatware': ['çatal, kaşık, çatal bıçak takımı'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills': ['tost makinesi'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Microwave Ovens': ['mikrodalga'],
  'Home & Garden > Household Appliances > Laundry Appliances > Irons & Ironing Systems': ['ütü'],
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Dishwashers': ['bulaşık makinesi'],
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Hair Dryers': [
    'saç kurutma makinesi, fön makinesi',
  ],
  'Furniture > Tables': ['masa~0.7, sehpa'],
  'Furniture > Sofas': ['kanepe, koltuk takımı'],
  'Furniture > Chairs > Arm Chairs, Recliners & Sleeper Chairs': ['koltuk~0.7, berjer'],
  'Furniture > Beds & Accessories > Beds & Bed Frames': ['karyola, baza'],
  'Furniture > Beds & Accessories > Mattresses': ['yatak~0.7'],
  'Furniture > Cabinets & Storage > Armoires & Wardrobes': ['gardırop'],
  'Furniture > Shelving > Bookcases & Standing Shelves': ['kitaplık'],
  'Furniture > Cabinets & Storage > Dressers': ['şifonyer'],
  'Furniture > Tables > Nightstands': ['komodin'],
  'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner': ['şampuan, saç kremi'],
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Lip Makeup > Lipstick': ['ruj'],
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Foundations & Concealers': ['fondöten'],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer': ['nemlendirici'],
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen': ['güneş kremi'],
  'Health & Beauty > Personal Care > Oral Care > Toothbrushes': ['diş fırçası'],
  'Health & Beauty > Personal Care > Oral Care > Toothpaste': ['diş macunu'],
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Bar Soap': ['sabun'],
  'Health & Beauty > Personal Care > Shaving & Grooming > Electric Razors': ['tıraş makinesi'],
  'Baby & Toddler > Diapering > Diapers': ['bebek bezi'],
  'Baby & Toddler > Nursing & Feeding > Baby Bottles': ['biberon'],
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': ['emzik'],
  'Baby & Toddler > Baby Transport > Baby Strollers': ['bebek arabası'],
  'Toys & Games > Puzzles': ['yapboz'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dolls': ['oyuncak bebek'],
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': ['peluş'],
  'Toys & Games > Games > Board Games': ['kutu oyunu'],
  'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats': ['yoga matı'],
  'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights': ['dambıl'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents': ['çadır'],
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags': ['uyku tulumu'],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food': ['kedi maması'],
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': ['köpek maması'],
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': ['kedi kumu'],
  'Luggage & Bags > Suitcases': ['valiz, bavul'],
  'Office Supplies > Office Instruments > Writing & Drawing Instruments': ['kalem'],
  'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads': ['defter, ajanda'],
  'Food, Beverages & Tobacco > Beverages > Tea & Infusions': ['çay~0.7'],
  'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils': ['zeytinyağı'],
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Cheese': ['peynir'],
  'Food, Beverages & Tobacco > Food Items > Candy & Chocolate': ['çikolata'],
  'Food, Beverages & Tobacco > Food Items > Pasta & Noodles': ['makarna'],
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires':
    ['oto lastiği, araba lastiği'],
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_MORE: [string, string][] = Object.entries(MORE).map(([path, lines]) => [path, lines.join(', ')]);
