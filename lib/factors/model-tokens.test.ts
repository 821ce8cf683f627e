import { describe, expect, it } from 'vitest';
import { modelTokens, parseStorageGb } from './model-tokens';

describe('modelTokens', () => {
  it('drops a bare number that repeats the stated diagonal, so the title needs no second size', () => {
    const published = modelTokens('Surface Hub 2S 50 50-inch display');
    expect(published).toEqual(['2s', 'hub', 'surface']);
    // Every published token is in the shop title: tier A can match it.
    const title = new Set(modelTokens('Microsoft Surface Hub 2S 50"'));
    expect(published.every((t) => title.has(t))).toBe(true);
  });

  it('keeps generation suffixes and model numbers that are not the size', () => {
    expect(modelTokens('Surface Hub 2S 85in')).toContain('2s');
    expect(modelTokens('Lenovo IdeaPad 5 14-inch')).toContain('5');
    expect(modelTokens('Dell P2422H 24"')).toContain('p2422h');
  });

  it('writes generations one way: "(2nd generation)", "2nd Gen", "Gen 2" are the bare number', () => {
    expect(modelTokens('Surface Laptop (2nd generation)')).toEqual(modelTokens('Surface Laptop 2'));
    expect(modelTokens('ThinkPad X1 Carbon Gen 9')).toEqual(modelTokens('ThinkPad X1 Carbon 9th Gen'));
    expect(modelTokens('iPad Air (5th generation)')).toEqual(modelTokens('iPad Air Generation 5'));
  });
});

describe('parseStorageGb', () => {
  it('takes the largest capacity that is not RAM', () => {
    expect(parseStorageGb('16GB RAM 512GB SSD')).toBe(512);
    expect(parseStorageGb('1TB')).toBe(1024);
    expect(parseStorageGb('8 GB DDR4')).toBeNull();
  });
});

describe('modelTokens sizes joined to a model', () => {
  it('keeps a size-like number that is part of a model name', () => {
    expect(modelTokens('Lenovo IdeaPad S145-14/Lenovo V14 14"')).toContain('14');
  });
});

describe('modelTokens single capital letters', () => {
  it('keeps a capital letter standing alone as part of the model name', () => {
    expect(modelTokens('Surface Pro X')).toEqual(['pro', 'surface', 'x']);
    expect(modelTokens('Xbox Series S')).not.toEqual(modelTokens('Xbox Series X'));
    // "Surface Pro 9" lacks the "x": it cannot match the Surface Pro X footprint in full.
    expect(modelTokens('Microsoft Surface Pro 9')).not.toContain('x');
    expect(modelTokens('a b Latitude 5420')).toEqual(['5420', 'latitude']);
  });
});

describe('modelTokens part numbers', () => {
  it('does not require a bracketed part number that shop titles leave out', () => {
    expect(modelTokens('Galaxy Tab S7 (SM-T875)')).toEqual(['galaxy', 's7', 'tab']);
    expect(modelTokens('Galaxy Z Fold3 (SM-F926B)')).toEqual(['fold3', 'galaxy', 'z']);
    expect(modelTokens('iPad Air (5th generation) with 64GB')).toEqual(['5', 'air', 'ipad']);
  });
});
