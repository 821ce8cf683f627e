/**
 * Words that say a title is about something worn: who it is for and its size ("Men's", "Damen",
 * "femme", "talla 42"). With one of them, an ambiguous word reads as clothing or shoes ("Slides
 * Men's" are sandals, not a playground slide). Word lists by language; tokens are normalised.
 */
import { normalizeText } from '../text';

const AUDIENCE_WORDS: Record<string, string[]> = {
  en: ['men', 'mens', 'women', 'womens', 'ladies', 'unisex', 'size', 'uk size', 'eu size'],
  de: ['herren', 'damen', 'gr', 'grosse', 'schuhgrosse'],
  fr: ['homme', 'femme', 'hommes', 'femmes', 'taille', 'pointure'],
  es: ['hombre', 'mujer', 'talla'],
  it: ['uomo', 'donna', 'taglia'],
  nl: ['heren', 'dames', 'maat'],
  pt: ['masculino', 'feminino', 'tamanho'],
  pl: ['meskie', 'damskie', 'rozmiar'],
  sv: ['herr', 'dam', 'storlek'],
};

const WORDS = new Set(
  Object.values(AUDIENCE_WORDS)
    .flat()
    .map((w) => normalizeText(w)),
);

/** Whether a title names who wears the product or its size. */
export function hasAudienceWord(title: string): boolean {
  const tokens = normalizeText(title).split(' ');
  return tokens.some((t, i) => WORDS.has(t) || WORDS.has(`${t} ${tokens[i + 1] ?? ''}`));
}
