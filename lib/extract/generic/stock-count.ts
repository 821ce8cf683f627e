/**
 * Availability from a stock count shown as text, for shops without structured data: "Stok: 120",
 * "库存 35 件", "재고 12개", "Lagerbestand: 5", "Noch 3 Stück", "Only 7 left", "0 in stock". A count
 * above zero is in stock, zero out of stock. The words live in ../words.ts (STOCK_COUNT_LABEL,
 * STOCK_LEFT_LEAD, STOCK_COUNT_UNIT), by language.
 */
import type { Availability } from '../types';
import type { SpecPairs } from './specs';
import { NATIVE_DIGIT, nativeDigitsAsAscii } from '../native-digits';
import {
  AVAILABLE_ALONE_TEXT,
  NOT_AVAILABLE_ALONE_TEXT,
  IN_STOCK_TEXT,
  NEARLY_SOLD_OUT_TEXT,
  OUT_OF_STOCK_TEXT,
  STOCK_COUNT_BEFORE_TEXT,
  STOCK_COUNT_TEXT,
  STOCK_LEFT_TEXT,
  STOCK_PIECES_TEXT,
} from '../words';

/** Arabic-Indic and Eastern Arabic (Persian) digits, as Salla and Zid print counts: "بقي ٣ قطع". */
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;
const asciiDigits = (text: string) =>
  nativeDigitsAsAscii(text).replace(ARABIC_DIGIT, (c) => {
    const code = c.charCodeAt(0);
    return String(code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
  });

/** The stock count a short text states, or null when it states none. */
export function stockCountOf(raw: string): number | null {
  const text = asciiDigits(raw);
  const m = STOCK_COUNT_TEXT.exec(text) ?? STOCK_LEFT_TEXT.exec(text) ?? STOCK_COUNT_BEFORE_TEXT.exec(text);
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/\D/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** In stock for a count above zero, out of stock for zero, null when the text states no count. */
function availabilityFromCount(text: string): Availability {
  // Cheap first test: a count needs a digit (in any of the scripts stockCountOf reads).
  if (!/[\d\u0660-\u0669\u06F0-\u06F9]/.test(text) && !NATIVE_DIGIT.test(text)) return null;
  const n = stockCountOf(text);
  return n === null ? null : n > 0 ? 'InStock' : 'OutOfStock';
}

/**
 * A short stock text: out-of-stock words first (unless they say nearly sold out: "Fast ausverkauft",
 * "품절임박"), then a count, then in-stock words (few left, pre-order and backorder among them).
 */
export function stockSaid(text: string): Availability {
  if (OUT_OF_STOCK_TEXT.test(text)) return NEARLY_SOLD_OUT_TEXT.test(text) ? 'InStock' : 'OutOfStock';
  return availabilityFromCount(text) ?? (IN_STOCK_TEXT.test(text) ? 'InStock' : null);
}

/**
 * A stock line's text (an element named for stock or availability): what `stockSaid` reads, else a
 * bare count of pieces ("Verkkokaupassa yli 10 kpl", "Skladem > 10 ks", "6 st", "0 kpl").
 */
export function stockLineSaid(text: string): Availability {
  const said = stockSaid(text);
  if (said !== null || (!/[\d\u0660-\u0669\u06F0-\u06F9]/.test(text) && !NATIVE_DIGIT.test(text))) return said;
  const m = STOCK_PIECES_TEXT.exec(asciiDigits(text));
  if (!m?.[1]) return null;
  const n = Number(m[1].replace(/\D/g, ''));
  return !Number.isFinite(n) ? null : n > 0 ? 'InStock' : 'OutOfStock';
}

// Stock phrases, not bare "available"/"disponible" ("Imagen no disponible" is about a picture).

/**
 * A stock element's whole text is the bare word "available" ("<span class=stock-ok>Disponible
 * </span>"), or its negation: the element's class says stock, so the bare word speaks of it.
 */
function wordAlone(t: string): Availability {
  const w = t.replace(/[.!]+$/, '');
  return NOT_AVAILABLE_ALONE_TEXT.test(w) ? 'OutOfStock' : AVAILABLE_ALONE_TEXT.test(w) ? 'InStock' : null;
}

/**
 * The text of an element that says it is about stock (a stock-classed element, or the microdata
 * `availability` prop written as text: "<span itemprop=availability>Disponible</span>"): a stock line,
 * else the bare word "available" or its negation.
 */
export function stockElementSaid(text: string): Availability {
  return stockLineSaid(text) ?? wordAlone(text);
}

/** Spec rows at most this long are read as stock lines ("Lagerbestand | 5", "재고 | 12개"). */
const MAX_PAIR_TEXT = 60;

/** A spec row stating a stock count ("<th>Lagerbestand</th><td>5</td>", "<dt>재고</dt><dd>12개</dd>"). */
export function availabilityFromSpecCount(pairs: SpecPairs): Availability {
  for (let i = 0; i < pairs.length && i < 400; i++) {
    const [l, v] = pairs[i]!;
    if (!/\d/.test(v) || l.length + v.length > MAX_PAIR_TEXT) continue;
    const said = availabilityFromCount(`${l}: ${v}`);
    if (said !== null && STOCK_COUNT_TEXT.test(`${l}: ${v}`)) return said;
  }
  return null;
}
