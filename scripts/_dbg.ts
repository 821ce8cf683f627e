import { loadPage } from '../lib/extract/load';
import { indexPage } from '../lib/extract/generic/page-index';
import { findTitleElement } from '../lib/extract/generic/dom';
import { findVisiblePrice } from '../lib/extract/generic/price';
const [file, url] = process.argv.slice(2);
const { doc } = loadPage(file);
const idx = indexPage(doc);
const t = findTitleElement(idx, [idx.title]);
console.log('title', t?.tagName, t?.textContent?.slice(0, 80));
const v = findVisiblePrice(idx, t, { host: new URL(url).hostname }, (l) => console.log('  ', l));
console.log(
  'visible',
  v && { price: v.price, cur: v.currency, list: v.listPrice, reliable: v.reliable, n: v.distinctAmounts },
);
