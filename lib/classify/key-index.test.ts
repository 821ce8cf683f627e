import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from './key-index';
import type { ClassifierModel } from './model';

/** An index over table lines "<refs>\t<key>|<key>..." ('\n'-separated), each key valued by its line. */
function indexOf(lines: string[], expected = 4): KeyIndex {
  const text = lines.join('\n');
  const index = new KeyIndex(text, expected);
  expect(index.addLines(0, text.length, 0)).toBe(lines.length);
  return index;
}

describe('KeyIndex', () => {
  it('finds keys stored as ranges of a text, and nothing else', () => {
    const index = indexOf(['0\tsofa|sofa bed', '1,a~0.5\tjacke', '2\t靴|ワンピース']);
    expect(index.get('sofa')).toBe(0);
    expect(index.get('sofa bed')).toBe(0);
    expect(index.get('jacke')).toBe(1);
    expect(index.get('靴')).toBe(2);
    expect(index.get('ワンピース')).toBe(2);
    expect(index.get('sof')).toBeUndefined();
    expect(index.get('sofa bed ')).toBeUndefined();
    // The references before the tab are no keys.
    expect(index.get('1,a~0.5')).toBeUndefined();
    expect(index.get('0\tsofa')).toBeUndefined();
    expect(index.has('jack')).toBe(false);
    expect(index.size).toBe(5);
  });

  it('keeps the last value of a key added twice, as Map.set does; addNew keeps the first', () => {
    const text = '0\ttee|shirt\n0\ttee\nshirt\nshir';
    const index = new KeyIndex(text, 2);
    const names = text.indexOf('\nshirt') + 1;
    expect(index.addLines(0, names - 1, 0)).toBe(2);
    expect(index.get('tee')).toBe(1);
    expect(index.size).toBe(2);
    expect(index.addNew(names, names + 5, 7)).toBe(false);
    expect(index.get('shirt')).toBe(0);
    expect(index.addNew(names + 6, text.length, 8)).toBe(true);
    expect(index.get('shir')).toBe(8);
  });

  it('reads only the lines of its range, counting from the first line number given', () => {
    const text = '0\tchair\n0\ttable\n0\tlamp';
    const index = new KeyIndex(text, 2);
    const from = text.indexOf('\n') + 1;
    expect(index.addLines(from, text.lastIndexOf('\n'), 10)).toBe(1);
    expect(index.get('table')).toBe(10);
    expect(index.has('chair')).toBe(false);
    expect(index.has('lamp')).toBe(false);
    expect(() => index.addLines(0, text.length, 0)).not.toThrow();
    expect(() => new KeyIndex('no tab here', 1).addLines(0, 11, 0)).toThrow(/without its tab/);
  });

  it('grows past its expected size and agrees with a Map on many keys', () => {
    // A fixed pseudo-random stream (no flakiness), with repeats, so collisions and overwrites occur.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const lines = Array.from({ length: 2000 }, () =>
      Array.from(
        { length: 1 + (next() % 4) },
        () => (next() % 3000).toString(36) + String.fromCharCode(0x4e00 + (next() % 50)),
      ),
    );
    const index = indexOf(
      lines.map((keys) => `0\t${keys.join('|')}`),
      4,
    );
    const map = new Map<string, number>();
    lines.forEach((keys, i) => keys.forEach((k) => map.set(k, i)));
    expect(index.size).toBe(map.size);
    for (const [k, v] of map) expect(index.get(k)).toBe(v);
    for (let i = 0; i < 500; i++) {
      const probe = `${(next() % 6000).toString(36)}z`;
      expect(index.get(probe)).toBe(map.get(probe));
    }
  });

  it('agrees with a Map over every key of the shipped lexicon tables', () => {
    const model = JSON.parse(readFileSync('public/factors/classifier.json', 'utf8')) as ClassifierModel;
    const tables = model.lexicon.map(([, , lines]) => lines);
    const text = tables.join('\n');
    const index = new KeyIndex(text, 1000);
    const map = new Map<string, number>();
    let start = 0;
    let line = 0;
    for (const lines of tables) {
      for (const row of lines ? lines.split('\n') : []) {
        for (const key of row.slice(row.indexOf('\t') + 1).split('|')) map.set(key, line);
        line++;
      }
      expect(index.addLines(start, start + lines.length, line - (lines ? lines.split('\n').length : 0))).toBe(
        lines ? lines.split('\n').length : 0,
      );
      start += lines.length + 1;
    }
    expect(index.size).toBe(map.size);
    for (const [k, v] of map) {
      expect(index.get(k)).toBe(v);
      // A key with a letter more or less is another key, or none.
      expect(index.get(k + 'x')).toBe(map.get(k + 'x'));
      expect(index.get(k.slice(1))).toBe(map.get(k.slice(1)));
    }
  });
});
