/**
 * Held-out calibration of the physical tiers' ranges. The range multipliers in
 * lib/estimate/ranges.ts are fitted on the company-reported footprints, so "inside the range" on
 * those same rows is in-sample. Here the rows are split deterministically (a hash of the case key,
 * the Carbon Catalogue PCF id): the CALIBRATION half is the only one the multipliers may be fitted
 * on (`npm run eval -- --calibrate` prints its percentiles), the HELD-OUT half (plus every row of
 * data/eval/published-footprints.csv, never used for fitting) reports how the shipped ranges do.
 * A 2-fold cross-validation (fit the multipliers of each range rule on one half, count inside on
 * the other, then swap) gives the same figure without depending on the shipped constants. Rules
 * with too few rows to fit alone share one pooled fit per tier (fitMultipliers).
 */
import { createHash } from 'node:crypto';
import type { Scored } from './metrics';

export interface RangedRow {
  /** Stable case key (PCF id, or the title for published rows). */
  key: string;
  /** The range rule that made the row's range (the estimate's "Range" step), or null. */
  rule: string | null;
  reference: number;
  central: number | null;
  low: number | null;
  high: number | null;
  /** Rows never used to fit anything (published footprints): always held out. */
  alwaysHeldOut?: boolean;
}

/** The scored eval rows that have a case key, as the calibration reads them. */
export function rangedRows(rows: readonly Scored[]): RangedRow[] {
  return rows
    .filter((r) => r.key)
    .map((r) => ({
      key: r.key!,
      rule: r.rule ?? null,
      reference: r.reference,
      central: r.central,
      low: r.low,
      high: r.high,
      alwaysHeldOut: r.alwaysHeldOut,
    }));
}

export type Half = 'calibration' | 'held-out';

/** 50/50 by the first byte of SHA-256 of the key: stable across runs and machines. */
export function halfOf(row: Pick<RangedRow, 'key' | 'alwaysHeldOut'>): Half {
  if (row.alwaysHeldOut) return 'held-out';
  return createHash('sha256').update(row.key).digest()[0]! % 2 === 0 ? 'calibration' : 'held-out';
}

/** Fewer rows than this behind a rule: its multipliers cannot be fitted (the shipped rule stands). */
export const MIN_ROWS_TO_FIT = 5;
/** The ranges aim at about 90% of references inside: the 5th and 95th percentiles. */
const LOW_Q = 0.05;
const HIGH_Q = 0.95;

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

const usable = (r: RangedRow): r is RangedRow & { central: number; low: number; high: number; rule: string } =>
  r.rule !== null && r.central !== null && r.central > 0 && r.low !== null && r.high !== null && r.reference > 0;

/** A range keeps its central value inside (the policy of lib/estimate/ranges.ts). */
const KEEP_CENTRAL = { low: 0.77, high: 1.3 };

function percentiles(ratios: number[]): { low: number; high: number; n: number } {
  const s = [...ratios].sort((a, b) => a - b);
  return {
    low: Math.min(quantile(s, LOW_Q), KEEP_CENTRAL.low),
    high: Math.max(quantile(s, HIGH_Q), KEEP_CENTRAL.high),
    n: s.length,
  };
}

/** The tier a rule belongs to ("C x0.18 to x3" -> "C"). */
const tierOfRule = (rule: string): string => rule.split(' ')[0]!;

/**
 * Reference / central ratio percentiles per rule: the multipliers these rows support. A rule with
 * fewer than MIN_ROWS_TO_FIT rows (the assumed ones: sector materials, a food category's default,
 * typical-mass widenings) gets the percentiles of the POOLED ratios of all such small rules of its
 * tier, when the pool has enough rows (`pooled: true`): one shared fit for the rules that cannot
 * be fitted alone, rather than an untested assumption each.
 */
export function fitMultipliers(
  rows: RangedRow[],
): Map<string, { low: number; high: number; n: number; pooled?: boolean }> {
  const byRule = new Map<string, number[]>();
  for (const r of rows.filter(usable)) byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r.reference / r.central]);
  const out = new Map<string, { low: number; high: number; n: number; pooled?: boolean }>();
  const small = new Map<string, number[]>();
  for (const [rule, ratios] of byRule) {
    if (ratios.length >= MIN_ROWS_TO_FIT) out.set(rule, percentiles(ratios));
    else small.set(tierOfRule(rule), [...(small.get(tierOfRule(rule)) ?? []), ...ratios]);
  }
  for (const rule of byRule.keys()) {
    const pool = small.get(tierOfRule(rule));
    if (out.has(rule) || !pool || pool.length < MIN_ROWS_TO_FIT) continue;
    out.set(rule, { ...percentiles(pool), pooled: true });
  }
  return out;
}

/** Share of rows whose reference is inside [central x low, central x high] with `fitted` multipliers (the row's own range where its rule was not fitted). */
export function insideWith(
  rows: RangedRow[],
  fitted: Map<string, { low: number; high: number }>,
): { n: number; inside: number | null } {
  const ok = rows.filter(usable);
  if (!ok.length) return { n: 0, inside: null };
  const hits = ok.filter((r) => {
    const m = fitted.get(r.rule);
    const [lo, hi] = m ? [r.central * m.low, r.central * m.high] : [r.low, r.high];
    return r.reference >= lo && r.reference <= hi;
  }).length;
  return { n: ok.length, inside: hits / ok.length };
}

export interface CalibrationReport {
  /** Shipped ranges, rows of the calibration half (in-sample: the multipliers were fitted on them). */
  calibrationInside: { n: number; inside: number | null };
  /** Shipped ranges, held-out rows (out of sample). */
  heldOutInside: { n: number; inside: number | null };
  /** 2-fold cross-validation: multipliers fitted on one half, counted on the other, both ways. */
  crossValidated: { n: number; inside: number | null };
  /** Per rule: rows in each half and the multipliers the calibration half supports. */
  rules: {
    rule: string;
    nCalibration: number;
    nHeldOut: number;
    fit: { low: number; high: number; pooled?: boolean } | null;
  }[];
  /** Per tier: shipped ranges on the held-out half, and the 2-fold cross-validated share. */
  tiers: {
    tier: string;
    heldOut: { n: number; inside: number | null };
    crossValidated: { n: number; inside: number | null };
  }[];
}

function crossValidate(cal: RangedRow[], held: RangedRow[]): { n: number; inside: number | null } {
  const a = insideWith(held, fitMultipliers(cal));
  const b = insideWith(cal, fitMultipliers(held.filter((r) => !r.alwaysHeldOut)));
  const n = a.n + b.n;
  return { n, inside: n ? ((a.inside ?? 0) * a.n + (b.inside ?? 0) * b.n) / n : null };
}

export function calibrationReport(rows: RangedRow[]): CalibrationReport {
  const cal = rows.filter((r) => halfOf(r) === 'calibration');
  const held = rows.filter((r) => halfOf(r) === 'held-out');
  const none = new Map<string, { low: number; high: number }>();
  const fit = fitMultipliers(cal);
  const tierNames = [...new Set(rows.filter(usable).map((r) => tierOfRule(r.rule!)))].sort();
  const inTier = (t: string) => (r: RangedRow) => r.rule !== null && tierOfRule(r.rule) === t;
  // Per tier, the fit uses every row of the half (pools are per tier anyway), counted on the tier's rows.
  const tiers = tierNames.map((tier) => {
    const a = insideWith(held.filter(inTier(tier)), fitMultipliers(cal));
    const b = insideWith(cal.filter(inTier(tier)), fitMultipliers(held.filter((r) => !r.alwaysHeldOut)));
    const n = a.n + b.n;
    return {
      tier,
      heldOut: insideWith(held.filter(inTier(tier)), none),
      crossValidated: { n, inside: n ? ((a.inside ?? 0) * a.n + (b.inside ?? 0) * b.n) / n : null },
    };
  });
  const rules = [...new Set(rows.filter(usable).map((r) => r.rule!))].sort().map((rule) => ({
    rule,
    nCalibration: cal.filter((r) => usable(r) && r.rule === rule).length,
    nHeldOut: held.filter((r) => usable(r) && r.rule === rule).length,
    fit: fit.get(rule) ?? null,
  }));
  return {
    calibrationInside: insideWith(cal, none),
    heldOutInside: insideWith(held, none),
    crossValidated: crossValidate(cal, held),
    rules,
    tiers,
  };
}
