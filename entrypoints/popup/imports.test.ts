/**
 * The popup must reach first paint with totals fast (bench/scenarios/popup.ts): its module graph
 * stays free of the heavy modules (Zod, Dexie, the estimator). Settings arrive validated with the
 * overview message instead. This walks the runtime imports (type-only imports are erased).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const HEAVY = ['zod', 'dexie', 'lib/zod.ts', 'lib/estimate/', 'lib/classify/', 'lib/factors/'];

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(c) && /\.tsx?$/.test(c)) return c;
  return null;
}

/** Runtime imports of one file: bare package names and resolved local files. */
function runtimeImports(file: string): string[] {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  src.forEachChild((node) => {
    if (!ts.isImportDeclaration(node) && !(ts.isExportDeclaration(node) && node.moduleSpecifier)) return;
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) return;
      const named = clause?.namedBindings;
      if (clause && !clause.name && named && ts.isNamedImports(named) && named.elements.length && named.elements.every((e) => e.isTypeOnly)) return;
    } else if (node.isTypeOnly) return;
    const spec = (node.moduleSpecifier as ts.StringLiteral).text;
    if (spec.startsWith('.')) {
      const local = resolveLocal(file, spec);
      if (local) out.push(local);
    } else out.push(spec);
  });
  return out;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (f.startsWith('/')) todo.push(...runtimeImports(f));
  }
  return new Set([...seen].map((f) => (f.startsWith('/') ? relative(ROOT, f) : f)));
}

describe('popup bundle', () => {
  const popup = graph(join(ROOT, 'entrypoints/popup/main.tsx'));

  it('reaches the ledger view and the message client', () => {
    expect(popup).toContain('components/LedgerView.tsx');
    expect(popup).toContain('lib/messaging/client.ts');
  });

  it('loads no heavy module (Zod, Dexie, the estimator) before first paint', () => {
    const heavy = [...popup].filter((m) => HEAVY.some((h) => (h.endsWith('/') ? m.startsWith(h) : m === h)));
    expect(heavy).toEqual([]);
  });

  it('the popup and options catalogue stays out of the content scripts (the in-page bundle must not grow)', () => {
    for (const entry of ['entrypoints/content/index.ts', 'entrypoints/on-demand.content.ts']) {
      const inPage = graph(join(ROOT, entry));
      expect(inPage.size).toBeGreaterThan(1);
      expect([entry, [...inPage].filter((m) => m.startsWith('lib/i18n/ledger/'))]).toEqual([entry, []]);
    }
    expect(popup).toContain('lib/i18n/ledger/de.ts');
    expect(graph(join(ROOT, 'entrypoints/on-demand.content.ts'))).toContain('components/Badge.tsx');
  });

  it('the check itself sees Zod through the options page', () => {
    expect(graph(join(ROOT, 'entrypoints/options/main.tsx'))).toContain('zod');
  });
});
