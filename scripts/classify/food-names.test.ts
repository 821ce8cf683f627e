import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../../lib/classify/index';
import { Taxonomy } from '../../lib/classify/taxonomy';
import { readCsvRecords } from '../lib/csv';
import { readTaxonomy } from './build-model';
import { AGRIBALYSE_CSV, foodWords, SUBGROUP_NODE } from './food-names';

const taxonomy = new Taxonomy(readTaxonomy().rows);

describe('AGRIBALYSE food names -> taxonomy nodes', () => {
  it('maps every CIQUAL subgroup but the special-diet foods to a food node', () => {
    const subgroups = new Set(readCsvRecords(AGRIBALYSE_CSV).map((r) => r.food_subgroup_fr ?? ''));
    const unmapped = [...subgroups].filter((s) => !(s in SUBGROUP_NODE));
    expect(unmapped).toEqual(['denrées destinées à une alimentation particulière']);
    for (const [subgroup, node] of Object.entries(SUBGROUP_NODE)) {
      expect(subgroups.has(subgroup), subgroup).toBe(true);
      expect(taxonomy.pathOf(node), subgroup).toMatch(
        /^(?:Food, Beverages & Tobacco > |Baby & Toddler > Nursing & Feeding > Baby & Toddler Food)/,
      );
    }
  });

  it("takes each name's first word, not a French adjective or a generic noun before it", () => {
    const words = new Map(foodWords());
    expect(words.get('rillettes')).toBe(432); // Meat, Seafood & Eggs
    expect(words.get('speculoos')).toBeDefined();
    expect(words.has('petits')).toBe(false); // "Petits pois"
    expect(words.has('matiere')).toBe(false); // "Matière grasse"
  });
});

describe('the shipped model reads food names in any language', () => {
  const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
  const classifier = createClassifier(model);
  const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

  it('"Rillettes", "Speculoos": food names no taxonomy holds', () => {
    // Round 9: "Rillettes de canard" read as a toy (canard, a duck), speculoos as nothing.
    expect(pathOf('Rillettes de canard 180g', 'fr')).toBe(
      'Food, Beverages & Tobacco > Food Items > Meat, Seafood & Eggs',
    );
    expect(pathOf('Speculoos caramélisés', 'fr')).toMatch(/^Food, Beverages & Tobacco > Food Items/);
    expect(pathOf('Speculoos karamellisiert 250 g', 'de')).toMatch(/^Food, Beverages & Tobacco > Food Items/);
  });
});
