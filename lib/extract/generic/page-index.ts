/**
 * One pass over the document that buckets the elements every generic extractor needs. Each
 * `querySelectorAll` over a 2-3 MB shop page costs milliseconds in a Node DOM (and is not free in
 * the browser either); a single walk keeps the whole product cascade to about one traversal.
 */
import { childCount, hints } from './text';

export interface PageIndex {
  doc: Document;
  metas: Map<string, string>;
  ldScripts: Element[];
  h1s: Element[];
  priceEls: Element[];
  rows: Element[];
  dts: Element[];
  lis: Element[];
  crumbBoxes: Element[];
  stockEls: Element[];
  /** Spec-ish elements: 'label' cells and short label/value containers (class says spec, sku, upc, ...). */
  specEls: Element[];
  /** <div>s with exactly two element children: candidate label/value rows whatever their class. */
  pairEls: Element[];
  scopes: Element[];
  /** Elements whose class/id says title, name or heading (fallback product titles when no h1 fits). */
  titleEls: Element[];
  /** Next.js server-rendered state, <script id="__NEXT_DATA__">, when present. */
  nextData: Element | null;
  canonical: string | null;
  title: string | null;
  /** Memoised class+id+test-id per element, shared by the ancestor tests. */
  hintsOf(el: Element): string;
}

const ANY_ROLE =
  /price|breadcrumb|stock|availab|sold-?out|spec|attr|propert|detail|sku|mfr|upc|ean|gtin|model|part|label|lbl|key|name|term|info/i;
/** Tags a product title is set in when it is not an h1. */
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'DIV', 'SPAN', 'P', 'STRONG']);
const SPEC_ROLE = /spec|attr|propert|detail|sku|mfr|upc|ean|gtin|model|part|label|lbl|key|name|term|info/i;

const LIMITS = {
  priceEls: 800,
  rows: 800,
  dts: 300,
  lis: 2500,
  crumbBoxes: 10,
  stockEls: 40,
  specEls: 1500,
  pairEls: 3000,
  scopes: 200,
  titleEls: 200,
  ldScripts: 50,
  h1s: 20,
};

export function indexPage(doc: Document): PageIndex {
  const cache = new Map<Element, string>();
  const hintsOf = (el: Element) => {
    let h = cache.get(el);
    if (h === undefined) cache.set(el, (h = hints(el)));
    return h;
  };
  const idx: PageIndex = {
    doc,
    metas: new Map(),
    ldScripts: [],
    h1s: [],
    priceEls: [],
    rows: [],
    dts: [],
    lis: [],
    crumbBoxes: [],
    stockEls: [],
    specEls: [],
    pairEls: [],
    scopes: [],
    titleEls: [],
    nextData: null,
    canonical: null,
    title: null,
    hintsOf,
  };
  const all = doc.querySelectorAll('*');
  const n = Math.min(all.length, 200_000);
  for (let i = 0; i < n; i++) {
    const el = all[i];
    const tag = el.tagName;
    switch (tag) {
      case 'META': {
        const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
        const content = el.getAttribute('content');
        if (key && content && !idx.metas.has(key.toLowerCase())) idx.metas.set(key.toLowerCase(), content);
        continue;
      }
      case 'SCRIPT': {
        const type = (el.getAttribute('type') ?? '').toLowerCase().trim();
        if (type === 'application/ld+json' && idx.ldScripts.length < LIMITS.ldScripts) idx.ldScripts.push(el);
        else if (type === 'application/json' && !idx.nextData && el.getAttribute('id') === '__NEXT_DATA__')
          idx.nextData = el;
        continue;
      }
      case 'STYLE':
      case 'NOSCRIPT':
      case 'TEMPLATE':
      // Void and decorative elements never carry a price, crumb, stock line or spec: skip their
      // attribute reads (a third of the elements on big shop pages).
      case 'BR':
      case 'IMG':
      case 'INPUT':
      case 'OPTION':
      case 'I':
      case 'HR':
      case 'WBR':
      case 'SOURCE':
      case 'PICTURE':
      case 'IFRAME':
      case 'svg':
      case 'SVG':
      case 'path':
      case 'PATH':
        continue;
      case 'LINK':
        if (!idx.canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
          idx.canonical = el.getAttribute('href');
        continue;
      case 'TITLE':
        if (idx.title === null) idx.title = el.textContent;
        continue;
      case 'H1':
        if (idx.h1s.length < LIMITS.h1s) idx.h1s.push(el);
        break;
      case 'TR':
        if (idx.rows.length < LIMITS.rows) idx.rows.push(el);
        break;
      case 'DT':
        if (idx.dts.length < LIMITS.dts) idx.dts.push(el);
        break;
      case 'LI':
        if (idx.lis.length < LIMITS.lis) idx.lis.push(el);
        break;
      case 'DIV':
        if (idx.pairEls.length < LIMITS.pairEls && childCount(el, 2) === 2) idx.pairEls.push(el);
        break;
    }
    const scoped = el.hasAttribute('itemscope');
    if (scoped && idx.scopes.length < LIMITS.scopes) idx.scopes.push(el);
    // class and id only here (two attribute reads per element); other attributes are read for the
    // few tags or microdata regions where they matter.
    const cls = el.getAttribute('class');
    const id = el.getAttribute('id');
    const h = cls ? (id ? cls + ' ' + id : cls) : (id ?? '');
    // One regex pass decides whether any role test is worth running (most class names match none).
    const role = h.length > 0 && ANY_ROLE.test(h);
    let price = role && /price/i.test(h);
    if (!price && idx.scopes.length && el.getAttribute('itemprop') === 'price') price = true;
    if (price && idx.priceEls.length < LIMITS.priceEls) idx.priceEls.push(el);
    let crumb = role && /breadcrumb/i.test(h);
    if (!crumb && (tag === 'NAV' || tag === 'OL' || tag === 'UL'))
      crumb =
        /breadcrumb/i.test((el.getAttribute('aria-label') ?? '') + (el.getAttribute('aria-labelledby') ?? '')) ||
        (scoped && /BreadcrumbList/.test(el.getAttribute('itemtype') ?? ''));
    if (crumb && idx.crumbBoxes.length < LIMITS.crumbBoxes && !idx.crumbBoxes.some((b) => b.contains(el)))
      idx.crumbBoxes.push(el);
    if (h.length > 0 && idx.titleEls.length < LIMITS.titleEls && TITLE_TAGS.has(tag) && /title|name|heading/i.test(h))
      idx.titleEls.push(el);
    if (!role) continue;
    if (/stock|availab|sold-?out/i.test(h) && idx.stockEls.length < LIMITS.stockEls) idx.stockEls.push(el);
    if (idx.specEls.length < LIMITS.specEls && SPEC_ROLE.test(h) && childCount(el, 4) <= 4) idx.specEls.push(el);
  }
  // Shops that only mark the price with a data attribute (no class/id saying "price").
  if (!idx.priceEls.length)
    for (const el of Array.from(doc.querySelectorAll('[data-price]')).slice(0, 50)) idx.priceEls.push(el);
  return idx;
}

export function meta(idx: PageIndex, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = idx.metas.get(k)?.trim();
    if (v) return v;
  }
  return null;
}
