/**
 * Listing tiles from structured data: schema.org `ItemList` in JSON-LD, and repeated microdata
 * `itemtype=Product` blocks. Shops that publish these make tiles exact without any heuristic.
 */
import type { Item } from './types';
import { isObj, jsonLdNodes, typeList } from './generic/jsonld';
import { absoluteUrl, cleanTitle, hasAdLabel, pageHints, priceTextOf, quantityFromTitle, textOf } from './listing-tile';
import { parseAmount, parseMoney } from './money';

type Listing = { items: Item[]; anchors: (Element | null)[] };

const str = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null;
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

function ratingOf(v: unknown): number | null {
  const r = isObj(v) ? parseAmount(v.ratingValue) : null;
  const best = isObj(v) ? (parseAmount(v.bestRating) ?? 5) : 5;
  if (r === null || best <= 0) return null;
  const scaled = best === 5 ? r : (r / best) * 5;
  return scaled >= 0 && scaled <= 5 ? Math.round(scaled * 100) / 100 : null;
}

/** Price and currency of an Offer / AggregateOffer (lowPrice only when low and high agree). */
function offerOf(v: unknown): { price: number | null; currency: string | null } {
  const o = first(v);
  if (!isObj(o)) return { price: null, currency: null };
  const currency = str(o.priceCurrency);
  let price = parseAmount(o.price ?? (isObj(o.priceSpecification) ? o.priceSpecification.price : undefined), currency);
  if (
    price === null &&
    o.lowPrice !== undefined &&
    (o.highPrice === undefined || parseAmount(o.highPrice) === parseAmount(o.lowPrice))
  )
    price = parseAmount(o.lowPrice, currency);
  return { price, currency: price === null ? null : currency };
}

/** Items of the largest JSON-LD ItemList whose entries carry at least a name or a URL. */
export function itemListFromJsonLd(doc: Document, url: URL): Item[] {
  let best: Item[] = [];
  for (const node of jsonLdNodes(doc)) {
    if (!typeList(node).includes('ItemList') || !Array.isArray(node.itemListElement)) continue;
    const items: Item[] = [];
    for (const entry of node.itemListElement.slice(0, 500)) {
      if (!isObj(entry)) continue;
      const product = isObj(entry.item) ? entry.item : entry;
      const title = cleanTitle(str(product.name) ?? str(entry.name));
      const link = absoluteUrl(str(product.url) ?? str(entry.url) ?? str(product['@id']), url);
      if (!title && !link) continue;
      const { price, currency } = offerOf(product.offers);
      items.push({
        title,
        price,
        currency,
        url: link,
        quantity: quantityFromTitle(title),
        position: null,
        rating: ratingOf(product.aggregateRating),
        sponsored: false,
      });
    }
    if (items.length > best.length) best = items;
  }
  best.forEach((it, i) => (it.position = i + 1));
  return best;
}

function prop(scope: Element, name: string): Element | null {
  // Only this scope's own properties, not those of a nested itemscope (an offer's seller, a review).
  for (const el of Array.from(scope.querySelectorAll(`[itemprop~="${name}"]`))) {
    const owner = el.parentElement?.closest('[itemscope]');
    if (
      owner === scope ||
      (owner &&
        owner !== scope &&
        /Offer/.test(owner.getAttribute('itemtype') ?? '') &&
        owner.parentElement?.closest('[itemscope]') === scope)
    )
      return el;
  }
  return null;
}

function propValue(el: Element | null): string | null {
  if (!el) return null;
  return str(
    el.getAttribute('content') ??
      el.getAttribute('href') ??
      el.getAttribute('src') ??
      el.getAttribute('value') ??
      textOf(el, 500),
  );
}

/** Repeated microdata Product blocks (two or more, not nested in one another). */
export function productsFromMicrodata(doc: Document, url: URL): Listing {
  const scopes = Array.from(doc.querySelectorAll('[itemscope][itemtype*="schema.org/Product"]')).filter(
    (el) => !el.parentElement?.closest('[itemscope][itemtype*="schema.org/Product"]'),
  );
  if (scopes.length < 2) return { items: [], anchors: [] };
  const hints = pageHints(doc, url);
  const items: Item[] = [];
  const anchors: Element[] = [];
  let organic = 0;
  for (const scope of scopes) {
    const title = cleanTitle(propValue(prop(scope, 'name')));
    if (!title) continue;
    const currency = propValue(prop(scope, 'priceCurrency'));
    const priceEl = prop(scope, 'price');
    const raw = priceEl?.getAttribute('content') ?? null;
    const price =
      raw !== null
        ? parseAmount(raw, currency)
        : (parseMoney(priceTextOf(priceEl), { ...hints, currency })?.amount ?? null);
    const link = absoluteUrl(
      propValue(prop(scope, 'url')) ?? scope.querySelector('a[href]')?.getAttribute('href'),
      url,
    );
    const rating = parseAmount(propValue(prop(scope, 'ratingValue')));
    const sponsored = hasAdLabel(scope);
    if (!sponsored) organic++;
    items.push({
      title,
      price,
      currency: price === null ? null : (currency ?? parseMoney(priceTextOf(priceEl), hints)?.currency ?? null),
      url: link,
      quantity: quantityFromTitle(title),
      position: sponsored ? null : organic,
      rating: rating !== null && rating <= 5 ? rating : null,
      sponsored,
    });
    anchors.push(scope);
  }
  return { items, anchors };
}
