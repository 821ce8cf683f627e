/**
 * Everyday product words of Greek, Romanian, Norwegian and Danish, Finnish, Hungarian, Ukrainian and
 * Russian that the earlier lists (everyday-regions-2.ts, the translated taxonomy) leave out (issue
 * #15): the nouns a shop in those countries puts first in a title for clothing, furniture, kitchen
 * and table linen, toys, toiletries, food and drink, pet and baby goods, garden, lighting, small
 * appliances and phone accessories. Written for this list from ordinary dictionary vocabulary (not
 * taken from any evaluation title). One row per concept, one entry per language; same syntax as
 * synonyms.ts ("word~0.6" for a word with a second meaning).
 *
 * A word Russian and Ukrainian share ("табурет", "мангал", "наволочка", "бра") is listed once, under ru.
 * Only the form the inflection rules (rules/inflection.ts) and the key folding (text.ts) do not
 * reach is listed: a Greek or Finnish plural they rewrite, a Russian case ending, a Norwegian
 * definite form are left to them. A word is left out, or listed only inside a phrase, where it
 * folds onto another language's product word: Romanian "raft" (shelf) is an English raft,
 * Norwegian "duk" (tablecloth) a Dutch word, Danish "dug" an English verb, Finnish "voi" (butter)
 * Italian "you", Russian "нож" (knife) reads as a pocket knife alone.
 */
type Lang = 'no' | 'fi' | 'hu' | 'ro' | 'uk' | 'el' | 'ru';

const REGIONS: Record<string, Partial<Record<Lang, string>>> = {
  // Clothing.
  'Apparel & Accessories > Clothing > Shirts & Tops': {
    hu: 'ing~0.8, férfi ing, női ing, kapucnis pulóver',
    el: 'φούτερ με κουκούλα',
  },
  'Apparel & Accessories > Clothing > Pants': {
    fi: 'leggingsit, legginsit',
    el: 'κολάν',
    ru: 'леггинсы, лосины',
    uk: 'легінси, лосини',
  },
  'Apparel & Accessories > Clothing > Shorts': {
    el: 'σορτς, βερμούδα',
    ro: 'pantaloni scurți, șort, șorturi',
    fi: 'shortsit, shortseja',
    hu: 'rövidnadrág',
  },
  'Apparel & Accessories > Clothing > Underwear & Socks > Hosiery': {
    no: 'strømpebukse, strømpebukser',
    fi: 'sukkahousut',
    hu: 'harisnya, harisnyanadrág',
    ro: 'dresuri, ciorapi cu chilot',
    ru: 'колготки',
    uk: 'колготи',
    el: 'καλσόν',
  },
  'Apparel & Accessories > Shoes': {
    no: 'tøfler, tøffel',
    fi: 'tohvelit, tohveli, sandaalit, sandaali',
    uk: 'босоніжки',
  },
  'Apparel & Accessories > Clothing > Baby & Toddler Clothing > Baby One-Pieces': {
    no: 'babybody',
    fi: 'vauvan body',
    hu: 'baba body, bébi body',
    ro: 'body pentru bebeluși, body bebe',
    ru: 'боди',
    uk: 'боді',
    el: 'κορμάκι',
  },
  'Apparel & Accessories > Jewelry > Necklaces': {
    ru: 'цепочка, колье',
    uk: 'ланцюжок, кольє',
  },
  'Apparel & Accessories > Clothing Accessories > Sunglasses': {
    ru: 'солнцезащитные очки, очки солнцезащитные',
    uk: 'сонцезахисні окуляри, окуляри сонцезахисні',
  },
  'Home & Garden > Parasols & Rain Umbrellas': {
    fi: 'sateenvarjo',
    hu: 'esernyő',
    ro: 'umbrelă, umbrele',
    uk: 'парасолька, парасоля',
    el: 'ομπρέλα',
  },
  // Furniture.
  'Furniture > Tables > Nightstands': {
    no: 'nattbord, natbord',
    fi: 'yöpöytä',
    hu: 'éjjeliszekrény',
    ro: 'noptieră, noptiere',
    ru: 'тумба прикроватная, прикроватная тумба, тумбочка прикроватная',
    uk: 'тумба приліжкова, приліжкова тумба',
    el: 'κομοδίνο',
  },
  'Furniture > Office Furniture > Desks': {
    ru: 'компьютерный стол, стол компьютерный, письменный стол, стол письменный',
    uk: "комп'ютерний стіл, стіл комп'ютерний, письмовий стіл, стіл письмовий",
  },
  'Furniture > Chairs > Table & Bar Stools': {
    hu: 'bárszék',
    ru: 'табурет, барный стул',
    uk: 'барний стілець',
  },
  'Furniture > Shelving': {
    ro: 'rafturi, raft de perete, raft metalic, etajeră, etajere',
    el: 'ραφιέρα',
  },
  // Kitchen and table.
  'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers': {
    no: 'matboks, oppbevaringsboks, madkasse, opbevaringsboks',
    fi: 'säilytysrasia, ruokarasia, eväsrasia',
    hu: 'ételtároló, ételtároló doboz, uzsonnás doboz',
    ro: 'recipient alimentar, recipiente alimentare, cutie pentru alimente',
    el: 'δοχείο φαγητού, δοχείο τροφίμων, φαγητοδοχείο',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives': {
    no: 'kokkekniv, kjøkkenkniv, køkkenkniv, brødkniv',
    hu: 'szakácskés, konyhakés, kenyérvágó kés',
    ru: 'нож поварской, поварской нож, кухонный нож, нож кухонный',
    uk: 'ніж кухарський, кухарський ніж, кухонний ніж, ніж кухонний',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards': {
    ru: 'разделочная доска, доска разделочная',
    uk: 'обробна дошка, дошка обробна, дошка для нарізання',
  },
  'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates': {
    hu: 'tányér, tányérok, tányérkészlet',
    el: 'πιάτο, σερβίτσιο',
  },
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Thermoses': {
    fi: 'termospullo, termosmuki',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Outdoor Grills': {
    fi: 'grilli, hiiligrilli, kaasugrilli',
    ro: 'grătar, grătare',
    ru: 'мангал',
    el: 'ψησταριά',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers': {
    hu: 'forrólevegős sütő',
    ru: 'аэрогриль, аэрофритюрница',
    uk: 'аерогриль, аерофритюрниця',
    el: 'φριτέζα αέρος',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines': {
    el: 'μηχανή καφέ, μηχανή εσπρέσο',
  },
  'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators': {
    el: 'ψυγειοκαταψύκτης',
  },
  'Home & Garden > Household Appliances > Laundry Appliances > Dryers': {
    el: 'στεγνωτήριο ρούχων, στεγνωτήριο',
  },
  'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles': {
    el: 'μπουκάλι νερού, παγούρι',
  },
  'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Combs & Brushes': {
    el: 'βούρτσα μαλλιών',
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food': {
    el: 'τροφή σκύλων, τροφή για σκύλους',
  },
  // Linens.
  'Home & Garden > Linens & Bedding > Bedding': {
    fi: 'pussilakanasetti, lakanasetti',
    uk: 'постільна білизна, комплект постільної білизни',
  },
  'Home & Garden > Linens & Bedding > Bedding > Bed Sheets': {
    ro: 'cearșafuri',
  },
  'Home & Garden > Linens & Bedding > Bedding > Pillowcases & Shams': {
    no: 'putevar, putetrekk, pudebetræk',
    fi: 'tyynyliina',
    hu: 'párnahuzat',
    ro: 'față de pernă, fețe de pernă',
    ru: 'наволочка',
    el: 'μαξιλαροθήκη',
  },
  'Home & Garden > Linens & Bedding > Table Linens > Tablecloths': {
    no: 'bordduk, borddug',
    fi: 'pöytäliina',
    hu: 'asztalterítő, terítő',
    ro: 'față de masă, fețe de masă',
    ru: 'скатерть',
    uk: 'скатертина',
    el: 'τραπεζομάντιλο',
  },
  'Home & Garden > Linens & Bedding > Bedding > Blankets': {
    fi: 'huopa, fleecehuopa',
  },
  'Home & Garden > Linens & Bedding > Towels': {
    hu: 'fürdőlepedő, strandlepedő',
  },
  // Toys.
  'Toys & Games > Toys > Building Toys': {
    no: 'byggeklosser, byggeklodser',
    fi: 'rakennuspalikat, palikat',
    hu: 'építőkocka, építőjáték',
    ro: 'cuburi de construcție, piese de construcție, joc de construcție',
    el: 'τουβλάκια',
  },
  'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks': {
    no: 'radiostyrt bil, fjernstyrt bil',
    fi: 'kauko-ohjattava auto',
    hu: 'távirányítós autó',
    ro: 'mașinuță cu telecomandă, mașină cu telecomandă',
    ru: 'машинка на радиоуправлении, радиоуправляемая машина',
    uk: 'машинка на радіокеруванні, радіокерована машинка',
    el: 'τηλεκατευθυνόμενο αυτοκίνητο, τηλεκατευθυνόμενο',
  },
  'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals': {
    uk: "м'яка іграшка",
  },
  // Toiletries and cosmetics.
  'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne': {
    fi: 'hajuvesi, hajuvedet',
    ru: 'парфюмерная вода, туалетная вода',
    uk: 'парфумована вода, туалетна вода, парфуми',
    el: 'άρωμα~0.7, κολόνια',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer': {
    fi: 'kosteusvoide, päivävoide, yövoide, kasvovoide, voide~0.6',
    el: 'κρέμα χεριών, κρέμα σώματος',
  },
  'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen': {
    no: 'solkrem, solcreme',
    fi: 'aurinkovoide',
    hu: 'naptej, napkrém',
    ro: 'protecție solară, cremă de protecție solară',
    uk: 'сонцезахисний крем',
    el: 'αντηλιακό, αντηλιακή κρέμα',
  },
  'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Body Wash': {
    no: 'dusjsåpe, dusjgel, brusegel',
    fi: 'suihkusaippua, suihkugeeli',
    hu: 'tusfürdő',
    ro: 'gel de duș',
    el: 'αφρόλουτρο',
  },
  // Food and drink.
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits': {
    no: 'akevitt, brennevin',
    el: 'ούζο',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits > Brandy': {
    hu: 'pálinka, szilvapálinka',
    ro: 'țuică, pălincă',
    el: 'τσίπουρο',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits > Whiskey': {
    el: 'ουίσκι',
  },
  'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer': {
    hu: 'sör~0.8, dobozos sör, világos sör',
  },
  'Food, Beverages & Tobacco > Beverages > Tea & Infusions': {
    no: 'grønn te, grøn te, svart te, sort te, urtete',
  },
  'Food, Beverages & Tobacco > Food Items > Snack Foods > Chips': {
    no: 'potetgull, potetchips',
    fi: 'perunalastut, sipsit',
    ro: 'chipsuri',
    ru: 'чипсы',
    uk: 'чипси',
    el: 'πατατάκια',
  },
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Yogurt': {
    ro: 'iaurt',
    el: 'γιαούρτι',
  },
  'Food, Beverages & Tobacco > Food Items > Dairy Products > Butter & Margarine': {
    ru: 'масло сливочное, сливочное масло',
    uk: 'масло вершкове, вершкове масло',
  },
  'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs > Meat': {
    no: 'pølse, pølser',
    fi: 'makkara',
    hu: 'kolbász, házikolbász, virsli',
    ro: 'cârnați, cârnat',
    uk: 'ковбаса, сосиски',
    el: 'λουκάνικο',
  },
  // Pet and baby.
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter': {
    no: 'kattesand, kattegrus',
    fi: 'kissanhiekka',
    hu: 'macskaalom',
    ro: 'nisip pentru pisici, așternut pentru pisici',
    ru: 'наполнитель для кошачьего туалета, наполнитель для кошек',
    uk: 'наповнювач для котячого туалету, наповнювач для котів',
    el: 'άμμος γάτας, άμμος υγιεινής',
  },
  'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds': {
    no: 'hundeseng',
    fi: 'koiranpeti, koiran peti',
    hu: 'kutyafekhely, kutyaágy',
    ro: 'pat pentru câini',
    uk: 'лежак для собак, лежанка для собак',
    el: 'κρεβάτι σκύλου',
  },
  'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture': {
    no: 'klorestativ, kradsetræ',
    fi: 'raapimapuu',
    hu: 'macskakaparó, kaparófa',
    ro: 'ansamblu de joacă pentru pisici, stâlp de zgâriat',
    uk: 'кігтеточка, дряпка',
    el: 'ονυχοδρόμιο',
  },
  'Baby & Toddler > Baby Health > Pacifiers & Teethers': {
    fi: 'tutit',
  },
  'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats': {
    no: 'bilstol, autostol',
    fi: 'turvaistuin',
    hu: 'gyerekülés, autósülés',
    ro: 'scaun auto',
    uk: 'автокрісло',
    el: 'κάθισμα αυτοκινήτου',
  },
  // Garden and lighting.
  'Home & Garden > Plants > Seeds': {
    no: 'frø~0.8, tomatfrø',
  },
  'Home & Garden > Lighting > Light Ropes & Strings': {
    no: 'led-list, led-stripe, led-strip',
    fi: 'led-nauha',
    hu: 'led szalag',
    ro: 'bandă led, banda led',
    ru: 'светодиодная лента',
    uk: 'світлодіодна стрічка',
    el: 'ταινία led',
  },
  'Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures': {
    ru: 'бра, настенный светильник',
    uk: 'настінний світильник',
  },
  // Books.
  'Media > Books': {
    fi: 'romaani',
    ru: 'роман~0.6',
  },
  // Phone accessories.
  'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors': {
    no: 'skjermbeskytter, skjermbeskyttelse, skærmbeskytter, panserglass',
    fi: 'näytönsuoja, panssarilasi',
    hu: 'kijelzővédő, kijelzővédő fólia',
    ro: 'folie de protecție, folie protecție ecran, sticlă securizată',
    ru: 'защитное стекло, защитная пленка',
    uk: 'захисне скло, захисна плівка',
    el: 'προστατευτικό οθόνης, τζάμι προστασίας',
  },
  'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Stands': {
    no: 'mobilholder',
    fi: 'puhelinteline',
    hu: 'telefontartó',
    ro: 'suport telefon',
    ru: 'держатель для телефона',
    uk: 'тримач для телефону',
    el: 'βάση κινητού',
  },
};

/** The word lists as synonyms.ts rows: [taxonomy path, comma-separated phrases]. */
export const EVERYDAY_REGIONS_3: [string, string][] = Object.entries(REGIONS).map(([path, byLang]) => [
  path,
  Object.values(byLang).join(', '),
]);
