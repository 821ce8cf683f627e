/**
 * Words that name one product in one language and another one elsewhere: German "Tee" is tea,
 * the "TEE" of an English, Korean or Japanese fashion title a T-shirt ("KIDS LOGO TEE"). The
 * curated lists hold both readings without a language, so a title split them and often gave no
 * category. With the page's language known, such a word keeps the reading of that language only.
 */
import type { LexEntry } from '../lexicon';

/** "Food, Beverages & Tobacco > Beverages > Tea & Infusions". */
const TEA_AND_INFUSIONS = 2073;
/** "Apparel & Accessories > Clothing > Shirts & Tops". */
const SHIRTS_AND_TOPS = 212;

interface FalseFriend {
  /** The word as a title token (normalised, stemmed). */
  word: string;
  /** Languages where the word names `there`; in every other language it names `elsewhere`. */
  langs: string[];
  there: number;
  elsewhere: number;
}

const FALSE_FRIENDS: FalseFriend[] = [
  { word: 'tee', langs: ['de'], there: TEA_AND_INFUSIONS, elsewhere: SHIRTS_AND_TOPS },
];

/** The readings a one-word hit keeps in a title of `lang`: those of the language's meaning, if listed. */
export function falseFriendEntries(token: string, lang: string | null, entries: LexEntry[]): LexEntry[] {
  if (lang === null) return entries;
  const friend = FALSE_FRIENDS.find((f) => f.word === token);
  if (!friend) return entries;
  const node = friend.langs.includes(lang) ? friend.there : friend.elsewhere;
  const kept = entries.filter((e) => e.id === node);
  return kept.length ? kept : entries;
}
