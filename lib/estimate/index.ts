/**
 * The estimator: products in, one Estimate per product out (same order). Physical first: the most
 * specific physical tier the page supports wins: A product footprint > B device category > B
 * typical item (ADEME) > C mass x food/material (the page's mass, else the category's typical
 * mass); only where nothing physical applies, D spend > E broad-category fallback > 'unknown'.
 * Before any tier, the mass and the price are checked against the category's ranges and set aside
 * when implausible. One scope everywhere: cradle to shelf. Never throws for a bad product.
 */
import type { Classifier } from '../classify';
import type { FactorSource } from '../factors/source';
import { loadBatch, type BatchData } from './batch';
import { categoryContradictedByPage, categoryContradictsFoodName, checkInputs } from './checks';
import { CONDITION_SOURCE, conditionOf, conditionShare } from './condition';
import type { ProductInput } from './input';
import { type CategoryInfo, clamp01, type Draft, sig, step, unknownEstimate } from './make';
import { prepare, type Prepared } from './prepare';
import { doubted, type PriceDoubt, priceDoubt, usesTypical } from './price-doubt';
import { withSmartWatchDevice } from './smart-watch';
import type { Estimate, Step } from './schema';
import { tierAProduct } from './tier-a-product';
import { tierBDevice } from './tier-b-device';
import { tierBItem } from './tier-b-item';
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
  const row = id != null ? (data.crosswalk.get(String(id)) ?? null) : null;
  return { row, confidence: row ? c.confidence : 0, via: c.via };
}

/** One rule for every tier: a used or refurbished item carries a share of the same item new (see condition.ts). */
function applyCondition(p: Prepared, d: Draft): Draft {
  const { condition, source } = conditionOf(p.input.condition, p.title);
  const share = conditionShare(condition);
  if (!share) return d;
  const c = d.central * share.central;
  return {
    ...d,
    central: c,
    low: d.low * share.low,
    high: d.high * share.high,
    flags: [...d.flags, `condition-${condition}`],
    steps: [
      ...d.steps,
      step(
        'Condition',
        `${share.label}; ${source}; same rule in every tier: ${CONDITION_SOURCE}. ${sig(d.central)} x ${share.central} = ${sig(c)} kg`,
        c,
        'kg CO2e',
      ),
    ],
  };
}

/**
 * A price that is an order's total (an order of this one line, whose page shows no line price):
 * where a tier used the price (its Price step), the step and a flag say that it includes the
 * order's tax and delivery.
 */
function withOrderTotalPrice(p: Prepared, d: Draft): Draft {
  if (!p.input.priceIsOrderTotal) return d;
  const at = d.steps.findIndex((s) => s.label === 'Price');
  if (at < 0) return d;
  const steps = [...d.steps];
  steps[at] = {
    ...steps[at]!,
    detail: `${steps[at]!.detail}; the page shows no price for this line: this is its order's total (an order of this one line, per unit), tax and delivery included`,
  };
  return { ...d, steps, flags: [...d.flags, 'price-from-order-total'] };
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

const TIERS = [tierAProduct, tierBDevice, tierBItem, tierCMass, tierDSpend, tierEFallback];

/**
 * The category the tiers use, and its step: the found one, unless the title names a food the page's
 * mass does not fit, or the page's mass and price both contradict it (lib/estimate/checks.ts).
 */
function checkedCategory(
  prepared: Prepared,
  found: CategoryInfo,
  data: BatchData,
): { cat: CategoryInfo; catStep: Step } {
  const food = categoryContradictsFoodName(prepared, found, data);
  const contradicted = food ? null : categoryContradictedByPage(prepared, found, data);
  if (food || contradicted)
    return {
      cat: { row: null, confidence: 0, via: null },
      catStep: step(
        'Category',
        food
          ? `${found.row!.path} set aside: the title names a food ("${food}") and the page's mass, volume or price does not fit that category`
          : `${found.row!.path} set aside: the page's mass and its price are both far ${contradicted} what this category's products weigh and cost, so the category is more likely wrong than both`,
      ),
    };
  const row = found.row;
  const catStep = row
    ? step(
        'Category',
        `${row.path} (id ${row.id}) via ${found.via}, confidence ${sig(found.confidence, 2)}; factor mapping from node ${row.mappedFrom} (${row.confidence})`,
      )
    : step('Category', 'not recognised');
  return { cat: found, catStep };
}

/**
 * A price x5-x100 above the category's range and no page mass: a draft that took the category's
 * typical item or mass gives way to the spend on the page's own price (price-doubt.ts), and the
 * price check's set-aside (flag and step) is withdrawn.
 */
function withDoubt(
  d: Draft,
  doubt: PriceDoubt,
  prepared: Prepared,
  checked: { p: Prepared; flags: string[]; steps: Step[] },
  cat: CategoryInfo,
  data: BatchData,
): Draft {
  if (!usesTypical(d)) return d;
  const spend = tierDSpend({ ...checked.p, price: prepared.price }, cat, data, { uncapped: true });
  if (!spend || 'error' in spend) return d;
  checked.flags = checked.flags.filter((f) => f !== 'price-implausibly-high');
  checked.steps = checked.steps.filter((s) => !(s.label === 'Price check' && /set aside/.test(s.detail)));
  return doubted(spend, d, doubt, cat.row!.path);
}

function estimateOne(prepared: Prepared, data: BatchData): Estimate {
  const version = data.manifest.version;
  if (prepared.error)
    return unknownEstimate(version, prepared.error, { row: null, confidence: 0, via: null }, ['invalid-input']);
  const found = withSmartWatchDevice(prepared.title, categoryOf(prepared, data));
  const { cat, catStep } = checkedCategory(prepared, found, data);
  const nonPhysical = prepared.category?.nonPhysical;
  if (nonPhysical)
    return unknownEstimate(
      version,
      `not a physical product (${nonPhysical}): no embodied footprint to estimate`,
      cat,
      ['not-a-physical-product'],
      [catStep],
    );
  const checked = checkInputs(prepared, cat, data);
  const p = checked.p;
  const qty = step(
    'Quantity',
    `${p.quantity.units} unit(s) (${p.quantity.unitsSource}); ${p.quantity.detail}`,
    p.quantity.massKg,
    p.quantity.massKg === null ? null : 'kg',
  );
  const errors: string[] = [];
  const flags: string[] = [...checked.flags];
  const doubt = priceDoubt(prepared, p, cat, data);
  for (const tier of TIERS) {
    const found = tier(p, cat, data);
    if (!found) continue;
    const d = doubt && !('error' in found) ? withDoubt(found, doubt, prepared, checked, cat, data) : found;
    if ('error' in d) {
      errors.push(d.error);
      flags.push(...d.flags);
      continue;
    }
    const withCondition = applyCondition(p, withOrderTotalPrice(p, d));
    return finish(
      {
        ...withCondition,
        flags: [...checked.flags, ...withCondition.flags],
        steps: [catStep, qty, ...checked.steps, ...withCondition.steps],
      },
      cat,
      version,
    );
  }
  const reason =
    errors[0] ??
    (!cat.row
      ? 'no recognisable category'
      : p.price === null
        ? 'no price, weight or device match for this category'
        : 'no factor for this category');
  if (!cat.row) flags.push('no-category');
  if (p.price === null) flags.push('no-price');
  return unknownEstimate(version, reason, cat, flags, [catStep, qty, ...checked.steps]);
}

/** A product's own purchase date (YYYY-MM-DD, or a full ISO timestamp), when valid. */
function purchaseDate(v: unknown): Date | null {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const d = new Date(v.length === 10 ? `${v}T12:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
}

export async function estimateProducts(products: ProductInput[], deps: EstimateDeps): Promise<Estimate[]> {
  const now = deps.now ?? new Date();
  const prepared = products.map((p) => {
    try {
      return prepare(p, deps.classifier, purchaseDate(p?.date) ?? now);
    } catch (e) {
      return prepare({ title: '' }, null, now);
    }
  });
  const data = await loadBatch(prepared, deps.factors);
  return prepared.map((p) => {
    try {
      return estimateOne(p, data);
    } catch (e) {
      return unknownEstimate(
        data.manifest.version,
        `estimator error: ${(e as Error).message}`,
        { row: null, confidence: 0, via: null },
        ['estimator-error'],
      );
    }
  });
}

export type { ProductInput } from './input';
export type { Estimate } from './schema';
