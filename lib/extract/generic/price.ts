/**
 * The price the user sees in the buy box. Candidates: elements whose class/id/itemprop say "price",
 * plus short money-looking leaves near the product title (shops that don't label their price).
 * Excluded: struck-through / list prices (kept as list-price candidates), per-unit prices, hidden
 * elements, and anything inside recommendation, carousel, menu or footer regions. The rest are ranked
 * by DOM distance to the title and buy-box context. Unsure (nothing close enough) -> null.
 */
import { currencyMarkSource } from '../currencies';
import { detectCurrency, MONEY_DIGIT, parseMoney, type Money, type MoneyHints } from '../money';

/** A digit money.ts reads as one (its MONEY_DIGIT), for the list-price search and its property test. */
export { MONEY_DIGIT };
import {
  EX_TAX_TEXT,
  FROM_IN_TEXT,
  FREE_SHIPPING_NOTE,
  FROM_LABEL,
  INSTALMENT_COUNT,
  ITEM_ID_IN_TEXT,
  LEGAL_NOTE,
  LIST_PRICE_LABEL,
  NOT_ITEM_PRICE,
  NOW_BETWEEN_TEXT,
  PER_UNIT_AFTER,
  RANGE_SEPARATOR_TEXT,
  SALE_PRICE_LABEL,
  UNIT_PRICE_TEXT,
  CONDITIONAL_PRICE_TEXT,
  PAYMENT_METHOD_TEXT,
  REWARD_NOTE_TEXT,
} from '../words';
import { isStruck } from './struck';
import { nativeDigitsAsAscii } from '../native-digits';
import { otherOptionsPrice } from './variant-option';
import { onAncestors } from './ancestors';
import { underOtherProductsHeading } from './other-products';
import type { PageIndex } from './page-index';
import { allElements, childCount, clean, forEachShortAncestor, someAncestor, textUpTo } from './text';
import { pattern, type Matcher } from '../pattern';
import {
  BUY_BOX_REGION,
  DATA_PRICE_CONDITIONAL,
  DATA_PRICE_FORMER,
  ELSEWHERE_REGION,
  HIDDEN_BOX,
  MAIN_PRICE_BOX,
  MEMBER_PRICE_BOX,
  NOT_ITEM_PRICE_BOX,
  OPTION_GROUP_BOX,
  UNIT_PRICE_BOX,
  PRICE_ROLE,
} from '../words-class';

// Role tokens in class/id/test-id (words-class.ts), with word-ish boundaries so "price" doesn't match "unprice".
const ELSEWHERE = ELSEWHERE_REGION;
const CURRENCY_SIGN = /* @__PURE__ */ pattern(() => currencyMarkSource(), 'u');
/**
 * A digit, also Arabic-Indic and Eastern Arabic ("١٬٢٩٩ ر.س"), Indic and Thai ("৳ ১,২৫০"): money.ts
 * reads those too (the ranges of ../native-digits.ts, as a literal: round24.test.ts holds them alike).
 */
const ANY_DIGIT =
  /[\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0DE6-\u0DEF\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819]/;
const ARABIC_NUMERALS = /[\u0660-\u066C\u06F0-\u06F9\u200E\u200F\u061C]/g;
/**
 * Native digits and the Arabic separators as ASCII, bidi marks dropped, for this module's digit
 * patterns (money.ts reads such amounts the same way).
 */
function asciiDigits(t: string): string {
  return nativeDigitsAsAscii(t).replace(ARABIC_NUMERALS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
    if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
    return c === '\u066C' ? ',' : c === '\u066B' ? '.' : '';
  });
}

const FAR = 99;

// Thresholds of the buy-box price search, in tree levels unless said otherwise.
/** An element this close below a recommendation, carousel, menu or footer box belongs to it. */
export const ELSEWHERE_LEVELS = 14;
/** An element this close below a box whose class says buy box / product price is in the buy box. */
const BUY_BOX_LEVELS = 10;
/** A price at most this far from the title (steps up to the shared ancestor plus down) is the product's. */
const NEAR_TITLE = 12;
/** ...and at most this far, it is reliable whatever the shop calls its classes. */
const RELIABLE_NEAR_TITLE = 6;
/** A struck price this close to the chosen one is its list price. */
const LIST_PRICE_NEAR = 8;
/** Price texts are short: a longer candidate is a sentence or a container. */
const MAX_PRICE_TEXT = 60;
/** A candidate with more element children than this is a container. */
const MAX_CANDIDATE_CHILDREN = 8;
/** Score of a candidate: closeness to the title counts double; bonuses for the signals below. */
const SCORE = {
  perLevel: 2,
  perRank: 0.01,
  buyBox: 3,
  itemprop: 4,
  mainPriceClass: 4,
  /** The class on the amount itself, not only on a wrapper holding the list price too. */
  mainPriceOwnClass: 1,
  /** Printed right after a higher amount in the same currency: a sale price after its list price. */
  afterHigher: 3,
  exTax: 30,
  saleLabel: 20,
};
/** The unlabelled fallback: levels above the title searched, elements read, candidates kept. */
const NEAR_TITLE_BOX = { levels: 4, scanned: 1500, kept: 60 };

/**
 * Levels from `el` up to the nearest ancestor-or-self whose class/id matches `re` (or whose tag is
 * in `tags`); FAR when none. Memoised, so testing every candidate costs about one walk of the tree.
 */
function regionDistance(idx: PageIndex, re: Matcher, tags: string[] = []): (el: Element | null) => number {
  const memo = new Map<Element, number>();
  return (el) => {
    const path: Element[] = [];
    let cur = el;
    let base = FAR;
    // <body>/<html> classes are page-wide flags ("a-aui_dropdown_..."), never a region.
    for (; cur && path.length < 300 && cur.tagName !== 'BODY' && cur.tagName !== 'HTML'; cur = cur.parentElement) {
      const known = memo.get(cur);
      if (known !== undefined) {
        base = known;
        break;
      }
      if (tags.includes(cur.tagName) || re.test(idx.hintsOf(cur))) {
        memo.set(cur, 0);
        base = 0;
        break;
      }
      path.push(cur);
    }
    // path[i] is i+1 levels below the element that gave `base` (or the top of the walk).
    for (let i = path.length - 1, d = base; i >= 0; i--) {
      const p = path[i];
      if (p) memo.set(p, (d = Math.min(FAR, d + 1)));
    }
    return el ? (memo.get(el) ?? base) : FAR;
  };
}

const elsewhereMemo = new WeakMap<PageIndex, Record<string, (el: Element | null) => number>>();
/**
 * `regionDistance` to a recommendation, carousel, menu or footer region (plus headers when asked),
 * one memo per page index: the price, title, stock and item-id steps of one extraction share it.
 */
export function elsewhereDistance(idx: PageIndex, headers = false): (el: Element | null) => number {
  let byTags = elsewhereMemo.get(idx);
  if (!byTags) elsewhereMemo.set(idx, (byTags = {}));
  const key = headers ? 'headers' : 'plain';
  return (byTags[key] ??= regionDistance(idx, ELSEWHERE, headers ? ['FOOTER', 'NAV', 'HEADER'] : ['FOOTER', 'NAV']));
}

/** Ancestors of `el` with their depth below it, for distance tests. */
function ancestorDepths(el: Element): Map<Element, number> {
  const m = new Map<Element, number>();
  let cur: Element | null = el;
  for (let d = 0; cur && d < 80; d++, cur = cur.parentElement) m.set(cur, d);
  return m;
}

/** Tree distance: steps up from `el` to the first shared ancestor plus that ancestor's depth over the title. */
function distanceTo(el: Element, anchor: Map<Element, number> | null): number {
  if (!anchor) return 20;
  let cur: Element | null = el;
  for (let up = 0; cur && up < 60; up++, cur = cur.parentElement) {
    const d = anchor.get(cur);
    if (d !== undefined) return up + d;
  }
  return FAR;
}

/**
 * Text of a price element, reading "<span>$</span>174<sup>99</sup>" as "$174.99": a trailing
 * two-digit superscript / cents child right after digits is the fraction.
 */
export function priceText(el: Element, depth = 0): string | null {
  if (!el.firstElementChild) return clean(el.textContent, 80);
  // A child that is a complete price on its own (screen-reader copy "$8.99" next to split digits),
  // read the same way ("<s>1.599<sup>99</sup> Lei</s>" is 1.599,99, not 1.59999).
  for (let c: Element | null = el.firstElementChild, n = 0; c && n < 10; c = c.nextElementSibling, n++) {
    // Not the cents of the integer printed before it: "149<sup>€99</sup>" is 149,99, not €99.
    if (/\d\s*$/.test(c.previousSibling?.textContent ?? '')) continue;
    const t = depth < 2 && splitDigits(c) ? priceText(c, depth + 1) : clean(c.textContent, 80);
    if (t && t.length <= 40 && /\d/.test(t) && CURRENCY_SIGN.test(t) && parseMoney(t)) return t;
  }
  let out = '';
  for (const node of Array.from(el.childNodes).slice(0, 30)) {
    const t = node.textContent ?? '';
    // Digits set in an element of their own right after the integer ("129<sup>99</sup>",
    // "<span>49</span><span>99</span>"): two of them are the cents; a footnote mark in a <sup> is
    // dropped; other digits stay a separate number, never glued on ("300<span>4</span>" is not 3004).
    if (node.nodeType === 1 && /^\s*\d+\s*$/.test(t) && /\d\s*$/.test(out)) {
      const digits = t.trim();
      // The decimal mark is the one the integer does not group with ("1.299<sup>99</sup>" is 1.299,99).
      if (digits.length === CENTS_DIGITS)
        out = out.replace(/\s+$/, '') + (GROUPED_BY_DOT.test(out) ? ',' : '.') + digits;
      else if ((node as Element).tagName !== 'SUP') out += ' ' + digits;
      continue;
    }
    // A footnote mark after the amount ("299,–<sup>*</sup>") is no part of it.
    if (node.nodeType === 1 && (node as Element).tagName === 'SUP' && FOOTNOTE_MARK.test(t)) continue;
    out += t;
    if (out.length > 200) break;
  }
  return clean(out, 80);
}

const CENTS_DIGITS = 2;
/** A footnote's mark: "*", "**", "†", "‡". */
const FOOTNOTE_MARK = /^\s*[*\u2020\u2021]{1,3}\s*$/;
/** A child element holding only digits ("<sup>99</sup>"): the amount is split over elements. */
function splitDigits(el: Element): boolean {
  for (let c = el.firstElementChild, n = 0; c && n < 10; c = c.nextElementSibling, n++)
    if (/^\s*\d+\s*$/.test(c.textContent ?? '')) return true;
  return false;
}
/** A bare amount, grouped or not, with cents or a zero-cents dash: "24.99", "1.299,00", "249,-". */
const BARE_AMOUNT = /^\d{1,3}(?:[.,' \u00A0]?\d{3})*(?:[.,](?:\d{2}|-{1,2}|–))?$/;
/** An integer grouped by dots at the end of the text so far: "1.299", "12.345.678". */
const GROUPED_BY_DOT = /\d\.\d{3}\s*$/;

/** Prices are shallow markup; a candidate nesting more than 4 levels is a container, not a price. */
function tooDeep(el: Element): boolean {
  return !!el.firstElementChild?.firstElementChild?.firstElementChild?.firstElementChild?.firstElementChild;
}

function isHidden(el: Element, idx: PageIndex): boolean {
  return someAncestor(
    el,
    3,
    (a) =>
      a.hasAttribute('hidden') ||
      HIDDEN_BOX.test(idx.hintsOf(a)) ||
      /display:\s*none/.test(a.getAttribute('style') ?? ''),
  );
}

const SLASH_UNIT = /* @__PURE__ */ pattern(String.raw`^\s*\/\s*\p{L}`, 'u');
const PER_UNIT = PER_UNIT_AFTER;
/** "(6,24 € / Stück)", "$6.24/count", "1 kg = 4,99 €": a per-unit price, judged from its own and nearby text. */
function isUnitPrice(el: Element, text: string, idx: PageIndex): boolean {
  if (UNIT_PRICE_TEXT.test(text)) return true;
  if (someAncestor(el, 3, (a) => UNIT_PRICE_BOX.test(idx.hintsOf(a)))) return true;
  // Neighbouring text only (never the whole parent: it may hold thousands of nodes).
  const before = (el.previousSibling?.textContent ?? '').slice(-20);
  // The note in the next element when only white space comes between: "<span>4,99 €</span> <span>/ 1 kg</span>".
  const after = (nodeAfter(el)?.textContent ?? '').slice(0, 20);
  return (/\(\s*$/.test(before) && SLASH_UNIT.test(after)) || PER_UNIT.test(after);
}

/**
 * The label in front of a price ("Versand: 4,99 €"): preceding sibling text up to the previous
 * sibling that holds digits (another amount), at most 40 characters.
 */
function labelBefore(el: Element, _text?: string): string {
  let s = '';
  for (let n = el.previousSibling, k = 0; n && s.length < 40 && k < 6; n = n.previousSibling, k++) {
    const t = n.textContent ?? '';
    // A previous amount ends the label; a label with a number in it ends in a colon ("Lowest price
    // in 30 days:", "Najniższa cena z 30 dni przed obniżką:").
    if (n.nodeType === 1 && ANY_DIGIT.test(t) && !/:\s*$/.test(t)) break;
    // Elements are separate words ("<h1>Torba</h1><span>od</span>" is "Torba od", not "Torbaod").
    s = n.nodeType === 1 ? t + ' ' + s : t + s;
  }
  return (clean(s, 80) ?? '').slice(-40);
}

/** Levels a price may sit below the table cell it is the value of. */
const CELL_DEPTH = 4;
const LABEL_MAX = 40;

/**
 * The label of the table or definition row a price is the value of: "<tr><th>배송비</th><td><span>
 * <strong>3,000원</strong></span></td></tr>" -> "배송비". Empty when the price is not in such a cell.
 */
function rowLabel(el: Element): string {
  const label = onAncestors(el, CELL_DEPTH, (cur) => {
    if (cur.tagName !== 'TD' && cur.tagName !== 'DD') return null;
    const head = cur.previousElementSibling;
    if (!head || !/^(?:TH|TD|DT)$/.test(head.tagName)) return '';
    const t = clean(head.textContent, 80) ?? '';
    return t.length <= LABEL_MAX && !/\d/.test(t) ? t : '';
  });
  return label ?? '';
}

/**
 * The amount is stated without tax, in its own text, its label or the note right after it
 * ("2,709円<span>(税抜)</span>", "Ex Tax: $80.00", "Χωρίς ΦΠΑ: 24,11 €"). Ranked below any
 * tax-included amount: that is what a consumer pays, and what shops must show them.
 */
function isExTax(el: Element, text: string, label: string, own = text): boolean {
  // A bracketed note opening the label qualifies the amount before it: "2,709円(税抜) (税込 2,980円)".
  if (EX_TAX_TEXT.test(text) || EX_TAX_TEXT.test(label.replace(/^\s*[(（][^)）]*[)）]/, ''))) return true;
  if (exTaxNoteInside(text, own)) return true;
  const after = nodeAfter(el);
  const note = (after?.textContent ?? '').slice(0, 24);
  // A note, not an amount of its own: "1 290 Kč <span>1 066 Kč bez DPH</span>" is the net price beside it.
  return EX_TAX_TEXT.test(note) && !(ANY_DIGIT.test(note) && CURRENCY_SIGN.test(note));
}

/** The node right after `el`, or the next element when only white space comes between ("<span>4,99 €</span> <span>/ 1 kg</span>"). */
function nodeAfter(el: Element): Node | null {
  const next = el.nextSibling;
  return next && !(next.textContent ?? '').trim() ? el.nextElementSibling : next;
}

/**
 * The box's own words right after its amount child say "without tax": "<div><span>£7.49</span>
 * <span>Ex VAT</span></div>" gives the amount "£7.49" and the box text "£7.49 Ex VAT". Only up to
 * the next digit: "£8.99 Inc VAT £7.49 Ex VAT" says nothing of the first amount.
 */
function exTaxNoteInside(text: string, own: string): boolean {
  if (own === text) return false;
  const at = own.indexOf(text);
  if (at < 0) return false;
  const after = own.slice(at + text.length, at + text.length + 30);
  const digit = after.search(ANY_DIGIT);
  const note = digit < 0 ? after : after.slice(0, digit);
  return note.trim() !== '' && EX_TAX_TEXT.test(note);
}

const LETTER = /* @__PURE__ */ pattern(String.raw`\p{L}`, 'gu');
const WORD = /* @__PURE__ */ pattern(String.raw`\p{L}{2,}`, 'gu');
const SENTENCE_MARK = /* @__PURE__ */ pattern(String.raw`[,;!?]\s|\.\s|\p{L}\.$`, 'u');
/** More than 20 letters, or four words with sentence punctuation outside the numbers: a sentence. */
function isProse(t: string): boolean {
  if ((t.match(LETTER)?.length ?? 0) > 20) return true;
  return (t.match(WORD)?.length ?? 0) >= 4 && SENTENCE_MARK.test(t.replace(/\d[\d.,]*/g, '0'));
}

/**
 * The label in front of the wrapper(s) a price is the first thing of: "<span class=price-label>As
 * low as</span><span class=price-wrapper><span class=price>£19.00</span></span>". Two levels up.
 */
function outerLabel(el: Element): string {
  let cur = el;
  for (let i = 0; i < 2; i++) {
    const parent = cur.parentElement;
    if (!parent || parent.firstElementChild !== cur || (cur.previousSibling?.textContent ?? '').trim()) return '';
    const l = labelBefore(parent);
    if (l) return l;
    cur = parent;
  }
  return '';
}

/** The box `levels` above `el`, never above the body (the body itself when the climb reaches it). */
function boxAbove(el: Element, levels: number): Element {
  let box: Element = el;
  for (let i = 0; i < levels && box.parentElement && box.tagName !== 'BODY'; i++) box = box.parentElement;
  return box;
}

/** The box the near-title scan reads: a few levels above the title, never above the body. */
function nearTitleBox(titleEl: Element): Element {
  return boxAbove(titleEl, NEAR_TITLE_BOX.levels);
}

// Headings and list items too: OpenCart's default theme prints the price as "<li><h2>29,90 €</h2></li>".
const NEAR_TITLE_TAGS = 'span, p, div, strong, b, ins, bdi, dd, td, li, h2, h3, h4';

/** A short money text near the title: digits and a currency sign, and not a sentence. */
function moneyLeafText(t: string): boolean {
  // A sentence mentioning an amount ("Bright, light and only $34.95.") is prose, not a price tag.
  return ANY_DIGIT.test(t) && CURRENCY_SIGN.test(t) && !isProse(t);
}

/**
 * A short money text near the title (moneyLeafText), or a bare amount whose currency mark is the
 * element right after or before it ("특가 <strong class=num>10,900</strong><span class=won>원</span>"
 * in a box of four children, which the scan passes over as a container).
 */
export function moneyLeaf(el: Element, t: string): boolean {
  if (moneyLeafText(t)) return true;
  const bare = t.trim();
  return BARE_AMOUNT.test(bare) && withSiblingMark(el, bare) !== bare;
}

/**
 * Unlabelled money leaves near the title: "<p class="wt-text-title-03">53,11 €</p>" in a buy box.
 * Among the box's first NEAR_TITLE_BOX.scanned elements of NEAR_TITLE_TAGS (document order), those
 * with at most three element children, nested at most four levels, whose text holds at most
 * MAX_PRICE_TEXT characters and reads as money (moneyLeaf); the first NEAR_TITLE_BOX.kept.
 *
 * Where the box holds at most `limit` elements (most pages), found from its text nodes that hold a
 * digit, upwards (forEachShortAncestor), instead of reading every element of the box: such an
 * element's text holds a digit, so it is an ancestor of one of those text nodes. A bigger box is
 * read element by element up to the bound (firstMoneyLeaves): its text nodes would be all of the
 * box's, past the bound too. tests/property/near-title-scan.property.test.ts holds both ways to the
 * element-by-element scan, bounds included.
 */
export function nearTitleCandidates(
  titleEl: Element,
  limit = NEAR_TITLE_BOX.scanned,
  kept = NEAR_TITLE_BOX.kept,
): Element[] {
  const box = nearTitleBox(titleEl);
  if (allElements(box).length > limit) return firstMoneyLeaves(box, limit, kept);
  const out: Element[] = [];
  const scan = { max: MAX_PRICE_TEXT, digit: ANY_DIGIT, selector: NEAR_TITLE_TAGS, limit };
  forEachShortAncestor(box, scan, (el) => {
    if (childCount(el, 3) <= 3 && !tooDeep(el) && moneyLeaf(el, el.textContent ?? '')) out.push(el);
    return out.length >= kept;
  });
  return out;
}

/** The near-title scan of a box with more than `limit` elements: its first `limit` of NEAR_TITLE_TAGS, in turn. */
function firstMoneyLeaves(box: Element, limit: number, kept: number): Element[] {
  const all = box.querySelectorAll(NEAR_TITLE_TAGS);
  const n = Math.min(all.length, limit);
  const out: Element[] = [];
  const long = new Set<Element>();
  // A block at a time, so that the scan still ends once enough candidates are kept.
  for (let from = 0; from < n && out.length < kept; from += TEXT_BLOCK) {
    const to = Math.min(n, from + TEXT_BLOCK);
    const texts = shortTexts(all, from, to, box, long);
    for (let i = from; i < to && out.length < kept; i++) {
      const t = texts[i - from];
      if (t !== undefined && moneyLeaf(all[i]!, t)) out.push(all[i]!);
    }
  }
  return out;
}

/** Elements of firstMoneyLeaves whose texts are read together (shortTexts). */
const TEXT_BLOCK = 100;

/**
 * The texts of elements `from` to `to` (excluded) of `all` (in document order, inside `box`) that
 * can be a price's: at most three element children, not nested deeper than four levels, at most
 * MAX_PRICE_TEXT characters; undefined for the others. Read from the last element up: an element
 * whose text is too long makes its ancestors' too long as well, so theirs are not built (the boxes
 * around a title nest deeply, and their whole texts, read box by box, were most of this step's
 * work). `long` holds the elements known to have such a text, and every ancestor of one (up to the
 * box); it is kept from block to block.
 */
function shortTexts(
  all: ArrayLike<Element>,
  from: number,
  to: number,
  box: Element,
  long: Set<Element>,
): (string | undefined)[] {
  const texts = new Array<string | undefined>(to - from);
  for (let i = to - 1; i >= from; i--) {
    const el = all[i]!;
    if (long.has(el) || childCount(el, 3) > 3 || tooDeep(el)) continue;
    const t = el.textContent ?? '';
    if (t.length <= MAX_PRICE_TEXT) texts[i - from] = t;
    else for (let p = el.parentElement; p && p !== box && !long.has(p); p = p.parentElement) long.add(p);
  }
  return texts;
}

/**
 * parseMoney and detectCurrency of texts with one page's hints, each text read once: a shop page
 * repeats its price texts (Amazon: 322 candidates with 69 distinct texts), and both are pure.
 */
interface MoneyReads {
  money(text: string): Money | null;
  currency(text: string): string | null;
}

function moneyReads(hints: MoneyHints): MoneyReads {
  const amounts = new Map<string, Money | null>();
  const currencies = new Map<string, string | null>();
  return {
    money(text) {
      let m = amounts.get(text);
      if (m === undefined) amounts.set(text, (m = parseMoney(text, hints)));
      return m;
    },
    currency(text) {
      let c = currencies.get(text);
      if (c === undefined) currencies.set(text, (c = detectCurrency(text, hints)));
      return c;
    },
  };
}

export interface VisiblePrice {
  price: number;
  currency: string | null;
  listPrice: number | null;
  el: Element;
  /** In a buy box, labelled as the price, or right next to the title. */
  reliable: boolean;
  /** Distinct acceptable amounts seen (many means a listing, not one product). */
  distinctAmounts: number;
  /** The acceptable amounts shown near the title (not struck, not a fee, instalment or condition). */
  nearAmounts?: ReadonlySet<number>;
}

interface Best {
  score: number;
  price: number;
  currency: string | null;
  el: Element;
  reliable: boolean;
  /** Stated without tax: the search goes on for a tax-included amount. */
  exTax: boolean;
  /** Labelled as the discounted price to pay ("할인가", "Precio oferta"). */
  sale: boolean;
  /** The higher amount printed right before it (higherAmountBefore), if any. */
  higher: number | null;
}

/** Characters of the title's box read for a sale-price label. */
const SALE_LABEL_SCAN = 3000;

/**
 * A label naming the discounted price ("할인가", "特價", "Precio oferta") is printed near the title:
 * the price to pay may be an unlabelled element, so a best candidate without that label does not
 * end the search ("판매가 <strong class=price>29,900원</strong> / 할인가 <strong>24,900</strong>원").
 */
function saleLabelNearTitle(titleEl: Element): boolean {
  return SALE_PRICE_LABEL.test(shownText(nearTitleBox(titleEl), SALE_LABEL_SCAN));
}

/**
 * A container whose parts are the candidates: it holds a struck price too ("<del>29 €</del>
 * <ins>19 €</ins>", "Was: $79 Now: $64"), or wraps one struck amount ("<li><span
 * style=line-through>39,90 €</span></li>").
 */
function boxOfAmounts(el: Element, idx: PageIndex): boolean {
  if (!el.firstElementChild) return false;
  if (el.querySelector('del, s, strike') || severalAmounts(el)) return true;
  return el.childElementCount === 1 && isStruck(el.firstElementChild, idx);
}

/** `trace`, when given, receives one line per candidate considered (for debugging a page by hand). */
export function findVisiblePrice(
  idx: PageIndex,
  titleEl: Element | null,
  money: MoneyHints,
  trace?: (line: string) => void,
): VisiblePrice | null {
  const elsewhere = elsewhereDistance(idx);
  const buyBox = regionDistance(idx, BUY_BOX_REGION);
  const otherProducts = underOtherProductsHeading(titleEl);
  const reads = moneyReads(money);
  const titleDepths = titleEl ? ancestorDepths(titleEl) : null;
  const seen = new Set<Element>();
  const candidates = idx.priceEls.slice();
  let best: Best | null = null;
  const struck: { el: Element; price: number }[] = [];
  let scannedNearTitle = false;
  let saleLabelNear: boolean | null = null;
  /** A higher regular price a sale-labelled amount took the place of: its list price. */
  let beaten: number | null = null;
  const amounts = new Set<number>();
  const nearAmounts = new Set<number>();
  /** Price-classed elements showing a bare amount ("24<sup>99</sup>"): the last fallback. */
  const bare: Element[] = [];
  let allowBare = false;
  for (let i = 0; ; i++) {
    // Unlabelled amounts near the title are the fallback: scanned only when the labelled
    // candidates gave nothing reliable.
    if (i >= candidates.length && !scannedNearTitle) {
      scannedNearTitle = true;
      // A tax-excluded best keeps the search going: the tax-included amount may be unlabelled.
      // So does a best amount not labelled as the sale price while such a label sits near the title.
      if (
        titleEl &&
        !(best?.reliable && !best.exTax && (best.sale || !(saleLabelNear ??= saleLabelNearTitle(titleEl))))
      )
        candidates.push(...nearTitleCandidates(titleEl));
    }
    // Shops that print no currency sign at all (bol.com's "24<sup>99</sup>"): their price-classed
    // bare amounts, when nothing with a sign was found.
    if (i >= candidates.length && !best && !allowBare && bare.length) {
      allowBare = true;
      for (const b of bare) seen.delete(b);
      candidates.push(...bare);
    }
    if (i >= candidates.length) break;
    const el = candidates[i];
    if (!el) continue;
    if (seen.has(el)) continue;
    seen.add(el);
    if (
      el.tagName === 'SCRIPT' ||
      el.tagName === 'STYLE' ||
      childCount(el, MAX_CANDIDATE_CHILDREN) > MAX_CANDIDATE_CHILDREN ||
      tooDeep(el)
    )
      continue;
    // A box holding the title is the product block, not its price.
    if (titleEl && el.firstElementChild && el.contains(titleEl)) continue;
    // Cheap, memoised region test before any text work: most candidates on big shops are tiles.
    if (!trace && elsewhere(el) <= ELSEWHERE_LEVELS) continue;
    const read = candidateText(el, idx);
    if (!read) continue;
    const { ownOnly } = read;
    // "De R$ 299,90 por R$ 199,90" in one element: the first amount is the list price, the rest the price.
    const split = listThenPrice(read.text, reads);
    const text = split?.rest ?? read.text;
    const formerly = split ? reads.money(split.list) : null;
    if (formerly) struck.push({ el, price: formerly.amount });
    const m = reads.money(text);
    if (!m || m.amount <= 0) continue;
    const labelled = el.getAttribute('itemprop') === 'price';
    if (!labelled && !reads.currency(text)) {
      const isBare = BARE_AMOUNT.test(text) && PRICE_ROLE.test(idx.hintsOf(el));
      if (!allowBare && isBare) bare.push(el);
      if (!allowBare || !isBare) continue;
    }
    const dist = distanceTo(el, titleDepths);
    const buy = buyBox(el) <= BUY_BOX_LEVELS;
    trace?.(
      `${text} | ${m.amount} ${m.currency} | dist=${dist} buy=${buy} | ${idx.hintsOf(el).slice(0, 60)} | else=${elsewhere(el)} hid=${isHidden(el, idx)} struck=${isStruck(el, idx)} unit=${isUnitPrice(el, text, idx)} label=${labelBefore(el, text)}`,
    );
    if (elsewhere(el) <= ELSEWHERE_LEVELS || isHidden(el, idx)) continue;
    const label = labelBefore(el) || rowLabel(el);
    const dataKind = dataPriceKind(el);
    if (dataKind === 'conditional') continue;
    if (isStruck(el, idx) || LIST_PRICE_LABEL.test(label) || dataKind === 'former') {
      struck.push({ el, price: m.amount });
      continue;
    }
    // The label printed inside the element itself ("Was: $79.00"), also in a child of its own
    // before the amount's child ("<span>Běžná cena</span> <span>14 990 Kč</span>").
    const own = el.firstElementChild && !ownOnly && !split ? (clean(shownText(el, 100), 100) ?? text) : text;
    if ([...labelsInside(text), ...labelsInside(own)].some((l) => LIST_PRICE_LABEL.test(l))) {
      struck.push({ el, price: m.amount });
      continue;
    }
    if (notOneItemPrice(el, idx, titleEl, text, own, label)) continue;
    amounts.add(m.amount);
    // Under a heading naming other products ("Related products"): their price, counted as an amount
    // the page shows (many make a listing), never the product's.
    if (otherProducts(el)) continue;
    if (dist <= NEAR_TITLE) nearAmounts.add(m.amount);
    // Close to the title, or in a buy box, or explicitly labelled; otherwise not the product's price.
    if (titleDepths ? dist > NEAR_TITLE && !buy && !labelled : !buy && !labelled) continue;
    const { sale, main, exTax, higher, bonus } = signalsOf(el, idx, { text, own, label, ownOnly, m, reads });
    const score =
      -dist * SCORE.perLevel - i * SCORE.perRank + (buy ? SCORE.buyBox : 0) + (labelled ? SCORE.itemprop : 0) + bonus;
    if (!best || score > best.score) {
      if (sale && best && !best.sale && best.price > m.amount) beaten = best.price;
      best = {
        score,
        price: m.amount,
        currency: m.currency,
        el,
        reliable: buy || labelled || main || dist <= RELIABLE_NEAR_TITLE,
        exTax,
        sale,
        higher,
      };
    }
  }
  if (!best) return null;
  // The only amount anywhere near the title is reliable too, however the shop names its classes.
  if (
    !best.reliable &&
    nearAmounts.size === 1 &&
    nearAmounts.has(best.price) &&
    distanceTo(best.el, titleDepths) <= NEAR_TITLE
  )
    best.reliable = true;
  const near = ancestorDepths(best.el);
  const listPrice =
    struck.find((s) => s.price > best!.price && distanceTo(s.el, near) <= LIST_PRICE_NEAR)?.price ??
    nearbyListPrice(best.el, best.price, idx, reads) ??
    best.higher ??
    beaten;
  return {
    price: best.price,
    currency: best.currency,
    listPrice,
    el: best.el,
    reliable: best.reliable,
    distinctAmounts: amounts.size,
    nearAmounts,
  };
}

/**
 * The candidate's price text: a META's content, else priceText; for a box of amounts, its own text
 * (outside its children) when that is a price: "<div><span class=productOldPrice>UVP 49,90
 * EUR</span><br>Unser Preis 39,90 EUR</div>" (its children are the other candidates). Null when
 * there is none, or it is too long for a price.
 */
function candidateText(el: Element, idx: PageIndex): { text: string; ownOnly: boolean } | null {
  let text = el.tagName === 'META' ? clean(el.getAttribute('content')) : priceText(el);
  if (!text) return null;
  let ownOnly = false;
  if (el.tagName !== 'META' && BARE_AMOUNT.test(text)) text = withSiblingMark(el, text);
  if (el.firstElementChild && boxOfAmounts(el, idx)) {
    const own = ownTextOf(el);
    if (!own || !CURRENCY_SIGN.test(own) || !ANY_DIGIT.test(own)) return null;
    text = own;
    ownOnly = true;
  }
  return text.length > MAX_PRICE_TEXT ? null : { text, ownOnly };
}

/** A text that is a currency mark and nothing else ("원", "€", "kr.", "USD"). */
const MARK_ALONE = /* @__PURE__ */ pattern(() => String.raw`^\s*(?:${currencyMarkSource()})\.?\s*$`, 'u');
/** Characters a sibling holding only a currency mark has at most. */
const MARK_TEXT_MAX = 6;

/**
 * A bare amount whose currency mark is the sibling element or text right after or before it
 * ("<strong class=price>5,000</strong><span class=won>원</span>", "<span>€</span><b>24,90</b>"):
 * the amount with its mark, so that it is read as the price it is, not left for the bare-amount
 * fallback behind any signed amount of the page (a shipping fee, another product's tile).
 */
function withSiblingMark(el: Element, text: string): string {
  const after = (nodeAfter(el)?.textContent ?? '').slice(0, MARK_TEXT_MAX + 1);
  if (after.length <= MARK_TEXT_MAX && MARK_ALONE.test(after)) return `${text} ${after.trim()}`;
  const prev = el.previousSibling;
  const before = (
    (prev && !(prev.textContent ?? '').trim() ? el.previousElementSibling : prev)?.textContent ?? ''
  ).slice(-MARK_TEXT_MAX - 1);
  if (before.length <= MARK_TEXT_MAX && MARK_ALONE.test(before)) return `${before.trim()} ${text}`;
  return text;
}

/** Levels above an amount whose `data-<kind>-price` attribute may name its kind. */
const DATA_KIND_LEVELS = 3;
const DATA_PRICE_ATTRIBUTE = /^data-([a-z]+)-price$/;

/**
 * What a `data-<kind>-price` attribute on the amount or a near box says of it: "<li
 * data-normal-price=39.990>" a former price, "<li data-cmr-price=24.990>" one only the shop's card
 * holders pay; null for any other kind ("data-internet-price", the price to pay) or none.
 */
function dataPriceKind(el: Element): 'former' | 'conditional' | null {
  return onAncestors(el, DATA_KIND_LEVELS, (cur) => {
    if (!cur.hasAttributes()) return null;
    for (const a of Array.from(cur.attributes)) {
      const kind = DATA_PRICE_ATTRIBUTE.exec(a.name)?.[1];
      if (!kind) continue;
      if (DATA_PRICE_FORMER.test(kind)) return 'former';
      if (DATA_PRICE_CONDITIONAL.test(kind)) return 'conditional';
    }
    return null;
  });
}

/** Levels above an amount whose class may say it is a member tier's price. */
const MEMBER_BOX_LEVELS = 3;

/**
 * An amount added on top ("+ $9.99" shipping, "+299" points, "+ shipping from ₦ 2,500"): a text
 * opening with "+" is never the item's price.
 */
const ADDED_AMOUNT = /^\s*\+/;
/**
 * The same after a label: an add-on's surcharge ("1 year warranty: + ₦ 4,000", "Gift wrap +RM5.00",
 * "تغليف هدية (+ ١٥ ر.س)", "2-year extended warranty + Dhs. 39.00"): a "+" after a space, colon or
 * parenthesis, then at most a short mark, then the amount.
 */
const ADDED_AFTER_LABEL =
  /(?:^|[\s(:])\+\s*(?:[^\d\s\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]{1,4}\s*)?[\d\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF]/;

/**
 * An amount added on top of the price, at the start or after a label, with no amount printed
 * before the "+" ("$19.99 + $4.99 shipping" keeps its first amount for the other rules).
 */
function addedAmount(text: string): boolean {
  if (ADDED_AMOUNT.test(text)) return true;
  const plus = ADDED_AFTER_LABEL.exec(text);
  if (!plus) return false;
  const before = text.slice(0, plus.index);
  return !(ANY_DIGIT.test(before) && CURRENCY_SIGN.test(before));
}

/**
 * An amount that is not one item's price to pay now: a unit price, a shipping fee, an instalment,
 * a conditional price, a "from" price, an end of a range, or one inside a shipping/tax/savings box.
 */
function notOneItemPrice(
  el: Element,
  idx: PageIndex,
  titleEl: Element | null,
  text: string,
  own: string,
  label: string,
): boolean {
  if (
    isUnitPrice(el, text, idx) ||
    addedAmount(text) ||
    NOT_ITEM_PRICE.test(text.replace(LEGAL_NOTE, ' ').replace(FREE_SHIPPING_NOTE, '$1')) ||
    INSTALMENT_COUNT.test(text) ||
    NOT_ITEM_PRICE.test(label)
  )
    return true;
  // A condition on the whole box ("최대할인가 27,900원 카드 혜택 적용 시"): only some buyers pay it.
  // ... or given back ("<div>Earn <span>$6.45</span> cashback</div>": the box's words around its amount).
  // ... or per unit ("<div class=price><span>4,99 €</span> <span>/ 1 kg</span></div>").
  if (own !== text && (CONDITIONAL_PRICE_TEXT.test(own) || REWARD_NOTE_TEXT.test(own) || UNIT_PRICE_TEXT.test(own)))
    return true;
  // ... or labelled inside the box, before the amount's child, as something else: "<div><span>Экономия</span>
  // <span>80,00 р.</span></div>" is the amount saved.
  if (own !== text && labelsInside(own).some((l) => NOT_ITEM_PRICE.test(l.replace(LEGAL_NOTE, ' ')))) return true;
  // ... or in a note right after the amount ("<span>4 990 ₽</span><span>с Ozon Картой</span>").
  if (conditionAfter(el)) return true;
  // ... or the price of another option of a picker than the chosen one (a swatch's own price).
  if (otherOptionsPrice(el, idx.hintsOf) || otherOptionChild(el, idx)) return true;
  // ... or a club or member tier's price, by its box's class ("<div class=marketclub-price>").
  if (someAncestor(el, MEMBER_BOX_LEVELS, (a) => MEMBER_PRICE_BOX.test(idx.hintsOf(a)))) return true;
  // A box reading "As low as $19.00" whose price child gave `text`: its own words count too.
  if (FROM_LABEL.test(label) || FROM_IN_TEXT.test(text) || FROM_IN_TEXT.test(own) || FROM_LABEL.test(outerLabel(el)))
    return true;
  if (inRange(el, text)) return true;
  // A box holding the title is the product block, whatever flags its class carries ("js-has-new-shipping").
  return someAncestor(el, 3, (a) => NOT_ITEM_PRICE_BOX.test(idx.hintsOf(a)) && !(titleEl && a.contains(titleEl)));
}

/** Children of a candidate read for the option holding its amount (a picker has a few options in view). */
const MAX_OPTION_CHILDREN = 12;

/**
 * The candidate is a picker whose amount is printed in one option while another is the chosen one
 * ("<div class=pdp-variant><button class='chip active'>2 Tungku</button><button class=chip>3 Tungku
 * · Rp 1.650.000</button></div>"): that option's price (otherOptionsPrice, from the option itself).
 */
function otherOptionChild(el: Element, idx: PageIndex): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c && n < MAX_OPTION_CHILDREN; c = c.nextElementSibling, n++) {
    const t = c.textContent ?? '';
    if (ANY_DIGIT.test(t) && CURRENCY_SIGN.test(t)) return otherOptionsPrice(c, idx.hintsOf, true);
  }
  return false;
}

/**
 * A short note after the amount, itself no amount, naming a condition (a card, a coupon, members)
 * or saying the amount is given back ("<span>$6.45</span> <span>cashback</span>", "3,980<span>ポイント
 * </span>"): not the price to pay.
 */
function conditionAfter(el: Element): boolean {
  const after = nodeAfter(el);
  const note = after?.textContent ?? '';
  return (
    note.length <= 40 && !ANY_DIGIT.test(note) && (CONDITIONAL_PRICE_TEXT.test(note) || REWARD_NOTE_TEXT.test(note))
  );
}

/** The amount is a payment-method discount: said in its text, its box's or the short note right after it. */
function paymentMethodPrice(el: Element, text: string, own: string): boolean {
  if (PAYMENT_METHOD_TEXT.test(text) || PAYMENT_METHOD_TEXT.test(own)) return true;
  const after = nodeAfter(el);
  const note = after?.textContent ?? '';
  return note.length <= 40 && !ANY_DIGIT.test(note) && PAYMENT_METHOD_TEXT.test(note);
}

/**
 * What marks a candidate as the price to pay, and its score bonus: the label of the discounted
 * price ("할인가", "特價", "Angebotspreis") wins whatever the markup (a regular price beside it may
 * carry the shop's price class); the shop's class for the price to pay, best on the amount itself;
 * a higher amount right before it; minus a tax-excluded note.
 */
function signalsOf(
  el: Element,
  idx: PageIndex,
  c: { text: string; own: string; label: string; ownOnly: boolean; m: Money; reads: MoneyReads },
) {
  const sale = SALE_PRICE_LABEL.test(c.label) || labelsInside(c.own).some((l) => SALE_PRICE_LABEL.test(l));
  const mainOwn = MAIN_PRICE_BOX.test(idx.hintsOf(el));
  const main = sale || mainOwn || someAncestor(el, 3, (a) => MAIN_PRICE_BOX.test(idx.hintsOf(a)));
  // A payment-method discount ("ou R$ 66,40 via Pix") ranks as low, and keeps the search going too.
  const exTax = isExTax(el, c.text, c.label, c.own) || paymentMethodPrice(el, c.text, c.own);
  // Only a bare amount: a labelled one ("KDV Hariç: 1.041,58TL") is not a sale price by place.
  const higher = c.ownOnly || LETTER_BEFORE_DIGIT.test(c.text) ? null : higherAmountBefore(el, c.m, c.reads, idx);
  const bonus =
    (main ? SCORE.mainPriceClass : 0) +
    (mainOwn ? SCORE.mainPriceOwnClass : 0) +
    (higher !== null ? SCORE.afterHigher : 0) +
    (sale ? SCORE.saleLabel : 0) -
    (exTax ? SCORE.exTax : 0);
  return { sale, main, exTax, higher, bonus };
}

/** The words printed before the amount inside the element ("De: R$ 129,90" -> "De: R$", "De:"). */
function labelsInside(text: string): string[] {
  const at = text.search(/\d/);
  if (at <= 0) return [];
  // With and without a trailing mark: "Was: $" reads "Was:", while "UVP" is a label, not a code.
  return [text.slice(0, at), text.slice(0, at).replace(TRAILING_MARK, '')];
}
const TRAILING_MARK = /* @__PURE__ */ pattern(() => String.raw`\s*${currencyMarkSource()}?\.?\s*$`, 'u');

/**
 * A list-price label, its amount, then another amount: "De R$ 299,90 por R$ 199,90", "Was £40 now
 * £28", "Statt 49,99 € nur 39,99 €". The first amount (with its label) and the text after it; null
 * for any other text (one amount, or a first amount no list label names).
 */
function listThenPrice(text: string, reads: MoneyReads): { list: string; rest: string } | null {
  if (!LIST_THEN_PRICE_SHAPE.test(text) || asciiDigits(text).length !== text.length) return null;
  const found = [...text.matchAll(SIGNED_AMOUNT.regexFor(text))].slice(0, 3);
  const [first, second] = found;
  if (found.length !== 2 || !first || !second) return null;
  const end = first.index + first[0].trimEnd().length;
  const before = text.slice(0, first.index);
  const labelled = LIST_PRICE_LABEL.test(before) || LIST_PRICE_LABEL.test(before.replace(TRAILING_MARK, ''));
  // Or a "now" word alone between the two, the first amount the higher ("De R$ 299,90 por R$ 199,90").
  const between = text.slice(end, second.index).replace(TRAILING_MARK, '');
  const higher = () =>
    (reads.money(text.slice(first.index, end))?.amount ?? 0) > (reads.money(text.slice(end))?.amount ?? Infinity);
  if (!labelled && !(NOW_BETWEEN_TEXT.test(between) && higher())) return null;
  return { list: text.slice(0, end), rest: text.slice(end) };
}
/** Letters, a digit, then a letter again after it: the cheap shape test before listThenPrice's work. */
const LIST_THEN_PRICE_SHAPE = /* @__PURE__ */ pattern(String.raw`^\P{N}*\p{L}\P{N}*\d.*\p{L}.*\d`, 'u');

/** Amounts with a currency sign or code attached: "$32.00 USD" is one, "Was: $79.00 Now: $64.00" two. */
const SIGNED_AMOUNT = /* @__PURE__ */ pattern(
  () => String.raw`${currencyMarkSource()}\s?\d[\d.,'\s]*|\d[\d.,']*\s?${currencyMarkSource()}`,
  'gu',
);

/** Text without inline <script>/<style> (a price box may carry a script full of numbers), about `max` characters. */
function shownText(el: Element, max: number): string {
  let out = '';
  const walk = (n: Node, depth: number) => {
    for (let c = n.firstChild; c && out.length <= max; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.textContent ?? '';
      else if (c.nodeType === 1 && depth < 8 && !SKIP_TEXT.has((c as Element).tagName)) walk(c, depth + 1);
    }
  };
  walk(el, 0);
  return out;
}
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'script', 'style', 'template', 'noscript']);

/** Two letters before the first digit: a label, not a currency sign ("KDV Hariç: 1.041,58TL"). */
const LETTER_BEFORE_DIGIT = /* @__PURE__ */ pattern(String.raw`^[^\d]*\p{L}[^\d]*\p{L}[^\d]*\d`, 'u');
/** A list price is at most this many times the sale price printed after it. */
const MAX_LIST_RATIO = 5;
/**
 * The amount of the element right before `el`, when it is a higher price in the same currency:
 * "<p class=product-price__small>5 499₴</p><p class=product-price__big>4 399₴</p>" prints the
 * former price first, struck by the style sheet alone. Null otherwise (a price in a second
 * currency, "25,05 € / 49,00 лв.", is not a list price).
 */
function higherAmountBefore(el: Element, m: Money, reads: MoneyReads, idx: PageIndex): number | null {
  const prev = el.previousElementSibling;
  // A picker before the price prints its options' prices ("256 GB $1,149"): no former price.
  if (!prev || tooDeep(prev) || OPTION_GROUP_BOX.test(idx.hintsOf(prev))) return null;
  const t = priceText(prev);
  if (!t || t.length > 40 || !reads.currency(t) || NOT_ITEM_PRICE.test(t)) return null;
  const p = reads.money(t);
  if (!p || p.currency !== m.currency || p.amount <= m.amount || p.amount > m.amount * MAX_LIST_RATIO) return null;
  return p.amount;
}

/** The text of `el`'s own text nodes, not its children's, cleaned (at most 80 characters); null when none. */
function ownTextOf(el: Element): string | null {
  let out = '';
  for (let c = el.firstChild, n = 0; c && n < 30 && out.length < 120; c = c.nextSibling, n++)
    if (c.nodeType === 3) out += ' ' + (c.textContent ?? '');
  return clean(out, 80);
}

/** Two or more distinct signed amounts in a short container's text. */
function severalAmounts(el: Element): boolean {
  const t = asciiDigits(shownText(el, 320));
  if (t.length > 300) return true;
  const found = new Set<string>();
  for (const m of t.matchAll(SIGNED_AMOUNT.regexFor(t))) {
    found.add(m[0].replace(/\D/g, ''));
    if (found.size > 1) return true;
  }
  return false;
}

// "44,90 € -10%" is a price and its discount badge, not a range.
const RANGE_IN_TEXT = /* @__PURE__ */ pattern(
  String.raw`\d\s*(?:\p{Sc}|[A-Z]{3})?\s*[-–—]\s*(?:\p{Sc}|[A-Z]{3})?\s*\d(?![\d.,]*\s*%)`,
  'u',
);

/** One end of a displayed range ("77,62 € - 170,00 €" split over elements): no single price. */
function isRangeEnd(el: Element): boolean {
  const prev = el.previousElementSibling;
  const next = el.nextElementSibling;
  const sep = (n: ChildNode | null) =>
    !!n && RANGE_SEPARATOR_TEXT.test(n.textContent ?? '') && (n.textContent ?? '').trim().length > 0;
  return sep(prev) || sep(next) || sep(el.previousSibling) || sep(el.nextSibling);
}

/** "Art.-Nr.: 4711-0815" in a small product box is an item number, not a range: labelled ids are cut first. */
// A Pattern, not `new RegExp(ITEM_ID_IN_TEXT.source)`: common text takes the cheap twin (the full
// `\p{L}` regex costs milliseconds to compile on every page load).
const ITEM_IDS_IN_TEXT = /* @__PURE__ */ ITEM_ID_IN_TEXT.withFlags('giu');
const withoutItemIds = (t: string) => t.replace(ITEM_IDS_IN_TEXT, ' ');

/** The element, or one of its two nearest ancestors, is (an end of) a displayed price range. */
function inRange(el: Element, text: string): boolean {
  const ranged = onAncestors(el, RANGE_LEVELS, (cur) => {
    if (isRangeEnd(cur)) return true;
    if (!cur.firstElementChild || tooDeep(cur)) return null;
    const t = textUpTo(cur, 120);
    return t.length <= 120 && rangeTouches(withoutItemIds(clean(t, 120) ?? ''), text) ? true : null;
  });
  return ranged === true;
}
/** The amount and its two nearest ancestors are read for a range. */
const RANGE_LEVELS = 3;

const RANGES_IN_TEXT = /* @__PURE__ */ RANGE_IN_TEXT.withFlags('gu');
/**
 * A range in `t` with the candidate's amount (`own`) at one of its ends: "19 € - 25 €" is, while
 * "149,95 € * Lieferzeit: 1 - 2 Tage" holds a range of days beside the price, not a price range.
 * Where the candidate's text is not found as it stands, any range counts.
 */
function rangeTouches(t: string, own: string): boolean {
  if (!RANGE_IN_TEXT.test(t)) return false;
  const at = t.indexOf(own);
  if (at < 0) return true;
  const end = at + own.length;
  for (const m of t.matchAll(RANGES_IN_TEXT.regexFor(t))) {
    const first = m.index;
    const last = m.index + m[0].length - 1;
    if ((first >= at && first < end) || (last >= at && last < end)) return true;
  }
  return false;
}

/** Levels above the chosen price whose box is searched for its list price. */
const LIST_BOX_LEVELS = 3;
/** A struck or "Was:"-labelled amount within three levels of the chosen price (unlabelled markup). */
function nearbyListPrice(el: Element, price: number, idx: PageIndex, reads: MoneyReads): number | null {
  const all = boxAbove(el, LIST_BOX_LEVELS).querySelectorAll('span, s, del, strike, div, p, bdi');
  for (let i = 0; i < all.length && i < 200; i++) {
    const c = all[i];
    if (!c) continue;
    if (c === el || c.contains(el) || childCount(c, 3) > 3 || tooDeep(c)) continue;
    // Without a digit money.ts reads, its price text has none and is no amount (most boxes here).
    if (!MONEY_DIGIT.test(c.textContent ?? '')) continue;
    const t = priceText(c);
    if (!t || t.length > 40) continue;
    const m = reads.money(t);
    if (!m || m.amount <= price || !reads.currency(t)) continue;
    if (
      isStruck(c, idx) ||
      LIST_PRICE_LABEL.test(labelBefore(c)) ||
      LIST_PRICE_LABEL.test(labelBefore(c.parentElement ?? c))
    )
      return m.amount;
  }
  return null;
}
