/**
 * Brand words that are also common nouns in another language: "miele" is the appliance maker and
 * Italian for honey, "mango" a fashion label and the fruit in Spanish, Dutch, Polish and Swedish.
 * A word counts as a noun of a language when that language's own taxonomy names (Google 2015,
 * Shopify) use it. The runtime (lib/classify/lexicon.ts) reads such a word at a title's start as
 * the product only when the title is in one of those languages and names nothing else.
 *
 * CJK words are left out: a Chinese title writes its maker first with no space ("小米" is Xiaomi
 * in nearly every title, millet rarely), so there is no sign of which sense it is.
 */
import { readFileSync } from 'node:fs';
import { CJK_CHAR, phraseKey } from '../../lib/classify/text';
import { GOOGLE_LOCALES, SHOPIFY_LOCALES } from './localized';

const DIR = 'data/raw/taxonomy';

/** [brand word key, languages whose taxonomy names use it], sorted by key. */
export function brandNouns(brandWords: string[], dir = DIR): [string, string[]][] {
  const keys = [...new Set(brandWords.map(phraseKey))].filter((k) => k && !k.includes(' ') && !CJK_CHAR.test(k));
  const langsOf = new Map<string, Set<string>>();
  const langs = [...new Set([...Object.keys(GOOGLE_LOCALES), ...Object.keys(SHOPIFY_LOCALES)])].sort();
  for (const lang of langs) {
    const files = [...(GOOGLE_LOCALES[lang] ? [GOOGLE_LOCALES[lang]] : []), ...(SHOPIFY_LOCALES[lang] ?? [])];
    const words = new Set<string>();
    for (const file of files)
      for (const line of readFileSync(`${dir}/${file}`, 'utf8').split(/\r?\n/).slice(1)) {
        // Google: "id - A > B"; Shopify: "id,name,full path". The id column never matches a word.
        for (const w of phraseKey(line).split(' ')) words.add(w);
      }
    for (const k of keys) if (words.has(k)) langsOf.set(k, (langsOf.get(k) ?? new Set()).add(lang));
  }
  return [...langsOf.entries()]
    .map(([k, s]): [string, string[]] => [k, [...s].sort()])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
