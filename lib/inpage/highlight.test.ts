import { describe, expect, it } from 'vitest';
import { lowestThird } from './highlight';

describe('lowest third of the tiles shown', () => {
  it('takes the lowest third, rounded up, of the known figures', () => {
    expect([...lowestThird([5, 1, 9, 3, 7, 2])].sort()).toEqual([1, 5]);
    expect([...lowestThird([5, 1, 9, 3])].sort()).toEqual([1, 3]);
  });
  it('never counts unknown figures and keeps ties together', () => {
    expect([...lowestThird([null, 4, 2, null, 8, 2])].sort()).toEqual([2, 5]);
    expect([...lowestThird([3, 3, 3])].sort()).toEqual([0, 1, 2]);
  });
  it('says nothing with fewer than three figures', () => {
    expect(lowestThird([1, null, 2]).size).toBe(0);
  });
});
