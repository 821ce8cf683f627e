/**
 * Watch and fitness-band lines that titles name without the word "watch": "Armband für Garmin
 * Forerunner 255", "Ремешок для Xiaomi Mi Band 7", "갤럭시 워치6 스트랩". The lexicon does not read
 * them (a line name alone is no product word: "Forerunner" is also a novel's word, "Band" a music
 * band), so a strap or band sold for one would have no device to be the band of. They are read as a
 * watch only next to a band word (rules/accessory-of.ts), where they name what the band fits.
 */
import { tokenize } from '../text';

/** "Apparel & Accessories > Jewelry > Watches". */
export const WATCHES = 201;

/** One or two title words (normalised, stemmed) that name a watch line. */
const LINES = [
  'forerunner',
  'fenix',
  'vivoactive',
  'vivosmart',
  'vivomove',
  'venu',
  'amazfit',
  'fitbit',
  'mi band',
  'smart band',
  'galaxy fit',
  'watch gt',
  'pixel watch',
  // "워치", "ウォッチ", "手表", "手錶": the loan or the word for watch, which model numbers follow closed
  // up ("워치6").
  '워치',
  'ウォッチ',
  '手表',
  '手錶',
].map((w) => tokenize(w));

/** A title word without a model number closed up to it ("워치6" -> "워치"). */
const withoutNumber = (t: string) => t.replace(/\d+$/, '') || t;

/** The spans [start, end) of `tokens` that name a watch line, with its model number. */
export function watchLineSpans(tokens: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const line = LINES.find((words) => words.every((w, k) => withoutNumber(tokens[i + k] ?? '') === w));
    if (line) {
      // The model's number, written apart ("Mi Band 7", "워치 6"), belongs to the line.
      const end = i + line.length + (/^\d+$/.test(tokens[i + line.length] ?? '') ? 1 : 0);
      out.push([i, end]);
      i = end - 1;
    }
  }
  return out;
}
