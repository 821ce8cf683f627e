/**
 * Weight and length amounts as written on shop pages. The unit spellings (by unit and language, and
 * UN/CEFACT codes) are word lists in `words-facts.ts`.
 */
import { lazy } from '../pattern';
import {
  DIMENSIONS_IN_TEXT,
  LABELLED_EXTENT,
  LENGTH_UNITS,
  WEIGHT_UNITS,
  weightUnitInTextSource,
} from '../words-facts';

/** kg for an amount in `unit`, or null when the unit is unknown. Never negative or non-finite. */
export function toKg(amount: number, unit: string): number | null {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const u = unit.trim().replace(/\.$/, '');
  for (const [re, f] of WEIGHT_UNITS) if (re.test(u)) return round(amount * f);
  return null;
}

export function toCm(amount: number, unit: string): number | null {
  if (!Number.isFinite(amount) || amount <= 0) return null;
  const u = unit.trim().replace(/\.$/, '');
  for (const [re, f] of LENGTH_UNITS) if (re.test(u)) return round(amount * f);
  return null;
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** "1,2" / "2.15" / "1.234,5" as a plain number (decimal comma aware), or null. */
export function parseDecimal(s: string): number | null {
  const t = s.trim();
  if (!/^\d{1,7}(?:[.,\s]\d{3})*(?:[.,]\d+)?$|^\d+(?:[.,]\d+)?$/.test(t)) return null;
  let n: string;
  if (/,\d+$/.test(t) && !/\.\d+$/.test(t))
    n = /^\d{1,3}(?:,\d{3})+$/.test(t) ? t.replace(/,/g, '') : t.replace(/[.\s]/g, '').replace(',', '.');
  else n = t.replace(/[,\s]/g, '');
  const v = Number(n);
  return Number.isFinite(v) && v >= 0 ? v : null;
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const WEIGHT_RE = /* @__PURE__ */ lazy(() => NUM + String.raw`\s*` + weightUnitInTextSource(), 'i');

/** "1.000": a point before three digits, which groups thousands in grams as "1,000" does. */
const POINT_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/** The first weight in a text ("2.15 pounds", "Gewicht 1,2 kg", "850 g", "1.000 g" = 1 kg) in kg. */
export function weightFromText(text: string): number | null {
  const m = WEIGHT_RE.exec(text.slice(0, 300));
  if (!m?.[1] || !m[2]) return null;
  // Nobody weighs a product in grams to three decimals: "1.000 g" is a thousand grams, not one.
  const grams = POINT_THOUSANDS.test(m[1]) && toKg(1, m[2]) === 0.001;
  const n = grams ? Number(m[1].replace('.', '')) : parseDecimal(m[1]);
  return n === null ? null : toKg(n, m[2]);
}

/** Three extents in cm, largest first as length, width, height; null when any is missing. */
function threeExtents(cm: (number | null)[]): { length: number; width: number; height: number } | null {
  const [length, width, height] = cm.filter((v): v is number => v !== null).sort((a, b) => b - a);
  if (cm.length !== 3 || length === undefined || width === undefined || height === undefined) return null;
  return { length, width, height };
}

/** "0.75 inch high x 6 inches wide x 6 inches deep": three labelled extents. */
function labelledDimensions(text: string): { length: number; width: number; height: number } | null {
  const t = text.slice(0, 300);
  const found = [...t.matchAll(LABELLED_EXTENT.regexFor(t))].slice(0, 3);
  if (found.length !== 3) return null;
  const unit = found.map((f) => f[2]).find(Boolean);
  if (!unit) return null;
  const cm = found.map((f) => {
    const n = parseDecimal(f[1] ?? '');
    return n === null ? null : toCm(n, f[2] ?? unit);
  });
  return threeExtents(cm);
}

/** "30 x 20 x 10 cm", "11.8 x 7.9 x 3.9 inches", "1 in high x 6 in wide x 6 in deep" -> cm, largest first. */
export function dimensionsFromText(text: string): { length: number; width: number; height: number } | null {
  const m = DIMENSIONS_IN_TEXT.exec(text.slice(0, 300));
  if (!m) return labelledDimensions(text);
  const unit = m[6];
  const vals = [m[1], m[3], m[5]].map((v, i) => {
    const n = parseDecimal(v ?? '');
    const u = (i === 0 ? m[2] : i === 1 ? m[4] : undefined) ?? unit;
    return n === null || !u ? null : toCm(n, u);
  });
  return threeExtents(vals);
}
