/**
 * One pass over the document that buckets the elements every generic extractor needs. Each
 * `querySelectorAll` over a 2-3 MB shop page costs milliseconds in a Node DOM (and is not free in
 * the browser either); a single walk keeps the whole product cascade to about one traversal.
 */
import { allElements, hints } from './text';
import { outside, pageLandmarks } from './landmarks';
import { ANY_ROLE, BREADCRUMB_ROLE, PRICE_ROLE, SPEC_ROLE, STOCK_ROLE, TITLE_ROLE } from '../words-class';

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
  /**
   * Inline scripts without a type (or a JavaScript one), and Nuxt 3's `__NUXT_DATA__`, in document order, at most
   * LIMITS.scripts: where shops assign their app state ("window.__INITIAL_STATE__ = {...}"),
   * read only when nothing else declares the product (json-state.ts `stateTextOf`).
   */
  scripts?: Element[];
  canonical: string | null;
  title: string | null;
  /**
   * The first element, in document order, whose class or id holds one of TRAIL_CLASS_WORDS (any
   * case), among those the walk reads the class and id of (every tag but UNWALKED_TAGS'): null when
   * none. Undefined where the walk read not every element with a class or an id (a document past its
   * element bound, landmarks left out) or the breadcrumb roles were not wanted. dom.ts
   * `breadcrumbsFromMarks` reads it instead of asking the whole document for those words with
   * case-insensitive substring selectors (1-13 ms a query in Chromium on big shop pages).
   */
  trailMark?: Element | null;
  /** Memoised class+id+test-id per element, shared by the ancestor tests. */
  hintsOf(el: Element): string;
}

/** Tags a product title is set in when it is not an h1. */
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'DIV', 'SPAN', 'P', 'STRONG']);

/** Elements walked at most. */
const MAX_ELEMENTS = 200_000;

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
  scripts: 80,
  h1s: 20,
};

/**
 * Void and decorative elements (plus style/noscript/template) never carry a price, crumb, stock line
 * or spec: their attributes are not read (a third of the elements on big shop pages).
 */
const SKIPPED_TAGS = new Set([
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BR',
  'IMG',
  'INPUT',
  'OPTION',
  'I',
  'HR',
  'WBR',
  'SOURCE',
  'PICTURE',
  'IFRAME',
  'svg',
  'SVG',
  'path',
  'PATH',
]);

/**
 * Words a class or id names a breadcrumb trail with, besides "breadcrumb" (BREADCRUMB_ROLE): "crumbs"
 * ("nav-crumbs", "crumb-trail"), the Japanese shops' "topicpath" / "topic_path" and "pankuzu" (パンくず,
 * EC-CUBE, futureshop, MakeShop themes). Plain ASCII, matched in any case (dom.ts MARKED_TRAIL).
 */
export const TRAIL_CLASS_WORDS = ['crumbs', 'topicpath', 'topic_path', 'topic-path', 'pankuzu'];
/** TRAIL_CLASS_WORDS anywhere in a class or id, in any ASCII case (as a selector's `[class*="…" i]`). */
const TRAIL_WORD = new RegExp(TRAIL_CLASS_WORDS.join('|'), 'i');

/** The step of the walk a tag takes, when it has one of its own (TAG_STEP). */
const HEAD = 0;
const SKIP = 1;
const STRUCTURE = 2;
const TAG_STEP = new Map<string, number>([
  ...['META', 'SCRIPT', 'LINK', 'TITLE'].map((t): [string, number] => [t, HEAD]),
  ...[...SKIPPED_TAGS].map((t): [string, number] => [t, SKIP]),
  ...['H1', 'TR', 'DT', 'LI', 'DIV'].map((t): [string, number] => [t, STRUCTURE]),
]);

/**
 * The tag names whose class and id the walk never reads (head elements and SKIPPED_TAGS), as a
 * selector list: each name as TAG_STEP holds it (an element's tagName), so that it matches every
 * element the walk passes over (dom.ts asks these alone for a trail's class words).
 */
export const UNWALKED_TAGS = [...TAG_STEP]
  .filter(([, step]) => step !== STRUCTURE)
  .map(([t]) => t)
  .join(', ');

function emptyIndex(doc: Document): PageIndex {
  const cache = new Map<Element, string>();
  const hintsOf = (el: Element) => {
    let h = cache.get(el);
    if (h === undefined) cache.set(el, (h = hints(el)));
    return h;
  };
  return {
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
}

const scriptType = (el: Element) => (el.getAttribute('type') ?? '').toLowerCase().trim();

/** Head-ish elements (meta, script, canonical link, title): noted, and nothing more to read. */
function noteHeadElement(idx: PageIndex, el: Element, tag: string): void {
  switch (tag) {
    case 'META': {
      const key = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
      const content = el.getAttribute('content');
      if (key && content && !idx.metas.has(key.toLowerCase())) idx.metas.set(key.toLowerCase(), content);
      return;
    }
    case 'SCRIPT': {
      const type = scriptType(el);
      if (type === 'application/ld+json' && idx.ldScripts.length < LIMITS.ldScripts) idx.ldScripts.push(el);
      else if (type === 'application/json' && !idx.nextData && el.getAttribute('id') === '__NEXT_DATA__')
        idx.nextData = el;
      else if (
        ((type === '' || type === 'text/javascript') && !el.hasAttribute('src')) ||
        (type === 'application/json' && el.getAttribute('id') === '__NUXT_DATA__')
      ) {
        const scripts = (idx.scripts ??= []);
        if (scripts.length < LIMITS.scripts) scripts.push(el);
      }
      return;
    }
    case 'LINK':
      if (!idx.canonical && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical')
        idx.canonical = el.getAttribute('href');
      return;
    case 'TITLE':
      if (idx.title === null) idx.title = el.textContent;
      return;
  }
}

/** Structural buckets by tag: headings, table rows, definition terms, list items, two-child rows. */
function noteStructure(idx: PageIndex, el: Element, tag: string): void {
  switch (tag) {
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
      if (idx.pairEls.length < LIMITS.pairEls && el.childElementCount === 2) idx.pairEls.push(el);
      break;
  }
}

// Role bits of a class+id string (see rolesOf).
const ROLE = 1;
const PRICE = 2;
const CRUMB = 4;
const TITLE = 8;
const STOCK = 16;
const SPEC = 32;
const TRAIL = 64;

/**
 * The role tests of a class+id string, as bits. Big pages repeat a few hundred class strings over
 * thousands of elements, and an unanchored `/i` alternation over a long class string costs about
 * as much as reading the attributes: each distinct string is tested once (a pure function of the
 * string, so the memo is shared across calls; it is emptied when it grows large).
 */
function rolesOf(h: string, wanted: number): number {
  const memo = (roleMemos[wanted] ??= new Map<string, number>());
  let bits = memo.get(h);
  if (bits !== undefined) return bits;
  bits = (wanted & ALL_ROLES) === ALL_ROLES ? allRoles(h) : someRoles(h, wanted);
  if ((wanted & TITLE) !== 0 && TITLE_ROLE.test(h)) bits |= TITLE;
  if ((wanted & TRAIL) !== 0 && TRAIL_WORD.test(h)) bits |= TRAIL;
  if (memo.size >= MAX_ROLE_MEMO) memo.clear();
  memo.set(h, bits);
  return bits;
}
/** One memo per set of wanted roles (the bits a string gets depend on what was asked). */
const roleMemos: (Map<string, number> | undefined)[] = [];
const MAX_ROLE_MEMO = 20_000;
const ALL_ROLES = PRICE | CRUMB | STOCK | SPEC;

/** Every role: one look at their union first (most class names match none). */
function allRoles(h: string): number {
  if (!ANY_ROLE.test(h)) return 0;
  let bits = ROLE;
  if (PRICE_ROLE.test(h)) bits |= PRICE;
  if (BREADCRUMB_ROLE.test(h)) bits |= CRUMB;
  if (STOCK_ROLE.test(h)) bits |= STOCK;
  if (SPEC_ROLE.test(h)) bits |= SPEC;
  return bits;
}

/**
 * Only the wanted roles, each by its own test (ANY_ROLE is their union with the others): the bits
 * allRoles gives, less the unwanted ones, and ROLE where any wanted one holds.
 */
function someRoles(h: string, wanted: number): number {
  let bits = 0;
  if ((wanted & PRICE) !== 0 && PRICE_ROLE.test(h)) bits |= PRICE;
  if ((wanted & CRUMB) !== 0 && BREADCRUMB_ROLE.test(h)) bits |= CRUMB;
  if ((wanted & STOCK) !== 0 && STOCK_ROLE.test(h)) bits |= STOCK;
  if ((wanted & SPEC) !== 0 && SPEC_ROLE.test(h)) bits |= SPEC;
  return bits === 0 ? 0 : bits | ROLE;
}

/**
 * Class and id as the role tests read them (see noteRoles), joined (the title-like elements' own
 * walk, titleElsOf). The index walk tests the two apart: no role word holds a space, so the bits of
 * the joined string are those of its class or'ed with those of its id.
 */
function roleHints(el: Element): string {
  const cls = classOf(el);
  const id = idOf(el);
  return cls ? (id ? cls + ' ' + id : cls) : (id ?? '');
}

/** The element's class, through the reflecting property where it is a string (see below). */
export function classOf(el: Element): string | null {
  const c: unknown = (el as HTMLElement).className;
  return typeof c === 'string' ? c : el.getAttribute('class');
}

/** The element's id, likewise. */
function idOf(el: Element): string | null {
  const i: unknown = el.id;
  return typeof i === 'string' ? i : el.getAttribute('id');
}

/**
 * `bits`: the roles of the element's class and id (rolesOf of each, or'ed), read by the walk. Class
 * and id are the only attributes every element is asked for (two reads per element); other
 * attributes are read for the few tags or microdata regions where they matter. Through the
 * reflecting properties: in Chromium about a third cheaper than getAttribute, and the same strings
 * ('' when absent), so that an element without attributes (in no bucket) costs no more than asking
 * it hasAttributes() first. The attribute is read where the property is not a string: an SVG
 * element's className (an SVGAnimatedString), a form's `id` or `className` shadowed by a control of
 * that name (`<form><input name="id">`).
 */
function noteRoles(idx: PageIndex, el: Element, tag: string, marked: Marked, wanted: number, bits: number): void {
  const scoped = marked.scopes !== null && marked.scopes.has(el);
  if (scoped && idx.scopes.length < LIMITS.scopes) idx.scopes.push(el);
  let price = (bits & PRICE) !== 0;
  // itemprop="price" counts once a microdata scope has been seen (in document order).
  if (!price && idx.scopes.length && marked.prices !== null && marked.prices.has(el)) price = true;
  if (price && idx.priceEls.length < LIMITS.priceEls) idx.priceEls.push(el);
  const crumb = (bits & CRUMB) !== 0 || ((wanted & CRUMB) !== 0 && isCrumbList(el, tag, scoped));
  if (crumb && idx.crumbBoxes.length < LIMITS.crumbBoxes && !idx.crumbBoxes.some((b) => b.contains(el)))
    idx.crumbBoxes.push(el);
  if ((bits & TITLE) !== 0 && idx.titleEls.length < LIMITS.titleEls && TITLE_TAGS.has(tag)) idx.titleEls.push(el);
  if ((bits & TRAIL) !== 0 && idx.trailMark === null) idx.trailMark = el;
  if ((bits & ROLE) === 0) return;
  if ((bits & STOCK) !== 0 && idx.stockEls.length < LIMITS.stockEls) idx.stockEls.push(el);
  if (idx.specEls.length < LIMITS.specEls && (bits & SPEC) !== 0 && el.childElementCount <= 4) idx.specEls.push(el);
}

/** A nav or list that says breadcrumb in its aria label, or a microdata BreadcrumbList. */
function isCrumbList(el: Element, tag: string, scoped: boolean): boolean {
  if ((tag !== 'NAV' && tag !== 'OL' && tag !== 'UL') || !el.hasAttributes()) return false;
  return (
    BREADCRUMB_ROLE.test((el.getAttribute('aria-label') ?? '') + (el.getAttribute('aria-labelledby') ?? '')) ||
    (scoped && /BreadcrumbList/.test(el.getAttribute('itemtype') ?? ''))
  );
}

/**
 * Shops that only mark the price with a data attribute (no class/id saying "price"): `data-price`,
 * or a test id naming a price (styled-components shops: `data-test="branded-price-whole-value"`).
 */
function priceByDataAttribute(idx: PageIndex): void {
  if (idx.priceEls.length) return;
  const marked = idx.doc.querySelectorAll('[data-price], [data-test*="price" i], [data-testid*="price" i]');
  for (const el of Array.from(marked).slice(0, 50)) idx.priceEls.push(el);
}

/**
 * Microdata scopes and `itemprop="price"` elements, found by two selector queries: few pages have
 * many, and asking every element of the walk for these attributes costs two calls into the DOM each.
 */
interface Marked {
  scopes: Set<Element> | null;
  prices: Set<Element> | null;
}

function marked(doc: Document, wanted: number): Marked {
  const set = (selector: string) => {
    const found = doc.querySelectorAll(selector);
    return found.length ? new Set(Array.from(found)) : null;
  };
  const scopes = set('[itemscope]');
  return { scopes, prices: scopes && (wanted & PRICE) !== 0 ? set('[itemprop="price"]') : null };
}

/**
 * Every element that can land in a bucket, and more: with a class or an id (the role tests), the
 * tags with a step of their own (head elements, h1, tr, dt, li, div), the tags that may be a
 * breadcrumb box by their aria attributes, microdata scopes and prices. The rest (bare spans,
 * links, images, ...) goes in no bucket whatever it holds.
 */
const CANDIDATES = [
  '[class]',
  '[id]',
  'meta',
  'script',
  'link',
  'title',
  'h1',
  'tr',
  'dt',
  'li',
  'div',
  'nav',
  'ol',
  'ul',
  '[itemscope]',
  '[itemprop="price"]',
].join(', ');

/**
 * One walk over the document's elements, in document order, bucketed by the steps above.
 *
 * `firstRead`: the page's first read by this script (the product bundle's facts, at load). The walk
 * then reads only the candidates (CANDIDATES): each element a script touches for the first time
 * costs the browser a wrapper object, most of the walk's time on a cold page. Elsewhere every
 * element is walked: once they have wrappers, the selector costs more than the elements it spares
 * (measured in bench/ab-facts.ts and bench/phases-extract.ts). The buckets are the same either way.
 */
export function indexPage(doc: Document, firstRead = false, unread: Unread = {}): PageIndex {
  const all = allElements(doc);
  const candidates = firstRead && all.length <= MAX_ELEMENTS;
  // The title-like elements are found on first use instead, by a walk of their own (titleElsOf).
  const lateTitles = candidates && !!unread.title;
  const wanted = wantedRoles(unread, lateTitles);
  const skipped = candidates && unread.landmarks ? pageLandmarks(doc, (wanted & CRUMB) !== 0) : [];
  // The trail's class words (trailMark) where the breadcrumbs are read and the walk reads every
  // element with a class or an id: not past the element bound, no landmark left out.
  const trail = (wanted & CRUMB) !== 0 && all.length <= MAX_ELEMENTS && !skipped.length ? TRAIL : 0;
  // A document past the element bound is walked element by element, up to it.
  const idx = indexElements(doc, candidates ? candidatesOf(doc, skipped) : all, wanted | trail);
  if (lateTitles) {
    let titles: Element[] | null = null;
    Object.defineProperty(idx, 'titleEls', { get: () => (titles ??= titleElsOf(doc)), enumerable: true });
  }
  return idx;
}

/** The roles the walk tests for: all but the unread buckets' (and the title's, when found later). */
function wantedRoles(unread: Unread, lateTitles: boolean): number {
  return (
    (ALL_ROLES | (lateTitles ? 0 : TITLE)) &
    ~((unread.price ? PRICE : 0) | (unread.crumb ? CRUMB : 0) | (unread.stock ? STOCK : 0))
  );
}

/** The walk's candidates, less those in `skipped` (the page's header, footer and navigation where they go unread: landmarks.ts). */
function candidatesOf(doc: Document, skipped: Element[]): ArrayLike<Element> {
  return skipped.length ? outside(doc.documentElement, CANDIDATES, skipped) : doc.querySelectorAll(CANDIDATES);
}

/** The title-like tags, as a selector for those with a class or an id (the others have no role hints). */
const TITLE_CANDIDATES = [...TITLE_TAGS]
  .flatMap((t) => [`${t.toLowerCase()}[class]`, `${t.toLowerCase()}[id]`])
  .join(', ');

/**
 * The walk's `titleEls` (a document within the element bound): the elements of TITLE_TAGS whose
 * class or id says title, in document order, bounded. Most product pages have an h1 that names the
 * product, and never ask.
 */
function titleElsOf(doc: Document): Element[] {
  const out: Element[] = [];
  const els = doc.querySelectorAll(TITLE_CANDIDATES);
  for (let i = 0; i < els.length && out.length < LIMITS.titleEls; i++) {
    const el = els[i]!;
    if (!TITLE_TAGS.has(el.tagName)) continue;
    const h = roleHints(el);
    if (h.length > 0 && (rolesOf(h, TITLE) & TITLE) !== 0) out.push(el);
  }
  return out;
}

/**
 * Buckets a caller will not read (the product bundle's facts: never stock; not the price elements
 * where the shop's own anchor holds the badge; not the breadcrumb boxes where JSON-LD declares the
 * trail): left empty, so the walk skips their class tests and selector queries.
 */
export interface Unread {
  price?: boolean;
  crumb?: boolean;
  stock?: boolean;
  /** Title-like elements: found on first use (titleEls), not in the walk, on the product bundle's first read. */
  title?: boolean;
  /**
   * The page's own header, footer and navigation (landmarks.ts), on the product bundle's first read:
   * their elements are not walked (but those that may hold the breadcrumb trail, where it is read).
   */
  landmarks?: boolean;
}

/**
 * The JSON-LD scripts the walk notes (`ldScripts`), read without it, or null for a document past
 * the walk's element bound (the walk may stop before some of them).
 */
export function ldScriptsOf(doc: Document): Element[] | null {
  if (allElements(doc).length > MAX_ELEMENTS) return null;
  const out: Element[] = [];
  // A script without a type attribute is none (its type reads as '').
  const scripts = doc.querySelectorAll('script[type]');
  for (let i = 0; i < scripts.length && out.length < LIMITS.ldScripts; i++) {
    const el = scripts[i]!;
    // An SVG <script> is no SCRIPT to the walk.
    if (el.tagName === 'SCRIPT' && scriptType(el) === 'application/ld+json') out.push(el);
  }
  return out;
}

/** The index built from `els` (in document order): every element, or at least every candidate (CANDIDATES). */
function indexElements(doc: Document, els: ArrayLike<Element>, wanted: number): PageIndex {
  const idx = emptyIndex(doc);
  if ((wanted & TRAIL) !== 0) idx.trailMark = null;
  const marks = marked(doc, wanted);
  const n = Math.min(els.length, MAX_ELEMENTS);
  // The role memo for this set of wanted roles, looked up once (rolesOf does the same per call).
  const memo = (roleMemos[wanted] ??= new Map<string, number>());
  const crumbTags = (wanted & CRUMB) !== 0;
  // The walk's hot loop: it runs for every element, mostly before the engine optimises it, so each
  // element's usual case (no class and id, or class and id strings seen before that name no role)
  // is settled here, by a memo look-up for each (not noteRoles, roleHints and rolesOf).
  for (let i = 0; i < n; i++) {
    const el = els[i]!;
    const tag = el.tagName;
    // One look-up sorts out the few tags with a step of their own (most elements have none).
    const step = TAG_STEP.get(tag);
    if (step !== undefined) {
      if (step === HEAD) {
        noteHeadElement(idx, el, tag);
        continue;
      }
      if (step === SKIP) continue;
      noteStructure(idx, el, tag);
    }
    // Class and id looked up apart (roleHints): the browser hands the same string for the same class
    // or id on every read, whose memo look-up builds no string, where the two joined were a new
    // string per element and per walk, hashed again at each look-up (Amazon: an id on 15% of them).
    const cls = classOf(el);
    let bits = 0;
    if (cls) bits = memoRoles(memo, cls, wanted);
    const id = idOf(el);
    if (id) bits |= memoRoles(memo, id, wanted);
    // No role, no microdata, no breadcrumb tag: in no bucket (noteRoles would note nothing).
    if (bits === 0 && marks.scopes === null && !(crumbTags && CRUMB_TAGS.has(tag))) continue;
    noteRoles(idx, el, tag, marks, wanted, bits);
  }
  if ((wanted & PRICE) !== 0) priceByDataAttribute(idx);
  return idx;
}

/** rolesOf, the memo of the wanted roles looked up by the caller (the walk: once, not per element). */
function memoRoles(memo: Map<string, number>, h: string, wanted: number): number {
  const known = memo.get(h);
  return known !== undefined ? known : rolesOf(h, wanted);
}

/** The tags isCrumbList reads aria attributes of. */
const CRUMB_TAGS = new Set(['NAV', 'OL', 'UL']);

export function meta(idx: Pick<PageIndex, 'metas'>, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = idx.metas.get(k)?.trim();
    if (v) return v;
  }
  return null;
}
