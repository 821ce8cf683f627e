/**
 * Dates as order pages print them, in several languages, to ISO `YYYY-MM-DD`.
 * "October 23, 2024", "23 October 2024", "23. Oktober 2024", "23 octobre 2024",
 * "23 de octubre de 2024", "2024年10月23日", "2024-10-23", "23.10.2024", "10/23/2024" (US only).
 * Anything ambiguous or impossible gives null.
 */

import { DAY_MONTH_YEAR, MONTH_DAY_YEAR, MONTH_PATTERNS } from './words-order';

function monthFromName(name: string | undefined): number | null {
  // "mar" must not claim "mardi"; month names are matched on whole words of 3+ letters.
  if (!name || name.length < 3) return null;
  const i = MONTH_PATTERNS.findIndex((re) => re.test(name));
  return i >= 0 ? i + 1 : null;
}

function iso(y: number, m: number, d: number): string | null {
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null; // 31 February
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A capture group as a number (NaN when the group took no part, which `iso` refuses). */
const num = (m: RegExpExecArray, group: number) => Number(m[group]);

/** The first date found in `text`, as ISO, or null. `locale` ("en-US") decides 10/11/2024. */
export function parseOrderDate(text: string | null | undefined, locale: string | null = null): string | null {
  if (!text) return null;
  const s = text.slice(0, 400).replace(/\s+/g, ' ');
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return iso(num(m, 1), num(m, 2), num(m, 3));
  m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(s);
  if (m) return iso(num(m, 1), num(m, 2), num(m, 3));
  // "October 23, 2024" / "Oct 23 2024"
  m = MONTH_DAY_YEAR.exec(s);
  let month = m && monthFromName(m[1]);
  if (m && month) return iso(num(m, 3), month, num(m, 2));
  // "23 October 2024", "23. Oktober 2024", "23 de octubre de 2024", "1er mars 2024"
  m = DAY_MONTH_YEAR.exec(s);
  month = m && monthFromName(m[2]);
  if (m && month) return iso(num(m, 3), month, num(m, 1));
  // Numeric: "23.10.2024" is day-first everywhere; "10/23/2024" is month-first in the US only.
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s);
  if (m) return iso(num(m, 3), num(m, 2), num(m, 1));
  // Slashes, or dashes ("14-11-2026", Dutch): the order of day and month as for slashes.
  m = /(\d{1,2})([/-])(\d{1,2})\2(\d{4})/.exec(s);
  if (m) {
    const [a, b, y] = [num(m, 1), num(m, 3), num(m, 4)];
    if (a > 12) return iso(y, b, a);
    if (b > 12) return iso(y, a, b);
    if (/^en-US$/i.test(locale ?? '')) return iso(y, a, b);
    if (locale && !/^en-US$/i.test(locale)) return iso(y, b, a);
    return null;
  }
  // Two-digit years, as short locale formats print them (Magento's "11/20/26"): this century,
  // and only where the order of day and month is certain (a part above 12, or the page's locale;
  // a bare "en" is en_US, whose short format is the one with a two-digit year).
  m = /(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{2})(?![\d/.-])/.exec(s);
  if (m) {
    const [a, b, y] = [num(m, 1), num(m, 3), 2000 + num(m, 4)];
    if (m[2] === '.' || a > 12) return iso(y, b, a);
    if (b > 12 || /^en(?:-US)?$/i.test(locale ?? '')) return iso(y, a, b);
    return locale ? iso(y, b, a) : null;
  }
  return null;
}
