/**
 * Issue #15, categories in the shop's own language: everyday shop titles in Polish, Czech, Slovak,
 * Croatian, Slovenian, Bulgarian, Russian and Ukrainian, written for these tests (none is taken
 * from an evaluation set). Each one read nothing or the wrong category on the classifier before
 * scripts/classify/everyday-slavic-2.ts; the guards at the end read right before and must still.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

const TITLES: Record<string, [string, string][]> = {
  pl: [
    [
      'Ekspres ciśnieniowy do kawy 15 bar',
      'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines',
    ],
    [
      'Zestaw pędzli do makijażu 12 szt.',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Klapki basenowe męskie', 'Apparel & Accessories > Shoes'],
    ['Koc polarowy 150x200', 'Home & Garden > Linens & Bedding > Bedding > Blankets'],
    ['Legginsy damskie sportowe', 'Apparel & Accessories > Clothing > Pants'],
    ['Kozaki damskie zimowe', 'Apparel & Accessories > Shoes'],
    ['Nasiona pomidorów', 'Home & Garden > Plants > Seeds'],
    ['Taboret kuchenny', 'Furniture > Chairs > Table & Bar Stools'],
    ['Narzuta na łóżko', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Kinkiet ścienny', 'Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures'],
    ['Frytkownica beztłuszczowa', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers'],
    [
      'Klawiatura bezprzewodowa',
      'Electronics > Electronics Accessories > Computer Components > Input Devices > Keyboards',
    ],
    ['Taśma miernicza 5 m', 'Hardware > Tools > Measuring Tools & Sensors > Tape Measures'],
  ],
  cs: [
    [
      'Sada štětců na make-up',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Pantofle dámské', 'Apparel & Accessories > Shoes'],
    ['Přikrývka celoroční', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Osuška bavlněná', 'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths'],
    ['Autonabíječka USB-C', 'Electronics > Electronics Accessories > Power > Power Adapters & Chargers'],
    ['Dámské legíny', 'Apparel & Accessories > Clothing > Pants'],
    ['Termohrnek 450 ml', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Auto na dálkové ovládání', 'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks'],
    ['Nůžky na živý plot', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers'],
    ['Holínky dětské', 'Apparel & Accessories > Shoes'],
    ['Přehoz na postel', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Tělové mléko', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer'],
    ['Konev na zalévání', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
    ['Horkovzdušná fritéza', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers'],
    [
      'Tvrzené sklo na mobil',
      'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors',
    ],
  ],
  sk: [
    [
      'Súprava štetcov na make-up',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Stropné svietidlo LED', 'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures'],
    ['Rýchlovarná kanvica', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles'],
    ['Puzdro na mobil', 'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases'],
    ['Osuška', 'Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths'],
    ['Dojčenská fľaša', 'Baby & Toddler > Nursing & Feeding > Baby Bottles'],
    ['Dámske legíny', 'Apparel & Accessories > Clothing > Pants'],
    ['Termohrnček', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Plachta s gumou', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['Auto na diaľkové ovládanie', 'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks'],
    ['Riasenka', 'Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Mascara'],
    ['Podstielka pre mačky', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter'],
    ['Nožnice na živý plot', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers'],
    ['Hriankovač', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Toasters'],
    ['Ručný šľahač', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders'],
    ['Detské gumáky', 'Apparel & Accessories > Shoes'],
    ['Taburetka', 'Furniture > Chairs > Table & Bar Stools'],
    ['Doska na krájanie', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards'],
    ['Cedidlo', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['Zaváracie poháre', 'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers'],
    ['Prehoz na posteľ', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Telové mlieko', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer'],
    ['Nosič pre bábätko', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['Hrable', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes'],
    ['Krhla', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
    ['Nástenné svietidlo', 'Home & Garden > Lighting > Lighting Fixtures'],
    ['Teplovzdušná fritéza', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers'],
    [
      'Tvrdené sklo na mobil',
      'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors',
    ],
    ['Zvinovací meter', 'Hardware > Tools > Measuring Tools & Sensors > Tape Measures'],
  ],
  hr: [
    [
      'Set kistova za šminkanje',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Kocke za slaganje za djecu', 'Toys & Games > Toys > Building Toys > Interlocking Blocks'],
    ['Bočica za bebe', 'Baby & Toddler > Nursing & Feeding > Baby Bottles'],
    ['Bežični miš', 'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs'],
    ['Grebalica za mačke', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture'],
    ['Ženske tajice', 'Apparel & Accessories > Clothing > Pants'],
    ['Termos šalica', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Plahta s gumom', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['Auto na daljinsko upravljanje', 'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks'],
    ['Pijesak za mačke', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter'],
    ['Škare za živicu', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers'],
    ['Kutna brusilica', 'Hardware > Tools > Grinders'],
    ['Libela 60 cm', 'Hardware > Tools > Measuring Tools & Sensors > Levels'],
    ['Tabure', 'Furniture > Chairs > Table & Bar Stools'],
    ['Daska za rezanje', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards'],
    ['Cjedilo', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['Staklenka s poklopcem', 'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers'],
    ['Prekrivač za krevet', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Plišani medvjed', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals'],
    ['Losion za tijelo', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer'],
    ['Dezodorans u spreju', 'Health & Beauty > Personal Care > Deodorant & Anti-Perspirant'],
    ['Nosiljka za bebe', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['Grablje', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes'],
    ['Kanta za zalijevanje', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
    ['Friteza na vrući zrak', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers'],
    ['Metar traka 5 m', 'Hardware > Tools > Measuring Tools & Sensors > Tape Measures'],
  ],
  sl: [
    [
      'Aparat za kavo espresso',
      'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines',
    ],
    [
      'Komplet čopičev za ličenje',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Ženske hlačke bombažne', 'Apparel & Accessories > Clothing > Underwear & Socks > Underwear'],
    ['Predalnik bel', 'Furniture > Cabinets & Storage > Dressers'],
    ['Grelnik vode', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles'],
    ['Stekleničke za dojenčke', 'Baby & Toddler > Nursing & Feeding > Baby Bottles'],
    [
      'Brezžična miška',
      'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs',
    ],
    ['Tekoče milo', 'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Liquid Hand Soap'],
    ['Praskalnik za mačke', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture'],
    ['Termo skodelica', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Rjuha z elastiko', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['Avto na daljinsko upravljanje', 'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks'],
    ['Oljčno olje', 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils'],
    ['Pesek za mačke', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter'],
    ['Škarje za živo mejo', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers'],
    ['Opekač kruha', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Toasters'],
    ['Ročni mešalnik', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Food Mixers & Blenders'],
    ['Kotni brusilnik', 'Hardware > Tools > Grinders'],
    ['Vodna tehtnica', 'Hardware > Tools > Measuring Tools & Sensors > Levels'],
    ['Deska za rezanje', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards'],
    ['Cedilo', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['Kozarec za vlaganje', 'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers'],
    ['Pregrinjalo za posteljo', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Plišasti medved', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals'],
    ['Losjon za telo', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer'],
    ['Nosilka za dojenčka', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['Grablje za listje', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes'],
    ['Zalivalka', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
    ['Cvrtnik na vroč zrak', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers'],
    ['Merilni trak 5 m', 'Hardware > Tools > Measuring Tools & Sensors > Tape Measures'],
  ],
  bg: [
    [
      'Комплект четки за грим',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Скрин с чекмеджета', 'Furniture > Cabinets & Storage > Dressers'],
    ['Плафониера LED', 'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures'],
    ['Електрическа кана', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles'],
    ['Калъф за телефон', 'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases'],
    ['Плажна кърпа', 'Home & Garden > Linens & Bedding > Towels > Beach Towels'],
    ['Бебешко шише', 'Baby & Toddler > Nursing & Feeding > Baby Bottles'],
    [
      'Безжична мишка',
      'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs',
    ],
    ['Легло за куче', 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Beds'],
    ['Драскалка за котки', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture'],
    ['Термочаша', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Чаршаф с ластик', 'Home & Garden > Linens & Bedding > Bedding > Bed Sheets'],
    ['Кола с дистанционно управление', 'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks'],
    ['Спирала за мигли', 'Health & Beauty > Personal Care > Cosmetics > Makeup > Eye Makeup > Mascara'],
    ['Парфюм за жени', 'Health & Beauty > Personal Care > Cosmetics > Perfume & Cologne'],
    ['Котешка тоалетна', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter Boxes'],
    ['Ножица за жив плет', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers'],
    ['Ъглошлайф', 'Hardware > Tools > Grinders'],
    ['Нивелир', 'Hardware > Tools > Measuring Tools & Sensors > Levels'],
    ['Суитшърт с качулка', 'Apparel & Accessories > Clothing > Shirts & Tops'],
    ['Стенен рафт', 'Furniture > Shelving > Wall Shelves & Ledges'],
    ['Табуретка', 'Furniture > Chairs > Table & Bar Stools'],
    ['Дъска за рязане', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Cutting Boards'],
    ['Гевгир', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['Буркан с капак', 'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers'],
    ['Покривало за легло', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Лосион за тяло', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer'],
    ['Кенгуру за бебе', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['Гребло', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes'],
    ['Лейка за поливане', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
    ['Аплик за стена', 'Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures'],
    ['Еър фрайър', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Deep Fryers'],
    [
      'Стъклен протектор за телефон',
      'Electronics > Electronics Accessories > Electronics Films & Shields > Screen Protectors',
    ],
    ['Ролетка 5 м', 'Hardware > Tools > Measuring Tools & Sensors > Tape Measures'],
  ],
  ru: [
    [
      'Набор кистей для макияжа',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    ['Электрочайник', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Electric Kettles'],
    ['Термокружка', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Масло оливковое', 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils'],
    ['Уровень строительный', 'Hardware > Tools > Measuring Tools & Sensors > Levels'],
    ['Повербанк 20000 мАч', 'Electronics > Electronics Accessories > Power > Power Adapters & Chargers'],
    ['Полка настенная', 'Furniture > Shelving > Wall Shelves & Ledges'],
    ['Банка с крышкой', 'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers'],
    ['Покрывало на кровать', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Плюшевый мишка', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals'],
    ['Эргорюкзак для малыша', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['Лейка садовая', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
  ],
  uk: [
    [
      'Набір пензлів для макіяжу',
      'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Makeup Tools > Makeup Brushes',
    ],
    [
      'Миша бездротова',
      'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs',
    ],
    ['Рідке мило', 'Health & Beauty > Personal Care > Cosmetics > Bath & Body > Liquid Hand Soap'],
    ['Набір столових приборів', 'Home & Garden > Kitchen & Dining > Tableware > Flatware'],
    ['Термокухоль', 'Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs'],
    ['Кущоріз', 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers'],
    ['Рівень будівельний', 'Hardware > Tools > Measuring Tools & Sensors > Levels'],
    ['Павербанк', 'Electronics > Electronics Accessories > Power > Power Adapters & Chargers'],
    ['Друшляк', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['Банка з кришкою', 'Home & Garden > Kitchen & Dining > Food Storage > Food Storage Containers'],
    ['Покривало на ліжко', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['Плюшевий ведмедик', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals'],
    ['Ерго рюкзак для немовляти', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['Граблі', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes'],
    ['Лійка садова', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
  ],
};

describe.each(Object.entries(TITLES))('everyday %s shop titles', (lang, rows) => {
  it.each(rows)('%s', (title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('false friends the new words must not take over (guards: right before, right after)', () => {
  it.each([
    ['cs', 'Plastová miska na salát', 'Home & Garden > Kitchen & Dining > Tableware'],
    ['pl', 'Miska dla kota ceramiczna', 'Animals & Pet Supplies > Pet Supplies > Pet Bowls, Feeders & Waterers'],
    ['cs', 'Krmivo pro kočky', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Food'],
    ['it', 'Plafoniera LED', 'Home & Garden > Lighting > Lighting Fixtures > Ceiling Light Fixtures'],
    ['ru', 'Воронка для кухни', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils'],
  ])('%s %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
  it('a Polish kidney is not a bum bag', () => {
    expect(pathOf('Nerka wieprzowa', 'pl')).not.toMatch(/^Luggage/u);
  });
});
