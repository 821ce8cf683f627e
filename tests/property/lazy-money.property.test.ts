/**
 * The generic product's price, currency and list price are computed when first read, and so are
 * the generic result's `anchor` and `confident`: the visible-price search runs only for a caller
 * that reads one of them (a shop adapter that states the price and its anchor never does). Read in
 * full, the product and the result must be what the search run at once gives: on every saved and
 * reconstructed page. And reading the other fields must not run the search.
 */
import { describe, expect, it } from 'vitest';
import { loadPage } from '../../lib/extract/load';
import { extractGenericProduct, pageLocale } from '../../lib/extract/generic';
import { assembleProduct, readDeclared } from '../../lib/extract/generic/assemble';
import { findTitleElement } from '../../lib/extract/generic/dom';
import { ldNodesOf } from '../../lib/extract/generic/jsonld';
import { productFromMeta, productFromMicrodata } from '../../lib/extract/generic/meta';
import { indexPage } from '../../lib/extract/generic/page-index';
import { findVisiblePrice } from '../../lib/extract/generic/price';
import { collectSpecPairs } from '../../lib/extract/generic/specs';
import { textOf } from '../../lib/extract/generic/text';
import { currencyFromHost } from '../../lib/extract/money';
import type { Product } from '../../lib/extract/types';
import { SAVED_PAGES } from './saved-pages';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const MONEY: (keyof Product)[] = ['price', 'currency', 'listPrice'];

/** The page's URL from its folder's urls.json (a placeholder where it has none). */
function urlOf(file: string): URL {
  for (let dir = dirname(file); dir.length > 1; dir = dirname(dir)) {
    try {
      const urls = JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')) as Record<string, string>;
      return new URL(urls[relative(dir, file)] ?? 'https://shop.example/p/1');
    } catch {
      continue;
    }
  }
  return new URL('https://shop.example/p/1');
}

/** The generic product of the page, its visible price given as a function that counts its calls. */
function assembled(file: string) {
  const { doc } = loadPage(file);
  const url = urlOf(file);
  const idx = indexPage(doc);
  const d = readDeclared(ldNodesOf(idx), url, productFromMicrodata(idx), productFromMeta(idx), idx.nextData);
  const titleEl = findTitleElement(idx, [
    d.ld?.title ?? null,
    d.md?.title ?? null,
    d.js?.title ?? null,
    d.meta.title ?? null,
    idx.title,
  ]);
  const hints = { currency: d.currency ?? currencyFromHost(url.hostname), locale: pageLocale(idx), host: url.hostname };
  const visible = findVisiblePrice(idx, titleEl, hints);
  let calls = 0;
  const shown = (v: Parameters<typeof assembleProduct>[1]['visible']) =>
    assembleProduct(
      d,
      {
        titleText: textOf(titleEl, 400),
        docTitle: idx.title,
        canonical: idx.canonical,
        visible: v,
        pairs: collectSpecPairs(idx),
        domCrumbs: () => [],
        availability: () => null,
        itemId: () => null,
      },
      url,
      { structured: d.currency, host: currencyFromHost(url.hostname) },
    );
  return {
    doc,
    url,
    eager: shown(visible),
    lazy: shown(() => (calls++, visible)),
    calls: () => calls,
  };
}

describe('the generic money fields, read when first asked', () => {
  it.each(SAVED_PAGES)('give the product the search run at once gives, searching once, on %s', (_, file) => {
    const { eager, lazy, calls } = assembled(file);
    if (!lazy) {
      // No title: the price decides whether there is a product at all, so it was read.
      expect(eager).toBeNull();
      return;
    }
    // Every field but the money ones: no search where a title made the product (without one, the
    // price decided that there is a product, so it was read).
    for (const k of Object.keys(lazy) as (keyof Product)[]) if (!MONEY.includes(k)) void lazy[k];
    expect(calls()).toBe(lazy.title === null ? 1 : 0);
    expect({ ...lazy }).toEqual({ ...eager });
    expect(calls()).toBeLessThanOrEqual(1);
  });

  it.each(SAVED_PAGES)('give the generic result its anchor and confidence as before on %s', (_, file) => {
    const { doc, url } = assembled(file);
    const r = extractGenericProduct(doc, url);
    // The same as reading them after the search (the product's money first, then the rest).
    const product = r.product && { ...r.product };
    const again = extractGenericProduct(doc, url);
    expect({ confident: again.confident, anchor: again.anchor, declared: again.declared }).toEqual({
      confident: r.confident,
      anchor: r.anchor,
      declared: r.declared,
    });
    expect(again.product && { ...again.product }).toEqual(product);
  });
});
