/**
 * OpenGraph / product meta tags and schema.org microdata (itemscope/itemprop).
 * Both are cheap attribute reads; neither looks at visible text except microdata values without `content`.
 */
import type { Product } from '../types';
import { parseAmount } from '../money';
import { availabilityOf, conditionOf, shopProductId } from './jsonld';
import { clean, cleanBrand, normaliseGtin, str, textOf } from './text';
import { meta, type PageIndex } from './page-index';
import { ITEM_ID_IN_TEXT } from '../words';
import { stockElementSaid } from './stock-count';

function metaContent(idx: Pick<PageIndex, 'metas'>, ...keys: MetaKey[]): string | null {
  return clean(meta(idx, ...keys));
}

/** Every meta key productFromMeta reads (the product bundle sends the worker these and no others). */
export const PRODUCT_META_KEYS = [
  'og:type',
  // The product's picture: its URL may repeat the item id the page's URL holds (item-id.ts).
  'og:image',
  'og:site_name',
  'og:title',
  'twitter:title',
  'product:brand',
  'og:brand',
  'product:price:currency',
  'og:price:currency',
  'product:price:amount',
  'og:price:amount',
  'product:sale_price:amount',
  'og:price:standard_amount',
  'product:original_price:amount',
  'product:availability',
  'og:availability',
  'product:condition',
  'og:condition',
  'og:upc',
  'product:upc',
  'product:ean',
  'product:gtin',
  'product:retailer_item_id',
  'og:url',
  'product:category',
  'og:product:category',
  'product:google_product_category',
] as const;
type MetaKey = (typeof PRODUCT_META_KEYS)[number];
/** The meta keys of the price to pay, in the order they are read; one with a price makes a declared product. */
export const PRICE_AMOUNT_KEYS = [
  'product:price:amount',
  'og:price:amount',
  'product:sale_price:amount',
] as const satisfies readonly MetaKey[];

export function productFromMeta(
  doc: Pick<PageIndex, 'metas'>,
): Partial<Product> & { ogType: string | null; siteName: string | null; image: string | null } {
  const currency = metaContent(doc, 'product:price:currency', 'og:price:currency');
  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? null;
  return {
    ogType,
    siteName: metaContent(doc, 'og:site_name'),
    image: metaContent(doc, 'og:image'),
    title: metaContent(doc, 'og:title', 'twitter:title'),
    brand: cleanBrand(metaContent(doc, 'product:brand', 'og:brand')),
    price: parseAmount(metaContent(doc, ...PRICE_AMOUNT_KEYS), currency),
    currency,
    listPrice: parseAmount(metaContent(doc, 'og:price:standard_amount', 'product:original_price:amount'), currency),
    availability: availabilityOf(metaContent(doc, 'product:availability', 'og:availability')),
    condition: conditionOf(metaContent(doc, 'product:condition', 'og:condition')),
    gtin: normaliseGtin(metaContent(doc, 'og:upc', 'product:upc', 'product:ean', 'product:gtin')),
    sku: metaContent(doc, 'product:retailer_item_id'),
    url: metaContent(doc, 'og:url'),
    // A catalogue's category (Meta/Google feeds: a Google id or path, or the shop's own).
    googleCategory: metaContent(doc, 'product:category', 'og:product:category', 'product:google_product_category'),
  };
}

const PRODUCT_ITEMTYPE = /schema\.org\/(?:Product|IndividualProduct|ProductModel|ProductGroup|Book)$/i;

/** The first microdata Product scope that is not nested in another Product (related items are). */
function mainScope(idx: Pick<PageIndex, 'scopes'>): Element | null {
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

/** The microdata values a product is read from: the main Product scope's props, read in the page. */
export interface MicrodataFacts {
  /** Prop name -> value (content, value, href or text), the first of each name. */
  props: Partial<Record<(typeof MICRODATA_PROPS)[number], string | null>>;
  /** The brand's name (a nested Brand scope's name, else the brand prop's value). */
  brand: string | null;
  /** The `name` prop is the brand's, not the product's. */
  nameIsBrands: boolean;
}

/** The microdata props a product is read from. */
export const MICRODATA_PROPS = [
  'name',
  'priceCurrency',
  'price',
  'availability',
  'itemCondition',
  'sku',
  'productID',
  'gtin13',
  'gtin',
  'gtin12',
  'gtin14',
  'gtin8',
  'mpn',
  'category',
] as const;

/** The main Product scope's values (DOM reads only), or null without one. */
export function microdataFacts(idx: Pick<PageIndex, 'scopes'>): MicrodataFacts | null {
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
  const values: Record<string, string | null> = {};
  for (const k of MICRODATA_PROPS) values[k] = v(k);
  return {
    props: values,
    brand: brandEl?.hasAttribute('itemscope')
      ? (textOf(brandEl.querySelector('[itemprop="name"]')) ?? propValue(brandEl))
      : v('brand'),
    nameIsBrands: !!brandEl?.contains(props.get('name') ?? null),
  };
}

/** A prop's text this long at most is read as a stock line (a longer one is a container's). */
const MAX_AVAILABILITY_TEXT = 80;

/**
 * The availability prop: a schema.org value ("https://schema.org/InStock"), else its visible text
 * ("<span itemprop=availability>Disponible</span>", "Auf Lager", "Agotado") read as a stock line.
 */
function microdataAvailability(value: string | null): Product['availability'] {
  const schema = availabilityOf(value);
  if (schema || !value || value.length > MAX_AVAILABILITY_TEXT) return schema;
  const t = clean(value, MAX_AVAILABILITY_TEXT);
  return t ? stockElementSaid(t) : null;
}

/** The product microdata declares (pure: the worker reads the page's collected facts with it). */
export function productFromMicrodataFacts(f: MicrodataFacts): Partial<Product> {
  const v = (k: (typeof MICRODATA_PROPS)[number]) => f.props[k] ?? null;
  const currency = v('priceCurrency');
  return {
    title: f.nameIsBrands ? null : v('name'),
    brand: cleanBrand(f.brand),
    price: parseAmount(v('price'), currency),
    currency,
    availability: microdataAvailability(v('availability')),
    condition: conditionOf(v('itemCondition')),
    sku: withoutItemIdLabel(str(v('sku'), 80)) ?? shopProductId(v('productID')),
    gtin: normaliseGtin(v('gtin13') ?? v('gtin') ?? v('gtin12') ?? v('gtin14') ?? v('gtin8')),
    mpn: str(v('mpn'), 80),
    googleCategory: str(v('category')),
  };
}

export function productFromMicrodata(idx: PageIndex): Partial<Product> | null {
  const f = microdataFacts(idx);
  return f ? productFromMicrodataFacts(f) : null;
}

/**
 * A microdata item id without the label the shop printed inside its element: "<div
 * itemprop=sku>SKU GN-BTB-04</div>" -> "GN-BTB-04". Anything else as it is.
 */
export function withoutItemIdLabel(v: string | null): string | null {
  if (!v || /^[\d\s]/.test(v)) return v;
  const m = ITEM_ID_IN_TEXT.exec(v);
  return m?.[1] && m.index === 0 && v.trimEnd().endsWith(m[1]) ? m[1] : v;
}
