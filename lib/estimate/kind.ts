/**
 * The kind of a category's product the title names, where it weighs or is made unlike the
 * category's typical item (TypicalRow.kinds: data/kind-masses.csv, data/powered-kinds.csv):
 * - a powered kind: a powered word (POWERED in words.ts: "electric", "Akku...", "sans fil") makes
 *   an electric toothbrush of a toothbrush, an electric kettle of a stovetop kettle;
 * - a named kind: a word of the kind ("earbuds" among headphones, "action figure" among playsets).
 * Only in the product's own words: the title up to a "for" or "with" word, a comma, a bracket or a
 * bar (KIND_CUT), so that a "holder for electric toothbrushes" or a "playset with 3 dolls" is not
 * the kind named after it. Among named kinds the last one named wins (the head of an English noun
 * phrase comes last: "doll house", "action figure"), the longer at the same place.
 */
import type { KindRow, TypicalRow } from '../factors/tables';
import { normalizeText } from '../factors/normalize';
import { KIND_CUT_RE, POWERED_RE } from './words';

export interface NamedKind {
  kind: KindRow;
  /** The title word that named it. */
  word: string;
}

/** The product's own words: the title before a "for"/"with" word, a comma, a bracket or a bar. */
export function ownWords(title: string): string {
  const at = title.search(KIND_CUT_RE);
  return at > 0 ? title.slice(0, at) : title;
}

/** The last kind named in the product's own words, the longer at the same place. */
function lastNamed(kinds: readonly KindRow[], own: string): NamedKind | null {
  const text = ` ${normalizeText(own)} `;
  let best: { at: number; len: number; hit: NamedKind } | null = null;
  for (const kind of kinds)
    for (const w of kind.words ?? []) {
      const at = text.lastIndexOf(` ${w} `);
      const better = at >= 0 && (!best || at > best.at || (at === best.at && w.length > best.len));
      if (better) best = { at, len: w.length, hit: { kind, word: w } };
    }
  return best?.hit ?? null;
}

export function kindOfTitle(title: string, profile: Pick<TypicalRow, 'kinds'> | null): NamedKind | null {
  const kinds = profile?.kinds;
  if (!kinds?.length) return null;
  const own = ownWords(title);
  const powered = kinds.find((k) => k.powered);
  const pw = powered ? POWERED_RE.exec(own) : null;
  if (powered && pw) return { kind: powered, word: pw[0] };
  return lastNamed(kinds, own);
}
