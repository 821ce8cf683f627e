/**
 * The runtime module graph of an entry file (tests that keep heavy modules out of a bundle):
 * local files as paths relative to the repository, packages by their bare name. Type-only imports
 * are erased by the build and not followed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(c) && /\.tsx?$/.test(c)) return c;
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
      if (
        clause &&
        !clause.name &&
        named &&
        ts.isNamedImports(named) &&
        named.elements.length &&
        named.elements.every((e) => e.isTypeOnly)
      )
        return;
    } else if (node.isTypeOnly) return;
    const spec = (node.moduleSpecifier as ts.StringLiteral).text;
    if (spec.startsWith('.')) {
      const local = resolveLocal(file, spec);
      if (local) out.push(local);
    } else out.push(spec);
  });
  return out;
}

/** `entry`: a path relative to the repository root, or absolute. */
export function graph(entry: string): Set<string> {
  entry = resolve(ROOT, entry);
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
