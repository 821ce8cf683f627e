/**
 * "Not a physical product": tickets, vouchers, subscriptions, software keys and licences,
 * services, downloads. No embodied-carbon estimate applies to them, so the classifier says so
 * instead of finding the nearest physical category ("Lizenz" is not an electrical supply).
 */
import { CJK_CHAR, normalizeText, phraseKey } from '../text';
import { NON_PHYSICAL_WORDS, PRODUCT_HEADS_AFTER, type NonPhysicalKind } from './non-physical-words';

export type { NonPhysicalKind } from './non-physical-words';

const MAX_PHRASE = 3;

/**
 * Thai, like the CJK scripts, writes no space between words; normalisation also turns its vowel
 * and tone marks into spaces, so a Thai word reaches the rules as several pieces.
 */
const THAI_CHAR = /[\u0e00-\u0e7f]/;
/** Whether a token is of a script written without spaces, read as one run with its neighbours. */
export const isUnspaced = (t: string): boolean => CJK_CHAR.test(t) || THAI_CHAR.test(t);
/** The fewest letters a phrase of those scripts keeps (after the marks are dropped) to be matched. */
export const MIN_THAI_LETTERS = 5;
/** How many pieces of a run a phrase may span (a CJK run is cut into known words, Thai at its marks). */
const MAX_RUN = 8;

/** phrase key -> kind; CJK and Thai phrases apart, found inside runs (no spaces to split at). */
const BY_KEY = new Map<string, NonPhysicalKind>();
const UNSPACED_PHRASES: [string, NonPhysicalKind][] = [];
for (const [kind, byLang] of Object.entries(NON_PHYSICAL_WORDS) as [NonPhysicalKind, Record<string, string[]>][]) {
  for (const words of Object.values(byLang)) {
    for (const w of words) {
      const run = normalizeText(w).replace(/ /g, '');
      // A short Thai piece would match inside many words (the marks are gone): never listed.
      if (THAI_CHAR.test(w) && run.length < MIN_THAI_LETTERS) continue;
      if (isUnspaced(w)) UNSPACED_PHRASES.push([run, kind]);
      else BY_KEY.set(phraseKey(w), kind);
    }
  }
}

/**
 * A CJK or Thai phrase that starts in token i of a run of such tokens ("ギフト", "カード" from
 * "ギフトカード"; the pieces of "บัตรของขวัญ"), and the token after the one it ends in.
 */
function unspacedAt(tokens: string[], i: number): { kind: NonPhysicalKind; end: number } | null {
  let run = '';
  const ends: number[] = [];
  for (let j = i; j < tokens.length && j < i + MAX_RUN && isUnspaced(tokens[j]); j++) {
    run += tokens[j];
    ends.push(run.length);
  }
  for (const [p, kind] of UNSPACED_PHRASES) {
    const at = run.indexOf(p);
    if (at < 0 || at >= ends[0]) continue;
    return { kind, end: i + 1 + ends.findIndex((e) => e >= at + p.length) };
  }
  return null;
}

/** Single words long enough to be found as the head of a closed compound ("Konzertticket"). */
// Six letters or more: a shorter ending is too often part of another word ("Not|ebook").
const COMPOUND_HEADS = [...BY_KEY.entries()].filter(([k]) => !k.includes(' ') && k.length >= 6);
const MIN_MODIFIER = 3;
const HEADS_AFTER = new Set(Object.values(PRODUCT_HEADS_AFTER).flat().map(phraseKey));

/** Where a non-physical phrase sits in a token list. */
export interface NonPhysicalMatch {
  kind: NonPhysicalKind;
  start: number;
  end: number;
}

/** The first non-physical phrase among the tokens (longest at each position). */
export function findNonPhysical(tokens: string[]): NonPhysicalMatch | null {
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
      const kind = BY_KEY.get(tokens.slice(i, i + n).join(' '));
      if (kind) return { kind, start: i, end: i + n };
    }
    const t = tokens[i];
    const compound =
      t.length >= 8 ? COMPOUND_HEADS.find(([k]) => t.length - k.length >= MIN_MODIFIER && t.endsWith(k)) : undefined;
    if (compound) return { kind: compound[1], start: i, end: i + 1 };
    if (isUnspaced(tokens[i])) {
      const hit = unspacedAt(tokens, i);
      if (hit) return { kind: hit.kind, start: i, end: hit.end };
    }
  }
  return null;
}

/** Taxonomy node shown for each kind (Google has no node for subscriptions and services). */
export const NON_PHYSICAL_NODE: Record<NonPhysicalKind, number | null> = {
  ticket: 499969, // Arts & Entertainment > Event Tickets
  voucher: 53, // Arts & Entertainment > Party & Celebration > Gift Giving > Gift Cards & Certificates
  software: 313, // Software > Computer Software
  digital: 5032, // Software > Digital Goods & Currency
  subscription: null,
  service: null,
};

/** A product word right after the phrase: it only qualifies that product ("ticket holder"). */
export function productHeadFollows(tokens: string[], m: NonPhysicalMatch): boolean {
  const next = tokens[m.end];
  return next !== undefined && HEADS_AFTER.has(next);
}
