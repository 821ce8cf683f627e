/**
 * A sold-out word said by one option of a size or colour picker ("XS – Sold out", "Größe 42
 * ausverkauft", `<option disabled>블랙 (품절)</option>`, "42 — нет в наличии", a disabled swatch)
 * speaks for that variant, not for the page. The page's availability is then the selected
 * variant's, or in stock when another option of the picker can be bought (none selected), or out of
 * stock when every option is sold out. One sold-out size never makes the page out of stock.
 *
 * Run only on a sold-out verdict (rare): no whole-document scan, a few ancestors and siblings.
 */
import type { Availability } from '../types';
import { OUT_OF_STOCK_TEXT } from '../words';
import { CHOSEN_OPTION, OPTION_GROUP_BOX, OPTION_ROLE, STOCK_ROLE, UNAVAILABLE_OPTION } from '../words-class';
import { clean, textUpTo } from './text';

/** Texts read here are short: an option's label, a picker's box. */
const MAX_TEXT = 80;
/** An option's name once its sold-out words are gone is short ("XL", "42", "512 GB", "黑色"). */
const MAX_NAME = 12;
/** An option's siblings are options too: short names. */
const MAX_SIBLING_TEXT = 24;
/** Siblings read per option (a picker has a few dozen sizes at most). */
const MAX_SIBLINGS = 60;
/** Ancestors of the sold-out words climbed to find the option. */
const MAX_CLIMB = 3;

const textOf = (el: Element) => clean(textUpTo(el, MAX_TEXT), MAX_TEXT) ?? '';
const soldOutText = (el: Element) => OUT_OF_STOCK_TEXT.test(textOf(el));

/** A text that is no option's name: long, or an amount ("$64.00 USD"). */
const notAnOptionName = (t: string) => t.length > MAX_SIBLING_TEXT || /\p{Sc}/u.test(t);

/** Containers that hold only options: a select, a radio group, a listbox, a fieldset. */
const CHOICE_BOX = 'select, fieldset, [role="radiogroup"], [role="listbox"]';

/** The radio or checkbox a label stands for: its `for` target or the input inside it. */
function inputOf(label: Element): Element | null {
  const id = label.getAttribute('for');
  if (id) {
    for (let s = label.previousElementSibling; s; s = s.previousElementSibling) if (s.id === id) return s;
    for (let s = label.nextElementSibling; s; s = s.nextElementSibling) if (s.id === id) return s;
  }
  return label.querySelector('input');
}

/** Marked as not choosable: disabled, aria-disabled, data-available="false", an unavailable class. */
function markedUnavailable(el: Element): boolean {
  const target = el.tagName === 'LABEL' ? (inputOf(el) ?? el) : el;
  for (const x of target === el ? [el] : [el, target])
    if (
      x.hasAttribute('disabled') ||
      x.getAttribute('aria-disabled') === 'true' ||
      x.getAttribute('data-available') === 'false' ||
      UNAVAILABLE_OPTION.test((x.getAttribute('class') ?? '').toLowerCase())
    )
      return true;
  return false;
}

/** The chosen option: selected, checked, aria-checked/selected, or a selected/active class. */
function chosen(el: Element): boolean {
  if (el.tagName === 'OPTION') return el.hasAttribute('selected') && !!el.getAttribute('value');
  const input = el.tagName === 'LABEL' ? inputOf(el) : el.tagName === 'INPUT' ? el : null;
  if (input?.hasAttribute('checked')) return true;
  return (
    el.getAttribute('aria-checked') === 'true' ||
    el.getAttribute('aria-selected') === 'true' ||
    CHOSEN_OPTION.test((el.getAttribute('class') ?? '').toLowerCase())
  );
}

/** The option's siblings of its own kind (same tag), up to MAX_SIBLINGS. */
function siblingsOf(el: Element): Element[] {
  const out: Element[] = [];
  const parent = el.parentElement;
  if (!parent) return out;
  for (let c = parent.firstElementChild; c && out.length < MAX_SIBLINGS; c = c.nextElementSibling)
    if (c !== el && c.tagName === el.tagName) out.push(c);
  return out;
}

/** A select's placeholder option ("Choose a colour", value ""): no variant. */
const placeholder = (el: Element) => el.tagName === 'OPTION' && !el.getAttribute('value');

/**
 * Whether `el` is one option of a picker: option markup (an <option>, a radio role, a label), or
 * one of several siblings of its kind with short names inside a choice box, under a picker's class,
 * marked unavailable, or named by a short word once its sold-out words are gone ("42 — нет в наличии").
 */
function isOption(el: Element, hintsOf: (el: Element) => string): boolean {
  const tag = el.tagName;
  if (tag === 'OPTION' || OPTION_ROLE.test((el.getAttribute('role') ?? '').toLowerCase())) return true;
  if (tag === 'LABEL') return !!inputOf(el) || !!el.closest(CHOICE_BOX);
  const sibs = siblingsOf(el);
  // Options' siblings are options: short names, no amounts (a badge beside the price is no option).
  if (!sibs.length || sibs.some((s) => notAnOptionName(textOf(s)))) return false;
  const parent = el.parentElement!;
  if (el.closest(CHOICE_BOX) || OPTION_GROUP_BOX.test(hintsOf(parent))) return true;
  if (parent.parentElement && OPTION_GROUP_BOX.test(hintsOf(parent.parentElement))) return true;
  const name = optionName(textOf(el));
  // Magento's stock line, "<div class='stock unavailable'><span>Out of stock</span></div>" beside the
  // sku's box: marked unavailable, but its class names stock and it names nothing but the sold-out
  // words. An option has a name ("XL", "42", "Red").
  if (markedUnavailable(el)) return name !== '' || !STOCK_ROLE.test(hintsOf(el));
  return name !== null && name.length > 0 && name.length <= MAX_NAME;
}

/**
 * An option's name: its text without the sold-out words and the marks around them ("42 — нет в
 * наличии" -> "42"); null when the text holds no sold-out words.
 */
function optionName(t: string): string | null {
  const m = OUT_OF_STOCK_TEXT.exec(t);
  if (!m) return null;
  return (t.slice(0, m.index) + ' ' + t.slice(m.index + m[0].length)).replace(/[\s()[\]\-–—:·|/,]+/g, ' ').trim();
}

/** The innermost element of `el` (itself included) whose text holds the sold-out words. */
function carrierOf(el: Element): Element {
  let cur = el;
  for (let depth = 0; depth < 8; depth++) {
    let next: Element | null = null;
    for (let c = cur.firstElementChild; c; c = c.nextElementSibling)
      if (soldOutText(c)) {
        next = c;
        break;
      }
    if (!next) return cur;
    cur = next;
  }
  return cur;
}

/**
 * The page's availability when the sold-out words `el` says belong to one option of a picker; null
 * when they are not an option's (the caller takes them for the page). The selected option decides;
 * else in stock when an option can be chosen, out of stock when none can. Where the picker marks
 * options unavailable (disabled, aria-disabled, a class), the marks say which: Shopify's Dawn prints
 * a hidden "sold out or unavailable" in every option's label and shows it only for the marked ones.
 */
export function variantAvailability(el: Element, hintsOf: (el: Element) => string): Availability {
  // Sold-out words only: a count of 0 ("Stok: 0") is the stock line's.
  if (!soldOutText(el)) return null;
  let opt: Element | null = null;
  let cur: Element | null = carrierOf(el);
  for (let i = 0; cur && i <= MAX_CLIMB && !opt; i++, cur = cur.parentElement) if (isOption(cur, hintsOf)) opt = cur;
  if (!opt) return null;
  const group = [opt, ...siblingsOf(opt).filter((s) => !placeholder(s))];
  const byMarks = group.some(markedUnavailable);
  const closed = (o: Element) => markedUnavailable(o) || (!byMarks && soldOutText(o));
  const picked = group.find(chosen);
  if (picked) return closed(picked) ? 'OutOfStock' : 'InStock';
  return group.some((o) => !closed(o)) ? 'InStock' : 'OutOfStock';
}

/** Levels above an amount climbed to find the picker option it is printed in. */
const OPTION_PRICE_CLIMB = 3;

/**
 * The amount is printed in one option of a picker while another option is the chosen one ("<button
 * class=swatch>Forest Green <span class=swatch-price>$59.95</span></button>" beside "<button
 * class='swatch selected'>"): that option's price, not the price of the variant the page shows.
 * An option is an <option>, a radio/option role, or one of several siblings of its tag whose class,
 * or its box's, names a picker (OPTION_GROUP_BOX). Nothing when no sibling is marked chosen: then
 * the page may show its price only in the options. With `self`, `el` itself may be the option (the
 * amount's box is the picker, its child the option holding the amount).
 */
export function otherOptionsPrice(el: Element, hintsOf: (el: Element) => string, self = false): boolean {
  let cur: Element | null = self ? el : el.parentElement;
  for (let i = 0; cur && i < OPTION_PRICE_CLIMB && cur.tagName !== 'BODY'; i++, cur = cur.parentElement) {
    const parent = cur.parentElement;
    if (!parent) return false;
    const option =
      cur.tagName === 'OPTION' ||
      OPTION_ROLE.test((cur.getAttribute('role') ?? '').toLowerCase()) ||
      OPTION_GROUP_BOX.test(hintsOf(cur)) ||
      OPTION_GROUP_BOX.test(hintsOf(parent));
    if (!option) continue;
    const sibs = siblingsOf(cur);
    if (!sibs.length) continue;
    return !chosen(cur) && sibs.some(chosen);
  }
  return false;
}
