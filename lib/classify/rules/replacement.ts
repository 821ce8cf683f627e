/**
 * A replacement part is a part, not the device: "iPhone 12 replacement screen", "Ersatzteil
 * Waschmaschine Türdichtung", "pièce de rechange lave-vaisselle". With a replacement word in the
 * title, a device reading moves to the device's parts node in the taxonomy ("Mobile Phones" ->
 * "Mobile Phone Replacement Parts", "Laptops" -> "Laptop Parts", "Laundry Appliances" -> "Laundry
 * Appliance Accessories"), found by name, not listed by hand.
 */
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';

/** Replacement words by language, one word each ("parts" alone is no cue: "2 year parts warranty"). */
const REPLACEMENT_WORDS: Record<string, string[]> = {
  en: ['replacement', 'spare', 'spares'],
  de: ['ersatz', 'ersatzteil', 'ersatzteile'],
  fr: ['rechange', 'detachee'],
  es: ['repuesto', 'recambio'],
  it: ['ricambio', 'ricambi'],
  nl: ['vervangend', 'vervanging', 'reserveonderdeel'],
  pl: ['zamiennik', 'zamienna'],
  pt: ['reposicao'],
  sv: ['reservdel', 'ersattning'],
  ja: ['交換用', '交換部品', '補修部品'],
};
const WORDS = new Set(Object.values(REPLACEMENT_WORDS).flatMap((list) => list.flatMap((w) => tokenize(w))));
/** German closes the word up: "Ersatzakku", "Ersatzbürste", "Ersatzdichtung". */
const GERMAN_PREFIX = 'ersatz';

/** True when a (normalised, stemmed) title token says the item is a replacement part. */
export function isReplacementWord(token: string): boolean {
  return WORDS.has(token) || token.startsWith(GERMAN_PREFIX);
}

/** Ranking of a parts node's name: "... Replacement Parts" first, then "... Parts", then any accessory. */
function partsRank(name: string): number {
  const words = tokenize(name);
  return words.includes('part') ? (words.includes('replacement') ? 2 : 1) : 0;
}

const caches = new Map<(name: string) => number, WeakMap<Taxonomy, Map<number, number | null>>>();

/**
 * The parts node of a device: an accessory node in the device's top-level branch whose name holds
 * every word of the device's name (or, failing that, of an ancestor's at level 2 or deeper),
 * parts before accessories, shallower first. Null when the taxonomy has none.
 */
export function partsNodeOf(taxonomy: Taxonomy, device: number): number | null {
  return accessoryNodeOf(taxonomy, device, partsRank);
}

/**
 * An accessory node of a device, found by the device's name as above; `rank` orders the names
 * found (higher first), then the shallower node.
 */
export function accessoryNodeOf(taxonomy: Taxonomy, device: number, rank: (name: string) => number): number | null {
  let byTaxonomy = caches.get(rank);
  if (!byTaxonomy) caches.set(rank, (byTaxonomy = new WeakMap()));
  let byDevice = byTaxonomy.get(taxonomy);
  if (!byDevice) byTaxonomy.set(taxonomy, (byDevice = new Map()));
  const known = byDevice.get(device);
  if (known !== undefined) return known;
  const chain = taxonomy.ancestors(device);
  const top = chain[0];
  let found: number | null = null;
  for (let level = chain.length - 1; level >= 1 && found === null; level--) {
    const words = tokenize(taxonomy.nameOf(chain[level]) ?? '');
    let best: { id: number; rank: number; depth: number } | null = null;
    for (const id of taxonomy.ids) {
      if (id === chain[level] || !taxonomy.isAccessory(id) || top === undefined || !taxonomy.isAncestorOrSelf(top, id))
        continue;
      const name = tokenize(taxonomy.nameOf(id) ?? '');
      if (!words.every((w) => name.includes(w))) continue;
      const cand = { id, rank: rank(taxonomy.nameOf(id) ?? ''), depth: taxonomy.depth(id) };
      if (!best || cand.rank > best.rank || (cand.rank === best.rank && cand.depth < best.depth)) best = cand;
    }
    found = best?.id ?? null;
  }
  byDevice.set(device, found);
  return found;
}
