/**
 * Issue #15, categories in their own language: titles in Greek, Romanian, Norwegian, Danish,
 * Finnish, Hungarian, Russian and Ukrainian, written for these tests as a shop in those countries
 * writes them (none is taken from an evaluation set). Each fails on the round-22 classifier:
 * - the product nouns the word lists did not have (scripts/classify/everyday-regions-3.ts);
 * - the Greek genitive plural and the Romanian definite articles, which
 *   the inflection rules did not read (rules/inflection.ts);
 * - Ukrainian and Greek titles, which name the product first ("Рюкзак ноутбук", "Ποτήρια
 *   κρασιού") but were read head last (lexicon.ts HEAD_FIRST_LANGS);
 * - the Greek, Romanian, Ukrainian and Norwegian "for" and "with" words (cues.ts);
 * - Nordic, Finnish and Hungarian compounds whose head is shorter than the compound rule read
 *   ("vinter|sko", "kahvi|muki", "túra|cipő");
 * - Nordic and Russian colour and size words that fold onto another language's product
 *   (rules/false-friends.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { otherForms } from './rules/inflection';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';
/** The node or one below it. */
const within = (path: string, node: string) => path === node || path.startsWith(`${node} > `);

const BABYCLOTH = 'Apparel & Accessories > Clothing > Baby & Toddler Clothing';
const BEDDING = 'Home & Garden > Linens & Bedding > Bedding';
const BEER = 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer';
const BLANKET = 'Home & Garden > Linens & Bedding > Bedding > Blankets';
const BLOCKS = 'Toys & Games > Toys > Building Toys';
const BODYWASH = 'Health & Beauty > Personal Care > Cosmetics > Bath & Body';
const BOOK = 'Media > Books';
const BUTTER = 'Food, Beverages & Tobacco > Food Items > Dairy Products > Butter & Margarine';
const CARSEAT = 'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats';
const CATTREE = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture';
const CHIPS = 'Food, Beverages & Tobacco > Food Items > Snack Foods > Chips';
const CUTBOARD = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards';
const DESK = 'Furniture > Office Furniture > Desks';
const DOGBED = 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds';
const FOODBOX = 'Home & Garden > Kitchen & Dining > Food Storage';
const FRYER = 'Home & Garden > Kitchen & Dining > Kitchen Appliances';
const GRILL = 'Home & Garden > Kitchen & Dining > Kitchen Appliances';
const KNIFE = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives';
const LEDSTRIP = 'Home & Garden > Lighting';
const LIGHTING = 'Home & Garden > Lighting';
const LITTER = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter';
const MEAT = 'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs';
const MOIST = 'Health & Beauty > Personal Care > Cosmetics > Skin Care';
const NECKLACE = 'Apparel & Accessories > Jewelry > Necklaces';
const NIGHTSTAND = 'Furniture > Tables > Nightstands';
const PANTS = 'Apparel & Accessories > Clothing > Pants';
const PERFUME = 'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne';
const PHONECASE = 'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases';
const PHONEHOLDER = 'Electronics > Communications > Telephony > Mobile Phone Accessories';
const PILLOWCASE = 'Home & Garden > Linens & Bedding > Bedding > Pillowcases & Shams';
const PLATES = 'Home & Garden > Kitchen & Dining > Tableware > Dinnerware';
const PLUSH = 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals';
const RCTOY = 'Toys & Games > Toys > Remote Control Toys';
const SCREENPROT = 'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors';
const SEEDS = 'Home & Garden > Plants > Seeds';
const SHELF = 'Furniture > Shelving';
const SHIRT = 'Apparel & Accessories > Clothing > Shirts & Tops';
const SHOES = 'Apparel & Accessories > Shoes';
const SHORTS = 'Apparel & Accessories > Clothing > Shorts';
const SPIRITS = 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits';
const STOOL = 'Furniture > Chairs';
const SUNGLASSES = 'Apparel & Accessories > Clothing Accessories > Sunglasses';
const SUNSCREEN = 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen';
const TABLECLOTH = 'Home & Garden > Linens & Bedding > Table Linens';
const TEA = 'Food, Beverages & Tobacco > Beverages > Tea & Infusions';
const THERMOS = 'Home & Garden > Kitchen & Dining > Food & Beverage Carriers';
const TOWEL = 'Home & Garden > Linens & Bedding > Towels';
const UMBRELLA = 'Home & Garden > Parasols & Rain Umbrellas';
const YOGURT = 'Food, Beverages & Tobacco > Food Items > Dairy Products > Yogurt';

describe('everyday product nouns of Greek, Romanian, Nordic, Finnish, Hungarian, Russian and Ukrainian shops', () => {
  it.each([
    [
      'el',
      'Μηχανή καφέ εσπρέσο',
      'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines',
    ],
    ['el', 'Κρέμα χεριών 75ml', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer'],
    ['el', 'Βούρτσα μαλλιών', 'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Combs & Brushes'],
    ['el', 'Μπουκάλι νερού 750ml', 'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles'],
    ['el', 'Τροφή σκύλων 15kg', 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food'],
    ['el', 'Ψυγειοκαταψύκτης Bosch', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Refrigerators'],
    ['el', 'Στεγνωτήριο ρούχων 8kg', 'Home & Garden > Household Appliances > Laundry Appliances > Dryers'],
    ['el', 'Δοχείο φαγητού γυάλινο με καπάκι', FOODBOX],
    ['el', 'Άρωμα γυναικείο 100ml', PERFUME],
    ['el', 'Ουίσκι 12 ετών 700ml', SPIRITS],
    ['el', 'Πατατάκια με ρίγανη 90γρ', CHIPS],
    ['el', 'Γιαούρτι στραγγιστό 2%', YOGURT],
    ['el', 'Άμμος γάτας 10 λίτρα', LITTER],
    ['el', 'Θήκη για κινητό iPhone 15', PHONECASE],
    ['el', 'Προστατευτικό οθόνης για Samsung Galaxy S24', SCREENPROT],
    ['el', 'Γυναικείο κολάν ψηλόμεσο', PANTS],
    ['el', 'Ανδρικά σορτς βερμούδα', SHORTS],
    ['el', 'Ομπρέλα βροχής αυτόματη', UMBRELLA],
    ['el', 'Κομοδίνο με 2 συρτάρια', NIGHTSTAND],
    [
      'el',
      'Σετ μαχαιριών κουζίνας 6 τεμ',
      'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives',
    ],
    ['el', 'Σετ πιάτων πορσελάνης 18 τεμαχίων', PLATES],
    ['el', 'Μαξιλαροθήκες βαμβακερές 50x70', PILLOWCASE],
    ['el', 'Τουβλάκια κατασκευών 500 τεμ.', BLOCKS],
    ['el', 'Αυτοκινητάκι τηλεκατευθυνόμενο', RCTOY],
    ['el', 'Αντηλιακή κρέμα SPF50', SUNSCREEN],
    ['el', 'Αφρόλουτρο καρύδα 750ml', BODYWASH],
    ['el', 'Λουκάνικα χοιρινά 500γρ', MEAT],
    ['el', 'Κρεβάτι σκύλου μεγάλο', DOGBED],
    ['el', 'Ονυχοδρόμιο γάτας με σπιτάκι', CATTREE],
    ['el', 'Κάθισμα αυτοκινήτου παιδικό 9-36 κιλά', CARSEAT],
    ['el', 'Κορμάκι μωρού βαμβακερό', BABYCLOTH],
    ['el', 'Ψησταριά κάρβουνου', GRILL],
    ['el', 'Ταινία LED 5 μέτρα', LEDSTRIP],
    ['el', 'Βάση κινητού αυτοκινήτου', PHONEHOLDER],
    ['ro', 'Raft de perete din lemn', SHELF],
    ['ro', 'Recipient alimentar din sticlă cu capac', FOODBOX],
    ['ro', 'Chipsuri cu sare 140g', CHIPS],
    ['ro', 'Iaurt grecesc 2%', YOGURT],
    ['ro', 'Nisip pentru pisici 10 l', LITTER],
    ['ro', 'Folie de protecție ecran iPhone 15', SCREENPROT],
    ['ro', 'Pantaloni scurți bărbați', SHORTS],
    ['ro', 'Umbrelă automată', UMBRELLA],
    ['ro', 'Noptieră cu 2 sertare', NIGHTSTAND],
    ['ro', 'Birou pentru calculator cu sertar', DESK],
    ['ro', 'Fețe de pernă din bumbac 50x70', PILLOWCASE],
    ['ro', 'Față de masă impermeabilă', TABLECLOTH],
    ['ro', 'Cuburi de construcție 500 piese', BLOCKS],
    ['ro', 'Mașinuță cu telecomandă', RCTOY],
    ['ro', 'Cremă de protecție solară SPF50', SUNSCREEN],
    ['ro', 'Gel de duș cocos 750ml', BODYWASH],
    ['ro', 'Cârnați de porc afumați 500g', MEAT],
    ['ro', 'Pat pentru câini mare', DOGBED],
    ['ro', 'Ansamblu de joacă pentru pisici cu căsuță', CATTREE],
    ['ro', 'Scaun auto pentru copii 9-36 kg', CARSEAT],
    ['ro', 'Body pentru bebeluși din bumbac', BABYCLOTH],
    ['ro', 'Grătar pe cărbuni', GRILL],
    ['ro', 'Bandă LED 5 metri', LEDSTRIP],
    ['ro', 'Suport telefon pentru mașină', PHONEHOLDER],
    ['no', 'Vintersko dame', SHOES],
    ['no', 'Matboks i glass med lokk', FOODBOX],
    ['no', 'Kokkekniv 20 cm', KNIFE],
    ['no', 'Grønn te 20 poser', TEA],
    ['no', 'Kattesand 10 liter', LITTER],
    ['no', 'Skjermbeskytter iPhone 15', SCREENPROT],
    ['no', 'Kokebok', BOOK],
    ['no', 'Nattbord med 2 skuffer', NIGHTSTAND],
    ['no', 'Putevar i bomull 50x70', PILLOWCASE],
    ['no', 'Byggeklosser 500 deler', BLOCKS],
    ['no', 'Radiostyrt bil', RCTOY],
    ['no', 'Solkrem SPF 50', SUNSCREEN],
    ['no', 'Dusjsåpe kokos 750 ml', BODYWASH],
    ['no', 'Pølser 500 g', MEAT],
    ['no', 'Hundeseng stor', DOGBED],
    ['no', 'Klorestativ for katter', CATTREE],
    ['no', 'Bilstol for barn 9-36 kg', CARSEAT],
    ['no', 'Tomatfrø', SEEDS],
    ['no', 'LED-list 5 meter', LEDSTRIP],
    ['no', 'Mobilholder til bil', PHONEHOLDER],
    ['da', 'Kattegrus 10 liter', LITTER],
    ['fi', 'Säilytysrasia lasia kannella', FOODBOX],
    ['fi', 'Pussilakanasetti puuvilla 150x210', BEDDING],
    ['fi', 'Hajuvesi naisille 50 ml', PERFUME],
    ['fi', 'Kosteusvoide kasvoille', MOIST],
    ['fi', 'Perunalastut suola 200 g', CHIPS],
    ['fi', 'Kissanhiekka 10 l', LITTER],
    ['fi', 'Naisten leggingsit', PANTS],
    ['fi', 'Miesten shortsit', SHORTS],
    ['fi', 'Naisten tohvelit', SHOES],
    ['fi', 'Sateenvarjo automaattinen', UMBRELLA],
    ['fi', 'Yöpöytä kahdella laatikolla', NIGHTSTAND],
    ['fi', 'Termospullo 0,5 l', THERMOS],
    ['fi', 'Fleecehuopa 150x200', BLANKET],
    ['fi', 'Tyynyliina puuvillaa 50x60', PILLOWCASE],
    ['fi', 'Pöytäliina 140x240', TABLECLOTH],
    ['fi', 'Rakennuspalikat 500 osaa', BLOCKS],
    ['fi', 'Kauko-ohjattava auto', RCTOY],
    ['fi', 'Aurinkovoide SPF 50', SUNSCREEN],
    ['fi', 'Makkara 400 g', MEAT],
    ['fi', 'Koiranpeti iso', DOGBED],
    ['fi', 'Kissan raapimapuu', CATTREE],
    ['fi', 'Turvaistuin 9-36 kg', CARSEAT],
    ['fi', 'Vauvan body puuvillaa', BABYCLOTH],
    ['fi', 'Hiiligrilli', GRILL],
    ['fi', 'LED-nauha 5 m', LEDSTRIP],
    ['fi', 'Puhelinteline autoon', PHONEHOLDER],
    ['fi', 'Romaani kovakantinen', BOOK],
    ['hu', 'Férfi ing pamut', SHIRT],
    ['hu', 'Ételtároló doboz üveg fedővel', FOODBOX],
    ['hu', 'Szakácskés 20 cm', KNIFE],
    ['hu', 'Fürdőlepedő 70x140', TOWEL],
    ['hu', 'Sör dobozos 0,5 l', BEER],
    ['hu', 'Macskaalom 10 l', LITTER],
    ['hu', 'Férfi rövidnadrág', SHORTS],
    ['hu', 'Automata esernyő', UMBRELLA],
    ['hu', 'Éjjeliszekrény 2 fiókkal', NIGHTSTAND],
    ['hu', 'Bárszék fém', STOOL],
    ['hu', 'Porcelán tányérkészlet 18 részes', PLATES],
    ['hu', 'Párnahuzat pamut 50x70', PILLOWCASE],
    ['hu', 'Asztalterítő vízálló', TABLECLOTH],
    ['hu', 'Építőkocka 500 darabos', BLOCKS],
    ['hu', 'Távirányítós autó', RCTOY],
    ['hu', 'Naptej SPF 50', SUNSCREEN],
    ['hu', 'Tusfürdő kókusz 750 ml', BODYWASH],
    ['hu', 'Házikolbász 500 g', MEAT],
    ['hu', 'Kutyafekhely nagy', DOGBED],
    ['hu', 'Macskakaparó házikóval', CATTREE],
    ['hu', 'Gyerekülés autóba 9-36 kg', CARSEAT],
    ['hu', 'Baba body pamut', BABYCLOTH],
    ['hu', 'LED szalag 5 m', LEDSTRIP],
    ['hu', 'Autós telefontartó', PHONEHOLDER],
    ['ru', 'Нож поварской 20 см', KNIFE],
    ['ru', 'Парфюмерная вода женская 100 мл', PERFUME],
    ['ru', 'Чипсы картофельные со сметаной 150 г', CHIPS],
    ['ru', 'Защитное стекло для Samsung Galaxy S24', SCREENPROT],
    ['ru', 'Бра настенное', LIGHTING],
    ['ru', 'Леггинсы женские спортивные', PANTS],
    ['ru', 'Цепочка с подвеской позолоченная', NECKLACE],
    ['ru', 'Очки солнцезащитные поляризационные', SUNGLASSES],
    ['ru', 'Тумба прикроватная с 2 ящиками', NIGHTSTAND],
    ['ru', 'Стол компьютерный с ящиком', DESK],
    ['ru', 'Табурет барный металлический', STOOL],
    ['ru', 'Доска разделочная деревянная', CUTBOARD],
    ['ru', 'Наволочки хлопковые 50х70', PILLOWCASE],
    ['ru', 'Масло сливочное 82,5% 180 г', BUTTER],
    ['ru', 'Боди для новорожденных хлопок', BABYCLOTH],
    ['ru', 'Мангал угольный', GRILL],
    ['ru', 'Аэрогриль 4 л', FRYER],
    ['ru', 'Держатель для телефона в машину', PHONEHOLDER],
    ['uk', 'Комплект постільної білизни євро', BEDDING],
    ['uk', "М'яка іграшка ведмідь 40 см", PLUSH],
    ['uk', 'Парфумована вода жіноча 100 мл', PERFUME],
    ['uk', 'Чипси картопляні зі сметаною 150 г', CHIPS],
    ['uk', 'Наповнювач для котячого туалету 10 л', LITTER],
    ['uk', 'Захисне скло для Samsung Galaxy S24', SCREENPROT],
    ['ru', 'Роман в твердой обложке', BOOK],
    ['uk', 'Роман у твердій обкладинці', BOOK],
    ['uk', 'Легінси жіночі спортивні', PANTS],
    ['uk', 'Босоніжки жіночі шкіряні', SHOES],
    ['uk', 'Окуляри сонцезахисні поляризаційні', SUNGLASSES],
    ['uk', 'Парасолька автоматична', UMBRELLA],
    ['uk', 'Тумба приліжкова з 2 шухлядами', NIGHTSTAND],
    ['uk', "Стіл комп'ютерний з шухлядою", DESK],
    ['uk', 'Табурет барний металевий', STOOL],
    ['uk', "Дошка обробна дерев'яна", CUTBOARD],
    ['uk', 'Наволочки бавовняні 50х70', PILLOWCASE],
    ['uk', 'Скатертина водовідштовхувальна', TABLECLOTH],
    ['uk', 'Машинка на радіокеруванні', RCTOY],
    ['uk', 'Сонцезахисний крем SPF 50', SUNSCREEN],
    ['uk', 'Ковбаса сирокопчена 300 г', MEAT],
    ['uk', 'Масло вершкове 82,5% 180 г', BUTTER],
    ['uk', 'Лежак для собак великий', DOGBED],
    ['uk', 'Кігтеточка для котів з будиночком', CATTREE],
    ['uk', 'Автокрісло дитяче 9-36 кг', CARSEAT],
    ['uk', 'Боді для новонароджених бавовна', BABYCLOTH],
    ['uk', 'Мангал вугільний', GRILL],
    ['uk', 'Світлодіодна стрічка 5 м', LEDSTRIP],
    ['uk', 'Тримач для телефону в авто', PHONEHOLDER],
  ])('[%s] "%s"', (lang, title, node) => {
    const got = pathOf(title, lang);
    expect(within(got, node), got).toBe(true);
  });
});

describe('Greek genitives and Romanian articles are read (rules/inflection.ts)', () => {
  it('the Greek genitive plural comes off, not the feminine genitive singular', () => {
    expect(otherForms('πιατων', 'el')).toContain('πιατο');
    expect(otherForms('παπουτσιων', 'el')).toContain('παπουτσι');
    // "Βάση τηλεόρασης" is a TV stand: the genitive names what it is for.
    expect(otherForms('τηλεορασης', 'el')).not.toContain('τηλεοραση');
  });
  it('the Romanian definite articles and plurals come off', () => {
    expect(otherForms('fustele', 'ro')).toContain('fuste');
    expect(otherForms('cearsafurile', 'ro')).toContain('cearsaf');
    expect(otherForms('pantoful', 'ro')).toContain('pantof');
    expect(otherForms('rochia', 'ro')).toContain('rochie');
    expect(otherForms('rochiilor', 'ro')).toContain('rochii');
  });
  it.each([
    ['el', 'Σετ πιάτων πορσελάνης 18 τεμαχίων', 'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Plates'],
    ['ro', 'Fustele plisate de vară', 'Apparel & Accessories > Clothing > Skirts'],
    // Both spellings of the Romanian s with a mark below: the list's comma (ș), the title's cedilla (ş).
    ['ro', 'Cearşafuri de pat 160x200', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['ro', 'Cearșafurile de pat din bumbac', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('Norwegian, Danish, Finnish and Hungarian compounds with a short head are read by it (rules/inflection.ts)', () => {
  it('a compound ending in a listed short head gives it last', () => {
    expect(otherForms('vintersko', 'no').at(-1)).toBe('sko');
    expect(otherForms('billedbog', 'da')).toContain('bog');
    // Not in another language, nor with fewer than three letters before the head.
    expect(otherForms('vintersko', 'de')).toEqual([]);
    expect(otherForms('disko', 'no')).not.toContain('sko');
    // Not a head that ends another product's word ("teleskop", a telescope, is no cup).
    expect(otherForms('teleskop', 'da')).not.toContain('kop');
  });
  it.each([
    ['no', 'Fotballsko junior', 'Apparel & Accessories > Shoes'],
    ['no', 'Tursko herre', 'Apparel & Accessories > Shoes'],
    ['no', 'Strikkelue i ull', 'Apparel & Accessories > Clothing Accessories > Hats'],
    ['da', 'Løbesko herre', 'Apparel & Accessories > Shoes'],
    ['da', 'Billedbog for børn', 'Media > Books'],
    ['da', 'Kogebog med 100 opskrifter', 'Media > Books'],
    ['no', 'Kaffekrus i keramikk', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['no', 'Sofapute 45x45', 'Home & Garden > Linens & Bedding > Bedding > Pillows'],
    ['no', 'Sommerdyne 140x200', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['fi', 'Kahvimuki 3 dl', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['fi', 'Villapipo lapsille', 'Apparel & Accessories > Clothing Accessories > Hats'],
    ['fi', 'Minihame musta', 'Apparel & Accessories > Clothing > Skirts'],
    ['hu', 'Túracipő női', 'Apparel & Accessories > Shoes'],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('Ukrainian and Greek titles name the product first', () => {
  it.each([
    ['uk', 'Рюкзак ноутбук 15.6', 'Luggage & Bags > Backpacks'],
    ['uk', 'Сумка ноутбук 15.6', 'Apparel & Accessories > Handbags, Wallets & Cases > Handbags'],
    ['uk', 'Чашка кава 350 мл', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['uk', 'Келих вина 450 мл', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware'],
    ['el', 'Τσάντα laptop 15.6', 'Apparel & Accessories > Handbags, Wallets & Cases > Handbags'],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('what follows a Greek "για" or a Romanian "pentru" is what the product is for', () => {
  it.each([
    [
      'el',
      'Θήκη για κινητό iPhone 15',
      'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases',
    ],
    ['ro', 'Birou pentru calculator cu sertar', 'Furniture > Office Furniture > Desks'],
  ])('[%s] "%s"', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('Nordic and Russian colour and size words are no product (rules/false-friends.ts)', () => {
  it('Danish and Norwegian "sort" (black) is not shorts', () => {
    expect(pathOf('Sort læderbælte', 'da')).toBe('Apparel & Accessories > Clothing Accessories > Belts');
    expect(pathOf('Sort kjole', 'no')).toBe('Apparel & Accessories > Clothing > Dresses');
  });
  it('Finnish "musta" (black) is no brass knuckles, Norwegian "liten" (small) no bed', () => {
    expect(pathOf('Musta kahvimuki', 'fi')).toBe('Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs');
    expect(pathOf('Liten', 'no')).toBe('');
  });
  it('Russian "белый" (white) names no sauce alone', () => {
    expect(pathOf('Набор белый', 'ru')).toBe('');
    // Guard: a sauce named so keeps it.
    expect(pathOf('Соус белый', 'ru')).toBe('Food, Beverages & Tobacco > Food Items > Condiments & Sauces');
  });
  it('the words keep their reading in the language they come from (guards)', () => {
    // Guards: these passed before.
    expect(pathOf('Erkek Şort', 'tr')).toBe('Apparel & Accessories > Clothing > Shorts');
    expect(pathOf('Tutti Frutti Bonbons 500g', 'de')).toBe(
      'Food, Beverages & Tobacco > Food Items > Candy & Chocolate',
    );
  });
});
