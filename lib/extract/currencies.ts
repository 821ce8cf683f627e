/**
 * Currency knowledge as data: the marks shops print next to amounts (symbols, prefixed dollars,
 * local words), ISO codes, minor units, and which currency a domain or locale implies. money.ts
 * reads amounts; this module only says which currency a mark means.
 *
 * A mark maps to a code, or to a family ("$", "¥", "元", "kr", "р.", "₨") that hints resolve.
 */

import { pattern } from './pattern';

export type Family = 'DOLLAR' | 'YEN' | 'YUAN' | 'KRONA' | 'RUBLE' | 'RUPEE' | 'DIRHAM' | 'CFA' | 'BOLIVAR' | 'LEU';

/** How a mark is matched: 'sign' anywhere; 'word' only between non-letters ("Ft" but not "Ftw"). */
interface Mark {
  mark: string;
  code: string | Family;
  word?: true;
  /** A raw pattern instead of the literal mark, for marks that need context. */
  pattern?: string;
  /** A mark only right before an amount (after no letter): "LE 1,299" is pounds, "LE PRIX" no mark. */
  beforeAmount?: true;
}

/** Latin letters of a currency that count only right before or after an amount ("KD 12.500", "12.750 KD"). */
function dinarBesideAmount(mark: string): string {
  // The amount's side may be the end of the text tested: money.ts tests the text beside a number.
  return String.raw`(?<![\p{L}\d])${mark}(?=\s?(?:\d|$))|(?<=(?:^|\d)\s?)${mark}(?![\p{L}\d-])`;
}

/** Letters of a currency that count only after an amount ("1.299 din"): at the start of the text tested, or after a digit. */
function afterAmount(mark: string): string {
  // The amount's side may be the start of the text tested: money.ts tests the text after a number.
  return String.raw`(?<=(?:^|\d)\s?)${mark}(?![\p{L}\d])`;
}

/** Longer and more specific marks first, so "NT$" wins over "$" and "E£" over "£". */
const MARKS: Mark[] = [
  { mark: 'U.S.$', code: 'USD' },
  { mark: 'US$', code: 'USD' },
  { mark: 'US $', code: 'USD' },
  { mark: 'CA$', code: 'CAD' },
  { mark: 'C$', code: 'CAD' },
  { mark: 'AU$', code: 'AUD' },
  { mark: 'A$', code: 'AUD' },
  { mark: 'NZ$', code: 'NZD' },
  { mark: 'HK$', code: 'HKD' },
  { mark: 'SG$', code: 'SGD' },
  { mark: 'S$', code: 'SGD' },
  { mark: 'MX$', code: 'MXN' },
  { mark: 'Mex$', code: 'MXN' },
  { mark: 'NT$', code: 'TWD' },
  { mark: 'NT $', code: 'TWD' },
  { mark: 'MOP$', code: 'MOP' },
  { mark: 'TT$', code: 'TTD' },
  { mark: 'J$', code: 'JMD' },
  { mark: 'RD$', code: 'DOP' },
  { mark: 'COL$', code: 'COP' },
  { mark: 'CLP$', code: 'CLP' },
  { mark: 'AR$', code: 'ARS' },
  { mark: '$U', code: 'UYU' },
  { mark: 'R$', code: 'BRL' },
  { mark: 'R $', code: 'BRL' },
  { mark: 'E£', code: 'EGP' },
  { mark: '€', code: 'EUR' },
  { mark: '£', code: 'GBP' },
  { mark: '₹', code: 'INR' },
  { mark: 'Rs.', code: 'RUPEE', word: true },
  { mark: 'Tk.', code: 'BDT', word: true },
  { mark: 'Tk', code: 'BDT', word: true },
  { mark: 'টাকা', code: 'BDT', word: true },
  { mark: 'ကျပ်', code: 'MMK' },
  { mark: 'Rs', code: 'RUPEE', word: true },
  { mark: '₨', code: 'RUPEE' },
  { mark: '₩', code: 'KRW' },
  { mark: '원', code: 'KRW' },
  { mark: '₽', code: 'RUB' },
  { mark: 'руб.', code: 'RUBLE', word: true },
  { mark: 'руб', code: 'RUBLE', word: true },
  { mark: 'рублей', code: 'RUBLE', word: true },
  { mark: 'р.', code: 'RUBLE', word: true },
  { mark: 'Br', code: 'BYN', word: true },
  { mark: '₸', code: 'KZT' },
  { mark: 'тг', code: 'KZT', word: true },
  { mark: 'тенге', code: 'KZT', word: true },
  { mark: '₴', code: 'UAH' },
  { mark: 'грн.', code: 'UAH', word: true },
  { mark: 'грн', code: 'UAH', word: true },
  { mark: '₺', code: 'TRY' },
  { mark: 'TL', code: 'TRY', word: true },
  { mark: 'YTL', code: 'TRY', word: true },
  { mark: '₪', code: 'ILS' },
  { mark: 'ש"ח', code: 'ILS' },
  { mark: '฿', code: 'THB' },
  { mark: 'บาท', code: 'THB' },
  { mark: '₫', code: 'VND' },
  { mark: 'VNĐ', code: 'VND', word: true },
  { mark: 'đ', code: 'VND', word: true },
  { mark: '₱', code: 'PHP' },
  { mark: 'zł', code: 'PLN', word: true },
  { mark: 'Kč', code: 'CZK', word: true },
  { mark: 'Ft', code: 'HUF', word: true },
  // Romania's leu and Moldova's: the host or locale says which.
  { mark: 'lei', code: 'LEU', word: true },
  { mark: 'Lei', code: 'LEU', word: true },
  { mark: 'LEI', code: 'LEU', word: true },
  { mark: 'kn', code: 'HRK', word: true },
  { mark: 'лв.', code: 'BGN', word: true },
  { mark: 'лв', code: 'BGN', word: true },
  { mark: 'din.', code: 'RSD', word: true },
  { mark: 'дин.', code: 'RSD', word: true },
  // "1.299 din" without the dot: only right after an amount ("din" is a word in Romanian and Swedish).
  { mark: 'din', code: 'RSD', word: true, pattern: afterAmount('din') },
  { mark: 'дин', code: 'RSD', word: true, pattern: afterAmount('дин') },
  { mark: 'ден', code: 'MKD', word: true },
  { mark: '₾', code: 'GEL' },
  { mark: 'ლარი', code: 'GEL', word: true },
  { mark: '֏', code: 'AMD' },
  { mark: 'դր.', code: 'AMD', word: true },
  { mark: 'դրամ', code: 'AMD', word: true },
  { mark: '₼', code: 'AZN' },
  { mark: 'сом', code: 'KGS', word: true },
  { mark: 'сўм', code: 'UZS', word: true },
  // Uzbek in Latin script, with the apostrophe as shops type it.
  { mark: "so'm", code: 'UZS', word: true },
  { mark: 'so‘m', code: 'UZS', word: true },
  { mark: 'soʻm', code: 'UZS', word: true },
  { mark: 'so’m', code: 'UZS', word: true },
  { mark: '₮', code: 'MNT' },
  { mark: '৳', code: 'BDT' },
  { mark: '₡', code: 'CRC' },
  { mark: '₲', code: 'PYG' },
  { mark: 'Gs.', code: 'PYG', word: true },
  { mark: 'KSh', code: 'KES', word: true },
  { mark: 'Ksh.', code: 'KES', word: true },
  { mark: 'Ksh', code: 'KES', word: true },
  { mark: 'KShs', code: 'KES', word: true },
  { mark: '₦', code: 'NGN' },
  { mark: 'د.إ', code: 'AED' },
  { mark: 'ر.س', code: 'SAR' },
  { mark: 'ج.م', code: 'EGP' },
  // Egyptian pounds in words: "1,299.00 جنيه", "LE 1,299" / "L.E. 1,299" (only right before the amount).
  { mark: 'جنيه', code: 'EGP' },
  { mark: 'L.E.', code: 'EGP', beforeAmount: true },
  { mark: 'LE', code: 'EGP', beforeAmount: true },
  { mark: 'ر.ق', code: 'QAR' },
  { mark: 'ر.ع', code: 'OMR' },
  { mark: 'د.ك', code: 'KWD' },
  { mark: 'د.ب', code: 'BHD' },
  { mark: 'د.ا', code: 'JOD' },
  { mark: 'د.م', code: 'MAD' },
  // North and West Africa: dirhams ("249,00 DH", "99 Dhs", "درهم": Morocco's or the Emirates'),
  // Tunisian and Algerian dinars ("45,000 DT", "2 500 DA"), cedis, shillings, CFA francs.
  { mark: 'درهم', code: 'DIRHAM' },
  { mark: 'Dhs', code: 'DIRHAM', word: true },
  { mark: 'DHS', code: 'DIRHAM', word: true },
  { mark: 'DH', code: 'DIRHAM', word: true },
  { mark: 'Dh', code: 'DIRHAM', word: true },
  { mark: 'د.ت', code: 'TND' },
  { mark: 'DT', code: 'TND', word: true },
  { mark: 'د.ج', code: 'DZD' },
  { mark: 'دج', code: 'DZD' },
  { mark: 'DA', code: 'DZD', word: true },
  { mark: 'GH₵', code: 'GHS' },
  { mark: 'GH¢', code: 'GHS' },
  { mark: '₵', code: 'GHS' },
  { mark: 'TSh', code: 'TZS', word: true },
  { mark: 'USh', code: 'UGX', word: true },
  { mark: 'FCFA', code: 'CFA', word: true },
  { mark: 'CFA', code: 'CFA', word: true },
  { mark: 'ل.ل', code: 'LBP' },
  { mark: 'د.ل', code: 'LYD' },
  { mark: 'ש״ח', code: 'ILS' },
  // "149.90 NIS": the shekel's English abbreviation, not its ISO code.
  { mark: 'NIS', code: 'ILS', word: true },
  { mark: 'KM', code: 'BAM', word: true },
  { mark: 'сум', code: 'UZS', word: true },
  { mark: 'RM', code: 'MYR', word: true },
  { mark: 'Rp.', code: 'IDR', word: true },
  { mark: 'Rp', code: 'IDR', word: true },
  { mark: 'R', code: 'ZAR', pattern: String.raw`(?<![\p{L}])R(?=\s?(?:\d|$))` },
  { mark: 'SFr.', code: 'CHF', word: true },
  { mark: 'Fr.', code: 'CHF', word: true },
  // Bolívares and bolivianos ("Bs. 125,50", "Bs 89"), quetzales ("Q 249.00", "Q 1,299"), Kuwaiti and
  // Bahraini dinars in Latin letters ("KD 12.500", "BD 4.750"); "Bs.S" only Venezuela's. "Q" only
  // a space before an amount: "Q80D" is a model.
  { mark: 'Bs.S', code: 'VES', word: true },
  { mark: 'Bs.', code: 'BOLIVAR', word: true },
  { mark: 'Bs', code: 'BOLIVAR', word: true },
  { mark: 'Q', code: 'GTQ', pattern: String.raw`(?<![\p{L}])Q(?=\s(?:\d|$))` },
  // Both are common model prefixes too ("Sony KD-55X80J", "Samsung BD-J5500"): only right before or
  // after an amount.
  { mark: 'KD', code: 'KWD', word: true, pattern: dinarBesideAmount('KD') },
  { mark: 'BD', code: 'BHD', word: true, pattern: dinarBesideAmount('BD') },
  { mark: 'B/.', code: 'PAB' },
  { mark: 'S/.', code: 'PEN' },
  { mark: 'S/', code: 'PEN' },
  { mark: '港元', code: 'HKD' },
  { mark: '港幣', code: 'HKD' },
  { mark: '港币', code: 'HKD' },
  { mark: '澳門元', code: 'MOP' },
  { mark: '澳门元', code: 'MOP' },
  { mark: '澳門幣', code: 'MOP' },
  { mark: '新台幣', code: 'TWD' },
  { mark: '新台币', code: 'TWD' },
  { mark: '円', code: 'JPY' },
  { mark: '元', code: 'YUAN' },
  { mark: '¥', code: 'YEN' },
  { mark: '￥', code: 'YEN' },
  { mark: '$', code: 'DOLLAR' },
  { mark: 'kr.', code: 'KRONA', word: true },
  { mark: 'kr', code: 'KRONA', word: true },
  { mark: 'Kr', code: 'KRONA', word: true },
  { mark: ':-', code: 'KRONA' },
];

/** ISO 4217 codes accepted when written out ("EUR 2.998,00", "59 CHF", "15 990 KZT"). */
export const ISO_CODES = /* @__PURE__ */ new Set(
  /* @__PURE__ */ (
    'USD EUR GBP JPY CNY INR CAD AUD NZD CHF SEK NOK DKK ISK PLN CZK HUF RON BGN HRK RUB UAH TRY BYN KZT RSD BAM ' +
    'MKD GEL AMD AZN KGS UZS MNT MDL BRL MXN ARS CLP COP PEN UYU PYG BOB VES DOP CRC GTQ ZAR KRW TWD HKD MOP SGD MYR ' +
    'THB IDR PHP VND ILS AED SAR QAR KWD BHD OMR JOD EGP MAD NGN KES PKR BDT LKR NPR MMK ' +
    'TND DZD LYD GHS TZS UGX XOF XAF LBP IQD ETB RWF ZMW MUR PAB JMD TTD HNL NIO'
  ).split(' '),
);

/** Currencies whose prices carry no minor unit in practice: a separator there groups thousands. */
const ZERO_DECIMAL = new Set([
  'JPY',
  'MMK',
  'KRW',
  'VND',
  'CLP',
  'ISK',
  'HUF',
  'TWD',
  'IDR',
  'PYG',
  'UGX',
  'KZT',
  'COP',
  'UZS',
  'MNT',
  'TZS',
  'XOF',
  'XAF',
  'RWF',
  'LBP',
]);
export const THREE_DECIMAL = new Set(['BHD', 'KWD', 'OMR', 'JOD', 'TND', 'LYD', 'IQD']);

/** Digits after the decimal mark a price in this currency keeps. */
export function minorUnits(currency: string | null): number {
  if (currency && ZERO_DECIMAL.has(currency)) return 0;
  if (currency && THREE_DECIMAL.has(currency)) return 3;
  return currency ? 2 : 3;
}

const FAMILY_MEMBERS: Record<Family, { members: Set<string>; fallback: string | null }> = {
  DOLLAR: {
    members: new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'MXN', 'TWD', 'ARS', 'CLP', 'COP', 'UYU', 'DOP']),
    fallback: 'USD',
  },
  YEN: { members: new Set(['CNY', 'JPY']), fallback: 'JPY' },
  YUAN: { members: new Set(['CNY', 'TWD', 'HKD', 'MOP']), fallback: 'CNY' },
  KRONA: { members: new Set(['SEK', 'NOK', 'DKK', 'ISK']), fallback: null },
  RUBLE: { members: new Set(['RUB', 'BYN']), fallback: 'RUB' },
  RUPEE: { members: new Set(['INR', 'PKR', 'LKR', 'NPR']), fallback: 'INR' },
  DIRHAM: { members: new Set(['MAD', 'AED']), fallback: 'MAD' },
  CFA: { members: new Set(['XOF', 'XAF']), fallback: 'XOF' },
  // "Bs.": Venezuela's bolívar and Bolivia's boliviano write it alike.
  BOLIVAR: { members: new Set(['VES', 'BOB']), fallback: 'BOB' },
  LEU: { members: new Set(['RON', 'MDL']), fallback: 'RON' },
};

const isFamily = (code: string): code is Family => code in FAMILY_MEMBERS;

/** Country-code domains (and second-level forms) to their currency. `.com` says nothing. */
const HOST_CURRENCY: [string, string][] = [
  ['.co.uk', 'GBP'],
  ['.uk', 'GBP'],
  ['.co.jp', 'JPY'],
  ['.jp', 'JPY'],
  ['.co.in', 'INR'],
  ['.in', 'INR'],
  ['.com.au', 'AUD'],
  ['.au', 'AUD'],
  ['.com.br', 'BRL'],
  ['.br', 'BRL'],
  ['.com.mx', 'MXN'],
  ['.mx', 'MXN'],
  ['.ca', 'CAD'],
  ['.ch', 'CHF'],
  ['.se', 'SEK'],
  ['.no', 'NOK'],
  ['.dk', 'DKK'],
  ['.is', 'ISK'],
  ['.pl', 'PLN'],
  ['.cz', 'CZK'],
  ['.hu', 'HUF'],
  ['.ro', 'RON'],
  ['.bg', 'BGN'],
  ['.tr', 'TRY'],
  ['.com.tr', 'TRY'],
  ['.cn', 'CNY'],
  ['.kr', 'KRW'],
  ['.co.kr', 'KRW'],
  ['.sg', 'SGD'],
  ['.com.sg', 'SGD'],
  ['.nz', 'NZD'],
  ['.co.nz', 'NZD'],
  ['.hk', 'HKD'],
  ['.tw', 'TWD'],
  ['.ae', 'AED'],
  ['.sa', 'SAR'],
  ['.za', 'ZAR'],
  ['.co.za', 'ZAR'],
  ['.eg', 'EGP'],
  ['.il', 'ILS'],
  ['.co.il', 'ILS'],
  ['.ru', 'RUB'],
  ['.ua', 'UAH'],
  ['.ar', 'ARS'],
  ['.cl', 'CLP'],
  ['.com.co', 'COP'],
  ['.pe', 'PEN'],
  ['.my', 'MYR'],
  ['.th', 'THB'],
  ['.id', 'IDR'],
  ['.ph', 'PHP'],
  ['.vn', 'VND'],
  ['.pk', 'PKR'],
  ['.by', 'BYN'],
  ['.kz', 'KZT'],
  ['.rs', 'RSD'],
  ['.ba', 'BAM'],
  ['.mk', 'MKD'],
  ['.ge', 'GEL'],
  ['.az', 'AZN'],
  ['.kg', 'KGS'],
  ['.uz', 'UZS'],
  ['.md', 'MDL'],
  ['.uy', 'UYU'],
  ['.py', 'PYG'],
  ['.bo', 'BOB'],
  ['.ve', 'VES'],
  ['.do', 'DOP'],
  ['.cr', 'CRC'],
  ['.gt', 'GTQ'],
  ['.ng', 'NGN'],
  ['.ke', 'KES'],
  ['.ma', 'MAD'],
  ['.tn', 'TND'],
  ['.dz', 'DZD'],
  ['.com.gh', 'GHS'],
  ['.gh', 'GHS'],
  ['.co.tz', 'TZS'],
  ['.tz', 'TZS'],
  ['.co.ug', 'UGX'],
  ['.ug', 'UGX'],
  ['.sn', 'XOF'],
  ['.ci', 'XOF'],
  ['.cm', 'XAF'],
  ['.lb', 'LBP'],
  ['.qa', 'QAR'],
  ['.kw', 'KWD'],
  ['.bh', 'BHD'],
  ['.om', 'OMR'],
  ['.jo', 'JOD'],
  ['.lk', 'LKR'],
  ['.bd', 'BDT'],
  ['.np', 'NPR'],
  ['.mm', 'MMK'],
  ['.mn', 'MNT'],
  ...[
    'de',
    'fr',
    'es',
    'it',
    'nl',
    'be',
    'at',
    'ie',
    'pt',
    'fi',
    'gr',
    'sk',
    'si',
    'ee',
    'lv',
    'lt',
    'lu',
    'mt',
    'cy',
    'hr',
  ].map((tld): [string, string] => ['.' + tld, 'EUR']),
];

/** currencyFromHost's last host and its answer. */
const lastHost: { host: string | null; code: string | null } = { host: null, code: null };

/** The currency a shop's domain implies (amazon.co.uk -> GBP), or null for generic domains (.com). */
export function currencyFromHost(host: string | null | undefined): string | null {
  if (!host) return null;
  // A page asks for its one host's currency with every amount it parses: the last answer is kept.
  if (host === lastHost.host) return lastHost.code;
  const h = host.toLowerCase().replace(/\.$/, '');
  let code: string | null = null;
  for (const [suffix, c] of HOST_CURRENCY)
    if (h.endsWith(suffix)) {
      code = c;
      break;
    }
  lastHost.host = host;
  lastHost.code = code;
  return code;
}

/**
 * Region of a BCP 47 locale ("en-CA" -> CA) to currency, for family disambiguation. Maps, not plain
 * objects: the locale is page text, and "constructor" must not find Object's.
 */
const REGION_CURRENCY = /* @__PURE__ */ new Map<string, string>(
  /* @__PURE__ */ Object.entries({
    US: 'USD',
    CA: 'CAD',
    AU: 'AUD',
    NZ: 'NZD',
    HK: 'HKD',
    SG: 'SGD',
    MX: 'MXN',
    TW: 'TWD',
    AR: 'ARS',
    CL: 'CLP',
    CO: 'COP',
    UY: 'UYU',
    DO: 'DOP',
    SE: 'SEK',
    NO: 'NOK',
    DK: 'DKK',
    IS: 'ISK',
    JP: 'JPY',
    CN: 'CNY',
    GB: 'GBP',
    KR: 'KRW',
    KZ: 'KZT',
    BY: 'BYN',
    RU: 'RUB',
    IN: 'INR',
    PK: 'PKR',
    LK: 'LKR',
    NP: 'NPR',
    MO: 'MOP',
    MA: 'MAD',
    AE: 'AED',
    TN: 'TND',
    DZ: 'DZD',
    SN: 'XOF',
    CI: 'XOF',
    CM: 'XAF',
  }),
);
const LANGUAGE_CURRENCY = /* @__PURE__ */ new Map<string, string>(
  /* @__PURE__ */ Object.entries({
    sv: 'SEK',
    nb: 'NOK',
    nn: 'NOK',
    no: 'NOK',
    da: 'DKK',
    is: 'ISK',
    ja: 'JPY',
    zh: 'CNY',
    ko: 'KRW',
    kk: 'KZT',
    be: 'BYN',
  }),
);

function currencyFromLocale(locale: string | null | undefined): string | null {
  if (!locale) return null;
  const [lang, region] = locale.replace('_', '-').split('-');
  const byRegion = region ? REGION_CURRENCY.get(region.toUpperCase()) : undefined;
  if (byRegion) return byRegion;
  return LANGUAGE_CURRENCY.get((lang || '').toLowerCase()) ?? null;
}

export interface CurrencyHints {
  currency?: string | null;
  locale?: string | null;
  host?: string | null;
}

/** A family resolved by the hints' currency, then the locale, then the host; else its usual member. */
function resolveMark(code: string, hints: CurrencyHints): string | null {
  if (!isFamily(code)) return code;
  const { members, fallback } = FAMILY_MEMBERS[code];
  const candidates = [hints.currency ?? null, currencyFromLocale(hints.locale), currencyFromHost(hints.host)];
  return candidates.find((c) => c && members.has(c)) ?? fallback;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
// Word marks may touch digits ("199zł", "15990тг") but not letters ("Ftw", "Brand").
// Signs starting with a Latin letter ("R$", "C$", "S/") are none right after another letter: "Precio
// CMR $ 19.990" is pesos, not reais (an ASCII test: cheap to compile, and the letters are ASCII).
const markSource = (m: Mark) =>
  m.pattern ??
  (m.beforeAmount
    ? String.raw`(?<![\p{L}])${escape(m.mark)}(?=\s?(?:\d|$))`
    : m.word
      ? String.raw`(?<!\p{L})${escape(m.mark)}(?![\p{L}])`
      : /^[A-Za-z]/.test(m.mark)
        ? `(?<![A-Za-z])${escape(m.mark)}`
        : escape(m.mark));

const WORD_MARKS = /* @__PURE__ */ MARKS.filter((m) => m.word && !m.pattern);
const SIGN_MARKS = /* @__PURE__ */ MARKS.filter((m) => !m.word || m.pattern);
const WORD_MARK = /* @__PURE__ */ new Map(/* @__PURE__ */ WORD_MARKS.map((m) => [m.mark, m]));

/**
 * Every mark in one regex: one scan per text instead of one per mark. Signs have a group each;
 * word marks share one group and one pair of edge tests (each `\p{L}` costs the browser about half
 * a millisecond to compile, on every page load). The leftmost mark wins; at one position, the
 * longer, more specific mark listed first ("NT$" before "$"). No sign and word mark can start a
 * match at the same place (every lettered sign has a '$' or a script of its own), so listing the
 * signs first changes no result.
 */
const ANY_MARK = /* @__PURE__ */ pattern(
  () =>
    `${SIGN_MARKS.map((m) => `(${markSource(m)})`).join('|')}|(?<!\\p{L})(${WORD_MARKS.map((m) => escape(m.mark)).join('|')})(?![\\p{L}])`,
  'u',
);

/** The currency mark named in `s` (no ISO code test), resolved with hints; null when none. */
export function currencyFromMarks(s: string, hints: CurrencyHints): string | null {
  const m = ANY_MARK.exec(s);
  if (!m) return null;
  for (let i = 1; i <= SIGN_MARKS.length; i++) {
    const mark = SIGN_MARKS[i - 1];
    if (m[i] !== undefined && mark) return resolveMark(mark.code, hints);
  }
  const word = m[SIGN_MARKS.length + 1];
  return word === undefined ? null : resolveMark(WORD_MARK.get(word)!.code, hints);
}

let markSourceMemo: string | undefined;
let letterPrefixesMemo: readonly string[] | undefined;

/**
 * One alternation of every mark plus any Unicode currency sign and three-letter codes: the regex
 * source other modules use for "a currency mark touching a number". Use with the `u` flag. Built
 * at first call (then kept): nothing is spent on it while the bundle is evaluated.
 */
export function currencyMarkSource(): string {
  return (markSourceMemo ??= String.raw`(?:(?<!\p{L})(?:${WORD_MARKS.map((m) => escape(m.mark)).join('|')})(?![\p{L}])|${SIGN_MARKS.map(markSource).join('|')}|\p{Sc}|(?<![A-Za-z])[A-Z]{3}(?![A-Za-z]))`);
}

/** Letter-only marks that may sit right before digits ("EUR12", "Rs.5", "CHF59", "RM10"), built at first call. */
export function letterPrefixes(): readonly string[] {
  return (letterPrefixesMemo ??= MARKS.filter((m) => /^[\p{L}.]+$/u.test(m.mark) && /[A-Za-z]/.test(m.mark)).map((m) =>
    m.mark.replace(/\.$/, ''),
  ));
}
