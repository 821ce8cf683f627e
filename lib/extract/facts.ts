/**
 * The product of a product page from its facts (./facts-page.ts), read in the background worker:
 * the same rules as the whole extraction's declared half (generic/assemble.ts, the shop spec's
 * rules), on what the page collected. No DOM: the worker has none, and compiles these functions and
 * word regexes once for every page instead of once per page load.
 *
 * It answers a product only for a page that declares one (JSON-LD, microdata, product meta, app
 * state); there the whole extraction would answer the same product but for what only the page text
 * can tell (./facts-page.ts says what). Everything else is `undecided`: the page hands over to the
 * whole extraction.
 */
import type { Product } from './types';
import type { ProductFacts } from './facts-page';
import { assembleProduct, readDeclared } from './generic/assemble';
import { declaredKindOf, jsonLdNodes } from './generic/jsonld';
import { productFromMeta, productFromMicrodataFacts } from './generic/meta';
import { currencyFromHost } from './money';
import { plain, safe } from './product-step';
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

  const generic = assembleProduct(
    d,
    {
      titleText: f.titleText,
      docTitle: f.docTitle,
      canonical: f.canonical,
      visible: null,
      pairs: f.pairs,
      domCrumbs: () => f.crumbs,
      availability: () => null,
      itemId: () => null,
    },
    url,
    { structured: d.currency, host: currencyFromHost(url.hostname) },
  );
  const hints = { host: url.hostname, locale: f.lang || null };
  const product = plain(
    spec ? productFromShown(spec, f.shown ?? { title: null, prices: [] }, url, hints, generic) : generic,
  );
  // A price only the page's text shows (the buy box) is the whole extraction's to read.
  if (product?.price === null) return UNDECIDED;
  if (product) return { kind: 'product', product };
  return kind === 'product' ? { kind: 'none' } : UNDECIDED;
}
