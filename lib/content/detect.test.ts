/**
 * The detector must say yes on every saved and reconstructed page where extraction finds a product,
 * tiles or an order (else those pages would lose their badges), and no on a shop's page that plainly
 * holds none.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadPage } from '../extract/load';
import { injectKind, pageSignal } from './detect';
import { pageSpecs } from '../extract/shops/page-specs';
import { htmlFiles } from '../../scripts/lib/html-files';

const FIXTURES = join(__dirname, '../../tests/fixtures');

interface Expected {
  kind: string;
  product: unknown;
  items: unknown[];
}

/**
 * Pages the detector misses today, asserted to STILL be missed so that a fix removes the entry
 * (round 16's blind set, found by the extract helper; the detector is the lead's area).
 */
const KNOWN_MISSES: Record<string, string> = {};

for (const set of ['pages', 'reconstructed', 'blind-r16', 'blind-r17/pages']) {
  const root = join(FIXTURES, set);
  const urls: Record<string, string> = JSON.parse(readFileSync(join(root, 'urls.json'), 'utf8'));
  describe(`detector on ${set}`, () => {
    for (const page of htmlFiles(root).filter((p) => urls[p])) {
      const expected: Expected = JSON.parse(
        readFileSync(join(root, page.replace(/\.html$/, '.expected.json')), 'utf8'),
      );
      const holdsSomething = !!expected.product || expected.items.length > 0;
      if (!holdsSomething) continue;
      it(`${page} (${expected.kind}) is worth extracting`, () => {
        const { doc } = loadPage(join(root, page));
        if (set === 'reconstructed' && KNOWN_MISSES[page]) expect(pageSignal(doc, new URL(urls[page]))).toBeNull();
        else expect(pageSignal(doc, new URL(urls[page]))).not.toBeNull();
      });
    }
  });
}

describe('detector on pages without products', () => {
  const doc = (html: string) => parseHTML(html).document as unknown as Document;
  it('leaves a shop help page alone', () => {
    const d = doc(
      '<!doctype html><html><head><title>Kontakt | OTTO</title></head><body><h1>Kontakt</h1><p>Wir helfen gern.</p></body></html>',
    );
    expect(pageSignal(d, new URL('https://www.otto.de/service/kontakt/'))).toBeNull();
  });
  it('reads buy buttons in Indonesian and Ukrainian, and a marketplace test hook (round 17 blind pages)', () => {
    const page = (body: string) =>
      doc(`<!doctype html><html><head><title>x</title></head><body><h1>Termos 1 l</h1>${body}</body></html>`);
    const url = new URL('https://shop.example/p/1');
    expect(pageSignal(page('<button>+ Keranjang</button><button>Beli Langsung</button>'), url)).toBe('buy-box');
    expect(pageSignal(page('<button>Купити</button>'), url)).toBe('buy-box');
    expect(pageSignal(page('<div data-qaid="buy-button">…</div>'), url)).toBe('buy-box');
    // A plain link with the same words is still not read: the detector reads no page text.
    expect(pageSignal(page('<a href="/cart">Keranjang</a><a href="/buy">Купити</a>'), url)).toBeNull();
  });
  it('leaves an article with one price mention alone', () => {
    const d = doc(
      '<html><head><title>Blog</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"x"}</script></head><body><h1>News</h1><p class="price-note">From 10 €</p></body></html>',
    );
    expect(pageSignal(d, new URL('https://shop.example/blog/news'))).toBeNull();
  });
  it('says yes for JSON-LD products, also inside arrays and graphs', () => {
    const d = doc(
      '<html><head><script type="application/ld+json">{"@graph":[{"@type":["Product"],"name":"x"}]}</script></head><body></body></html>',
    );
    expect(pageSignal(d, new URL('https://shop.example/x'))).toBe('structured');
  });
  it('says yes for an order confirmation by its URL', () => {
    const d = doc('<html><head><title>Danke</title></head><body><h1>Danke!</h1></body></html>');
    expect(pageSignal(d, new URL('https://shop.example/checkout/thank-you'))).toBe('order');
  });
  it('says yes for a buy link styled as a button, or a basket control by its class; not for other button links', () => {
    const page = (control: string) =>
      doc(`<html><head><title>Shop</title></head><body><h1>Робот-пылесос</h1><p>349,00 р.</p>${control}</body></html>`);
    const url = new URL('https://shop.example/p/4711');
    expect(pageSignal(page('<a class="button-style button-style_primary" href="/cart">В корзину</a>'), url)).toBe(
      'buy-box',
    );
    expect(pageSignal(page('<div class="add-to-basket"><div>Sepete Ekle</div></div>'), url)).toBe('buy-box');
    expect(pageSignal(page('<a class="btn btn-more" href="/blog">Read more</a>'), url)).toBeNull();
    // A plain link is not read by its text (the detector reads no page text).
    expect(pageSignal(page('<a href="/cart">В корзину</a>'), url)).toBeNull();
  });
  it('says yes for a sold-out control in place of the buy button under a heading, and only for a short control label', () => {
    const page = (control: string, heading = '<h2>Leinenschürze</h2>') =>
      doc(`<html><head><title>Shop</title></head><body>${heading}<p>38,50 €</p>${control}</body></html>`);
    const url = new URL('https://shop.example/p/4711');
    expect(pageSignal(page('<button disabled>Leider vergriffen</button>'), url)).toBe('buy-box');
    expect(pageSignal(page('<div class="cart_box"><img src="/b.gif" alt="品切れ中"></div>'), url)).toBe('buy-box');
    expect(pageSignal(page('<input type="image" src="/b.gif" alt="SOLD OUT">'), url)).toBe('buy-box');
    // No heading and no price element: nothing says there is a product.
    expect(pageSignal(page('<img src="/b.gif" alt="Sold out">', ''), url)).toBeNull();
    // A sentence that mentions sold-out items is no control.
    expect(
      pageSignal(page('<button>Why some of our items are sold out and when they come back</button>'), url),
    ).toBeNull();
  });
});

describe('which on-demand script the detector asks for', () => {
  const doc = (head: string, body = '') =>
    parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
  const ld = (json: object) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
  const url = new URL('https://shop.example/p/1');
  it('the product bundle for a declared product', () => {
    expect(injectKind(doc(ld({ '@type': 'Product', name: 'x' })), url)).toBe('product');
    expect(injectKind(doc('<meta property="og:type" content="product">'), url)).toBe('product');
  });
  it('the full script where the JSON-LD also lists products or declares an order, or nothing is declared', () => {
    const listed = ld({ '@type': 'ItemList', itemListElement: [{ '@type': 'Product', name: 'x' }] });
    expect(injectKind(doc(listed), url)).toBe('full');
    expect(injectKind(doc(ld({ '@type': 'Product' }) + ld({ '@type': 'Order' })), url)).toBe('full');
    expect(injectKind(doc('<title>Shop</title>', '<h1>Kettle</h1><button>Add to cart</button>'), url)).toBe('full');
  });
  it('the full script on the shops whose product needs code, whatever the page declares', () => {
    const full = pageSpecs().flatMap((s) => (s.full ? s.matches : []));
    const declared = doc(ld({ '@type': 'Product', name: 'x' }), '<span id="productTitle">Duct tape</span>');
    expect(injectKind(declared, new URL('https://www.amazon.de/dp/B000000000'), full)).toBe('full');
    expect(injectKind(declared, new URL('https://www.ebay.de/itm/1'), full)).toBe('full');
    expect(injectKind(declared, new URL('https://en.zalando.de/x-ar322o0bc-c11.html'), full)).toBe('full');
    expect(injectKind(declared, new URL('https://www.otto.de/p/x'), full)).toBe('product');
    expect(injectKind(declared, new URL('https://shop.example/p/1'), full)).toBe('product');
    // Amazon declares nothing: its title element alone is no declaration.
    const undeclared = doc('', '<span id="productTitle">Duct tape</span>');
    expect(injectKind(undeclared, new URL('https://www.amazon.de/dp/B000000000'))).toBe('full');
  });
  it("the listing bundle for Amazon's search results, by URL", () => {
    const page = doc('', '<div data-component-type="s-search-result"></div>');
    expect(injectKind(page, new URL('https://www.amazon.de/s?k=katzenfutter'))).toBe('listing');
    expect(injectKind(page, new URL('https://www.amazon.de/-/en_GB/s?k=cat+food'))).toBe('listing');
    expect(injectKind(page, new URL('https://www.amazon.de/b?node=123'))).toBe('listing');
    expect(injectKind(page, new URL('https://shop.example/s?k=x'))).toBe('full');
    expect(injectKind(page, new URL('https://www.amazon.de/sell'))).toBe('full');
  });
});

describe("the detector's walks", () => {
  const doc = (html: string) => parseHTML(html).document as unknown as Document;
  it('says yes for a listing at its repeated prices, without walking the whole page for them or for a buy box', () => {
    const tiles = Array.from(
      { length: 100 },
      (_, i) =>
        `<div class="tile"><a href="/p/${i}">Item ${i}</a><span class="a-price">${i},99 €</span><button>In den Warenkorb</button></div>`,
    ).join('');
    const d = doc(`<html><head><title>Suche</title></head><body><h1>Ergebnisse</h1>${tiles}</body></html>`);
    const walks: string[] = [];
    const all = d.querySelectorAll.bind(d);
    const one = d.querySelector.bind(d);
    d.querySelectorAll = ((sel: string) => (
      walks.push(`all ${sel.slice(0, 20)}`),
      all(sel)
    )) as typeof d.querySelectorAll;
    d.querySelector = ((sel: string) => (walks.push(`one ${sel.slice(0, 20)}`), one(sel))) as typeof d.querySelector;
    expect(pageSignal(d, new URL('https://shop.example/suche?q=tasse'))).toBe('tiles');
    // The JSON-LD scripts and the first markup: nothing else.
    expect(walks).toEqual([
      `all ${'script[type="application/ld+json" i]'.slice(0, 20)}`,
      `one ${'[itemtype*="schema.org/Product" i]'.slice(0, 20)}`,
    ]);
  });
  it('counts prices as a listing only within ten thousand elements of the first', () => {
    const filler = '<i></i>'.repeat(10_100);
    const page = (gap: string) =>
      doc(`<html><body><p class="price">1 €</p>${gap}<p class="price">2 €</p><p class="price">3 €</p></body></html>`);
    const url = new URL('https://shop.example/x');
    expect(pageSignal(page(''), url)).toBe('tiles');
    expect(pageSignal(page(filler), url)).toBeNull();
  });
});
