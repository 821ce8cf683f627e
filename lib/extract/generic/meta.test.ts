import { describe, expect, it } from 'vitest';
import { parseDocument } from '../load';
import { productFromMeta, productFromMicrodata } from './meta';
import { indexPage } from './page-index';

const idx = (html: string) => indexPage(parseDocument(html));

describe('microdata and product meta', () => {
  it('reads the main microdata Product, not a nested related one', () => {
    const p = productFromMicrodata(
      idx(`<html><body><div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Kettle</h1><div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Acme</span></div>
      <meta itemprop="sku" content="K-1"><meta itemprop="gtin13" content="4006381333931">
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="24.90"><meta itemprop="priceCurrency" content="EUR">
        <link itemprop="availability" href="https://schema.org/OutOfStock"><link itemprop="itemCondition" href="https://schema.org/RefurbishedCondition"></div>
      <div itemprop="isRelatedTo" itemscope itemtype="https://schema.org/Product"><span itemprop="name">Mug</span><meta itemprop="price" content="5"></div>
    </div></body></html>`),
    );
    expect(p).toMatchObject({
      title: 'Kettle',
      brand: 'Acme',
      sku: 'K-1',
      gtin: '4006381333931',
      price: 24.9,
      currency: 'EUR',
      availability: 'OutOfStock',
      condition: 'refurbished',
    });
  });

  it('reads OpenGraph / product meta tags', () => {
    const m = productFromMeta(
      idx(`<html><head><meta property="og:type" content="product"><meta property="og:title" content="Keystick Wall Sconce">
      <meta property="og:brand" content="Rejuvenation"><meta property="product:price:amount" content="1.299,00"><meta property="product:price:currency" content="EUR">
      <meta property="og:availability" content="instock"><meta property="og:upc" content="012345678905"></head><body></body></html>`),
    );
    expect(m).toMatchObject({
      ogType: 'product',
      title: 'Keystick Wall Sconce',
      brand: 'Rejuvenation',
      price: 1299,
      currency: 'EUR',
      availability: 'InStock',
      gtin: '012345678905',
    });
  });
});

describe('microdata productID', () => {
  it('is the item id when there is no sku (and not when it is a GTIN)', () => {
    const read = (id: string) =>
      productFromMicrodata(
        idx(`<html><body><div itemscope itemtype="http://schema.org/Product"><h1 itemprop="name">Lamp</h1>
        <span itemprop="productID">${id}</span><span itemprop="price" content="19.99">19,99 €</span></div></body></html>`),
      )?.sku;
    expect(read('MD-778')).toBe('MD-778');
    expect(read('4006381333931')).toBeNull();
  });
});
