import { describe, expect, it } from 'vitest';
import { makerOfLine } from './maker-lines';

describe('makerOfLine', () => {
  it("names the maker of a title that starts with one maker's product line", () => {
    expect(makerOfLine('iPad Air 5th generation 64GB')).toBe('apple');
    expect(makerOfLine('ThinkPad X1 Carbon Gen 9')).toBe('lenovo');
    expect(makerOfLine('Galaxy Tab S7 128GB')).toBe('samsung');
    expect(makerOfLine('P2422H')).toBe('dell');
  });

  it('says nothing for a title that starts with anything else', () => {
    expect(makerOfLine('Apple iPad Air')).toBeNull();
    expect(makerOfLine('Wireless mouse')).toBeNull();
    expect(makerOfLine('')).toBeNull();
  });
});
