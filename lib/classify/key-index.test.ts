import { describe, expect, it } from 'vitest';
import { KeyIndex } from './key-index';

/** Adds every '|'-separated key of `text` with its position in the list as the value. */
function indexOf(text: string, expected = 4): KeyIndex {
  const index = new KeyIndex(expected);
  const t = index.addText(text);
  let start = 0;
  let n = 0;
  for (let bar = text.indexOf('|'); bar >= 0; bar = text.indexOf('|', start)) {
    index.add(t, start, bar, n++);
    start = bar + 1;
  }
  index.add(t, start, text.length, n);
  return index;
}

describe('KeyIndex', () => {
  it('finds keys stored as ranges of a text, and nothing else', () => {
    const index = indexOf('sofa|sofa bed|jacke|靴|ワンピース');
    expect(index.get('sofa')).toBe(0);
    expect(index.get('sofa bed')).toBe(1);
    expect(index.get('jacke')).toBe(2);
    expect(index.get('靴')).toBe(3);
    expect(index.get('ワンピース')).toBe(4);
    expect(index.get('sof')).toBeUndefined();
    expect(index.get('sofa bed ')).toBeUndefined();
    expect(index.has('jack')).toBe(false);
    expect(index.size).toBe(5);
  });

  it('keeps the last value of a key added twice, as Map.set does', () => {
    const index = indexOf('tee|shirt|tee');
    expect(index.get('tee')).toBe(2);
    expect(index.size).toBe(2);
  });

  it('reads keys across several texts', () => {
    const index = new KeyIndex(2);
    const a = index.addText('xxchairxx');
    const b = index.addText('table');
    index.add(a, 2, 7, 10);
    index.add(b, 0, 5, 20);
    expect(index.get('chair')).toBe(10);
    expect(index.get('table')).toBe(20);
  });

  it('grows past its expected size and agrees with a Map on many keys', () => {
    // A fixed pseudo-random stream (no flakiness), with repeats, so collisions and overwrites occur.
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    const keys = Array.from(
      { length: 5000 },
      () => (next() % 3000).toString(36) + String.fromCharCode(0x4e00 + (next() % 50)),
    );
    const index = indexOf(keys.join('|'), 4);
    const map = new Map<string, number>();
    keys.forEach((k, i) => map.set(k, i));
    expect(index.size).toBe(map.size);
    for (const [k, v] of map) expect(index.get(k)).toBe(v);
    for (let i = 0; i < 500; i++) {
      const probe = `${(next() % 6000).toString(36)}z`;
      expect(index.get(probe)).toBe(map.get(probe));
    }
  });
});
