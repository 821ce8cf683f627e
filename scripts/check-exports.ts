/**
 * `npm run check:exports`: fails when a module exports something no other file imports (dead code
 * that still looks like an API). Our own small check on the TypeScript parser: no type checking,
 * one parse per file, about a second; knip would do more but needs its own config for WXT.
 *
 * Entry points count as users (tests, scripts, configs), so an export used only by a test is used.
 * Not counted as unused: the default export of a WXT entrypoint or a config file (their frameworks
 * import them), and exported types (an exported parameter or result type documents a public
 * function even when callers never name it). An export used only in its own file is reported:
 * drop the `export`.
 *
 * Known unused exports at the time the check was added, in modules other work was rewriting, are
 * listed in scripts/check-exports.baseline.txt: they pass, anything new fails. The list may only
 * shrink; an entry that is no longer unused is reported so it can be deleted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE_DIRS = ['entrypoints', 'components', 'lib', 'scripts', 'tests', 'bench'];
const ROOT_FILES = ['wxt.config.ts', 'vitest.config.ts', 'playwright.config.ts'];
const SKIP_DIRS = new Set(['node_modules', 'fixtures', '.output', '.wxt']);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return SKIP_DIRS.has(name) ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative or alias (`@/`, `~/`) specifier -> a file of ours, or null for packages. */
function resolveImport(from: string, spec: string): string | null {
  const alias = /^(?:@@?|~~?)\//.exec(spec);
  if (!spec.startsWith('.') && !alias) return null;
  const base = alias ? join(ROOT, spec.slice(alias[0].length)) : resolve(dirname(from), spec);
  const stripped = base.replace(/\.(js|mjs)$/, '');
  for (const c of [base, `${stripped}.ts`, `${stripped}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

interface ModuleFacts {
  /** Value exports (functions, constants, classes): name -> line. Types are left out, see below. */
  exports: Map<string, number>;
  /** Names this file imports from each of our files ('*' = all of them). */
  uses: Map<string, Set<string>>;
}

const hasExport = (n: ts.Node) =>
  ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const hasDefault = (n: ts.Node) =>
  ts.canHaveModifiers(n) && !!ts.getModifiers(n)?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

function declaredNames(n: ts.Node): string[] {
  if (ts.isVariableStatement(n))
    return n.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []));
  const name = (n as { name?: ts.Node }).name;
  return name && ts.isIdentifier(name) ? [name.text] : [];
}

function factsOf(file: string): ModuleFacts {
  const sf = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const exports = new Map<string, number>();
  const uses = new Map<string, Set<string>>();
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
  const use = (spec: string, names: string[]) => {
    const target = resolveImport(file, spec);
    if (!target) return;
    const set = uses.get(target) ?? new Set<string>();
    for (const n of names) set.add(n);
    uses.set(target, set);
  };
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const c = n.importClause;
      const names: string[] = [];
      if (!c) names.push('*'); // side-effect import: treat as using the module
      if (c?.name) names.push('default');
      if (c?.namedBindings && ts.isNamespaceImport(c.namedBindings)) names.push('*');
      if (c?.namedBindings && ts.isNamedImports(c.namedBindings))
        for (const e of c.namedBindings.elements) names.push((e.propertyName ?? e.name).text);
      use(n.moduleSpecifier.text, names);
    } else if (ts.isExportDeclaration(n)) {
      const spec = n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier) ? n.moduleSpecifier.text : null;
      if (!n.exportClause) {
        if (spec) use(spec, ['*']); // export * from: re-exports everything
      } else if (ts.isNamedExports(n.exportClause)) {
        for (const e of n.exportClause.elements) {
          if (!n.isTypeOnly && !e.isTypeOnly) exports.set(e.name.text, line(e));
          if (spec) use(spec, [(e.propertyName ?? e.name).text]);
        }
      }
    } else if (ts.isExportAssignment(n)) {
      exports.set('default', line(n));
    } else if (hasExport(n) && !ts.isInterfaceDeclaration(n) && !ts.isTypeAliasDeclaration(n)) {
      if (hasDefault(n)) exports.set('default', line(n));
      else for (const name of declaredNames(n)) exports.set(name, line(n));
    } else if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteral(n.arguments[0])
    ) {
      use(n.arguments[0].text, ['*']);
    } else if (ts.isImportTypeNode(n) && ts.isLiteralTypeNode(n.argument) && ts.isStringLiteral(n.argument.literal)) {
      use(n.argument.literal.text, [n.qualifier && ts.isIdentifier(n.qualifier) ? n.qualifier.text : '*']);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { exports, uses };
}

/** Exports that frameworks import by convention, not through our code. */
function importedByFramework(root: string, file: string, name: string): boolean {
  const rel = relative(root, file);
  // The bench runner imports every scenario module's `run` and `parts` by file name (scripts/bench.ts).
  if ((name === 'run' || name === 'parts') && rel.startsWith('bench/scenarios/')) return true;
  if (name !== 'default') return false;
  return rel.startsWith('entrypoints/') || ROOT_FILES.includes(rel);
}

const BASELINE = join(ROOT, 'scripts', 'check-exports.baseline.txt');

/** `file: name` lines of the baseline (comments and blank lines ignored). */
function baseline(): Set<string> {
  if (!existsSync(BASELINE)) return new Set();
  return new Set(
    readFileSync(BASELINE, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}

/** Every unused value export as `file: name`, sorted. */
export function unusedExports(root = ROOT): string[] {
  const files = [
    ...SOURCE_DIRS.flatMap((d) => sourceFiles(join(root, d))),
    ...ROOT_FILES.map((f) => join(root, f)).filter(existsSync),
  ];
  const facts = new Map(files.map((f) => [f, factsOf(f)]));
  const used = new Map<string, Set<string>>();
  for (const [, f] of facts) {
    for (const [target, names] of f.uses) {
      const set = used.get(target) ?? new Set<string>();
      for (const n of names) set.add(n);
      used.set(target, set);
    }
  }
  const out: string[] = [];
  for (const [file, f] of facts) {
    const u = used.get(file);
    if (u?.has('*')) continue;
    for (const name of f.exports.keys()) {
      if (u?.has(name) || importedByFramework(root, file, name)) continue;
      out.push(`${relative(root, file)}: ${name}`);
    }
  }
  return out.sort();
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const t0 = Date.now();
  const unused = unusedExports();
  const known = baseline();
  const fresh = unused.filter((u) => !known.has(u));
  const stale = [...known].filter((k) => !unused.includes(k));
  for (const u of fresh) console.log(`${u}: exported but never imported (drop the export, or the code)`);
  for (const k of stale) console.log(`note: ${k} is no longer an unused export: delete its line from the baseline`);
  console.log(
    `${fresh.length} new unused export(s), ${unused.length - fresh.length} in the baseline (${Date.now() - t0} ms)`,
  );
  process.exit(fresh.length ? 1 : 0);
}
