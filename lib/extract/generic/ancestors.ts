/**
 * The bounded climb several readers make from an element towards the body: price.ts (a price's
 * struck or member-price boxes), stock-class.ts (the product box's stock class) and item-id.ts (the
 * product box's `data-pid`).
 */

/**
 * The first answer `f` gives, not null, on `el` or its ancestors, `levels` elements in all, the
 * body and above never read; null when none gives one.
 */
export function onAncestors<T>(el: Element | null, levels: number, f: (a: Element) => T | null): T | null {
  let cur: Element | null = el;
  for (let i = 0; cur && i < levels && cur.tagName !== 'BODY'; i++, cur = cur.parentElement) {
    const r = f(cur);
    if (r !== null) return r;
  }
  return null;
}
