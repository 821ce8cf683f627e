/**
 * Round 23 (issue #15): the naive Bayes vote, trained on PriceRunner's ten electronics and
 * appliance classes, overruled a product noun of another domain with words it had learned from
 * electronics titles ("ready" from "HD ready" TVs, "mixed"). Titles written for these tests.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createClassifier, type ClassifierModel } from './index';
import { loadParts } from './parts';
import { bayesMakerOnly, bayesReading, endsWordRun, unseenNoun } from './rules/bayes-evidence';
import { bayesVote } from './title';
import { normalizeText, stemToken } from './text';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const classifier = createClassifier(model);
const parts = loadParts(model);
const tokens = (title: string) => normalizeText(title).split(' ').filter(Boolean).map(stemToken);
const knows = (t: string) => parts.bayes!.knows(t);
const pathOf = (title: string, lang: string | null = 'en') => classifier.classify({ title, lang })?.path ?? '';

describe('a product noun the vote never learned outranks it', () => {
  it('unseenNoun: a content word the vote was not trained on', () => {
    const known = (t: string) => ['ready', 'mixed', 'wall', 'body'].includes(t);
    expect(unseenNoun(['concrete'], known)).toBe(true);
    // One unknown word in the phrase is enough: TVs hang on walls, none is plaster.
    expect(unseenNoun(['wall', 'plaster'], known)).toBe(true);
    expect(unseenNoun(['body'], known)).toBe(false);
    // A size or a function word is no noun of its own.
    expect(unseenNoun(['xxl'], known)).toBe(false);
    expect(unseenNoun(['the'], known)).toBe(false);
    expect(unseenNoun([], known)).toBe(false);
  });

  it('"Ready mixed concrete" is masonry, not a TV: the vote knows "ready" and "mixed", not "concrete"', () => {
    const title = 'Ready mixed concrete 20 kg';
    // The vote speaks, on more than the maker's slot, so the maker-only rule does not apply...
    expect(parts.bayes?.evidence(tokens(title)).length).toBe(1);
    expect(bayesMakerOnly(bayesReading(tokens(title), knows, new Set()))).toBe(false);
    expect(knows('concrete')).toBe(false);
    // ...but "concrete" is a product noun it never learned.
    expect(bayesVote(parts, title, [], 'en')).toEqual([]);
    // "concrete" alone reads at a translated noun's weight: an honest unknown in English, masonry
    // when the language is not known; never a TV.
    expect(pathOf(title)).not.toMatch(/Electronics/);
    expect(pathOf(title, null)).toMatch(/^Hardware > Building Consumables > Masonry Consumables/);
    expect(pathOf('Quick set ready mix cement 25kg', null)).toMatch(/^Hardware > Building Consumables/);
  });

  it('endsWordRun: in a head-final title the head noun ends its run of words', () => {
    const raw = ['alcatel', '2038', 'cocoa', 'grey', 'ready', 'mixed', 'concrete', '20', 'kg'];
    expect(endsWordRun(raw, 7, false)).toBe(true); // "concrete" before "20"
    expect(endsWordRun(raw, 3, false)).toBe(false); // "cocoa" before "grey": a colour
    expect(endsWordRun(raw, 3, true)).toBe(true); // head-first: any place
    expect(endsWordRun(raw, raw.length, false)).toBe(true);
    expect(endsWordRun(['concrete', 'for', 'floors'], 1, false)).toBe(true);
    // A modifier before another word does not silence the vote of a phone without a model code.
    expect(pathOf('Alcatel 2038 cocoa grey 64mb 3g unlocked sim free', null)).toMatch(/Mobile Phones$/);
  });

  it('a vote that reads a model code of a series it knows keeps it: an unseen noun there is a colour', () => {
    const bayes = parts.bayes!;
    expect(bayes.readsLine(tokens('Samsung UE55TU7100'))).toBe(true);
    expect(bayes.readsLine(tokens('Bosch KGN39VLEAG cocoa'))).toBe(true);
    // Words, sizes and a maker of one kind are no product line.
    expect(bayes.readsLine(tokens('Ready mixed concrete 20 kg'))).toBe(false);
    expect(bayes.readsLine(tokens('Alcatel 2038 cocoa grey 64mb 3g'))).toBe(false);
    expect(pathOf('Bosch KGN39VLEAG cocoa grey', null)).toMatch(/Refrigerators$/);
  });

  it('the vote keeps its own titles, and nouns it learned do not outrank it', () => {
    expect(pathOf('Samsung UE55TU7100 55" 4K Smart TV')).toBe('Electronics > Video > Televisions');
    expect(pathOf('Bosch Serie 4 SMS4HVI33E')).toMatch(/Dishwashers$/);
    expect(pathOf('Samsung WW90T534DAW')).toMatch(/Washing Machines$/);
    expect(pathOf('Apple iPhone 12 64GB Black')).toMatch(/Mobile Phones$/);
    // "body" reads as a body lotion too, but the vote learned it from cameras.
    expect(knows('body')).toBe(true);
    expect(pathOf('Nikon Z6 II Body')).toMatch(/Digital Cameras$/);
    expect(pathOf('Russell Hobbs RHM2076B 20L Digital Microwave Black')).toMatch(/Microwave Ovens$/);
  });
});
