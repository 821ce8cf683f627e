import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClassifierModel } from '../model';
import { Taxonomy } from '../taxonomy';
import { normalizeText, stemToken } from '../text';
import { withMouldOfFood } from './mould-of';

const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
const taxonomy = Taxonomy.fromPacked(model.nodes);
const tokensOf = (title: string) => normalizeText(title).split(' ').filter(Boolean).map(stemToken);
const hit = (start: number, id: number, w = 0.7) => ({ start, end: start + 1, entries: [{ id, w }], curated: false });

const BAKERY = 1876;
const CAKES = 2194;
const MUFFINS = 1895;
const BREADS = 424;
const CHOCOLATE = 4748;
const PRINTERS = 500106; // a non-food reading of the mould word (Italian 'stampo': a print)
const KITCHEN_TOOLS = 668;

describe('a mould named after its bake reads as that bakeware (rules/mould-of.ts)', () => {
  it.each([
    ['Moule à cake silicone 26 cm', 'fr', [hit(0, KITCHEN_TOOLS, 0.4), hit(2, BAKERY)], 640],
    ['Stampo per ciambella 24 cm', 'it', [hit(2, CAKES, 1)], 643],
    ['Форма для кекса силиконовая', 'ru', [hit(2, BAKERY, 0.4)], 640],
    ['Molde para magdalenas 12 cavidades', 'es', [hit(2, MUFFINS)], 644],
    ['Forma do chleba 30 cm', 'pl', [hit(2, BREADS)], 642],
    ['Chocolate mould silicone', 'en', [hit(0, CHOCOLATE)], 8006],
  ])('%s [%s]', (title, lang, hits, bakeware) => {
    const out = withMouldOfFood(taxonomy, tokensOf(title), hits, lang);
    const head = out.find((h) => h.entries.some((e) => e.id === bakeware));
    expect(head, JSON.stringify(out)).toBeDefined();
    expect(out.some((h) => h.entries.some((e) => taxonomy.isAncestorOrSelf(412, e.id)))).toBe(false);
  });

  it.each([
    // The mould word does not head the segment: a shape, not a mould.
    ['Savon en forme de fraise', 'fr', [hit(4, 2194)]],
    ['Sabonete em forma de morango', 'pt', [hit(4, 2194)]],
    // No food after the link, or no link.
    ['Moule à gaufres électrique', 'fr', [hit(3, KITCHEN_TOOLS)]],
    ['Stampo 3D stampante', 'it', [hit(0, PRINTERS)]],
    // A language without the rule's words.
    ['Moule à cake', null, [hit(2, BAKERY)]],
  ])('leaves %s [%s] alone', (title, lang, hits) => {
    expect(withMouldOfFood(taxonomy, tokensOf(title), hits, lang)).toEqual(hits);
  });
});
