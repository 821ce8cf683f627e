/**
 * An unknown head before a for-cue: "Parapioggia per passeggino", "Folia przeciwdeszczowa do
 * wózka", "Organizador para carrinho de bebê". The lexicon does not know the word that names the
 * product, only what it is for; a thing sold "for" a device or vehicle is one of its accessories.
 * The first reading after the cue then moves to the accessory node of what it names, found by
 * name in the taxonomy (replacement.ts accessoryNodeOf: "Baby Strollers" -> "Baby Stroller
 * Accessories"), and counts as the head. A known head keeps its reading ("Torba na laptopa" is a
 * bag), and so does a reading that is an accessory already or names who the product is for (pets).
 * A phrase that holds the cue itself ("do demakijażu", "для снятия": a personal-care node named by
 * its use, scripts/classify/localized.ts purposePhrases) names the product: its reading is the head.
 * An unknown head that is a storage word ("Organizador para juguetes") keeps what follows: the
 * product is the storage for it (rules/storage-of.ts).
 */
import { forCuesOf } from '../cues';
import { ANIMALS_AND_PET_SUPPLIES, HEALTH_AND_BEAUTY } from '../nodes';
import type { Taxonomy } from '../taxonomy';
import { tokenize } from '../text';
import { accessoryNodeOf } from './replacement';
import { isStorageWord, storageNodeOf } from './storage-of';

const cueSets = new Map<string, Set<string>>();
function cuesOf(lang: string): Set<string> {
  let set = cueSets.get(lang);
  if (!set) cueSets.set(lang, (set = forCuesOf(lang)));
  return set;
}

/** Accessory names before parts: what is sold "for" a device is more often an add-on than a spare. */
function accessoryRank(name: string): number {
  const words = tokenize(name);
  return words.includes('accessory') || words.includes('accessories') ? 2 : words.includes('part') ? 0 : 1;
}

/** Index of the segment's first for-cue when no hit starts before it (and one starts at or after it), else -1. */
function unknownHeadBeforeFor(tokens: string[], hits: { start: number }[], cues: Set<string>): number {
  const cue = tokens.findIndex((t, i) => i > 0 && cues.has(t));
  return cue > 0 && hits.length > 0 && hits.every((h) => h.start >= cue) ? cue : -1;
}

/**
 * The readings of the first hit after the cue as accessories of what they name, or null when one
 * of them is an accessory already, a pet reading, or has no accessory node.
 */
export function accessoryEntries<E extends { id: number }>(taxonomy: Taxonomy, entries: E[]): E[] | null {
  const out: E[] = [];
  for (const e of entries) {
    if (taxonomy.isAccessory(e.id) || taxonomy.isAncestorOrSelf(ANIMALS_AND_PET_SUPPLIES, e.id)) return null;
    const node = accessoryNodeOf(taxonomy, e.id, accessoryRank);
    if (node === null) return null;
    out.push({ ...e, id: node });
  }
  return out.length ? out : null;
}

/** The readings of what a storage product keeps as the storage node for it, one entry a node. */
function storageEntries<E extends { id: number }>(taxonomy: Taxonomy, entries: E[]): E[] {
  const out: E[] = [];
  for (const e of entries) {
    const id = storageNodeOf(taxonomy, e.id);
    if (!out.some((o) => o.id === id)) out.push({ ...e, id });
  }
  return out;
}

/**
 * A segment's hits and zones with the rule applied: the first hit after an unknown head's for-cue
 * (a for-word of the title's language, which must be known) takes its accessory (or purpose)
 * reading and the head's full zone weight.
 */
export function readForTarget<
  H extends { start: number; end: number; curated?: boolean; entries: { id: number; w: number }[] },
>(
  taxonomy: Taxonomy,
  tokens: string[],
  hits: H[],
  zones: number[],
  lang: string | null,
): { hits: H[]; zones: number[] } {
  // Only the for-words of the title's own language: "do", "na", "per" are other words elsewhere
  // ("Cook Do" stir-fry sauce is no accessory).
  const cue = lang === null ? -1 : unknownHeadBeforeFor(tokens, hits, cuesOf(lang));
  if (cue < 0) return { hits, zones: purposeOfWeakHead(taxonomy, tokens, hits, zones, lang) };
  const target = hits.reduce((a, h) => (h.start < a.start ? h : a));
  // "Organizador para juguetes", "Корзина для игрушек": a storage word as the head keeps what follows (rules/storage-of.ts).
  const storage = tokens.slice(0, cue).some((t) => isStorageWord(t, lang));
  const entries =
    target.start === cue
      ? target.entries
      : storage
        ? storageEntries(taxonomy, target.entries)
        : accessoryEntries(taxonomy, target.entries);
  if (!entries) return { hits, zones };
  return {
    hits: hits.map((h) => (h === target ? { ...h, entries } : h)),
    zones: zones.map((z, i) => (i === target.start ? 1 : z)),
  };
}

/**
 * "Lakier do paznokci", "Krem pod oczy": a head the lexicon reads only from translated names (a
 * lacquer is a paint or a varnish there) before a personal-care purpose phrase ("do paznokci": for
 * nails). The purpose says which of the head's senses is sold, so the phrase counts as the head.
 * A curated head keeps the lead ("Ręcznik do twarzy" is a towel).
 */
function purposeOfWeakHead(
  taxonomy: Taxonomy,
  tokens: string[],
  hits: { start: number; end: number; curated?: boolean; entries: { id: number }[] }[],
  zones: number[],
  lang: string | null,
): number[] {
  if (lang === null) return zones;
  const cues = cuesOf(lang);
  const head = hits.find((h) => h.start === 0);
  const purpose = head && hits.find((h) => h.start === head.end && cues.has(tokens[h.start] ?? ''));
  if (!head || !purpose || head.curated || head.end - head.start !== 1) return zones;
  if (!purpose.entries.every((e) => taxonomy.isAncestorOrSelf(HEALTH_AND_BEAUTY, e.id))) return zones;
  return zones.map((z, i) => (i === purpose.start ? 1 : z));
}
