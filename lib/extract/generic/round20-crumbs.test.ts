/**
 * Round 20 (#15): breadcrumb trails the extraction did not read, so the classifier got a bare title
 * (a model name) and answered nothing: a box that names itself a trail in other words than
 * "breadcrumb" ("crumbs", and the Japanese themes' "topicpath" / "pankuzu"), and root crumbs in the
 * languages of the held-back shops' countries, left in the trail as if they were a category. Both
 * readers: the whole extraction and the product bundle's facts.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '..';
import { parseDocument } from '../load';
import { productFromFacts } from '../facts';
import { collectProductFacts } from '../facts-page';

const URL = 'https://shop.example/p/model-31';
const LD =
  '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Model 31","offers":{"@type":"Offer","price":"49.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script>';
const page = (body: string, lang = 'ja') =>
  `<!doctype html><html lang="${lang}"><head><title>Model 31 | Shop</title>${LD}</head><body>${body}<h1>Model 31</h1></body></html>`;

function crumbsOf(html: string): string[] {
  const whole = extractPage(parseDocument(html), URL).product;
  const facts = collectProductFacts(parseDocument(html), URL, null);
  const answer = facts.kind === 'facts' ? productFromFacts(facts.facts) : null;
  const viaFacts = answer?.kind === 'product' ? answer.product : null;
  expect(viaFacts?.category).toEqual(whole?.category);
  return whole?.category ?? [];
}

describe('a trail box named in other words than "breadcrumb"', () => {
  it.each([
    ['div', 'id="pankuzu"'],
    ['p', 'class="navitopicpath"'],
    ['ol', 'id="topic_path"'],
    ['div', 'class="c-topic-path"'],
    ['div', 'class="nav-crumbs"'],
  ])('<%s %s>', (tag, attr) => {
    const box = `<${tag} ${attr}><a href="/">TOP</a> &gt; <a href="/c/ladies/">レディース</a> &gt; <a href="/c/ladies/running/">ランニングシューズ</a></${tag}>`;
    expect(crumbsOf(page(box))).toEqual(['レディース', 'ランニングシューズ']);
  });

  it('not a box that only mentions a topic or a path', () => {
    const box =
      '<div class="topic"><a href="/c/a/">Sale</a></div><div class="path-info"><a href="/c/b/">Info</a></div>';
    expect(crumbsOf(page(box))).toEqual([]);
  });
});

describe("root crumbs in the held-back shops' languages are no category", () => {
  it.each([
    ['vi', 'Trang chủ'],
    ['id', 'Beranda'],
    ['th', 'หน้าแรก'],
    ['he', 'דף הבית'],
    ['el', 'Αρχική'],
    ['kk', 'Басты бет'],
    ['be', 'Галоўная'],
    ['sl', 'Domov'],
    ['lt', 'Pradžia'],
    ['lv', 'Sākums'],
    ['et', 'Avaleht'],
    ['no', 'Hjem'],
    ['ja', 'TOP'],
  ])('%s "%s"', (lang, root) => {
    const box = `<nav class="breadcrumb"><a href="/">${root}</a> / <a href="/c/1/">Kategori</a></nav>`;
    expect(crumbsOf(page(box, lang))).toEqual(['Kategori']);
  });
});
