import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { adapterFor } from './index';

/** Result cards of a spec'd shop, read through the registry as the extension reads them. */
function listing(html: string, url: string) {
  const u = new URL(url);
  return adapterFor(u)?.listing?.(parseDocument(`<html lang="en-US"><body>${html}</body></html>`), u) ?? null;
}

describe('result cards from a spec', () => {
  it('reads titles, prices, links and sponsored marks (Target), skipping placeholder cards', () => {
    const card = 'data-test="@web/site-top-of-funnel/ProductCardWrapper"';
    const l = listing(
      `<div ${card}><a data-test="product-title" href="/p/bottle/-/A-123456?x=1#r">Simple Modern 24oz Bottle</a>
         <span data-test="current-price">$24.99</span><span>4.5 out of 5 stars</span></div>
       <div ${card}><span data-test="product-title">Owala FreeSip 2 pack</span><a href="/p/owala/-/A-234567">x</a>
         <span data-test="current-price">$12.99 - $24.99</span><span data-test="sponsoredText">Sponsored</span></div>
       <div ${card}></div>
       <div ${card}><a data-test="product-title" href="/p/hydro/-/A-345678">Hydro Flask 32 oz</a>
         <span data-test="current-price">$39.95</span></div>`,
      'https://www.target.com/s?searchTerm=bottle',
    );
    expect(l?.items.map((i) => [i.title, i.price, i.url, i.position, i.sponsored])).toEqual([
      ['Simple Modern 24oz Bottle', 24.99, 'https://www.target.com/p/bottle/-/A-123456', 1, false],
      // A price range is no single price; the card's own link stands in for the title's.
      ['Owala FreeSip 2 pack', null, 'https://www.target.com/p/owala/-/A-234567', null, true],
      ['Hydro Flask 32 oz', 39.95, 'https://www.target.com/p/hydro/-/A-345678', 2, false],
    ]);
    expect(l?.items[0]?.rating).toBe(4.5);
    expect(l?.anchors).toHaveLength(3);
  });

  it('reads the screen-reader price and keeps only the outermost of nested cards (Walmart)', () => {
    const l = listing(
      `<div data-item-id="1"><a link-identifier="1" href="/ip/bounty/10315352?athbdg=L1600">
         <span data-automation-id="product-title">Bounty Select-A-Size 12 Rolls</span></a>
         <div data-automation-id="product-price"><span>current price Now $24.98, Was $30.00</span>$24<sup>98</sup></div>
         <div data-item-id="1b"><span data-automation-id="product-title">inner</span></div></div>
       <div data-item-id="2"><a href="/ip/scott/555"><h3>Scott 6 Mega Rolls</h3></a>
         <div data-automation-id="product-price">current price $9.97</div><div>Sponsored</div></div>`,
      'https://www.walmart.com/search?q=paper+towels',
    );
    expect(l?.items.map((i) => [i.title, i.price, i.currency, i.url, i.position, i.sponsored])).toEqual([
      ['Bounty Select-A-Size 12 Rolls', 24.98, 'USD', 'https://www.walmart.com/ip/bounty/10315352', 1, false],
      ['Scott 6 Mega Rolls', 9.97, 'USD', 'https://www.walmart.com/ip/scott/555', null, true],
    ]);
  });

  it('prefers the full name in the title attribute when the shop cuts the text (Best Buy)', () => {
    const l = listing(
      `<li class="sku-item"><h3 class="product-title" title="Samsung Magnetic Wireless Battery Pack - Gray">Samsung Magnetic…</h3>
         <a href="/product/samsung/JJGRF3RK8W/sku/6669029">l</a><div class="pricing"><span>$49.99</span></div></li>`,
      'https://www.bestbuy.com/site/searchpage.jsp?st=battery',
    );
    expect(l?.items[0]?.title).toBe('Samsung Magnetic Wireless Battery Pack - Gray');
    expect(l?.items[0]?.url).toBe('https://www.bestbuy.com/product/samsung/JJGRF3RK8W/sku/6669029');
  });

  it('gives no listing when no card has a title', () => {
    expect(listing('<div data-item-id="3"></div>', 'https://www.walmart.com/search?q=x')).toBeNull();
    expect(listing('<p>nothing</p>', 'https://www.target.com/s?searchTerm=x')).toBeNull();
  });
});
