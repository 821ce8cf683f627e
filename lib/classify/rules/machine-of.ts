/**
 * A machine for X is not the consumable X: "Portable Spot and Stain Carpet Cleaner" (a Bissell
 * SpotClean) is a carpet-cleaning machine, while "Carpet Cleaner Spray 750 ml" is the chemical,
 * and English (like "Teppichreiniger", "nettoyant moquette") uses one word for both. The taxonomy
 * files the word under the chemical. A word that only a machine has in its title (portable,
 * cordless, machine, a wattage) turns a cleaning chemical's reading into its machine's node; a
 * volume or a spray word keeps the chemical. Words after a for-cue do not count ("Shampoo for
 * carpet cleaning machines" is the shampoo).
 */
import type { Evidence } from '../score';
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';

/** Cleaning chemical node -> the node of the machine that does the same job. */
const MACHINE_OF: [consumable: number, machine: number][] = [
  // Carpet Cleaners -> Floor & Steam Cleaners > Carpet Shampooers.
  [4974, 543601],
  // Floor Cleaners -> Household Appliances > Floor & Steam Cleaners.
  [4977, 616],
  // Glass & Surface Cleaners (and Glass Cleaners) -> Vacuums: a window cleaner with a motor is a window vacuum.
  [4976, 619],
];

/** Words only a machine's title has, by language (normalised by tokenize at load). */
const MACHINE_WORDS: Record<string, string[]> = {
  en: [
    'machine',
    'portable',
    'cordless',
    'corded',
    'upright',
    'handheld',
    'motor',
    'rechargeable',
    'heater',
    'proheat',
  ],
  de: ['maschine', 'gerät', 'reinigungsgerät', 'akku', 'kabellos', 'tragbar', 'tragbarer', 'waschsauger', 'sauger'],
  fr: ['machine', 'appareil', 'sans fil', 'portable', 'portatif', 'aspirateur'],
  es: ['máquina', 'maquina', 'portátil', 'inalámbrico', 'aspiradora'],
  it: ['macchina', 'portatile', 'senza fili', 'aspirapolvere'],
  pt: ['máquina', 'portátil', 'sem fio', 'aspirador', 'extratora'],
  nl: ['machine', 'apparaat', 'draagbaar', 'draagbare', 'snoerloos'],
  pl: ['maszyna', 'urządzenie', 'bezprzewodowy', 'przenośny', 'odkurzacz'],
  ru: ['машина', 'аппарат', 'пылесос', 'беспроводной'],
};
/** A wattage or voltage: "800W", "220 V". */
const POWER_FIGURE = /^\d+(?:[.,]\d+)?(?:w|kw|v)$/;
/** A volume or a spray: the chemical ("500 ml", "1 l", "32 oz", "spray", "concentrate", "refill"). */
const CHEMICAL_FIGURE = /^\d+(?:[.,]\d+)?(?:ml|l|cl|oz|floz)$/;
const CHEMICAL_WORDS = new Set(
  [
    'spray',
    'concentrate',
    'refill',
    'formula',
    'solution',
    'shampoo',
    'sachet',
    'konzentrat',
    'nachfüll',
    'recharge',
    'recambio',
    'ricarica',
    'refil',
    'ml',
    'oz',
    'liter',
    'litre',
  ].flatMap((w) => tokenize(w)),
);
const WORDS = new Set(Object.values(MACHINE_WORDS).flatMap((ws) => ws.map((w) => tokenize(w).join(' '))));

/** Whether the title (its tokens before any for-cue) says a machine and no chemical. */
function namesMachine(tokens: string[]): boolean {
  let machine = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (CHEMICAL_WORDS.has(t) || CHEMICAL_FIGURE.test(t)) return false;
    if (WORDS.has(t) || WORDS.has(`${t} ${tokens[i + 1] ?? ''}`) || POWER_FIGURE.test(t)) machine = true;
  }
  return machine;
}

/** Evidence on a cleaning chemical moved to its machine when the title names a machine. */
export function machineRule(taxonomy: Taxonomy, tokens: string[], evidence: Evidence[]): Evidence[] {
  if (!namesMachine(tokens)) return evidence;
  return evidence.map((e) => {
    const pair = MACHINE_OF.find(([consumable]) => taxonomy.isAncestorOrSelf(consumable, e.id));
    return pair ? { ...e, id: pair[1] } : e;
  });
}
