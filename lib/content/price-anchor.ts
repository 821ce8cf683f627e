/**
 * Where in a listing tile a compact badge goes: right after the element that shows the tile's
 * price, so it reads as part of the price line. Falls back to the tile itself.
 */

/** "35.99" -> the forms a page may print it in: "35.99", "35,99", "3,599.00"... (digits only compared). */
function priceDigits(price: number): string[] {
  const fixed = price.toFixed(2);
  const whole = String(Math.trunc(price));
  const forms = [fixed.replace('.', ''), whole];
  return [...new Set(forms)];
}

const MAX_TEXT = 40;

/**
 * The first element of `tile` (document order, the tile itself left out) whose short text shows
 * `price`: its digits contain the price's digits ("35.99" in "$35.99"), else the first whose digits
 * are the whole amount ("36" for 35.99 printed as "$36"). Never inside s/del/strike; at most four
 * child elements.
 *
 * Only text nodes with a digit are visited, and only their short ancestors: a matching element's
 * text is at most MAX_TEXT long, so the climb from a text node stops at the first longer ancestor
 * (texts only grow upwards). The first match in document order is the outermost matching ancestor
 * of the first text node that has one. Reading every element's whole text instead was the largest
 * cost of badging a long listing (CPU profile, bench listing page).
 */
export function findPriceElement(tile: Element, price: number | null): Element | null {
  if (price === null || !Number.isFinite(price)) return null;
  const [exact, whole] = priceDigits(price);
  let fallback: Element | null = null;
  const walker = tile.ownerDocument.createTreeWalker(tile, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = node.nodeValue ?? '';
    if (own.length > MAX_TEXT || !/\d/.test(own)) continue;
    let exactAt: { el: Element; text: string } | null = null;
    let wholeAt: Element | null = null;
    for (let el = node.parentElement; el && el !== tile; el = el.parentElement) {
      const text = el.textContent ?? '';
      if (text.length > MAX_TEXT) break;
      if (el.childElementCount > 4 || el.closest('s, del, strike')) continue;
      const digits = text.replace(/\D/g, '');
      if (digits.includes(exact)) exactAt = { el, text };
      else if (whole.length > 1 && digits === whole) wholeAt = el;
    }
    if (exactAt) return outermostPrice(exactAt.el, tile, exactAt.text);
    if (!fallback && wholeAt) fallback = wholeAt;
  }
  return fallback;
}

/** Climb while the parent shows the same price text (e.g. a price split into symbol/whole/fraction spans). */
function outermostPrice(el: Element, tile: Element, text: string): Element {
  let best = el;
  let node = el.parentElement;
  while (
    node &&
    node !== tile &&
    (node.textContent ?? '').trim().length <= MAX_TEXT &&
    (node.textContent ?? '').includes(text.trim())
  ) {
    best = node;
    node = node.parentElement;
  }
  return best;
}
