/**
 * A crumb is a noun phrase, and where the head comes last its last word decides: "手機配件" (phone
 * accessories), "手帳周邊" (planner accessories), "Kamera Taschen", "TV Halterungen" are shelves of
 * things for phones, planners, cameras and TVs, not of those devices. As in a title
 * (rules/accessory-of.ts), a device word before an accessory word of the crumb's language reads
 * as that device's accessory of the kind; where the crumb ends in a word for accessories in
 * general and the taxonomy has no such node (a planner's), the device word says only whose the
 * goods are, and names no shelf: its reading is dropped, and the title names the product.
 */
import type { Taxonomy } from '../taxonomy';
import { accessoryOfRule, isAccessoriesWord, isHeadLast } from './accessory-of';

interface HitLike {
  start: number;
  end: number;
  entries: { id: number; w: number }[];
}

/** The crumb's hits, a device before an accessory word read as its accessory, or dropped. */
export function crumbAccessoryHits<H extends HitLike>(
  taxonomy: Taxonomy,
  tokens: string[],
  hits: H[],
  lang: string | null,
): H[] {
  const read = accessoryOfRule(taxonomy, tokens, hits, lang);
  if (!isHeadLast(lang)) return read;
  // The last word says "accessories" and no phrase of the device covers it (its own reading alone,
  // "周边" as merchandise, says nothing of the shelf): the words before it only say whose. (A bag,
  // a case word keeps them: "Tote Bags", "Sleeping Bags" are bags of that kind.)
  const last = tokens.length - 1;
  if (last < 1 || !isAccessoriesWord(tokens[last] ?? '', lang)) return read;
  if (read.some((h) => h.end > last && h.start < last)) return read;
  return read.filter((h) => h.end < last);
}
