/**
 * Issue #15: products of six top levels the lexicon was built without (Business & Industrial,
 * Vehicles & Parts, Office Supplies, Sporting Goods, Cameras & Optics, Hardware), in many
 * languages: their words (scripts/classify/toplevels.ts) and the vehicle a product is named for
 * (rules/vehicle-of.ts: "Batterie voiture" is a car part, "Pneu vélo" a bicycle tyre). Each product
 * is expected where the 2021 taxonomy files it (work gloves under Work Safety Protective Gear,
 * moving boxes under Shipping Supplies, memory cards under Electronics), at that node or below.
 * Titles written for these tests (none is taken from an evaluation set); each failed on the
 * round-22 classifier.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';
/** The node, or a node below it. */
const within = (path: string, node: string) => path === node || path.startsWith(`${node} > `);

const AIRFRESH =
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle Air Fresheners';
const BANDS = 'Sporting Goods > Exercise & Fitness > Exercise Bands';
const BIKEBRAKE = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Brake Parts';
const BIKELOCK = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories > Bicycle Locks';
const BIKETUBE = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Tubes';
const BINDER = 'Office Supplies > Filing & Organization > Binding Supplies > Binders';
const BINOC = 'Cameras & Optics > Optics > Binoculars';
const BOXES = 'Office Supplies > Shipping Supplies > Moving & Shipping Boxes';
const BOXING = 'Sporting Goods > Athletics > Boxing & Martial Arts';
const BRAKE = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Braking';
const CABLE = 'Hardware > Power & Electrical Supplies > Electrical Wires & Cable';
const CAMBAG = 'Cameras & Optics > Camera & Optic Accessories > Camera Parts & Accessories > Camera Bags & Cases';
const CARBATT =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Power & Electrical Systems';
const CARPET =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Carpet & Upholstery';
const CLIPS = 'Office Supplies > General Office Supplies > Paper Clips & Clamps';
const DISPOSABLE_TABLEWARE = 'Business & Industrial > Food Service > Disposable Tableware';
const DISPCUTL = 'Business & Industrial > Food Service > Disposable Tableware > Disposable Cutlery';
const DISPCUP = 'Business & Industrial > Food Service > Disposable Tableware > Disposable Cups';
const DISPGLOVE = 'Business & Industrial > Medical > Medical Supplies > Disposable Gloves';
const DISPPLATE = 'Business & Industrial > Food Service > Disposable Tableware > Disposable Plates';
const DIVING = 'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Diving & Snorkeling';
const DUSTMASK = 'Business & Industrial > Work Safety Protective Gear > Protective Masks > Dust Masks';
const ENGINEOIL =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Engine Oil Circulation';
const ENGINEPART = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Engine Parts';
const ENVELOPE = 'Office Supplies > General Office Supplies > Paper Products > Envelopes';
const EXTCORD = 'Hardware > Power & Electrical Supplies > Extension Cords';
const FAUCET = 'Hardware > Plumbing > Plumbing Fixtures > Faucets';
const FOLDER = 'Office Supplies > Filing & Organization';
const FREEWEIGHT = 'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights';
const GOGGLES = 'Sporting Goods > Outdoor Recreation > Boating & Water Sports > Swimming > Swim Goggles & Masks';
const HARDHAT = 'Business & Industrial > Work Safety Protective Gear > Hardhats';
const LENS = 'Cameras & Optics > Camera & Optic Accessories > Camera & Video Camera Lenses';
const MEMCARD = 'Electronics > Electronics Accessories > Memory > Flash Memory > Flash Memory Cards';
const MOTOHELM =
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Safety & Security > Motorcycle Protective Gear > Motorcycle Helmets';
const MOTOROIL =
  'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Motor Oil';
const PACKING = 'Office Supplies > Shipping Supplies > Packing Materials';
const PACKTAPE = 'Office Supplies > Shipping Supplies > Packing Tape';
const PAPER = 'Office Supplies > General Office Supplies > Paper Products > Printer & Copier Paper';
const PEYE = 'Business & Industrial > Work Safety Protective Gear > Protective Eyewear';
const RACKS = 'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Storage & Cargo > Motor Vehicle Carrying Racks';
const RIFLESCOPE = 'Cameras & Optics > Optics > Scopes > Weapon Scopes & Sights';
const SCREWS = 'Hardware > Hardware Accessories > Hardware Fasteners > Screws';
const SEATCOVER = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Seating';
const SGLOVE = 'Business & Industrial > Work Safety Protective Gear > Safety Gloves';
const SKIGOG =
  'Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Ski & Snowboard Goggles';
const SKIHELM =
  'Sporting Goods > Outdoor Recreation > Winter Sports & Activities > Skiing & Snowboarding > Ski & Snowboard Helmets';
const SLEEPBAG = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Bags';
const SLEEPPAD = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Sleeping Pads';
const STAPLER = 'Office Supplies > Office Instruments > Staplers';
const STAPLES = 'Office Supplies > General Office Supplies > Staples';
const SWITCH = 'Hardware > Power & Electrical Supplies > Electrical Switches';
const TELESCOPE = 'Cameras & Optics > Optics > Scopes > Telescopes';
const TENT = 'Sporting Goods > Outdoor Recreation > Camping & Hiking > Tents';
const TIRES =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Wheel Systems > Motor Vehicle Tires';
const TRIPOD = 'Cameras & Optics > Camera & Optic Accessories > Tripods & Monopods';
const VALVE = 'Hardware > Plumbing > Plumbing Fittings & Supports';
const WIPER =
  'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Window Parts & Accessories';
const WRENCH = 'Hardware > Tools > Wrenches';
const WSPG = 'Business & Industrial > Work Safety Protective Gear';
const YOGAMAT = 'Sporting Goods > Exercise & Fitness > Yoga & Pilates > Yoga & Pilates Mats';

describe('Business & Industrial: work safety gear, medical and food-service disposables', () => {
  it.each([
    ['Schutzhelm Bauhelm EN 397 weiß mit Drehverschluss', 'de', HARDHAT],
    ['Casque de chantier ventilé EN397 jaune', 'fr', HARDHAT],
    ['Casco de obra con barbuquejo blanco', 'es', HARDHAT],
    ['Elmetto da cantiere EN397 regolabile', 'it', HARDHAT],
    ['Veiligheidshelm bouwhelm geel EN397', 'nl', HARDHAT],
    ['Skyddshjälm byggarbetsplats vit', 'sv', HARDHAT],
    ['Каска строительная защитная белая', 'ru', HARDHAT],
    ['Gants de travail anti-coupure taille 9', 'fr', SGLOVE],
    ['Guantes de trabajo de nitrilo talla L 12 pares', 'es', SGLOVE],
    ['Guanti da lavoro antitaglio taglia 9', 'it', SGLOVE],
    ['Werkhandschoenen nitril maat 10', 'nl', SGLOVE],
    ['Arbetshandskar nitril storlek 10', 'sv', SGLOVE],
    ['Työkäsineet nitriili koko 10', 'fi', SGLOVE],
    ['劳保手套 丁腈涂层 耐磨 12双', 'zh', SGLOVE],
    ['İş eldiveni nitril kaplı 12 çift', 'tr', SGLOVE],
    ['Warnweste gelb EN ISO 20471 Einheitsgröße', 'de', WSPG],
    ['Chaleco reflectante de alta visibilidad amarillo', 'es', WSPG],
    ['Gilet ad alta visibilità giallo EN 20471', 'it', WSPG],
    ['Ear defenders SNR 32dB foldable', 'en', WSPG],
    ['Casque antibruit SNR 30 dB pliable', 'fr', WSPG],
    ['Hörselskydd SNR 30 dB vikbara', 'sv', WSPG],
    ['Lunettes de protection incolores anti-buée', 'fr', PEYE],
    ['Gafas de protección antivaho EN166', 'es', PEYE],
    ['Atemschutzmaske FFP3 mit Ventil 10 Stück', 'de', DUSTMASK],
    ['Einweghandschuhe Nitril puderfrei 100 Stück', 'de', DISPGLOVE],
    ['Gants jetables en nitrile non poudrés boîte de 100', 'fr', DISPGLOVE],
    ['Wegwerphandschoenen nitril 100 stuks', 'nl', DISPGLOVE],
    ['使い捨て手袋 ニトリル 100枚入', 'ja', DISPGLOVE],
    ['Einwegbecher Pappe 0,3 l 100 Stück', 'de', DISPCUP],
    ['Gobelets jetables en carton 20 cl lot de 100', 'fr', DISPOSABLE_TABLEWARE],
    ['Compostable paper plates 23 cm, 50 count', 'en', DISPPLATE],
    ['Pappteller rund 23 cm 50 Stück', 'de', DISPPLATE],
    ['Työkäsineet nahka koko 10', 'fi', SGLOVE],
    ['İş eldiveni nitril 12 çift', 'tr', SGLOVE],
    ['Каска защитная строительная белая', 'ru', HARDHAT],
    ['Skyddshjälm med hakrem', 'sv', HARDHAT],
    ['Elmetto da cantiere con sottogola', 'it', HARDHAT],
    ['Guantes desechables de nitrilo caja 100', 'es', DISPGLOVE],
    ['Guanti monouso in nitrile 100 pezzi', 'it', DISPGLOVE],
    ['Pappbecher 200 ml weiß 100 Stück', 'de', DISPCUP],
    ['Assiettes jetables en carton 50 pièces', 'fr', DISPPLATE],
    ['Warnweste Kinder gelb', 'de', WSPG],
    ['Hörselskydd med radio', 'sv', WSPG],
    ['Gilet ad alta visibilità arancione', 'it', WSPG],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('Vehicles & Parts: car and motorcycle parts, fluids and care', () => {
  it.each([
    ['Bosch Aerotwin wiper blades 600/450 mm', 'en', WIPER],
    ["Balais d'essuie-glace avant 650 mm", 'fr', WIPER],
    ['Escobillas limpiaparabrisas 550 mm juego', 'es', WIPER],
    ['Spazzole tergicristallo anteriori 600 mm', 'it', WIPER],
    ['Ruitenwissers voor set 600 mm', 'nl', WIPER],
    ['Torkarblad fram 600 mm', 'sv', WIPER],
    ['Front brake pads set for VW Golf', 'en', BRAKE],
    ['Pastillas de freno delanteras Seat Ibiza', 'es', BRAKE],
    ['Pastiglie freno anteriori Fiat Panda', 'it', BRAKE],
    ['Remblokken voor Volkswagen Polo', 'nl', BRAKE],
    ['Тормозные колодки передние Лада Веста', 'ru', BRAKE],
    ['Oil filter for Ford Focus 1.6', 'en', ENGINEOIL],
    ['Filtre à huile Peugeot 208', 'fr', ENGINEOIL],
    ['NGK spark plugs set of 4', 'en', ENGINEPART],
    ["Bougies d'allumage lot de 4", 'fr', ENGINEPART],
    ['Castrol Edge 5W-30 engine oil 5 litres', 'en', MOTOROIL],
    ['Varta car battery 12V 74Ah', 'en', CARBATT],
    ['Batteria auto 12V 60Ah', 'it', CARBATT],
    ['Tapis de sol voiture caoutchouc universel', 'fr', CARPET],
    ['Alfombrillas de coche de goma universales', 'es', CARPET],
    ['Thule roof box 420 litres black', 'en', RACKS],
    ['Dachbox 400 Liter abschließbar', 'de', RACKS],
    ['Dachträger Relingträger Aluminium', 'de', RACKS],
    ['Coffre de toit 400 L noir', 'fr', RACKS],
    ['Michelin Pilot Sport 5 225/45 R17 94Y summer tyre', 'en', TIRES],
    ['Winterbanden 205/55 R16', 'nl', TIRES],
    ['Vinterdäck dubbfria 205/55 R16', 'sv', TIRES],
    ['Car air freshener vent clip vanilla', 'en', AIRFRESH],
    ['Motorradhelm Integralhelm schwarz matt', 'de', MOTOHELM],
    ['Casque moto intégral noir mat', 'fr', MOTOHELM],
    ['Casco moto integrale nero', 'it', MOTOHELM],
    ['Sitzbezüge Auto Schonbezug Set', 'de', SEATCOVER],
    ['Silecek süpürgesi 600 mm ön', 'tr', WIPER],
    ['Ablaktörlő lapát 600 mm', 'hu', WIPER],
    ['Ștergătoare parbriz 600 mm set', 'ro', WIPER],
    ['Torkarblad bak 350 mm', 'sv', WIPER],
    ['Jarrupalat etu Toyota Corolla', 'fi', BRAKE],
    ['Fékbetét első Opel Astra', 'hu', BRAKE],
    ['Bromsbelägg fram Volvo V70', 'sv', BRAKE],
    ['Tappetini auto in gomma universali', 'it', CARPET],
    ['Automatten rubber universeel set', 'nl', CARPET],
    ['Dakkoffer 400 liter zwart', 'nl', RACKS],
    ['Takbox 420 liter svart', 'sv', RACKS],
    ['Box tetto auto 400 litri', 'it', RACKS],
    ['Автобокс на крышу 450 л', 'ru', RACKS],
    ['Мотошлем интеграл чёрный матовый', 'ru', MOTOHELM],
    ['Casco moto integral negro mate', 'es', MOTOHELM],
    ['Свечи зажигания комплект 4 шт', 'ru', ENGINEPART],
    ['Filtro de aceite para Seat León', 'es', ENGINEOIL],
    ['Filtro olio per Fiat Punto', 'it', ENGINEOIL],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('Office Supplies: paper, filing, mailing and packing supplies', () => {
  it.each([
    ['Papel de impresora A4 80 g 500 hojas', 'es', PAPER],
    ['Risma carta A4 80 g 500 fogli', 'it', PAPER],
    ['コピー用紙 A4 500枚', 'ja', PAPER],
    ['Heftklammern 24/6 5000 Stück', 'de', STAPLES],
    ['Büroklammern 28 mm 100 Stück', 'de', CLIPS],
    ['A4 lever arch file 75 mm blue', 'en', BINDER],
    ['Chemises cartonnées A4 lot de 50', 'fr', FOLDER],
    ['Sichthüllen A4 100 Stück', 'de', FOLDER],
    ['Umzugskartons 10 Stück stabil', 'de', BOXES],
    ['Cartons de déménagement lot de 10', 'fr', BOXES],
    ['Papier bulle rouleau 1 m x 10 m', 'fr', PACKING],
    ['Plástico de burbujas rollo 1 m x 10 m', 'es', PACKING],
    ['Packband braun 50 mm x 66 m 6 Rollen', 'de', PACKTAPE],
    ['Kopiopaperi A4 80 g 500 arkkia', 'fi', PAPER],
    ['Kirjekuoret C5 valkoinen 50 kpl', 'fi', ENVELOPE],
    ['Borítékok LC5 öntapadós 50 db', 'hu', ENVELOPE],
    ['Plicuri albe C5 autoadezive 50 buc', 'ro', ENVELOPE],
    ['서류 봉투 A4 50매', 'ko', ENVELOPE],
    ['Cajas de cartón para mudanza 10 unidades', 'es', BOXES],
    ['Scatoloni per trasloco 10 pezzi', 'it', BOXES],
    ['Flyttkartonger 10-pack', 'sv', BOXES],
    ['Pluriball rotolo 50 cm x 10 m', 'it', PACKING],
    ['Bubbelplast rulle 50 cm', 'sv', PACKING],
    ['Nietmachine 25 vel zwart', 'nl', STAPLER],
    ['Häftapparat 20 ark', 'sv', STAPLER],
    ['Степлер канцелярский 20 листов', 'ru', STAPLER],
    ['Raccoglitore ad anelli A4 dorso 5 cm', 'it', BINDER],
    ['Pärm A4 gaffelpärm 80 mm', 'sv', BINDER],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('Electronics: memory cards are Electronics', () => {
  it.each([['SD Karte 64 GB Class 10', 'de', MEMCARD]])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('Sporting Goods: fitness, camping, cycling, winter and water sports', () => {
  it.each([
    ['Гантели разборные 2 по 10 кг', 'ru', FREEWEIGHT],
    ['Yogamat antislip 6 mm', 'nl', YOGAMAT],
    ['Yogamatta halkfri 6 mm', 'sv', YOGAMAT],
    ['Bandes élastiques de résistance lot de 5', 'fr', BANDS],
    ['Bandas elásticas de resistencia 5 niveles', 'es', BANDS],
    ['Tält 3 personer', 'sv', TENT],
    ['Slaapzak mummie -5 graden', 'nl', SLEEPBAG],
    ['Sovsäck mumie -5', 'sv', SLEEPBAG],
    ['Self inflating sleeping mat 5 cm', 'en', SLEEPPAD],
    ['Fahrradschlauch 28 Zoll Sclaverandventil', 'de', BIKETUBE],
    ['Inner tube 26 inch Schrader valve', 'en', BIKETUBE],
    ['Disc brake pads for Shimano Deore bike brakes', 'en', BIKEBRAKE],
    ['Fahrradschloss Bügelschloss', 'de', BIKELOCK],
    ['Skihelm Erwachsene', 'de', SKIHELM],
    ['Casque de ski adulte', 'fr', SKIHELM],
    ['Skibrille verspiegelt', 'de', SKIGOG],
    ['Schwimmbrille Erwachsene Antibeschlag', 'de', GOGGLES],
    ['Schnorchelset Maske und Schnorchel', 'de', DIVING],
    ['Taucherflossen Gr. 42-43', 'de', DIVING],
    ['Boxhandschuhe 12 oz', 'de', BOXING],
    ['Hantlar 2 x 10 kg justerbara', 'sv', FREEWEIGHT],
    ['Гантели неопреновые 2 шт по 3 кг', 'ru', FREEWEIGHT],
    ['Yogamatta extra tjock 10 mm', 'sv', YOGAMAT],
    ['Yogamat extra dik 10 mm', 'nl', YOGAMAT],
    ['Bandas elásticas de resistencia set de 5', 'es', BANDS],
    ['Slaapzak donzen -10 graden', 'nl', SLEEPBAG],
    ['Sovsäck dun -10', 'sv', SLEEPBAG],
    ['Tält 4 personer tunneltält', 'sv', TENT],
    ['Skihelm Kinder mit Visier', 'de', SKIHELM],
    ['Casco de esquí adulto', 'es', SKIHELM],
    ['Skibrille Damen verspiegelt', 'de', SKIGOG],
    ['Zwembril volwassenen anti-condens', 'nl', GOGGLES],
    ['Schnorchelset Kinder Maske', 'de', DIVING],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('Cameras & Optics: lenses, tripods, bags and optics', () => {
  it.each([
    ['Objetivo 50 mm f/1.8 para Canon', 'es', LENS],
    ['Obiettivo 50 mm f/1.8 per Nikon', 'it', LENS],
    ['Objectief 50 mm f/1.8 voor Canon', 'nl', LENS],
    ['単焦点レンズ 50mm F1.8', 'ja', LENS],
    ['Stativ Kamera 160 cm Aluminium', 'de', TRIPOD],
    ['Trípode para cámara 150 cm', 'es', TRIPOD],
    ['Statief camera 160 cm', 'nl', TRIPOD],
    ['Einbeinstativ Carbon', 'de', TRIPOD],
    ['Camera backpack for DSLR and lenses', 'en', CAMBAG],
    ['Sac photo pour reflex', 'fr', CAMBAG],
    ['Fernglas 10x42 wasserdicht', 'de', BINOC],
    ['Verrekijker 10x42 waterdicht', 'nl', BINOC],
    ['双眼鏡 10倍 防水', 'ja', BINOC],
    ['双筒望远镜 10x42 防水', 'zh', BINOC],
    ['Teleskop für Einsteiger 70/700', 'de', TELESCOPE],
    ['Telescopio astronómico 70 mm', 'es', TELESCOPE],
    ['天体望遠鏡 初心者 屈折式', 'ja', TELESCOPE],
    ['Zielfernrohr 3-9x40 Leuchtabsehen', 'de', RIFLESCOPE],
    ['Lunette de visée 3-9x40', 'fr', RIFLESCOPE],
    ['Rotpunktvisier mit Picatinny Montage', 'de', RIFLESCOPE],
    ['Dürbün 10x42 su geçirmez', 'tr', BINOC],
    ['Kikkert 10x42 vanntett', 'no', BINOC],
    ['Kiikarit 10x42 vedenpitävät', 'fi', BINOC],
    ['Binoclu 10x50 cu husă', 'ro', BINOC],
    ['Бінокль 10x42 водонепроникний', 'uk', BINOC],
    ['쌍안경 10배율 방수', 'ko', BINOC],
    ['천체 망원경 입문용', 'ko', TELESCOPE],
    ['Telescopio astronomico rifrattore 70 mm', 'it', TELESCOPE],
    ['Trípode de aluminio para cámara 160 cm', 'es', TRIPOD],
    ['Kamerastativ Aluminium 160 cm', 'de', TRIPOD],
    ['Obiettivo 35 mm f/1.8 per Sony', 'it', LENS],
    ['Objetivo zoom 70-300 mm para Nikon', 'es', LENS],
    ['Kamerarucksack für DSLR', 'de', CAMBAG],
    ['Zielfernrohr 4-16x50 beleuchtet', 'de', RIFLESCOPE],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('Hardware: tools, fasteners, plumbing and electrical supplies', () => {
  it.each([
    ['Clé à molette 250 mm', 'fr', WRENCH],
    ['Spaanplaatschroeven 4x40 mm 200 stuks', 'nl', SCREWS],
    ['Саморезы по дереву 4x40 мм 200 шт', 'ru', SCREWS],
    ['Kitchen mixer tap with pull out spray', 'en', FAUCET],
    ['Eckventil 1/2 Zoll 3/8 Zoll', 'de', VALVE],
    ['Ball valve 1/2 inch brass', 'en', VALVE],
    ['Mantelleitung NYM-J 3x1,5 mm² 50 m', 'de', CABLE],
    ['Câble électrique 3G1,5 mm² 25 m', 'fr', CABLE],
    ['Interrupteur va-et-vient blanc', 'fr', SWITCH],
    ['Extension lead 4 way 2 m', 'en', EXTCORD],
    ['Kabeltrommel 25 m', 'de', EXTCORD],
    ['Rallonge électrique 10 m', 'fr', EXTCORD],
    ['Extension lead 8 way surge protected', 'en', EXTCORD],
    ['Rallonge électrique 3 prises 5 m', 'fr', EXTCORD],
    ['Mantelleitung NYM-J 5x2,5 mm² 25 m', 'de', CABLE],
    ['Interruptor de luz empotrable blanco', 'es', SWITCH],
    ['Chiave inglese regolabile 200 mm', 'it', WRENCH],
    ['Eckventil Chrom 1/2 Zoll', 'de', VALVE],
    ['Саморезы по металлу 3,5x25 мм', 'ru', SCREWS],
    ['Basin mixer tap chrome', 'en', FAUCET],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });
});

describe('a product named with the vehicle it is for is the vehicle kind of it (rules/vehicle-of.ts)', () => {
  const CAR_POWER =
    'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Power & Electrical Systems';
  const CAR_MATS =
    'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Carpet & Upholstery';
  const CAR_CLEANING =
    'Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Cleaning';
  const CAR_MIRRORS = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Mirrors';
  const CAR_SEATS = 'Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Seating';
  const BIKE_LOCKS = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories > Bicycle Locks';
  const BIKE_TIRES = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Tires';
  const BIKE_ACCESSORIES = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Accessories';
  it.each([
    ['Batterie voiture 12V 60Ah', 'fr', CAR_POWER],
    ['Autobatterie 12V 70Ah Starterbatterie', 'de', CAR_POWER],
    ['Batería de coche 12V 70Ah', 'es', CAR_POWER],
    ['Auton akku 12V 60Ah', 'fi', CAR_POWER],
    ['Tapis de sol voiture caoutchouc universel', 'fr', CAR_MATS],
    ['Car shampoo with wax 1 litre', 'en', CAR_CLEANING],
    ['Shampoo für Auto mit Wachs 1 l', 'de', CAR_CLEANING],
    ['Außenspiegel Auto links', 'de', CAR_MIRRORS],
    ['Seat covers for car universal', 'en', CAR_SEATS],
    ['Fahrradschloss Bügelschloss schwarz', 'de', BIKE_LOCKS],
    ['Pneu vélo 700x28C', 'fr', BIKE_TIRES],
    ['Fahrradbeleuchtung Set LED StVZO', 'de', BIKE_ACCESSORIES],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });

  it('leaves a product alone when "auto" is automatic or no vehicle is named', () => {
    expect(pathOf('LED light bulb E27 with auto on off sensor', 'en')).toMatch(
      /^Home & Garden > Lighting > Light Bulbs/,
    );
    expect(pathOf('Automatic battery charger for AA and AAA', 'en')).toMatch(/^Electronics /);
    expect(pathOf('Automatik-Ladegerät für AA Akkus', 'de')).toMatch(/^Electronics /);
    expect(pathOf('AA batteries alkaline 8 pack', 'en')).toMatch(
      /^Electronics > Electronics Accessories > Power > Batteries/,
    );
    expect(pathOf('Bilderrahmen 20x30 cm', 'de')).not.toMatch(/^Vehicles/);
    // A compound after the for-cue is what the product is for: a coin cell for car keys.
    expect(pathOf('Batterien CR2032 Knopfzellen 3V für Autoschlüssel und Waagen', 'de')).toMatch(/^Electronics /);
  });
});

describe("a product named for a trade's use is the trade's kind of it (rules/trade-of.ts)", () => {
  it.each([
    ['Перчатки нитриловые рабочие 10 пар', 'ru', SGLOVE],
    ['Guanti da lavoro in pelle taglia 10', 'it', SGLOVE],
    ['Werkhandschoenen leer maat 10', 'nl', SGLOVE],
    ['Gants de travail cuir taille 9', 'fr', SGLOVE],
    ['Guantes de trabajo piel talla 9', 'es', SGLOVE],
    ['Safety vest yellow reflective', 'en', WSPG],
    ['Одноразовые перчатки нитриловые 100 шт', 'ru', DISPGLOVE],
    ['一次性手套 丁腈 100只', 'zh', DISPGLOVE],
    ['Kertakäyttöiset käsineet nitriili 100 kpl', 'fi', DISPGLOVE],
    ['Gants jetables nitrile bleu boîte de 100', 'fr', DISPGLOVE],
    ['Engångshandskar nitril 100 st', 'sv', DISPGLOVE],
    ['Einwegbesteck Holz 100 Stück', 'de', DISPCUTL],
    ['Wooden disposable cutlery set forks knives spoons 300 pieces', 'en', DISPCUTL],
    ['Disposable paper coffee cups 8 oz with lids, 50 pack', 'en', DISPCUP],
    ['Bicchieri monouso 200 ml 100 pezzi', 'it', DISPCUP],
    ['Assiettes jetables en carton 50 pièces', 'fr', DISPPLATE],
    ['Piatti monouso in plastica 50 pezzi', 'it', DISPPLATE],
  ])('%s (%s)', (title, lang, node) => {
    expect(within(pathOf(title, lang), node), `${title} -> ${pathOf(title, lang)}`).toBe(true);
  });

  it('leaves a product alone when a protection word or no trade is named', () => {
    expect(pathOf('Gafas de sol polarizadas protección UV400', 'es')).toMatch(/Sunglasses$/);
    expect(pathOf('Sonnenbrille UV-Schutz polarisiert', 'de')).toMatch(/Sunglasses$/);
    expect(pathOf('Workout gloves gym', 'en')).toMatch(/^Apparel & Accessories > Clothing Accessories > Gloves/);
    expect(pathOf('Schutzhülle iPhone 14', 'de')).toMatch(/Mobile Phone Cases$/);
    expect(pathOf('Cotton work apron with pockets', 'en')).toMatch(
      /^Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Aprons/,
    );
  });
});
