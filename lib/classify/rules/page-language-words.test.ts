/**
 * Scandinavian "stol" (a chair) on a Swedish, Norwegian or Danish page, not Polish "stół" (a table)
 * (rules/page-language-words.ts). Titles written for this test; the first three failed before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from '../index';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const pathOf = (title: string, lang: string) => classifier.classify({ title, lang })?.path ?? '';

describe('"stol" is a chair on a Scandinavian page', () => {
  it.each([
    ['Stol i eik, svart', 'no'],
    ['Stol Lisabo ek', 'sv'],
    ['Stol med armlæn', 'da'],
  ])('%s', (title, lang) => expect(pathOf(title, lang)).toBe('Furniture > Chairs'));

  it('and still a table on a Polish one', () => {
    expect(pathOf('Stół rozkładany dębowy', 'pl')).toBe('Furniture > Tables');
  });
});
