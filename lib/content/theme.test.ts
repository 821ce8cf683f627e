import { describe, expect, it } from 'vitest';
import { luminance, themeFromBackgrounds } from './theme';

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
