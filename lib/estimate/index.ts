/**
 * The estimator: products in, one Estimate per product out (same order). The most specific tier
 * the page supports wins: A product footprint > B device category > C mass x material/food >
 * D spend > E broad-category fallback > 'unknown'. Never throws for a bad product.
 */
import type { Classifier } from '../classify';
import type { FactorSource } from '../factors/source';
import { loadBatch, type BatchData } from './batch';
import { conditionShare } from './condition';
import type { ProductInput } from './input';
import { type CategoryInfo, clamp01, type Draft, sig, step, unknownEstimate } from './make';
import { prepare, type Prepared } from './prepare';
import { withSmartWatchDevice } from './smart-watch';
import type { Estimate } from './schema';
import { tierAProduct } from './tier-a-product';
import { tierBDevice } from './tier-b-device';
import { tierCMass } from './tier-c-mass';
import { tierDSpend } from './tier-d-spend';
import { tierEFallback } from './tier-e-fallback';

export interface EstimateDeps {
  factors: FactorSource;
  classifier: Classifier | null;
  /** Purchase date (exchange-rate and price-index year); defaults to now. */
  now?: Date;
}

function categoryOf(p: Prepared, data: BatchData): CategoryInfo {
  const c = p.category;
  if (!c) return { row: null, confidence: 0, via: null };
  const id = c.id ?? (c.pathKey ? data.paths.get(c.pathKey)?.id : undefined);
  const row = id != null ? data.crosswalk.get(String(id)) ?? null : null;
  return { row, confidence: row ? c.confidence : 0, via: c.via };
}

/** Physical tiers estimate a new item: a used or refurbished one carries only a share of it. */
function applyCondition(p: Prepared, d: Draft): Draft {
  const share = conditionShare(p.input.condition);
  if (!share) return d;
  if (d.tier === 'D' || d.tier === 'E') {
    // The spend on a second-hand price already reflects the item's remaining value (economic
    // allocation): applying the share again would count the discount twice.
    return { ...d, flags: [...d.flags, `condition-${p.input.condition}`], steps: [...d.steps, step('Condition', `${p.input.condition}: the second-hand price already scales the spend estimate; no further reduction`)] };
  }
  const c = d.central * share.central;
  return {
    ...d,
    central: c,
    low: d.low * share.low,
    high: d.high * share.high,
    flags: [...d.flags, `condition-${p.input.condition}`],
    steps: [...d.steps, step('Condition', `${share.label}: ${sig(d.central)} x ${share.central} = ${sig(c)} kg`, c, 'kg CO2e')],
  };
}

function finish(d: Draft, cat: CategoryInfo, packVersion: string): Estimate {
  const ok = (x: number) => Number.isFinite(x) && x >= 0;
  if (!ok(d.central) || !ok(d.low) || !ok(d.high)) throw new Error(`non-finite result in tier ${d.tier}`);
  return {
    kgCO2e: sig(d.central, 3),
    low: sig(Math.min(d.low, d.central), 3),
    high: sig(Math.max(d.high, d.central), 3),
    tier: d.tier,
    category: cat.row?.path ?? null,
    categoryId: cat.row?.id ?? null,
    confidence: sig(clamp01(d.confidence), 3),
    method: d.method,
    factors: d.factors,
    steps: d.steps,
    flags: [...new Set(d.flags)],
    packVersion,
  };
}

function estimateOne(p: Prepared, data: BatchData): Estimate {
  const version = data.manifest.version;
  if (p.error) return unknownEstimate(version, p.error, { row: null, confidence: 0, via: null }, ['invalid-input']);
  const cat = withSmartWatchDevice(p.title, categoryOf(p, data));
  const catStep = cat.row
    ? step('Category', `${cat.row.path} (id ${cat.row.id}) via ${cat.via}, confidence ${sig(cat.confidence, 2)}; factor mapping from node ${cat.row.mappedFrom} (${cat.row.confidence})`)
    : step('Category', 'not recognised');
  const qty = step('Quantity', `${p.quantity.units} unit(s) (${p.quantity.unitsSource}); ${p.quantity.detail}`, p.quantity.massKg, p.quantity.massKg === null ? null : 'kg');
  const errors: string[] = [];
  const flags: string[] = [];
  for (const tier of [tierAProduct, tierBDevice, tierCMass, tierDSpend, tierEFallback]) {
    const d = tier(p, cat, data);
    if (!d) continue;
    if ('error' in d) {
      errors.push(d.error);
      flags.push(...d.flags);
      continue;
    }
    const withCondition = applyCondition(p, d);
    return finish({ ...withCondition, steps: [catStep, qty, ...withCondition.steps] }, cat, version);
  }
  const reason = errors[0] ?? (!cat.row ? 'no recognisable category' : p.price === null ? 'no price, weight or device match for this category' : 'no factor for this category');
  if (!cat.row) flags.push('no-category');
  if (p.price === null) flags.push('no-price');
  return unknownEstimate(version, reason, cat, flags, [catStep, qty]);
}

export async function estimateProducts(products: ProductInput[], deps: EstimateDeps): Promise<Estimate[]> {
  const now = deps.now ?? new Date();
  const prepared = products.map((p) => {
    try {
      return prepare(p, deps.classifier, now);
    } catch (e) {
      return prepare({ title: '' }, null, now);
    }
  });
  const data = await loadBatch(prepared, deps.factors);
  return prepared.map((p) => {
    try {
      return estimateOne(p, data);
    } catch (e) {
      return unknownEstimate(data.manifest.version, `estimator error: ${(e as Error).message}`, { row: null, confidence: 0, via: null }, ['estimator-error']);
    }
  });
}

export type { ProductInput } from './input';
export type { Estimate } from './schema';
