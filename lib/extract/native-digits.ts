/**
 * Decimal digits of the scripts shops print amounts in besides ASCII and Arabic (money.ts reads
 * Arabic-Indic and Eastern Arabic with their own separators): Devanagari ("₹ १,२९९"), Bengali
 * ("৳ ১,২৫০"), the other Indic scripts, Sinhala, Thai ("฿๑,๒๙๐"), Lao, Tibetan, Myanmar, Khmer and
 * Mongolian. Each script writes 0-9 as ten consecutive code points from its zero (ZEROS).
 * Regex literals: the word modules build no regex at import (words-lazy.test.ts).
 */
const ZEROS = [
  0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0de6, 0x0e50, 0x0ed0, 0x0f20, 0x1040,
  0x17e0, 0x1810,
];

/** One digit of those scripts (the ten code points from each of ZEROS; round24.test.ts holds the two alike). */
export const NATIVE_DIGIT =
  /[\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819]/;
const NATIVE_DIGITS =
  /[\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819]/g;

/** The digits' zeros, for the test that holds NATIVE_DIGIT to them. */
export const NATIVE_ZEROS: readonly number[] = ZEROS;

/** The text with those scripts' digits as ASCII digits; other characters unchanged. */
export function nativeDigitsAsAscii(s: string): string {
  if (!NATIVE_DIGIT.test(s)) return s;
  return s.replace(NATIVE_DIGITS, (c) => {
    const code = c.charCodeAt(0);
    const zero = ZEROS.find((z) => code >= z && code <= z + 9) ?? code;
    return String(code - zero);
  });
}
