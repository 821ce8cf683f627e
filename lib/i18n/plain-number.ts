/**
 * Numbers as Intl.NumberFormat writes them, without Intl: for the in-page badge. The first
 * Intl.NumberFormat built in a page's renderer loads the number data of ICU, which costs tens of
 * milliseconds of the page's main thread (measured in Chromium, bench/README.md), more than the
 * badge's whole drawing; a product page pays it for a single "≈ 41 kg". The symbols still come from
 * Intl: the background reads them with `numberSymbols` (entrypoints/background/inject.ts hands them
 * over with the catalogue), and English's are below. Tested against Intl in every locale
 * (plain-number.test.ts). Extension pages (popup, options) and the panel keep using Intl itself.
 */

/** How a locale writes a decimal number. */
export interface NumberSymbols {
  decimal: string;
  group: string;
  /** Digits the integer part needs before it is grouped at all, minus 3 (es: "1234" but "12.345"). */
  minGroup: 1 | 2;
}

/** English (the bundled fallback): what `numberSymbols('en')` reads. */
export const EN_NUMBERS: NumberSymbols = { decimal: '.', group: ',', minGroup: 1 };

/** The locale's symbols, read from Intl (in the background or an extension page, never in the page). */
export function numberSymbols(locale: string): NumberSymbols {
  const nf = new Intl.NumberFormat(locale, { useGrouping: 'auto' });
  const part = (n: number, type: string) => nf.formatToParts(n).find((p) => p.type === type)?.value;
  return {
    decimal: part(1.5, 'decimal') ?? '.',
    group: part(123456, 'group') ?? ',',
    minGroup: part(1234, 'group') === undefined ? 2 : 1,
  };
}

export function isNumberSymbols(x: unknown): x is NumberSymbols {
  const s = x as Partial<NumberSymbols> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.decimal === 'string' &&
    typeof s.group === 'string' &&
    s.decimal.length <= 2 &&
    s.group.length <= 2 &&
    (s.minGroup === 1 || s.minGroup === 2)
  );
}

/**
 * `v` (finite, >= 0) rounded as Intl rounds (half away from zero, on the shortest decimal form of
 * the double): keeping `fraction` digits after the point, or `significant` digits in all.
 */
function rounded(v: number, keep: { fraction: number } | { significant: number }): { int: string; frac: string } {
  // "4.1e+0": the shortest digits that read back as v, and where the point goes.
  const [mantissa, exp] = v.toExponential().split('e');
  let digits = mantissa.replace('.', '');
  let point = Number(exp) + 1; // v = 0.<digits> x 10^point
  if (v === 0) return { int: '0', frac: '' };
  const k = 'fraction' in keep ? point + keep.fraction : keep.significant;
  if (k < 0) return { int: '0', frac: '' };
  if (k < digits.length) {
    const up = digits.charCodeAt(k) >= 53; // '5'
    digits = digits.slice(0, k);
    if (up) {
      let i = digits.length - 1;
      while (i >= 0 && digits[i] === '9') i--;
      if (i < 0) {
        digits = `1${'0'.repeat(digits.length)}`;
        point++;
      } else digits = digits.slice(0, i) + String(Number(digits[i]) + 1) + '0'.repeat(digits.length - i - 1);
    }
  }
  const int =
    point <= 0
      ? '0'
      : digits
          .slice(0, point)
          .padEnd(point, '0')
          .replace(/^0+(?=\d)/, '');
  const frac = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(0, point))).replace(/0+$/, '');
  return { int: int || '0', frac };
}

/** `v` as Intl.NumberFormat(locale, { maximumFractionDigits | maximumSignificantDigits }) writes it. */
export function plainNumber(
  v: number,
  keep: { fraction: number } | { significant: number },
  symbols: NumberSymbols,
): string {
  if (!Number.isFinite(v) || v < 0) return String(v);
  const { int, frac } = rounded(v, keep);
  let grouped = int;
  if (int.length >= 4 + symbols.minGroup - 1) {
    grouped = '';
    for (let end = int.length; end > 0; end -= 3)
      grouped = int.slice(Math.max(0, end - 3), end) + (grouped ? symbols.group + grouped : '');
  }
  return frac ? `${grouped}${symbols.decimal}${frac}` : grouped;
}
