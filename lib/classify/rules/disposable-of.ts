/**
 * "Gobelets carton", "Vasos de papel", "Bicchieri di carta", "Kubki papierowe", "Одноразовые
 * стаканы": a cup, a plate, a bowl or cutlery of paper or cardboard, or called disposable, is food
 * service's disposable tableware (Business & Industrial > Food Service > Disposable Tableware), not
 * the kitchen's glass or china; and the material word is no product of its own (cardboard read as
 * a craft supply). The material word stands next to the tableware word, or after an of-word
 * ("de", "di", "da"). Words are normalised title tokens (no accents, lower case, stemmed as
 * text.ts stemToken does); data, tested.
 */
import { OF_CUES } from '../cues';
import type { Taxonomy } from '../taxonomy';
import { normalizeText, stemToken } from '../text';

/** "Home & Garden > Kitchen & Dining > Tableware" and the branches mapped from it. */
const TABLEWARE = 672;
const DRINKWARE = 674;
const DINNERWARE = 673;
const BOWLS = 3498;
const FLATWARE = 675;
/** "Business & Industrial > Food Service > Disposable Tableware" and its leaves. */
const DISPOSABLE = 4632;
const DISPOSABLE_CUPS = 5099;
const DISPOSABLE_BOWLS = 5098;
const DISPOSABLE_PLATES = 5101;
const DISPOSABLE_CUTLERY = 5100;

/** Paper, cardboard and "disposable", by language. */
const DISPOSABLE_WORDS: Record<string, string[]> = {
  en: ['paper', 'cardboard', 'disposable'],
  de: ['papier', 'pappe', 'einweg'],
  fr: ['carton', 'papier', 'jetable', 'jetables'],
  es: ['papel', 'cartón', 'desechable', 'desechables'],
  it: ['carta', 'cartone', 'monouso'],
  nl: ['karton', 'papier', 'wegwerp'],
  pl: ['papierowe', 'papierowy', 'papierowe', 'jednorazowe', 'jednorazowy', 'jednorazowych'],
  pt: ['papel', 'cartão', 'descartável', 'descartáveis'],
  sv: ['papper', 'engångs'],
  da: ['papir', 'engangs'],
  no: ['papir', 'engangs'],
  cs: ['papírové', 'jednorázové'],
  sk: ['papierové', 'jednorazové'],
  ru: ['одноразовые', 'бумажные', 'одноразовая', 'бумажный'],
  uk: ['одноразові', 'паперові'],
  ro: ['carton', 'hârtie'],
  hu: ['papír', 'eldobható'],
  tr: ['karton', 'kağıt'],
};
const WORDS = new Set(
  Object.values(DISPOSABLE_WORDS)
    .flat()
    .map((w) => stemToken(normalizeText(w))),
);

interface HitLike {
  start: number;
  end: number;
  entries: { id: number; w: number }[];
  curated: boolean;
}

/** The disposable node of a tableware node, or null outside the tableware branch. */
function disposableOf(taxonomy: Taxonomy, id: number): number | null {
  if (!taxonomy.isAncestorOrSelf(TABLEWARE, id)) return null;
  if (taxonomy.isAncestorOrSelf(DRINKWARE, id)) return DISPOSABLE_CUPS;
  if (taxonomy.isAncestorOrSelf(BOWLS, id)) return DISPOSABLE_BOWLS;
  if (taxonomy.isAncestorOrSelf(DINNERWARE, id)) return DISPOSABLE_PLATES;
  if (taxonomy.isAncestorOrSelf(FLATWARE, id)) return DISPOSABLE_CUTLERY;
  return DISPOSABLE;
}

/** Whether token `i` is a disposable word next to [start, end), or after an of-word that follows it. */
function nextTo(tokens: readonly string[], i: number, start: number, end: number): boolean {
  if (!WORDS.has(tokens[i] ?? '')) return false;
  return i === start - 1 || i === end || (i === end + 1 && OF_CUES.has(tokens[end] ?? ''));
}

/**
 * The hits with a tableware hit next to a disposable word read as its disposable node, and the
 * hits on the disposable word dropped; otherwise the hits as they are.
 */
export function disposableTablewareHits<H extends HitLike>(
  taxonomy: Taxonomy,
  tokens: readonly string[],
  hits: H[],
): H[] {
  const dishes = hits.filter(
    (h) =>
      h.entries.some((e) => disposableOf(taxonomy, e.id) !== null) &&
      tokens.some((_, i) => nextTo(tokens, i, h.start, h.end)),
  );
  if (!dishes.length) return hits;
  const material = (h: H) =>
    h.end - h.start === 1 &&
    WORDS.has(tokens[h.start] ?? '') &&
    dishes.some((d) => nextTo(tokens, h.start, d.start, d.end));
  return hits
    .filter((h) => !material(h))
    .map((h) =>
      dishes.includes(h)
        ? { ...h, entries: h.entries.map((e) => ({ ...e, id: disposableOf(taxonomy, e.id) ?? e.id })) }
        : h,
    );
}
