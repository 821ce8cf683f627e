/**
 * withFields is the one way an adapter copies a product: the generic product computes some fields
 * only when read (generic/index.ts), and a spread (`{ ...generic, title }`) reads every one of
 * them, so an adapter that replaces them would silently pay for them again. The type checker finds
 * every spread of a Product in the shop modules.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { emptyProduct, withFields } from './product-base';
import type { Product } from '../types';

const DIR = join(import.meta.dirname, '.');

/** "file:line `source`" of each object spread whose value is (or may be) a Product. */
function productSpreads(files: string[]): string[] {
  const program = ts.createProgram(files, { strict: true, noEmit: true, skipLibCheck: true, types: [] });
  const checker = program.getTypeChecker();
  const found: string[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`not read: ${file}`);
    const visit = (node: ts.Node): void => {
      if (ts.isSpreadAssignment(node)) {
        const type = checker.getNonNullableType(checker.getTypeAtLocation(node.expression));
        if (type.aliasSymbol?.name === 'Product' || type.getSymbol()?.name === 'Product') {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          found.push(`${file.slice(DIR.length + 1)}:${line + 1} \`${node.getText()}\``);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('copying a product in the shop modules', () => {
  it('goes through withFields, never a spread', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(DIR, f));
    expect(productSpreads(files)).toEqual([]);
  });

  it('finds a spread of a product (the check can fail)', () => {
    const probe = join(mkdtempSync(join(tmpdir(), 'spread-')), 'probe.ts');
    writeFileSync(
      probe,
      [
        `import type { Product } from '${join(DIR, '..', 'types')}';`,
        'export const a = (p: Product | null) => (p ? { ...p, title: "x" } : null);',
        'export const b = (p: Product) => ({ ...{ title: "x" }, n: 1, ...[p][0] });',
      ].join('\n'),
    );
    expect(productSpreads([probe])).toHaveLength(2);
  });
});

describe('withFields', () => {
  it('is the spread, without reading the replaced fields', () => {
    const base = emptyProduct();
    let reads = 0;
    Object.defineProperty(base, 'availability', {
      get: () => (reads++, 'InStock'),
      enumerable: true,
      configurable: true,
    });
    const out: Product = withFields(base, { availability: 'OutOfStock', title: 'T' });
    expect(reads).toBe(0);
    expect(Object.keys(out)).toEqual(Object.keys({ ...emptyProduct(), title: 'T' }));
    expect(out.availability).toBe('OutOfStock');
    expect(out.title).toBe('T');
  });
});
