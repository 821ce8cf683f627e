import { describe, expect, it } from 'vitest';
import { declaredTrail } from './declared-trail';

describe('declaredTrail (one rule for the whole extraction and the page facts)', () => {
  it('keeps a BreadcrumbList that files the product, without the root and the product', () => {
    expect(declaredTrail(['Home', 'Cucina', 'Pentole', 'Linea Vesuvio 24 cm'], 'Linea Vesuvio 24 cm', null)).toEqual([
      'Cucina',
      'Pentole',
    ]);
  });

  it('gives null for the root and the product alone, so the visible trail is read', () => {
    expect(declaredTrail(['Home', 'Linea Vesuvio 24 cm'], 'Linea Vesuvio 24 cm', null)).toBeNull();
    expect(declaredTrail(['Bottega Cucina', 'Aurora 2000'], 'Aurora 2000', 'Bottega Cucina')).toBeNull();
  });

  it('gives null where the JSON-LD has no BreadcrumbList', () => {
    expect(declaredTrail([], 'Aurora 2000', null)).toBeNull();
  });
});
