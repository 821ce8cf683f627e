/**
 * Japanese, Chinese and Korean titles run words together: cut a CJK run into known words by
 * backward maximum matching. Going from the end keeps the head of the compound whole (these
 * languages put the head last: "ビール|グラス" is a glass), and characters between known words stay
 * together as one unknown piece.
 */

/** Markers that make the words before them say what the product is for ("iPhone用ケース"). */
export const CJK_FOR_MARKERS = ['専用', '用', '向け', '対応', '专用', '适用', '전용', '용'];

export function segmentCjk(run: string, words: { has(word: string): boolean }, maxLen: number): string[] {
  const out: string[] = [];
  let unknown = '';
  let end = run.length;
  while (end > 0) {
    let len = 0;
    for (let l = Math.min(maxLen, end); l >= 1; l--) {
      const piece = run.slice(end - l, end);
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
