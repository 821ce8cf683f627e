/**
 * Round 23, food and drink, sporting goods, toys, crafts and car care (issue #15): the words of
 * scripts/classify/everyday-r23.ts, by concept and language, and the words of another language
 * they must not take. Titles written for this test (none from an evaluation set).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

const SG = 'Sporting Goods > ';
const FI = 'Food, Beverages & Tobacco > Food Items > ';
const VP = 'Vehicles & Parts > Vehicle Parts & Accessories > ';
const RODS = SG + 'Outdoor Recreation > Fishing > Fishing Rods';
const REELS = SG + 'Outdoor Recreation > Fishing > Fishing Reels';
const LURES = SG + 'Outdoor Recreation > Fishing > Fishing Tackle > Fishing Baits & Lures';
const TENTS = SG + 'Outdoor Recreation > Camping & Hiking > Tents';
const PADS = SG + 'Outdoor Recreation > Camping & Hiking > Sleeping Pads';
const CAMP_FURNITURE = SG + 'Outdoor Recreation > Camping & Hiking > Camp Furniture';
const TENNIS_BALLS = SG + 'Athletics > Tennis > Tennis Balls';
const SOCCER_BALLS = SG + 'Athletics > Soccer > Soccer Balls';
const VOLLEYBALLS = SG + 'Athletics > Volleyball > Volleyballs';
const BOXING_GLOVES =
  SG + 'Athletics > Boxing & Martial Arts > Boxing & Martial Arts Protective Gear > Boxing Gloves & Mitts';
const BASEBALL_GLOVES = SG + 'Athletics > Baseball & Softball > Baseball & Softball Gloves & Mitts';
const SCOOTERS = SG + 'Outdoor Recreation > Riding Scooters';
const WETSUITS = SG + 'Outdoor Recreation > Boating & Water Sports > Boating & Water Sport Apparel > Wetsuits';
const BIKE_COMPUTERS = SG + 'Outdoor Recreation > Cycling > Bicycle Accessories > Bicycle Computers';
const RC_CARS = 'Toys & Games > Toys > Remote Control Toys > Remote Control Cars & Trucks';
const KITES = 'Toys & Games > Toys > Flying Toys > Kites';
const DICE = 'Toys & Games > Games > Dice Sets & Games';
const PLAY_DOUGH = 'Toys & Games > Toys > Art & Drawing Toys > Play Dough & Putty';
const TRADING_CARDS = 'Arts & Entertainment > Hobbies & Creative Arts > Collectibles > Collectible Trading Cards';
const STRINGS = 'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > String Instruments';
const E_DRUMS = 'Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments > Percussion > Electronic Drums';
const ENGINE = VP + 'Motor Vehicle Parts > Motor Vehicle Engine Parts';
const WASHER_FLUID = VP + 'Vehicle Maintenance, Care & Decor > Vehicle Fluids > Vehicle Windshield Fluid';
const JACKS = VP + 'Vehicle Maintenance, Care & Decor > Vehicle Repair & Specialty Tools';
const CONDENSED = FI + 'Cooking & Baking Ingredients > Canned & Dry Milk';
const PICKLED = FI + 'Condiments & Sauces > Pickled Fruits & Vegetables';
const NOODLES = FI + 'Pasta & Noodles';
const CURRY = FI + 'Condiments & Sauces > Curry Sauce';
const MEAT = FI + 'Meat, Seafood & Eggs > Meat';
const OLIVES = FI + 'Condiments & Sauces > Olives & Capers';
const PASTRIES = FI + 'Bakery > Pastries & Scones';

describe('sport, toy, craft and car words of the smaller and the big languages (everyday-r23.ts)', () => {
  it.each([
    ['sv', 'Fiskespö Shakespeare Ugly Stik 9 fot', RODS],
    ['hu', 'Carp Zoom horgászbot 3,9 m 3 részes', RODS],
    ['uk', 'Вудилище телескопічне 4 м карбон', RODS],
    ['ja', 'シマノ スピニングリール ナスキー C3000', REELS],
    ['pl', 'Kołowrotek wędkarski Okuma Ceymar 3000', REELS],
    ['fi', 'Uistin Kuusamo Professor 3 hopea', LURES],
    ['ru', 'Воблер Rapala Shad Rap 7 см', LURES],
    ['pl', 'Namiot 3-osobowy z przedsionkiem wodoodporny', TENTS],
    ['cs', 'Karimatka hliníková 180 x 50 cm', PADS],
    ['de', 'Campingstuhl faltbar mit Armlehne bis 120 kg', CAMP_FURNITURE],
    ['tr', 'Katlanır kamp sandalyesi bardak tutuculu', CAMP_FURNITURE],
    ['cs', 'Tenisové míčky Head Tour 4 ks', TENNIS_BALLS],
    ['ja', 'ヨネックス テニスボール ツアー 4球', TENNIS_BALLS],
    ['uk', "Футбольний м'яч Nike Flight розмір 5", SOCCER_BALLS],
    ['tr', 'Molten voleybol topu V5M5000', VOLLEYBALLS],
    ['pl', 'Rękawice bokserskie skórzane 14 oz czarne', BOXING_GLOVES],
    ['ko', '에버라스트 복싱 글러브 12온스', BOXING_GLOVES],
    ['ko', '롤링스 야구 글러브 11.5인치', BASEBALL_GLOVES],
    ['fi', 'Potkulauta Oxelo Town 7 aikuisille', SCOOTERS],
    ['de', 'Neoprenanzug Damen 5/4mm Winter', WETSUITS],
    ['de', 'Garmin Edge 540 Fahrradcomputer GPS', BIKE_COMPUTERS],
    ['it', 'Auto radiocomandata della polizia per bambini', RC_CARS],
    ['es', 'Coche teledirigido 4x4 todoterreno 1:12', RC_CARS],
    ['ja', 'タミヤ ラジコン 1/10 バギー', RC_CARS],
    ['ru', 'Спиннинг Shimano Catana 2,7 м', RODS],
    ['fr', 'Cerf-volant pilotable 2 lignes 140 cm', KITES],
    ['pl', 'Latawiec tęczowy z linką 50 m', KITES],
    ['it', 'Dadi da gioco poliedrici set da 7 per giochi di ruolo', DICE],
    ['ru', 'Пластилин мягкий 16 цветов со стеком', PLAY_DOUGH],
    ['ja', 'ワンピース トレカ ブースターパック 1BOX', TRADING_CARDS],
    ['el', 'Μπουζούκι τετράχορδο με θήκη', STRINGS],
    ['pt', 'Cavaquinho elétrico Tagima preto', STRINGS],
    ['it', 'Batteria elettronica Alesis Nitro Mesh kit', E_DRUMS],
    ['pl', 'Świeca zapłonowa Bosch Platinum 4 szt.', ENGINE],
    ['hu', 'NGK gyújtógyertya 4 db', ENGINE],
    ['sv', 'Spolarvätska sommar 4 liter', WASHER_FLUID],
    ['de', 'Scheibenwaschflüssigkeit Konzentrat 1 l', WASHER_FLUID],
    ['ru', 'Домкрат гидравлический бутылочный 5 т', JACKS],
    ['de', 'Wagenheber Rangierwagenheber 2 t', JACKS],
  ])('%s "%s"', (lang, title, path) => expect(pathOf(title, lang)).toBe(path));
});

describe('food words of the languages where the model had none (everyday-r23.ts)', () => {
  it.each([
    ['ru', 'Сгущенка цельная с сахаром 8,5% 380 г', CONDENSED],
    ['es', 'Leche condensada Nestlé La Lechera 370 g', CONDENSED],
    ['ko', '종가 맛김치 1.2kg', PICKLED],
    ['ko', '삼양 불닭볶음면 컵라면 6개입', NOODLES],
    ['ko', '3분 카레 순한맛 200g', CURRY],
    ['cs', 'Paštika s brusinkami 100 g', MEAT],
    ['el', 'Ελιές πράσινες τσακιστές 350g', OLIVES],
    ['pt', 'Pastel de nata caixa de 6', PASTRIES],
  ])('%s "%s"', (lang, title, path) => expect(pathOf(title, lang)).toBe(path));
});

describe('a word of one language that is another product in another stays that product', () => {
  it.each([
    // Italian "dadi" (dice) only as "dadi da gioco": hex nuts stay fasteners
    ['it', 'Dadi esagonali M8 acciaio inox 100 pezzi', 'Hardware > Hardware Accessories > Hardware Fasteners'],
  ])('%s "%s"', (lang, title, path) => expect(pathOf(title, lang).startsWith(path)).toBe(true));
  it('Turkish olives are listed as "siyah/yeşil zeytin": olive oil ("zeytin yağı") is not olives', () =>
    expect(pathOf('Zeytin yağı sızma 1 litre', 'tr')).not.toBe(OLIVES));
  it('a French scented candle ("bougie") is not a spark plug', () =>
    expect(pathOf('Bougie parfumée vanille 200 g', 'fr')).not.toBe(ENGINE));
  it('a German car indicator ("Blinker") is not a fishing lure', () =>
    expect(pathOf('Blinker LED vorne links', 'de')).not.toBe(LURES));
});
