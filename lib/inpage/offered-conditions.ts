/**
 * Which conditions (new, used, refurbished) the page itself offers the product in: the offers of
 * its structured data (schema.org itemCondition), and choice controls in the page's main content
 * whose whole text is a condition ("Refurbished", "Used from $120", "Gebraucht ab 80 €", "Neu").
 * Only what the page offers: nothing is looked up elsewhere. Works on any Document (no globals).
 */
import { OFFERED_CONDITION_TEXT } from '../extract/words';

export type OfferCondition = 'new' | 'used' | 'refurbished';

const SCHEMA: ReadonlyMap<string, OfferCondition> = new Map([
  ['newcondition', 'new'],
  ['usedcondition', 'used'],
  ['refurbishedcondition', 'refurbished'],
  ['damagedcondition', 'used'],
]);

/** A control's whole text naming a condition, optionally followed by a price (OFFERED_CONDITION_TEXT). */
const CONTROL_TEXT = OFFERED_CONDITION_TEXT;
const CONTROLS = 'option, label, button, a, [role="radio"], [role="option"], [role="tab"], input[type="radio"] + span';
/** Controls in these parts of a page are navigation, not offers of this product. */
const OUTSIDE = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
const MAX_CONTROLS = 400;
export const CONDITION_ORDER: readonly OfferCondition[] = ['new', 'refurbished', 'used'];

function fromStructuredData(doc: Document, out: Set<OfferCondition>) {
  const add = (v: unknown) => {
    if (typeof v !== 'string') return;
    const c = SCHEMA.get(v.replace(/^.*[/:]/, '').toLowerCase());
    if (c) out.add(c);
  };
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.slice(0, 50).forEach((n) => walk(n, depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'itemCondition') add(v);
      else if (k === 'offers' || k === '@graph' || k === 'hasVariant') walk(v, depth + 1);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // A broken block says nothing about conditions.
    }
  }
  for (const el of doc.querySelectorAll('[itemprop="itemCondition"]'))
    add(el.getAttribute('href') ?? el.getAttribute('content'));
}

function fromControls(doc: Document, out: Set<OfferCondition>) {
  const controls = [...doc.querySelectorAll(CONTROLS)].slice(0, MAX_CONTROLS);
  for (const el of controls) {
    if (el.closest(OUTSIDE)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > 40) continue;
    const hit = CONTROL_TEXT.find(([, re]) => re.test(text));
    if (hit) out.add(hit[0]);
  }
}

/** The conditions the page offers the product in (its own included), in a fixed order. */
export function offeredConditions(doc: Document): OfferCondition[] {
  const out = new Set<OfferCondition>();
  fromStructuredData(doc, out);
  fromControls(doc, out);
  return CONDITION_ORDER.filter((c) => out.has(c));
}
