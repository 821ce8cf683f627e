/**
 * How much a translated phrase read from another language's table counts on a page whose language
 * is known (issue #15, foreign-table reads). A word of a page's language folds onto another
 * language's word for something else (a Polish "pas", a belt, is a Portuguese name's key): read
 * from that other table, it names a product the page does not sell. (A word the curated lists hold
 * from another language, which keep no language per word, is rules/page-language-words.ts.)
 *
 * English is read everywhere (shops mix it into local titles); an English page reads every table
 * (its titles borrow product names from every language); the tables of a closely related language
 * are read too (Czech on a Slovak page, Danish on a Norwegian one, Russian on a Bulgarian one): all
 * at the weight lexicon.ts gave every other language's phrase. A page whose language has a table of
 * its own reads an unrelated language's phrases for much less: its own table names its products.
 * A page without a table keeps the common weight.
 */

/** A phrase of another language than the page's, English or a related one. */
const OTHER_LANGUAGE = 0.6;
/** A phrase of an unrelated language on a page whose language has its own table. */
const UNRELATED_LANGUAGE = 0.2;

/** Languages close enough that one's shop words are read on the other's pages. */
const FAMILIES = [
  ['cs', 'sk'],
  ['pl', 'cs', 'sk'],
  ['hr', 'sr', 'bs', 'sl'],
  ['ru', 'uk', 'be', 'bg'],
  ['da', 'no', 'nb', 'nn', 'sv'],
  ['es', 'pt', 'gl', 'ca'],
  ['fr', 'it', 'ca'],
  ['de', 'nl'],
  ['zh', 'ja'],
];

const related = (a: string, b: string) => FAMILIES.some((f) => f.includes(a) && f.includes(b));

/**
 * The factor of a phrase from table `tableLang` ("*": several languages) on a page of `pageLang`;
 * `ownTable`: whether the page's language has a table.
 */
export function foreignTableScale(tableLang: string, pageLang: string | null, ownTable: boolean): number {
  if (!pageLang || tableLang === '*' || tableLang === pageLang) return 1;
  if (tableLang === 'en' || pageLang === 'en' || related(tableLang, pageLang) || !ownTable) return OTHER_LANGUAGE;
  return UNRELATED_LANGUAGE;
}
