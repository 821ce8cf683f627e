import { describe, expect, it } from 'vitest';
import { parseDocument } from './load';
import { extractListing } from './listing';
import { findTiles } from './listing-generic';

const page = (body: string, lang = 'en-US') =>
  parseDocument(`<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`);
const URL_ = new URL('https://shop.example.org/category/kettles');

/** A shop never seen: classless wrappers, a struck old price, a "from" price, an ad, a skeleton. */
const GRID = `
<header><a href="/">Home</a><span class="promo">Free shipping over $35</span></header>
<div class="grid">
  <div class="row">
    <article class="card"><a href="/p/kettle-1?ref=grid"><img alt="Steel Kettle 1.7 L"></a>
      <h3 class="card-title"><a href="/p/kettle-1?ref=grid">Steel Kettle 1.7 L</a></h3>
      <div class="prices"><del class="price">$49.99</del> <span class="price">$39.99</span></div>
      <div class="stars" aria-label="Rated 4.5 out of 5">★★★★½</div></article>
    <article class="card"><a href="/p/kettle-2"><img alt="Glass Kettle"></a>
      <h3 class="card-title"><a href="/p/kettle-2">Glass Kettle, 2-Pack</a></h3>
      <div class="prices"><span class="price">$24.50</span> <span class="unit">($12.25 / kettle)</span></div></article>
  </div>
  <div class="row">
    <article class="card"><span class="badge">Sponsored</span><a href="/p/kettle-3"><img alt="Gooseneck"></a>
      <h3 class="card-title"><a href="/p/kettle-3">Gooseneck Kettle</a></h3>
      <div class="prices"><span class="price">$59.00</span></div></article>
    <article class="card"><a href="/p/kettle-4"><img alt="Travel"></a>
      <h3 class="card-title"><a href="/p/kettle-4">Travel Kettle</a></h3>
      <div class="prices"><span class="price">From $19.00</span></div></article>
    <article class="card"><div class="skeleton"></div></article>
  </div>
</div>
<footer><a href="/help">Help</a> <span>Gift cards from $10</span></footer>`;

describe('generic listing tiles', () => {
  it('finds the repeated cards across grid rows, skipping the skeleton', () => {
    const doc = page(GRID);
    const tiles = findTiles(doc);
    expect(tiles.length).toBe(5);
    expect(tiles.every((t) => t.tagName === 'ARTICLE')).toBe(true);
  });

  it('reads title, current price (not struck, not per unit, not "from"), link, rating, ad, pack', () => {
    const { items, anchors } = extractListing(page(GRID), URL_);
    expect(items.map((i) => i.title)).toEqual([
      'Steel Kettle 1.7 L',
      'Glass Kettle, 2-Pack',
      'Gooseneck Kettle',
      'Travel Kettle',
    ]);
    expect(items.map((i) => i.price)).toEqual([39.99, 24.5, 59, null]);
    expect(items.map((i) => i.currency)).toEqual(['USD', 'USD', 'USD', null]);
    expect(items[0]?.url).toBe('https://shop.example.org/p/kettle-1?ref=grid');
    expect(items[0]?.rating).toBe(4.5);
    expect(items.map((i) => i.sponsored)).toEqual([false, false, true, false]);
    expect(items.map((i) => i.position)).toEqual([1, 2, null, 3]);
    expect(items[1]?.quantity).toBe(2);
    expect(items[0]?.quantity).toBeNull();
    expect(anchors.length).toBe(items.length);
    expect(anchors.every((a) => a?.tagName === 'ARTICLE')).toBe(true);
  });

  it('reads European prices and prices split over elements', () => {
    const doc = page(
      [1, 2, 3]
        .map(
          (n) =>
            `<li class="product"><a href="/a/${n}">Tasse ${n}</a><span class="amount"><span>1.2</span><span>${n}4,9</span><span>0&nbsp;€</span></span></li>`,
        )
        .join(''),
      'de-DE',
    );
    const { items } = extractListing(doc, new URL('https://laden.example.de/tassen'));
    expect(items.map((i) => i.price)).toEqual([1214.9, 1224.9, 1234.9]);
    expect(items[0]?.currency).toBe('EUR');
  });

  it('drops badges printed inside a title', () => {
    const doc = page(
      [1, 2, 3]
        .map(
          (n) =>
            `<li class="r"><a href="/i/${n}"><h3><span class="LIGHT_HIGHLIGHT">New listing</span>Camera ${n}</h3></a><span>$${n}0.00</span></li>`,
        )
        .join(''),
    );
    expect(extractListing(doc, URL_).items.map((i) => i.title)).toEqual(['Camera 1', 'Camera 2', 'Camera 3']);
  });

  it('returns nothing on a page without repeated priced tiles', () => {
    const doc = page(
      '<h1>About us</h1><p>We sell kettles since 1999. Call +1 555 0100.</p><p>Our best kettle costs $39.99.</p>',
    );
    expect(extractListing(doc, URL_).items).toEqual([]);
  });
});

describe('structured listings', () => {
  it('uses repeated microdata Products', () => {
    const card = (
      n: number,
      price: string,
    ) => `<div itemscope itemtype="https://schema.org/Product"><a itemprop="url" href="/p/${n}"><span itemprop="name">Mug ${n}</span></a>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="GBP"><span itemprop="price" content="${price}">£${price}</span></div></div>`;
    const { items } = extractListing(
      page(card(1, '8.50') + card(2, '9.00') + card(3, '12.00')),
      new URL('https://mugs.example.co.uk/all'),
    );
    expect(items.map((i) => [i.title, i.price, i.currency, i.url])).toEqual([
      ['Mug 1', 8.5, 'GBP', 'https://mugs.example.co.uk/p/1'],
      ['Mug 2', 9, 'GBP', 'https://mugs.example.co.uk/p/2'],
      ['Mug 3', 12, 'GBP', 'https://mugs.example.co.uk/p/3'],
    ]);
  });

  it('falls back to a JSON-LD ItemList when the DOM has no tiles, and survives broken blocks', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [1, 2, 3].map((n) => ({
        '@type': 'ListItem',
        position: n,
        item: {
          '@type': 'Product',
          name: `Lamp ${n}`,
          url: `https://lamps.example/p/${n}`,
          offers: { '@type': 'Offer', price: `${n}0.00`, priceCurrency: 'EUR' },
        },
      })),
    };
    const html = `<script type="application/ld+json">{ broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script><p>Loading…</p><div class="cell"><a href="/p/2?src=list">Lamp 2</a></div>`;
    const { items, anchors } = extractListing(page(html), new URL('https://lamps.example/c/lamps'));
    expect(items.map((i) => [i.title, i.price, i.currency, i.position])).toEqual([
      ['Lamp 1', 10, 'EUR', 1],
      ['Lamp 2', 20, 'EUR', 2],
      ['Lamp 3', 30, 'EUR', 3],
    ]);
    expect(anchors.map((a) => a?.className ?? null)).toEqual([null, 'cell', null]);
  });
});
