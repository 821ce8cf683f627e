/**
 * Every fixture page's extraction, as one hash per page, from a checkout's lib/: to show that a
 * speed change leaves every output as it was (compare two checkouts' files with `diff`). Per page:
 * the whole extraction (`extractPage`) and the product bundle's path (the page's facts as
 * `collectProductFacts` collects them with the shop's page spec, their anchor, and the product the
 * worker reads from them). Hashes only, so pages of blind sets can be compared without their values
 * being read.
 *
 *   npx tsx bench/dump-extract.ts [dir holding lib/ (default: this checkout)] > out.tsv
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from '../scripts/lib/demo-pages';

const dir = resolve(process.argv[2] ?? ROOT);
const lib = (p: string) => join(dir, 'lib', 'extract', p);
const { loadPage } = (await import(lib('load.ts'))) as typeof import('../lib/extract/load');
const { extractPage } = (await import(lib('index.ts'))) as typeof import('../lib/extract/index');
const { collectProductFacts } = (await import(lib('facts-page.ts'))) as typeof import('../lib/extract/facts-page');
const { productFromFacts } = (await import(lib('facts.ts'))) as typeof import('../lib/extract/facts');
const { pageSpecFor } = (await import(lib('shops/page-spec.ts'))) as typeof import('../lib/extract/shops/page-spec');
const { pageSpecs } = (await import(lib('shops/page-specs.ts'))) as typeof import('../lib/extract/shops/page-specs');

const FIXTURES = join(ROOT, 'tests', 'fixtures');
/** Every urls.json under the fixtures (the saved pages, the reconstructed and the blind sets). */
function urlFiles(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? urlFiles(join(d, e.name)) : e.name === 'urls.json' ? [join(d, e.name)] : [],
  );
}
const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
/** An element as a path of tag names and sibling indices (an anchor's identity across two runs). */
function path(el: Element | null): string | null {
  const parts: string[] = [];
  for (let e = el; e?.parentElement; e = e.parentElement)
    parts.push(`${e.tagName}${[...e.parentElement.children].indexOf(e)}`);
  return el ? parts.reverse().join('/') : null;
}

const specs = pageSpecs();
for (const file of urlFiles(FIXTURES).sort()) {
  const base = join(file, '..');
  const urls = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  for (const [page, url] of Object.entries(urls)) {
    if (!existsSync(join(base, page))) continue;
    const name = join(base, page).slice(FIXTURES.length + 1);
    let whole: string;
    let facts: string;
    try {
      whole = hash(extractPage(loadPage(join(base, page)).doc, url));
    } catch (e) {
      whole = `throws ${hash(String(e))}`;
    }
    try {
      const { doc } = loadPage(join(base, page));
      const f = collectProductFacts(doc, url, pageSpecFor(specs, new URL(url)));
      facts =
        f.kind === 'facts'
          ? hash([f.facts, path(f.anchor), path(f.anchorFor(null)), path(f.anchorFor(1)), productFromFacts(f.facts)])
          : 'undecided';
    } catch (e) {
      facts = `throws ${hash(String(e))}`;
    }
    console.log(`${name}\t${whole}\t${facts}`);
  }
}
