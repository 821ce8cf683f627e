import { describe, expect, it } from 'vitest';
import { decodeTokens, encodeTokens } from './bayes';

describe('Bayes tokens, front-coded', () => {
  it('ships each sorted token as the length it shares with the one before, then the rest', () => {
    expect(encodeTokens(['#a', '#abb', '#abe', 'b', 'b2', 'bag'])).toBe('A#aCbbDeAbB2Bag');
  });

  it('round-trips tokens of letters, digits and "#", however long the prefix they share', () => {
    const tokens = [
      '',
      '#4d',
      '0',
      '100',
      '1000',
      'abcdefghijklmnopqrstuvwxyz0',
      'abcdefghijklmnopqrstuvwxyz01',
      'abcdefghijklmnopqrstuvwxyz1',
      'abd',
      'z',
    ];
    expect(decodeTokens(encodeTokens(tokens))).toEqual(tokens);
    expect(decodeTokens('')).toEqual([]);
  });

  it('refuses a token with a capital letter, which would read as the start of the next', () => {
    expect(() => encodeTokens(['aB'])).toThrow(/capital/);
  });
});
