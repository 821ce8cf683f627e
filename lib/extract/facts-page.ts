/**
 * A product page's facts, read in the page for the product bundle (entrypoints/content/product-page.ts):
 * only what needs the DOM (the JSON-LD texts, meta tags, microdata values, the title element, spec
 * rows, breadcrumb markup, a shop spec's elements) and the badge's anchor. The background worker
 * reads the product from them with the same rules as the whole extraction (./facts.ts).
 *
 * Why: the page pays for every function and regex it compiles, on every load, while the worker
 * compiles them once and keeps them warm. Reading the words, units, money and spec labels of a
 * product in the page cost about three times more than collecting the facts.
 *
 * What the page does not read for such a page: the visible buy-box price (the declared one is
 * used, or the shop spec's shown price; only the digits of the page's price elements are sent, so
 * that a declared price the page shows only as a former one hands over) and availability from page
 * text (a page that declares none hands over: ./facts.ts). The item number the page shows is read
 * here with the whole extraction's rule (generic/item-id.ts `shownItemId`) unless the JSON-LD
 * declares a sku no shown number can change (generic/shown-sku.ts `declaresPlainSku`). Pages that
 * declare nothing, shops whose product needs code (adapter modules, spec hooks), and pages whose URL
 * or JSON-LD says listing or order are `undecided`: the caller hands them to the whole extraction
 * (the full on-demand script).
 */
import { indexPage, ldScriptsOf, meta, type PageIndex } from './generic/page-index';
import { productBlockOf, shownItemId } from './generic/item-id';
import { declaresPlainSku } from './generic/shown-sku';
import { digitForms, digitsOf } from './price-digits';
import { isStruck } from './generic/struck';
import {
  breadcrumbsFromJsonLd,
  declaredKindOf,
  isListed,
  isProductNode,
  jsonLdNodes,
  type Json,
} from './generic/jsonld';
import { microdataFacts, PRICE_AMOUNT_KEYS, PRODUCT_META_KEYS, type MicrodataFacts } from './generic/meta';
import { collectSpecPairs, type SpecPairs } from './generic/specs';
import { stateTextOf } from './generic/json-state';
import { breadcrumbsFromPage, findTitleElement, hostWordOf } from './generic/dom';
import { declaredTrail } from './generic/declared-trail';
import { clean, headingText, ownText, str } from './generic/text';
import { anchorIn, readShown, type ShownFacts } from './shops/spec-page';
import { pageKindOf, type PageSpec } from './shops/page-spec';
import { FACTS_LIMITS } from './facts-limits';

export interface ProductFacts {
  url: string;
  /** The JSON-LD blocks' texts, parsed again in the worker. */
  ld: string[];
  /** Meta tags: property/name/itemprop -> content (the first of each key, lower-cased). */
  metas: [string, string][];
  microdata: MicrodataFacts | null;
  /** Next.js state, only where nothing else declares the product. */
  nextData: string | null;
  titleText: string | null;
  docTitle: string | null;
  canonical: string | null;
  lang: string | null;
  pairs: SpecPairs;
  /** Breadcrumb markup's names (else the scripts' category path), only where JSON-LD has no BreadcrumbList. */
  crumbs: string[];
  /** The shop spec's title element and shown prices (built-in shops with a spec). */
  shown: ShownFacts | null;
  /** The item number the page shows (generic/item-id.ts `shownItemId`); null where it was not read. */
  itemId: { value: string | null } | null;
  /** The digits of the page's price elements' texts (price-digits.ts), shown as current or as former prices. */
  priceDigits: { current: string[]; former: string[] };
}

export type PageFacts =
  | {
      kind: 'facts';
      facts: ProductFacts;
      /** The shop spec's anchor, else the title element. */
      anchor: Element | null;
      /** Where the badge goes once the worker has read the price (priceAnchor), when the shop has no anchor of its own. */
      anchorFor: (price: number | null | undefined) => Element | null;
    }
  | { kind: 'undecided' };

const UNDECIDED: PageFacts = { kind: 'undecided' };

const cut = (s: string | null | undefined, max: number): string | null => (s == null ? null : s.slice(0, max));

/** The product page's facts, or `undecided` where the product bundle does not read the page itself. */
export function collectProductFacts(doc: Document, href: string, spec: PageSpec | null): PageFacts {
  const page = productUrl(href, spec);
  if (!page || !doc.documentElement) return UNDECIDED;
  const { url, kind } = page;
  // The JSON-LD and the shop's own anchor first: they tell which of the index's buckets go unread.
  const scripts = ldScriptsOf(doc);
  if (!scripts) {
    // Past the walk's element bound: the JSON-LD as the walk found it, every bucket filled.
    const idx = indexPage(doc, true);
    const first = readFirst(doc, kind, spec, ldTexts(idx.ldScripts));
    return first ? collectFacts(doc, url, spec, idx, first) : UNDECIDED;
  }
  const first = readFirst(doc, kind, spec, ldTexts(scripts));
  if (!first) return UNDECIDED;
  // The page's first read here: only the elements that can matter are touched (page-index.ts), and
  // only the buckets read below are filled: never stock (the worker reads no availability from the
  // page text); the price elements only for a price anchor (no shop anchor), the breadcrumb boxes
  // only where JSON-LD has no BreadcrumbList.
  // The title-like elements are looked for only where no h1 names the product (most pages have one).
  // The page's header, footer and navigation hold none of these but the trail: left out of the walk
  // (a third of a shop's elements, each costing a first touch), but where they may hold the trail.
  const idx = indexPage(doc, true, {
    stock: true,
    price: first.own !== null,
    crumb: first.declaresCrumbs,
    title: true,
    landmarks: true,
  });
  return collectFacts(doc, url, spec, idx, first);
}

const ldTexts = (scripts: Element[]) => scripts.slice(0, FACTS_LIMITS.ldBlocks).map(ownText);

/** The shop's URL rules decide first; else what the JSON-LD declares (a listing or an order is not ours). */
function isOurs(kind: 'product' | null, nodes: Json[]): boolean {
  const declared = kind ?? declaredKindOf(nodes);
  return declared === null || declared === 'product';
}

/** What is read before the index: the JSON-LD texts and nodes, the shop's own anchor. */
interface ReadFirst {
  ld: string[];
  nodes: Json[];
  /** The JSON-LD has a BreadcrumbList that files the product somewhere (the breadcrumb markup is then not read). */
  declaresCrumbs: boolean;
  own: Element | null;
}

/**
 * The JSON-LD's BreadcrumbList files the product somewhere (generic/declared-trail.ts): where it
 * does not ("Home > Aurora 2000" alone), the visible trail is read instead.
 */
function declaresTrail(nodes: Json[]): boolean {
  const main = nodes.find((n) => isProductNode(n) && !isListed(n));
  return declaredTrail(breadcrumbsFromJsonLd(nodes), main ? str(main.name) : null, null) !== null;
}

/** The JSON-LD and the shop's anchor, or null where the product bundle does not read the page (too much text, not a product). */
function readFirst(doc: Document, kind: 'product' | null, spec: PageSpec | null, ld: string[]): ReadFirst | null {
  if (textSize(ld) > FACTS_LIMITS.text) return null;
  const nodes = jsonLdNodes(ld);
  if (!isOurs(kind, nodes)) return null;
  // The shop's own element; where its markup has changed (none found), the price as on any other site.
  return {
    ld,
    nodes,
    declaresCrumbs: declaresTrail(nodes),
    own: spec ? anchorIn(doc, spec.anchor, spec.anchorHasText) : null,
  };
}

function collectFacts(doc: Document, url: URL, spec: PageSpec | null, idx: PageIndex, first: ReadFirst): PageFacts {
  const { ld, nodes, own } = first;
  const main = nodes.find((n) => isProductNode(n) && !isListed(n));
  const microdata = microdataFacts(idx);
  const titleEl = findTitleElement(idx, declaredTitles(idx, main, microdata));
  const nextData = main || microdata || PRICE_AMOUNT_KEYS.some((k) => idx.metas.has(k)) ? null : stateText(idx);
  if (textSize(ld) + (nextData?.length ?? 0) > FACTS_LIMITS.text) return UNDECIDED;
  const facts = bounded({
    url: url.href,
    ld,
    metas: PRODUCT_META_KEYS.flatMap((k) => {
      const v = idx.metas.get(k);
      return v === undefined ? [] : [[k, v] as [string, string]];
    }),
    microdata,
    nextData,
    titleText: headingText(titleEl, FACTS_LIMITS.title),
    docTitle: idx.title,
    canonical: idx.canonical,
    lang: doc.documentElement.getAttribute('lang'),
    pairs: collectSpecPairs(idx),
    crumbs: first.declaresCrumbs ? [] : breadcrumbsFromPage(idx),
    shown: spec ? readShown(doc, spec.title, spec.price) : null,
    itemId: declaresPlainSku(nodes, url)
      ? null
      : { value: shownItemId(idx, titleEl, [hostWordOf(url.hostname), clean(meta(idx, 'og:site_name')) ?? '']) },
    priceDigits: priceDigitsOf(idx),
  });
  const anchor = own ?? titleEl;
  return {
    kind: 'facts',
    facts,
    anchor,
    anchorFor: (price) => (own || !price ? anchor : (priceAnchor(idx, titleEl, price) ?? anchor)),
  };
}

/**
 * The page's URL and the kind the shop's URL rules give it, where the product bundle may read it:
 * not a shop whose product needs code, nor its listing or order URLs.
 */
function productUrl(href: string, spec: PageSpec | null): { url: URL; kind: 'product' | null } | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (spec?.full || url.href.length > FACTS_LIMITS.url) return null;
  const kind = spec ? pageKindOf(spec, url) : null;
  return kind === null || kind === 'product' ? { url, kind } : null;
}

/** The titles the page declares, which pick its title element among several headings (as the whole extraction does). */
function declaredTitles(idx: PageIndex, main: Json | undefined, md: MicrodataFacts | null): (string | null)[] {
  return [
    main ? str(main.name) : null,
    md && !md.nameIsBrands ? (md.props.name ?? null) : null,
    clean(meta(idx, 'og:title', 'twitter:title')),
    idx.title,
  ];
}

/** The app state (json-state.ts: Next.js, or a state assigned in an inline script), read only where nothing else declares the product. */
const stateText = (idx: PageIndex) => stateTextOf(idx);

const textSize = (texts: string[]) => texts.reduce((n, t) => n + t.length, 0);

/** Every string cut to its bound (FACTS_LIMITS), as the worker's message schema holds them. */
function bounded(f: ProductFacts): ProductFacts {
  const L = FACTS_LIMITS;
  return {
    ...f,
    metas: f.metas.map(([k, v]) => [k, v.slice(0, L.meta)]),
    microdata: f.microdata && {
      props: Object.fromEntries(Object.entries(f.microdata.props).map(([k, v]) => [k, cut(v, L.microdataValue)])),
      brand: cut(f.microdata.brand, L.microdataValue),
      nameIsBrands: f.microdata.nameIsBrands,
    },
    docTitle: cut(f.docTitle, L.docTitle),
    canonical: f.canonical && f.canonical.length <= L.url ? f.canonical : null,
    lang: cut(f.lang, L.lang),
    pairs: f.pairs.slice(0, L.pairs).map(([l, v]) => [l.slice(0, L.pairLabel), v.slice(0, L.pairValue)]),
    crumbs: f.crumbs.slice(0, L.crumbs).map((c) => c.slice(0, L.crumb)),
    shown: f.shown && {
      title: cut(f.shown.title, L.shownTitle),
      prices: f.shown.prices.slice(0, L.shownPrices).map((p) => p.slice(0, L.shownPrice)),
    },
    itemId: f.itemId && { value: cut(f.itemId.value, L.itemId) },
  };
}

/** Not a struck-through or former price, and rendered where the browser can tell. */
function shown(el: Element, idx: PageIndex): boolean {
  if (isStruck(el, idx)) return false;
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check !== 'function' || check.call(el);
}

/** Price elements' texts longer than this are boxes of several prices or other text. */
const MAX_PRICE_TEXT = 60;

/**
 * The digits of the page's price elements (page-index.ts; none where the shop's own anchor left
 * them unread), apart by whether they show a current or a former (struck) price: at most
 * FACTS_LIMITS.priceAmounts distinct ones of each, from the first elements.
 */
function priceDigitsOf(idx: PageIndex): ProductFacts['priceDigits'] {
  const L = FACTS_LIMITS;
  const current = new Set<string>();
  const former = new Set<string>();
  for (const el of idx.priceEls.slice(0, L.priceAmounts * 4)) {
    const text = el.textContent ?? '';
    const digits = text.length > MAX_PRICE_TEXT ? '' : digitsOf(text);
    if (!digits || digits.length > L.priceDigits) continue;
    const into = isStruck(el, idx) ? former : current;
    if (into.size < L.priceAmounts) into.add(digits);
  }
  return { current: [...current], former: [...former] };
}

/**
 * The price element showing `price`, for the badge: among the page's price-marked elements
 * (page-index.ts), those whose digits are the price's (in cents, or whole: "1.299,00 €", "$59",
 * "₹1,49,990"), the innermost of the first run, preferring one in the product block around the
 * title. No parsing and no word lists: the worker read the price; the page only finds where it is.
 */
function priceAnchor(idx: PageIndex, titleEl: Element | null, price: number): Element | null {
  const forms = digitForms(price);
  const block = titleEl ? productBlockOf(titleEl) : null;
  let best = null as Element | null;
  let inBlock = false;
  for (const el of idx.priceEls) {
    const text = el.textContent ?? '';
    if (text.length > MAX_PRICE_TEXT || !forms.has(digitsOf(text)) || !shown(el, idx)) continue;
    const here = !!block?.contains(el);
    // An element inside the current pick is the same price, read closer.
    if (best?.contains(el)) {
      if (here || !inBlock) best = el;
      continue;
    }
    if (!best || (here && !inBlock)) {
      best = el;
      inBlock = here;
    }
  }
  return best;
}
