/**
 * Pack size and mass from the page fields and the title: "500 g", "6 x 330 ml", "1,5 kg",
 * "Pack of 2", "2er-Pack", "Lot de 3". Price and mass must describe the same thing: the estimate
 * is for what the price buys (the whole pack).
 */

import { PACK_COUNT_RES } from './words';

export interface Quantity {
  /** Units the price buys (1 when nothing says otherwise). */
  units: number;
  unitsSource: 'page' | 'title' | 'default';
  /** Total mass the price buys, kg, or null. */
  massKg: number | null;
  massSource: 'page' | 'title' | null;
  /** Mass read from a volume (ml, l) at 1 kg/l: right for drinks, not for a bottle's capacity. */
  fromVolume: boolean;
  /** How the mass was read, for the steps. */
  detail: string;
}

const UNIT_KG = new Map<string, number>(
  Object.entries({
    kg: 1,
    g: 0.001,
    mg: 1e-6,
    l: 1,
    ltr: 1,
    liter: 1,
    litre: 1,
    ml: 0.001,
    cl: 0.01,
    dl: 0.1,
    lb: 0.45359,
    lbs: 0.45359,
    oz: 0.02835,
    'fl oz': 0.029574,
  }),
);
const LIQUID = new Set(['l', 'ltr', 'liter', 'litre', 'ml', 'cl', 'dl', 'fl oz']);
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?)`;
const UNIT = String.raw`(fl\.?\s?oz|kg|mg|g|ml|cl|dl|ltr|liter|litre|l|lbs|lb|oz)`;
const MULTI_RE = new RegExp(String.raw`(\d{1,3})\s*[x×*]\s*${AMOUNT}\s*${UNIT}(?![a-z])`, 'i');
const SINGLE_RE = new RegExp(String.raw`(?<![\d.,])${AMOUNT}\s*${UNIT}(?![a-z])`, 'i');

function toNumber(s: string): number {
  return Number(s.replace(',', '.'));
}
function unitKg(unit: string): { kg: number; liquid: boolean } {
  const u = unit.toLowerCase().replace(/\.|\s/g, '').replace('floz', 'fl oz');
  return { kg: UNIT_KG.get(u) ?? NaN, liquid: LIQUID.has(u) };
}

/** Units in a pack from the title ("Pack of 2"), or null. */
export function packCountFromTitle(title: string): number | null {
  for (const re of PACK_COUNT_RES) {
    const m = re.exec(title);
    if (m) {
      const n = Number(m[1]);
      if (n >= 1 && n <= 500) return n;
    }
  }
  return null;
}

export function parseQuantity(input: { title: string; quantity?: number | null; weightKg?: number | null }): Quantity {
  const title = input.title ?? '';
  const pageUnits =
    typeof input.quantity === 'number' && Number.isFinite(input.quantity) && input.quantity >= 1
      ? Math.round(input.quantity)
      : null;
  const titleUnits = packCountFromTitle(title);
  const multi = MULTI_RE.exec(title);
  let units = pageUnits ?? titleUnits ?? (multi ? Number(multi[1]) : null);
  const unitsSource: Quantity['unitsSource'] = pageUnits ? 'page' : units ? 'title' : 'default';
  units = units ?? 1;

  if (typeof input.weightKg === 'number' && Number.isFinite(input.weightKg) && input.weightKg > 0) {
    return {
      units,
      unitsSource,
      massKg: input.weightKg,
      massSource: 'page',
      fromVolume: false,
      detail: `weight from the page: ${input.weightKg} kg for what the price buys`,
    };
  }
  if (multi) {
    const n = Number(multi[1]);
    const { kg, liquid } = unitKg(multi[3]);
    const each = toNumber(multi[2]) * kg;
    if (n >= 1 && each > 0 && Number.isFinite(each)) {
      const mass = n * each;
      return {
        units,
        unitsSource,
        massKg: mass,
        massSource: 'title',
        fromVolume: liquid,
        detail: `"${multi[0].trim()}" = ${n} x ${round(each)} kg = ${round(mass)} kg${liquid ? ' (liquids at 1 kg/l)' : ''}`,
      };
    }
  }
  const single = SINGLE_RE.exec(title);
  if (single) {
    const { kg, liquid } = unitKg(single[2]);
    const each = toNumber(single[1]) * kg;
    if (each > 0 && Number.isFinite(each)) {
      const n = titleUnits ?? pageUnits ?? 1;
      const mass = each * n;
      const per = n > 1 ? ` per unit x ${n} units = ${round(mass)} kg` : '';
      return {
        units,
        unitsSource,
        massKg: mass,
        massSource: 'title',
        fromVolume: liquid,
        detail: `"${single[0].trim()}" = ${round(each)} kg${per}${liquid ? ' (liquids at 1 kg/l)' : ''}`,
      };
    }
  }
  return {
    units,
    unitsSource,
    massKg: null,
    massSource: null,
    fromVolume: false,
    detail: 'no weight on the page or in the title',
  };
}

export function round(n: number, digits = 3): number {
  return Number(n.toPrecision(digits));
}
