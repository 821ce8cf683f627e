/**
 * The word edges know the letters of Latin, Greek and Cyrillic, not only ASCII's: a word ending in
 * "é", "ö", "ñ", "ł", "ş" or a Cyrillic letter ends before a space, and no word runs on into such a
 * letter. And no regex the words modules build uses ASCII `\b` any more.
 */
import { describe, expect, it } from 'vitest';
import { Pattern } from './pattern';
import { isWordChar, NO_LETTER_AFTER, WORD_CHAR, WORD_END, WORD_START } from './word-edges';
import { escape } from './words';
import * as words from './words';
import * as wordsBuy from './words-buy';
import * as wordsClass from './words-class';
import * as wordsFacts from './words-facts';
import * as wordsOrder from './words-order';
import { ORDER_PAGE_TITLE } from './words-buy';
import { PACK_SIZE_PATTERNS, TILE_PACK_PATTERNS, weightUnitInTextSource } from './words-facts';
import { ORDER_PAGE_PATH } from './words-order';

/** Words ending (and starting) in non-ASCII letters, as a language's list may hold them. */
const ENDINGS: [string, string][] = [
  ['é', 'café'],
  ['ö', 'malmö'],
  ['ñ', 'piñ'],
  ['ł', 'mógł'],
  ['ş', 'giriş'],
  ['Cyrillic', 'назад'],
  ['Greek', 'πίσω'],
];
const edged = (word: string, flags = 'i') => new RegExp(`${WORD_START}${escape(word)}${WORD_END}`, flags);

describe('word edges', () => {
  it.each(ENDINGS)('a word ending in %s ("%s") ends before a space, punctuation or the end', (_l, word) => {
    for (const flags of ['i', 'iu']) {
      const re = edged(word, flags);
      expect(re.test(`${word} x`)).toBe(true);
      expect(re.test(`x ${word}`)).toBe(true);
      expect(re.test(`(${word}).`)).toBe(true);
      expect(re.test(word.toUpperCase())).toBe(true);
      // ... and `\b` did not: no boundary between a non-ASCII letter and a space.
      expect(new RegExp(`${escape(word)}\\b`, 'i').test(`${word} x`)).toBe(false);
    }
  });
  it.each(ENDINGS)('a word ending in %s ("%s") does not run on into a letter or digit', (_l, word) => {
    const re = edged(word);
    for (const after of ['s', 'é', 'ł', 'ж', '2', '_']) expect(re.test(`${word}${after}`)).toBe(false);
    for (const before of ['a', 'ü', 'ş', 'я', '1']) expect(re.test(`${before}${word}`)).toBe(false);
  });
  it('an ASCII word does not run on into a non-ASCII letter either ("ab" is not in "abé")', () => {
    const re = edged('ab');
    expect(re.test('ab 19,99 €')).toBe(true);
    expect(re.test('abé')).toBe(false);
    expect(re.test('çab')).toBe(false);
    expect(/\bab\b/.test('abé')).toBe(true); // what `\b` did
  });
  it('a unit may touch a digit, not a letter', () => {
    const re = new RegExp(`(kg)${NO_LETTER_AFTER}`, 'i');
    expect(re.test('2 kg')).toBe(true);
    expect(re.test('2kg3')).toBe(true);
    expect(re.test('2 kgł')).toBe(false);
    expect(re.test('2 kgя')).toBe(false);
  });
});

describe('the concepts built with the edges', () => {
  it('an order-page title word is whole, also against non-ASCII letters', () => {
    expect(ORDER_PAGE_TITLE.test('Your Orders')).toBe(true);
    expect(ORDER_PAGE_TITLE.test('Order № 1001')).toBe(true);
    expect(ORDER_PAGE_TITLE.test('Borders')).toBe(false);
    expect(ORDER_PAGE_TITLE.test('Orderñ')).toBe(false);
  });
  it('pack sizes end after a non-ASCII letter: "20 Stück", "10 bucăți"', () => {
    const count = (patterns: readonly Pick<RegExp, 'exec'>[], t: string) =>
      patterns.map((p) => p.exec(t)?.[1]).find(Boolean);
    expect(count(PACK_SIZE_PATTERNS, 'Schrauben, 20 Stück')).toBe('20');
    expect(count(PACK_SIZE_PATTERNS, 'Șervețele 10 bucăți albe')).toBe('10');
    expect(count(TILE_PACK_PATTERNS, 'Pinsel 5 Stück')).toBe('5');
    expect(count(TILE_PACK_PATTERNS, 'Pinsel 5 Stückchen')).toBeUndefined();
  });
  it('a weight unit ends before any non-letter, not before a letter of any of the scripts', () => {
    const re = new RegExp(`\\d\\s*${weightUnitInTextSource()}`, 'i');
    expect(re.test('1,2 kg.')).toBe(true);
    expect(re.test('1,2 kgś')).toBe(false);
  });
  it('an order URL word ends at a non-word character', () => {
    expect(ORDER_PAGE_PATH.test('/mis-pedidos/123')).toBe(true);
    expect(ORDER_PAGE_PATH.test('/pedidosya')).toBe(false);
  });
});

describe('the words modules', () => {
  it('build no regex with an ASCII \\b edge', () => {
    const sources: [string, string][] = [];
    const collect = (name: string, v: unknown) => {
      if (v instanceof RegExp || v instanceof Pattern) sources.push([name, v.source]);
      else if (Array.isArray(v)) v.forEach((x, i) => collect(`${name}[${i}]`, Array.isArray(x) ? x[0] : x));
      else if (typeof v === 'string' && name.endsWith('SOURCE')) sources.push([name, v]);
    };
    for (const [mod, exports] of Object.entries({ words, wordsBuy, wordsClass, wordsFacts, wordsOrder }))
      for (const [name, v] of Object.entries(exports)) collect(`${mod}.${name}`, v);
    expect(sources.length).toBeGreaterThan(40);
    expect(sources.filter(([, s]) => /\\b/.test(s)).map(([n]) => n)).toEqual([]);
  });
});

describe('isWordChar', () => {
  // The detector's whole-word test (words-buy.ts) takes its edges without a regex: the same class.
  it("says what WORD_CHAR's class says, for every UTF-16 code unit", () => {
    const cls = new RegExp(`[${WORD_CHAR}]`);
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWordChar(c) !== cls.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
