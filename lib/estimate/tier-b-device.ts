/**
 * Tier B: a device type with published footprints (laptop, desktop, monitor, phone, tablet, ...)
 * but no exact product match: the category's median embodied footprint (Boavizta manufacturer
 * reports, non-use share), scaled by screen size or weight and by storage, times the units in the pack.
 * Range: the empirical 95% interval of published / predicted in the category (about 90% out of
 * sample on the held-out split; IQR shown in steps).
 */
import { parseStorageGb } from '../factors/model-tokens';
import type { DeviceKind, DeviceRow, ItemRow } from '../factors/tables';
import { isBasicPhone } from './basic-phone';
import { ADEME_DEVICE_ITEMS } from './device-items';
import type { BatchData } from './batch';
import { deviceScale, formFactorOf, parseScreenInches } from './device-scale';
import { type CategoryInfo, type Draft, factorRef, mappingWeight, sig, step } from './make';
import { priceReading } from './guardrails';
import type { Prepared } from './prepare';
import type { FactorRef, Step } from './schema';
import { OTHER_MAKER_DEVICE_RANGE } from './ranges';

/** Fewer than this many published footprints of the kind from one maker: no maker adjustment. */
const MIN_MAKER_PRODUCTS = 5;

/**
 * Makers report on different LCA bases (one maker's monitors sit well below another's at the
 * same size). With enough published products of this kind from the page's maker, scale by the
 * median ratio of their published footprints to the category prediction (clamped x0.33..x3).
 */
function makerAdjustment(
  p: Prepared,
  kind: string,
  dev: DeviceRow,
  data: BatchData,
): { factor: number; detail: string } | null {
  const row = p.makerKey ? data.boavizta.get(p.makerKey) : undefined;
  const mine = row?.products.filter((f) => f.device === kind) ?? [];
  if (mine.length < MIN_MAKER_PRODUCTS) return null;
  const formOf = (name: string) => dev.formFactors?.find((x) => x.key === formFactorOf(name))?.factor ?? 1;
  const ratios = mine
    .map(
      (f) => f.embodied / (dev.median * deviceScale(dev, f.screenIn, f.weightKg, f.storageGb).factor * formOf(f.name)),
    )
    .sort((a, b) => a - b);
  const mid =
    ratios.length % 2
      ? ratios[(ratios.length - 1) / 2]
      : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
  const factor = Math.min(3, Math.max(1 / 3, mid));
  return {
    factor,
    detail: `${row!.key}'s ${mine.length} published ${kind} footprints are x${sig(factor, 3)} the category prediction (median ratio)`,
  };
}

/** The category's residual interval, at least OTHER_MAKER_DEVICE_RANGE wide when the maker has no published footprint of this kind. */
function deviceRange(
  p: Prepared,
  kind: string,
  dev: DeviceRow,
  data: BatchData,
): { low: number; high: number; why: string; otherMaker: boolean } {
  const own = {
    low: dev.residualP10,
    high: dev.residualP90,
    why: `95% of the published ${kind} footprints lie within this of the prediction (about 90% of products outside the data)`,
  };
  const known = (p.makerKey ? (data.boavizta.get(p.makerKey)?.products ?? []) : []).some((f) => f.device === kind);
  if (known) return { ...own, otherMaker: false };
  return {
    low: Math.min(own.low, OTHER_MAKER_DEVICE_RANGE.low),
    high: Math.max(own.high, OTHER_MAKER_DEVICE_RANGE.high),
    why: OTHER_MAKER_DEVICE_RANGE.why,
    otherMaker: true,
  };
}

/**
 * ADEME's modelled item of the same kind, where it lies outside the range: the range is widened to
 * reach it (as a share of the published median, the same share at any size), with a step.
 */
function otherSource(
  kind: DeviceKind,
  dev: DeviceRow,
  range: { low: number; high: number },
  data: BatchData,
): { low: number; high: number; items: ItemRow[]; detail: string } | null {
  const items = (ADEME_DEVICE_ITEMS[kind] ?? [])
    .map((k) => data.items.get(k))
    .filter((i): i is ItemRow => !!i)
    .filter((i) => i.kgPerItem / dev.median < range.low || i.kgPerItem / dev.median > range.high);
  if (!items.length) return null;
  const ratios = items.map((i) => sig(i.kgPerItem / dev.median, 3));
  return {
    low: Math.min(range.low, ...ratios),
    high: Math.max(range.high, ...ratios),
    items,
    detail: `${items.map((i, n) => `ADEME Impact CO2 models a ${i.name} at ${i.kgPerItem} kg (x${ratios[n]} the published median)`).join('; ')}: two open sources for this kind of product disagree, so the range reaches the other's figure, x${sig(Math.min(range.low, ...ratios), 3)} to x${sig(Math.max(range.high, ...ratios), 3)}`,
  };
}

/** The range (category spread, other makers, the other source) with its steps and the factors behind the figure. */
function rangeOf(
  p: Prepared,
  kind: DeviceKind,
  dev: DeviceRow,
  data: BatchData,
  steps: Step[],
  flags: string[],
): { low: number; high: number; factors: FactorRef[] } {
  const range = deviceRange(p, kind, dev, data);
  steps.push(step('Range', `x${range.low} to x${range.high}: ${range.why}`));
  if (range.otherMaker) flags.push('device-maker-not-in-data');
  const other = otherSource(kind, dev, range, data);
  if (other) steps.push(step('Range', other.detail));
  return {
    low: other?.low ?? range.low,
    high: other?.high ?? range.high,
    factors: [
      factorRef(data.manifest, 'devices', kind, dev.median, 'kg CO2e per device (embodied)', dev.statistic, dev.n),
      ...(other?.items ?? []).map((i) =>
        factorRef(data.manifest, 'items', i.key, i.kgPerItem, 'kg CO2e per item (cradle to shelf)', i.statistic),
      ),
    ],
  };
}

export function tierBDevice(p: Prepared, cat: CategoryInfo, data: BatchData): Draft | null {
  const kind = cat.row?.device;
  if (!cat.row || !kind || isBasicPhone(p, cat, data)) return null;
  const dev = data.devices.get(kind);
  if (!dev) return null;
  const flags: string[] = [];
  const steps: Step[] = [];
  const price = priceReading(p, cat, data);
  if (price === 'part') return null;
  if (price === 'bid') {
    flags.push('price-not-informative');
    steps.push(
      step(
        'Price check',
        `${p.price} ${p.currency ?? ''} is far too low for a whole ${kind}, and the title states a whole one (its storage) and names no part or accessory: an auction's current bid or a placeholder, the price is not used`,
      ),
    );
  }
  if (price === 'token') {
    flags.push('price-not-informative');
    steps.push(
      step(
        'Price check',
        `${p.price} ${p.currency ?? ''} is far too low for any ${kind} or a part of one (an opening bid or a placeholder): the price is not used`,
      ),
    );
  }
  const units = p.quantity.units;
  const screen = parseScreenInches(p.title);
  const unitMass = p.quantity.massKg !== null && !p.quantity.fromVolume ? p.quantity.massKg / units : null;
  const scale = deviceScale(dev, screen, unitMass, parseStorageGb(p.title));
  const formKey = formFactorOf(p.title);
  const form = formKey ? dev.formFactors?.find((f) => f.key === formKey) : undefined;
  const maker = makerAdjustment(p, kind, dev, data);
  const perUnit = dev.median * scale.factor * (form?.factor ?? 1) * (maker?.factor ?? 1);
  const central = perUnit * units;
  steps.push(
    step(
      'Category footprint',
      `median embodied footprint of ${dev.n} published ${kind} footprints (manufacturing + transport, cradle to shelf; end of life excluded): ${dev.median} kg (inter-quartile ${dev.p25}-${dev.p75} kg)`,
      dev.median,
      'kg CO2e',
    ),
    step('Size scaling', scale.basis, dev.median * scale.factor, 'kg CO2e'),
  );
  if (form)
    steps.push(
      step(
        'Form factor',
        `${form.n} published ${formKey} ${kind} footprints are x${form.factor} the size-scaled median`,
        dev.median * scale.factor * form.factor,
        'kg CO2e',
      ),
    );
  if (maker) steps.push(step('Maker adjustment', maker.detail, perUnit, 'kg CO2e'));
  if (units > 1)
    steps.push(step('Units', `${sig(perUnit)} kg x ${units} units = ${sig(central)} kg`, central, 'kg CO2e'));
  const { low, high, factors } = rangeOf(p, kind, dev, data, steps, flags);
  return {
    tier: 'B',
    central,
    low: central * low,
    high: central * high,
    confidence: cat.confidence * mappingWeight(cat.row) * (scale.factor === 1 ? 0.85 : 1),
    method: `Category footprint: median published ${kind} footprint${scale.factor === 1 ? '' : ', scaled by size'}${form ? `, ${formKey} form factor` : ''}${maker ? `, adjusted to ${p.makerKey}'s published ${kind}s` : ''}`,
    factors,
    steps,
    flags,
  };
}
