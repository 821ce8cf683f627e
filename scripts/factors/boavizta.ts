/**
 * Manufacturer product footprints (Boavizta, ODbL) for tier A, and per-device-category
 * distributions with size scaling for tier B. The rows are passed in so that the evaluation can
 * build both tables from its fit split only (no leakage of held-out products).
 */
import { createHash } from 'node:crypto';
import type { DeviceKind, DeviceRow, ManufacturerFootprint, ManufacturerRow } from '../../lib/factors/tables';
import { modelTokens, parseStorageGb } from '../../lib/factors/model-tokens';
import { makerKey } from '../../lib/factors/normalize';
import { deviceScale, formFactorOf, FORM_FACTORS, parseScreenInches } from '../../lib/estimate/device-scale';
import { byKey, median, optNum, quantile, raw, sig } from './io';

export type BoaviztaRecord = Record<string, string>;

export function readBoavizta(): BoaviztaRecord[] {
  return raw('boavizta-pcf-train.csv');
}

/** Deterministic ~25% validation split by a hash of manufacturer + name. */
export function isValidationRow(r: BoaviztaRecord): boolean {
  const h = createHash('sha256').update(`${r.manufacturer}|${r.name}`).digest();
  return h.readUInt32BE(0) % 100 < 25;
}

/** Boavizta subcategory (lower case) -> our device kind; also what crosswalk `boavizta:` hints may name. */
export const BOAVIZTA_DEVICES: Record<string, DeviceKind> = {
  laptop: 'laptop',
  desktop: 'desktop',
  workstation: 'desktop',
  monitor: 'monitor',
  smartphone: 'smartphone',
  tablet: 'tablet',
  server: 'server',
  printer: 'printer',
  'thin client': 'thin client',
  // Boavizta's "IoT": smart speakers and displays, cameras and doorbells, thermostats, smoke
  // alarms, watches: small connected electronics, one wide distribution.
  iot: 'iot',
  'hard drive': 'hard drive',
};
export const DEVICE_TAXONOMY: Record<DeviceKind, number> = {
  laptop: 328,
  desktop: 325,
  monitor: 305,
  smartphone: 267,
  tablet: 4745,
  server: 331,
  printer: 500106,
  tv: 404,
  'thin client': 8539,
  iot: 249,
  'hard drive': 380,
};

export function deviceOf(r: BoaviztaRecord): DeviceKind | null {
  return BOAVIZTA_DEVICES[r.subcategory.trim().toLowerCase()] ?? null;
}

/**
 * The published cradle-to-shelf part: manufacturing + transport (end of life excluded, as in every
 * tier), else total x (1 - use - end of life) when only those shares are published.
 */
export function embodiedOf(r: BoaviztaRecord): { embodied: number; share: string } | null {
  const total = optNum(r.gwp_total);
  if (total === null || total <= 0) return null;
  const mfg = optNum(r.gwp_manufacturing_ratio);
  const transport = optNum(r.gwp_transport_ratio) ?? 0;
  const eol = optNum(r.gwp_eol_ratio) ?? 0;
  const use = optNum(r.gwp_use_ratio);
  if (mfg !== null && mfg > 0) {
    const ratio = mfg + transport;
    return {
      embodied: total * ratio,
      share: `manufacturing ${mfg} + transport ${transport} = ${sig(ratio, 4)} of ${total} (end of life ${eol} excluded)`,
    };
  }
  if (use !== null && use + eol < 1)
    return {
      embodied: total * (1 - use - eol),
      share: `1 - use share ${use} - end of life ${eol} = ${sig(1 - use - eol, 4)} of ${total}`,
    };
  return null;
}

function yearOf(r: BoaviztaRecord): number | null {
  const m = /(\d{4})\s*$/.exec(r.report_date) ?? /(\d{4})/.exec(r.name);
  return m ? Number(m[1]) : null;
}

export function footprintOf(r: BoaviztaRecord): ManufacturerFootprint | null {
  const e = embodiedOf(r);
  if (!e) return null;
  // Some rows state the size only in the name ("Surface Hub 2S 85in", "... 50-inch display").
  const screen = optNum(r.screen_size) || parseScreenInches(r.name);
  const weight = optNum(r.weight);
  return {
    name: r.name.trim(),
    device: deviceOf(r),
    total: optNum(r.gwp_total)!,
    embodied: sig(e.embodied, 4),
    share: e.share,
    errorRatio: optNum(r.gwp_error_ratio) || null,
    weightKg: weight && weight > 0 ? weight : null,
    screenIn: screen && screen > 0 ? screen : null,
    storageGb: parseStorageGb(`${r.hard_drive} ${r.name}`),
    year: yearOf(r),
    sourceUrl: r.sources.split(/\s+/)[0] ?? '',
    tokens: modelTokens(r.name),
    // The maker's own product carbon footprint of this model: one published value.
    statistic: 'point',
  };
}

export function buildManufacturers(records: BoaviztaRecord[]): ManufacturerRow[] {
  const byMaker = new Map<string, ManufacturerFootprint[]>();
  for (const r of records) {
    const f = footprintOf(r);
    if (!f) continue;
    const key = makerKey(r.manufacturer);
    byMaker.set(key, [...(byMaker.get(key) ?? []), f]);
  }
  const cmp = (a: ManufacturerFootprint, b: ManufacturerFootprint) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.embodied - b.embodied || a.sourceUrl.localeCompare(b.sourceUrl);
  return byKey([...byMaker].map(([key, products]) => ({ key, products: products.sort(cmp) })));
}

/** Below this many footprints of a kind, the residual interval is made symmetric (see buildDevices). */
const SMALL_SAMPLE = 30;

/** Fewer products than this with a form-factor word: no factor for it. */
const MIN_FORM_FACTOR_N = 8;

/**
 * Per form factor, the median of published / size-scaled prediction ("Micro", "Tiny" desktops sit
 * well below towers of the same generation); kept only when it differs by 10% or more. Clamped x0.5..x2.
 */
function formFactorsOf(fs: ManufacturerFootprint[], residuals: number[]): { key: string; factor: number; n: number }[] {
  const out: { key: string; factor: number; n: number }[] = [];
  for (const { key } of FORM_FACTORS) {
    const mine = residuals.filter((_, i) => formFactorOf(fs[i].name) === key);
    if (mine.length < MIN_FORM_FACTOR_N) continue;
    const factor = Math.min(2, Math.max(0.5, median(mine)));
    if (Math.abs(Math.log(factor)) >= Math.log(1.1)) out.push({ key, factor: sig(factor, 3), n: mine.length });
  }
  return out;
}

/** Least-squares slope of log(y) on log(x); null when too few points or no spread. */
function logLogSlope(points: { x: number; y: number }[]): number | null {
  if (points.length < 8) return null;
  const xs = points.map((p) => Math.log(p.x));
  const ys = points.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, i) => {
    sxy += (x - mx) * (ys[i] - my);
    sxx += (x - mx) ** 2;
  });
  if (sxx < 1e-6) return null;
  // Clamp: a slope outside 0..2.5 says more about the sample than about physics.
  return sig(Math.min(2.5, Math.max(0, sxy / sxx)), 3);
}

export function buildDevices(records: BoaviztaRecord[]): DeviceRow[] {
  const groups = new Map<DeviceKind, ManufacturerFootprint[]>();
  for (const r of records) {
    const f = footprintOf(r);
    if (!f?.device) continue;
    groups.set(f.device, [...(groups.get(f.device) ?? []), f]);
  }
  const rows: DeviceRow[] = [];
  for (const [key, fs] of groups) {
    if (fs.length < 5) continue;
    const values = fs.map((f) => f.embodied);
    const screens = fs.filter((f) => f.screenIn).map((f) => ({ x: f.screenIn!, y: f.embodied }));
    const weights = fs.filter((f) => f.weightKg).map((f) => ({ x: f.weightKg!, y: f.embodied }));
    const screenExponent = logLogSlope(screens);
    const weightExponent = logLogSlope(weights);
    const scaling = {
      screenRef: screenExponent === null ? null : sig(median(screens.map((p) => p.x)), 4),
      screenExponent,
      weightRef: weightExponent === null ? null : sig(median(weights.map((p) => p.x)), 4),
      weightExponent,
    };
    const mid = sig(median(values), 4);
    const sized = fs.map((f) => ({ f, r: f.embodied / (mid * deviceScale(scaling, f.screenIn, f.weightKg).factor) }));
    const withStorage = sized.filter((x) => x.f.storageGb).map((x) => ({ x: x.f.storageGb!, y: x.r }));
    const storageSlope = logLogSlope(withStorage);
    const storageExponent = storageSlope === null ? null : Math.min(0.5, storageSlope) || null;
    const storage = {
      storageRef: storageExponent ? sig(median(withStorage.map((p) => p.x)), 4) : null,
      storageExponent,
    };
    const sizedResiduals = fs.map(
      (f) => f.embodied / (mid * deviceScale({ ...scaling, ...storage }, f.screenIn, f.weightKg, f.storageGb).factor),
    );
    const forms = formFactorsOf(fs, sizedResiduals);
    const residuals = sizedResiduals.map(
      (r, i) => r / (forms.find((x) => x.key === formFactorOf(fs[i].name))?.factor ?? 1),
    );
    // In-sample quantiles flatter the fit: take the 2.5th/97.5th (nominal 95%) so that products
    // outside the data land inside about 90% of the time (calibrated on the held-out split,
    // `npm run eval`). With few footprints (thin clients: 11,
    // printers: 7) one side of the interval rests on one or two products: mirror the wider side
    // in log space so the range is at least symmetric about the prediction.
    let lo = quantile(residuals, 0.025);
    let hi = quantile(residuals, 0.975);
    if (fs.length < SMALL_SAMPLE) [lo, hi] = [Math.min(lo, 1 / hi), Math.max(hi, 1 / lo)];
    rows.push({
      key,
      n: fs.length,
      median: mid,
      statistic: 'median',
      p25: sig(quantile(values, 0.25), 4),
      p75: sig(quantile(values, 0.75), 4),
      ...scaling,
      ...storage,
      residualP10: sig(lo, 3),
      residualP90: sig(hi, 3),
      weightP10:
        weights.length >= 8
          ? sig(
              quantile(
                weights.map((p) => p.x),
                0.1,
              ),
              3,
            )
          : null,
      weightP90:
        weights.length >= 8
          ? sig(
              quantile(
                weights.map((p) => p.x),
                0.9,
              ),
              3,
            )
          : null,
      taxonomyId: DEVICE_TAXONOMY[key],
      ...(forms.length ? { formFactors: forms } : {}),
    });
  }
  return byKey(rows);
}
