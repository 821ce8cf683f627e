/**
 * The sizes or variants the page itself offers the product in, each with its own mass: the
 * variants of its structured data (schema.org hasVariant, each with a weight) and choice controls
 * in the page's main content whose short text states a mass ("250 g", "1 kg bag", "Size L (420 g)").
 * Only what the page offers: nothing is looked up elsewhere. Works on any Document (no globals).
 */
import { parseDecimal, toKg, weightFromText } from '../extract/generic/units';

export interface OfferedVariant {
  /** What the page calls the choice (its size, name or control text). */
  label: string;
  weightKg: number;
}

const CONTROLS = 'option, label, button, [role="radio"], [role="option"], input[type="radio"] + span';
/** Controls in these parts of a page are navigation, not choices of this product. */
const OUTSIDE = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
const MAX_CONTROLS = 400;
const MAX_VARIANTS = 8;

/** A schema.org weight: a QuantitativeValue ({ value, unitCode | unitText }) or a text ("320 g"). */
function weightOf(w: unknown): number | null {
  if (typeof w === 'string') return weightFromText(w);
  if (typeof w !== 'object' || w === null) return null;
  const q = w as { value?: unknown; unitCode?: unknown; unitText?: unknown };
  const value = typeof q.value === 'number' ? q.value : typeof q.value === 'string' ? parseDecimal(q.value) : null;
  const unit = typeof q.unitCode === 'string' ? q.unitCode : typeof q.unitText === 'string' ? q.unitText : null;
  return value !== null && unit ? toKg(value, unit) : null;
}

const text = (v: unknown) => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, 60) : '');

function fromStructuredData(doc: Document, out: OfferedVariant[]) {
  const variant = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    const weightKg = weightOf(o.weight);
    const label = text(o.size) || text(o.name);
    if (weightKg && label) out.push({ label, weightKg });
  };
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.slice(0, 50).forEach((n) => walk(n, depth + 1));
    for (const [k, v] of Object.entries(node)) {
      if (k === 'hasVariant') (Array.isArray(v) ? v : [v]).slice(0, 50).forEach(variant);
      else if (k === '@graph' || k === 'isVariantOf') walk(v, depth + 1);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // A broken block offers no variants.
    }
  }
}

function fromControls(doc: Document, out: OfferedVariant[]) {
  for (const el of [...doc.querySelectorAll(CONTROLS)].slice(0, MAX_CONTROLS)) {
    if (el.closest(OUTSIDE)) continue;
    const label = text(el.textContent);
    // A choice is short; a longer text is a description that happens to name a weight.
    if (!label || label.length > 40) continue;
    const weightKg = weightFromText(label);
    if (weightKg) out.push({ label, weightKg });
  }
}

/** The variants with their own mass, one per distinct mass, lightest first; [] unless there are two or more. */
export function offeredVariants(doc: Document): OfferedVariant[] {
  const found: OfferedVariant[] = [];
  fromStructuredData(doc, found);
  if (found.length < 2) fromControls(doc, found);
  const byMass = new Map<number, OfferedVariant>();
  for (const v of found) if (!byMass.has(v.weightKg)) byMass.set(v.weightKg, v);
  const out = [...byMass.values()].sort((a, b) => a.weightKg - b.weightKg).slice(0, MAX_VARIANTS);
  return out.length >= 2 ? out : [];
}
