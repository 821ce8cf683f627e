/**
 * Checks on the built extensions: minimal permissions, the declared data policy, and no way to send
 * data anywhere in the shipped code. Runs after `npm run build` (part of `npm test`).
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGET_COMPARISONS } from '../../components/budget-sources';
import { contentScriptMatches } from '../../lib/extract/shops';
import { findDynamicCode } from '../../scripts/build/dynamic-code';
import { COMPILE_HINT } from '../../scripts/build/compile-hint';
import { ROOT } from '../../scripts/lib/demo-pages';
import { EXTENSION_PAGES_CSP, GECKO_ID } from '../../wxt.config';
import { enFlags, enStepDetails } from '../../lib/i18n/en';

const builds = ['chrome-mv3', 'firefox-mv3'] as const;
// The whole allow-list: storage (the extension's own data), scripting (content script on the sites
// the user allows), activeTab (the toolbar button on the current tab). Anything else fails.
const PERMISSIONS = ['storage', 'scripting', 'activeTab'];
const OPTIONAL_HOSTS = ['https://*/*', 'http://*/*'];
const manifest = (b: string) => JSON.parse(readFileSync(join(ROOT, '.output', b, 'manifest.json'), 'utf8'));
const jsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? jsFiles(p) : p.endsWith('.js') ? [p] : [];
  });

// URLs that appear in the code as constants (XML namespaces, schema ids, library docs) or as a
// bare template parsed with `new URL` (Zod's IPv6 check, the options page's site field), or the
// all-sites match patterns of the options page's opt-in (https://*/*), never fetched.
const KNOWN_URL =
  /^(https?:\/\/(www\.w3\.org|json-schema\.org|schema\.org|developer\.mozilla\.org|bit\.ly\/2kdckMn|tinyurl\.com\/y2uuvskb)|https?:\/\/\[?\$\{\w+\}\]?$|https?:\/\/\*\/\*$)/;

// Sources the options page cites as links the user may follow (never fetched by the extension).
const CITED = new Set(BUDGET_COMPARISONS.map((c) => c.url));

for (const b of builds) {
  test(`${b}: only the permissions it needs`, () => {
    const m = manifest(b);
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toContain('storage');
    expect(
      m.permissions.filter((p: string) => !PERMISSIONS.includes(p)),
      'permissions off the allow-list',
    ).toEqual([]);
    expect(m.optional_permissions ?? [], 'optional permissions').toEqual([]);
    const shopHosts = contentScriptMatches();
    expect(
      (m.host_permissions ?? []).filter((p: string) => !shopHosts.includes(p)),
      'host permissions beyond the shops',
    ).toEqual([]);
    expect([...m.optional_host_permissions].sort()).toEqual([...OPTIONAL_HOSTS].sort());
    expect(m.web_accessible_resources ?? []).toEqual([]);
    // No web page and no other extension can open a channel to the background.
    expect(m.externally_connectable).toBeUndefined();
  });

  test(`${b}: content script on the shops' https pages only`, () => {
    const m = manifest(b);
    expect(m.content_scripts).toHaveLength(1);
    const matches: string[] = m.content_scripts[0].matches;
    expect([...matches].sort()).toEqual([...contentScriptMatches()].sort());
    expect(
      matches.filter((p) => !/^https:\/\/\*\.[a-z0-9.-]+\/\*$/.test(p)),
      'not https-only shop patterns',
    ).toEqual([]);
  });

  test(`${b}: a strict content security policy for extension pages, and private windows chosen on purpose`, () => {
    const m = manifest(b);
    const csp: string = m.content_security_policy?.extension_pages ?? '';
    expect(csp).toBe(EXTENSION_PAGES_CSP);
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([k, ...v]) => [k, v]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const [k, v] of directives)
      expect(
        v.filter((s) => !["'self'", "'none'"].includes(s)),
        k,
      ).toEqual([]);
    expect(m.incognito).toBe('spanning');
  });

  test(`${b}: the shipped code has no way to send data`, () => {
    for (const file of jsFiles(join(ROOT, '.output', b))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection/);
      // Comma-joined lists (the shops' match patterns, inlined at build time) are read one by one;
      // a host wildcard ("https://*.otto.de/*") is a match pattern, which no request can be made to.
      const urls = [...code.matchAll(/https?:\/\/[^\s"'`)]+/g)]
        .flatMap((m) => m[0].split(/,(?=https?:\/\/)/))
        .filter((u) => !/^https:\/\/\*\.[a-z0-9.-]+\/\*$/.test(u));
      expect(
        urls.filter((u) => !KNOWN_URL.test(u) && !CITED.has(u)),
        file,
      ).toEqual([]);
    }
  });

  test(`${b}: the shipped code turns no string into code or HTML (no eval, Function, innerHTML writes)`, () => {
    const files = jsFiles(join(ROOT, '.output', b));
    expect(files.length).toBeGreaterThan(2);
    for (const file of files) expect(findDynamicCode(readFileSync(file, 'utf8')), file).toEqual([]);
  });
}

test('chrome-mv3: the English tables of flags and steps ship in the panel file only, not in the page scripts', () => {
  const dir = join(ROOT, '.output', 'chrome-mv3');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const samples = [enStepDetails['Spend factor'], enFlags['spend-new-price-assumed']];
  const scripts = readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js'));
  expect(scripts.length).toBeGreaterThanOrEqual(3);
  for (const f of scripts) for (const text of samples) expect(read(join('content-scripts', f)), f).not.toContain(text);
  for (const text of samples) expect(read('in-page-panel.js')).toContain(text);
});

test('chrome-mv3: the product script carries neither the word lists of the whole extraction nor what only the panel reads', () => {
  const dir = join(ROOT, '.output', 'chrome-mv3');
  const read = (f: string) => readFileSync(join(dir, f), 'utf8');
  const product = read('content-scripts/on-demand-product.js');
  // A buy-button phrase and an order-page title word (the detector's and the whole extraction's),
  // a unit word of the spec rules (the worker's), a condition word (the panel's page readers).
  for (const text of ['in den warenkorb', 'bestellbest', 'kilogramm', 'generalüberholt'])
    expect(product, text).not.toContain(text);
  expect(read('in-page-panel.js')).toContain('generalüberholt');
  expect(read('content-scripts/on-demand.js')).toContain('in den warenkorb');
});

test("chrome-mv3: V8's compile hint heads the product and listing scripts only (scripts/build/compile-hint.ts)", () => {
  const dir = join(ROOT, '.output', 'chrome-mv3');
  const firstLine = (f: string) => readFileSync(join(dir, f), 'utf8').split('\n', 1)[0];
  for (const f of ['content-scripts/on-demand-product.js', 'content-scripts/on-demand-listing.js'])
    expect(firstLine(f), f).toBe(COMPILE_HINT);
  for (const f of ['content-scripts/on-demand.js', 'detector.js', 'in-page-panel.js'])
    expect(firstLine(f), f).not.toBe(COMPILE_HINT);
});

test('firefox: gecko id and a declaration that nothing is collected', () => {
  const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
  expect(gecko.id).toBe(GECKO_ID);
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest('chrome-mv3').browser_specific_settings).toBeUndefined();
});
