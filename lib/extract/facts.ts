/**
 * The product of a product page from its facts (./facts-page.ts), read in the background worker:
 * the same rules as the whole extraction's declared half (generic/assemble.ts, the shop spec's
 * rules), on what the page collected. No DOM: the worker has none, and compiles these functions and
 * word regexes once for every page instead of once per page load.
 *
 * It answers a product only for a page that declares one (JSON-LD, microdata, product meta, app
 * state), and only where its price, currency, item id and availability are the whole extraction's:
 * the rules are the same (generic/assemble.ts), and where one of them asks for what only the page's
 * text tells (availability where nothing declares it, an item number the page did not read) or the
 * declared price is one the page shows only as a former price (the whole extraction reads the
 * current one), the page is `undecided`. Everything else is `undecided` too: the page hands over to
 * the whole extraction. tests/extract/extension-parity.test.ts holds the two to the same fields.
 */
import type { Product } from './types';
import type { ProductFacts } from './facts-page';
import { assembleProduct, readDeclared } from './generic/assemble';
import { declaredKindOf, jsonLdNodes } from './generic/jsonld';
import { productFromMeta, productFromMicrodataFacts } from './generic/meta';
import { currencyFromHost } from './money';
import { plain, safe } from './product-step';
import { digitForms } from './price-digits';
import { adapterFor, specOf } from './shops';
import { kindOf, productFromShown } from './shops/spec';

export type FactsAnswer = { kind: 'product'; product: Product } | { kind: 'none' } | { kind: 'undecided' };

const UNDECIDED: FactsAnswer = { kind: 'undecided' };

/** What a product page's facts make: its product, nothing (the shop says product but nothing is there), or undecided. */
export function productFromFacts(f: ProductFacts): FactsAnswer {
  return safe(() => read(f), UNDECIDED);
}

function read(f: ProductFacts): FactsAnswer {
  const url = new URL(f.url);
  const adapter = adapterFor(url);
  const spec = adapter ? specOf(adapter) : undefined;
  // Shops whose product needs code are read by the whole extraction (page-specs.ts: `full`).
  if (adapter && (!spec || spec.hooks?.product)) return UNDECIDED;
  const nodes = jsonLdNodes(f.ld);
  const kind = (spec ? kindOf(spec, url) : null) ?? declaredKindOf(nodes);
  if (kind !== null && kind !== 'product') return UNDECIDED;

  const md = f.microdata ? productFromMicrodataFacts(f.microdata) : null;
  const d = readDeclared(nodes, url, md, productFromMeta({ metas: new Map(f.metas) }), f.nextData);
  // Undeclared pages are read by their visible price and heading: the whole extraction's part.
  if (!d.declared) return UNDECIDED;

  // Set where the rules asked for what only the page's text tells: the whole extraction reads it.
  let pageText = false;
  const needsPage = () => ((pageText = true), null);
  const generic = assembleProduct(
    d,
    {
      titleText: f.titleText,
      docTitle: f.docTitle,
      canonical: f.canonical,
      visible: null,
      pairs: f.pairs,
      domCrumbs: () => f.crumbs,
      availability: () => needsPage(),
      itemId: () => (f.itemId ? f.itemId.value : needsPage()),
    },
    url,
    { structured: d.currency, host: currencyFromHost(url.hostname) },
  );
  const hints = { host: url.hostname, locale: f.lang || null };
  const product = plain(
    spec ? productFromShown(spec, f.shown ?? { title: null, prices: [] }, url, hints, generic) : generic,
  );
  if (pageText) return UNDECIDED;
  if (!product) return kind === 'product' ? { kind: 'none' } : UNDECIDED;
  // A price only the page's text shows (the buy box) is the whole extraction's to read, and so is
  // the current price beside a declared one the page shows only as struck or former.
  return notShownAsCurrent(product.price, f.priceDigits) ? UNDECIDED : { kind: 'product', product };
}

/**
 * No price, or the page's price elements show current amounts and none holds the price's digits (a box of two
 * prices, "29,99 € 19,99 €", holds both), or they show it only as a former (struck) price: the
 * declared price may not be the one the page asks now (a JSON-LD offer still at the pre-sale price).
 */
function notShownAsCurrent(price: number | null, shown: ProductFacts['priceDigits']): boolean {
  if (price === null) return true;
  const forms = [...digitForms(price)];
  if (shown.current.some((c) => forms.some((d) => c.includes(d)))) return false;
  return shown.current.length > 0 || forms.some((d) => shown.former.includes(d));
}
