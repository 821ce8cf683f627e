import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unusedExports } from './check-exports';

describe('unused-export check', () => {
  it('reports value exports nobody imports, and only those', () => {
    const root = mkdtempSync(join(tmpdir(), 'exports-'));
    mkdirSync(join(root, 'lib', 'a'), { recursive: true });
    mkdirSync(join(root, 'entrypoints'), { recursive: true });
    writeFileSync(
      join(root, 'lib', 'a', 'index.ts'),
      "export * from './star';\nexport { used as renamed } from './named';",
    );
    writeFileSync(join(root, 'lib', 'a', 'star.ts'), 'export const viaStar = 1;');
    writeFileSync(join(root, 'lib', 'a', 'named.ts'), 'export const used = 1;\nexport const notReExported = 2;');
    writeFileSync(
      join(root, 'lib', 'b.ts'),
      'export function dead() {}\nexport interface Shape { a: 1 }\nexport const alive = 1;\nexport default 3;',
    );
    writeFileSync(
      join(root, 'entrypoints', 'popup.ts'),
      "import { alive } from '../lib/b';\nimport { renamed, viaStar } from '../lib/a';\nexport default () => alive + renamed + viaStar;",
    );
    expect(unusedExports(root)).toEqual(['lib/a/named.ts: notReExported', 'lib/b.ts: dead', 'lib/b.ts: default']);
  });
});
