/**
 * The estimator in Node on products extracted from the saved pages: a 100-product batch cold
 * (classifier built and factor packs read first, as a fresh worker does) and warm (same objects,
 * new titles so nothing is remembered per product), and the warm throughput.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier, type ClassifierModel } from '../../lib/classify';
import { estimateProducts } from '../../lib/estimate';
import type { ProductInput } from '../../lib/estimate/input';
import { extractPage } from '../../lib/extract';
import { loadPage } from '../../lib/extract/load';
import { loadFactorSourceFromDir, readPackFile } from '../../lib/factors/node';
import { PAGES_DIR, ROOT } from '../../scripts/lib/demo-pages';
import type { Scenario } from '../types';

function savedProducts(n: number): ProductInput[] {
  const urls = JSON.parse(readFileSync(join(PAGES_DIR, 'urls.json'), 'utf8')) as Record<string, string>;
  const out: ProductInput[] = [];
  for (const [file, url] of Object.entries(urls)) {
    if (!existsSync(join(PAGES_DIR, file))) continue;
    const r = extractPage(loadPage(join(PAGES_DIR, file)).doc, url);
    if (r.product?.title) out.push({ ...r.product, title: r.product.title });
    for (const it of r.items)
      if (it.title) out.push({ title: it.title, price: it.price, currency: it.currency, url: it.url });
  }
  return Array.from({ length: n }, (_, i) => out[i % out.length]);
}

export const run: Scenario = async () => {
  const products = savedProducts(100);
  const packDir = join(ROOT, 'public', 'factors');
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    const factors = await loadFactorSourceFromDir(packDir);
    const classifier = createClassifier((await readPackFile(packDir, 'classifier.json')) as ClassifierModel);
    await estimateProducts(products, { factors, classifier });
    cold.push(performance.now() - t0);
    for (let i = 0; i < 3; i++) {
      const fresh = products.map((p, j) => ({ ...p, title: `${p.title} ${round}-${i}-${j}` }));
      const t1 = performance.now();
      await estimateProducts(fresh, { factors, classifier });
      warm.push(performance.now() - t1);
    }
  }
  const scenario = 'estimator in Node (100-product batch)';
  return [
    { scenario, figure: 'batch, cold (packs read, classifier built)', unit: 'ms', samples: cold },
    { scenario, figure: 'batch, warm', unit: 'ms', samples: warm },
    { scenario, figure: 'throughput, warm', unit: 'products/s', samples: warm.map((ms) => 100_000 / ms) },
  ];
};
