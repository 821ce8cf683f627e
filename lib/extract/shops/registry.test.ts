/**
 * Meta-test of the shop registry: patterns are exact and well-formed, no host is claimed twice,
 * and every adapter ships with at least one saved (or reconstructed) page with expected output.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, contentScriptMatches, patternHost } from './index';

const ROOT = join(__dirname, '../../../tests/fixtures');

/** saved page path -> real URL, from the saved-page map and the reconstructed-page map. */
function fixtureUrls(): { file: string; url: string }[] {
  const out: { file: string; url: string }[] = [];
  for (const [dir, mapFile] of [
    ['pages', 'pages/urls.json'],
    ['reconstructed', 'reconstructed/urls.json'],
  ] as const) {
    const path = join(ROOT, mapFile);
    if (!existsSync(path)) continue;
    const map = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    for (const [file, url] of Object.entries(map)) out.push({ file: join(ROOT, dir, file), url });
  }
  return out;
}

describe('shop registry', () => {
  it('has unique adapter ids', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses exact, well-formed match patterns', () => {
    for (const a of ADAPTERS) {
      expect(a.matches.length, a.id).toBeGreaterThan(0);
      for (const p of a.matches) {
        expect(p, `${a.id}: ${p}`).toMatch(/^\*:\/\/\*\.[a-z0-9-]+(?:\.[a-z0-9-]+)+\/\*$/);
        expect(patternHost(p)).not.toBeNull();
      }
    }
  });

  it('never lets two adapters claim the same host', () => {
    const owner = new Map<string, string>();
    for (const a of ADAPTERS) {
      for (const p of a.matches) {
        const host = patternHost(p)!;
        expect(owner.get(host), `${host} claimed by ${owner.get(host)} and ${a.id}`).toBeUndefined();
        owner.set(host, a.id);
      }
    }
    // A pattern host must not sit under another adapter's host either (a.example.com vs example.com).
    for (const [h1, id1] of owner)
      for (const [h2, id2] of owner) if (h1 !== h2 && h1.endsWith('.' + h2)) expect(id1, `${h1} under ${h2}`).toBe(id2);
  });

  it('routes every pattern host (and its www) to its own adapter, and unknown shops to none', () => {
    for (const a of ADAPTERS) {
      for (const p of a.matches) {
        const host = patternHost(p)!;
        expect(adapterFor(new URL(`https://${host}/x`))?.id).toBe(a.id);
        expect(adapterFor(new URL(`https://www.${host}/x`))?.id).toBe(a.id);
      }
    }
    expect(adapterFor(new URL('https://www.example-shop.com/p/1'))).toBeNull();
    expect(adapterFor(new URL('https://notamazon.com/dp/B00N150YS4'))).toBeNull();
    expect(adapterFor(new URL('https://amazon.com.evil.example/dp/B00N150YS4'))).toBeNull();
  });

  it('yields the manifest matches as the sorted union of all patterns', () => {
    const m = contentScriptMatches();
    expect(m).toEqual(
      [...new Set(ADAPTERS.flatMap((a) => a.matches.map((p) => p.replace('*://', 'https://'))))].sort(),
    );
    expect(m).toContain('https://*.amazon.co.uk/*');
  });

  it('has a saved or reconstructed page with expected output for every adapter', () => {
    const covered = new Set<string>();
    for (const { file, url } of fixtureUrls()) {
      const expected = file.replace(/\.html$/, '.expected.json');
      if (!existsSync(file) || !existsSync(expected)) continue;
      const id = adapterFor(new URL(url))?.id;
      if (id) covered.add(id);
    }
    const missing = ADAPTERS.map((a) => a.id).filter((id) => !covered.has(id));
    expect(missing, `adapters without a fixture page + expected output: ${missing.join(', ')}`).toEqual([]);
  });
});

import { DETECT_CASES } from './detect-cases';

describe('page-kind detection by URL', () => {
  // No DOM is consulted for these URLs: a blank document proves detection is by URL alone.
  const blank = { querySelector: () => null, querySelectorAll: () => [] } as unknown as Document;

  it('has test URLs for every adapter', () => {
    expect(ADAPTERS.map((a) => a.id).filter((id) => !DETECT_CASES[id]?.length)).toEqual([]);
  });

  for (const [id, cases] of Object.entries(DETECT_CASES)) {
    it(id, () => {
      for (const [url, kind] of cases) {
        const u = new URL(url);
        const adapter = adapterFor(u);
        expect(adapter?.id, url).toBe(id);
        expect(adapter?.detect?.(blank, u) ?? null, url).toBe(kind);
      }
    });
  }
});
