/**
 * Round 19 (#15): the page's own category where the extraction did not read it, so the classifier
 * got a bare title and answered nothing: a JSON-LD `category` as a Thing or a list, catalogue meta
 * (`product:category`), microdata `category`, and, on pages with no breadcrumb markup, the trail
 * the page's scripts hold (app state breadcrumbs, GA4 / Universal Analytics item categories,
 * Shopify's product type). Both readers: the whole extraction and the product bundle's facts.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '..';
import { parseDocument } from '../load';
import { productFromFacts } from '../facts';
import { collectProductFacts } from '../facts-page';
import { categoryFromScripts } from './script-category';

const URL = 'https://shop.example/p/aurora-2000';
const LD = (extra = '') =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Aurora 2000"${extra},"offers":{"@type":"Offer","price":"49.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>`;
const html = (head: string, body = '<h1>Aurora 2000</h1>') =>
  `<!doctype html><html lang="en"><head><title>Aurora 2000 | Shop</title>${head}</head><body>${body}</body></html>`;

/** The product's category and google category, by the whole extraction and by the facts path (which must agree, or hand over). */
function both(page: string): { category: string[]; googleCategory: string | null } {
  const whole = extractPage(parseDocument(page), URL).product;
  const facts = collectProductFacts(parseDocument(page), URL, null);
  const answer = facts.kind === 'facts' ? productFromFacts(facts.facts) : null;
  // Facts that hand over leave the page to the whole extraction: the same reading.
  const viaFacts = answer?.kind === 'product' ? answer.product : answer?.kind === 'undecided' ? whole : null;
  expect(viaFacts?.category).toEqual(whole?.category);
  expect(viaFacts?.googleCategory).toEqual(whole?.googleCategory);
  return { category: whole?.category ?? [], googleCategory: whole?.googleCategory ?? null };
}

describe("the page's declared category", () => {
  it('reads a JSON-LD category given as a Thing or as a list', () => {
    expect(both(html(LD(',"category":{"@type":"Thing","name":"Dining Chairs"}'))).googleCategory).toBe('Dining Chairs');
    expect(both(html(LD(',"category":["Furniture","Chairs"]'))).googleCategory).toBe('Furniture > Chairs');
    expect(both(html(LD(',"category":["Sale","Furniture > Chairs"]'))).googleCategory).toBe('Furniture > Chairs');
    expect(both(html(LD(',"category":"Home > Furniture > Chairs"'))).googleCategory).toBe('Home > Furniture > Chairs');
  });

  it('reads catalogue meta and microdata categories', () => {
    expect(both(html(`<meta property="product:category" content="443">${LD()}`)).googleCategory).toBe('443');
    const md =
      '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Aurora 2000</h1><meta itemprop="category" content="Bekleidung > Kleider"><span itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="priceCurrency" content="EUR"><span itemprop="price" content="49.00">49,00 €</span></span></div>';
    expect(both(html('', md)).googleCategory).toBe('Bekleidung > Kleider');
  });

  it('keeps the JSON-LD category over the meta one', () => {
    expect(
      both(html(`<meta property="product:category" content="Sale">${LD(',"category":"Chairs"')}`)).googleCategory,
    ).toBe('Chairs');
  });
});

describe('a trail the markup marks without saying breadcrumb in a class, id or aria label', () => {
  it('reads an RDFa BreadcrumbList and a test hook naming the trail', () => {
    const rdfa =
      '<ol vocab="https://schema.org/" typeof="BreadcrumbList"><li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/m"><span property="name">Meubles</span></a></li><li property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/m/c"><span property="name">Chaises</span></a></li></ol>';
    expect(both(html(LD(), `${rdfa}<h1>Aurora 2000</h1>`)).category).toEqual(['Meubles', 'Chaises']);
    const hook = '<div data-testid="pdp-breadcrumbs"><a href="/m">Möbel</a><a href="/m/s">Stühle</a></div>';
    expect(both(html(LD(), `${hook}<h1>Aurora 2000</h1>`)).category).toEqual(['Möbel', 'Stühle']);
  });
});

describe("the scripts' trail where the page shows none", () => {
  it("reads an app state's breadcrumbs (objects or strings)", () => {
    const next = `<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"product":{"name":"Aurora 2000","price":49,"image":{"url":"/a.jpg","title":"Photo"}},"breadcrumbs":[{"name":"Verlichting","href":"/verlichting","image":{"title":"banner"}},{"name":"Tafellampen","href":"/verlichting/tafellampen"}]}}}</script>`;
    expect(both(html(LD(), `<h1>Aurora 2000</h1>${next}`)).category).toEqual(['Verlichting', 'Tafellampen']);
    expect(categoryFromScripts(['window.__STATE__ = {"breadcrumbs":["Möbel","Stühle"],"price":1}'])).toEqual([
      'Möbel',
      'Stühle',
    ]);
  });

  it("reads the analytics item's category levels (GA4, Universal Analytics, gtag)", () => {
    const ga4 = `<script>dataLayer.push({"event":"view_item","ecommerce":{"items":[{"item_name":"Aurora 2000","item_category":"Furniture","item_category2":"Chairs","item_category3":"Dining Chairs","price":49}]}});</script>`;
    expect(both(html(LD() + ga4)).category).toEqual(['Furniture', 'Chairs', 'Dining Chairs']);
    // The product view's item, not a list's shown before it.
    expect(
      categoryFromScripts([
        `gtag('event','view_item_list',{items:[{item_category:'Toys'}]}); gtag('event','view_item',{items:[{item_name:'Aurora',item_category:'Lighting',item_category2:'Lamps'}]});`,
      ]),
    ).toEqual(['Lighting', 'Lamps']);
    const ua = `<script>dataLayer.push({'ecommerce':{'detail':{'actionField':{'list':'PDP'},'products':[{'name':'Aurora 2000','id':'A1','category':'Furniture/Chairs'}]}}});</script>`;
    expect(both(html(LD() + ua)).category).toEqual(['Furniture', 'Chairs']);
    expect(
      categoryFromScripts([
        `gtag("event","view_item",{"items":[{"id":"A1","name":"Aurora","category":"Garden/Sun Loungers"}]});`,
      ]),
    ).toEqual(['Garden', 'Sun Loungers']);
  });

  it("reads Shopify's product type", () => {
    const meta = `<script>var meta = {"product":{"id":7012345678901,"gid":"gid:\\/\\/shopify\\/Product\\/7012345678901","vendor":"Harbor","type":"Tote Bags","variants":[]},"page":{"pageType":"product"}};</script>`;
    expect(
      both(
        html(
          `<meta property="og:type" content="product"><meta property="og:price:amount" content="64.00"><meta property="og:price:currency" content="USD">${meta}`,
        ),
      ).category,
    ).toEqual(['Tote Bags']);
  });

  it('keeps the shown breadcrumb over the scripts, and reads no ids, URLs or placeholders', () => {
    const ga4 = `<script>dataLayer.push({"event":"view_item","ecommerce":{"items":[{"item_category":"Toys"}]}});</script>`;
    const crumbs =
      '<nav aria-label="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/m">Möbel</a></li><li><a href="/m/s">Stühle</a></li></ol></nav>';
    expect(both(html(LD() + ga4, `${crumbs}<h1>Aurora 2000</h1>`)).category).toEqual(['Möbel', 'Stühle']);
    expect(categoryFromScripts(['x = {"item_category":"12345","price":1}'])).toEqual([]);
    expect(categoryFromScripts(['x = {"item_category":"{{ product.type }}"}'])).toEqual([]);
    expect(categoryFromScripts(['x = {"breadcrumbs":[{"name":"https://shop.example/a"}]}'])).toEqual([]);
    expect(categoryFromScripts([null, ''])).toEqual([]);
  });
});

describe('the title: the fullest the page offers for a name or model alone (#15 class 4)', () => {
  const title = (page: string) => extractPage(parseDocument(page), URL).product?.title;

  it('takes the heading or og:title part that holds a short declared name and says what it is', () => {
    const model = `<!doctype html><html lang="de"><head><title>De'Longhi ECAM 22.110.B Kaffeevollautomat | Shop</title><meta property="og:title" content="De'Longhi ECAM 22.110.B Kaffeevollautomat"><meta property="og:type" content="product"><meta property="product:price:amount" content="299.00"><meta property="product:price:currency" content="EUR"></head><body><h1>ECAM 22.110.B</h1><span class="price">299,00 €</span></body></html>`;
    expect(title(model)).toBe("De'Longhi ECAM 22.110.B Kaffeevollautomat");
    const named = html(LD(), '<h1>Aurora Oak Dining Chair – Set of 2</h1>').replace(
      'name":"Aurora 2000',
      'name":"Aurora',
    );
    expect(title(named)).toBe('Aurora Oak Dining Chair');
  });

  it("keeps the short title where the others only add the shop's name, or do not hold it", () => {
    expect(title(html(LD(), '<h1>Aurora 2000</h1>').replace('Aurora 2000 | Shop', 'Aurora 2000 | Harbor & Pine'))).toBe(
      'Aurora 2000',
    );
    expect(title(html(LD(), '<h1>Oak Dining Chair</h1>'))).toBe('Aurora 2000');
    // Three words or more are a title already.
    const long = html(LD().replace('Aurora 2000', 'Aurora Oak Chair'), '<h1>Aurora Oak Chair with Armrests</h1>');
    expect(title(long)).toBe('Aurora Oak Chair');
  });
});
