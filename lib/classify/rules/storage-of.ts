/**
 * A box, a basket or an organiser to keep things in is the storage, not what it keeps: "Organizador
 * para juguetes", "Корзина для игрушек", "Opbergmand voor speelgoed", "Caixa para brinquedos". When
 * the lexicon does not know the head before the for-word, rules/for-target.ts takes what follows
 * for the device of an accessory ("Parapioggia per passeggino"); a storage word as that head says
 * the product stores it instead. The node is found by name, not listed: the storage node named
 * after what it keeps ("Shoes" -> "Shoe Racks & Organizers", "Seasonings & Spices" -> "Spice
 * Organizers", "Tools" -> "Tool Storage & Organization", "Cables" -> "Cable Management"), else a
 * household storage container.
 */
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';

/** "Home & Garden > Household Supplies > Storage & Organization > Household Storage Containers". */
const HOUSEHOLD_STORAGE_CONTAINERS = 5631;

/**
 * Where storage is filed: Storage & Organization, Kitchen Organizers, Food Storage, Tool Storage &
 * Organization, Craft Organization, Jewelry Holders, Cable Management, Diaper Organizers.
 */
const STORAGE_BRANCHES = [636, 2948, 2626, 3974, 505369, 5974, 3328, 6883];

/** Head words of a storage product by language, as shops write them (normalised and stemmed on load). */
const STORAGE_WORDS: Record<string, string[]> = {
  en: ['storage', 'organiser', 'organizer', 'box', 'bin', 'basket', 'container', 'caddy', 'crate'],
  de: ['aufbewahrung', 'organizer', 'box', 'kiste', 'korb', 'behälter', 'sortierbox', 'aufbewahrungskorb'],
  fr: ['rangement', 'boîte', 'boite', 'panier', 'bac', 'caisse', 'organisateur', 'organiseur'],
  es: ['organizador', 'caja', 'cesta', 'cesto', 'contenedor', 'almacenaje', 'almacenamiento'],
  it: ['organizer', 'contenitore', 'scatola', 'cesto', 'cestino', 'portaoggetti'],
  nl: ['opberger', 'opbergmand', 'opbergbox', 'mand', 'doos', 'bak', 'organizer', 'kist'],
  sv: ['förvaring', 'förvaringslåda', 'låda', 'korg', 'box', 'organizer'],
  da: ['opbevaring', 'kasse', 'kurv', 'boks', 'organizer'],
  no: ['oppbevaring', 'boks', 'kurv', 'organizer'],
  fi: ['säilytys', 'laatikko', 'kori'],
  pl: ['organizer', 'pudełko', 'pojemnik', 'kosz', 'koszyk', 'skrzynia'],
  cs: ['box', 'krabice', 'koš', 'organizér'],
  ru: ['органайзер', 'коробка', 'корзина', 'ящик', 'контейнер'],
  pt: ['caixa', 'cesto', 'cesta', 'organizador', 'baú'],
  tr: ['kutu', 'sepet', 'düzenleyici'],
};

const WORDS = new Map(Object.entries(STORAGE_WORDS).map(([lang, ws]) => [lang, new Set(ws.flatMap(tokenize))]));

/** Whether a title word (normalised, stemmed) names a storage product in the title's language. */
export const isStorageWord = (token: string, lang: string | null): boolean =>
  lang !== null && WORDS.get(lang)?.has(token) === true;

const caches = new WeakMap<Taxonomy, Map<number, number>>();

/** The words of a node's name, without the "&" groups' joins ("Seasonings & Spices" -> seasoning, spice). */
const nameWords = (taxonomy: Taxonomy, id: number) => tokenize(taxonomy.nameOf(id) ?? '');

/** The storage node for what node `thing` names: the shallowest storage node sharing a name word with it, else a household storage container. */
function findStorageOf(taxonomy: Taxonomy, thing: number): number {
  const words = new Set(nameWords(taxonomy, thing));
  let best: { id: number; depth: number } | null = null;
  for (const id of taxonomy.ids) {
    if (!STORAGE_BRANCHES.some((b) => taxonomy.isAncestorOrSelf(b, id))) continue;
    if (!nameWords(taxonomy, id).some((w) => words.has(w))) continue;
    const depth = taxonomy.depth(id);
    if (!best || depth < best.depth) best = { id, depth };
  }
  return best?.id ?? HOUSEHOLD_STORAGE_CONTAINERS;
}

/** The storage node for what node `thing` names (findStorageOf), worked out once per node. */
export function storageNodeOf(taxonomy: Taxonomy, thing: number): number {
  let cache = caches.get(taxonomy);
  if (!cache) caches.set(taxonomy, (cache = new Map()));
  let node = cache.get(thing);
  if (node === undefined) cache.set(thing, (node = findStorageOf(taxonomy, thing)));
  return node;
}

/** "Toys & Games": a toy has no holders or mounts of its own; an organiser for toys keeps them. */
const TOYS_AND_GAMES = 1239;

/**
 * The readings of what a storage word next to it keeps ("Organizer für Kabel", "Organizador para
 * juguetes") as storage nodes, or null when one of them has no storage node of its own and is no
 * toy: "Kinderwagen Organizer", "Organizer für Auto" are the stroller's, the car's accessories.
 */
export function storedEntries<E extends { id: number }>(taxonomy: Taxonomy, entries: E[]): E[] | null {
  const out: E[] = [];
  for (const e of entries) {
    const id = storageNodeOf(taxonomy, e.id);
    if (id === HOUSEHOLD_STORAGE_CONTAINERS && !taxonomy.isAncestorOrSelf(TOYS_AND_GAMES, e.id)) return null;
    if (!out.some((o) => o.id === id)) out.push({ ...e, id });
  }
  return out.length ? out : null;
}
