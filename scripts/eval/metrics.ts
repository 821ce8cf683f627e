/** Evaluation arithmetic: absolute log10 error, range calibration, grouped summaries. */

export interface Scored {
  group: string;
  reference: number;
  central: number | null;
  low: number | null;
  high: number | null;
  /** Stable case key (held-out split of the range calibration). */
  key?: string;
  /** The range rule behind [low, high] ("B x0.35 to x2.3"), from the estimate's Range step. */
  rule?: string | null;
  /** Never used to fit anything: always on the held-out side. */
  alwaysHeldOut?: boolean;
  /** The reference counts the energy the product uses in service (reported apart). */
  includesUse?: boolean;
  /** What stages the reference counts (scripts/eval/scope.ts). */
  scope?: string;
  /** The estimate's flags (mass-assumed-typical, no-category, ...): the causes of a miss (scripts/eval/miss-causes.ts). */
  flags?: string[];
  /** One line on how the estimate was made (title, mass, method, factors), for `npm run eval -- --rows`. */
  detail?: string;
}

export interface Summary {
  n: number;
  /** Rows with a numeric estimate. */
  covered: number;
  medianAbsLog10: number | null;
  /** Share of covered references inside [low, high]. */
  inside: number | null;
  /** Share of covered references within a factor of 2 of the central value. */
  within2x: number | null;
}

export function absLog10Error(estimate: number, reference: number): number {
  return Math.abs(Math.log10(estimate / reference));
}

function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function summarise(rows: Scored[]): Summary {
  const ok = rows.filter((r) => r.central !== null && r.central > 0 && r.reference > 0);
  const errors = ok.map((r) => absLog10Error(r.central!, r.reference));
  const inside = ok.filter(
    (r) => r.low !== null && r.high !== null && r.reference >= r.low && r.reference <= r.high,
  ).length;
  const within = errors.filter((e) => e <= Math.log10(2) + 1e-12).length;
  return {
    n: rows.length,
    covered: ok.length,
    medianAbsLog10: median(errors),
    inside: ok.length ? inside / ok.length : null,
    within2x: ok.length ? within / ok.length : null,
  };
}

export function byGroup(rows: Scored[]): Map<string, Summary> {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([g, rs]) => [g, summarise(rs)]));
}
