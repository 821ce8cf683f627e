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

describe('pack counts of containers, with the size of each (#8)', () => {
  it.each([
    // [title, kg, units]
    ['Heineken bière blonde 24 canettes de 44 cl', 10.56, 24],
    ['Mahou Cinco Estrellas cerveza 24 latas 440 ml', 10.56, 24],
    ['Coca-Cola Packung mit 6 Flaschen à 0,5 l', 3, 6],
    ['San Pellegrino confezione da 12 bottiglie da 1,5 l', 18, 12],
    ['Heineken pils 24 blikjes van 33 cl', 7.92, 24],
    ['Tyskie piwo zestaw 4 puszki po 500 ml', 2, 4],
    ['Пиво Балтика 6 бутылок по 0,5 л', 3, 6],
    ['Heinz baked beans 4 tins of 415 g', 1.66, 4],
    ['Bonne Maman confiture 2 pots de 370 g', 0.74, 2],
    ['Mahou cerveza 24 latas, 330 ml', 7.92, 24],
    ['Evian natural mineral water, 6 bottles x 1.5 l', 9, 6],
    ['Coca-Cola 33 cl x 24', 7.92, 24],
    ['Coca-Cola Zero 0,33 l, 24 Dosen', 7.92, 24],
    ['Volvic 1,5 l - pack de 6 bouteilles', 9, 6],
    ['Cerveza Mahou 6er Pack 0,33 l', 1.98, 6],
    ['Piwo Żywiec zestaw 4 puszek 0,5 l', 2, 4],
    ['Пиво упаковка 6 шт 0,5 л', 3, 6],
  ])('%s -> %s kg, %s units', (title, kg, units) => {
    const q = parseQuantity({ title });
    expect(q.massKg).toBeCloseTo(kg, 3);
    expect(q.units).toBe(units);
  });

  it.each([
    // [title, kg or null, units]
    ['USB cable, Pack of 1', null, 1],
    ['Samsung Galaxy S24 128 GB', null, 1],
    ['Apple iPhone 15 Pro 6,1 Zoll 256 GB', null, 1],
    ['Weinregal für 12 Flaschen, Holz', null, 1],
    ['Wine rack holds 12 bottles, 4.5 kg', 4.5, 1],
    ['Wine rack 12 bottles 4.5 kg', 4.5, 1],
    ['Wine rack, 12 bottles, 4.5 kg', 4.5, 1],
    ['Weinkühlschrank 12 Flaschen 33 l', 33, 1],
    ['Wine cooler, 18 bottle capacity, 50 l', 50, 1],
    ['Trinkflasche 750 ml', 0.75, 1],
    ['Puzzle 1000 pièces', null, 1],
    ['Мотоблок 7 л.с. 2024 г.', null, 1],
    ['Photo frame 20 cm x 30 cm', null, 1],
  ])('single units stay single: %s', (title, kg, units) => {
    const q = parseQuantity({ title });
    if (kg === null) expect(q.massKg).toBeNull();
    else expect(q.massKg).toBeCloseTo(kg, 3);
    expect(q.units).toBe(units);
  });
});

describe('packs of packs: every container counts once (#8)', () => {
  it.each([
    // [title, kg, units]
    ["Beck's Pils 4 x 6 x 0,33 l", 7.92, 24],
    ['Coca-Cola 2 x (6 x 0,5 l)', 6, 12],
    ['Coca-Cola Zero 4x6x330ml', 7.92, 24],
    ['Coca-Cola cans, Pack of 2, 6 x 330 ml', 3.96, 12],
    ['Pringles Original 3 x 200 g (Pack of 2)', 1.2, 6],
  ])('%s -> %s kg, %s units', (title, kg, units) => {
    const q = parseQuantity({ title });
    expect(q.massKg).toBeCloseTo(kg, 3);
    expect(q.units).toBe(units);
  });

  it.each([
    // the same count twice is one pack
    ['Coca-Cola 24 x 330 ml (Pack of 24)', 7.92, 24],
    ['Monster Energy 12er Pack (12 x 500 ml)', 6, 12],
  ])('%s -> %s kg, %s units', (title, kg, units) => {
    const q = parseQuantity({ title });
    expect(q.massKg).toBeCloseTo(kg, 3);
    expect(q.units).toBe(units);
  });
});

describe('unit words and thousands as titles write them (#8)', () => {
  it.each([
    // [title, kg]
    ['Lavazza Qualità Oro Kaffeebohnen 1.000 g', 1],
    ['Arborio rice 1,000g', 1],
    ['Olivenöl 1.500 ml', 1.5],
    ['Pasta De Cecco 500gr', 0.5],
    ['Zucker 500 Gramm', 0.5],
    ['Beurre doux 250 grammes', 0.25],
    ['Arroz redondo 1 kilo', 1],
    ['Patatas 5 kilos', 5],
    ['Aceite de oliva 1 litro', 1],
    ['Acqua naturale 0,5 litri', 0.5],
    ['Soda 2 liters', 2],
    ['Eau minérale 1,5 litres', 1.5],
    ['Ground coffee 12 ounces', 0.3402],
    ['Flour 5 pounds', 2.26795],
    // NIST Handbook 44, Appendix C: US gallon 3.785411784 l, US quart 0.946352946 l
    ['Great Value whole milk, 1 gallon', 3.7854],
    ['Vegetable oil 1 quart', 0.94635],
  ])('%s -> %s kg', (title, kg) => {
    expect(parseQuantity({ title }).massKg).toBeCloseTo(kg, 3);
  });

  it('keeps decimals where they are decimals, and pints unread (UK and US pints differ)', () => {
    expect(parseQuantity({ title: 'Wasser 0,750 l' }).massKg).toBeCloseTo(0.75, 3);
    expect(parseQuantity({ title: 'Mehl 1,500 kg' }).massKg).toBeCloseTo(1.5, 3);
    expect(parseQuantity({ title: 'Milk 4 pints' }).massKg).toBeNull();
  });
});
