import { describe, expect, it } from 'vitest';
import { BayesScorer, decodeTokens, encodeLogLik, encodeTokens } from './bayes';

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

describe('Bayes scorer over front-coded tokens', () => {
  const model = {
    classes: [1, 2],
    logPrior: [-0.69, -0.69],
    tokens: encodeTokens(['jacke', 'jacket', 'knife']),
    logLik: encodeLogLik([0, -20, 0, -20, -20, 0]),
    source: 'test',
  };

  it('finds each token, the ones sharing a prefix too', () => {
    const scorer = new BayesScorer(model);
    expect(scorer.posterior(['jacket'])?.probs[0]).toBeGreaterThan(0.9);
    expect(scorer.posterior(['knife'])?.probs[1]).toBeGreaterThan(0.9);
    expect(scorer.posterior(['jack'])).toBeNull();
  });

  it('refuses a table whose size does not match the tokens, on first use', () => {
    const scorer = new BayesScorer({ ...model, tokens: encodeTokens(['jacke', 'knife']) });
    expect(() => scorer.posterior(['knife'])).toThrow(/size mismatch/);
  });
});
