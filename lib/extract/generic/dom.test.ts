import { describe, expect, it } from 'vitest';
import { parseDocument, sniffEncoding, decodeHtml } from '../load';
import { breadcrumbsFromDom, cleanBreadcrumbs, findTitleElement, stripSiteSuffix } from './dom';
import { indexPage } from './page-index';

const idx = (body: string) => indexPage(parseDocument(`<html><body>${body}</body></html>`));

describe('title and breadcrumbs', () => {
  it('picks the h1 that matches the announced title, not a cookie dialog heading', () => {
    const i = idx('<div class="cookie-consent"><h1>Your privacy settings</h1></div><h1 class="x">Pumpkin doormat</h1>');
    expect(findTitleElement(i, ['Pumpkin doormat - Etsy'])?.textContent).toBe('Pumpkin doormat');
  });

  it('takes a two-character heading in Han, kana or Hangul, not in other scripts', () => {
    for (const t of ['急須', '茶壺', '수건', 'ケトル'.slice(0, 2)])
      expect(findTitleElement(idx(`<h1>${t}</h1>`))?.textContent, t).toBe(t);
    for (const t of ['TV', '42', 'Ü']) expect(findTitleElement(idx(`<h1>${t}</h1>`)), t).toBeNull();
  });

  it('strips the site name from og/document titles', () => {
    expect(stripSiteSuffix('Keystick Wall Sconce | Rejuvenation', 'Rejuvenation', 'www.rejuvenation.com')).toBe(
      'Keystick Wall Sconce',
    );
    expect(stripSiteSuffix('Mug - Blue', null, 'shop.example')).toBe('Mug - Blue');
  });

  it('reads breadcrumb markup and drops home, back links, the shop and the product', () => {
    const i = idx(
      `<nav aria-labelledby="breadcrumb-label"><a>Home</a> | <a>Computer Parts</a> | <a>Keyboards</a></nav>`,
    );
    expect(breadcrumbsFromDom(i)).toEqual(['Home', 'Computer Parts', 'Keyboards']);
    expect(
      cleanBreadcrumbs(
        ['Best Buy', 'Home', '‹ Back to results', 'Cell Phones', '›', 'Cell Phones', 'Anker Power Bank'],
        'Anker Power Bank',
        null,
        'www.bestbuy.com',
      ),
    ).toEqual(['Cell Phones']);
  });
});

describe('page loading', () => {
  it('sniffs the declared encoding and decodes it', () => {
    const sjis = new Uint8Array([...new TextEncoder().encode('<meta charset="shift_jis"><p>'), 0x93, 0xfa, 0x96, 0x7b]);
    expect(sniffEncoding(sjis)).toBe('shift_jis');
    expect(decodeHtml(sjis)).toContain('日本');
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>'),
      0xe9,
    ]);
    expect(decodeHtml(latin)).toContain('é');
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]))).toBe('utf-8');
  });
});

describe('availability from the page', () => {
  it('reads stock phrases, not "image not available"', async () => {
    const { availabilityFromDom } = await import('./dom');
    expect(availabilityFromDom(idx('<div class="variation-unavailable">Imagen no disponible</div>'))).toBeNull();
    expect(availabilityFromDom(idx('<p class="stock">Derzeit nicht verfügbar.</p>'))).toBe('OutOfStock');
    expect(availabilityFromDom(idx('<p class="availability">In stock — only 3 left</p>'))).toBe('InStock');
  });
});

describe('stock lines in more languages', () => {
  it('reads nl, pt, pl and de "vorrätig" phrases, out-of-stock first', async () => {
    const { availabilityFromDom } = await import('./dom');
    const { indexPage } = await import('./page-index');
    const { parseDocument } = await import('../load');
    const av = (t: string) =>
      availabilityFromDom(indexPage(parseDocument(`<html><body><p class="stock">${t}</p></body></html>`)));
    expect(av('Op voorraad, morgen in huis')).toBe('InStock');
    expect(av('Niet op voorraad')).toBe('OutOfStock');
    expect(av('Esgotado')).toBe('OutOfStock');
    expect(av('Vorrätig')).toBe('InStock');
    expect(av('Brak w magazynie')).toBe('OutOfStock');
  });
});

describe('root crumbs of shop platforms', () => {
  it('drops "Shop", "Alle Produkte", "Boutique" and "Strona główna" roots', () => {
    expect(cleanBreadcrumbs(['Startseite', 'Shop', 'Espresso', 'Espresso Bohne'], 'Espresso Bohne', null)).toEqual([
      'Espresso',
    ]);
    expect(cleanBreadcrumbs(['Strona główna', 'Boutique', 'Alle Produkte', 'Lampy'], null, null)).toEqual(['Lampy']);
    expect(cleanBreadcrumbs(['Shoes', 'Shop the look'], null, null)).toEqual(['Shoes', 'Shop the look']);
  });
});

describe('title element without a product h1', () => {
  const title = (body: string, expected: string[] = []) =>
    findTitleElement(indexPage(parseDocument(`<html><body>${body}</body></html>`)), expected)?.textContent?.trim() ??
    null;

  it('skips a logo h1 and falls back to an element classed as the product name', () => {
    expect(
      title(
        `<header><h1 class="logo"><a href="/">Lumo</a></h1></header><div class="product-detail"><h2 class="product-name">Lampe Mira</h2></div>`,
        ['Lampe Mira | Lumo'],
      ),
    ).toBe('Lampe Mira');
    expect(
      title(
        `<div class="also-viewed"><h3 class="product-name">Other</h3></div><div class="pdp"><div class="pdp-title">Lampe Mira</div></div>`,
      ),
    ).toBe('Lampe Mira');
    expect(title(`<main><h1>Lampe Mira</h1></main>`)).toBe('Lampe Mira');
  });
});

describe('sold-out badges', () => {
  it('a "sold-out" class marks a stock element', async () => {
    const { availabilityFromDom } = await import('./dom');
    const idx = indexPage(
      parseDocument(`<html><body><h1>Tote</h1><span class="badge price__badge-sold-out">Sold out</span></body></html>`),
    );
    expect(availabilityFromDom(idx)).toBe('OutOfStock');
  });
});
