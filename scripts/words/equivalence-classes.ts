/**
 * Old-against-new check of the class-name tokens' move into `words-class.ts` and `words-buy.ts`
 * (#11): every element's class/id/test-id hints of every fixture page (also each token alone, and
 * every text, link and fixture URL) go through the old inline regexes (copied below) and the new ones; the detector's old
 * and new selectors are compared by the elements they select on every page. Differences are printed.
 *   npx tsx scripts/words/equivalence-classes.ts
 * Not shipped, not part of `npm test` (a one-off proof; words-class.test.ts guards the tokens).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPage } from '../../lib/extract/load';
import { hints } from '../../lib/extract/generic/text';
import * as C from '../../lib/extract/words-class';
import { BACK_CRUMB_TEXT, HOME_CRUMB_TEXT } from '../../lib/extract/words';
import { ORDER_PAGE_PATH } from '../../lib/extract/words-order';
import type { Matcher } from '../../lib/extract/pattern';
import { OLD_SELECTORS, NEW_SELECTORS } from './old-selectors';
import { htmlFiles } from '../lib/html-files';

const OLD: Record<string, RegExp> = {
  struck:
    /(?:^|[\s_-])(?<!(?:has|with|is)[-_])(?:was|old|non-?sale|strike|striked|strikethrough|strikeout|line-?through|crossed|crossed-?out|list-?price|listprice|org|orig|origin|original|regular|rrp|uvp|msrp|compare|before|instead|retail|basis|reference|saving|savings|(?<!price[-_]{1,2})discount(?![-_]?price|ed)|you-?save|prev|previous|former|consumer)(?:[\s_-]|price|$)/,
  unit: /(?:^|[\s_-])(?:unit-?price|price-?per|per-?unit|ppu|base-?price|grundpreis|priceperunit)(?:[\s_-]|$)/,
  hidden: /(?:^|[\s_-])(?:hide|hidden|d-none|display-none|invisible|is-hidden)(?:[\s_]|$)/,
  elsewhere:
    /(?:^|[\s_-])(?:carousel|recommend\w*|recs|related|similar|sponsor\w*|upsell|cross-?sell|also|bought|viewed|slider|swiper|footer|bundle|accessor\w*|compare|sims|p13n|shelf|reco|alternatives?|other-?sellers|featured-?products|product-?miniature|product-?tile|vitrine|showcase|catalog-?section|aod|flyout|menu|mega-?menu|dropdown|navigation|nav|header-?nav)(?:[\s_-]|$)/,
  buyBox:
    /(?:^|[\s_-])(?:buy-?box|buybox|add-?to-?cart|purchase|price-?block|product-?info|offer-?box|checkout|product-?main|product-?hero|core-?price|product-?price|main-?price|current-?price|sale-?price|final-?price|price-?box)(?:[\s_-]|$)/,
  notItem:
    /(?:^|[\s_-])(?:shipping|delivery|subtotal|total(?![-_]?price)|tax|installments?|monthly|savings?|coupon|financ\w*|warranty|protection)(?:[\s_-]|$)/,
  // The word lists moved out of generic/dom.ts and extract/index.ts in the same round.
  back: /^[‹«<←\s]*(back|return|zurück|retour|volver|torna|indietro)\b/i,
  home: /^(home|homepage|start|startseite|accueil|inicio|página de inicio|home page|shop|webshop|online shop|onlineshop|all products|alle produkte|boutique|tienda|negozio|winkel|sklep|strona główna|início|página inicial|forside|hem|etusivu|startpagina|トップページ|首页|首頁|главная|главная страница|головна|начало|početna|úvod|főoldal|ana sayfa|홈|todas las categorías|all categories|alle kategorien|toutes les catégories|tutte le categorie|ホーム|トップ|back|zurück|retour|volver)$/i,
  orderUrl:
    /order[-_]?(details?|history|confirm\w*|summary|status)|your-orders|\/orders?\/|bestellung|commande|pedidos?\b|ordini\b|\/gp\/css\/order|\/gp\/your-account\/order/i,
  mainPrice:
    /customer-?price|our-?price|price-?to-?pay|pricetopay|sale-?price|current-?price|final-?price|now-?price|offer-?price|deal-?price|price-?now/,
};
const NEW: Record<string, Matcher> = {
  struck: C.STRUCK_OR_FORMER,
  unit: C.UNIT_PRICE_BOX,
  hidden: C.HIDDEN_BOX,
  elsewhere: C.ELSEWHERE_REGION,
  buyBox: C.BUY_BOX_REGION,
  notItem: C.NOT_ITEM_PRICE_BOX,
  mainPrice: C.MAIN_PRICE_BOX,
  back: { test: (t: string) => BACK_CRUMB_TEXT.test(t) } as RegExp,
  home: { test: (t: string) => HOME_CRUMB_TEXT.test(t) } as RegExp,
  orderUrl: ORDER_PAGE_PATH,
};

const texts = new Set<string>();
let selectorsCompared = 0;
let selectorsDiffer = 0;
const FIXTURES = join(import.meta.dirname, '../../tests/fixtures');
const files = htmlFiles(FIXTURES).map((f) => join(FIXTURES, f));
for (const file of files) {
  const { doc } = loadPage(file);
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const h = hints(el);
    texts.add(h);
    for (const t of h.split(/\s+/)) texts.add(t);
    const raw = el.textContent ?? '';
    if (raw.length <= 600) {
      const t = raw.replace(/\s+/g, ' ').trim();
      texts.add(t);
      texts.add(t.toLowerCase());
    }
    const href = el.getAttribute('href');
    if (href) texts.add(href);
  }
  for (const [name, old] of Object.entries(OLD_SELECTORS)) {
    const a = Array.from(doc.querySelectorAll(old));
    const b = Array.from(doc.querySelectorAll(NEW_SELECTORS[name]!));
    selectorsCompared++;
    if (a.length !== b.length || a.some((e, i) => e !== b[i])) {
      selectorsDiffer++;
      console.log(`selector ${name} on ${file}: ${a.length} -> ${b.length} elements`);
    }
  }
}
// Every token of the old regexes, alone and in class strings shops write; paths from the URL lists.
for (const file of ['pages/urls.json', 'reconstructed/urls.json'])
  for (const u of Object.values(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../tests/fixtures', file), 'utf8')) as Record<string, string>,
  ))
    if (typeof u === 'string' && u.startsWith('http')) {
      const url = new URL(u);
      texts.add(url.pathname + url.search);
    }
for (const re of Object.values(OLD))
  for (const w of re.source.replace(/\\[sw]|[()?:^$|[\]<!*\\]/g, ' ').split(/\s+/))
    if (w) for (const c of [w, `price-${w}`, `${w}-price`, `has-${w}`, `price__${w}`, `x${w}`, `${w}ed`]) texts.add(c);

let compared = 0;
let differ = 0;
for (const key of Object.keys(OLD))
  for (const t of texts) {
    compared++;
    const a = OLD[key]!.test(t);
    const b = NEW[key]!.test(t);
    if (a !== b && differ++ < 40) console.log(`${key} ${JSON.stringify(t.slice(0, 80))}: ${a} -> ${b}`);
  }
console.log(
  `${files.length} pages, ${texts.size} class strings and texts, ${compared} regex comparisons, ${differ} differ; ` +
    `${selectorsCompared} selector comparisons, ${selectorsDiffer} differ`,
);
