import { describe, expect, it } from 'vitest';
import { packCountFromTitle, parseQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['Rinderhackfleisch 500 g', 0.5, 1],
    ['Mehl Type 405, 1,5 kg', 1.5, 1],
    ['Cola 6 x 330 ml', 1.98, 6],
    ['Wasser 6x1,5l', 9, 6],
    ['Pasta 500 g (Pack of 6)', 3, 6],
    ['Peanut butter 16 oz', 0.4536, 1],
    ['Kaffee 2er Pack 500g', 1, 2],
  ])('%s -> %s kg, %s units', (title, kg, units) => {
    const q = parseQuantity({ title });
    expect(q.massKg).toBeCloseTo(kg, 3);
    expect(q.units).toBe(units);
  });

  it('does not read storage sizes or screen sizes as mass', () => {
    expect(parseQuantity({ title: 'iPhone 15 128 GB' }).massKg).toBeNull();
    expect(parseQuantity({ title: 'Monitor 27" 1440p' }).massKg).toBeNull();
  });

  it('the page weight describes what the price buys and is not multiplied again', () => {
    const q = parseQuantity({ title: 'Pasta 500 g (Pack of 6)', weightKg: 3, quantity: 6 });
    expect(q.massKg).toBe(3);
    expect(q.units).toBe(6);
  });

  it('pack counts in several languages', () => {
    expect(packCountFromTitle('Lot de 3 serviettes')).toBe(3);
    expect(packCountFromTitle('Socks, 5-Pack')).toBe(5);
    expect(packCountFromTitle('Batterien (12 Stück)')).toBe(12);
    expect(packCountFromTitle('Single item')).toBeNull();
    expect(packCountFromTitle('Merino wool socks, 2 pairs')).toBe(2);
    expect(packCountFromTitle('Sportsocken 3 Paar')).toBe(3);
    expect(packCountFromTitle('Chaussettes homme, 5 paires')).toBe(5);
    expect(packCountFromTitle('Running shoes, 1 pair')).toBe(1);
  });
});

import { parseStorageGb } from '../factors/model-tokens';
describe('parseStorageGb', () => {
  it.each([
    ['Acme UltraBook 14" Laptop 16GB', null],
    ['Laptop 16GB RAM 1TB SSD', 1024],
    ['iPhone 13 Pro 256GB', 256],
    ['Notebook 8 GB DDR4, 512 GB SSD', 512],
    ['MacBook Air M2 8GB unified memory 256GB', 256],
    ['Phone 6.1"', null],
  ])('%s -> %s', (title, gb) => expect(parseStorageGb(title)).toBe(gb));
});
