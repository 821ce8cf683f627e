/**
 * `npm run --silent estimate`: JSON lines in (one product per line, extraction's field names,
 * `title` required), one JSON line out per input line: the Estimate, or `{ "line", "error" }`
 * for a line that is not JSON or lacks a title; the run goes on.
 * `npm run --silent estimate -- --url <url> <saved-page.html>`: extract a saved page and estimate
 * its product (or its listing tiles / order lines), one line each.
 * `-- --date YYYY-MM-DD` estimates as of that date (a past purchase: that year's exchange rates and
 * price indexes); a line's own `"date"` field overrides it for that product.
 * Same estimator code and factor packs as the extension.
 */
import { toMessage } from '../lib/content/to-message';
import { createInterface } from 'node:readline';
import { estimateProducts } from '../lib/estimate';
import type { ProductInput } from '../lib/estimate/input';
import { loadRuntime } from './estimate/runtime';

const BATCH = 200;

type Line = { n: number; product: ProductInput } | { n: number; error: string };

export function parseLine(text: string, n: number): Line | null {
  if (!text.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { n, error: `invalid JSON: ${(e as Error).message}` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { n, error: 'expected a JSON object' };
  const title = (value as { title?: unknown }).title;
  if (typeof title !== 'string' || !title.trim()) return { n, error: 'missing "title"' };
  return { n, product: value as ProductInput };
}

/** `--date YYYY-MM-DD`: estimate as of that date (exchange rates and price indexes of its year). */
export function parseDateArg(argv: string[]): Date | undefined {
  const i = argv.indexOf('--date');
  if (i < 0) return undefined;
  const v = argv[i + 1] ?? '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m![2]) - 1)
    throw new Error(`--date expects YYYY-MM-DD, got "${v}"`);
  return d;
}

async function runLines(now?: Date): Promise<void> {
  const deps = { ...(await loadRuntime()), now };
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let pending: Line[] = [];
  const flush = async () => {
    const good = pending.filter((l): l is Extract<Line, { product: ProductInput }> => 'product' in l);
    const estimates = await estimateProducts(
      good.map((l) => l.product),
      deps,
    );
    const byLine = new Map(good.map((l, i) => [l.n, estimates[i]]));
    for (const l of pending) {
      const out =
        'error' in l ? { line: l.n, error: l.error } : { line: l.n, title: l.product.title, ...byLine.get(l.n) };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    pending = [];
  };
  let n = 0;
  for await (const text of rl) {
    n++;
    const line = parseLine(text, n);
    if (line) pending.push(line);
    if (pending.length >= BATCH) await flush();
  }
  await flush();
}

async function runPage(url: string, file: string, now?: Date): Promise<void> {
  const { extractFile } = await import('../lib/extract/load');
  const deps = { ...(await loadRuntime()), now };
  const { output: page, lang } = extractFile(file, url);
  // As the content script sends them (lib/content/to-message.ts): with the page's URL and language.
  const products: ProductInput[] = [];
  if (page.product?.title)
    products.push(toMessage({ ...page.product, title: page.product.title }, url, lang) as ProductInput);
  for (const item of page.items)
    if (item.title) products.push(toMessage({ ...item, title: item.title }, url, lang) as ProductInput);
  if (!products.length) {
    process.stdout.write(
      `${JSON.stringify({ url, kind: page.kind ?? null, error: 'no product with a title on this page' })}\n`,
    );
    return;
  }
  const estimates = await estimateProducts(products, deps);
  estimates.forEach((e, i) =>
    process.stdout.write(`${JSON.stringify({ url, kind: page.kind ?? null, title: products[i].title, ...e })}\n`),
  );
}

async function main(args: string[]): Promise<void> {
  const now = parseDateArg(args);
  const d = args.indexOf('--date');
  const argv = d >= 0 ? args.filter((_, j) => j !== d && j !== d + 1) : args;
  const i = argv.indexOf('--url');
  if (i >= 0) {
    const url = argv[i + 1];
    const file = argv.filter((a, j) => j !== i && j !== i + 1)[0];
    if (!url || !file) throw new Error('usage: estimate --url <url> <saved-page.html>');
    return runPage(url, file, now);
  }
  return runLines(now);
}

if (process.argv[1]?.endsWith('estimate.ts')) {
  // `... | head` closes the pipe early: stop quietly.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  main(process.argv.slice(2)).catch((e) => {
    process.stderr.write(`estimate: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
