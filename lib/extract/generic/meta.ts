/**
 * OpenGraph / product meta tags and schema.org microdata (itemscope/itemprop).
 * Both are cheap attribute reads; neither looks at visible text except microdata values without `content`.
 */
import type { Product } from '../types';
import { parseAmount } from '../money';
import { availabilityOf, conditionOf, shopProductId } from './jsonld';
import { clean, cleanBrand, normaliseGtin, str, textOf } from './text';
import { meta, type PageIndex } from './page-index';

function metaContent(idx: PageIndex, ...keys: string[]): string | null {
  return clean(meta(idx, ...keys));
}

export function productFromMeta(doc: PageIndex): Partial<Product> & { ogType: string | null; siteName: string | null } {
  const currency = metaContent(doc, 'product:price:currency', 'og:price:currency');
  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? null;
  return {
    ogType,
    siteName: metaContent(doc, 'og:site_name'),
    title: metaContent(doc, 'og:title', 'twitter:title'),
    brand: cleanBrand(metaContent(doc, 'product:brand', 'og:brand')),
    price: parseAmount(
      metaContent(doc, 'product:price:amount', 'og:price:amount', 'product:sale_price:amount'),
      currency,
    ),
    currency,
    listPrice: parseAmount(metaContent(doc, 'og:price:standard_amount', 'product:original_price:amount'), currency),
    availability: availabilityOf(metaContent(doc, 'product:availability', 'og:availability')),
    condition: conditionOf(metaContent(doc, 'product:condition', 'og:condition')),
    gtin: normaliseGtin(metaContent(doc, 'og:upc', 'product:upc', 'product:ean', 'product:gtin')),
    sku: metaContent(doc, 'product:retailer_item_id'),
    url: metaContent(doc, 'og:url'),
  };
}

const PRODUCT_ITEMTYPE = /schema\.org\/(?:Product|IndividualProduct|ProductModel|ProductGroup|Book)$/i;

/** The first microdata Product scope that is not nested in another Product (related items are). */
function mainScope(idx: PageIndex): Element | null {
  for (const el of idx.scopes) {
    if (!PRODUCT_ITEMTYPE.test(el.getAttribute('itemtype') ?? '')) continue;
    const outer = el.parentElement?.closest('[itemscope][itemtype]');
    if (outer && PRODUCT_ITEMTYPE.test(outer.getAttribute('itemtype') ?? '')) continue;
    return el;
  }
  return null;
}

function propValue(el: Element): string | null {
  return clean(
    el.getAttribute('content') ?? el.getAttribute('value') ?? el.getAttribute('href') ?? el.textContent,
    300,
  );
}

export function productFromMicrodata(idx: PageIndex): Partial<Product> | null {
  const scope = mainScope(idx);
  if (!scope) return null;
  const props = new Map<string, Element>();
  for (const el of Array.from(scope.querySelectorAll('[itemprop]')).slice(0, 500)) {
    // Skip props belonging to a nested Product (related items), keep Offer/Brand ones.
    const owner = el.parentElement?.closest('[itemscope]');
    if (owner && owner !== scope && PRODUCT_ITEMTYPE.test(owner.getAttribute('itemtype') ?? '')) continue;
    for (const name of (el.getAttribute('itemprop') ?? '').split(/\s+/))
      if (name && !props.has(name)) props.set(name, el);
  }
  const v = (k: string) => {
    const el = props.get(k);
    return el ? propValue(el) : null;
  };
  const brandEl = props.get('brand');
  const brand = brandEl?.hasAttribute('itemscope')
    ? (textOf(brandEl.querySelector('[itemprop="name"]')) ?? propValue(brandEl))
    : v('brand');
  const currency = v('priceCurrency');
  return {
    title: brandEl?.contains(props.get('name') ?? null) ? null : v('name'),
    brand: cleanBrand(brand),
    price: parseAmount(v('price'), currency),
    currency,
    availability: availabilityOf(v('availability')),
    condition: conditionOf(v('itemCondition')),
    sku: str(v('sku'), 80) ?? shopProductId(v('productID')),
    gtin: normaliseGtin(v('gtin13') ?? v('gtin') ?? v('gtin12') ?? v('gtin14') ?? v('gtin8')),
    mpn: str(v('mpn'), 80),
  };
}
