import { describe, expect, it } from 'vitest';
import { memoizeFactorSource } from './memo';
import type { FactorSource } from './source';

function countingSource(rows: Record<string, unknown>) {
  const asked: string[][] = [];
  const source = {
    async get(_table: string, keys: readonly string[]) {
      asked.push([...keys]);
      return new Map(keys.filter((k) => k in rows).map((k) => [k, rows[k]]));
    },
    manifest: async () => ({ version: 'v', tables: [] }),
    version: async () => 'v',
  } as unknown as FactorSource;
  return { source, asked };
}

describe('memoizeFactorSource', () => {
  it('asks the underlying source once per key, remembering misses too', async () => {
    const { source, asked } = countingSource({ a: { key: 'a' }, b: { key: 'b' } });
    const memo = memoizeFactorSource(source);
    const first = await memo.get('spend', ['a', 'x']);
    const second = await memo.get('spend', ['a', 'b', 'x']);
    expect([...first.keys()]).toEqual(['a']);
    expect([...second.keys()].sort()).toEqual(['a', 'b']);
    expect(asked).toEqual([['a', 'x'], ['b']]);
  });

  it('keeps tables apart and stays bounded', async () => {
    const { source, asked } = countingSource({ a: 1 });
    const memo = memoizeFactorSource(source, 2);
    await memo.get('spend', ['a']);
    await memo.get('fx', ['a']);
    expect(asked.length).toBe(2);
    await memo.get('vat', ['a', 'b']); // over the bound: the memo starts afresh, answers stay right
    expect((await memo.get('spend', ['a'])).get('a')).toBe(1);
  });
});
