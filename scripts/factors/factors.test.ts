import { describe, expect, it } from 'vitest';
import { modelTokens } from '../../lib/factors/model-tokens';
import { embodiedOf, footprintOf, isValidationRow, readBoavizta } from './boavizta';
import { data, median, quantile, sig } from './io';
import { serialiseTable, stableStringify } from './pack';

describe('pack serialisation', () => {
  it('sorts object keys at every level, keeps array order', () => {
    expect(stableStringify({ b: 1, a: { d: [3, 1], c: null } })).toBe('{"a":{"c":null,"d":[3,1]},"b":1}');
  });
  it('writes one row per line after a provenance header', () => {
    const text = serialiseTable({
      table: 'cpi',
      source: 's',
      version: 'v',
      year: 2024,
      licence: 'l',
      attribution: 'a',
      rows: [{ key: '2022', year: 2022, cpi: 292.655, months: 12 }],
    });
    expect(text.split('\n')).toHaveLength(4);
    expect(JSON.parse(text).rows[0].cpi).toBe(292.655);
  });
});

describe('statistics helpers', () => {
  it('median and quantiles interpolate', () => {
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(quantile([0, 10], 0.25)).toBe(2.5);
    expect(sig(123.456, 3)).toBe(123);
  });
});

describe('Boavizta rows', () => {
  const rows = readBoavizta();
  it('embodied share is cradle to shelf: total x (manufacturing + transport), end of life excluded; else total x (1 - use - end of life)', () => {
    expect(
      embodiedOf({
        gwp_total: '200',
        gwp_manufacturing_ratio: '0.7',
        gwp_transport_ratio: '0.05',
        gwp_eol_ratio: '0.01',
        gwp_use_ratio: '0.24',
      })?.embodied,
    ).toBeCloseTo(150, 6);
    expect(
      embodiedOf({
        gwp_total: '100',
        gwp_manufacturing_ratio: '',
        gwp_transport_ratio: '',
        gwp_eol_ratio: '',
        gwp_use_ratio: '0.4',
      })?.embodied,
    ).toBeCloseTo(60, 6);
    expect(
      embodiedOf({
        gwp_total: '100',
        gwp_manufacturing_ratio: '',
        gwp_transport_ratio: '',
        gwp_eol_ratio: '0.05',
        gwp_use_ratio: '0.4',
      })?.embodied,
    ).toBeCloseTo(55, 6);
    expect(
      embodiedOf({
        gwp_total: '',
        gwp_manufacturing_ratio: '',
        gwp_transport_ratio: '',
        gwp_eol_ratio: '',
        gwp_use_ratio: '',
      }),
    ).toBeNull();
  });
  it('the validation split is deterministic and about a quarter', () => {
    const share = rows.filter(isValidationRow).length / rows.length;
    expect(share).toBeGreaterThan(0.2);
    expect(share).toBeLessThan(0.3);
    expect(rows.filter(isValidationRow)).toEqual(readBoavizta().filter(isValidationRow));
  });
  it('model tokens keep model numbers and drop sizes, capacities and marketing words', () => {
    expect(modelTokens('13-inch MacBook Pro (1.4GHz quad-core CPU) 256GB - 2020')).toEqual(['macbook', 'pro']);
    expect(modelTokens('Latitude 5420 Laptop 14"')).toEqual(['5420', 'latitude']);
    expect(modelTokens('Surface Pro 7+')).toEqual(['7', 'pro', 'surface']);
    expect(footprintOf(rows[0])?.tokens.length).toBeGreaterThan(0);
  });
});

describe('category profiles (data/typical-ranges.csv)', () => {
  // Without a price range a profile has no price guard and stays out of the spend calibration.
  it('a stated price range has low below high; a profile without one has no price basis to state', () => {
    // A price range needs a basis (typical retail prices): a profile with only a typical mass and
    // weight range leaves both ends blank (no price guard, no spend calibration sample) rather than
    // guess one, and its basis then claims no prices. Half a range is an error.
    const blank = (r: Record<string, string>) => !r.price_usd_low && !r.price_usd_high;
    const bad = data('typical-ranges.csv').filter((r) =>
      blank(r)
        ? /retail prices/.test(r.basis)
        : !(Number(r.price_usd_low) > 0 && Number(r.price_usd_high) > Number(r.price_usd_low)),
    );
    expect(data('typical-ranges.csv').filter((r) => !blank(r)).length).toBeGreaterThan(150);
    expect(bad.map((r) => `${r.gpt_id} ${r.gpt_path}`)).toEqual([]);
  });
});
