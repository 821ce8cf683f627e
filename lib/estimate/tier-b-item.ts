/**
 * Tier B (typical item): the category has an ADEME Impact CO2 per-item footprint (clothing, shoes,
 * furniture, household appliances, digital devices), cradle to shelf. Scaled by the page's own
 * mass against the modelled item's mass (clothing masses from Ecobalyse), or for TVs by screen size
 * with the size exponent fitted on the published monitor footprints; without either, the typical
 * item as modelled. Times the units the price buys.
 */
import type { ItemRow } from '../factors/tables';
import type { BatchData } from './batch';
import { profileOf } from './checks';
import { parseScreenInches } from './device-scale';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import type { Prepared } from './prepare';
import { ITEM_RANGE } from './ranges';
import type { Step } from './schema';

/** Mass or size scaling is clamped: beyond x3 the modelled item no longer describes the product. */
const MAX_SCALE = 3;
/** Screen size of the TV the ADEME-Arcep study modelled (an assumption: a typical 40-45 inch LCD TV). */
const TV_REFERENCE_IN = 42;

const clamp = (x: number) => Math.min(MAX_SCALE, Math.max(1 / MAX_SCALE, x));

function scaleOf(p: Prepared, item: ItemRow, data: BatchData): { factor: number; detail: string; scaled: boolean } {
  const q = p.quantity;
  const unitMass = q.massKg !== null && !q.fromVolume ? q.massKg / q.units : null;
  if (unitMass !== null && unitMass > 0) {
    const f = clamp(unitMass / item.referenceMassKg);
    return { factor: f, detail: `page mass ${sig(unitMass)} kg vs the modelled ${item.name}'s ${item.referenceMassKg} kg (${item.massBasis}): x${sig(f, 3)}${f !== unitMass / item.referenceMassKg ? ' (clamped)' : ''}`, scaled: true };
  }
  const screen = item.key === 'television' ? parseScreenInches(p.title) : null;
  const monitor = data.devices.get('monitor');
  if (screen && monitor?.screenExponent) {
    const f = clamp((screen / TV_REFERENCE_IN) ** monitor.screenExponent);
    return { factor: f, detail: `screen ${screen} in vs ${TV_REFERENCE_IN} in assumed for the modelled TV, exponent ${monitor.screenExponent} (fitted on published monitor footprints): x${sig(f, 3)}`, scaled: true };
  }
  return { factor: 1, detail: `no mass or size on the page: the typical ${item.name} as modelled (${item.referenceMassKg} kg)`, scaled: false };
}

/** A title word naming a more specific item of the same kind ("hoodie" under Shirts & Tops), else the category's item. */
function itemFor(p: Prepared, base: ItemRow, data: BatchData): { item: ItemRow; word: string | null } {
  for (const g of p.titleGrams) {
    const a = data.itemAliases.get(g);
    const hit = a ? data.items.get(a.target) : undefined;
    if (hit && hit.group === base.group) return { item: hit, word: a!.key };
  }
  return { item: base, word: null };
}

export function tierBItem(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  const profile = profileOf(cat, data);
  const base = profile?.item ? data.items.get(profile.item) : undefined;
  if (!cat.row || !base) return null;
  const { item, word } = itemFor(p, base, data);
  const scale = scaleOf(p, item, data);
  const units = p.quantity.units;
  const perUnit = item.kgPerItem * scale.factor;
  const central = perUnit * units;
  const range = scale.scaled ? ITEM_RANGE.scaled : ITEM_RANGE.typical;
  const steps: Step[] = [
    step('Typical item footprint', `${word ? `"${word}" in the title -> ` : ''}ADEME Impact CO2: ${item.name}, ${item.kgPerItem} kg CO2e per item, cradle to shelf (materials, making, assembly and distribution; use and end of life excluded; one modelled product)`, item.kgPerItem, 'kg CO2e'),
    step('Scaling', scale.detail, perUnit, 'kg CO2e'),
  ];
  if (units > 1) steps.push(step('Units', `${sig(perUnit)} kg x ${units} units = ${sig(central)} kg`, central, 'kg CO2e'));
  steps.push(step('Range', `x${range.low} to x${range.high}: ${range.why}`));
  return {
    tier: 'B',
    central,
    low: central * range.low,
    high: central * range.high,
    confidence: cat.confidence * mappingWeight(cat.row) * (scale.scaled ? 0.9 : 0.75),
    method: `Typical item footprint: ${item.name} (ADEME Impact CO2)${scale.scaled ? ', scaled to the page' : ''}`,
    factors: [factorRef(data.manifest, 'items', item.key, item.kgPerItem, 'kg CO2e per item (cradle to shelf)')],
    steps,
    flags: scale.scaled ? [] : ['typical-item-assumed'],
  };
}
