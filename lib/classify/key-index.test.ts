import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KeyIndex, TABLE_LINE_END } from './key-index';
import type { ClassifierModel } from './model';

/** An index over table lines "<key>|<key>..." (TABLE_LINE_END-separated). */
function indexOf(lines: string[], expected = 4): { index: KeyIndex; text: string } {
  const text = lines.join(TABLE_LINE_END);
  const index = new KeyIndex(text, expected);
  expect(index.addLines(0, text.length)).toBe(lines.length);
  return { index, text };
}

/** Where each key of the lines last starts, as a Map of the cut-out keys gives it. */
function reference(text: string, from = 0, to = text.length): Map<string, number> {
  const out = new Map<string, number>();
  for (let start = from; start < to;) {
    const end = Math.min(to, text.indexOf(';', start) < 0 ? to : text.indexOf(';', start));
    let at = start;
    for (const key of text.slice(at, end).split('|')) {
      out.set(key, at);
      at += key.length + 1;
    }
    start = end + 1;
  }
  return out;
}

describe('KeyIndex', () => {
  it('finds where keys stored as ranges of a text are, and nothing else', () => {
    const { index, text } = indexOf(['sofa|sofa bed', 'jacke', '靴|ワンピース|a very long key phrase']);
    for (const key of ['sofa', 'sofa bed', 'jacke', '靴', 'ワンピース', 'a very long key phrase'])
      expect(text.slice(index.get(key), index.get(key)! + key.length)).toBe(key);
    expect(index.get('sof')).toBeUndefined();
    expect(index.get('sofa bed ')).toBeUndefined();
    expect(index.get('a very long key phrasf')).toBeUndefined();
    // A key's start alone is no key: it ends where the text says.
    expect(index.get('a very long key')).toBeUndefined();
    // Two keys of a line together are no key.
    expect(index.get('sofa|sofa bed')).toBeUndefined();
    expect(index.get('sofa bed;jacke')).toBeUndefined();
    expect(index.has('jack')).toBe(false);
    expect(index.size).toBe(6);
  });

  it('keeps the last place of a key added twice, as Map.set does; addNew keeps the first', () => {
    const text = 'tee|shirt;tee;shirt\nshir';
    const index = new KeyIndex(text, 2);
    const names = text.indexOf(';shirt') + 1;
    expect(index.addLines(0, names - 1)).toBe(2);
    expect(index.get('tee')).toBe(text.lastIndexOf('tee'));
    expect(index.size).toBe(2);
    expect(index.addNew(names, names + 5)).toBe(false);
    expect(index.get('shirt')).toBe(text.indexOf('shirt'));
    expect(index.addNew(names + 6, text.length)).toBe(true);
    expect(index.get('shir')).toBe(names + 6);
  });

  it('reads names lines after their lead, keeps a key there already, and skips the listed lines and lines with a tab', () => {
    const tables = 'coat|jacket;cage';
    // Line 0 reads "coat" (kept at the table's place) and "bird cage"; line 1 is skipped by number,
    // line 2 holds a tab, line 3 reads "stand" and "hat".
    const names = '2coat|bird cage\n3water\n1odd\t\n2stand|hat';
    const text = `${tables};${names}`;
    const index = new KeyIndex(text, 2);
    expect(index.addLines(0, tables.length)).toBe(2);
    const from = tables.length + 1;
    expect(index.addNewLines(from, text.length, 1, [1])).toBe(4);
    expect(index.get('coat')).toBe(0);
    expect(index.get('bird cage')).toBe(text.indexOf('bird cage'));
    expect(index.get('stand')).toBe(text.indexOf('stand'));
    expect(index.get('hat')).toBe(text.indexOf('hat'));
    for (const key of ['water', 'odd', 'odd\t', '2coat', '3water', '1odd']) expect(index.has(key)).toBe(false);
    expect(index.size).toBe(6);
  });

  it('defers the keys of lines in another script than Latin to the first look-up of such a key, each ending where it would', () => {
    // An earlier table holds "猫" and "tv"; the deferred lines hold them again, a Cyrillic key, a
    // Latin key among CJK ones ("dvr"), and a names line after them repeats "dvr".
    const tables = '猫|tv|sofa;кошка|猫|dvr;テレビ|tv';
    const names = '1dvr|lamp';
    const text = `${tables};${names}`;
    const index = new KeyIndex(text, 4);
    const deferred = text.indexOf('кошка');
    expect(index.addLines(0, deferred - 1)).toBe(1);
    index.deferLines(deferred, tables.length);
    expect(index.addNewLines(tables.length + 1, text.length, 1, [])).toBe(1);
    // Latin keys read now, at the deferred lines' places; the names' "dvr" keeps the table's.
    expect(index.get('dvr')).toBe(text.indexOf('dvr'));
    expect(index.get('tv')).toBe(text.lastIndexOf('tv'));
    expect(index.get('sofa')).toBe(0 + '猫|tv|'.length);
    expect(index.get('lamp')).toBe(text.indexOf('lamp'));
    expect(index.waiting).toBe(true);
    // The first key in another script reads the deferred lines: the last place of a key counts.
    expect(index.get('猫')).toBe(text.lastIndexOf('猫'));
    expect(index.waiting).toBe(false);
    expect(index.get('кошка')).toBe(deferred);
    expect(index.get('テレビ')).toBe(text.indexOf('テレビ'));
    expect(index.get('dvr')).toBe(text.indexOf('dvr'));
    expect(index.get('tv')).toBe(text.lastIndexOf('tv'));
    expect(index.size).toBe(7);
  });

  it('reads only the lines of its range', () => {
    const text = 'chair;table;lamp';
    const index = new KeyIndex(text, 2);
    expect(index.addLines(text.indexOf(';') + 1, text.lastIndexOf(';'))).toBe(1);
    expect(index.get('table')).toBe(text.indexOf('table'));
    expect(index.has('chair')).toBe(false);
    expect(index.has('lamp')).toBe(false);
  });

  it('grows past its expected size and agrees with a Map on many keys', () => {
    // A fixed pseudo-random stream (no flakiness), with repeats, so collisions and overwrites occur;
    // keys long and short, some alike but in their middle (the hash reads eight characters of a long one).
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const word = () =>
      next() % 3 === 0
        ? `long phrase ${(next() % 500).toString(36)} of words`
        : (next() % 3000).toString(36) + String.fromCharCode(0x4e00 + (next() % 50));
    const lines = Array.from({ length: 2000 }, () => `${Array.from({ length: 1 + (next() % 4) }, word).join('|')}`);
    const { index, text } = indexOf(lines, 4);
    const map = reference(text);
    expect(index.size).toBe(map.size);
    for (const [k, v] of map) expect(index.get(k)).toBe(v);
    for (let i = 0; i < 500; i++) {
      const probe = i % 2 ? `${(next() % 6000).toString(36)}z` : `long phrase ${(next() % 900).toString(36)} of word`;
      expect(index.get(probe)).toBe(map.get(probe));
    }
  });

  it('agrees with a Map over every key of the shipped lexicon tables', () => {
    const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
    const tables = model.lexicon.map(([, , lines]) => lines);
    const text = tables.join(TABLE_LINE_END);
    const index = new KeyIndex(text, 1000);
    const map = new Map<string, number>();
    let start = 0;
    for (const lines of tables) {
      for (const [k, v] of reference(text, start, start + lines.length)) map.set(k, v);
      expect(index.addLines(start, start + lines.length)).toBe(lines ? lines.split(TABLE_LINE_END).length : 0);
      start += lines.length + 1;
    }
    expect(index.size).toBe(map.size);
    const keys = [...map.keys()];
    expect(keys.map((k) => index.get(k))).toEqual(keys.map((k) => map.get(k)));
    // A key with a letter more or less is another key, or none.
    const near = keys.flatMap((k) => [`${k}x`, k.slice(1), k.slice(0, -1)]);
    expect(near.map((k) => index.get(k))).toEqual(near.map((k) => map.get(k)));
  });
});
