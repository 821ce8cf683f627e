/**
 * The visible text of an element, for tiles, order lines, shop specs and the product bundle's page
 * facts: no imports, so the smallest in-page bundle can read text the way extraction does.
 */

/** Elements whose text is never shown. */
export const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);
/** Text read from one element is capped: a tile's useful text is short, a runaway node is not. */
const MAX_TEXT = 4000;

/** Nodes visited per read: bounds the work on pathological (huge or deeply nested) markup. */
const MAX_NODES = 100_000;

/**
 * Whitespace-collapsed text of `el` without script/style content (textContent includes them).
 * Iterative (no recursion), so any nesting depth is safe.
 */
export function textOf(el: Element | null | undefined, max = MAX_TEXT, boundary = ' '): string {
  if (!el) return '';
  let out = '';
  // Boundaries never pile up ("<b><b><b>x"), so deep empty nesting cannot exhaust `max`.
  const sep = () => {
    if (boundary && !out.endsWith(boundary)) out += boundary;
  };
  let node: Node | null = el.firstChild;
  for (let steps = 0; node && out.length < max && steps < MAX_NODES; steps++) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as Element).tagName.toUpperCase())) {
      // Element boundaries separate words ("<li>A</li><li>B</li>"); adjacent text nodes do not.
      sep();
      if (node.firstChild) {
        node = node.firstChild;
        continue;
      }
      sep();
    }
    while (node && node !== el && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== el) sep();
    }
    node = node && node !== el ? node.nextSibling : null;
  }
  return out
    .replace(/[\s\u00A0\u200B\u200E\u200F]+/g, ' ')
    .trim()
    .slice(0, max);
}

/** Text of a price split over elements ("<span>US $</span><span>3</span>.<span>29</span>") read as one run. */
export function priceTextOf(el: Element | null | undefined): string {
  return textOf(el, 120, '');
}

/** The first element matching one of `selectors` (an ordered fallback list) with non-empty text. */
export function firstText(root: ParentNode, selectors: readonly string[]): { el: Element; text: string } | null {
  for (const sel of selectors) {
    for (const el of Array.from(root.querySelectorAll(sel))) {
      const text = textOf(el);
      if (text) return { el, text };
    }
  }
  return null;
}
