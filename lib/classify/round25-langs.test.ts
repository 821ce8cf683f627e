/**
 * Issue #15, everyday goods in the languages the classifier read least of: Greek, Finnish,
 * Romanian, Norwegian, Hungarian, Danish, Croatian, Bulgarian, Slovak, Slovenian, Korean and
 * Japanese, and Lithuanian and Vietnamese, which it hardly read at all. The titles were written
 * for these tests as a shop in those countries writes them (none is taken from an evaluation set);
 * each read wrong or not at all on the round-24 model and code. The words are in
 * scripts/classify/everyday-regions-5.ts; Lithuanian plurals and genitive plurals are read by
 * rules/inflection.ts, Vietnamese and Lithuanian for-cues are in cues.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { otherForms } from './rules/inflection';
import { normalizeText } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';
/** The node or one below it. */
const within = (path: string, node: string) => path === node || path.startsWith(`${node} > `);

const BABY_BOTTLES = 'Baby & Toddler > Nursing & Feeding > Baby Bottles';
const BABY_STROLLERS = 'Baby & Toddler > Baby Transport > Baby Strollers';
const BABY_TODDLER_CAR_SEATS = 'Baby & Toddler > Baby Transport > Baby & Toddler Car Seats';
const BACKPACKS = 'Luggage & Bags > Backpacks';
const BOARD_GAMES = 'Toys & Games > Games > Board Games';
const BOOKS = 'Media > Books';
const BRAS = 'Apparel & Accessories > Clothing > Underwear & Socks > Bras';
const BROOMS = 'Home & Garden > Household Supplies > Household Cleaning Supplies > Brooms';
const CAT_FOOD = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food';
const CEILING_LIGHT_FIXTURES = 'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures';
const CHAINSAWS = 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Chainsaws';
const CLOCKS = 'Home & Garden > Decor > Clocks';
const COATS_JACKETS = 'Apparel & Accessories > Clothing > Outerwear > Coats & Jackets';
const COOKWARE = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware';
const DESKS = 'Furniture > Office Furniture > Desks';
const DISH_DETERGENT_SOAP =
  'Home & Garden > Household Supplies > Household Cleaning Supplies > Household Cleaning Products > Dish Detergent & Soap';
const DOG_FOOD = 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Food';
const DUVET_COVERS = 'Home & Garden > Linens & Bedding > Bedding > Duvet Covers';
const EXTENSION_CORDS = 'Hardware > Power & Electrical Supplies > Extension Cords';
const FAUCETS = 'Hardware > Plumbing > Plumbing Fixtures > Faucets';
const FLATWARE = 'Home & Garden > Kitchen & Dining > Tableware > Flatware';
const FLOUR = 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Flour';
const GARBAGE_BAGS = 'Home & Garden > Household Supplies > Garbage Bags';
const HANDBAGS = 'Apparel & Accessories > Handbags, Wallets & Cases > Handbags';
const HATS = 'Apparel & Accessories > Clothing Accessories > Hats';
const HEADPHONES_HEADSETS = 'Electronics > Audio > Audio Components > Headphones & Headsets';
const HONEY = 'Food, Beverages & Tobacco > Food Items > Condiments & Sauces > Honey';
const LAUNDRY_SUPPLIES = 'Home & Garden > Household Supplies > Laundry Supplies';
const LAWN_MOWERS = 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers';
const LIQUOR_SPIRITS = 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Liquor & Spirits';
const MIRRORS = 'Home & Garden > Decor > Mirrors';
const MOTOR_VEHICLE_PARTS = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts';
const MOTOR_VEHICLE_TIRES =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires';
const MUGS = 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs';
const OUTDOOR_GRILLS = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Outdoor Grills';
const OUTDOOR_POWER_EQUIPMENT = 'Home & Garden > Lawn & Garden > Outdoor Power Equipment';
const PANTS = 'Apparel & Accessories > Clothing > Pants';
const PARASOLS_RAIN_UMBRELLAS = 'Home & Garden > Parasols & Rain Umbrellas';
const PILLOWS = 'Home & Garden > Linens & Bedding > Bedding > Pillows';
const PRESSURE_WASHERS = 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Pressure Washers';
const SEASONINGS_SPICES = 'Food, Beverages & Tobacco > Food Items > Seasonings & Spices';
const SHAMPOO_CONDITIONER = 'Health & Beauty > Personal Care > Hair Care > Shampoo & Conditioner';
const SHIRTS_TOPS = 'Apparel & Accessories > Clothing > Shirts & Tops';
const SHORTS = 'Apparel & Accessories > Clothing > Shorts';
const SKILLETS_FRYING_PANS =
  'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Skillets & Frying Pans';
const SKIRTS = 'Apparel & Accessories > Clothing > Skirts';
const SLEEPING_BAGS = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags';
const SLEEPWEAR_LOUNGEWEAR = 'Apparel & Accessories > Clothing > Sleepwear & Loungewear';
const SOCCER_BALLS = 'Sporting Goods > Athletics > Soccer > Soccer Balls';
const SOCKS = 'Apparel & Accessories > Clothing > Underwear & Socks > Socks';
const STUFFED_ANIMALS = 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals';
const SUITCASES = 'Luggage & Bags > Suitcases';
const SUNGLASSES = 'Apparel & Accessories > Clothing Accessories > Sunglasses';
const SUNSCREEN = 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Sunscreen';
const TEA_INFUSIONS = 'Food, Beverages & Tobacco > Beverages > Tea & Infusions';
const TENTS = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents';
const TOOTHBRUSHES = 'Health & Beauty > Personal Care > Oral Care > Toothbrushes';
const TOOTHPASTE = 'Health & Beauty > Personal Care > Oral Care > Toothpaste';
const TOYS = 'Toys & Games > Toys';
const UNDERWEAR = 'Apparel & Accessories > Clothing > Underwear & Socks > Underwear';
const VEHICLE_MOTOR_OIL =
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil';
const WINE = 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Wine';
const TOILET_PAPER = 'Home & Garden > Household Supplies > Household Paper Products > Toilet Paper';
const BABY_WIPES = 'Baby & Toddler > Diapering > Baby Wipes';
const SPACE_HEATERS = 'Home & Garden > Household Appliances > Climate Control Appliances > Space Heaters';
const SINKS = 'Hardware > Plumbing > Plumbing Fixtures > Sinks';
const BATTERIES = 'Electronics > Electronics Accessories > Power > Batteries';
const FOUNDATIONS_CONCEALERS =
  'Health & Beauty > Personal Care > Cosmetics > Makeup > Face Makeup > Foundations & Concealers';
const SHOWER_HEADS = 'Hardware > Plumbing > Plumbing Fixture Hardware & Parts > Shower Parts > Shower Heads';
const LAPTOPS = 'Electronics > Computers > Laptops';
const AIR_CONDITIONERS = 'Home & Garden > Household Appliances > Climate Control Appliances > Air Conditioners';
const TELEVISIONS = 'Electronics > Video > Televisions';
const SODA = 'Food, Beverages & Tobacco > Beverages > Soda';

describe('everyday product nouns of the weakest languages of the blind sets', () => {
  it.each([
    ['el', 'Μπόξερ ανδρικά βαμβακερά 3 τεμάχια', UNDERWEAR],
    ['el', 'Σκουφί πλεκτό χειμερινό μαύρο', HATS],
    ['el', 'Καμπαρντίνα γυναικεία μπεζ', COATS_JACKETS],
    ['el', 'Υγρό πιάτων λεμόνι 1L', DISH_DETERGENT_SOAP],
    ['el', 'Απορρυπαντικό ρούχων υγρό 40 μεζούρες', LAUNDRY_SUPPLIES],
    ['el', 'Σακούλες σκουπιδιών με κορδόνι 30 τεμ', GARBAGE_BAGS],
    ['el', 'Πολύπριζο 5 θέσεων με διακόπτη', EXTENSION_CORDS],
    ['el', 'Αλυσοπρίονο βενζίνης 45cc', CHAINSAWS],
    ['el', 'Βρύση κουζίνας ανοξείδωτη', FAUCETS],
    ['el', 'Ρίγανη Κρήτης 50g', SEASONINGS_SPICES],
    ['el', 'Πλυστικό μηχάνημα υψηλής πίεσης 2000W', PRESSURE_WASHERS],
    ['el', 'Υαλοκαθαριστήρες αυτοκινήτου 60cm', MOTOR_VEHICLE_PARTS],
    ['fi', 'Moottorisaha 40 cm bensiini', CHAINSAWS],
    ['fi', 'Astianpesuaine sitruuna 500 ml', DISH_DETERGENT_SOAP],
    ['fi', 'Pyykinpesuaine 2 l hajusteeton', LAUNDRY_SUPPLIES],
    ['fi', 'Jatkojohto 3-osainen 5 m', EXTENSION_CORDS],
    ['fi', 'Painepesuri 130 bar', PRESSURE_WASHERS],
    ['fi', 'Keittiöhana kromi', FAUCETS],
    ['fi', 'Pussilakana 150x210 puuvilla', DUVET_COVERS],
    ['fi', 'Roskapussi 30 l 20 kpl', GARBAGE_BAGS],
    ['fi', 'Musta tee 100 g', TEA_INFUSIONS],
    ['fi', 'Takki naisten musta', COATS_JACKETS],
    ['ro', 'Detergent de vase lămâie 900 ml', DISH_DETERGENT_SOAP],
    ['ro', 'Drujbă benzină 52cc', CHAINSAWS],
    ['ro', 'Prelungitor 5 prize 3 m', EXTENSION_CORDS],
    ['ro', 'Motocoasă benzină 2 timpi', OUTDOOR_POWER_EQUIPMENT],
    ['ro', 'Saci menajeri 60 l 20 buc', GARBAGE_BAGS],
    ['ro', 'Mătură cu coadă', BROOMS],
    ['ro', 'Piper negru măcinat 50 g', SEASONINGS_SPICES],
    ['ro', 'Hrană pisici cu pui 400 g', CAT_FOOD],
    ['no', 'Bysteholder uten bøyle', BRAS],
    ['no', 'Oppvaskmiddel 500 ml', DISH_DETERGENT_SOAP],
    ['no', 'Skjøteledning 10 m', EXTENSION_CORDS],
    ['no', 'Høytrykksspyler 150 bar', PRESSURE_WASHERS],
    ['no', 'Blandebatteri kjøkken krom', FAUCETS],
    ['no', 'Søppelsekk 125 liter', GARBAGE_BAGS],
    ['no', 'Dynetrekk 140x200 bomull', DUVET_COVERS],
    ['no', 'Underbukse herre 3-pakning', UNDERWEAR],
    ['no', 'Gresstrimmer 1000W elektrisk', OUTDOOR_POWER_EQUIPMENT],
    ['hu', 'Mosogatószer citrom 1 l', DISH_DETERGENT_SOAP],
    ['hu', 'Mosószer folyékony 3 l', LAUNDRY_SUPPLIES],
    ['hu', 'Csaptelep konyhai króm', FAUCETS],
    ['hu', 'Hosszabbító 5 aljzat 3 m', EXTENSION_CORDS],
    ['hu', 'Láncfűrész benzines 45 cm', CHAINSAWS],
    ['hu', 'Szemeteszsák 60 l 20 db', GARBAGE_BAGS],
    ['hu', 'Seprű nyéllel', BROOMS],
    ['hu', 'Ébresztőóra digitális', CLOCKS],
    ['hu', 'Téligumi 205/55 R16', MOTOR_VEHICLE_TIRES],
    ['da', 'Opvaskemiddel 1 l', DISH_DETERGENT_SOAP],
    ['da', 'Vaskemiddel flydende 2 l', LAUNDRY_SUPPLIES],
    ['da', 'Forlængerledning 5 m hvid', EXTENSION_CORDS],
    ['da', 'Motorsav 40 cm benzin', CHAINSAWS],
    ['da', 'Højtryksrenser 130 bar', PRESSURE_WASHERS],
    ['da', 'Brystholder med bøjle', BRAS],
    ['da', 'Loftlampe i messing', CEILING_LIGHT_FIXTURES],
    ['da', 'Hovedtelefoner trådløse', HEADPHONES_HEADSETS],
    ['hr', 'Kratke hlače muške', SHORTS],
    ['hr', 'Radni stol bijeli 120 cm', DESKS],
    ['hr', 'Deterdžent za suđe 1 l', DISH_DETERGENT_SOAP],
    ['hr', 'Vreće za smeće 35 l', GARBAGE_BAGS],
    ['hr', 'Motorna pila 2 kW', CHAINSAWS],
    ['hr', 'Kišobran automatski crni', PARASOLS_RAIN_UMBRELLAS],
    ['hr', 'Sunčane naočale polarizirane', SUNGLASSES],
    ['hr', 'Roštilj na ugljen', OUTDOOR_GRILLS],
    ['hr', 'Šljivovica 0,7 l', LIQUOR_SPIRITS],
    ['bg', 'Къси панталони мъжки', SHORTS],
    ['bg', 'Чадър автоматичен', PARASOLS_RAIN_UMBRELLAS],
    ['bg', 'Ракия гроздова 700 мл', LIQUOR_SPIRITS],
    ['bg', 'Подправка за пиле 50 г', SEASONINGS_SPICES],
    ['bg', 'Разклонител 5 гнезда', EXTENSION_CORDS],
    ['bg', 'Водоструйка 140 бара', PRESSURE_WASHERS],
    ['bg', 'Слънчеви очила дамски', SUNGLASSES],
    ['bg', 'Чистачки за кола', MOTOR_VEHICLE_PARTS],
    ['sk', 'Spodné prádlo dámske', UNDERWEAR],
    ['sk', 'Písací stôl biely', DESKS],
    ['sk', 'Dáždnik skladací', PARASOLS_RAIN_UMBRELLAS],
    ['sk', 'Slnečné okuliare pánske', SUNGLASSES],
    ['sk', 'Spací vak do -5 °C', SLEEPING_BAGS],
    ['sk', 'Korenie na grilovanie', SEASONINGS_SPICES],
    ['sk', 'Predlžovací kábel 5 m', EXTENSION_CORDS],
    ['sl', 'Kratke hlače za moške', SHORTS],
    ['sl', 'Dežnik zložljiv črn', PARASOLS_RAIN_UMBRELLAS],
    ['sl', 'Sončna očala ženska', SUNGLASSES],
    ['sl', 'Spalna vreča za kampiranje', SLEEPING_BAGS],
    ['sl', 'Pisalna miza bela', DESKS],
    ['sl', 'Motorna žaga 45 cm', CHAINSAWS],
    ['sl', 'Metla z ročajem', BROOMS],
    ['sl', 'Podaljšek 3 m z stikalom', EXTENSION_CORDS],
    ['sl', 'Pšenična moka tip 500 1 kg', FLOUR],
    ['lt', 'Kojinės vyriškos 5 poros', SOCKS],
    ['lt', 'Moteriškos kelnės juodos', PANTS],
    ['lt', 'Vyriški marškinėliai medvilniniai', SHIRTS_TOPS],
    ['lt', 'Kuprinė mokyklinė', BACKPACKS],
    ['lt', 'Pagalvė 50x70', PILLOWS],
    ['lt', 'Keptuvė 28 cm', SKILLETS_FRYING_PANS],
    ['lt', 'Puodeliai keramikiniai 4 vnt', MUGS],
    ['lt', 'Šunų maistas su vištiena 12 kg', DOG_FOOD],
    ['lt', 'Dantų pasta 75 ml', TOOTHPASTE],
    ['lt', 'Žaislų automobilis', TOYS],
    ['lt', 'Lagaminas ant ratukų', SUITCASES],
    ['lt', 'Palapinė 4 asmenims', TENTS],
    ['lt', 'Vežimėlis kūdikiams', BABY_STROLLERS],
    ['lt', 'Šampūnas plaukams 250 ml', SHAMPOO_CONDITIONER],
    ['lt', 'Padangos vasarinės 205/55 R16', MOTOR_VEHICLE_TIRES],
    ['lt', 'Knyga vaikams', BOOKS],
    ['ko', '책상 1200 화이트', DESKS],
    ['ko', '주방세제 1L', DISH_DETERGENT_SOAP],
    ['ko', '엔진오일 5W-30 4L', VEHICLE_MOTOR_OIL],
    ['ko', '유아 카시트 ISOFIX', BABY_TODDLER_CAR_SEATS],
    ['ko', '고압세척기 가정용', PRESSURE_WASHERS],
    ['ko', '원목 거울 전신', MIRRORS],
    ['ko', '와이퍼 650mm', MOTOR_VEHICLE_PARTS],
    ['ko', '보드게임 가족용', BOARD_GAMES],
    ['ja', '芝刈り機 電動', LAWN_MOWERS],
    ['ja', '高圧洗浄機 家庭用', PRESSURE_WASHERS],
    ['ja', 'スパイス セット 10種', SEASONINGS_SPICES],
    ['ja', 'はちみつ 国産 500g', HONEY],
    ['ja', '延長コード 3m 4個口', EXTENSION_CORDS],
    ['ja', 'チェーンソー 充電式', CHAINSAWS],
    ['ja', '食器用洗剤 詰め替え', DISH_DETERGENT_SOAP],
    ['ja', 'カトラリー セット ステンレス', FLATWARE],
    ['ja', 'サッカーボール 5号', SOCCER_BALLS],
    ['ja', 'タイヤ 195/65R15 4本', MOTOR_VEHICLE_TIRES],
    ['vi', 'Quần lót nam cotton', UNDERWEAR],
    ['vi', 'Tất chân nữ cổ ngắn', SOCKS],
    ['vi', 'Đồ ngủ nữ lụa', SLEEPWEAR_LOUNGEWEAR],
    ['vi', 'Chân váy xếp ly', SKIRTS],
    ['vi', 'Túi xách nữ da thật', HANDBAGS],
    ['vi', 'Chảo chống dính 26cm', SKILLETS_FRYING_PANS],
    ['vi', 'Nồi inox 3 đáy', COOKWARE],
    ['vi', 'Nước giặt 3.8kg', LAUNDRY_SUPPLIES],
    ['vi', 'Thức ăn cho mèo 1.5kg', CAT_FOOD],
    ['vi', 'Gấu bông Teddy 1m', STUFFED_ANIMALS],
    ['vi', 'Bình sữa cho bé 240ml', BABY_BOTTLES],
    ['vi', 'Kem chống nắng SPF50', SUNSCREEN],
    ['vi', 'Dầu gội thảo dược 500ml', SHAMPOO_CONDITIONER],
    ['vi', 'Rượu vang đỏ Chile', WINE],
    ['vi', 'Lốp xe ô tô 205/55R16', MOTOR_VEHICLE_TIRES],
    ['vi', 'Bàn chải đánh răng điện', TOOTHBRUSHES],
    ['el', 'Χαρτί υγείας 3φυλλο 10 ρολά', TOILET_PAPER],
    ['el', 'Μωρομάντηλα 12 x 64 τεμ', BABY_WIPES],
    ['el', 'Καλοριφέρ λαδιού 11 φέτες 2500W', SPACE_HEATERS],
    ['el', 'Νεροχύτης κουζίνας ανοξείδωτος', SINKS],
    ['fi', 'Paristo AA 4 kpl', BATTERIES],
    ['fi', 'Lämpöpuhallin 2000 W', SPACE_HEATERS],
    ['fi', 'Tiskiallas rosteri', SINKS],
    ['fi', 'Meikkivoide 30 ml', FOUNDATIONS_CONCEALERS],
    ['ro', 'Hârtie igienică 3 straturi 10 role', TOILET_PAPER],
    ['ro', 'Aerotermă 2000W', SPACE_HEATERS],
    ['ro', 'Fond de ten rezistent la apă', FOUNDATIONS_CONCEALERS],
    ['no', 'Våtservietter 72 stk', BABY_WIPES],
    ['no', 'Panelovn 1000W', SPACE_HEATERS],
    ['hu', 'Olajradiátor 9 tagos', SPACE_HEATERS],
    ['hu', 'Zuhanyfej 5 funkciós', SHOWER_HEADS],
    ['hu', 'Ceruzaelem AA 4 db', BATTERIES],
    ['hr', 'Vlažne maramice za bebe', BABY_WIPES],
    ['hr', 'Grijalica 2000 W', SPACE_HEATERS],
    ['bg', 'Лаптоп 15.6 инча', LAPTOPS],
    ['bg', 'Климатик инверторен 12000 BTU', AIR_CONDITIONERS],
    ['sk', 'Ohrievač olejový', SPACE_HEATERS],
    ['sl', 'Toaletni papir 3-slojni', TOILET_PAPER],
    ['sl', 'Prenosnik 14 palcev', LAPTOPS],
    ['lt', 'Televizorius 55 colių', TELEVISIONS],
    ['lt', 'Šildytuvas 2000 W', SPACE_HEATERS],
    ['lt', 'Tualetinis popierius 8 ritinėliai', TOILET_PAPER],
    ['vi', 'Máy sưởi dầu 13 thanh', SPACE_HEATERS],
    ['vi', 'Giấy vệ sinh 10 cuộn', TOILET_PAPER],
    ['vi', 'Khăn ướt cho bé 100 tờ', BABY_WIPES],
    ['vi', 'Máy tính xách tay 15.6 inch', LAPTOPS],
    ['ko', '전기히터 가정용', SPACE_HEATERS],
    ['ko', '건전지 AA 10개', BATTERIES],
    ['ja', '乾電池 単3 20本', BATTERIES],
    ['ja', '炭酸飲料 500ml 24本', SODA],
  ])('%s: %s', (lang, title, node) => {
    const got = pathOf(title, lang);
    expect(within(got, node), got).toBe(true);
  });
});

describe('words left out or kept inside a phrase because another language spells them alike', () => {
  it.each([
    // Lithuanian "spinta" (wardrobe) is Italian "push"; Finnish "tutti" (pacifier) Italian "all";
    // Danish "lagen" (sheet) German "layers".
    ['it', 'Tosaerba a spinta 46 cm', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Lawn Mowers'],
    ['it', 'Giochi per tutti i bambini', 'Toys & Games'],
    ['de', 'Toilettenpapier 3 Lagen 8 Rollen', 'Home & Garden > Household Supplies > Household Paper Products'],
  ])('%s: %s', (lang, title, node) => {
    const got = pathOf(title, lang);
    expect(within(got, node), got).toBe(true);
  });
});

describe('words another language reads as something else stay out of its titles', () => {
  // Greek "μπαταρία" and Romanian "baterie" are a mixer tap too (and Slovak "batérie" folds onto
  // the Romanian word), Hungarian "elem" is any part; Romanian "cană" (mug) is Spanish "caña" (a
  // fishing rod); Danish "skraber" (razor) ends "isskraber" (an ice scraper).
  it.each([
    ['ro', 'Baterie lavoar crom', 'Batteries'],
    ['el', 'Μπαταρία νιπτήρα χρώμιο', 'Batteries'],
    ['hu', 'Kerítés elem 200 cm', 'Batteries'],
    ['es', 'Caña de pescar telescópica 3 m', 'Mugs'],
    ['da', 'Isskraber til bil', 'Razors'],
  ])('%s: %s is not read as %s', (lang, title, wrong) => {
    expect(pathOf(title, lang)).not.toContain(wrong);
  });
});

describe('Lithuanian plurals and genitive plurals', () => {
  it.each([
    ['puodeliai', 'puodelis'],
    ['kojinių', 'kojine'],
    ['žaislų', 'zaislas'],
    ['knygų', 'knyga'],
  ])('%s is read as %s', (word, form) => {
    expect(otherForms(normalizeText(word), 'lt')).toContain(form);
    expect(otherForms(normalizeText(word), 'pl')).not.toContain(form);
  });
});

describe('Vietnamese "đồ" (goods) is no for-cue', () => {
  it('a Vietnamese title starting with "đồ" reads its own product, at full weight', () => {
    expect(pathOf('Đồ ngủ nữ lụa', 'vi')).toBe('Apparel & Accessories > Clothing > Sleepwear & Loungewear > Pajamas');
    expect(pathOf('Đồ chơi lắp ráp Lego City', 'vi')).toBe('Toys & Games > Toys > Building Toys');
  });
});
