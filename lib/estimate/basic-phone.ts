/**
 * Basic (feature) phones sit in the taxonomy with smartphones ("Mobile Phones"), so the category
 * points to the smartphone footprints (Boavizta: a median near 55 kg). A phone the title calls a
 * basic, feature, flip or senior phone (data/item-aliases.csv), or one the page or title says weighs under BASIC_PHONE_MAX_KG (below
 * every smartphone with a published footprint: the lightest weigh about 0.14 kg), is ADEME's basic
 * mobile phone instead (Impact CO2, 23.3 kg cradle to shelf, modelled at about 0.1 kg).
 */
import type { ItemRow } from '../factors/tables';
import type { BatchData } from './batch';
import type { CategoryInfo } from './make';
import type { Prepared } from './prepare';

/** ADEME Impact CO2's basic mobile phone (its title words: data/item-aliases.csv). */
export const BASIC_PHONE_ITEM = 'telephonebasique';
/** A phone lighter than this is a feature phone (smartphones with published footprints: 0.14 kg and up). */
const BASIC_PHONE_MAX_KG = 0.11;

/** The phone is a basic phone, by its title or its page mass (see above). */
function namesBasicPhone(p: Prepared, data: BatchData): boolean {
  return p.titleGrams.some((g) => data.itemAliases.get(g)?.target === BASIC_PHONE_ITEM);
}

export function isBasicPhone(p: Prepared, cat: CategoryInfo, data: BatchData): boolean {
  if (cat.row?.device !== 'smartphone') return false;
  if (namesBasicPhone(p, data)) return true;
  const q = p.quantity;
  return q.massKg !== null && !q.fromVolume && q.massKg / q.units < BASIC_PHONE_MAX_KG;
}

/** ADEME's basic phone when the product is one, else null. */
export function basicPhoneItem(p: Prepared, cat: CategoryInfo, data: BatchData): ItemRow | null {
  return isBasicPhone(p, cat, data) ? (data.items.get(BASIC_PHONE_ITEM) ?? null) : null;
}
