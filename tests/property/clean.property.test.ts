/**
 * clean() collapses whitespace runs only where a text holds something to collapse (TO_COLLAPSE in
 * text.ts). It must give what b0b8aff's clean gave (the reference below) on any text: every kind
 * of space, no-break, zero-width and direction mark, line breaks, runs and single spaces, edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../lib/extract/generic/text';
import { budget } from './budget';

function reference(text: string | null | undefined, max = 500): string | null {
  if (text == null) return null;
  const s = String(text)
    .slice(0, max * 4)
    .replace(/[\s\u00A0\u202F\u200B\u200E\u200F]+/g, ' ')
    .trim();
  return s ? s.slice(0, max) : null;
}

// Every character \s matches, the extra ones clean collapses, and a few that it keeps.
const SPACES = [
  ...'\t\n\v\f\r \u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A',
  ...'\u2028\u2029\u202F\u205F\u3000\uFEFF\u200B\u200E\u200F\u200C\u200D\u2060\u180E\u0085',
];
const char = fc.oneof(
  fc.constantFrom(...SPACES, ' ', ' ', 'a', '1', '€', ':', 'é'),
  fc.string({ maxLength: 1, unit: 'grapheme' }),
);
const text = fc.array(char, { maxLength: 40 }).map((cs) => cs.join(''));

describe('clean: same as collapsing every run', () => {
  it('gives the reference text for any text and bound', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 50 }), (t, max) => {
        expect(clean(t, max)).toBe(reference(t, max));
        expect(clean(t)).toBe(reference(t));
      }),
      budget(2000),
    );
  });

  it('each space-like character on its own, between words, doubled, and at the edges', () => {
    for (const c of SPACES)
      for (const t of [c, `a${c}b`, `a${c}${c}b`, `a ${c}b`, `${c}a${c}`, `a${c} b`, `  a  `])
        expect(clean(t), JSON.stringify(t)).toBe(reference(t));
    expect(clean(null)).toBe(null);
    expect(clean(undefined)).toBe(null);
  });
});
