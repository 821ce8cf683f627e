/**
 * "自転車 チューブ 700x25c 2本パック", "ホッチキス 針 5箱パック", "물티슈 100매 10팩": in Japanese and
 * Korean, a pack word right after a count ("2本", "5箱", "10") is how many packs are sold, not
 * the face pack (パック, 팩: a sheet mask) the word also names. Such a hit is dropped; a pack word
 * with no count before it ("フェイスパック", "수분 팩") stays a product word. Words are normalised
 * title tokens (text.ts: hanzi folded, figures split from the counter after them); data, tested.
 */
import { stemToken } from '../text';

/** The pack words of a count of packs, by language. */
const PACK_COUNT_WORDS: Record<string, string[]> = {
  ja: ['パック', 'pack'],
  ko: ['팩'],
};
const PACKS = new Set(Object.values(PACK_COUNT_WORDS).flat().map(stemToken));

/**
 * Counters written between a figure and the pack word: "2本", "3個", "5箱", "4袋", "10枚", "6入",
 * "2組", "2セット"; Korean "3개", "10매", "2입" (hanzi as text.ts folds them).
 */
const COUNTERS = new Set(
  ['本', '個', '个', '箱', '袋', '枚', '入', '入り', '組', '组', 'セット', '개', '매', '입', '박스', '봉'].map(
    stemToken,
  ),
);

const FIGURE = /^\d+(?:[.,]\d+)?(?:x\d+)?$/;

interface HitLike {
  start: number;
  end: number;
}

/** Whether token `i` follows a count: a figure, or a figure and its counter. */
function afterCount(tokens: readonly string[], i: number): boolean {
  const prev = tokens[i - 1] ?? '';
  if (FIGURE.test(prev)) return true;
  return COUNTERS.has(prev) && FIGURE.test(tokens[i - 2] ?? '');
}

/** The hits without a one-word pack hit that follows a count of packs. */
export function withoutPackCount<H extends HitLike>(tokens: readonly string[], hits: H[]): H[] {
  return hits.filter(
    (h) => !(h.end - h.start === 1 && PACKS.has(tokens[h.start] ?? '') && afterCount(tokens, h.start)),
  );
}
