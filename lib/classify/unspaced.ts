/**
 * Thai, Lao, Khmer and Myanmar write a phrase without spaces between its words
 * ("หม้อทอดไร้น้ำมัน": an air fryer, "pot fry without oil"), so a word look-up finds nothing in a
 * title that names the product in them. The runtime's own word segmenter (`Intl.Segmenter`, a
 * dictionary of each of the four scripts) cuts such a run into words ("หม้อ ทอด ไร้ น้ำมัน"), and
 * the word lists, cut the same way at build time, are looked up as in any spaced language.
 *
 * The segmenter is made on the first run that needs it. Where the runtime has none, a run stays
 * whole: it is read only when it is one listed word, and a title of several words gets no reading
 * from it rather than a guessed one.
 */

/** The Thai, Lao, Myanmar and Khmer blocks (letters and marks), as a character class's ranges. */
const UNSPACED_RANGES = String.raw`\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff`;
/** A run of Thai, Lao, Myanmar or Khmer letters and marks. */
export const UNSPACED_RUN = new RegExp(`[${UNSPACED_RANGES}]+`, 'g');
/** A letter or mark of Thai, Lao, Myanmar or Khmer: a token the segmenter cut (lexicon.ts). */
export const UNSPACED_CHAR = new RegExp(`[${UNSPACED_RANGES}]`);
/**
 * NFKD splits the Thai and Lao vowel "am" ("ำ", "ຳ") into a nikhahit and an "aa", which NFC does
 * not join again; the segmenter's dictionary has the joined letter ("น้ำมัน", oil), so it is put back.
 */
const SPLIT_AM = /\u0e4d\u0e32|\u0ecd\u0eb2/g;
const JOINED_AM: Record<string, string> = { '\u0e4d\u0e32': '\u0e33', '\u0ecd\u0eb2': '\u0eb3' };

let segmenter: Intl.Segmenter | null | undefined;

/** The runtime's word segmenter, made once; null where the runtime has none. */
function wordSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    // One segmenter serves the four scripts: the dictionary is chosen by each letter's script.
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** A run of one of the unspaced scripts with a space between its words (the run as is without a segmenter). */
export function segmentWords(run: string): string {
  const joined = run.replace(SPLIT_AM, (pair) => JOINED_AM[pair] ?? pair);
  const seg = wordSegmenter();
  if (!seg) return joined;
  // Every piece is kept (a piece the dictionary does not know is a word all the same); the
  // script's punctuation among them becomes a gap with the rest (text.ts NOT_WORD).
  const words: string[] = [];
  for (const { segment } of seg.segment(joined)) words.push(segment);
  return words.join(' ');
}
