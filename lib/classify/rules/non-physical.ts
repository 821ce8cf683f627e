/**
 * "Not a physical product": tickets, vouchers, subscriptions, software keys and licences,
 * services, downloads. No embodied-carbon estimate applies to them, so the classifier says so
 * instead of finding the nearest physical category ("Lizenz" is not an electrical supply).
 */
import { CJK_CHAR, normalizeText, phraseKey } from '../text';
import { NON_PHYSICAL_WORDS, PRODUCT_HEADS_AFTER, type NonPhysicalKind } from './non-physical-words';

export type { NonPhysicalKind } from './non-physical-words';

const MAX_PHRASE = 3;

/** phrase key -> kind; CJK phrases apart, found as substrings (no spaces to split at). */
const BY_KEY = new Map<string, NonPhysicalKind>();
const CJK_PHRASES: [string, NonPhysicalKind][] = [];
for (const [kind, byLang] of Object.entries(NON_PHYSICAL_WORDS) as [NonPhysicalKind, Record<string, string[]>][]) {
  for (const words of Object.values(byLang)) {
    for (const w of words) {
      if (CJK_CHAR.test(w)) CJK_PHRASES.push([normalizeText(w).replace(/ /g, ''), kind]);
      else BY_KEY.set(phraseKey(w), kind);
    }
  }
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
    if (CJK_CHAR.test(tokens[i])) {
      const hit = CJK_PHRASES.find(([p]) => tokens[i].includes(p));
      if (hit) return { kind: hit[1], start: i, end: i + 1 };
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
