import { readFileSync } from 'node:fs';
import { launch, load } from './lib/chromium';
import { benchPages, LISTING_100_URL, PRODUCT } from './lib/pages';
const code = readFileSync('/tmp/dt/out2.js', 'utf8');
const b = await launch(benchPages(), null);
for (const url of [LISTING_100_URL, PRODUCT.url]) {
  const all: Record<string, number[]> = {};
  for (let i = 0; i < 7; i++) {
    const t = await load(b, url, { settleMs: 300 });
    const T = (await t.page.evaluate(code + ';__dt()')) as Record<string, number>;
    for (const [k, v] of Object.entries(T)) (all[k] ??= []).push(v);
    await t.page.close();
  }
  console.log(url);
  for (const [k, v] of Object.entries(all)) { const s = [...v].sort((a, b) => (a as number) - (b as number)); console.log('  ' + k.padEnd(12), s[Math.floor(s.length / 2)]); }
}
await b.close();
