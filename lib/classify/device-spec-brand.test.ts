/**
 * A maker's name that is also a word ("Apple", "Shell", "Orange") is the maker wherever it stands
 * in a title that holds a device's spec (a wattage, a capacity, a port): lexicon.ts DEVICE_SPEC.
 * Titles written for this test; the first failed before the rule (the other two read their product word).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null) => classifier.classify({ title, lang })?.path ?? '';
const APPLES = 'Food, Beverages & Tobacco > Food Items > Fruits & Vegetables > Fresh & Frozen Fruits > Apples';

describe("a maker's name after a device spec is not the word it spells", () => {
  it.each([
    ['Nabíjačka USB-C 20W Apple', 'sk'],
    ['Ładowarka sieciowa 20W USB-C Apple biała', 'pl'],
    ['Töltő USB-C 20 W Apple', 'hu'],
  ])('%s', (title, lang) => expect(pathOf(title, lang)).not.toBe(APPLES));

  it('apples without a device spec stay apples', () => {
    expect(pathOf('Äpfel Braeburn 1kg', 'de')).toBe(APPLES);
    expect(pathOf('Manzanas Golden 1 kg', 'es')).toBe(APPLES);
  });
});
