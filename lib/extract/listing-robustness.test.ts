/**
 * Listing and order extraction on random and adversarial markup: never throws, stays bounded in
 * time, and never yields a negative, infinite or NaN price or quantity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import { extractListing } from './listing';
import { extractOrder } from './order';
import type { Item } from './types';

const URL_ = new URL('https://shop.example.com/search?q=x');

function sane(items: Item[]): void {
  for (const it of items) {
    for (const v of [it.price, it.quantity, it.rating]) {
      if (v !== null) {
        expect(Number.isFinite(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
      }
    }
    if (it.rating !== null) expect(it.rating).toBeLessThanOrEqual(5);
  }
}

function run(html: string): Item[] {
  const doc = parseDocument(html);
  const t0 = performance.now();
  const listing = extractListing(doc, URL_);
  const order = extractOrder(doc, new URL('https://shop.example.com/checkout/thank_you'));
  expect(performance.now() - t0).toBeLessThan(5000);
  expect(listing.anchors.length).toBe(listing.items.length);
  expect(order.anchors.length).toBe(order.items.length);
  sane(listing.items);
  sane(order.items);
  for (const o of order.orders) if (o.total !== null) expect(Number.isFinite(o.total) && o.total >= 0).toBe(true);
  return listing.items;
}

const PRICES = [
  '$1e309',
  '€NaN',
  '-5 €',
  '$-5',
  '£Infinity',
  '$99999999999999',
  '1,2,3,4 €',
  '$ . ,',
  '¥',
  'EUR 10,79 bis EUR 20',
  '$12.48',
  '0,00 €',
];
const tile = (title: string, price: string) =>
  `<li class="p"><a href="/p/${encodeURIComponent(title)}">${title}</a><span class="price">${price}</span><span class="rating" aria-label="9 out of 5 stars">9</span></li>`;

describe('listing and order extraction on adversarial pages', () => {
  it('rejects absurd prices in tiles', () => {
    const doc = parseDocument(`<ul>${PRICES.map((p, i) => tile(`Item ${i}`, p)).join('')}</ul>`);
    const { items } = extractListing(doc, URL_);
    sane(items);
    expect(items.find((i) => i.title === 'Item 10')?.price).toBe(12.48);
    expect(items.filter((i) => i.price !== null && i.price > 1e9)).toEqual([]);
  });

  it('survives 20 000 nested elements around the tiles', () => {
    const depth = 20_000;
    const items = run(
      `${'<div>'.repeat(depth)}<ul>${[1, 2, 3].map((n) => tile(`Deep ${n}`, `$${n}.00`)).join('')}</ul>${'</div>'.repeat(depth)}`,
    );
    expect(items.map((i) => i.price)).toEqual([1, 2, 3]);
  });

  it('survives a 10 MB script and a huge text node', () => {
    run(
      `<script>${'x'.repeat(10_000_000)}</script><p>${'9'.repeat(200_000)} €</p><ul>${tile('A', '$1')}${tile('B', '$2')}${tile('C', '$3')}</ul>`,
    );
  });

  it('ignores __proto__ keys and malformed structured data', () => {
    const lists = [
      '{"@type":"ItemList","itemListElement":[{"__proto__":{"polluted":1},"name":"X","url":"/x","offers":{"price":"-5","priceCurrency":"USD"}}]}',
      '{"@type":"Order","orderNumber":{"__proto__":1},"acceptedOffer":[{"itemOffered":{"name":"Y"},"price":"1e309","priceCurrency":"EUR"}],"price":"NaN"}',
      '{"@type":"ItemList","itemListElement":"not a list"}',
      '{"@type":"Order","orderedItem":[null,1,"s",{"orderedItem":{"name":"Z"},"orderQuantity":-3}]}',
      '{ "@type": "ItemList", "itemListElement": [ {"name": "unterminated" ',
    ];
    run(lists.map((l) => `<script type="application/ld+json">${l}</script>`).join(''));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on random tag soup', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<div>',
        '</div>',
        '<li class="card">',
        '</li>',
        '<a href="/p/1">',
        '</a>',
        '<span class="price">',
        '</span>',
        '<table><tr><th>Qty</th><th>Price</th></tr>',
        '<tr><td>Thing</td><td>2</td><td>$4</td></tr>',
        '</table>',
        '<h3>',
        '</h3>',
        'Order #A123',
        'Sponsored',
        'Ad',
      ),
      fc.constantFrom(...PRICES),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        run(parts.join(''));
        return true;
      }),
      { numRuns: 150 },
    );
  });
});
