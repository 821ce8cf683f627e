/**
 * Round 22 (#15): the page's own trail as platforms write it. A JSON-LD BreadcrumbList of the root
 * and the product alone ("Home > Aurora 2000", as SEO plugins write it) files the product nowhere:
 * the visible trail (`nav[aria-label]`, `ol.breadcrumb`, a microdata BreadcrumbList) is read
 * instead, by the whole extraction and by the product bundle's facts alike. Root crumbs in Swedish
 * and Chinese ("Startsida", "主页") are no category.
 */
import { describe, expect, it } from 'vitest';
import { crumbsBothWays } from '../../../tests/extract/page-crumbs';

const URL = 'https://shop.example/p/aurora-2000';
const LD =
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Aurora 2000 Lamp","offers":{"@type":"Offer","price":"49.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>';
const LIST = (names: string[]) =>
  `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[${names
    .map((n, i) => `{"@type":"ListItem","position":${i + 1},"name":"${n}","item":"https://shop.example/${i}"}`)
    .join(',')}]}</script>`;
const NAV = (names: string[]) =>
  `<nav aria-label="breadcrumb"><ol class="breadcrumb">${names
    .map((n) => `<li class="breadcrumb-item"><a href="/c">${n}</a></li>`)
    .join('')}<li class="breadcrumb-item active">Aurora 2000 Lamp</li></ol></nav><h1>Aurora 2000 Lamp</h1>`;
const MICRODATA = (names: string[]) =>
  `<ol itemscope itemtype="https://schema.org/BreadcrumbList">${names
    .map(
      (n, i) =>
        `<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/c${i}"><span itemprop="name">${n}</span></a><meta itemprop="position" content="${i + 1}"></li>`,
    )
    .join('')}</ol><h1>Aurora 2000 Lamp</h1>`;
const html = (head: string, body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><title>Aurora 2000 Lamp | Shop</title>${head}</head><body>${body}</body></html>`;

/** The crumbs by the whole extraction and by the facts path (which must agree, or hand over). */
const crumbsOf = (page: string) => crumbsBothWays(page, URL);

describe('a BreadcrumbList that files the product nowhere', () => {
  it('gives way to the visible trail: root and product, or root alone', () => {
    const nav = NAV(['Home', 'Lighting', 'Table Lamps']);
    expect(crumbsOf(html(LD + LIST(['Home', 'Aurora 2000 Lamp']), nav))).toEqual(['Lighting', 'Table Lamps']);
    expect(crumbsOf(html(LD + LIST(['Startseite']), NAV(['Startseite', 'Leuchten']), 'de'))).toEqual(['Leuchten']);
  });

  it('is kept where it names a shelf, whatever the visible trail says', () => {
    const page = html(LD + LIST(['Home', 'Lighting', 'Aurora 2000 Lamp']), NAV(['Home', 'Sale']));
    expect(crumbsOf(page)).toEqual(['Lighting']);
  });
});

describe('root crumbs in more languages', () => {
  it('drops a Swedish and a Chinese root from a microdata BreadcrumbList', () => {
    expect(crumbsOf(html(LD, MICRODATA(['Startsida', 'Belysning', 'Bordslampor']), 'sv'))).toEqual([
      'Belysning',
      'Bordslampor',
    ]);
    expect(crumbsOf(html(LD, MICRODATA(['主页', '灯具', '台灯']), 'zh'))).toEqual(['灯具', '台灯']);
  });
});
