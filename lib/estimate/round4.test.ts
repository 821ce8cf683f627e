/** Issue #8, round 4: per-item making steps a per-kg factor leaves out (each test fails without its fix). */
import { describe, expect, it } from 'vitest';
import { estimateOnShippedPacks as one } from './shipped-packs';

describe('books: printing and binding on top of the paper', () => {
  it('a 250 g paperback is paper per kg plus 0.5 kg printing and binding (AIE), with the step shown', async () => {
    const e = await one({ title: 'A novel, paperback', weightKg: 0.25, googleCategory: '543543' });
    expect(e.tier).toBe('C');
    // DESNZ paper alone: 0.25 x 1.339 = 0.335 kg; round 19: x the paperback's print run (data/book-returns.csv)
    expect(e.kgCO2e!).toBeCloseTo((0.335 + 0.5) / (1 - 0.8 * 0.2), 2);
    const making = e.steps.find((s) => s.label === 'Making');
    expect(making?.detail).toMatch(/printing and binding.*Associazione Italiana Editori/);
    expect(e.factors.some((f) => f.id === 'typical:543543:process')).toBe(true);
  });
  it('is per copy: three copies get three times the printing', async () => {
    const e = await one({ title: 'Paperback, set of 3', weightKg: 0.75, quantity: 3, googleCategory: '784' });
    // round 19: x the paperback's print run (data/book-returns.csv)
    expect(e.kgCO2e!).toBeCloseTo((0.75 * 1.3393 + 1.5) / (1 - 0.8 * 0.2), 2);
  });
  it('not added where the page states the material (the per-kg factor then is the stated one)', async () => {
    const e = await one({
      title: 'Notebook',
      weightKg: 0.25,
      googleCategory: '784',
      materials: [{ name: 'cotton', share: null }],
    });
    expect(e.steps.some((s) => s.label === 'Making')).toBe(false);
  });
});

describe('cosmetics and plants: a per-kg proxy from AGRIBALYSE where no DESNZ material applies', () => {
  it('a face cream with a mass and no price gets mass x the sector proxy (rapeseed oil), flagged, not unknown', async () => {
    const e = await one({ title: 'Moisturising face cream', weightKg: 0.08, googleCategory: '567' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('material-from-sector');
    expect(e.factors.some((f) => f.id === 'food:agb-17130')).toBe(true);
    expect(e.kgCO2e!).toBeCloseTo(0.08 * 2.275, 2);
  });
  it('a potted plant with a mass gets mass x fresh basil per kg (a grown plant crop), flagged', async () => {
    const e = await one({ title: 'Potted ficus', weightKg: 3, googleCategory: '985' });
    expect(e.tier).toBe('C');
    expect(e.flags).toContain('material-from-sector');
    expect(e.factors.some((f) => f.id === 'food:agb-11033')).toBe(true);
    expect(e.kgCO2e!).toBeGreaterThan(1.5);
    expect(e.kgCO2e!).toBeLessThan(3);
  });
  it('medicines stay an honest unknown: no open per-kg factor', async () => {
    const e = await one({ title: 'Ibuprofen tablets', weightKg: 0.05, googleCategory: '491' });
    expect(e.tier).toBe('unknown');
  });
});
