import { describe, expect, it } from 'vitest';
import { parseScreenInches } from './screen';

describe('parseScreenInches', () => {
  it('reads inches, Zoll and cm with the inch figure in brackets', () => {
    expect(parseScreenInches('Lenovo L27q-30 27"')).toBe(27);
    expect(parseScreenInches('Notebook 15,6 Zoll')).toBe(15.6);
    expect(parseScreenInches('TV 138 cm (55 Zoll)')).toBe(55);
    expect(parseScreenInches('Fernseher 108 cm (')).toBe(42.5);
  });
  it('gives null without a plausible diagonal', () => {
    expect(parseScreenInches('USB-C cable 2 m')).toBeNull();
    expect(parseScreenInches('Poster 200"')).toBeNull();
  });
});
