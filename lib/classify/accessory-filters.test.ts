/**
 * A generic accessory word resolved to the wrong device (round 22, issue #15 class 2): a filter is
 * filed by the device it fits, so "filter for <device>" is that device's filter, not the one the
 * word alone reads as (vacuum filters); and a maker's name between the for-word and the device
 * ("for Philips air purifier") does not hide the device from the accessory rule
 * (rules/accessory-of.ts). Titles written for these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string | null = null) => classifier.classify({ title, lang })?.path ?? '';

const APPLIANCE_ACCESSORIES = 'Home & Garden > Household Appliance Accessories';
const PURIFIER_FILTERS = `${APPLIANCE_ACCESSORIES} > Air Purifier Accessories > Air Purifier Filters`;

describe('a filter is the filter of the device it is for', () => {
  it.each([
    // Round 21: Vacuum Accessories, what "filter" alone reads as.
    ['Ersatzfilter für Luftreiniger Levoit Core 300', 'de', PURIFIER_FILTERS],
    ['Filtro para purificador de aire Xiaomi', 'es', PURIFIER_FILTERS],
  ])('%s', (title, lang, path) => {
    expect(pathOf(title, lang)).toBe(path);
  });

  it('with a maker between the for-word and the device, no longer the vacuum filter', () => {
    const path = pathOf('HEPA filter for Philips air purifier FY2422', 'en');
    expect(path).not.toContain('Vacuum');
    expect(PURIFIER_FILTERS.startsWith(path)).toBe(true);
  });

  it("keeps a filter's own reading where no device follows, and a vacuum's filter", () => {
    expect(pathOf('Filtre pour aspirateur Dyson V8', 'fr')).toBe(`${APPLIANCE_ACCESSORIES} > Vacuum Accessories`);
    expect(pathOf('Coffee filter paper 100 pcs', 'en')).toContain('Coffee Filters');
    expect(pathOf('Filter coffee 500g', 'en')).toBe('Food, Beverages & Tobacco > Beverages > Coffee');
  });

  it('a mount for a TV with the maker between is still the TV mount', () => {
    expect(pathOf('Wall mount for Samsung TV', 'en')).toContain('TV & Monitor Mounts');
  });
});
