import {
  FROM_IN_TEXT,
  FROM_LABEL,
  INSTALMENT_COUNT,
  LEGAL_NOTE,
  LIST_PRICE_LABEL,
  NOT_ITEM_PRICE,
  RANGE_BETWEEN_TEXT,
  UNIT_PRICE_TEXT,
} from './words';
import {
  currencyMarkSource,
  ISO_CODES,
  letterPrefixes,
  THREE_DECIMAL,
  currencyFromHost,
  currencyFromMarks,
  minorUnits,
  type CurrencyHints,
} from './currencies';
import { pattern } from './pattern';
import { nativeDigitsAsAscii } from './native-digits';

/**
 * Money parsing for shop pages: "1.234,56 €", "£4.45", "CHF 59.–", "¥1,280", "₹1,23,456", ...
 *
 * Rules (in order):
 * - The amount is the FIRST number in the text ("$12.48 ($6.24 / Count)" -> 12.48).
 * - A price range ("$10 - $20", "10 € bis 20 €", "from 10 to 20") yields null: a range means no
 *   variant is chosen yet, so there is no single price the user would pay.
 * - Negative, non-finite, exponent-like ("1e309") or absurd (> 1e9) amounts yield null.
 * - Separators: when both '.' and ',' occur, the last one is the decimal mark. With one kind only,
 *   several occurrences mean grouping ("1.234.567", "1,23,456"); one occurrence followed by exactly
 *   three digits means grouping ("1,280", "2.998") since three-decimal prices are practically
 *   unseen outside a few currencies (BHD, KWD, ...); otherwise it is the decimal mark. Spaces,
 *   apostrophes (Swiss "1'234.50") and narrow no-break spaces only ever group.
 * - Currency: from a symbol/code in the text, disambiguated ("$", "¥", "kr") by the hints'
 *   currency, locale region or host; without any symbol, hints.currency then the host's currency.
 */

export type MoneyHints = CurrencyHints;

export interface Money {
  amount: number;
  currency: string | null;
}

const MAX_TEXT = 200;
const MAX_AMOUNT = 1e9;

export { currencyFromHost };

/** A declared currency as an ISO 4217 code ("eur " -> "EUR"), or null when it is not one (page text such as "constructor"). */
export function isoCurrency(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/** The currency named in `text` (ISO code, symbol or local word), or null. */
export function detectCurrency(text: string, hints: MoneyHints = {}): string | null {
  const s = normalise(text);
  const code = /(?:^|[^A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(s);
  const iso = code?.[1];
  if (iso && ISO_CODES.has(iso)) return iso;
  return currencyFromMarks(s, hints);
}

/**
 * A digit money.ts reads as one: ASCII, full-width, Arabic-Indic, Eastern Arabic, and the Indic, Thai
 * and other scripts' digits of ./native-digits.ts (its NATIVE_DIGIT), as `normalise` reads them.
 */
export const MONEY_DIGIT =
  /[\d\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819]/;

function normalise(text: string): string {
  let s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // Full-width digits and separators (Japanese pages): "１，２８０円".
  s = s.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (c) =>
    c === '\uFF0C' ? ',' : c === '\uFF0E' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  // Arabic-Indic and Eastern Arabic (Persian, Urdu) digits, with the Arabic thousands and decimal
  // separators: "١٬٢٩٩٫٠٠ ر.س" is 1,299.00. Bidi marks around RTL amounts ("349.90\u200F ₪") go.
  if (/[\u0660-\u066C\u06F0-\u06F9\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/.test(s))
    s = s
      .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
      .replace(/\u066C/g, ',')
      .replace(/\u066B/g, '.')
      .replace(/[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g, '');
  // Devanagari, Bengali, Thai and other scripts' digits ("৳ ১,২৫০"), with ASCII separators.
  s = nativeDigitsAsAscii(s);
  // No-break, narrow no-break, thin and figure spaces all group digits like a space.
  s = s.replace(/[\u00A0\u202F\u2009\u2007\s]+/g, ' ').trim();
  // The sign as decimal mark, French style: "129€99" is 129,99 €.
  return s.replace(SIGN_AS_DECIMAL, '$1,$3 $2');
}

const SIGN_AS_DECIMAL = /* @__PURE__ */ pattern(String.raw`(\d)(\p{Sc})(\d{2})(?![\d.,])`, 'u');

interface NumberToken {
  raw: string;
  start: number;
  end: number;
}

/**
 * Scan one number starting at `i`: digits joined by separators that are followed by a digit.
 * A space only joins when exactly three digits follow it ("1 234,56"), so "2 x 10" stays apart.
 */
function scanNumber(s: string, i: number): NumberToken {
  const start = i;
  let j = i;
  while (j < s.length) {
    const c = s.charAt(j);
    if (c >= '0' && c <= '9') {
      j++;
      continue;
    }
    if ((c === '.' || c === ',' || c === "'" || c === '’') && isDigit(s[j + 1])) {
      j++;
      continue;
    }
    if (c === ' ' && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      j++;
      continue;
    }
    break;
  }
  return { raw: s.slice(start, j), start, end: j };
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Digit runs and the separators between them: "1.234,56" -> ["1","234","56"], [".", ","]. */
function splitNumber(raw: string): { groups: string[]; seps: string[] } {
  const groups: string[] = [];
  const seps: string[] = [];
  for (const part of raw.split(/([.,'’ ])/)) (/^\d/.test(part) ? groups : seps).push(part);
  return { groups, seps };
}

/**
 * Which separator is the decimal mark (its index in `seps`), or -1 when all of them group.
 * Both '.' and ',' -> the last one; spaces/apostrophes grouping before a single mark -> that mark;
 * one kind several times -> grouping; one mark before exactly three digits -> grouping (except in
 * three-decimal currencies); otherwise the decimal mark.
 */
function decimalIndex(groups: string[], seps: string[], currency: string | null): number {
  const last = seps.length - 1;
  const mark = seps[last];
  if (mark !== '.' && mark !== ',') return -1;
  const others = seps.slice(0, last);
  if (others.some((s) => (s === '.' || s === ',') && s !== mark)) return last;
  if (others.includes(mark)) return -1;
  if (others.length) return last;
  const digitsAfter = groups[groups.length - 1]?.length;
  if (digitsAfter === 3 && !THREE_DECIMAL.has(currency ?? '')) return -1;
  return last;
}

/** Thousands groups are three digits after the first (Indian "12,34,567": twos, then a final three). */
function validGrouping(groups: string[]): boolean {
  if (groups.length < 2) return true;
  const first = groups[0] ?? '';
  if (first.length > 3 || first.length === 0) return false;
  const rest = groups.slice(1);
  if (rest.every((g) => g.length === 3)) return true;
  return rest[rest.length - 1]?.length === 3 && rest.slice(0, -1).every((g) => g.length === 2) && first.length <= 2;
}

function interpret(raw: string, currency: string | null): number | null {
  const { groups, seps } = splitNumber(raw);
  if (!seps.length) return Number(raw);
  const at = decimalIndex(groups, seps, currency);
  const intGroups = at < 0 ? groups : groups.slice(0, at + 1);
  if (!validGrouping(intGroups)) return null;
  const frac = at < 0 ? '' : groups.slice(at + 1).join('');
  const value = Number(frac ? `${intGroups.join('')}.${frac}` : intGroups.join(''));
  // Prices keep the currency's minor units: "12 990,00 Ft" is 12990, "¥1,280.00" 1280.
  const unit = 10 ** minorUnits(currency);
  return Math.round(value * unit) / unit;
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** Letters that may sit right before an amount: currency codes and prefixes ("EUR12", "US$", "Rs.5", "CHF59", "RM10"). */
const PREFIX_OK = /* @__PURE__ */ pattern(
  () =>
    String.raw`(?:^|[^\p{L}])(?:[A-Z]{3}|US|CA|AU|NZ|HK|SG|MX|NT|AR|RD|COL|CLP|MOP|${letterPrefixes().map(escapeRe).join('|')})\.?$`,
  'u',
);
const ENDS_IN_LETTER = /* @__PURE__ */ pattern(String.raw`\p{L}$`, 'u');
/**
 * A letter of a script written without spaces between words (Chinese, Japanese, Korean, Thai): a
 * label runs into the amount there ("促銷價2,150元", "판매가29,900원"), so a digit after one is not
 * glued to a word.
 */
const SPACELESS_CLASS = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]`;
const ENDS_IN_SPACELESS_LETTER = /* @__PURE__ */ pattern(`${SPACELESS_CLASS}$`, 'u');
const SPACELESS_LETTER = /* @__PURE__ */ pattern(SPACELESS_CLASS, 'u');

/**
 * Index of the first digit that starts a number, skipping numbers glued to a word on their left
 * ("MzI5Ljk5" is base64, "B00N150" an id, "H2O" a name): those are not amounts. The whole glued
 * number is skipped ("A29,900" never reads as 900).
 */
function firstNumberStart(s: string): number {
  const re = /\d+/g;
  for (let m = re.exec(s), n = 0; m && n < 20; m = re.exec(s), n++) {
    const before = s.slice(Math.max(0, m.index - 6), m.index);
    if (!ENDS_IN_LETTER.test(before) || PREFIX_OK.test(before) || ENDS_IN_SPACELESS_LETTER.test(before)) return m.index;
    re.lastIndex = Math.max(re.lastIndex, scanNumber(s, m.index).end);
  }
  return -1;
}

/** A currency sign or code touching a number on either side ("$24.99", "24,99 €", "R$ 99", "59 CHF"). */
const SIGN_BEFORE = /* @__PURE__ */ pattern(() => String.raw`${currencyMarkSource()}\.?\s?$`, 'u');
const SIGN_AFTER = /* @__PURE__ */ pattern(() => String.raw`^\s?${currencyMarkSource()}`, 'u');
/** A mark right before or after the number; a zero-cents dash may sit between ("29,– €", "12 990,- Kč"). */
const signed = (s: string, t: NumberToken) =>
  SIGN_BEFORE.test(s.slice(Math.max(0, t.start - 8), t.start)) ||
  SIGN_AFTER.test(s.slice(t.end, t.end + 10).replace(/^[.,][-–—]+/, ''));

/**
 * The first number, unless it carries no currency sign while a later one does: in "each 350 ml.
 * Now $24.99" or "3x de R$ 33,30" the amount is the signed number. At most 6 numbers are looked at.
 */
function signedNumber(s: string, first: NumberToken): NumberToken {
  if (signed(s, first) || !detectCurrency(s)) return first;
  let tok = first;
  for (let n = 0; n < 6; n++) {
    const next = /\d/.exec(s.slice(tok.end));
    // Only separate words count: "1e309" or "12-34" are one odd token, not two numbers. Words of
    // a script written without spaces separate too ("2.2L電熱水瓶$2,690").
    const between = next ? s.slice(tok.end, tok.end + next.index) : '';
    if (!next || !(/\s/.test(between) || SPACELESS_LETTER.test(between))) break;
    tok = scanNumber(s, tok.end + next.index);
    if (signed(s, tok)) return tok;
  }
  return first;
}

interface Reading extends Money {
  /** The normalised text and the number read from it. */
  s: string;
  tok: NumberToken;
  /** A currency mark touches the number ("$24.99", "9,900원"), rather than only sitting somewhere in the text. */
  signed: boolean;
}

function read(text: string, hints: MoneyHints): Reading | null {
  if (typeof text !== 'string' || !text) return null;
  const s = normalise(text);
  const start = firstNumberStart(s);
  if (start < 0) return null;
  const currency = detectCurrency(s, hints) ?? hints.currency ?? currencyFromHost(hints.host) ?? null;
  const tok = signedNumber(s, scanNumber(s, start));
  // "1e309", "2E+5": scientific notation is never a displayed price.
  if (/^[eE][+-]?\d/.test(s.slice(tok.end))) return null;
  // A minus right before the number (possibly around a symbol): "-5", "-$5", "$ -5", "−5 €".
  if (
    /[-−‐]\s*(?:[^\d\s]{0,4}\s*)?$/.test(s.slice(Math.max(0, tok.start - 6), tok.start)) &&
    !/\d/.test(s.slice(0, tok.start))
  )
    return null;
  // A second number that the first is joined to by a range word: "$10 - $20", "10 bis 20 €".
  const next = /\d/.exec(s.slice(tok.end));
  if (next) {
    const between = s.slice(tok.end, tok.end + next.index);
    if (RANGE_BETWEEN_TEXT.test(between) && !/^[.,]\s*[-–—]/.test(between)) return null;
  }
  const amount = interpret(tok.raw, currency);
  if (amount === null || !Number.isFinite(amount) || amount < 0 || amount > MAX_AMOUNT) return null;
  return { amount: Math.round(amount * 1000) / 1000, currency, s, tok, signed: signed(s, tok) };
}

/**
 * Parse a displayed price. Returns null when there is no single, finite, non-negative amount.
 * The currency is null only when neither the text nor the hints say anything.
 */
export function parseMoney(text: string, hints: MoneyHints = {}): Money | null {
  const r = read(text, hints);
  return r ? { amount: r.amount, currency: r.currency } : null;
}

export interface PriceText extends Money {
  /** "From $19.99", "1,280円～": the cheapest variant, not one chosen price. */
  from: boolean;
  /** "UVP 49,99 €", "Was $79", "Было 1 990 ₽": a list or former price. */
  list: boolean;
}

/**
 * A shop's price text read strictly, for visible-page candidates: the amount must carry a currency
 * mark ("12,900원", "349,00 р.", "NT$1,290", "EUR 12"), and the text must not be a range, a
 * percentage, a shipping fee, an instalment, a saving, a total or a per-unit price. "From" and
 * list-price labels are reported, not rejected. Null when the text is not one item price.
 */
export function readPriceText(text: string, hints: MoneyHints = {}): PriceText | null {
  const r = read(text, hints);
  if (!r || !r.signed) return null;
  const { s, tok } = r;
  if (/^\s?%/.test(s.slice(tok.end)) || /%\s*$/.test(s.slice(Math.max(0, tok.start - 2), tok.start))) return null;
  const words = s.replace(LEGAL_NOTE, ' ');
  if (NOT_ITEM_PRICE.test(words) || INSTALMENT_COUNT.test(words) || UNIT_PRICE_TEXT.test(s)) return null;
  // The words before the amount, with and without a currency mark at their end ("UVP €", "Was $").
  const before = [s.slice(0, tok.start), s.slice(0, tok.start).replace(CURRENCY_BEFORE, '')];
  return {
    amount: r.amount,
    currency: r.currency,
    from: FROM_IN_TEXT.test(s) || before.some((b) => FROM_LABEL.test(b)),
    list: before.some((b) => LIST_PRICE_LABEL.test(b)),
  };
}

/** A currency mark (and spaces) at the end of the words before an amount: "UVP €" -> "UVP". */
const CURRENCY_BEFORE = /* @__PURE__ */ pattern(() => String.raw`\s*${currencyMarkSource()}?\.?\s*$`, 'u');

/** A number from structured data ("49.99", 49.99, "1.234,56"), same safety rules as parseMoney. */
export function parseAmount(value: unknown, currency: string | null = null): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 && value <= MAX_AMOUNT ? value : null;
  if (typeof value !== 'string') return null;
  const t = value.trim();
  // Plain machine-readable decimals ("1234.5", "12") are common in JSON-LD: don't group them.
  if (/^\d{1,10}(?:\.\d{1,4})?$/.test(t)) {
    const n = Number(t);
    return n <= MAX_AMOUNT ? n : null;
  }
  return parseMoney(t, { currency })?.amount ?? null;
}
