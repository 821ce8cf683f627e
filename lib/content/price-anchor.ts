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

export function findPriceElement(tile: Element, price: number | null): Element | null {
  if (price === null || !Number.isFinite(price)) return null;
  const [exact, whole] = priceDigits(price);
  let fallback: Element | null = null;
  // Document order: the first matching element is the one a reader sees first in the tile.
  for (const el of tile.querySelectorAll('*')) {
    if (el.childElementCount > 4 || el.closest('s, del, strike')) continue;
    const text = el.textContent ?? '';
    if (text.length === 0 || text.length > MAX_TEXT) continue;
    const digits = text.replace(/\D/g, '');
    if (!/\d/.test(text)) continue;
    if (digits.includes(exact)) return outermostPrice(el, tile, text);
    if (!fallback && whole.length > 1 && digits === whole) fallback = el;
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
