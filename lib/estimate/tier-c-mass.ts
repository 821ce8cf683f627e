/**
 * Tier C: mass x factor per kg. Food: the food named in the title (Clark 2022 > Poore & Nemecek
 * 2018 > RIVM 2021) x the pack's mass. Goods: the materials on the page (with their shares) or the
 * category's material (DESNZ), with a stated forming/assembly uplift for raw materials.
 * Range about +/-40% (+/-60% when the material is only inferred).
 */
import type { AliasRow, FoodRow, MaterialRow } from '../factors/tables';
import type { BatchData } from './batch';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import type { Prepared } from './prepare';
import type { Step } from './schema';

const FOOD_ROOT = 'Food, Beverages & Tobacco';

function firstHit(grams: string[], aliases: Map<string, AliasRow>): AliasRow | null {
  for (const g of grams) {
    const a = aliases.get(g);
    if (a) return a;
  }
  return null;
}

function foodEstimate(p: Prepared, cat: CategoryInfo, data: BatchData, mass: number): Draft | null {
  // Only within a food category: elsewhere a food word in a title is not the product ("Apple",
  // "Orange case", "Wet cat food with chicken"), and without a category we cannot tell.
  if (!cat.row?.path.startsWith(FOOD_ROOT)) return null;
  if (/Tobacco Products/.test(cat.row?.path ?? '')) return null;
  const alias = firstHit(p.titleGrams, data.foodAliases);
  const food: FoodRow | undefined = alias ? data.food.get(alias.target) : undefined;
  if (!alias || !food) return null;
  const central = mass * food.kgPerKg;
  const confidence = cat.confidence * mappingWeight(cat.row) * (alias.key.includes(' ') ? 1 : 0.85);
  const source = { clark2022: 'Clark et al. 2022', poore2018: 'Poore & Nemecek 2018', rivm2021: 'RIVM 2021' }[food.source];
  return {
    tier: 'C',
    central,
    low: central * 0.6,
    high: central * 1.4,
    confidence,
    method: `Mass x food factor: ${food.name} (${source})`,
    factors: [factorRef(data.manifest, 'food', food.key, food.kgPerKg, 'kg CO2e / kg')],
    steps: [
      step('Food', `"${alias.key}" in the title -> ${food.name}: ${food.kgPerKg} kg CO2e/kg (${source}, retail food as sold)`, food.kgPerKg, 'kg CO2e / kg'),
      step('Mass x factor', `${sig(mass)} kg x ${food.kgPerKg} = ${sig(central)} kg; range +/-40%`, central, 'kg CO2e'),
    ],
    flags: [],
  };
}

interface Part {
  material: MaterialRow;
  share: number;
  from: string;
}

function materialParts(p: Prepared, cat: CategoryInfo, data: BatchData): { parts: Part[]; inferred: boolean; flags: string[] } {
  const parts: Part[] = [];
  let unrecognised = 0;
  for (const m of p.materials) {
    const alias = data.materialAliases.get(m.key) ?? firstHit(m.grams, data.materialAliases);
    const mat = alias ? data.materials.get(alias.target) : undefined;
    if (mat) parts.push({ material: mat, share: m.share ?? NaN, from: m.name });
    else unrecognised += m.share ?? 1 / p.materials.length;
  }
  const flags = unrecognised > 0 && parts.length ? ['materials-partially-recognised'] : [];
  if (parts.length) {
    const known = parts.filter((x) => Number.isFinite(x.share));
    if (known.length !== parts.length) parts.forEach((x) => (x.share = 1 / parts.length));
    const total = parts.reduce((a, x) => a + x.share, 0);
    parts.forEach((x) => (x.share = x.share / total));
    return { parts, inferred: false, flags };
  }
  const hint = cat.row?.material ? data.materials.get(cat.row.material) : undefined;
  if (hint) return { parts: [{ material: hint, share: 1, from: `category "${cat.row!.path}"` }], inferred: true, flags };
  return { parts: [], inferred: true, flags };
}

function materialEstimate(p: Prepared, cat: CategoryInfo, data: BatchData, mass: number): Draft | null {
  if (cat.row?.path.startsWith(FOOD_ROOT)) return null;
  const { parts, inferred, flags } = materialParts(p, cat, data);
  if (!parts.length) return null;
  const steps: Step[] = [];
  let perKg = 0;
  for (const part of parts) {
    const f = part.material.kgPerKg * part.material.assemblyUplift;
    perKg += part.share * f;
    const uplift = part.material.assemblyUplift === 1 ? '' : ` x ${part.material.assemblyUplift} forming/assembly uplift (assumption)`;
    steps.push(step('Material', `${sig(part.share * 100, 3)}% ${part.material.name} (from ${part.from}): ${part.material.kgPerKg} kg CO2e/kg${uplift}`, f, 'kg CO2e / kg'));
  }
  const central = mass * perKg;
  steps.push(step('Mass x factor', `${sig(mass)} kg x ${sig(perKg)} kg CO2e/kg = ${sig(central)} kg; range ${inferred ? '+/-60% (material inferred from the category)' : '+/-40%'}`, central, 'kg CO2e'));
  const spread = inferred ? 0.6 : 0.4;
  const base = cat.row ? cat.confidence * mappingWeight(cat.row) : 0.5;
  return {
    tier: 'C',
    central,
    low: central * (1 - spread),
    high: central * (1 + spread),
    confidence: base * (inferred ? 0.7 : 0.9),
    method: `Mass x material: ${parts.map((x) => x.material.name).join(', ')} (DESNZ 2024)`,
    factors: parts.map((x) => factorRef(data.manifest, 'materials', x.material.key, x.material.kgPerKg, 'kg CO2e / kg')),
    steps,
    flags,
  };
}

export function tierCMass(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  const mass = p.quantity.massKg;
  if (mass === null || !(mass > 0)) return null;
  const isFood = cat.row?.path.startsWith(FOOD_ROOT) ?? false;
  // A volume on a non-food item is a capacity (a 750 ml bottle), not its mass.
  if (p.quantity.fromVolume && !isFood) return null;
  return foodEstimate(p, cat, data, mass) ?? materialEstimate(p, cat, data, mass);
}
