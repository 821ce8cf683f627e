/**
 * A crumb overriding a precise title (round 22, issue #15 class 3): a shop files cardigans and
 * vests on its outerwear or jackets shelf, which the lexicon reads as coats; the title's own
 * product noun, a sibling of that shelf's node, names the product even where it is a translated or
 * weighted word (0.6 to 0.75), not only a curated phrase (trail.ts refineShelf). Titles written for
 * these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string, crumb: string) =>
  classifier.classify({ title, lang, category: crumb.split(' > ') })?.path ?? '';

const CLOTHING = 'Apparel & Accessories > Clothing';

describe("the title's product noun refines a shelf crumb of its kind", () => {
  it.each([
    // Round 21: Coats & Jackets, the crumb's reading.
    ['Strickcardigan Damen', 'de', 'Bekleidung > Jacken', `${CLOTHING} > Shirts & Tops`],
    ['쉬폰 후드 베스트 아이보리', 'ko', '아우터', `${CLOTHING} > Outerwear > Vests`],
  ])('%s [%s]', (title, lang, crumb, path) => {
    expect(pathOf(title, lang, crumb)).toBe(path);
  });

  it('a coat under the same shelf stays a coat', () => {
    expect(pathOf('Wollmantel Damen lang', 'de', 'Bekleidung > Jacken')).toBe(
      `${CLOTHING} > Outerwear > Coats & Jackets`,
    );
  });
});
