/**
 * Heuristics on the visible page, for shops without usable structured data and to check what the
 * user actually sees: title, buy-box price (not list / unit / recommendation prices), breadcrumbs,
 * availability. Bounded work: capped candidate counts and ancestor walks; textContent only.
 */
import type { Availability } from '../types';
import { childCount, clean, ownText, precedes, textOf, titleLongEnough } from './text';
import { categoryFromScripts } from './script-category';
import { platformCategories } from './platform-category';
import { elsewhereDistance } from './price';
import { meta, TRAIL_CLASS_WORDS, UNWALKED_TAGS, type PageIndex } from './page-index';
import { BACK_CRUMB_TEXT, HOME_CRUMB_TEXT } from '../words';
import { stockElementSaid } from './stock-count';
import { variantAvailability } from './variant-option';
import { underOtherProductsHeading } from './other-products';
import { pattern } from '../pattern';
import { LOGO_BOX as LOGO, OVERLAY_BOX as OVERLAY, TITLE_BOX as TITLE_CLASS, TITLE_HINT } from '../words-class';

const NOT_WORD = /* @__PURE__ */ pattern(String.raw`[^\p{L}\p{N}]+`, 'u');
const TWO_LETTERS = /* @__PURE__ */ pattern(String.raw`\p{L}{2}`, 'u');
const NOT_WORDS = /* @__PURE__ */ pattern(String.raw`[^\p{L}\p{N}]+`, 'gu');

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(NOT_WORD)
      .filter((w) => w.length > 1),
  );
}

/**
 * The product heading: the h1 that best matches the title structured data / <title> announce
 * (a cookie dialog's h1 must not win), else one marked as a product title, else the first. For
 * shops whose h1 is missing, a heading classed as a product title (TITLE_CLASS: "<h2
 * class="product-name">") in one of these tags.
 */
const TITLE_TAGS = new Set(['H2', 'H3', 'H4', 'DIV', 'SPAN', 'P', 'STRONG']);

/** The shop's name set as an h1 in the page header (logo), not a heading of the page's content. */
function isLogo(idx: PageIndex, h: Element): boolean {
  if (LOGO.test(idx.hintsOf(h)) || (h.parentElement && LOGO.test(idx.hintsOf(h.parentElement))))
    return !longNameOutsideHeader(idx, h);
  // Inside the link to the home page ("<a href="/"><h1>Shop</h1></a>").
  if (h.closest('a[href="/"]')) return true;
  if (!h.closest('header, [role="banner"]')) return false;
  if (h.querySelector('img, svg, a[href="/"]')) return true;
  // In the page header and naming the site (og:site_name).
  const site = meta(idx, 'og:site_name');
  return !!site && squashName(textOf(h, 200) ?? '') === squashName(site);
}

/** Words above which a heading is a name, not a logo ("Робот-пылесос Xiaomi Mi Robot Vacuum-Mop 2 Lite"). */
const LOGO_MAX_WORDS = 4;

/**
 * A heading with a logo-like class ("catalog-masthead__title": a masthead is also a product's
 * heading band) that is not the shop's logo: outside the page header, more than LOGO_MAX_WORDS
 * words, no image, and not naming the site (og:site_name).
 */
function longNameOutsideHeader(idx: PageIndex, h: Element): boolean {
  if (h.closest('header, [role="banner"]') || h.querySelector('img, svg')) return false;
  const t = textOf(h, 200) ?? '';
  if (t.split(/\s+/).length <= LOGO_MAX_WORDS) return false;
  const site = meta(idx, 'og:site_name');
  return !(site && squashName(t).includes(squashName(site)));
}

const squashName = (t: string) => t.toLowerCase().replace(/[\s.,&'’!|·:_-]+/g, '');

/** No usable h1: the first element classed as a product title outside carousels, menus, header and footer. */
function titleByClass(idx: PageIndex): Element | null {
  const elsewhere = elsewhereDistance(idx, true);
  for (const el of idx.titleEls) {
    if (!TITLE_TAGS.has(el.tagName) || !TITLE_CLASS.test(idx.hintsOf(el).toLowerCase()) || elsewhere(el) <= 14)
      continue;
    const t = textOf(el, 400);
    if (t && titleLongEnough(t) && t.length <= 300 && TWO_LETTERS.test(t)) return el;
  }
  return null;
}

/** Elements read, at most, for an element spelling the <title>'s name. */
const MAX_DOC_TITLE_SCAN = 3000;
/** Characters a <title>'s name must have to be looked for (a shorter one may be any label). */
const MIN_DOC_TITLE = 8;
const DOC_TITLE_TAGS = 'div, span, p, strong';

/**
 * No h1, no element classed as a product title, no matching h2/h3 (apps with hashed classes:
 * "<div class="WBVL_7"><span>【現貨】北歐風陶瓷馬克杯 350ml</span></div>"): the first short element,
 * outside carousels, menus, header and footer, whose whole text is the <title>'s first segment
 * (the name before " | Shop").
 */
function titleByDocTitle(idx: PageIndex): Element | null {
  const name = clean(idx.title, 400)?.split(/\s+[|–—·]\s+|\s+-\s+/)[0];
  if (!name || name.length < MIN_DOC_TITLE || !TWO_LETTERS.test(name)) return null;
  const want = squashName(name);
  const all = idx.doc.body?.querySelectorAll(DOC_TITLE_TAGS) ?? [];
  const elsewhere = elsewhereDistance(idx, true);
  for (let i = 0; i < all.length && i < MAX_DOC_TITLE_SCAN; i++) {
    const el = all[i]!;
    if (el.childElementCount > 1) continue;
    const t = el.textContent ?? '';
    if (t.length < name.length || t.length > name.length + 20) continue;
    if (squashName(t) === want && elsewhere(el) > 14) return el;
  }
  return null;
}

/** Overlap of two word sets, relative to the smaller one. */
function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.max(1, Math.min(a.size, b.size));
}

/** Headings below h1 that may carry the product name (Cafe24 skins set it in an h2). */
const SUBHEADINGS = 'h2, h3';
const MAX_SUBHEADINGS = 60;
/** Share of words a heading must share with the announced title to stand for it. */
const TITLE_MATCH = 0.8;

/**
 * No usable h1 and no element classed as a product title: the h2/h3 whose words match the title the
 * page announces (og:title, <title>), outside carousels, menus, header and footer.
 */
function titleByExpected(idx: PageIndex, expected: (string | null)[]): Element | null {
  const want = expected.filter((e): e is string => !!e).map(words);
  if (!want.length) return null;
  const elsewhere = elsewhereDistance(idx, true);
  const hs = idx.doc.querySelectorAll(SUBHEADINGS);
  for (let i = 0; i < hs.length && i < MAX_SUBHEADINGS; i++) {
    const h = hs[i];
    if (!h) continue;
    const t = textOf(h, 400);
    if (!t || !titleLongEnough(t) || elsewhere(h) <= 14) continue;
    const w = words(t);
    if (want.some((e) => overlap(w, e) >= TITLE_MATCH)) return h;
  }
  return null;
}

export function findTitleElement(idx: PageIndex, expected: (string | null)[] = []): Element | null {
  const good = idx.h1s
    .map((h) => ({ h, t: textOf(h, 400) }))
    .filter(
      ({ h, t }) =>
        !!t &&
        titleLongEnough(t) &&
        t.length <= 400 &&
        !OVERLAY.test(idx.hintsOf(h)) &&
        !h.closest('[role="dialog"], dialog') &&
        !isLogo(idx, h),
    );
  if (!good.length) return titleByClass(idx) ?? titleByExpected(idx, expected) ?? titleByDocTitle(idx);
  const want = expected.filter((e): e is string => !!e).map(words);
  if (want.length && good.length > 1) {
    const scored = good.map(({ h, t }) => {
      const w = words(t!);
      const overlap = Math.max(
        ...want.map((e) => [...w].filter((x) => e.has(x)).length / Math.max(1, Math.min(w.size, e.size))),
      );
      return { h, overlap };
    });
    scored.sort((a, b) => b.overlap - a.overlap);
    const top = scored[0];
    if (top && top.overlap >= 0.5) return top.h;
  }
  return good.find(({ h }) => TITLE_HINT.test(idx.hintsOf(h)) || h.hasAttribute('itemprop'))?.h ?? good[0]?.h ?? null;
}

/** "Product name | Shop" -> "Product name": drop segments that are the site name. */
export function stripSiteSuffix(title: string | null, siteName: string | null, host: string): string | null {
  if (!title) return null;
  const site = (siteName ?? '').toLowerCase();
  const hostWord =
    host
      .replace(/^www\./, '')
      .split('.')[0]
      ?.toLowerCase() ?? '';
  const parts = title.split(/\s+[|–—·:]\s+|\s+-\s+(?=[^-]*$)/);
  if (parts.length < 2) return title;
  const last = (parts[parts.length - 1] ?? '').toLowerCase().replace(/[\s.&']/g, '');
  if ((site && last.includes(site.replace(/[\s.&']/g, ''))) || last.includes(hostWord))
    return clean(parts.slice(0, -1).join(' | '));
  return title;
}

/** The main word of a host name: "www2.kuchynka.cz" -> "kuchynka" (the shop's name, as often as not). */
export function hostWordOf(host: string): string {
  return (
    host
      .replace(/^www\d?\./, '')
      .split('.')[0]
      ?.toLowerCase() ?? ''
  );
}

/** Navigation crumbs, not categories: "‹ Back to results", "Return to Category List". */
const BACK = BACK_CRUMB_TEXT;
// Root crumbs in many languages, including a shop's own root ("Shop", "Alle Produkte", "Boutique").
const HOME = HOME_CRUMB_TEXT;

/** Clean a breadcrumb trail: drop home/root crumbs, separators, duplicates and the product itself. */
export function cleanBreadcrumbs(names: string[], title: string | null, siteName: string | null, host = ''): string[] {
  const out: string[] = [];
  const t = title?.toLowerCase();
  const site = siteName?.toLowerCase();
  const hostWord =
    host
      .replace(/^www\d?\./, '')
      .split('.')[0]
      ?.toLowerCase() ?? '';
  const squash = (s: string) => s.toLowerCase().replace(NOT_WORDS, '');
  for (const raw of names.slice(0, 20)) {
    const n = clean(raw, 120);
    if (
      !n ||
      /^[›»>/|•·\\-]+$/.test(n) ||
      HOME.test(n) ||
      BACK.test(n) ||
      n.toLowerCase() === site ||
      (hostWord.length > 2 &&
        (squash(n) === hostWord || (n.includes('.') && squash(n.split('.')[0] ?? '') === hostWord))) ||
      /^(www\.)?[\w-]+\.(com|de|fr|es|it|co\.uk|co\.jp)$/i.test(n)
    )
      continue;
    if (t && (n.toLowerCase() === t || (n.length > 25 && t.startsWith(n.toLowerCase())))) continue;
    if (out[out.length - 1] !== n) out.push(n);
  }
  return out;
}

export function breadcrumbsFromDom(idx: PageIndex): string[] {
  for (const box of idx.crumbBoxes) {
    const links = Array.from(box.querySelectorAll('a, [itemprop="name"]')).slice(0, 20);
    const names = (links.length ? links : Array.from(box.querySelectorAll('li')).slice(0, 20)).map(
      (a) => textOf(a, 120) ?? '',
    );
    const dedup = names.filter((n, i) => n && names.indexOf(n) === i);
    if (dedup.length) return dedup;
  }
  return [];
}

/**
 * The trail the page shows (breadcrumb markup), else the category its platform's markup names
 * (WooCommerce's meta box, PrestaShop's body class: platform-category.ts), else the one its scripts file the product under (app state, analytics,
 * Shopify's product type: script-category.ts).
 */
export function breadcrumbsFromPage(idx: PageIndex): string[] {
  const shown = breadcrumbsFromDom(idx);
  if (shown.length) return shown;
  const marked = breadcrumbsFromMarks(idx);
  if (marked.length) return marked;
  const platform = platformCategories(idx);
  if (platform.length) return platform;
  return categoryFromScripts([idx.nextData, ...(idx.scripts ?? [])].map((el) => (el ? ownText(el) : null)));
}

/**
 * A trail the walk's tests (a class, id or aria label saying breadcrumb, a microdata list) do not
 * see: an RDFa BreadcrumbList (`typeof="BreadcrumbList"`, its names in `property="name"`), a
 * test hook naming it (`data-testid="breadcrumbs"`, React shops with hashed class names), or a
 * class or id naming it in other words (TRAIL_CLASS_WORDS, page-index.ts).
 */
const TRAIL_BY_ATTRIBUTE =
  '[typeof~="BreadcrumbList"], [data-testid*="breadcrumb" i], [data-test*="breadcrumb" i], [data-qa*="breadcrumb" i]';
const TRAIL_BY_CLASS = /* @__PURE__ */ TRAIL_CLASS_WORDS.map((w) => `[class*="${w}" i], [id*="${w}" i]`).join(', ');
const MARKED_TRAIL = `${TRAIL_BY_ATTRIBUTE}, ${TRAIL_BY_CLASS}`;
/** MARKED_TRAIL less the class and id words on the elements whose class and id the index walk reads. */
const MARKED_TRAIL_UNWALKED = `${TRAIL_BY_ATTRIBUTE}, :is(${UNWALKED_TAGS}):is(${TRAIL_BY_CLASS})`;

/**
 * The first element of the document matching MARKED_TRAIL. Where the index walk noted the first
 * element whose class or id holds a trail word (`trailMark`), only the rest is asked of the
 * document (the attributes, and the class and id of the tags the walk passes over), and the earlier
 * of the two is the answer: the browser's case-insensitive substring tests of every class and id
 * cost 1-13 ms on big shop pages, the walk's a memoised test per distinct class or id string.
 */
export function markedTrailBox(idx: PageIndex): Element | null {
  const walked = idx.trailMark;
  if (walked === undefined) return idx.doc.querySelector(MARKED_TRAIL);
  const other = idx.doc.querySelector(MARKED_TRAIL_UNWALKED);
  if (!walked || !other) return walked ?? other;
  return precedes(walked, other) ? walked : other;
}

function breadcrumbsFromMarks(idx: PageIndex): string[] {
  const box = markedTrailBox(idx);
  if (!box) return [];
  const named = Array.from(box.querySelectorAll('[property="name"]'));
  const items = (named.length ? named : Array.from(box.querySelectorAll('a'))).slice(0, 20);
  const names = items.map((a) => textOf(a, 120) ?? '');
  return names.filter((n, i) => n && names.indexOf(n) === i);
}

/** Availability from a stock/availability element's text; null when no such element speaks clearly. */
export function availabilityFromDom(idx: PageIndex, titleEl: Element | null = null): Availability {
  const elsewhere = elsewhereDistance(idx);
  // A block of related products known only by its heading ("Sản phẩm liên quan") speaks of them.
  const otherProducts = underOtherProductsHeading(titleEl);
  let variant: Availability = null;
  for (const el of idx.stockEls) {
    if (childCount(el, 20) > 20 || elsewhere(el) < 40) continue;
    // Long texts are containers (or carry inline scripts): the stock line itself is short.
    const raw = el.textContent ?? '';
    if (raw.length > 400) continue;
    const t = clean(raw, 200);
    if (!t) continue;
    const said = stockElementSaid(t);
    if (said !== null && otherProducts(el)) continue;
    // A sold-out option of a size or colour picker ("swatch soldout") speaks for its variant only.
    if (said === 'OutOfStock') {
      const v = variantAvailability(el, idx.hintsOf);
      variant ??= v;
      if (v !== null) continue;
    }
    if (said !== null) return said;
  }
  return variant;
}
