/**
 * The page's own header, footer and navigation: the product bundle's first read of a page leaves
 * their elements out of its walk (page-index.ts), where nothing it reads can be in them.
 *
 * Why: the walk's cost on a cold page is mostly the first touch of each element (the browser makes
 * a wrapper object for it), and a shop's header, mega-menu and footer are a third of its elements
 * or more (OTTO's product pages: 391 of 1,156), none of them the product's.
 *
 * Which ones: `nav` (navigation) and, as HTML-AAM maps them to the banner and contentinfo
 * landmarks, a `header` or `footer` that is not inside `article`, `aside`, `main`, `nav` or `section`
 * (a product's own `<article><header><h1>` is not the page's header), plus the same roles given
 * explicitly. Never one that holds an h1 (some shops title the product inside the page's header),
 * and, where the caller reads the breadcrumb trail (the JSON-LD declares none), never one that may
 * hold it: the walk's breadcrumb tests (page-index.ts) look for "breadcrumb" in a class, an id or a
 * nav/list's aria label, or a BreadcrumbList scope, and CRUMB_HINT finds the same, or more.
 */

const LANDMARKS = 'header, footer, nav, [role="banner"], [role="contentinfo"], [role="navigation"]';
/** Sectioning elements: a header or footer inside one belongs to that section, not to the page. */
const SECTIONING = 'article, aside, main, nav, section';

/** Where the walk may find a breadcrumb box (BREADCRUMB_ROLE is "breadcrumb", tested in tests/extract/landmarks.test.ts). */
const CRUMB_HINT =
  '[class*="breadcrumb" i], [id*="breadcrumb" i], [aria-label*="breadcrumb" i], [aria-labelledby*="breadcrumb" i], [itemtype*="BreadcrumbList"]';

/**
 * The outermost page-level landmarks of `doc` that hold no h1, in document order; with
 * `keepCrumbs`, also none that may hold the breadcrumb trail.
 */
export function pageLandmarks(doc: Document, keepCrumbs: boolean): Element[] {
  const out: Element[] = [];
  const found = doc.querySelectorAll(LANDMARKS);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    const tag = el.tagName;
    if ((tag === 'HEADER' || tag === 'FOOTER') && !el.hasAttribute('role') && el.parentElement?.closest(SECTIONING))
      continue;
    // Only the outermost counts (one inside another left out for its h1 stays too).
    if (el.parentElement?.closest(LANDMARKS) || el.querySelector('h1')) continue;
    if (keepCrumbs && (el.matches(CRUMB_HINT) || el.querySelector(CRUMB_HINT))) continue;
    out.push(el);
  }
  return out;
}

/**
 * The elements under `root` (itself included) that match `selector`, in document order, less those
 * in the `skipped` subtrees (disjoint), found without touching the left-out ones: the skipped
 * subtrees' ancestors are walked child by child, and every other subtree is asked by the selector
 * (the browser matches it natively and hands only its matches to the script).
 */
export function outside(root: Element, selector: string, skipped: readonly Element[]): Element[] {
  const skip = new Set(skipped);
  const onPath = new Set<Element>();
  for (const box of skipped) for (let a = box.parentElement; a && !onPath.has(a); a = a.parentElement) onPath.add(a);
  const out: Element[] = [];
  const visit = (el: Element) => {
    if (skip.has(el)) return;
    if (el.matches(selector)) out.push(el);
    if (onPath.has(el)) {
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c);
      return;
    }
    const inner = el.querySelectorAll(selector);
    for (let i = 0; i < inner.length; i++) out.push(inner[i]!);
  };
  visit(root);
  return out;
}
