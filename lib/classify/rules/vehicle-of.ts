/**
 * A product named with the vehicle it is for is that vehicle's kind of the product: "Car battery
 * 12V 74Ah", "Batterie voiture", "Autobatterie" are motor vehicle parts, not household batteries;
 * "Tapis de sol voiture" car mats, not rugs; "Car shampoo" a car wash, not hair care; "Pneu vélo"
 * a bicycle tyre, not a car tyre; "Fahrradschloss" a bicycle lock, not a door lock. The taxonomy
 * files such a product under the vehicle (Vehicles & Parts, or Sporting Goods > Cycling), while
 * the product word alone names the household kind. A vehicle word anywhere in the title (also
 * after a for-cue: "Shampoo für Auto"), or opening a closed compound in the compounding languages
 * ("Autobatterie", "Fahrradkorb", "bilbatteri"), moves a reading of a household kind to the
 * vehicle's kind (rules/use-of.ts). A title naming both a car and a bicycle ("bike rack for cars")
 * is left alone.
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';
import { loadUse, moveToUse, usesNamed } from './use-of';

/** Household kind -> the motor vehicle's kind of it. */
const FOR_CAR: [kind: number, vehicleKind: number][] = [
  // Battery chargers (and chargers read from "charger") -> Vehicle Battery Chargers.
  [7167, 7414],
  [505295, 7414],
  // Batteries -> Motor Vehicle Power & Electrical Systems.
  [276, 8231],
  // Rugs, Door Mats -> Motor Vehicle Carpet & Upholstery.
  [598, 8232],
  [2675, 8232],
  // Shampoo & Conditioner -> Car Wash Solutions; Household Cleaning Supplies -> Vehicle Cleaning.
  [2441, 2590],
  [623, 2895],
  // Air Fresheners -> Vehicle Air Fresheners.
  [3898, 2789],
  // Mirrors -> Motor Vehicle Mirrors.
  [595, 2642],
  // Light Bulbs -> Motor Vehicle Lighting.
  [2425, 3318],
  // Slipcovers, Bicycle Saddle Pads & Seat Covers -> Motor Vehicle Seating (seat covers).
  [599, 8238],
  [6445, 8238],
];

/** Household (or motor vehicle) kind -> the bicycle's kind of it. */
const FOR_BICYCLE: [kind: number, bicycleKind: number][] = [
  // Motor Vehicle Tires -> Bicycle Tires; Motor Vehicle Braking -> Bicycle Brake Parts.
  [911, 4571],
  [2977, 3740],
  // Locks & Keys -> Bicycle Locks; Chains -> Bicycle Drivetrain Parts; Hardware Pumps -> Bicycle Pumps.
  [1974, 1027],
  [1492, 4585],
  [500096, 3827],
  // Luggage & Bags -> Bicycle Bags & Panniers; Lighting, Flashlights -> Bicycle Accessories (no lights node).
  [5181, 3778],
  [594, 3214],
  [338, 3214],
  // Mirrors -> Bicycle Mirrors; Saddles (horse tack) -> Bicycle Saddles; Motorcycle Helmets -> Bicycle Helmets.
  [595, 3368],
  [2210, 3292],
  [2110, 1029],
];

/**
 * Car makes that name nothing else a shop sells: "Fußmatten passend für VW Golf", "Dywaniki Audi
 * A4" are car mats. Read on every page (as English words are). Makes that are also a word or
 * another product's maker are left out: Seat, Mini, Smart, Jaguar, Honda and Suzuki (mowers,
 * outboard engines), Mitsubishi (air conditioners).
 */
const CAR_MAKES = ['vw', 'volkswagen', 'audi', 'bmw', 'mercedes', 'opel', 'vauxhall', 'toyota', 'skoda', 'škoda']
  .concat(['renault', 'peugeot', 'citroen', 'citroën', 'fiat', 'volvo', 'hyundai', 'kia', 'nissan', 'mazda'])
  .concat(['tesla', 'dacia', 'subaru', 'lexus', 'porsche']);
/**
 * Standard codes of vehicle lamps (ECE R37 filament bulbs, R99 xenon): an "H7" or "W5W" bulb is a
 * car bulb, not a household one ("Glühlampe H4", "Żarówki H7").
 */
const CAR_BULB_CODES = [
  'h1',
  'h3',
  'h4',
  'h7',
  'h8',
  'h11',
  'h15',
  'hb3',
  'hb4',
  'hir2',
  'd1s',
  'd2s',
  'd3s',
  'd4s',
].concat(['w5w', 'p21w', 'py21w', 'p21/5w', 'w21w', 'c5w', 'r5w']);
/** Words naming a motor car, by language (normalised by tokenize at load). */
const CAR_WORDS: Record<string, string[]> = {
  en: ['car', 'cars', 'vehicle', 'automotive'].concat(CAR_MAKES, CAR_BULB_CODES),
  de: ['auto', 'autos', 'pkw', 'kfz', 'fahrzeug'],
  fr: ['voiture', 'automobile'],
  es: ['coche', 'coches', 'vehículo'],
  it: ['auto', 'automobile'],
  pt: ['carro', 'automóvel'],
  nl: ['auto'],
  sv: ['bil', 'bilen'],
  no: ['bil', 'bilen'],
  da: ['bil', 'bilen'],
  fi: ['auto', 'auton', 'autoon'],
  hu: ['autó', 'autós'],
  ro: ['auto', 'mașină'],
  tr: ['araba', 'oto'],
  pl: ['samochodowy', 'samochodowe', 'samochodowa', 'samochodowych', 'samochodu'],
  cs: ['auto', 'auta', 'automobil', 'automobilu'],
  sk: ['auto', 'auta', 'automobil'],
  ru: ['автомобильный', 'автомобиля', 'авто'],
  uk: ['автомобільний', 'автомобіля', 'авто'],
  el: ['αυτοκινήτου'],
};
/** Words naming a bicycle, by language. */
const BICYCLE_WORDS: Record<string, string[]> = {
  en: ['bike', 'bikes', 'bicycle', 'cycling', 'mtb'],
  de: ['fahrrad', 'fahrräder'],
  fr: ['vélo', 'vélos'],
  es: ['bicicleta', 'bici'],
  it: ['bici', 'bicicletta'],
  pt: ['bicicleta', 'bike'],
  nl: ['fiets', 'fietsen'],
  sv: ['cykel', 'cykeln'],
  no: ['sykkel', 'sykkelen'],
  da: ['cykel', 'cyklen'],
  fi: ['polkupyörä', 'polkupyörän'],
  hu: ['kerékpár', 'bicikli'],
  ro: ['bicicletă', 'bicicleta'],
  tr: ['bisiklet'],
  ru: ['велосипед', 'велосипедный'],
  uk: ['велосипед', 'велосипедний'],
  el: ['ποδήλατο', 'ποδηλάτου'],
};
/** CJK words (matched inside a run): car; bicycle. */
const CAR_CJK = ['汽车', '车载', '车用', '車用', '自動車', '자동차', '차량용'];
const BICYCLE_CJK = ['自行车', '自転車', '자전거'];
/**
 * Opening words of closed compounds in the compounding languages ("Autobatterie", "Fahrradkorb",
 * "bilbatteri", "fietsslot"); "automat-" is automatic ("Automatikschirm"), no car.
 */
const CAR = loadUse({
  words: CAR_WORDS,
  prefixes: ['auto', 'kfz', 'pkw', 'bil'],
  notPrefixed: /^automat/,
  cjk: CAR_CJK,
  pairs: FOR_CAR,
});
const BICYCLE = loadUse({
  words: BICYCLE_WORDS,
  prefixes: ['fahrrad', 'fiets', 'cykel', 'sykkel'],
  cjk: BICYCLE_CJK,
  pairs: FOR_BICYCLE,
});

/** Evidence on a household kind moved to the vehicle's kind when the title names the vehicle. */
export function vehicleRule(taxonomy: Taxonomy, title: string, lang: string | null, evidence: Evidence[]): Evidence[] {
  return moveToUse(taxonomy, usesNamed(title, lang, [CAR, BICYCLE], true), evidence);
}
