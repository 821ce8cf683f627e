import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBlindPages, taxonomyIds } from './check-blind-pages';

const FIXTURES = 'tests/fixtures';
const ids = taxonomyIds();

describe.each(['r20', 'r21', 'r22', 'r23', 'r24'])('tests/fixtures/blind-%s/pages', (round) => {
  it('has an expected.json, a URL and one category label per page, in the benchmark format', () => {
    expect(
      checkBlindPages(
        join(FIXTURES, `blind-${round}/pages`),
        join(FIXTURES, `page-categories-${round}.csv`),
        FIXTURES,
        ids,
      ),
    ).toEqual([]);
  });
});

describe('checkBlindPages', () => {
  let root = '';
  afterEach(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** A one-page set under a temporary fixtures folder: the page, its expected product, URL and labels. */
  function oneBlindPage(
    opts: { html?: string; product?: Record<string, unknown>; url?: string; labels?: string[] } = {},
  ): string {
    root = mkdtempSync(join(tmpdir(), 'blind-pages-'));
    const dir = join(root, 'blind-rX/pages');
    mkdirSync(join(dir, 'shop'), { recursive: true });
    const product = opts.product ?? {
      title: 'Teapot & cup',
      price: 12.5,
      currency: 'EUR',
      sku: 'T-1',
      availability: 'InStock',
    };
    writeFileSync(
      join(dir, 'shop/p.html'),
      opts.html ?? '<!-- what it imitates -->\n<h1>Teapot &amp; cup</h1><p>Art.-Nr. T-1</p>',
    );
    writeFileSync(join(dir, 'shop/p.expected.json'), JSON.stringify({ kind: 'product', product }));
    writeFileSync(join(dir, 'urls.json'), JSON.stringify({ 'shop/p.html': opts.url ?? 'https://shop.example/p/1' }));
    const labels = opts.labels ?? ['blind-rX/pages/shop/p.html,6049,,a teapot'];
    writeFileSync(join(root, 'labels.csv'), ['page,google_id,also,note', ...labels].join('\n'));
    return dir;
  }

  const check = (dir: string) => checkBlindPages(dir, join(root, 'labels.csv'), root, ids);

  it('accepts a valid page', () => {
    const dir = oneBlindPage();
    expect(check(dir)).toEqual([]);
  });

  it('refuses a page without a comment, a title or sku it does not show, and a bad price or currency', () => {
    const dir = oneBlindPage({
      html: '<h1>Teapot</h1>',
      product: { title: 'Teapot & cup', price: '12,50', currency: '€', sku: 'T-9', availability: 'in stock' },
    });
    expect(check(dir)).toEqual([
      'shop/p.html: does not start with a comment',
      'shop/p.html: the title is not in the page',
      'shop/p.html: price is not a positive number',
      'shop/p.html: currency is not an ISO 4217 code',
      'shop/p.html: the sku is neither in the page nor in its URL',
      'shop/p.html: availability is not a schema.org ItemAvailability name or null',
    ]);
  });

  it('accepts a sku only in the URL and a null sku or availability', () => {
    const dir = oneBlindPage({
      url: 'https://shop.example/product/Xy12',
      product: { title: 'Teapot & cup', price: 3, currency: 'TWD', sku: 'Xy12', availability: null },
    });
    expect(check(dir)).toEqual([]);
  });

  it('refuses extra fields, a missing URL, unknown nodes and pages labelled twice or not at all', () => {
    const dir = oneBlindPage({
      product: { title: 'Teapot & cup', price: 1, currency: 'EUR', sku: null, availability: null, listPrice: 2 },
      labels: ['blind-rX/pages/shop/p.html,99999999,,x', 'blind-rX/pages/shop/p.html,6049,0,y'],
      url: 'shop/p',
    });
    expect(check(dir)).toEqual([
      'shop/p.html: no http(s) URL in urls.json',
      'shop/p.html: product fields are title,price,currency,sku,availability,listPrice, not title,price,currency,sku,availability',
      'labels line 2: 99999999 is not a taxonomy node',
      'labels line 3: 0 is not a taxonomy node',
      'shop/p.html: labelled 2 times, not once',
    ]);
  });

  it('refuses a labels file with another header or a page of another folder', () => {
    const dir = oneBlindPage({ labels: ['blind-r19/pages/shop/p.html,6049,,x'] });
    expect(check(dir)).toEqual([
      'labels line 2: blind-r19/pages/shop/p.html is not under blind-rX/pages/',
      'shop/p.html: labelled 0 times, not once',
    ]);
    writeFileSync(join(root, 'labels.csv'), 'page,id\n');
    expect(check(dir)).toEqual(['labels: header is not page,google_id,also,note']);
  });
});
