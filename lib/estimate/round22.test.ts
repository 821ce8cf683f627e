/**
 * Issue #8, round 22: everyday goods whose estimate depended on a classifier word the lexicon
 * lacked (ballet flats, foam dart blasters, soft toys, barbecue charcoal, card games), and shoes whose title
 * names a fabric upper. Each test fails without its fix. Product titles are our own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../classify';
import { loadFactorSourceFromDir } from '../factors/node';
import { estimateProducts } from './index';
import type { ProductInput } from './input';
import { type Estimate, EstimateSchema } from './schema';
import { estimateOnShippedPacks } from './shipped-packs';

const ROOT = join(import.meta.dirname, '..', '..');
const classifier = createClassifier(
  JSON.parse(readFileSync(join(ROOT, 'public', 'factors', 'classifier.json'), 'utf8')) as ClassifierModel,
);
const packs = loadFactorSourceFromDir(join(ROOT, 'public', 'factors'));

/** The estimator as the extension runs it on a page with a title and no breadcrumb: shipped packs and classifier. */
async function fromTitle(p: ProductInput): Promise<Estimate> {
  const [e] = await estimateProducts([p], {
    factors: await packs,
    classifier,
    now: new Date('2025-06-15T12:00:00Z'),
  });
  EstimateSchema.parse(e);
  return e!;
}

const SHOES = 'Apparel & Accessories > Shoes';
const BLASTERS = 'Toys & Games > Toys > Toy Weapons & Gadgets';
const PLUSH = 'Toys & Games > Toys > Dolls, Playsets & Toy Figures > Stuffed Animals';
const CARDS = 'Toys & Games > Games > Card Games';
const CHARCOAL =
  'Home & Garden > Kitchen & Dining > Kitchen Appliance Accessories > Outdoor Grill Accessories > Charcoal Briquettes';

describe('everyday goods the lexicon did not name get their category from the title (scripts/classify/synonyms.ts, #8)', () => {
  // Before: ballet flats under a brand word went to Trees (no estimate), a foam dart blaster to
  // hunting and shooting or to darts, a soft toy under a show's name to toy kitchens, lumpwood
  // charcoal with its bag weight to washing machines (an ADEME washing machine, 341 kg CO2e).
  it.each([
    ['Cloudstep Tree Glide ballet flats', SHOES],
    ['Ballerines en cuir souple', SHOES],
    ['Nerf Elite Commander blaster', BLASTERS],
    ['Foam dart blaster with 12 darts', BLASTERS],
    ['Kids water gun, 2 pack', BLASTERS],
    ['Sleepy Garden bunny soft toy', PLUSH],
    ['Cuddly toy elephant 30 cm', PLUSH],
    ['Lumpwood charcoal 10 kg', CHARCOAL],
    ['Holzkohle Buchenholz 10 kg', CHARCOAL],
    ['Charbon de bois pour barbecue 5 kg', CHARCOAL],
    ['Carbonella per barbecue 3 kg', CHARCOAL],
    ['Queens of Spades card game', CARDS],
    ['Kartenspiel für 2 Spieler', CARDS],
    ['Jeu de cartes familial', CARDS],
    ['Juego de cartas para niños', CARDS],
    ['Monopoly board game', 'Toys & Games > Games > Board Games'],
  ])('%s', (title, path) => {
    expect(classifier.classify({ title })?.path).toBe(path);
  });
  it.each([
    ['Charcoal grey merino sweater', 'Apparel & Accessories > Clothing'],
    ['Sound Blaster Z sound card', ''],
  ])('%s: the added words do not take what is something else', (title, not) => {
    const path = classifier.classify({ title })?.path ?? '';
    expect(path).not.toBe(BLASTERS);
    expect(path).not.toBe(CHARCOAL);
    if (not) expect(path.startsWith(not)).toBe(true);
  });
});

describe('what the estimate makes of them (#8)', () => {
  it('ballet flats: the leather pair per kg at a pair of flats, not unknown under Trees', async () => {
    const e = await fromTitle({ title: 'Cloudstep Tree Glide ballet flats' });
    expect(e.tier).toBe('B');
    expect(e.factors[0]!.id).toBe('items:chaussuresencuir');
    expect(e.kgCO2e).toBeLessThan(13.4);
  });
  it('a card game: the card games profile (0.25 kg of board), not a board game of 0.9 kg', async () => {
    const e = await fromTitle({ title: 'Queens of Spades card game' });
    expect(e.category).toBe(CARDS);
    expect(e.factors[0]!.id).toBe('materials:paper_board');
    expect(e.steps.find((s) => s.label === 'Typical mass')?.value).toBeCloseTo(0.25, 3);
  });
  it('a soft toy: sewn textile per kg (DESNZ clothing), not a toy kitchen', async () => {
    const e = await fromTitle({ title: 'Sleepy Garden bunny soft toy' });
    expect(e.category).toBe(PLUSH);
    expect(e.factors[0]!.id).toBe('materials:clothing');
  });
  it('a foam dart blaster: a toy of moulded plastic, not a hunting article', async () => {
    const e = await fromTitle({ title: 'Foam dart blaster with 12 darts' });
    expect(e.tier).toBe('C');
    expect(e.category).toBe(BLASTERS);
    expect(e.factors[0]!.id).toBe('materials:plastic_average_plastics');
  });
  it.each(['Lumpwood charcoal 10 kg', 'Holzkohle Buchenholz 10 kg', 'Charbon de bois pour barbecue 5 kg'])(
    '%s with no price: an honest unknown (no open per-kg factor for charcoal), not a washing machine',
    async (title) => {
      const e = await fromTitle({ title });
      expect(e.tier).toBe('unknown');
      expect(e.kgCO2e).toBeNull();
      expect(e.category).toBe(CHARCOAL);
    },
  );
  it('charcoal with a price: the wood chemicals sector by spend', async () => {
    const e = await fromTitle({ title: 'Lumpwood charcoal 10 kg', price: 15, currency: 'GBP' });
    expect(e.tier).toBe('D');
    expect(e.factors[0]!.id).toBe('spend:325194');
  });
});

describe('a fabric upper named in a shoe title takes ADEME fabric shoes (data/item-aliases.csv, #8)', () => {
  // ADEME models three pairs by upper: leather 13.4, fabric 17.3, sports 18.7 kg CO2e. A leather
  // word already chose the leather pair; a wool, canvas or knit upper took the sports pair.
  it.each([
    ['Wool runners sneakers', 'items:chaussuresentissu'],
    ['Canvas sneakers low top', 'items:chaussuresentissu'],
    ['Baskets en toile', 'items:chaussuresentissu'],
    ['Zapatillas de lona', 'items:chaussuresentissu'],
    ['Leather sneakers', 'items:chaussuresencuir'],
    ['Running shoes', 'items:chaussuresdesport'],
  ])('%s: %s', async (title, id) => {
    const e = await estimateOnShippedPacks({ title, googleCategory: '187' });
    expect(e.factors[0]!.id).toBe(id);
  });
  it('the material word refines shoes only: a wool jumper stays a wool jumper', async () => {
    const e = await estimateOnShippedPacks({ title: 'Wool jumper', googleCategory: '212' });
    expect(e.factors[0]!.id).toBe('items:pullenlaine');
  });
});
