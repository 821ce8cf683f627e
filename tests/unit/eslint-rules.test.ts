/**
 * The lint rules that guard safety and layering really fire (a config typo would silently turn
 * them off): each snippet, linted as if it were the named file, must fail with the named rule.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/demo-pages';

const eslint = new ESLint({ cwd: ROOT });
async function errors(code: string, filePath: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r!.messages.filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('eslint config', () => {
  it.each([
    ['eval("1")', 'lib/x.ts', 'no-eval'],
    ['setTimeout("alert(1)", 1)', 'entrypoints/content/x.ts', 'no-implied-eval'],
    ['export const f = new Function("return 1")', 'lib/x.ts', 'no-new-func'],
    ['export function f(el: Element, s: string) { el.innerHTML = s; }', 'lib/x.ts', 'no-restricted-syntax'],
    ['export function f(el: Element, s: string) { el.outerHTML += s; }', 'components/X.tsx', 'no-restricted-syntax'],
    [
      'export function f(el: Element, s: string) { el["innerHTML"] = s; }',
      'entrypoints/content/x.ts',
      'no-restricted-syntax',
    ],
    [
      'export function f(el: Element, s: string) { el.insertAdjacentHTML("beforeend", s); }',
      'lib/x.ts',
      'no-restricted-syntax',
    ],
    ['export function f(s: string) { document.write(s); }', 'entrypoints/popup/x.ts', 'no-restricted-syntax'],
    [
      'export const X = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;',
      'components/X.tsx',
      'no-restricted-syntax',
    ],
    [
      "import { a } from '../../entrypoints/background/x';\nexport const b = a;",
      'lib/ledger/x.ts',
      'no-restricted-imports',
    ],
    ["import { A } from '../components/A';\nexport const b = A;", 'lib/x.ts', 'no-restricted-imports'],
    [
      "import { p } from '../estimate/device-scale';\nexport const b = p;",
      'lib/classify/x.ts',
      'no-restricted-imports',
    ],
    ["import { browser } from 'wxt/browser';\nexport const b = browser;", 'components/X.tsx', 'no-restricted-imports'],
    ["import { browser } from 'wxt/browser';\nexport const b = browser;", 'lib/extract/x.ts', 'no-restricted-imports'],
    ['export const b = () => chrome.runtime.id;', 'components/X.tsx', 'no-restricted-globals'],
    ['export const b = () => browser.runtime.id;', 'lib/x.ts', 'no-restricted-globals'],
  ])('%s in %s fails with %s', async (code, file, rule) => {
    expect(await errors(code, file)).toContain(rule);
  });

  it('accepts the same things done safely', async () => {
    const safe = [
      ['export function f(el: Element, s: string) { el.textContent = s; return el.innerHTML === s; }', 'lib/x.ts'],
      ["import { parseMoney } from '../extract/money';\nexport const b = parseMoney;", 'lib/estimate/x.ts'],
      ["import { browser } from 'wxt/browser';\nexport const b = browser;", 'entrypoints/background/x.ts'],
    ];
    for (const [code, file] of safe) expect(await errors(code!, file!), file).toEqual([]);
  });
});
