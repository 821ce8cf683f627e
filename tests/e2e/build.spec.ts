/**
 * Checks on the built extensions: minimal permissions, the declared data policy, and no way to send
 * data anywhere in the shipped code. Runs after `npm run build` (part of `npm test`).
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentScriptMatches } from '../../lib/extract/shops';
import { ROOT } from '../../scripts/lib/demo-pages';
import { GECKO_ID } from '../../wxt.config';

const builds = ['chrome-mv3', 'firefox-mv3'] as const;
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

for (const b of builds) {
  test(`${b}: only the permissions it needs`, () => {
    const m = manifest(b);
    expect(m.manifest_version).toBe(3);
    // activeTab: the toolbar button runs Embodied once on the clicked tab (no install-time warning).
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
    // Host access exactly where the detector runs anyway (the same install warning as its matches),
    // so the background may inject the on-demand part there.
    expect([...(m.host_permissions ?? [])].sort()).toEqual([...contentScriptMatches()].sort());
    expect([...m.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(m.content_scripts).toHaveLength(1);
    expect([...m.content_scripts[0].matches].sort()).toEqual([...contentScriptMatches()].sort());
    expect(JSON.stringify(m.content_security_policy ?? {})).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  test(`${b}: the shipped code has no way to send data`, () => {
    for (const file of jsFiles(join(ROOT, '.output', b))) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection/);
      const urls = [...code.matchAll(/https?:\/\/[^\s"'`)]+/g)].map((m) => m[0]);
      expect(urls.filter((u) => !KNOWN_URL.test(u)), file).toEqual([]);
    }
  });
}

test('firefox: gecko id and a declaration that nothing is collected', () => {
  const gecko = manifest('firefox-mv3').browser_specific_settings.gecko;
  expect(gecko.id).toBe(GECKO_ID);
  expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  expect(manifest('chrome-mv3').browser_specific_settings).toBeUndefined();
});
