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

export interface MoneyHints {
  currency?: string | null;
  locale?: string | null;
  host?: string | null;
}

export interface Money {
  amount: number;
  currency: string | null;
}

const MAX_TEXT = 200;
const MAX_AMOUNT = 1e9;

/** Currencies with no minor unit: a single separator there is always grouping. */
const ZERO_DECIMAL = new Set(['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'HUF', 'TWD', 'IDR', 'PYG', 'UGX']);
const THREE_DECIMAL = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']);

/** Known ISO 4217 codes we accept when written out ("EUR 2.998,00", "59 CHF"). */
const ISO_CODES = new Set(
  ('USD EUR GBP JPY CNY INR CAD AUD NZD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RUB UAH TRY ' +
    'BRL MXN ARS CLP COP PEN ZAR KRW TWD HKD SGD MYR THB IDR PHP VND ILS AED SAR QAR KWD BHD OMR ' +
    'JOD EGP MAD NGN KES PKR BDT LKR').split(' '),
);

/**
 * Symbols and prefixed forms. Longer, unambiguous forms come first so that "US $" and "R$" win
 * over a bare "$". `null` currency means "a dollar/yen/krona of some country": resolved by hints.
 */
const SYMBOLS: [RegExp, string | 'DOLLAR' | 'YEN' | 'KRONA'][] = [
  [/US\s?\$|U\.S\.\s?\$/, 'USD'],
  [/(?:CA|C)\s?\$/, 'CAD'],
  [/(?:AU|A)\s?\$/, 'AUD'],
  [/NZ\s?\$/, 'NZD'],
  [/HK\s?\$/, 'HKD'],
  [/(?:SG|S)\s?\$/, 'SGD'],
  [/(?:MX|Mex)\s?\$/, 'MXN'],
  [/NT\s?\$/, 'TWD'],
  [/R\s?\$/, 'BRL'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/₹|\bRs\.?(?=\s?\d)/, 'INR'],
  [/₩/, 'KRW'],
  [/₽|\bруб/, 'RUB'],
  [/₺/, 'TRY'],
  [/₪/, 'ILS'],
  [/฿/, 'THB'],
  [/₫/, 'VND'],
  [/₱/, 'PHP'],
  [/₴/, 'UAH'],
  [/zł/, 'PLN'],
  [/Kč/, 'CZK'],
  [/\bFt\b/, 'HUF'],
  [/\blei\b/i, 'RON'],
  [/\bRM(?=\s?\d)/, 'MYR'],
  [/\bFr\.(?=\s?\d)|\bSFr\.?/, 'CHF'],
  [/\bTL\b|\bYTL\b/, 'TRY'],
  [/\bS\/\s?(?=\d)/, 'PEN'],
  [/\bRp\.?(?=\s?\d)/, 'IDR'],
  [/\bR\s?(?=\d[\d., ]*(?![\p{L}\d]))/u, 'ZAR'],
  [/лв/, 'BGN'],
  [/₦/, 'NGN'],
  [/円|元/, 'YEN'],
  [/[¥￥]/, 'YEN'],
  [/\$/, 'DOLLAR'],
  [/\bkr\.?(?![a-z])/i, 'KRONA'],
];

const DOLLAR_CURRENCIES = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP']);
const KRONA_CURRENCIES = new Set(['SEK', 'NOK', 'DKK', 'ISK']);

/** Country-code top-level domains (and second-level forms) to their currency. `.com` says nothing. */
const HOST_CURRENCY: [string, string][] = [
  ['.co.uk', 'GBP'], ['.uk', 'GBP'], ['.co.jp', 'JPY'], ['.jp', 'JPY'], ['.co.in', 'INR'], ['.in', 'INR'],
  ['.com.au', 'AUD'], ['.au', 'AUD'], ['.com.br', 'BRL'], ['.br', 'BRL'], ['.com.mx', 'MXN'], ['.mx', 'MXN'],
  ['.ca', 'CAD'], ['.ch', 'CHF'], ['.se', 'SEK'], ['.no', 'NOK'], ['.dk', 'DKK'], ['.is', 'ISK'],
  ['.pl', 'PLN'], ['.cz', 'CZK'], ['.hu', 'HUF'], ['.ro', 'RON'], ['.bg', 'BGN'], ['.tr', 'TRY'],
  ['.com.tr', 'TRY'], ['.cn', 'CNY'], ['.kr', 'KRW'], ['.co.kr', 'KRW'], ['.sg', 'SGD'], ['.com.sg', 'SGD'],
  ['.nz', 'NZD'], ['.co.nz', 'NZD'], ['.hk', 'HKD'], ['.tw', 'TWD'], ['.ae', 'AED'], ['.sa', 'SAR'],
  ['.za', 'ZAR'], ['.co.za', 'ZAR'], ['.eg', 'EGP'], ['.il', 'ILS'], ['.co.il', 'ILS'], ['.ru', 'RUB'],
  ['.ua', 'UAH'], ['.ar', 'ARS'], ['.cl', 'CLP'], ['.com.co', 'COP'], ['.pe', 'PEN'], ['.my', 'MYR'],
  ['.th', 'THB'], ['.id', 'IDR'], ['.ph', 'PHP'], ['.vn', 'VND'], ['.pk', 'PKR'],
  ...['de', 'fr', 'es', 'it', 'nl', 'be', 'at', 'ie', 'pt', 'fi', 'gr', 'sk', 'si', 'ee', 'lv', 'lt', 'lu', 'mt', 'cy', 'hr'].map(
    (tld): [string, string] => ['.' + tld, 'EUR'],
  ),
];

/** A declared currency as an ISO 4217 code ("eur " -> "EUR"), or null when it is not one (page text such as "constructor"). */
export function isoCurrency(value: string | null | undefined): string | null {
  const code = value?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

/** The currency a shop's domain implies (amazon.co.uk -> GBP), or null for generic domains (.com). */
export function currencyFromHost(host: string | null | undefined): string | null {
  if (!host) return null;
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const [suffix, code] of HOST_CURRENCY) if (h.endsWith(suffix)) return code;
  return null;
}

/**
 * Region of a BCP 47 locale ("en-CA" -> CA) to currency, for "$"/"kr"/"¥" disambiguation. Maps,
 * not plain objects: the locale is page text, and "constructor" must not find Object's.
 */
const REGION_CURRENCY = new Map<string, string>(Object.entries({
  US: 'USD', CA: 'CAD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', SG: 'SGD', MX: 'MXN', TW: 'TWD', AR: 'ARS',
  CL: 'CLP', CO: 'COP', SE: 'SEK', NO: 'NOK', DK: 'DKK', IS: 'ISK', JP: 'JPY', CN: 'CNY', GB: 'GBP',
}));
const LANGUAGE_CURRENCY = new Map<string, string>(Object.entries({ sv: 'SEK', nb: 'NOK', nn: 'NOK', no: 'NOK', da: 'DKK', is: 'ISK', ja: 'JPY', zh: 'CNY' }));

function currencyFromLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const [lang, region] = locale.replace('_', '-').split('-');
  const byRegion = region ? REGION_CURRENCY.get(region.toUpperCase()) : undefined;
  return byRegion ?? LANGUAGE_CURRENCY.get((lang || '').toLowerCase()) ?? null;
}

function resolveFamily(family: 'DOLLAR' | 'YEN' | 'KRONA', hints: MoneyHints): string | null {
  const candidates = [hints.currency ?? null, currencyFromLocale(hints.locale), currencyFromHost(hints.host)];
  if (family === 'DOLLAR') return candidates.find((c) => c && DOLLAR_CURRENCIES.has(c)) ?? 'USD';
  if (family === 'YEN') return candidates.find((c) => c === 'CNY' || c === 'JPY') ?? 'JPY';
  return candidates.find((c) => c && KRONA_CURRENCIES.has(c)) ?? null;
}

/** The currency named in `text` (symbol or ISO code), or null. */
export function detectCurrency(text: string, hints: MoneyHints = {}): string | null {
  const s = normalise(text);
  const code = /(?:^|[^A-Za-z])([A-Z]{3})(?![A-Za-z])/.exec(s);
  if (code && ISO_CODES.has(code[1])) return code[1];
  for (const [re, cur] of SYMBOLS) {
    if (!re.test(s)) continue;
    if (cur === 'DOLLAR' || cur === 'YEN' || cur === 'KRONA') return resolveFamily(cur, hints);
    return cur;
  }
  return null;
}

function normalise(text: string): string {
  let s = text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text;
  // Full-width digits and separators (Japanese pages): "１，２８０円".
  s = s.replace(/[\uFF10-\uFF19\uFF0C\uFF0E]/g, (c) =>
    c === '\uFF0C' ? ',' : c === '\uFF0E' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
  // No-break, narrow no-break, thin and figure spaces all group digits like a space.
  return s.replace(/[\u00A0\u202F\u2009\u2007\s]+/g, ' ').trim();
}

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
    const c = s[j];
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

function interpret(raw: string, currency: string | null): number | null {
  const seps = raw.replace(/\d/g, '');
  if (!seps) return Number(raw);
  const grouping = /[ '’]/g;
  const cleaned = raw.replace(grouping, '');
  const marks = seps.replace(grouping, '');
  if (!marks) return Number(cleaned);
  const last = marks[marks.length - 1];
  const lastIdx = cleaned.lastIndexOf(last);
  const digitsAfter = cleaned.length - lastIdx - 1;
  const kinds = new Set(marks);
  let decimalAt: number;
  if (kinds.size > 1) decimalAt = lastIdx;
  else if (marks.length > 1) decimalAt = -1;
  else if (ZERO_DECIMAL.has(currency ?? '')) decimalAt = -1;
  else if (digitsAfter === 3 && !THREE_DECIMAL.has(currency ?? '')) decimalAt = -1;
  else decimalAt = lastIdx;
  const intPart = (decimalAt < 0 ? cleaned : cleaned.slice(0, decimalAt)).replace(/[.,]/g, '');
  const frac = decimalAt < 0 ? '' : cleaned.slice(decimalAt + 1).replace(/[.,]/g, '');
  return Number(frac ? `${intPart}.${frac}` : intPart);
}

/** Letters that may sit right before an amount: currency codes and prefixes ("EUR12", "US$", "Rs.5", "CHF59"). */
const PREFIX_OK = /(?:^|[^A-Za-z])(?:[A-Z]{3}|US|CA|AU|NZ|HK|SG|MX|NT|R|RM|Rs|Fr|SFr|kr|zł|Kč|Ft|lei)\.?$/;

/**
 * Index of the first digit that starts a number, skipping digits glued to a word on their left
 * ("MzI5Ljk5" is base64, "B00N150" an id, "H2O" a name): those are not amounts.
 */
function firstNumberStart(s: string): number {
  const re = /\d+/g;
  for (let m = re.exec(s), n = 0; m && n < 20; m = re.exec(s), n++) {
    const before = s.slice(Math.max(0, m.index - 6), m.index);
    if (!/\p{L}$/u.test(before) || PREFIX_OK.test(before)) return m.index;
  }
  return -1;
}

/** A currency sign or code touching a number on either side ("$24.99", "24,99 €", "R$ 99", "59 CHF"). */
const SIGN_BEFORE = /(?:\p{Sc}|[A-Z]{3}|zł|kr|Kč|Ft|円|元)\.?\s?$/u;
const SIGN_AFTER = /^\s?(?:\p{Sc}|[A-Z]{3}\b|zł|kr\b|Kč|Ft\b|円|元)/u;
const signed = (s: string, t: NumberToken) => SIGN_BEFORE.test(s.slice(Math.max(0, t.start - 5), t.start)) || SIGN_AFTER.test(s.slice(t.end, t.end + 5));

/**
 * The first number, unless it carries no currency sign while a later one does: in "each 350 ml.
 * Now $24.99" or "3x de R$ 33,30" the amount is the signed number. At most 6 numbers are looked at.
 */
function signedNumber(s: string, first: NumberToken): NumberToken {
  if (signed(s, first) || !detectCurrency(s)) return first;
  let tok = first;
  for (let n = 0; n < 6; n++) {
    const next = /\d/.exec(s.slice(tok.end));
    // Only separate words count: "1e309" or "12-34" are one odd token, not two numbers.
    if (!next || !/\s/.test(s.slice(tok.end, tok.end + next.index))) break;
    tok = scanNumber(s, tok.end + next.index);
    if (signed(s, tok)) return tok;
  }
  return first;
}

const RANGE_BETWEEN = /^\s*(?:[^\d\s]{0,4}\s*)?(?:-|–|—|~|〜|to|bis|à|a|al|fino a)\s*(?:[^\d\s]{0,4}\s*)?$/i;

/**
 * Parse a displayed price. Returns null when there is no single, finite, non-negative amount.
 * The currency is null only when neither the text nor the hints say anything.
 */
export function parseMoney(text: string, hints: MoneyHints = {}): Money | null {
  if (typeof text !== 'string' || !text) return null;
  const s = normalise(text);
  const start = firstNumberStart(s);
  if (start < 0) return null;
  const currency = detectCurrency(s, hints) ?? hints.currency ?? currencyFromHost(hints.host) ?? null;
  const tok = signedNumber(s, scanNumber(s, start));
  // "1e309", "2E+5": scientific notation is never a displayed price.
  if (/^[eE][+-]?\d/.test(s.slice(tok.end))) return null;
  // A minus right before the number (possibly around a symbol): "-5", "-$5", "$ -5", "−5 €".
  if (/[-−‐]\s*(?:[^\d\s]{0,4}\s*)?$/.test(s.slice(Math.max(0, tok.start - 6), tok.start)) && !/\d/.test(s.slice(0, tok.start)))
    return null;
  // A second number that the first is joined to by a range word: "$10 - $20", "10 bis 20 €".
  const next = /\d/.exec(s.slice(tok.end));
  if (next) {
    const between = s.slice(tok.end, tok.end + next.index);
    if (RANGE_BETWEEN.test(between) && !/^[.,]\s*[-–—]/.test(between)) return null;
  }
  const amount = interpret(tok.raw, currency);
  if (amount === null || !Number.isFinite(amount) || amount < 0 || amount > MAX_AMOUNT) return null;
  return { amount: Math.round(amount * 1000) / 1000, currency };
}

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
