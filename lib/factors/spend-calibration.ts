/**
 * Spend calibration: EPA spend factors model US production and purchaser prices, and under-count
 * sectors whose goods are made abroad cheaply (apparel, electronics, appliances) by several times
 * (method notes: a USD 999 laptop ~56 kg by spend vs ~239 kg by manufacturers' footprints). For
 * every category that has both a physical typical footprint (ADEME item, or typical mass x a
 * DESNZ / AGRIBALYSE / ADEME per-kg factor) and a typical price range, the ratio physical /
 * spend-at-the-typical-price says how far spend is off; the median ratio per 3-digit NAICS sector
 * (at least MIN_SAMPLES categories) corrects spend estimates in that sector. Pure: used by the
 * pack build and by the leave-one-out test.
 */

export interface CalibrationSample {
  /** Taxonomy id of the category profile. */
  id: number;
  /** 3-digit NAICS sector of the category's spend factor. */
  sector: string;
  /** physical typical footprint / spend at the typical price. */
  ratio: number;
}

export interface SpendCalibrationRow {
  key: string;
  /** Median physical / spend ratio in the sector. */
  ratio: number;
  n: number;
  /** 10th and 90th percentiles of the ratios (the spread the panel shows). */
  p10: number;
  p90: number;
}

export const MIN_SAMPLES = 3;
/** The correction is clamped: beyond this the sector's categories disagree too much to trust one number. */
export const RATIO_CLAMP = { low: 1 / 3, high: 6 };

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

const sig = (x: number) => Number(x.toPrecision(3));

export function calibrate(samples: CalibrationSample[]): SpendCalibrationRow[] {
  const bySector = new Map<string, number[]>();
  for (const s of samples)
    if (Number.isFinite(s.ratio) && s.ratio > 0) bySector.set(s.sector, [...(bySector.get(s.sector) ?? []), s.ratio]);
  const rows: SpendCalibrationRow[] = [];
  for (const [key, ratios] of [...bySector].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (ratios.length < MIN_SAMPLES) continue;
    // Medians in log space are medians: compute on the sorted ratios directly.
    const s = [...ratios].sort((a, b) => a - b);
    const ratio = Math.min(RATIO_CLAMP.high, Math.max(RATIO_CLAMP.low, quantile(s, 0.5)));
    rows.push({ key, ratio: sig(ratio), n: s.length, p10: sig(quantile(s, 0.1)), p90: sig(quantile(s, 0.9)) });
  }
  return rows;
}
