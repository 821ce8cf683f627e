import { describe, expect, it } from 'vitest';
import { luminance, themeFromBackgrounds, themeUpwards } from './theme';

describe('page theme', () => {
  it('reads the first opaque background on the way up', () => {
    expect(themeFromBackgrounds(['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)', 'rgb(255, 255, 255)'])).toBe('dark');
    expect(themeFromBackgrounds(['rgb(250, 250, 250)'])).toBe('light');
  });
  it('says nothing when the page is transparent all the way up (the system decides)', () => {
    expect(themeFromBackgrounds(['rgba(0, 0, 0, 0)', 'transparent'])).toBeNull();
  });
  it('computes WCAG luminance', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0 0 0 / 50%)')).toBe(0);
  });
});

describe('themeUpwards', () => {
  // A chain of nodes by name; parent of a is b, of b is c...
  const parents: Record<string, string | null> = { a: 'b', b: 'c', c: 'd', d: null, x: 'b' };
  const bg: Record<string, string> = {
    a: 'transparent',
    b: 'rgba(0, 0, 0, 0)',
    c: 'rgb(18, 18, 18)',
    d: 'rgb(255, 255, 255)',
    x: 'transparent',
  };
  it('takes the first opaque background upwards, reading each element once', () => {
    const reads: string[] = [];
    const cache = new Map<string, 'dark' | 'light' | null>();
    const of = (n: string) => (reads.push(n), bg[n]);
    expect(themeUpwards('a', (n) => parents[n], of, cache)).toBe('dark');
    expect(themeUpwards('x', (n) => parents[n], of, cache)).toBe('dark');
    expect(reads).toEqual(['a', 'b', 'c', 'x']);
  });
  it('is null when nothing on the way is opaque', () => {
    expect(
      themeUpwards(
        'a',
        (n) => (n === 'a' ? 'b' : null),
        (n) => bg[n],
        new Map(),
      ),
    ).toBeNull();
  });
});
