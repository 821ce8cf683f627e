/**
 * Issue #15, categories in the shop's own language: Finnish, Hungarian, Romanian, Norwegian, Danish,
 * Greek and Turkish titles, written for these tests as a shop in those countries writes them (none
 * is taken from an evaluation set). Each fails on the round-23 model, which read no word of it or
 * the wrong one ("Webkamera" as a camera, "Skostativ" as a tripod, "Monitor bebeluși" as a computer
 * monitor); the words are in scripts/classify/everyday-regions-4.ts. A word with a second meaning in
 * another language is listed only inside a phrase, which the last test checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';
/** The node or one below it. */
const within = (path: string, node: string) => path === node || path.startsWith(`${node} > `);

const AQUARIUM = 'Animals & Pet Supplies > Pet Supplies > Fish Supplies > Aquariums';
const BABYMON = 'Baby & Toddler > Baby Safety > Baby Monitors';
const BOXES = 'Home & Garden > Household Supplies > Storage & Organization > Household Storage Containers';
const CASSEROLE = 'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Casserole Dishes';
const CHARGER = 'Electronics > Electronics Accessories > Power > Power Adapters & Chargers';
const COATRACK = 'Home & Garden > Decor > Coat & Hat Racks';
const COFFEEMAKER = 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Coffee Makers & Espresso Machines';
const COOKIES = 'Food, Beverages & Tobacco > Food Items > Bakery > Cookies';
const DOGTOY = 'Animals & Pet Supplies > Pet Supplies > Dog Supplies > Dog Toys';
const DOORKNOB = 'Hardware > Building Materials > Door Hardware > Door Knobs & Handles';
const DRESSER = 'Furniture > Cabinets & Storage > Dressers';
const DRILL = 'Hardware > Tools > Drills > Handheld Power Drills';
const FERTILIZER = 'Home & Garden > Lawn & Garden > Gardening > Fertilizers';
const GARDENCHAIR = 'Furniture > Outdoor Furniture > Outdoor Seating > Outdoor Chairs';
const HEDGE = 'Home & Garden > Lawn & Garden > Outdoor Power Equipment > Hedge Trimmers';
const HIGHCHAIR = 'Furniture > Baby & Toddler Furniture > High Chairs & Booster Seats';
const KNIVES = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives';
const LEASH = 'Animals & Pet Supplies > Pet Supplies > Pet Leashes';
const LEVEL = 'Hardware > Tools > Measuring Tools & Sensors > Levels';
const LIGHTSTRING = 'Home & Garden > Lighting > Light Ropes & Strings';
const LITTER = 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Litter';
const LOTION = 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Lotion & Moisturizer';
const LUNCHBOX = 'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Lunch Boxes & Totes';
const MATTPROT = 'Home & Garden > Linens & Bedding > Bedding > Mattress Protectors';
const MEASURE = 'Hardware > Tools > Measuring Tools & Sensors';
const MOUSE = 'Electronics > Electronics Accessories > Computer Components > Input Devices > Mice & Trackballs';
const PHONECASE = 'Electronics > Communications > Telephony > Mobile Phone Accessories > Mobile Phone Cases';
const PLIERS = 'Hardware > Tools > Pliers';
const SCREWDRIVER = 'Hardware > Tools > Screwdrivers';
const SHOERACK =
  'Home & Garden > Household Supplies > Storage & Organization > Clothing & Closet Storage > Shoe Racks & Organizers';
const SHOES = 'Apparel & Accessories > Shoes';
const SWIMWEAR = 'Apparel & Accessories > Clothing > Swimwear';
const TABLELEGS = 'Furniture > Table Accessories > Table Legs';
const TOOLBOX = 'Hardware > Hardware Accessories > Tool Storage & Organization > Tool Boxes';
const TOYCAR = 'Toys & Games > Toys > Play Vehicles';
const UNDERWEAR = 'Apparel & Accessories > Clothing > Underwear & Socks > Underwear';
const WARDROBE = 'Furniture > Cabinets & Storage > Armoires & Wardrobes';
const WATERBOTTLE = 'Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Water Bottles';
const WEBCAM = 'Cameras & Optics > Cameras > Webcams';
const WRENCH = 'Hardware > Tools > Wrenches';

describe('everyday product nouns of Finnish, Hungarian, Romanian, Nordic, Greek and Turkish shops', () => {
  it.each([
    ['fi', 'Säilytyslaatikko kannella 20 l', BOXES],
    ['fi', 'Kissan hiekka 10 l', LITTER],
    ['fi', 'Puhelimen kuori iPhone 15', PHONECASE],
    ['fi', 'Langaton hiiri', MOUSE],
    ['fi', 'Ruuvimeisselisarja', SCREWDRIVER],
    ['fi', 'Juoksukengät miesten', SHOES],
    ['fi', 'Varavirtalähde 10000 mAh', CHARGER],
    ['fi', 'Veitsisarja 5 osaa', KNIVES],
    ['fi', 'Uunivuoka lasi', CASSEROLE],
    ['fi', 'Juomapullo 750 ml', WATERBOTTLE],
    ['fi', 'Leikkiauto', TOYCAR],
    ['fi', 'Keksit', COOKIES],
    ['fi', 'Akvaario 60 l', AQUARIUM],
    ['fi', 'Koiran lelu', DOGTOY],
    ['fi', 'Syöttötuoli', HIGHCHAIR],
    ['fi', 'Itkuhälytin', BABYMON],
    ['fi', 'Puutarhatuoli', GARDENCHAIR],
    ['fi', 'Pensasleikkuri', HEDGE],
    ['fi', 'Lannoite', FERTILIZER],
    ['fi', 'Valosarja', LIGHTSTRING],
    ['fi', 'Verkkokamera', WEBCAM],
    ['fi', 'Vesivaaka', LEVEL],
    ['fi', 'Mittanauha 5 m', MEASURE],
    ['fi', 'Jakoavain', WRENCH],
    ['fi', 'Työkalulaatikko', TOOLBOX],
    ['fi', 'Pihdit', PLIERS],
    ['fi', 'Laatikosto', DRESSER],
    ['fi', 'Pöydänjalat', TABLELEGS],
    ['fi', 'Ovenkahva', DOORKNOB],
    ['fi', 'Kenkäteline', SHOERACK],
    ['fi', 'Naulakko', COATRACK],
    ['hu', 'Férfi boxeralsó 3 db', UNDERWEAR],
    ['hu', 'Tárolódoboz fedéllel', BOXES],
    ['hu', 'Vezeték nélküli egér', MOUSE],
    ['hu', 'Akkus fúrócsavarozó 18 V', DRILL],
    ['hu', 'Késkészlet 5 részes', KNIVES],
    ['hu', 'Üveg sütőtál', CASSEROLE],
    ['hu', 'Uzsonnásdoboz', LUNCHBOX],
    ['hu', 'Kulacs 750 ml', WATERBOTTLE],
    ['hu', 'Matracfedő 160x200', MATTPROT],
    ['hu', 'Játékautó', TOYCAR],
    ['hu', 'Kézkrém', LOTION],
    ['hu', 'Keksz', COOKIES],
    ['hu', 'Kutyajáték', DOGTOY],
    ['hu', 'Etetőszék', HIGHCHAIR],
    ['hu', 'Bébiőr', BABYMON],
    ['hu', 'Kerti szék', GARDENCHAIR],
    ['hu', 'Sövényvágó', HEDGE],
    ['hu', 'Műtrágya', FERTILIZER],
    ['hu', 'Fényfüzér', LIGHTSTRING],
    ['hu', 'Webkamera', WEBCAM],
    ['hu', 'Vízmérték', LEVEL],
    ['hu', 'Mérőszalag 5 m', MEASURE],
    ['hu', 'Villáskulcs', WRENCH],
    ['hu', 'Szerszámosláda', TOOLBOX],
    ['hu', 'Asztalláb', TABLELEGS],
    ['hu', 'Kilincs', DOORKNOB],
    ['hu', 'Cipőtartó', SHOERACK],
    ['ro', 'Boxeri barbati set 3', UNDERWEAR],
    ['ro', 'Cutie depozitare cu capac', BOXES],
    ['ro', 'Baterie externă 10000 mAh', CHARGER],
    ['ro', 'Cutie pentru prânz', LUNCHBOX],
    ['ro', 'Sticlă de apă 750 ml', WATERBOTTLE],
    ['ro', 'Mașinuță de jucărie', TOYCAR],
    ['ro', 'Biscuiți', COOKIES],
    ['ro', 'Acvariu 60 l', AQUARIUM],
    ['ro', 'Jucărie pentru câini', DOGTOY],
    ['ro', 'Scaun de masă pentru copii', HIGHCHAIR],
    ['ro', 'Monitor bebeluși', BABYMON],
    ['ro', 'Scaun de grădină', GARDENCHAIR],
    ['ro', 'Mașină de tuns gard viu', HEDGE],
    ['ro', 'Îngrășământ', FERTILIZER],
    ['ro', 'Instalație luminoasă', LIGHTSTRING],
    ['ro', 'Cameră web', WEBCAM],
    ['ro', 'Nivelă', LEVEL],
    ['ro', 'Cheie fixă', WRENCH],
    ['ro', 'Cutie de scule', TOOLBOX],
    ['ro', 'Clește', PLIERS],
    ['ro', 'Picioare masă', TABLELEGS],
    ['ro', 'Mâner ușă', DOORKNOB],
    ['ro', 'Pantofar', SHOERACK],
    ['ro', 'Cuier', COATRACK],
    ['no', 'Trådløs mus', MOUSE],
    ['no', 'Skrutrekkersett', SCREWDRIVER],
    ['no', 'Knivsett 5 deler', KNIVES],
    ['no', 'Drikkeflaske 750 ml', WATERBOTTLE],
    ['no', 'Lekebil', TOYCAR],
    ['no', 'Håndkrem', LOTION],
    ['no', 'Kjeks', COOKIES],
    ['no', 'Hundeleke', DOGTOY],
    ['no', 'Babycall', BABYMON],
    ['no', 'Hagestol', GARDENCHAIR],
    ['no', 'Hekksaks', HEDGE],
    ['no', 'Gjødsel', FERTILIZER],
    ['no', 'Lysslynge', LIGHTSTRING],
    ['no', 'Webkamera', WEBCAM],
    ['no', 'Fastnøkkel', WRENCH],
    ['no', 'Verktøykasse', TOOLBOX],
    ['no', 'Bordben', TABLELEGS],
    ['no', 'Dørhåndtak', DOORKNOB],
    ['no', 'Skostativ', SHOERACK],
    ['no', 'Knaggrekke', COATRACK],
    ['da', 'Trådløs mus', MOUSE],
    ['da', 'Garderobeskab med skydedøre', WARDROBE],
    ['da', 'Hundesnor', LEASH],
    ['el', 'Γαλότσες παιδικές', SHOES],
    ['el', 'Κουτί αποθήκευσης με καπάκι', BOXES],
    ['el', 'Άμμος για γάτες 10 l', LITTER],
    ['el', 'Ασύρματο ποντίκι', MOUSE],
    ['el', 'Δραπανοκατσάβιδο μπαταρίας 18 V', DRILL],
    ['tr', 'Kapaklı saklama kutusu', BOXES],
    ['tr', 'Filtre kahve makinesi', COFFEEMAKER],
    ['tr', 'Kadın mayo', SWIMWEAR],
  ])('[%s] "%s"', (lang, title, node) => {
    const got = pathOf(title, lang);
    expect(within(got, node), got).toBe(true);
  });
});

describe('kitchen tools, bathroom, baby, garden and power tools of Finnish, Hungarian, Romanian and Norwegian shops', () => {
  it.each([
    ['fi', 'Kylpytakki', 'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Robes'],
    ['hu', 'Fürdőköpeny', 'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Robes'],
    ['ro', 'Halat de baie', 'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Robes'],
    ['no', 'Morgenkåpe', 'Apparel & Accessories > Clothing > Sleepwear & Loungewear > Robes'],
    ['hu', 'Neszeszer', 'Luggage & Bags > Cosmetic & Toiletry Bags'],
    ['fi', 'Penkki', 'Furniture > Benches'],
    ['fi', 'TV-taso', 'Furniture > Entertainment Centers & TV Stands'],
    ['no', 'TV-benk', 'Furniture > Entertainment Centers & TV Stands'],
    ['fi', 'Sängynrunko 160x200', 'Furniture > Beds & Accessories > Beds & Bed Frames'],
    ['no', 'Bestikksett', 'Home & Garden > Kitchen & Dining > Tableware > Flatware'],
    ['hu', 'Kancsó', 'Home & Garden > Kitchen & Dining > Tableware > Serveware'],
    ['hu', 'Habverő', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Whisks'],
    ['fi', 'Siivilä', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['no', 'Dørslag', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Colanders & Strainers'],
    ['no', 'Dukkehus', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Dollhouses'],
    ['ro', 'Zornăitoare', 'Baby & Toddler > Baby Toys & Activity Equipment > Rattles'],
    ['fi', 'Kynsiviila', 'Health & Beauty > Personal Care > Cosmetics > Cosmetic Tools > Nail Tools'],
    ['hu', 'Hajkefe', 'Health & Beauty > Personal Care > Hair Care > Hair Styling Tools > Combs & Brushes'],
    ['no', 'Barberhøvel', 'Health & Beauty > Personal Care > Shaving & Grooming > Razors & Razor Blades'],
    ['ro', 'Mască de față', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Skin Care Masks & Peels'],
    ['fi', 'Näkkileipä', 'Food, Beverages & Tobacco > Food Items > Snack Foods > Crackers'],
    ['hu', 'Müzli', 'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal > Cereal & Granola'],
    ['no', 'Syltetøy', 'Food, Beverages & Tobacco > Food Items > Dips & Spreads > Jams & Jellies'],
    ['fi', 'Pähkinät', 'Food, Beverages & Tobacco > Food Items > Nuts & Seeds'],
    ['ro', 'Condimente', 'Food, Beverages & Tobacco > Food Items > Seasonings & Spices'],
    ['fi', 'Raapimispuu', 'Animals & Pet Supplies > Pet Supplies > Cat Supplies > Cat Furniture'],
    ['hu', 'Madáreleség', 'Animals & Pet Supplies > Pet Supplies > Bird Supplies > Bird Food'],
    ['no', 'Smekke', 'Baby & Toddler > Nursing & Feeding > Bibs'],
    ['fi', 'Hoitoalusta', 'Baby & Toddler > Diapering > Changing Mats & Trays'],
    ['ro', 'Marsupiu', 'Baby & Toddler > Baby Transport > Baby Carriers'],
    ['hu', 'Locsolókanna', 'Home & Garden > Lawn & Garden > Watering & Irrigation > Watering Cans'],
    ['no', 'Trillebår', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Wheelbarrows'],
    ['ro', 'Lopată', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Shovels & Spades'],
    ['fi', 'Harava', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Rakes'],
    ['ro', 'Aplică perete', 'Home & Garden > Lighting > Lighting Fixtures > Wall Light Fixtures'],
    ['fi', 'Mehulinko', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Juicers'],
    ['hu', 'Gofrisütő', 'Home & Garden > Kitchen & Dining > Kitchen Appliances > Toasters & Grills > Waffle Irons'],
    ['fi', 'USB-keskitin', 'Electronics > Electronics Accessories > Computer Components > USB & FireWire Hubs'],
    ['no', 'Musematte', 'Electronics > Electronics Accessories > Computer Accessories > Mouse Pads'],
    ['hu', 'Memóriakártya', 'Electronics > Electronics Accessories > Memory > Flash Memory > Flash Memory Cards'],
    ['ro', 'Polizor unghiular', 'Hardware > Tools > Grinders'],
    ['no', 'Stikksag', 'Hardware > Tools > Saws > Jigsaws'],
    ['hu', 'Csiszológép', 'Hardware > Tools > Sanders'],
    ['fi', 'Tikkaat', 'Hardware > Tools > Ladders & Scaffolding > Ladders'],
    ['ro', 'Burghie', 'Hardware > Tool Accessories > Drill & Screwdriver Accessories > Drill & Screwdriver Bits'],
  ])('[%s] "%s"', (lang, title, node) => {
    const got = pathOf(title, lang);
    expect(within(got, node), got).toBe(true);
  });
});

describe('Romanian, Turkish and Greek kitchen, toiletries, drinks, pet, baby, garden and fasteners', () => {
  it.each([
    ['ro', 'Borsetă', 'Luggage & Bags > Fanny Packs'],
    ['ro', 'Castron', 'Home & Garden > Kitchen & Dining > Tableware > Dinnerware > Bowls'],
    ['ro', 'Răzătoare', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Food Graters & Zesters'],
    ['el', 'Τρίφτης', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Food Graters & Zesters'],
    [
      'el',
      'Χύτρα ταχύτητας',
      'Home & Garden > Kitchen & Dining > Cookware & Bakeware > Cookware > Pressure Cookers & Canners',
    ],
    ['tr', 'Baharatlık', 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Organizers'],
    ['el', 'Κουβερλί', 'Home & Garden > Linens & Bedding > Bedding > Quilts & Comforters'],
    ['tr', 'Şişme yelek', 'Apparel & Accessories > Clothing > Outerwear > Vests'],
    ['el', 'Πέδιλα γυναικεία', 'Apparel & Accessories > Shoes'],
    ['ro', 'Ursuleț de pluș', 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals'],
    ['ro', 'Trotinetă copii', 'Sporting Goods > Outdoor Recreation > Riding Scooters'],
    ['tr', 'Makyaj temizleyici', 'Health & Beauty > Personal Care > Cosmetics > Skin Care > Makeup Removers'],
    ['el', 'Αφρός ξυρίσματος', 'Health & Beauty > Personal Care > Shaving & Grooming > Shaving Cream'],
    ['tr', 'Duş jeli', 'Health & Beauty > Personal Care > Cosmetics > Bath & Body'],
    ['ro', 'Apă minerală', 'Food, Beverages & Tobacco > Beverages > Water'],
    ['tr', 'Maden suyu', 'Food, Beverages & Tobacco > Beverages > Water'],
    ['el', 'Ηλιέλαιο', 'Food, Beverages & Tobacco > Food Items > Cooking & Baking Ingredients > Cooking Oils'],
    ['tr', 'Kuş kafesi', 'Animals & Pet Supplies > Pet Supplies > Bird Supplies > Bird Cages & Stands'],
    ['el', 'Κολάρο σκύλου', 'Animals & Pet Supplies > Pet Supplies > Pet Collars & Harnesses'],
    ['tr', 'Bebek maması', 'Baby & Toddler > Nursing & Feeding > Baby & Toddler Food'],
    ['ro', 'Pătuț', 'Furniture > Baby & Toddler Furniture > Cribs & Toddler Beds'],
    ['ro', 'Sămânță de gazon', 'Home & Garden > Plants > Seeds'],
    ['tr', 'Budama makası', 'Home & Garden > Lawn & Garden > Gardening > Gardening Tools > Pruning Shears'],
    ['ro', 'Cuie', 'Hardware > Hardware Accessories > Hardware Fasteners > Nails'],
    ['tr', 'Koli bandı', 'Office Supplies > Shipping Supplies > Packing Tape'],
  ])('[%s] "%s"', (lang, title, node) => {
    const got = pathOf(title, lang);
    expect(within(got, node), got).toBe(true);
  });
});

describe('a word with a second meaning elsewhere is read only inside a phrase', () => {
  it.each([
    ['it', 'Borraccia per acqua da bere 750 ml', 'Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Beer'],
    ['en', 'Real Mayo squeeze bottle 400 g', SWIMWEAR],
    ['es', 'Ruleta de casino con bolas', MEASURE],
    ['pl', 'Myśli i aforyzmy, książka', 'Food, Beverages & Tobacco > Food Items > Grains, Rice & Cereal'],
    [
      'it',
      'Crema che rende la pelle morbida',
      'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Food Graters & Zesters',
    ],
    ['en', 'Emerald gem pendant necklace', 'Food, Beverages & Tobacco > Food Items > Dips & Spreads'],
  ])('[%s] "%s" is not read as %s', (lang, title, node) => {
    expect(within(pathOf(title, lang), node)).toBe(false);
  });
});
