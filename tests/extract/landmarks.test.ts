/**
 * The page's own header, footer and navigation left out of the product bundle's first walk
 * (lib/extract/generic/landmarks.ts): which landmarks, and the walk's candidates without them, in
 * document order.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../lib/extract/load';
import { outside, pageLandmarks } from '../../lib/extract/generic/landmarks';
import { collectProductFacts } from '../../lib/extract/facts-page';
import { BREADCRUMB_ROLE } from '../../lib/extract/words-class';

const page = (body: string) =>
  parseDocument(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
const names = (els: ArrayLike<Element>) => Array.from(els, (e) => e.getAttribute('id') ?? e.tagName.toLowerCase());

/** Every element matching `selector` outside `skipped`, by a plain walk in document order (the reference). */
function reference(root: Element, selector: string, skipped: Element[]): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    if (skipped.includes(el)) return;
    if (el.matches(selector)) out.push(el);
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) walk(c);
  };
  walk(root);
  return out;
}

describe("the page's own landmarks", () => {
  it('are the page-level header, footer and nav, outermost, with no h1', () => {
    const doc = page(`
      <header id="top"><nav id="menu"><a>Home</a></nav></header>
      <div role="navigation" id="side"><a>x</a></div>
      <main><article><header id="product-head"><p>not the page's</p></header>
        <section><footer id="section-foot">no</footer></section></article></main>
      <div class="wrap"><header id="logo-head"><h1>Product title</h1><nav id="inner"></nav></header></div>
      <footer id="bottom"><p>©</p></footer>`);
    expect(names(pageLandmarks(doc, false))).toEqual(['top', 'side', 'bottom']);
  });

  it('keep, where the trail is read, every one that may hold it', () => {
    const doc = page(`
      <header id="top"><nav id="menu"><a>Home</a></nav></header>
      <nav id="trail-class"><ol class="Breadcrumbs"><li>Home</li></ol></nav>
      <nav id="trail-label" aria-label="breadcrumb"><a>Home</a></nav>
      <div role="navigation" id="trail-id"><ol id="breadcrumb-list"><li>a</li></ol></div>
      <footer id="trail-scope"><ol itemscope itemtype="https://schema.org/BreadcrumbList"></ol></footer>
      <footer id="bottom"><p>©</p></footer>`);
    expect(names(pageLandmarks(doc, true))).toEqual(['top', 'bottom']);
    expect(names(pageLandmarks(doc, false))).toHaveLength(6);
    // The walk's own breadcrumb test looks for this one word, which CRUMB_HINT looks for in the same places.
    expect(BREADCRUMB_ROLE.source).toBe('breadcrumb');
    expect(BREADCRUMB_ROLE.flags).toBe('i');
  });

  it('leave the walk the same candidates as a plain walk without them, in document order', () => {
    const doc = page(`
      <div id="a" class="x"><header id="h" class="head"><ul><li id="menu1">m</li></ul></header>
        <div id="b"><span id="c" class="price">1</span></div><nav id="n"><li id="menu2">m</li></nav>
        <p id="d" class="y">t</p></div>
      <table><tr id="r"><td>k</td><td>v</td></tr></table>
      <footer id="f" class="foot"><li id="menu3">m</li></footer><div id="e" class="z"></div>`);
    const selector = '[class], [id], li, tr';
    const skipped = pageLandmarks(doc, false);
    expect(names(skipped)).toEqual(['h', 'n', 'f']);
    const got = outside(doc.documentElement, selector, skipped);
    expect(names(got)).toEqual(names(reference(doc.documentElement, selector, skipped)));
    expect(names(got)).toEqual(['a', 'b', 'c', 'd', 'r', 'e']);
  });

  it('hold no spec pairs for the facts, whether the JSON-LD declares the trail or not, but where they hold the trail', () => {
    const ld = (crumbs: boolean) =>
      `<script type="application/ld+json">${JSON.stringify([
        {
          '@context': 'https://schema.org',
          '@type': 'Product',
          name: 'Oak table',
          offers: { price: '199.00', priceCurrency: 'EUR' },
        },
        ...(crumbs
          ? [
              {
                '@type': 'BreadcrumbList',
                itemListElement: [
                  { '@type': 'ListItem', position: 1, name: 'Home' },
                  { '@type': 'ListItem', position: 2, name: 'Tables' },
                ],
              },
            ]
          : []),
      ])}</script>`;
    const body = (trail: string) => `<header><dl><dt>Hotline</dt><dd>0800 123</dd></dl>${trail}</header>
      <main><h1>Oak table</h1><table><tr><th>Weight</th><td>12 kg</td></tr></table></main>`;
    const facts = (crumbs: boolean, trail = '') => {
      const got = collectProductFacts(page(ld(crumbs) + body(trail)), 'https://shop.example/p/1', null);
      if (got.kind !== 'facts') throw new Error(got.kind);
      return { pairs: got.facts.pairs.map(([k]) => k), crumbs: got.facts.crumbs };
    };
    const trail = '<ol class="breadcrumb"><li><a>Home</a></li><li><a>Tables</a></li></ol>';
    expect(facts(true).pairs).toEqual(['Weight']);
    expect(facts(false).pairs).toEqual(['Weight']);
    expect(facts(true, trail).pairs).toEqual(['Weight']);
    // The trail is read from the page's header where the JSON-LD declares none, and the header with it.
    expect(facts(false, trail)).toEqual({ pairs: ['Weight', 'Hotline'], crumbs: ['Home', 'Tables'] });
  });
});
