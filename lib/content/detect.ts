/**
 * The always-on detector's decision: can this page hold a product, a listing or an order? It runs on
 * every page of every shop the extension may see, so it only reads cheap signals (a few selector
 * look-ups, the URL, the title) and never walks text. A "yes" brings in the extraction and badge UI;
 * a "no" leaves the page untouched. It must say yes wherever extraction would find something (the
 * saved and reconstructed pages are the test), and may say yes where extraction then finds nothing.
 *
 * Pure (a Document and a URL in, a reason out) and tiny: imported by the content-script entry, so
 * nothing from lib/extract may be imported here, except the standalone detector words (words-buy.ts:
 * buy-button and order-page words, data and three regexes, importing only word-edges.ts) and the
 * registry's host matching (shops/hosts.ts, importing nothing).
 */
import {
  BUY_BUTTON_TEXT,
  BUY_CONTROL_SELECTOR,
  ORDER_PAGE_TITLE,
  ORDER_PAGE_URL,
  PRICE_SELECTOR,
  SOLD_OUT_TEXT,
} from '../extract/words-buy';

import type { OnDemandBundle } from './inject-message';
import { hostMatches } from '../extract/shops/hosts';

export type Signal = 'structured' | 'microdata' | 'opengraph' | 'buy-box' | 'tiles' | 'order';

/** JSON-LD types that mean a product, an offer, a list of products or an order. */
const LD_TYPE =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:[\w:/.]*\/)?(?:Product|ProductGroup|IndividualProduct|Offer|AggregateOffer|ItemList|Order)"/;

const MICRODATA =
  '[itemtype*="schema.org/Product" i], [itemtype*="schema.org/Offer" i], [itemtype*="schema.org/ItemList" i], [itemtype*="schema.org/Order" i], [itemprop="price"], [property="product:price:amount"], [typeof*="Product"]';

const OPENGRAPH =
  'meta[property="og:type"][content*="product" i], meta[property^="product:price"], meta[property^="og:price"], meta[name="twitter:data1"]';

/** Microdata, OpenGraph and price markup in one selector: a miss rules out all three in one walk. */
const MARKUP = `${MICRODATA}, ${OPENGRAPH}, ${PRICE_SELECTOR}`;
const MICRODATA_OR_OPENGRAPH = `${MICRODATA}, ${OPENGRAPH}`;

/** At most this many buttons are read by their text (the buy button is among the first on a product page). */
const MAX_BUTTONS = 150;

/** Controls that stand where a sold-out product's buy button would: also image buttons and plain images. */
const SOLD_OUT_CONTROLS =
  'button, input[type="submit" i], input[type="button" i], input[type="image" i], [role="button"], img[alt]';
/** A sold-out control's label is short ("Sold out", "品切れ中"); a longer text is a sentence, not a control. */
const MAX_SOLD_OUT_LABEL = 40;

const labelOf = (b: Element) => b.textContent || b.getAttribute('value') || b.getAttribute('alt') || '';

/** Whether one of the first MAX_BUTTONS elements matching `selector` has a label that `accept`s. */
function anyControl(doc: Document, selector: string, accept: (label: string) => boolean): boolean {
  const controls = doc.querySelectorAll(selector);
  for (let i = 0; i < controls.length && i < MAX_BUTTONS; i++) if (accept(labelOf(controls[i]))) return true;
  return false;
}

/** Controls read by their label for a buy button. */
const BUTTONS =
  'button, input[type="submit" i], input[type="image" i], [role="button"], a[class*="btn" i], a[class*="button" i]';

function hasBuyButton(doc: Document): boolean {
  if (doc.querySelector(BUY_CONTROL_SELECTOR)) return true;
  // Image inputs too: Japanese cart systems draw the button as <input type="image" alt="カートに入れる">;
  // and links styled as buttons (<a class="button-style">В корзину</a>).
  return anyControl(doc, BUTTONS, (label) => BUY_BUTTON_TEXT.test(label));
}

/** A sold-out control in place of the buy button ("<img alt="品切れ中">", "<button disabled>Vergriffen</button>"). */
function hasSoldOutControl(doc: Document): boolean {
  return anyControl(doc, SOLD_OUT_CONTROLS, (raw) => {
    const label = raw.trim();
    return label.length <= MAX_SOLD_OUT_LABEL && SOLD_OUT_TEXT.test(label);
  });
}

/** A buy button, or the sold-out control a sold-out product shows in its place (extraction reads it as out of stock). */
const hasBuyBox = (doc: Document) => hasBuyButton(doc) || hasSoldOutControl(doc);

/** The element after `el` in document order (its first child, else the next sibling of it or of an ancestor). */
function nextInOrder(el: Element): Element | null {
  if (el.firstElementChild) return el.firstElementChild;
  for (let at: Element | null = el; at; at = at.parentElement) if (at.nextElementSibling) return at.nextElementSibling;
  return null;
}

/**
 * How far past the first price element the detector looks for more (elements, in document order):
 * far enough for a header's mini-cart price followed by a shop's mega menu before the tiles, and
 * no further than the whole-page walk it replaces would go on a large page.
 */
const REPEAT_LOOK_AHEAD = 10_000;

/**
 * Whether `n` elements matching `selector` start at `first` (itself one), within REPEAT_LOOK_AHEAD
 * elements after it: a listing repeats its price boxes tile after tile. Not `querySelectorAll`:
 * on a 100-tile page (20,000 elements) matching the price selector's case-insensitive class words
 * against every element took Chromium 58 ms; from the first price the next two are a few elements
 * on. At worst (one or two prices on a large page) this walks as far as that query did.
 */
function repeatsFrom(first: Element, selector: string, n: number): boolean {
  let found = 1;
  let el: Element | null = first;
  for (let i = 0; found < n && i < REPEAT_LOOK_AHEAD && (el = nextInOrder(el)); i++) if (el.matches(selector)) found++;
  return found >= n;
}

/**
 * The first reason this page may hold something to badge, or null if it holds nothing. The cheap
 * looks come first and each whole-document walk runs at most once: the detector only needs a yes
 * or a no, so a listing says yes at its repeated prices without the walks for microdata, OpenGraph
 * and a buy box (about 12 ms of 20 on the bench's 100-tile listing before).
 */
export function pageSignal(doc: Document, url: URL): Signal | null {
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    if (LD_TYPE.test(s.textContent ?? '')) return 'structured';
  }
  const markup = markupSignal(doc);
  if (markup) return markup;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  // Order confirmations and order pages, by URL path and by title / main heading.
  if (
    ORDER_PAGE_URL.test(url.pathname + url.search) ||
    ORDER_PAGE_TITLE.test(`${doc.title} ${heading.slice(0, 200)}`)
  ) {
    return 'order';
  }
  return null;
}

/** What the page's markup says: microdata, OpenGraph, a price repeated in tiles, a buy box. */
function markupSignal(doc: Document): Signal | null {
  // One walk up to the first markup of the three kinds (none: most pages without a product).
  const first = doc.querySelector(MARKUP);
  if (first?.matches(MICRODATA)) return 'microdata';
  if (first?.matches(OPENGRAPH)) return 'opengraph';
  // Otherwise the first is a price element: a listing repeats it.
  if (first && repeatsFrom(first, PRICE_SELECTOR, 3)) return 'tiles';
  // A buy control under a heading (Korean and Japanese themes title the product in an h2/h3), or beside a price.
  if ((first || doc.querySelector('h1, h2, h3')) && hasBuyBox(doc)) return 'buy-box';
  if (!first) return null;
  // Microdata or OpenGraph after the first price: one walk for both.
  const later = doc.querySelector(MICRODATA_OR_OPENGRAPH);
  return later ? (later.matches(MICRODATA) ? 'microdata' : 'opengraph') : null;
}

/** JSON-LD types of a page's own product (as opposed to a list's entries). */
const LD_PRODUCT = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:[\w:/.]*\/)?(?:Product|ProductGroup|IndividualProduct)"/;
/** JSON-LD types that make a listing or an order of the page (lib/extract/index.ts, `declaredKind`). */
const LD_NOT_PRODUCT =
  /"@type"\s*:\s*(?:\[[^\]]*)?"(?:[\w:/.]*\/)?(?:ItemList|OfferCatalog|SearchResultsPage|CollectionPage|Order)"/;

/** OpenGraph's own product type ("product", "og:product", "product.item"). */
const OG_PRODUCT = 'meta[property="og:type"][content*="product" i]';

/**
 * Which on-demand script to ask for, read once when the detector asks: the listing bundle on Amazon's
 * search results (by URL); the product bundle when the page declares a product (JSON-LD, OpenGraph's
 * og:type) and its JSON-LD nothing that makes a listing or an order, on a site whose product needs
 * no code (not one of `fullProduct`'s match patterns: the shops with an adapter module or a product
 * hook, lib/extract/shops/page-specs.ts); else the full script. A wrong "product" costs a hand-over
 * (the product bundle then asks for the full script), so only a plain declaration counts;
 * tests/extract/facts.test.ts checks the saved pages sent to the product bundle.
 */
export function injectKind(doc: Document, url: URL, fullProduct: readonly string[] = []): OnDemandBundle {
  if (isAmazonSearch(url)) return 'listing';
  const host = url.hostname.toLowerCase();
  if (fullProduct.some((p) => hostMatches(host, p))) return 'full';
  let product = false;
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = s.textContent ?? '';
    if (LD_NOT_PRODUCT.test(text)) return 'full';
    product ||= LD_PRODUCT.test(text);
  }
  return product || doc.querySelector(OG_PRODUCT) ? 'product' : 'full';
}

const AMAZON_HOST = /(?:^|\.)amazon\.(?:[a-z]{2,3}|co\.[a-z]{2}|com\.[a-z]{2})$/;

/**
 * Amazon's search results by URL, as its adapter's `isAmazonSearch` (lib/extract/shops/amazon.ts),
 * which plans them (tiles read as they come near the screen): the listing bundle. Other shops'
 * listings, and a search page without tiles (no plan), get or hand over to the full script.
 */
const isAmazonSearch = (url: URL) =>
  AMAZON_HOST.test(url.hostname) &&
  /^\/(?:s|gp\/aw\/s|b)(?:\/|$)/.test(url.pathname.replace(/^\/-\/[a-z]{2}(?:_[A-Z]{2})?(?=\/)/, ''));
