/**
 * A book's mass from its format (data/book-formats.csv): with no mass on the page, a format the
 * title names (paperback, hardback, large illustrated: "Taschenbuch", "relié", "cookbook") gives
 * the mass of that format's standard book (pages / 2 x page area x grammage + cover) instead of the
 * category's one typical mass, and a page count in the title ("320 pages", "320 Seiten") replaces
 * the format's typical page count. A page count with no format named takes the lightest format
 * listed (the paperback: most print books sold are paperbacks), said in the step.
 */
import type { BookFormat, PrintRun, TypicalRow } from '../factors/tables';
import type { BatchData } from './batch';
import { factorRef, sig, step } from './make';
import type { Prepared } from './prepare';
import type { FactorRef, Step } from './schema';
import { PAGE_COUNT_RE } from './words';

/** The format the title names: the largest when it names several ("hardcover cookbook" is a large illustrated book). */
function namedFormat(p: Prepared, formats: readonly BookFormat[]): { format: BookFormat; word: string } | null {
  const grams = new Set(p.titleGrams);
  // formats are sorted heaviest first by the build
  for (const format of formats) {
    const word = format.words.find((w) => grams.has(w));
    if (word) return { format, word };
  }
  return null;
}

/** The page count the title gives ("1,200 pages" -> 1200), or null. */
export function pageCount(title: string): number | null {
  const m = PAGE_COUNT_RE.exec(title);
  if (!m) return null;
  const n = Number(m[1]!.replace(/[.,]/g, ''));
  return n >= 10 && n < 5000 ? n : null;
}

export interface BookMass {
  kg: number;
  step: Step;
}

/** The book's mass from the format and page count the title gives, or null when it gives neither (or the category lists no formats). */
export function bookFormatMass(p: Prepared, profile: TypicalRow | null): BookMass | null {
  const formats = profile?.formats;
  if (!formats?.length) return null;
  const named = namedFormat(p, formats);
  const pages = pageCount(p.title);
  if (!named && pages === null) return null;
  const format = named?.format ?? formats[formats.length - 1]!;
  const leaves = (pages ?? format.pages) / 2;
  const paperKg = leaves * (format.widthMm / 1000) * (format.heightMm / 1000) * (format.paperGsm / 1000);
  const one = sig(paperKg + format.coverKg, 3);
  const units = p.quantity.units;
  const kg = one * units;
  const which = named
    ? `"${named.word}" in the title: a ${format.name}`
    : `no format in the title: the lightest listed, a ${format.name} (most print books sold are paperbacks)`;
  const pagesSaid = pages !== null ? `${pages} pages in the title` : `${format.pages} pages, typical of the format`;
  return {
    kg,
    step: step(
      'Typical mass',
      `no usable mass on the page; ${which}, ${format.widthMm} x ${format.heightMm} mm; ${pagesSaid}: ${sig(leaves)} leaves x ${format.widthMm / 1000} m x ${format.heightMm / 1000} m x ${format.paperGsm} g/m2 + ${format.coverKg} kg cover = ${one} kg (data/book-formats.csv: ${format.basis.split(';')[0]})${units > 1 ? ` x ${units} units = ${sig(kg)} kg` : ''}`,
      kg,
      'kg',
    ),
  };
}

/** The `format` of data/book-returns.csv's row for a title that names no format. */
export const ALL_FORMATS = 'all formats';

/**
 * Books made per book sold (data/book-returns.csv): returns of unsold copies are mostly pulped, so
 * one copy sold carries 1 / (1 - destroyed share x return rate) copies' making, at the rate of the
 * format the title names, else of all formats. Null where the category lists no print runs.
 */
export function printRun(
  p: Prepared,
  profile: TypicalRow | null,
  data: BatchData,
  made: number,
): { factor: number; step: Step; ref: FactorRef } | null {
  const runs = profile?.printRun;
  if (!runs?.length) return null;
  const named = profile?.formats ? namedFormat(p, profile.formats) : null;
  const run: PrintRun | undefined =
    (named && runs.find((r) => r.format === named.format.name)) ?? runs.find((r) => r.format === ALL_FORMATS);
  if (!run) return null;
  const total = made * run.copiesPerSold;
  return {
    factor: run.copiesPerSold,
    ref: factorRef(
      data.manifest,
      'typical',
      `${profile!.key}:print-run:${run.format}`,
      run.copiesPerSold,
      'books made per book sold',
    ),
    step: step(
      'Print run',
      `unsold copies: ${sig(run.returnRate * 100, 3)}% of books shipped come back unsold (${run.format}; ${run.basis}) and ${sig(run.destroyedShare * 100, 3)}% of those are pulped, so one book sold carries 1 / (1 - ${run.destroyedShare} x ${run.returnRate}) = ${run.copiesPerSold} books' making (${run.source}); ${sig(made)} x ${run.copiesPerSold} = ${sig(total)} kg`,
      run.copiesPerSold,
      'books made per book sold',
    ),
  };
}
