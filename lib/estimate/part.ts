/**
 * A part of the item a category sells whole, named in the title (a cover, a protector, a refill).
 */
import type { CategoryInfo } from './make';
import type { Prepared } from './prepare';
import { ITEM_PART_RE } from './words';

/** Categories of parts and accessories: their typical masses are already a part's. */
const PART_CATEGORY_RE = /\b(?:Accessories|Parts)\b/;

/**
 * The title names a part of the item the category sells whole (a cover, protector, sleeve, liner,
 * refill or replacement: ITEM_PART in words.ts): "Pillow covers, set of 4" filed as Pillows. The
 * category's typical mass and typical item are the whole item's, so neither stands for the part:
 * without a mass on the page the physical tiers step aside (the price decides, or nothing). Not
 * where the category itself is the part ("Duvet Covers", "Mattress Protectors") or a category of
 * parts and accessories, not for clothing ("long sleeve") nor food.
 */
export function namesPartOfItem(p: Prepared, cat: CategoryInfo): boolean {
  const path = cat.row?.path;
  if (!path || path.startsWith('Apparel & Accessories') || path.startsWith('Food, Beverages & Tobacco')) return false;
  if (PART_CATEGORY_RE.test(path) || ITEM_PART_RE.test(path)) return false;
  return ITEM_PART_RE.test(p.title);
}
