import { describe, expect, it } from 'vitest';
import { makerKey, ngrams, normalizePath, normalizeText } from './normalize';

describe('normalize', () => {
  it('folds case, accents and punctuation alike for build and look-up', () => {
    expect(normalizeText('Algodón, 100%')).toBe('algodon 100');
    expect(normalizeText('Acier INOXYDABLE')).toBe('acier inoxydable');
    expect(normalizeText('Rinderhackfleisch (Süß)')).toBe('rinderhackfleisch suss');
  });
  it('normalises taxonomy paths segment by segment', () => {
    expect(normalizePath('Apparel & Accessories >  Clothing>Shirts & Tops')).toBe(
      'apparel & accessories > clothing > shirts & tops',
    );
  });
  it('gives n-grams longest first', () => {
    expect(ngrams('beef mince 500g', 2)).toEqual(['beef mince', 'mince 500g', 'beef', 'mince', '500g']);
  });
  it('maps maker names to one key', () => {
    expect(makerKey('HP Inc.')).toBe('hp');
    expect(makerKey('Hewlett-Packard')).toBe('hp');
    expect(makerKey('Apple Inc')).toBe('apple');
    expect(makerKey('Lenovo Group Ltd')).toBe('lenovo');
    expect(makerKey('Dell')).toBe('dell');
  });
});
