/**
 * Round 23, found while merging (issue #15): an Italian or French knife is a kitchen knife, not the
 * dive knife or collectible weapon the taxonomies' translations file "coltelli" and "couteaux" under.
 * Titles written for this test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

const KNIVES = 'Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives';
const MULTITOOLS =
  'Sporting Goods > Outdoor Recreation > Camping & Hiking > Camping Tools > Multifunction Tools & Knives';

describe('an Italian or French knife is a kitchen knife', () => {
  it('"coltelli", "coltello da chef", "set de couteaux"', () => {
    expect(pathOf('Set coltelli da cucina 6 pezzi nero', 'it')).toBe(KNIVES);
    expect(pathOf('Coltello da chef 20 cm acciaio', 'it')).toBe(KNIVES);
    expect(pathOf('Set de couteaux 6 pièces avec bloc', 'fr')).toBe(KNIVES);
  });
  it('unless a phrase says pocket or Swiss', () => {
    expect(pathOf('Couteau suisse Victorinox Spartan rouge', 'fr')).toBe(MULTITOOLS);
    expect(pathOf('Coltello tascabile Opinel n. 8', 'it')).toBe(MULTITOOLS);
  });
});
