import { describe, expect, it } from 'vitest';
import { ISSUE_CATEGORIES, issueCategoryOf } from './issue-categories';

describe('issueCategoryOf', () => {
  it('files every set under the issue categories', () => {
    expect(issueCategoryOf('catalogue:pasta')).toBe('food');
    expect(issueCategoryOf('catalogue:soft drinks')).toBe('drink');
    expect(issueCategoryOf('catalogue:office chairs')).toBe('furniture');
    expect(issueCategoryOf('catalogue:flooring')).toBe('DIY');
    expect(issueCategoryOf('published:socks')).toBe('clothing');
    expect(issueCategoryOf('shop:toys/board game')).toBe('toys');
    expect(issueCategoryOf('shop:diy/paint')).toBe('DIY');
    expect(issueCategoryOf('shop:garden/compost')).toBe('garden');
  });
  it('keeps a group the issue does not name as its own category', () => {
    expect(issueCategoryOf('catalogue:tyres')).toBe('tyres');
    expect(issueCategoryOf('shop:decor/artificial tree')).toBe('decor');
  });
  it('names the twelve categories of the issue', () => {
    expect(ISSUE_CATEGORIES).toHaveLength(12);
  });
});
