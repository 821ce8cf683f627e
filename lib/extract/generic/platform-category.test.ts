/**
 * Round 23 (#15): the category a shop platform's markup names, where the theme shows no breadcrumb
 * and the page declares no BreadcrumbList, by the whole extraction and by the product bundle's
 * facts alike. WooCommerce: the meta box's links ("Kategorien: Weißweine, Spätlesen"), else the
 * product element's `product_cat-<slug>` classes; the store's default "Uncategorized" files
 * nothing, and the related products' tiles are no category of the page's product. PrestaShop: the
 * default category's slug among the product page body's classes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crumbsBothWays } from '../../../tests/extract/page-crumbs';
import { extractPage } from '..';
import { parseDocument } from '../load';

const URL = 'https://shop.example/produkt/aurora-2000/';
const LD =
  '<script type="application/ld+json">{"@context":"https://schema.org/","@type":"Product","name":"Aurora 2000","offers":[{"@type":"Offer","price":"12.50","priceCurrency":"EUR","availability":"http://schema.org/InStock"}]}</script>';
const RELATED =
  '<section class="related products"><ul class="products"><li class="product type-product post-9 product_cat-rotweine"><a href="/p/9"><h2>Lemberger 2022</h2></a></li></ul></section>';
const page = (classes: string, meta: string, crumb = '') =>
  `<!doctype html><html lang="de"><head><title>Aurora 2000 – Weingut</title>${LD}</head><body class="woocommerce">${crumb}<div id="product-417" class="product type-product post-417 ${classes}"><h1 class="product_title">Aurora 2000</h1><div class="product_meta">${meta}</div></div>${RELATED}</body></html>`;
const posted = (names: string[]) =>
  `<span class="posted_in">Kategorien: ${names.map((n) => `<a href="/produkt-kategorie/x/" rel="tag">${n}</a>`).join(', ')}</span>`;

/** The crumbs by the whole extraction and by the facts path (which must agree). */
const crumbsOf = (page: string) => crumbsBothWays(page, URL);

const prestaShop = (bodyClass: string, crumb = '') =>
  `<!doctype html><html lang="es"><head><title>Aurora 2000</title>${LD}</head><body id="product" class="${bodyClass}">${crumb}<h1>Aurora 2000</h1></body></html>`;

describe("PrestaShop's default category on the product page's body", () => {
  it('reads the category slug, not the id, parent or depth classes', () => {
    const body =
      'lang-es layout-full-width page-product product-id-87 category-id-12 category-vinos-tintos category-id-parent-3 category-depth-level-3';
    expect(crumbsOf(prestaShop(body))).toEqual(['vinos tintos']);
  });

  it('only on a product page of PrestaShop, and the root category is no category', () => {
    expect(crumbsOf(prestaShop('lang-es page-product category-id-2 category-home category-depth-level-1'))).toEqual([]);
    expect(crumbsOf(prestaShop('lang-es page-category category-vinos-tintos'))).toEqual([]);
  });

  it('a reconstructed wine shop whose theme hides the breadcrumb', () => {
    const file = 'tests/fixtures/reconstructed-r23c/prestashop-body-category-es.html';
    const url = 'https://www.lavinoteca.example.es/vinos-tintos/87-monte-alto-crianza-2020.html';
    expect(extractPage(parseDocument(readFileSync(file, 'utf8')), url).product?.category).toEqual(['vinos tintos']);
  });
});

describe("WooCommerce's product categories where no trail is shown", () => {
  it("reads the meta box's category links", () => {
    expect(crumbsOf(page('product_cat-weissweine', posted(['Weißweine', 'Spätlesen'])))).toEqual([
      'Weißweine',
      'Spätlesen',
    ]);
  });

  it("else the product element's category slugs (percent-encoded ones decoded), not the related tiles'", () => {
    expect(crumbsOf(page('product_cat-weissweine product_cat-spaetlesen', ''))).toEqual(['weissweine', 'spaetlesen']);
    expect(crumbsOf(page('product_cat-%d0%ba%d1%83%d0%ba%d0%bb%d0%b8', ''))).toEqual(['кукли']);
  });

  it('leaves out the default "Uncategorized" in the store\'s language', () => {
    expect(crumbsOf(page('product_cat-unkategorisiert', posted(['Unkategorisiert'])))).toEqual([]);
    expect(crumbsOf(page('product_cat-uncategorized', ''))).toEqual([]);
  });

  it('a shown trail still comes first', () => {
    const nav =
      '<nav class="woocommerce-breadcrumb"><a href="/">Startseite</a> / <a href="/c">Rotweine</a> / Aurora 2000</nav>';
    expect(crumbsOf(page('product_cat-weissweine', posted(['Weißweine']), nav))).toEqual(['Rotweine']);
  });

  it('a reconstructed winery page whose theme hides the breadcrumb', () => {
    const file = 'tests/fixtures/reconstructed-r23c/woo-posted-in-de.html';
    const url = 'https://www.weingut-lindenhof.example.de/produkt/grauer-burgunder-spaetlese-2023/';
    const html = readFileSync(file, 'utf8');
    expect(extractPage(parseDocument(html), url).product?.category).toEqual(['Weißweine', 'Spätlesen']);
  });
});
