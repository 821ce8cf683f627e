/**
 * Japanese, Chinese and Korean titles run words together: cut a CJK run into known words by
 * backward maximum matching. Going from the end keeps the head of the compound whole (these
 * languages put the head last: "ビール|グラス" is a glass), and characters between known words stay
 * together as one unknown piece.
 */

/** Markers that make the words before them say what the product is for ("iPhone用ケース"). */
export const CJK_FOR_MARKERS = ['専用', '用', '向け', '対応', '专用', '适用', '전용', '용'];

/**
 * Korean spaces its words, so a one-syllable word inside a longer run is mostly a syllable of
 * another word: "트립" (trip), "그립" (grip) and "클립" (clip) end in "립" (lip), "삼바" (samba) in
 * "바". It is cut off only after a word of its own of two or more syllables ("캠프|캡", a camp cap).
 */
const HANGUL = /^[\uac00-\ud7a3]$/;
const MIN_BEFORE_HANGUL_SYLLABLE = 2;

export function segmentCjk(run: string, words: { has(word: string): boolean }, maxLen: number): string[] {
  const out: string[] = [];
  let unknown = '';
  let end = run.length;
  while (end > 0) {
    let len = 0;
    for (let l = Math.min(maxLen, end); l >= 1; l--) {
      const piece = run.slice(end - l, end);
      if (l === 1 && end - 1 < MIN_BEFORE_HANGUL_SYLLABLE && run.length > 1 && HANGUL.test(piece)) continue;
      if (words.has(piece) || CJK_FOR_MARKERS.includes(piece)) {
        len = l;
        break;
      }
    }
    if (len) {
      if (unknown) out.push(unknown);
      unknown = '';
      out.push(run.slice(end - len, end));
      end -= len;
    } else {
      unknown = run[end - 1] + unknown;
      end--;
    }
  }
  if (unknown) out.push(unknown);
  return out.reverse();
}
