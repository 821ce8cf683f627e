/**
 * Chinese, Japanese and Korean write a noun phrase without spaces and end it in its head:
 * "陶瓷馬克杯" is a ceramic mug, "リネンエプロン" a linen apron. When the lexicon reads only a
 * material word inside such a run ("陶瓷", ceramic; "リネン", linen: material-modifier.ts's CJK
 * words) and the run ends in a noun the segmentation does not know, the material only says what
 * the product is made of, and the product is that unknown noun: reading the material as the
 * product gave a mug Arts & Crafts (ceramics) and an apron the fabric. As for English
 * (rules/unknown-last.ts), such a title gets no category rather than a wrong one. The run's end
 * must be two characters or more: one is more often a suffix ("款", "用", a Korean particle).
 * Other words before an unknown end stay read: food titles end in flavours and makers' names
 * the segmentation does not know ("牛肉干 ..."), and their food word is the product.
 */
import { CJK_CHAR } from '../text';
import { isMaterialWord } from './material-modifier';

interface HitLike {
  start: number;
  end: number;
  curated: boolean;
}

/** An unread noun: two or more CJK characters and nothing else. */
const UNREAD_HEAD = new RegExp(`^(?:${CJK_CHAR.source}){2,}$`);

/**
 * For each piece of `raw` (the segment's pieces after CJK segmentation), the index of the space-
 * separated word of `words` it came from: segmentation splits a word into pieces (and may join two
 * spaced Hangul words), so the pieces' lengths add up to the words'.
 */
function runIndexes(words: readonly string[], raw: readonly string[]): number[] | null {
  const ends: number[] = [];
  let at = 0;
  for (const w of words) ends.push((at += w.length));
  const out: number[] = [];
  let pos = 0;
  let run = 0;
  for (const piece of raw) {
    pos += piece.length;
    while (run < ends.length && ends[run]! < pos) run++;
    if (run >= ends.length) return null;
    out.push(run);
  }
  return pos === at ? out : null;
}

/**
 * The segment's hits, or none when each is a material word inside a CJK run whose end is a noun
 * the segmentation does not know (`knows`).
 */
export function withoutModifierOfUnreadCjkHead<H extends HitLike>(
  words: readonly string[],
  raw: readonly string[],
  hits: H[],
  knows: (piece: string) => boolean,
): H[] {
  if (!hits.length || !raw.some((t) => CJK_CHAR.test(t))) return hits;
  const runs = runIndexes(words, raw);
  if (!runs) return hits;
  const beforeUnreadEnd = (h: H): boolean => {
    if (h.curated || h.end - h.start !== 1 || !isMaterialWord(raw[h.start] ?? '')) return false;
    const run = runs[h.start];
    if (runs[h.end - 1] !== run) return false;
    let last = h.end - 1;
    while (runs[last + 1] === run) last++;
    const end = raw[last] ?? '';
    return last > h.end - 1 && UNREAD_HEAD.test(end) && !knows(end) && !hits.some((o) => o.end - 1 === last);
  };
  return hits.every(beforeUnreadEnd) ? [] : hits;
}
