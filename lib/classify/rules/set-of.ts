/**
 * A set names what it holds: "Jogo de Ferramentas" is tools, "Juego de sábanas" sheets, "Zestaw
 * garnków" pots, "Набор отвёрток" screwdrivers, "Kit Chave Fenda" screwdrivers. In these titles
 * the set word comes first, where the product noun of a head-first language stands, and the
 * contents follow after an "of" ("de", "di") that would otherwise mark them as a mere qualifier.
 * So the set word gives way to the contents: it votes only when nothing else is named (a "Jogo"
 * alone is a game), and the "of" right after it does not lower what follows.
 */
import { normalizeText, stemToken } from '../text';

/** Set, kit and pack words by language: only words that mean a set in most titles. */
const SET_WORDS: Record<string, string[]> = {
  pt: ['jogo', 'kit', 'conjunto'],
  es: ['juego', 'kit', 'conjunto', 'lote', 'pack'],
  fr: ['lot', 'kit', 'coffret', 'ensemble'],
  it: ['set', 'kit', 'confezione', 'serie'],
  pl: ['zestaw', 'komplet'],
  cs: ['sada', 'souprava'],
  sk: ['súprava', 'sada'],
  hr: ['set', 'komplet'],
  sl: ['komplet', 'set'],
  ru: ['набор', 'комплект'],
  bg: ['комплект', 'сет'],
};

const WORDS = new Set(
  Object.values(SET_WORDS)
    .flat()
    .map((w) => stemToken(normalizeText(w))),
);

/** True when a (normalised, stemmed) title token is a set word. */
export function isSetWord(token: string): boolean {
  return WORDS.has(token);
}
