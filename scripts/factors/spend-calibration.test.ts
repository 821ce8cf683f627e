/**
 * The spend calibration is tested out of sample: each category profile's physical typical
 * footprint is predicted from spend at its typical price, corrected by its sector's ratio computed
 * WITHOUT that category (leave one out). Where the correction applies (ratio > 1), the corrected
 * spend must land closer to the physical reference than raw spend, for most categories.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../lib/factors/spend-calibration';
import type { TableFile, TableName, TableRows } from '../../lib/factors/tables';
import { calibrationSamples } from './spend-calibration';

const DIR = join(import.meta.dirname, '..', '..', 'public', 'factors');
const rows = <T extends TableName>(t: T) =>
  (JSON.parse(readFileSync(join(DIR, `${t}.json`), 'utf8')) as TableFile<T>).rows as TableRows[T][];
const byKey = <T extends { key: string }>(xs: T[]) => new Map(xs.map((x) => [x.key, x]));

describe('spend calibration (leave one category out)', () => {
  const samples = calibrationSamples(rows('typical'), byKey(rows('crosswalk')), byKey(rows('spend')), {
    items: byKey(rows('items')),
    materials: byKey(rows('materials')),
    food: byKey(rows('food')),
  });

  it('corrects spend towards the physical references it was not computed from', () => {
    const raw: number[] = [];
    const corrected: number[] = [];
    for (const s of samples) {
      const others = calibrate(samples.filter((x) => x.id !== s.id));
      const sector = others.find((r) => r.key === s.sector);
      if (!sector || sector.ratio <= 1) continue;
      raw.push(Math.abs(Math.log10(s.ratio)));
      corrected.push(Math.abs(Math.log10(s.ratio / sector.ratio)));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    expect(raw.length).toBeGreaterThan(50);
    expect(median(corrected)).toBeLessThan(median(raw));
    expect(corrected.filter((c, i) => c < raw[i]).length / raw.length).toBeGreaterThan(0.5);
  });

  it('apparel spend is corrected upwards (the EPA factor under-counts imported clothing)', () => {
    const apparel = calibrate(samples).find((r) => r.key === '315');
    expect(apparel?.ratio).toBeGreaterThan(1.5);
  });
});
