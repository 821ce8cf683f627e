/**
 * Words that the curated lists hold from one language and that name another product in the
 * page's own language (issue #15, foreign-table reads): Polish "nóż", Czech "nůž" (as "nožů"),
 * Slovak "nôž", Croatian and Slovenian "nož" (knife) fold onto Portuguese "noz" (walnut), and
 * "piła", "pila", "píla" (saw) onto Spanish "pila" (battery); Scandinavian "stol" (chair) onto
 * Polish "stół" (table). The curated lists keep no language
 * per word, so a knife set on a Polish page was read as nuts. On a page of one of these languages
 * the word, in any of its case forms (rules/inflection.ts: "noży", "nožů", "noževa"), reads as its
 * own language's product only; on other pages the curated reading stands.
 */
import type { Hit, LexEntry } from '../lexicon';
import { falseFriendEntries } from './false-friends';
import { otherForms } from './inflection';

/** "Home & Garden > Kitchen & Dining > Kitchen Tools & Utensils > Kitchen Knives". */
const KITCHEN_KNIVES = 665;
/** "Hardware > Tools > Saws". */
const SAWS = 1235;
/** "Furniture > Chairs". */
const CHAIRS = 443;
/** "Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils > Pens". */
const PENS = 982;

/** The Slavic languages written in Latin letters (Serbian and Bosnian as Croatian). */
const WEST_SOUTH_SLAVIC = ['pl', 'cs', 'sk', 'hr', 'sr', 'bs', 'sl'];

interface PageLanguageWord {
  /** The word as a title token (normalised, stemmed). */
  word: string;
  langs: string[];
  node: number;
}

const PAGE_LANGUAGE_WORDS: PageLanguageWord[] = [
  { word: 'noz', langs: WEST_SOUTH_SLAVIC, node: KITCHEN_KNIVES },
  // Slovenian "pila" is a file (the tool); its saw is "žaga".
  { word: 'pila', langs: ['pl', 'cs', 'sk', 'hr', 'sr', 'bs'], node: SAWS },
  // Swedish, Norwegian, Danish and Slovenian "stol" (a chair; Slovenian plural "stoli") folds onto
  // Polish "stół" (a table). Croatian "stol" is the table.
  { word: 'stol', langs: ['sv', 'no', 'da', 'sl'], node: CHAIRS },
  // Dutch "pennen" (pens, a shop's "Pennen" shelf) is read as Italian "penne" (pasta).
  { word: 'pennen', langs: ['nl'], node: PENS },
];

/** A one-word hit's readings in a title of `lang`: the page language's own product, when listed. */
export function pageLanguageEntries(token: string, lang: string | null, entries: LexEntry[]): LexEntry[] {
  if (lang === null) return entries;
  const own = PAGE_LANGUAGE_WORDS.filter((w) => w.langs.includes(lang));
  if (!own.length) return entries;
  const forms = [token, ...otherForms(token, lang)];
  const word = own.find((w) => forms.includes(w.word));
  return word ? [{ id: word.node, w: 1 }] : entries;
}

/**
 * The hits of a title or a crumb read on a page of `lang`: a one-word hit of two meanings by
 * language keeps the page language's (rules/false-friends.ts: Danish "Sort" is black, German "Tee"
 * is tea), a word another language's list holds reads as the page language's product (a Polish
 * "Noże" is knives, not walnuts); hits left with no reading are dropped.
 */
export function inPageLanguage<H extends Hit>(hits: H[], tokens: string[], lang: string | null): H[] {
  const read = (h: H): H => {
    if (h.end - h.start !== 1) return h;
    const word = tokens[h.start] ?? '';
    return { ...h, entries: pageLanguageEntries(word, lang, falseFriendEntries(word, lang, h.entries)) };
  };
  return hits.map(read).filter((h) => h.entries.length);
}
