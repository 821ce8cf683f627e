/**
 * Round 24, food and drink, sport, toys, office and baby (issue #15): the concepts of
 * scripts/classify/everyday-r24.ts by language, the paper notebook a stationery trail names, the
 * mould named after its bake (rules/mould-of.ts), the pack count of a Japanese or Korean title
 * (rules/pack-count.ts), and a floor on the dev set the round was built on
 * (tests/fixtures/dev-foodtoys-r24.csv: 67.4% right at the round's base, c47ab98; 83.0% after).
 * Titles written for these tests, not rows of that set; each failed at the base.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { Taxonomy } from './taxonomy';
import { evaluateFile } from '../../scripts/eval-classifier';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string, crumb?: string) =>
  classifier.classify({ title, lang, category: crumb ? crumb.split(' > ') : null })?.path ?? '';

const K = 'Home & Garden > Kitchen & Dining > ';
const PIZZA_CUTTERS = K + 'Kitchen Tools & Utensils > Pizza Cutters';
const TABLE_KNIVES = K + 'Tableware > Flatware > Table Knives';
const SKEWERS = K + 'Kitchen Tools & Utensils > Food Sticks & Skewers';
const CREPE_PANS = K + 'Cookware & Bakeware > Cookware > Crêpe & Blini Pans';
const MUFFIN_PANS = K + 'Cookware & Bakeware > Bakeware > Muffin & Pastry Pans';
const TUBES = 'Sporting Goods > Outdoor Recreation > Cycling > Bicycle Parts > Bicycle Tubes';
const PADEL = 'Sporting Goods > Athletics > Racquetball & Squash > Racquetball Racquets';
const TENNIS = 'Sporting Goods > Athletics > Tennis > Tennis Racquets';
const WEIGHTS = 'Sporting Goods > Exercise & Fitness > Weight Lifting > Free Weights';
const OI = 'Office Supplies > Office Instruments > ';
const REFILLS = OI + 'Writing & Drawing Instrument Accessories > Pen Ink & Refills';
const LEADS = OI + 'Writing & Drawing Instrument Accessories > Pencil Lead & Refills';
const STAPLERS = OI + 'Staplers';
const BINDERS = 'Office Supplies > Filing & Organization > Binding Supplies > Binders';
const NOTEBOOKS = 'Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads';
const LAPTOPS = 'Electronics > Computers > Laptops';
const BT = 'Baby & Toddler > ';
const TEATS = BT + 'Nursing & Feeding > Baby Bottle Nipples & Liners > Baby Bottle Nipples';
const GATES = BT + 'Baby Safety > Baby & Pet Gates';
const WIPES = BT + 'Diapering > Baby Wipes';
const NURSING_PADS = BT + 'Nursing & Feeding > Nursing Pads & Shields';
const CARRIERS = BT + 'Baby Transport > Baby Carriers';
const FI = 'Food, Beverages & Tobacco > Food Items > ';
const BREAD = FI + 'Bakery > Breads & Buns';
const JAMS = FI + 'Dips & Spreads > Jams & Jellies';
const BOARD_GAMES = 'Toys & Games > Games > Board Games';
const PLUSH = 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals';

describe('kitchen goods named after a food (everyday-r24.ts)', () => {
  it.each([
    ['de', 'Pizzaschneider mit Holzgriff', PIZZA_CUTTERS],
    ['fr', 'Roulette à pizza avec protège-lame', PIZZA_CUTTERS],
    ['es', 'Cortador de pizza con mango de madera', PIZZA_CUTTERS],
    ['it', 'Tagliapizza a rotella professionale', PIZZA_CUTTERS],
    ['nl', 'Pizzasnijder met houten handvat', PIZZA_CUTTERS],
    ['pl', 'Nóż do pizzy z drewnianą rączką', PIZZA_CUTTERS],
    ['sv', 'Pizzaskärare i rostfritt stål', PIZZA_CUTTERS],
    ['cs', 'Kráječ na pizzu s dřevěnou rukojetí', PIZZA_CUTTERS],
    ['ru', 'Нож для пиццы с деревянной ручкой', PIZZA_CUTTERS],
    ['ja', 'ピザカッター 木製ハンドル', PIZZA_CUTTERS],
    ['de', 'Steakmesser 6er Set Olivenholz', TABLE_KNIVES],
    ['fr', 'Couteaux à steak manche bois 6 pièces', TABLE_KNIVES],
    ['es', 'Cuchillos chuleteros mango de madera 4 uds', TABLE_KNIVES],
    ['it', 'Coltelli da bistecca seghettati 6 pezzi', TABLE_KNIVES],
    ['pt', 'Facas para bife serrilhadas 6 peças', TABLE_KNIVES],
    ['ja', 'ステーキナイフ 4本 セット', TABLE_KNIVES],
    ['zh', '牛排刀 4把 套装', TABLE_KNIVES],
    ['ko', '스테이크 나이프 4p 세트', TABLE_KNIVES],
    ['en', 'Kebab Skewers Flat 40cm 6 pack', SKEWERS],
    ['de', 'Grillspieße Edelstahl flach 6 Stück', SKEWERS],
    ['fr', 'Brochettes pour barbecue en bambou 50 pièces', SKEWERS],
    ['nl', 'Satéstokjes 20 cm 200 stuks', SKEWERS],
    ['pl', 'Szpikulce do grilla stalowe 8 szt.', SKEWERS],
    ['cs', 'Špejle bambusové 25 cm', SKEWERS],
    ['ru', 'Шампуры плоские 60 см набор', SKEWERS],
    ['zh', '烧烤签 不锈钢 扁签 10支', SKEWERS],
    ['en', 'Pancake Pan 28cm Cast Iron', CREPE_PANS],
    ['de', 'Pfannkuchenpfanne Gusseisen 28 cm', CREPE_PANS],
    ['fr', 'Poêle à crêpes 30 cm revêtement', CREPE_PANS],
    ['pl', 'Patelnia do naleśników 30 cm granitowa', CREPE_PANS],
    ['ru', 'Сковорода для блинов чугунная 22 см', CREPE_PANS],
    ['sv', 'Plättlagg för sju plättar', CREPE_PANS],
    ['fr', 'Moule à madeleines silicone', MUFFIN_PANS],
  ])('[%s] %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('a mould named after its bake is that bakeware (rules/mould-of.ts)', () => {
  const BAKEWARE = K + 'Cookware & Bakeware > Bakeware';
  it.each([
    ['it', 'Stampo per plumcake 30 cm', BAKEWARE + ' > Cake Pans & Molds'],
    ['it', 'Stampo per muffin 12 cavità', BAKEWARE + ' > Muffin & Pastry Pans'],
    ['en', 'Chocolate mould silicone 24 cavity', K + 'Kitchen Tools & Utensils > Kitchen Molds'],
    ['ru', 'Форма для кекса 22 см антипригарная', BAKEWARE],
    ['fr', 'Moule à cake antiadhésif 28 cm', BAKEWARE],
    ['pl', 'Forma do chleba 30 cm', BAKEWARE],
  ])('[%s] %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('sport, office and baby consumables and goods (everyday-r24.ts)', () => {
  it.each([
    ['nl', 'Binnenband 26 inch autoventiel', TUBES],
    ['pl', 'Dętka 27,5 cala presta', TUBES],
    ['pt', 'Câmara de ar para bicicleta 26', TUBES],
    ['sv', 'Cykelslang 26 tum bilventil', TUBES],
    ['cs', 'Duše na kolo 27,5 galuskový ventil', TUBES],
    ['ru', 'Велокамера 27,5 дюйма ниппель', TUBES],
    ['ja', '自転車 チューブ 26インチ 英式バルブ', TUBES],
    ['zh', '内胎 山地车 27.5寸', TUBES],
    ['ko', '자전거 튜브 26인치 프레스타', TUBES],
    ['es', 'Pala de pádel de fibra de carbono', PADEL],
    ['it', 'Racchetta da padel in fibra', PADEL],
    ['pl', 'Rakieta do tenisa Wilson', TENNIS],
    ['pt', 'Raquete de ténis Babolat', TENNIS],
    ['pl', 'Hantle żeliwne 2 x 3 kg', WEIGHTS],
    ['pl', 'Wkłady do długopisu czarne 5 szt.', REFILLS],
    ['it', 'Ricariche per penna a sfera blu 10 pezzi', REFILLS],
    ['nl', 'Vulling voor balpen zwart 3 stuks', REFILLS],
    ['ru', 'Стержни для ручки гелевые 10 шт', REFILLS],
    ['cs', 'Náplně do pera modré 5 ks', REFILLS],
    ['es', 'Minas para portaminas 0,7 mm 2B', LEADS],
    ['ko', '샤프심 0.7mm 2B', LEADS],
    ['pt', 'Agrafador de bolso 10 folhas', STAPLERS],
    ['zh', '订书机 大号 厚层', STAPLERS],
    ['pl', 'Segregator A4 50 mm czerwony', BINDERS],
    ['en', 'Bottle Teats Medium Flow 2 pack', TEATS],
    ['de', 'Sauger für Babyflaschen Größe L', TEATS],
    ['fr', 'Tétines biberon débit rapide lot de 2', TEATS],
    ['nl', 'Speen voor zuigfles maat 3', TEATS],
    ['ru', 'Соска для бутылочки силиконовая 6 мес', TEATS],
    ['en', 'Stair Gate Extra Wide 90-100cm', GATES],
    ['sv', 'Trappgrind med dörr 75-85 cm', GATES],
    ['ru', 'Ворота безопасности для детей 80 см', GATES],
    ['ja', 'ベビーゲート 突っ張り', GATES],
    ['de', 'Feuchttücher für Babys 10 x 80', WIPES],
    ['es', 'Toallitas bebé pack 20', WIPES],
    ['pt', 'Toalhitas de bebé 6 x 72', WIPES],
    ['en', 'Breast Pads Washable 8 pack', NURSING_PADS],
    ['de', 'Stilleinlagen waschbar 10 Stück', NURSING_PADS],
    ['ja', '母乳パッド 200枚', NURSING_PADS],
    ['zh', '防溢乳垫 一次性 120片', NURSING_PADS],
    ['it', 'Porta bebè ergonomico', CARRIERS],
    ['nl', 'Gezelschapsspel quiz', BOARD_GAMES],
    ['cs', 'Společenská hra Osadníci', BOARD_GAMES],
    ['pl', 'Pluszowy miś 60 cm', PLUSH],
    ['ru', 'Хлеб белый нарезной 350 г', BREAD],
    ['zh', '面包 早餐 吐司 1kg', BREAD],
    ['ko', '식빵 우유 식빵 400g', BREAD],
    ['ja', '食パン 4枚切り', BREAD],
    ['pl', 'Powidła węgierkowe 280 g', JAMS],
    ['cs', 'Povidla domácí 400 g', JAMS],
    ['ru', 'Варенье клубничное 300 г', JAMS],
  ])('[%s] %s', (lang, title, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });
});

describe('a stationery trail names a paper notebook, a computer trail a laptop', () => {
  it.each([
    ['A5 Dotted Journal Notebook Hardcover', 'en', 'Stationery > Notebooks', NOTEBOOKS],
    ['Ruled Notebook B5 3 pack', 'en', 'Office Supplies > Notebooks', NOTEBOOKS],
    ['Squared Notebook A4 80 sheets', 'en', 'Home > Stationery > Notebooks & Journals', NOTEBOOKS],
    ['HP 250 G9 Notebook 15.6 i5 8GB', 'en', 'Computers > Notebooks', LAPTOPS],
  ])('%s [%s] under %s', (title, lang, crumb, path) => {
    expect(pathOf(title, lang, crumb)).toBe(path);
  });
});

describe('a Japanese or Korean count of packs is no face pack (rules/pack-count.ts)', () => {
  const FOOD = 'Food, Beverages & Tobacco';
  it.each([
    ['ja', 'ミックスナッツ 500g 2パック', FOOD],
    ['ko', '보리차 티백 30입 2팩', FOOD],
    ['ko', '견과류 25g 30봉 2팩', FOOD],
  ])('[%s] %s', (lang, title, path) => {
    expect(pathOf(title, lang).startsWith(path)).toBe(true);
  });

  it.each([
    ['ja', '納豆 3個 4パック'],
    ['ja', '鶏むね肉 2kg 2パック'],
    ['ko', '두유 190ml 24팩'],
  ])('[%s] %s is no skin care', (lang, title) => {
    expect(pathOf(title, lang)).not.toContain('Skin Care');
  });

  it('a face pack stays one', () => {
    expect(pathOf('シートパック 保湿 30枚入り', 'ja')).toContain('Skin Care');
  });
});

describe('tests/fixtures/dev-foodtoys-r24.csv (floor; 67.4% right, 14.3% missing at the base)', () => {
  const r = evaluateFile(classifier, Taxonomy.fromPacked(model.nodes), 'tests/fixtures/dev-foodtoys-r24.csv');
  const share = (x: number, n: number) => x / n;
  it('right on at least 80% of the rows, missing on at most 9%', () => {
    expect(share(r.all.right, r.all.n)).toBeGreaterThanOrEqual(0.8);
    expect(share(r.all.missing, r.all.n)).toBeLessThanOrEqual(0.09);
  });
  it('the modifier rows at least 72% right (47.9% at the base), the consumables 82% (54.8%)', () => {
    const m = r.byHardClass.modifier!;
    const c = r.byHardClass.consumable!;
    expect(share(m.right, m.n)).toBeGreaterThanOrEqual(0.72);
    expect(share(c.right, c.n)).toBeGreaterThanOrEqual(0.82);
  });
});
